"""Watch lists: importing FtM JSON lines version by version, screening subjects against them,
who sees the hits and who decides on them."""

from __future__ import annotations

import base64
import json
import uuid
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from audit.models import AuditEvent
from cases.services.case_file import subject_update
from matching import tasks
from matching.models import WatchList, WatchListEntry, WatchListHit, WatchListKey, WatchListVersion
from matching.signals import (
    WATCHLIST_RESCREEN_TASK,
    WATCHLIST_SCREEN_CHUNK_TASK,
    flush_outbox,
)
from tests.factories import make_case, make_subject, share
from tests.matching.conftest import only_result

pytestmark = pytest.mark.django_db

DATA = Path(__file__).parent / "data"
V1 = DATA / "peps_v1.ftm.jsonl"
V2 = DATA / "peps_v2.ftm.jsonl"
BAD = DATA / "bad.ftm.jsonl"
LIST = "Test PEPs"
LATIN = "Viktor Fedorovych Yanukovych"
YANUKOVYCH_ENTRY = "test-pep-0001"
PINNED_QUERIES = 6


def _queued(broker: Any) -> list[tuple[str, list[Any]]]:
    """The tasks waiting in the broker, with their arguments (Celery's message protocol 2)."""
    found = []
    for raw in broker.lrange("celery", 0, -1):
        message = json.loads(raw)
        args, _kwargs, _embed = json.loads(base64.b64decode(message["body"]))
        found.append((message["headers"]["task"], args))
    return found


def _import(path: Path, *args: str) -> str:
    out = StringIO()
    call_command("watchlist_import", LIST, str(path), *args, stdout=out)
    return out.getvalue()


def _hits(subject) -> list[WatchListHit]:  # type: ignore[no-untyped-def]
    return list(WatchListHit.objects.filter(subject=subject).select_related("entry"))


def _screened(subject):  # type: ignore[no-untyped-def]
    """What the indexing task does after the subject's commit (the tests run in one
    transaction, so the task is called here)."""
    tasks.index_subject(str(subject.pk))
    return subject


# Import


def test_import_writes_the_legal_entities_with_their_keys() -> None:
    out = _import(V1, "--version", "2026-11", "--source-url", "https://example.org/peps")
    assert "5 entities (2 other entities skipped)" in out
    watch_list = WatchList.objects.get()
    assert watch_list.source_url == "https://example.org/peps"
    version = watch_list.current
    assert version is not None
    assert (version.label, version.entity_count) == ("2026-11", 5)
    assert len(version.sha256) == 64
    entry = WatchListEntry.objects.get(entity_id=YANUKOVYCH_ENTRY)
    assert entry.schema == "Person"
    assert entry.caption == "Янукович Віктор Федорович"
    assert entry.properties["topics"] == ["role.pep"]
    assert set(WatchListKey.objects.filter(entry=entry).values_list("scheme", "value")) == {
        ("name", "fedorovich viktor yanukovich"),
        ("name_phonetic", "FKTR FTRFX YNKFX"),
    }
    adaeze = WatchListEntry.objects.get(entity_id="test-pep-0002")
    assert ("passport", "A12345678") in set(adaeze.keys.values_list("scheme", "value"))
    assert not WatchListEntry.objects.filter(schema__in=["Position", "Sanction"]).exists()


def test_the_same_file_again_does_nothing(broker, django_capture_on_commit_callbacks) -> None:  # type: ignore[no-untyped-def]
    _import(V1)
    version = WatchListVersion.objects.get()
    entries = set(WatchListEntry.objects.values_list("pk", flat=True))
    with django_capture_on_commit_callbacks(execute=True):
        out = _import(V1, "--version", "another label")
    flush_outbox()
    assert "already version" in out
    assert WatchListVersion.objects.get() == version
    assert set(WatchListEntry.objects.values_list("pk", flat=True)) == entries
    assert _queued(broker) == []  # no rescreen either


def test_a_bad_file_is_refused_whole() -> None:
    _import(V1, "--version", "good")
    with pytest.raises(CommandError, match="line 2: not JSON") as error:
        _import(BAD, "--version", "bad")
    assert "Nothing was imported" in str(error.value)
    # The list keeps its version in force; the bad one left nothing behind.
    assert list(WatchListVersion.objects.values_list("label", flat=True)) == ["good"]
    assert WatchListEntry.objects.count() == 5
    with pytest.raises(CommandError, match="No file"):
        _import(DATA / "missing.jsonl")


def test_a_bad_file_for_a_new_list_creates_no_list(tmp_path: Path) -> None:
    for content, message in (
        ('{"id": "x", "schema": "Spaceship", "properties": {}}\n', "unknown schema"),
        ('["not", "an", "object"]\n', "not a JSON object"),
        ('{"schema": "Person", "properties": {"name": ["No Id"]}}\n', "has no id"),
        ('{"id": "p", "schema": "Position", "properties": {"name": ["Office"]}}\n', "no Person"),
        (
            '{"id": "a", "schema": "Person", "properties": {"name": ["Anna Example"]}}\n' * 2,
            "already on line 1",
        ),
    ):
        path = tmp_path / "list.jsonl"
        path.write_text(content)
        with pytest.raises(CommandError, match=message):
            _import(path)
    (tmp_path / "latin1.jsonl").write_bytes('{"id": "é"}'.encode("latin-1"))
    with pytest.raises(CommandError, match="not UTF-8"):
        _import(tmp_path / "latin1.jsonl")
    assert not WatchList.objects.exists()


def test_a_new_version_replaces_the_entries_and_rescreens_every_subject(
    personas, broker, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    gb = personas.prosecutor_gb
    case = make_case(by=gb)
    _import(V1, "--version", "v1")
    yanukovych = _screened(make_subject(case=case, name=LATIN))
    adaeze = _screened(make_subject(case=case, name="Adaeze Nwosu"))
    tomasz = _screened(make_subject(case=case, name="Tomasz Przykladowy"))
    assert [hit.entry.entity_id for hit in _hits(yanukovych)] == [YANUKOVYCH_ENTRY]
    assert [hit.entry.entity_id for hit in _hits(adaeze)] == ["test-pep-0002"]
    assert _hits(tomasz) == []
    (decided,) = _hits(yanukovych)
    decided.judgement, decided.decided_by = "positive", gb
    decided.save()

    with django_capture_on_commit_callbacks(execute=True):
        out = _import(V2, "--version", "v2")
    flush_outbox()
    assert "v2" in out
    version = WatchList.objects.get().current
    assert version is not None
    assert version.label == "v2"
    # The old version is history: its entries are gone, the new one's are in force.
    assert set(WatchListVersion.objects.values_list("label", flat=True)) == {"v1", "v2"}
    assert set(WatchListEntry.objects.values_list("version__label", flat=True)) == {"v2"}
    # The hit on an entity still listed followed it, with the team's judgement; the hit on
    # the entity that left went with it.
    (carried,) = _hits(yanukovych)
    assert carried.pk == decided.pk
    assert carried.entry.version_id == version.pk
    assert carried.judgement == "positive"
    assert _hits(adaeze) == []

    # After the commit: one rescreen message, which fans out into chunks of subjects.
    assert _queued(broker) == [(WATCHLIST_RESCREEN_TASK, [str(version.pk)])]
    broker.delete("celery")
    assert tasks.watchlist_rescreen(str(version.pk)) == 1
    ((name, args),) = _queued(broker)
    assert name == WATCHLIST_SCREEN_CHUNK_TASK
    assert set(args[1]) == {str(yanukovych.pk), str(adaeze.pk), str(tomasz.pk)}
    assert tasks.watchlist_screen_chunk(*args) == 3
    assert [hit.entry.entity_id for hit in _hits(tomasz)] == ["test-pep-0005"]
    # Twice is the same: updated, never duplicated.
    assert tasks.watchlist_screen_chunk(*args) == 3
    assert WatchListHit.objects.filter(subject=tomasz).count() == 1
    assert [(hit.pk, hit.judgement) for hit in _hits(yanukovych)] == [(decided.pk, "positive")]
    # A superseded version's rescreen does nothing.
    older = WatchListVersion.objects.get(label="v1")
    assert tasks.watchlist_rescreen(str(older.pk)) == 0
    assert tasks.watchlist_screen_chunk(str(older.pk), args[1]) == 0


def test_screen_now_screens_in_the_command(personas) -> None:  # type: ignore[no-untyped-def]
    subject = make_subject(case=make_case(by=personas.prosecutor_gb), name=LATIN)
    out = _import(V1, "--screen-now")
    assert "Screened 1 subjects." in out
    assert [hit.entry.entity_id for hit in _hits(subject)] == [YANUKOVYCH_ENTRY]


# Screening


def test_a_new_subject_is_screened_by_its_indexing_task(personas) -> None:  # type: ignore[no-untyped-def]
    _import(V1)
    subject = make_subject(case=make_case(by=personas.prosecutor_gb), name=LATIN)
    assert _hits(subject) == []  # before the task (which runs after the commit)
    _screened(subject)
    (hit,) = _hits(subject)
    assert hit.entry.caption == "Янукович Віктор Федорович"
    assert hit.score >= settings.MATCHING_THRESHOLD
    assert "name_match" in hit.explanation
    # The task again: the same row, updated.
    _screened(subject)
    assert [row.pk for row in _hits(subject)] == [hit.pk]


def test_transliteration_hits_and_the_near_miss_does_not(personas) -> None:  # type: ignore[no-untyped-def]
    _import(V1)
    case = make_case(by=personas.prosecutor_gb)
    latin = _screened(make_subject(case=case, name=LATIN))
    near_miss = _screened(make_subject(case=case, name="Viktor Yushchenko"))
    cyrillic_to_latin = _screened(make_subject(case=case, name="Ivan Petrovich Demoshenko"))
    assert [hit.entry.entity_id for hit in _hits(latin)] == [YANUKOVYCH_ENTRY]
    assert _hits(near_miss) == []
    assert [hit.entry.entity_id for hit in _hits(cyrillic_to_latin)] == ["test-pep-0003"]


def test_identifiers_and_schemata(personas) -> None:  # type: ignore[no-untyped-def]
    _import(V1)
    case = make_case(by=personas.prosecutor_gb)
    company = _screened(
        make_subject(
            case=case,
            kind="organization",
            organization_type="company",
            role="corporate_vehicle",
            name="Crestline Example Holdings Limited",
            identifiers=[{"type": "company_number", "value": "ex 445566"}],
        )
    )
    assert [hit.entry.entity_id for hit in _hits(company)] == ["test-co-0001"]
    # A person of the company's name is no hit of the company.
    person = _screened(make_subject(case=case, name="Crestline Example Holdings Ltd"))
    assert _hits(person) == []


def test_a_renamed_subject_loses_its_undecided_hits_and_keeps_decided_ones(personas) -> None:  # type: ignore[no-untyped-def]
    _import(V1)
    gb = personas.prosecutor_gb
    case = make_case(by=gb)
    one = _screened(make_subject(case=case, name=LATIN))
    other = _screened(make_subject(case=case, name="Marguerite Exemplaire"))
    WatchListHit.objects.filter(subject=other).update(judgement="negative", decided_by=gb)
    for subject in (one, other):
        subject_update(subject=subject, by=gb, changes={"name": "Someone Else Entirely"})
        _screened(subject)
    assert _hits(one) == []
    assert [hit.judgement for hit in _hits(other)] == ["negative"]


def test_a_chunk_is_screened_in_the_same_queries_for_one_subject_or_several(personas) -> None:  # type: ignore[no-untyped-def]
    _import(V1)
    version = WatchList.objects.get().current
    assert version is not None
    case = make_case(by=personas.prosecutor_gb)
    one = [str(make_subject(case=case, name=LATIN).pk)]
    with CaptureQueriesContext(connection) as single:
        assert tasks.watchlist_screen_chunk(str(version.pk), one) == 1
    names = ("Adaeze Nwosu", "Ivan Petrovich Demoshenko", "Marguerite Exemplaire", "Nobody Listed")
    several = [str(make_subject(case=case, name=name).pk) for name in names]
    with CaptureQueriesContext(connection) as four:
        assert tasks.watchlist_screen_chunk(str(version.pk), several) == 4
    assert WatchListHit.objects.filter(subject__in=several).count() == 3
    assert len(single) == len(four)


# The API


@pytest.fixture
def world(personas):  # type: ignore[no-untyped-def]
    _import(V1, "--version", "2026-11")
    gb = personas.prosecutor_gb
    shared_case = make_case(by=gb)
    share(shared_case, "FR")
    subject = _screened(make_subject(case=shared_case, name=LATIN))
    restricted = _screened(
        make_subject(case=shared_case, name="Marguerite Exemplaire", restricted=True)
    )
    unshared = _screened(make_subject(case=make_case(by=gb), name="Adaeze Nwosu"))
    return {"subject": subject, "restricted": restricted, "unshared": unshared}


def _url(subject) -> str:  # type: ignore[no-untyped-def]
    return f"/api/v1/subjects/{subject.pk}/watchlist-hits/"


def test_the_list_shows_list_version_entry_score_and_explanation(
    world, personas, client_for
) -> None:  # type: ignore[no-untyped-def]
    hit = only_result(client_for(personas.prosecutor_gb), _url(world["subject"]))
    assert hit["watch_list"] == LIST
    assert hit["version"] == "2026-11"
    assert hit["entity_id"] == YANUKOVYCH_ENTRY
    assert hit["caption"] == "Янукович Віктор Федорович"
    assert hit["schema"] == "Person"
    assert hit["algorithm"] == "logic-v2"
    assert hit["score"] >= 0.7
    assert "name_match" in hit["explanation"]
    assert hit["judgement"] is None
    assert hit["decided_at"] is None


def test_visibility(world, personas, client_for) -> None:  # type: ignore[no-untyped-def]
    def status(user, subject) -> int:  # type: ignore[no-untyped-def]
        return client_for(user).get(_url(subject)).status_code

    # The owning state's prosecutors see every subject's hits, restricted ones included.
    for subject in world.values():
        assert status(personas.prosecutor_gb, subject) == 200
        assert status(personas.prosecutor2_gb, subject) == 200
    restricted = client_for(personas.prosecutor_gb).get(_url(world["restricted"])).json()
    assert restricted["count"] == 1
    # Another state's prosecutor: no such subject.
    for subject in world.values():
        assert status(personas.prosecutor_ng, subject) == 404
    # The liaison of the state the case is shared with reads the hits of what they may see,
    # not of a restricted subject, nor of a case not shared with them.
    fr = client_for(personas.liaison_fr).get(_url(world["subject"]))
    assert fr.status_code == 200
    assert fr.json()["count"] == 1
    assert status(personas.liaison_fr, world["restricted"]) == 404
    assert status(personas.liaison_fr, world["unshared"]) == 404
    assert status(personas.liaison_ch, world["subject"]) == 404
    assert status(personas.liaison_fr, type("S", (), {"pk": uuid.uuid4()})()) == 404


def test_a_decision_is_recorded_and_audited(world, personas, client_for) -> None:  # type: ignore[no-untyped-def]
    client = client_for(personas.prosecutor_gb)
    (hit,) = client.get(_url(world["subject"])).json()["results"]
    url = f"{_url(world['subject'])}{hit['id']}/decision/"
    response = client.post(url, {"judgement": "positive"}, format="json")
    assert response.status_code == 200
    assert response.json()["judgement"] == "positive"
    assert response.json()["decided_at"] is not None
    row = WatchListHit.objects.get(pk=hit["id"])
    assert (row.judgement, row.decided_by) == ("positive", personas.prosecutor_gb)
    event = AuditEvent.objects.get(action="watchlist_hit.decided")
    assert event.case_id == world["subject"].case_id
    assert event.restricted
    assert event.object_id == hit["id"]
    assert event.changes["before"] == {}
    assert event.changes["after"]["judgement"] == "positive"
    assert event.changes["after"]["watch_list"] == LIST
    assert event.changes["after"]["entity_id"] == YANUKOVYCH_ENTRY
    assert client.post(url, {"judgement": "unsure"}, format="json").status_code == 200
    events = AuditEvent.objects.filter(action="watchlist_hit.decided")
    assert sorted(str(event.changes["before"]) for event in events) == [
        "{'judgement': 'positive'}",
        "{}",
    ]
    assert client.get(_url(world["subject"])).json()["results"][0]["judgement"] == "unsure"


def test_only_the_case_team_decides(world, personas, client_for) -> None:  # type: ignore[no-untyped-def]
    (hit,) = client_for(personas.prosecutor_gb).get(_url(world["subject"])).json()["results"]
    url = f"{_url(world['subject'])}{hit['id']}/decision/"
    body = {"judgement": "positive"}
    assert client_for(personas.prosecutor2_gb).post(url, body, format="json").status_code == 403
    assert client_for(personas.liaison_fr).post(url, body, format="json").status_code == 403
    assert client_for(personas.prosecutor_ng).post(url, body, format="json").status_code == 404
    assert client_for(personas.liaison_ch).post(url, body, format="json").status_code == 404
    assert not WatchListHit.objects.filter(judgement__isnull=False).exists()
    assert not AuditEvent.objects.filter(action="watchlist_hit.decided").exists()


def test_a_bad_judgement_or_a_hit_of_another_subject(world, personas, client_for) -> None:  # type: ignore[no-untyped-def]
    client = client_for(personas.prosecutor_gb)
    (hit,) = client.get(_url(world["subject"])).json()["results"]
    response = client.post(
        f"{_url(world['subject'])}{hit['id']}/decision/", {"judgement": "maybe"}, format="json"
    )
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/problem+json")
    assert response.json()["errors"][0]["attr"] == "judgement"
    # A hit is decided only under its own subject; an unknown one does not exist.
    other = f"{_url(world['unshared'])}{hit['id']}/decision/"
    assert client.post(other, {"judgement": "positive"}, format="json").status_code == 404
    unknown = f"{_url(world['subject'])}{uuid.uuid4()}/decision/"
    assert client.post(unknown, {"judgement": "positive"}, format="json").status_code == 404


def test_the_list_runs_a_constant_number_of_queries(world, personas, client_for) -> None:  # type: ignore[no-untyped-def]
    client = client_for(personas.prosecutor_gb)
    subject = world["subject"]
    client.get(_url(subject))  # sign-in and first-use costs
    with CaptureQueriesContext(connection) as one:
        assert client.get(_url(subject)).json()["count"] == 1
    subject_update(
        subject=subject,
        by=personas.prosecutor_gb,
        changes={"aliases": ["Ivan Petrovich Demoshenko", "Marguerite Exemplaire"]},
    )
    _screened(subject)
    with CaptureQueriesContext(connection) as three:
        assert client.get(_url(subject)).json()["count"] == 3
    # The subject, the count and the page (with list, version and entry joined) are one query
    # each, whatever the number of hits.
    assert len(one) == len(three)
    assert len(one) == PINNED_QUERIES
