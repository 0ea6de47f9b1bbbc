"""Tasks inside a case (issue 23): templates per legal act, mandatory tasks that hold an act back,
waivers, reminders through the deadline engine, who sees which task, and the API's shape."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from audit.models import AuditEvent
from core.state_time import today_in
from deadlines import reminders
from deadlines.calendar import acting_calendar
from deadlines.models import Deadline, DeadlineKind, Reminder
from notifications.models import Notification
from tasks.models import Task, TaskStatus
from tasks.services import task_create
from tasks.templates import TASK_TEMPLATES
from tests.authz.world import send_mla
from tests.factories import make_asset, make_case, share
from tests.workflows.conftest import payload, post_act
from workflows import act_guards

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")


def working_day(after_days: int = 10) -> date:
    return acting_calendar("GB").add_working_days(date.today(), after_days)


@pytest.fixture
def gb(personas):
    return personas.prosecutor_gb


@pytest.fixture
def case(personas):
    case = make_case(by=personas.prosecutor_gb, team=[personas.prosecutor2_gb], origin="NG")
    share(case, "FR")
    return case


@pytest.fixture
def team_client(client_for, gb):
    return client_for(gb)


def create(client, **body):
    return client.post("/api/v1/tasks/", body, format="json")


def test_the_guard_is_registered_from_the_app() -> None:
    assert "tasks.mandatory" in act_guards.registered()


def test_templates_name_their_act() -> None:
    keys = {t.key: t for t in TASK_TEMPLATES}
    assert keys["notify_third_parties"].mandatory_before == "confiscate"
    assert keys["agree_disposal_57_5"].mandatory_before == "repatriate"
    assert keys["register_restraint_land_registry"].asset_kinds == ("real_estate",)


class TestMandatoryTasks:
    @pytest.fixture(autouse=True)
    def _templates_mandatory(self, settings) -> None:
        settings.TASK_TEMPLATES = True

    def test_a_freeze_brings_its_tasks_and_the_open_one_blocks_confiscation(
        self, team_client, case, gb
    ) -> None:
        asset = make_asset(case=case)  # real estate
        assert post_act(team_client, asset, payload("freeze")).status_code == 200
        created = dict(Task.objects.filter(asset=asset).values_list("template", "assignee_id"))
        assert created == {
            "register_restraint_land_registry": gb.pk,
            "notify_third_parties": gb.pk,
        }
        notify = Task.objects.get(asset=asset, template="notify_third_parties")
        # Its due date is a working day of the owning state, and a deadline of the new kind.
        assert acting_calendar("GB").is_working_day(notify.due_on)
        assert Deadline.objects.get(kind=DeadlineKind.TASK_DUE, source_id=notify.pk).open

        blocked = post_act(team_client, asset, payload("confiscate"))
        assert blocked.status_code == 409
        assert blocked["Content-Type"] == "application/problem+json"
        problem = blocked.json()
        assert "Notify third parties" in problem["detail"]
        assert [t["id"] for t in problem["blocking"]] == [str(notify.pk)]
        asset.refresh_from_db()
        assert asset.stage == "frozen"  # nothing of the act was recorded

        etag = team_client.get(f"/api/v1/tasks/{notify.pk}/")["ETag"]
        done = team_client.patch(
            f"/api/v1/tasks/{notify.pk}/", {"status": "done"}, format="json", HTTP_IF_MATCH=etag
        )
        assert done.status_code == 200, done.json()
        assert done.json()["completed_at"] is not None
        assert not Deadline.objects.get(kind=DeadlineKind.TASK_DUE, source_id=notify.pk).open

        allowed = post_act(team_client, asset, payload("confiscate"))
        assert allowed.status_code == 200, allowed.json()
        # ... which brings the 57(5) agreement, required before the return.
        assert Task.objects.filter(asset=asset, template="agree_disposal_57_5").exists()

    def test_a_waiver_needs_a_reason_is_audited_and_lets_the_act_go(
        self, team_client, case
    ) -> None:
        asset = make_asset(case=case, kind="other", details={})
        for action in ("freeze",):
            assert post_act(team_client, asset, payload(action)).status_code == 200
        Task.objects.filter(asset=asset).update(status=TaskStatus.DONE)
        assert post_act(team_client, asset, payload("confiscate")).status_code == 200
        agreement = Task.objects.get(asset=asset, template="agree_disposal_57_5")
        assert post_act(team_client, asset, payload("repatriate")).status_code == 409

        # Cancelling is not waiving: a mandatory task is set aside only with a reason.
        cancel = team_client.patch(
            f"/api/v1/tasks/{agreement.pk}/", {"status": "cancelled"}, format="json"
        )
        assert cancel.status_code == 400
        assert cancel.json()["errors"][0]["code"] == "mandatory"
        no_reason = team_client.post(
            f"/api/v1/tasks/{agreement.pk}/waive/", {"reason": ""}, format="json"
        )
        assert no_reason.status_code == 400

        reason = "57(3)(a) return to the requesting state: no disposal agreement is needed."
        waived = team_client.post(
            f"/api/v1/tasks/{agreement.pk}/waive/", {"reason": reason}, format="json"
        )
        assert waived.status_code == 200, waived.json()
        assert waived.json()["status"] == "cancelled"
        assert waived.json()["waiver_reason"] == reason
        event = AuditEvent.objects.get(action="task.waived", object_id=str(agreement.pk))
        assert event.changes["after"]["waiver_reason"] == reason
        assert event.changes["after"]["status"] == "cancelled"
        assert post_act(team_client, asset, payload("repatriate")).status_code == 200

    def test_no_template_tasks_unless_the_setting_says(self, team_client, case, settings) -> None:
        settings.TASK_TEMPLATES = False
        asset = make_asset(case=case)
        assert post_act(team_client, asset, payload("freeze")).status_code == 200
        assert not Task.objects.filter(asset=asset).exists()
        assert post_act(team_client, asset, payload("confiscate")).status_code == 200

    def test_a_task_the_team_marks_mandatory_holds_the_act_back(
        self, team_client, case, settings
    ) -> None:
        settings.TASK_TEMPLATES = False
        asset = make_asset(case=case)
        assert post_act(team_client, asset, payload("freeze")).status_code == 200
        made = create(
            team_client,
            case=str(case.pk),
            asset=str(asset.pk),
            title="Hear the bank's objection",
            mandatory_before="confiscate",
        )
        assert made.status_code == 201, made.json()
        blocked = post_act(team_client, asset, payload("confiscate"))
        assert blocked.status_code == 409
        assert "Hear the bank's objection" in blocked.json()["detail"]

    def test_an_act_that_fails_later_leaves_no_template_tasks(self, team_client, case) -> None:
        asset = make_asset(case=case)
        bad = payload("freeze", amount={"amount": "0.00", "currency": "USD"})
        assert post_act(team_client, asset, bad).status_code == 400
        assert not Task.objects.filter(asset=asset).exists()


class TestVisibility:
    @pytest.fixture
    def tasks(self, case, gb, personas):
        mla = send_mla(case, gb)  # to FR
        due = working_day()
        internal = task_create(case=case, by=gb, data={"title": "Internal", "due_on": due})
        fr_side = task_create(
            case=case,
            by=gb,
            data={"title": "Produce the bank records", "mla_request": mla, "side": "partner"},
        )
        hidden = task_create(
            case=case,
            by=gb,
            data={"title": "Hidden", "mla_request": mla, "side": "partner", "restricted": True},
        )
        team_on_mla = task_create(case=case, by=gb, data={"title": "Chase FR", "mla_request": mla})
        return {"internal": internal, "fr": fr_side, "hidden": hidden, "team_on_mla": team_on_mla}

    def test_liaisons_see_only_the_tasks_of_their_side(self, tasks, personas, client_for) -> None:
        fr = client_for(personas.liaison_fr)
        listed = fr.get("/api/v1/tasks/").json()
        assert [row["id"] for row in listed["results"]] == [str(tasks["fr"].pk)]
        assert listed["count"] == 1
        assert "internal_notes" not in listed["results"][0]
        assert listed["results"][0]["assigned_state"] == "FR"
        for name in ("internal", "hidden", "team_on_mla"):
            assert fr.get(f"/api/v1/tasks/{tasks[name].pk}/").status_code == 404
        assert client_for(personas.liaison_ch).get("/api/v1/tasks/").json()["count"] == 0
        assert client_for(personas.prosecutor_ng).get("/api/v1/tasks/").json()["count"] == 0
        assert client_for(personas.prosecutor2_gb).get("/api/v1/tasks/").json()["count"] == 4

    def test_a_task_of_their_side_is_reminded_to_the_liaisons_and_no_other(
        self, tasks, personas, client_for, gb
    ) -> None:
        from tasks.services import task_update

        due = acting_calendar("FR").add_working_days(date.today(), 3)
        for name in ("internal", "fr", "hidden"):
            task_update(task=tasks[name], by=gb, changes={"due_on": due})
        fr = client_for(personas.liaison_fr)
        listed = fr.get("/api/v1/deadlines/").json()["results"]
        tasks_due = [row for row in listed if row["kind"] == DeadlineKind.TASK_DUE]
        # Their side's task alone, under its kind (the team's wording stays the team's).
        assert [(row["source_id"], row["title"]) for row in tasks_due] == [
            (str(tasks["fr"].pk), "Task of a case due")
        ]
        assert client_for(personas.liaison_ch).get("/api/v1/deadlines/").json()["count"] == 0

        at_due = datetime.combine(due, time(9), tzinfo=ZoneInfo("Europe/Paris"))
        reminders.sweep(now=at_due, enqueue=False)
        reminders.sweep(now=at_due + timedelta(hours=2), enqueue=False)
        told = {
            title: sorted(
                Reminder.objects.filter(deadline__source_id=tasks[name].pk).values_list(
                    "recipient__username", flat=True
                )
            )
            for name, title in (("fr", "fr"), ("internal", "internal"), ("hidden", "hidden"))
        }
        # Their side's task: FR's liaison and the team, once each; the team's own tasks (and a
        # restricted one of FR's side): the team alone.
        assert told["fr"] == ["liaison_fr", "prosecutor2_gb", "prosecutor_gb"]
        assert told["internal"] == ["prosecutor2_gb", "prosecutor_gb"]
        assert told["hidden"] == ["prosecutor2_gb", "prosecutor_gb"]

    def test_a_liaison_moves_their_task_along_and_nothing_else(
        self, tasks, personas, client_for
    ) -> None:
        fr = client_for(personas.liaison_fr)
        url = f"/api/v1/tasks/{tasks['fr'].pk}/"
        assert fr.patch(url, {"title": "Renamed"}, format="json").status_code == 403
        moved = fr.patch(url, {"status": "in_progress"}, format="json")
        assert moved.status_code == 200
        assert moved.json()["status"] == "in_progress"
        comment = fr.post(f"{url}comments/", {"body": "Records on their way."}, format="json")
        assert comment.status_code == 201
        assert fr.get(f"{url}comments/").json()["count"] == 1
        assert create(fr, case=str(tasks["fr"].case_id), title="x").status_code == 403

    def test_the_case_timeline_shows_tasks_to_the_team_only(
        self, tasks, personas, client_for, case
    ) -> None:
        def task_events(user):
            rows = client_for(user).get(f"/api/v1/cases/{case.pk}/activity/").json()["results"]
            return {row["object_id"] for row in rows if row["action"].startswith("task.")}

        assert task_events(personas.prosecutor_gb) == {str(t.pk) for t in tasks.values()}
        # The partner trail shows only the kinds it has a partner view of (cases.api.activity):
        # tasks are not among them yet, so no internal task can leak through it.
        assert task_events(personas.liaison_fr) == set()


class TestApi:
    def test_create_validates_assignee_and_working_day(self, team_client, case, personas) -> None:
        saturday = date.today() + timedelta(days=(5 - date.today().weekday()) % 7 or 7)
        refused = create(team_client, case=str(case.pk), title="Serve", due_on=saturday.isoformat())
        assert refused.status_code == 400
        assert refused["Content-Type"] == "application/problem+json"
        assert refused.json()["errors"][0] == {
            "attr": "due_on",
            "code": "not_working_day",
            "detail": refused.json()["errors"][0]["detail"],
        }
        outsider = create(
            team_client, case=str(case.pk), title="Serve", assignee=str(personas.liaison_fr.pk)
        )
        assert outsider.status_code == 400
        assert outsider.json()["errors"][0]["code"] == "not_team"
        ok = create(
            team_client,
            case=str(case.pk),
            title="Serve the order",
            assignee=str(personas.prosecutor2_gb.pk),
            due_on=working_day().isoformat(),
        )
        assert ok.status_code == 201, ok.json()
        assert ok["ETag"] == '"1"'
        notified = Notification.objects.get(recipient=personas.prosecutor2_gb, kind="task_assigned")
        assert "Serve the order" in notified.title

    def test_stale_if_match_is_412(self, team_client, case, gb) -> None:
        task = task_create(case=case, by=gb, data={"title": "Draft"})
        url = f"/api/v1/tasks/{task.pk}/"
        assert team_client.patch(url, {"title": "A"}, format="json").status_code == 200
        stale = team_client.patch(url, {"title": "B"}, format="json", HTTP_IF_MATCH='"1"')
        assert stale.status_code == 412

    def test_filters(self, team_client, case, gb, personas) -> None:
        mine = task_create(case=case, by=gb, data={"title": "Mine", "assignee": gb})
        task_create(case=case, by=gb, data={"title": "Theirs", "assignee": personas.prosecutor2_gb})
        late = task_create(case=case, by=gb, data={"title": "Late", "due_on": working_day(1)})
        Task.objects.filter(pk=late.pk).update(due_on=date.today() - timedelta(days=3))

        def ids(**query):
            response = team_client.get("/api/v1/tasks/", query)
            assert response.status_code == 200, response.json()
            return {row["id"] for row in response.json()["results"]}

        assert ids(assignee="me") == {str(mine.pk)}
        assert ids(assignee=str(gb.pk)) == {str(mine.pk)}
        assert ids(overdue="true") == {str(late.pk)}
        assert ids(status="done") == set()
        assert len(ids(case=str(case.pk))) == 3
        bad = team_client.get("/api/v1/tasks/", {"assignee": "nobody"})
        assert bad.status_code == 400
        assert bad["Content-Type"] == "application/problem+json"

    @pytest.mark.parametrize(("persona", "pinned"), [("prosecutor_gb", 4), ("liaison_fr", 4)])
    def test_list_query_count_is_pinned_and_constant(
        self, persona, pinned, personas, client_for, gb
    ) -> None:
        for index in range(6):
            case = make_case(by=gb, team=[personas.prosecutor2_gb])
            share(case, "FR")
            mla = send_mla(case, gb)
            asset = make_asset(case=case)
            task_create(case=case, by=gb, data={"title": f"T{index}", "assignee": gb})
            task_create(
                case=case,
                by=gb,
                data={"title": f"P{index}", "mla_request": mla, "side": "partner", "asset": asset},
            )
        client = client_for(getattr(personas, persona))
        counts = []
        for page_size in (2, 10):
            with CaptureQueriesContext(connection) as captured:
                response = client.get("/api/v1/tasks/", {"page_size": page_size})
            assert response.status_code == 200
            assert response.json()["results"]
            counts.append(len(captured))
        assert counts == [pinned, pinned]


def quiet_wednesday_ahead() -> date:
    """A Wednesday a quarter ahead with no English holiday in the fortnight before it or the
    days after: far enough for every reminder of the schedule to lie ahead (a fixed date would
    pass one day, and the first sweep would then only escalate)."""
    england = acting_calendar("GB")
    day = today_in("GB") + timedelta(days=90)
    day += timedelta(days=(2 - day.weekday()) % 7)
    while any(england.is_holiday(day + timedelta(days=n)) for n in range(-14, 4)):
        day += timedelta(days=7)
    return day


def test_a_task_is_reminded_to_its_assignee_once(case, gb, personas) -> None:
    due = quiet_wednesday_ahead()
    task = Task.objects.create(
        case=case, title="Serve the order", acting_state_id="GB", assignee=personas.prosecutor2_gb
    )
    from tasks.services import _sync_deadline

    task.due_on = due
    task.save()
    _sync_deadline(task, by=gb)
    deadline = Deadline.objects.get(kind=DeadlineKind.TASK_DUE, source_id=task.pk)
    at_due = datetime.combine(due, time(9), tzinfo=LONDON)
    reminders.sweep(now=at_due, enqueue=False)
    reminders.sweep(now=at_due + timedelta(hours=2), enqueue=False)
    sent = list(
        Reminder.objects.filter(deadline=deadline).values_list("recipient__username", "threshold")
    )
    assert sent == [("prosecutor2_gb", f"{due.isoformat()}:due")]
    # Escalation once overdue: the assignee and the owning state's admins, once.
    overdue = datetime.combine(due + timedelta(days=30), time(9), tzinfo=LONDON)
    reminders.sweep(now=overdue, enqueue=False)
    reminders.sweep(now=overdue + timedelta(hours=1), enqueue=False)
    escalated = sorted(
        Reminder.objects.filter(deadline=deadline)
        .exclude(threshold__endswith=":due")
        .values_list("recipient__username", flat=True)
    )
    assert escalated == ["admin_gb", "prosecutor2_gb"]  # not the rest of the team


def test_the_docs_show_the_templates_table() -> None:
    from pathlib import Path

    from tasks.templates import markdown_table

    docs = (Path(__file__).resolve().parents[2] / "docs" / "tasks.md").read_text()
    assert docs.endswith(markdown_table())
