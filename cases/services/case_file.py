"""Creating and changing cases, subjects and assets: the case file's rules."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from audit import trail
from cases.asset_kinds import AssetDetailsError, validate_details
from cases.models import (
    Asset,
    AssetKind,
    AssetValuation,
    Case,
    CaseJurisdiction,
    CaseReferenceCounter,
    CaseStatus,
    Occupancy,
    Role,
    State,
    Subject,
    User,
)
from cases.services.versioning import audited_update
from cases.signals import asset_changed
from core.state_time import today_in

REFERENCE_FORMAT = "{state}-{year}-{number:05d}"


def next_case_reference(*, state: State | str, year: int) -> str:
    """The next gapless reference of a state and year, e.g. `GB-2026-00042`.

    Must run inside the transaction that creates the case: the counter row stays locked until it
    commits, so concurrent creations queue here and a rollback returns the number.
    """
    code = state if isinstance(state, str) else state.code
    counter, _ = CaseReferenceCounter.objects.select_for_update().get_or_create(
        state_id=code, year=year
    )
    counter.last_number += 1
    counter.save(update_fields=["last_number"])
    return REFERENCE_FORMAT.format(state=code, year=year, number=counter.last_number)


def _check_team_member(user: User, *, owner_state: str, field: str) -> None:
    if user.role != Role.PROSECUTOR or user.state_id != owner_state or not user.is_active:
        raise ValidationError(
            {
                field: ValidationError(
                    "Must be an active prosecutor of the owning state.", "not_team"
                )
            }
        )


def _check_closing(status: str, opened_on: date, closed_on: date | None) -> None:
    if closed_on is not None and closed_on < opened_on:
        raise ValidationError(
            {"closed_on": ValidationError("Cannot be before opened_on.", "before_opened")}
        )
    if status == CaseStatus.OPEN and closed_on is not None:
        raise ValidationError(
            {"closed_on": ValidationError("An open case has no closing date.", "open_case")}
        )


def _case_state(case: Case) -> dict[str, Any]:
    """A case with its team and jurisdictions, as the audit trail records it."""
    data = trail.snapshot(case)
    data["team"] = sorted(str(pk) for pk in case.team.values_list("pk", flat=True))
    data["jurisdictions"] = sorted(
        f"{state}:{role}" for state, role in case.jurisdictions.values_list("state_id", "role")
    )
    return data


def _subject_state(subject: Subject) -> dict[str, Any]:
    data = trail.snapshot(subject)
    data["nationalities"] = sorted(subject.nationalities.values_list("code", flat=True))
    data["occupancies"] = [
        trail.snapshot(o, exclude=("id", "subject"))
        for o in subject.occupancies.order_by("start_date", "position")
    ]
    return data


def _set_jurisdictions(case: Case, jurisdictions: Iterable[Mapping[str, Any]]) -> None:
    wanted = {
        (j["state"].code if isinstance(j["state"], State) else j["state"], j["role"])
        for j in jurisdictions
    }
    case.jurisdictions.all().delete()
    CaseJurisdiction.objects.bulk_create(
        CaseJurisdiction(case=case, state_id=state, role=role) for state, role in sorted(wanted)
    )


@transaction.atomic
def case_create(
    *,
    by: User,
    title: str,
    origin_state: State,
    offence_category: str,
    opened_on: date | None = None,
    summary: str = "",
    lead_prosecutor: User | None = None,
    team: Sequence[User] = (),
    jurisdictions: Iterable[Mapping[str, Any]] = (),
    internal_notes: str = "",
) -> Case:
    if by.role != Role.PROSECUTOR:
        raise ValidationError("Only prosecutors open cases.", "not_prosecutor")
    owner_state = by.state_id
    lead = lead_prosecutor or by
    _check_team_member(lead, owner_state=owner_state, field="lead_prosecutor")
    for member in team:
        _check_team_member(member, owner_state=owner_state, field="team")
    today = today_in(owner_state)
    opened = opened_on or today
    case = Case.objects.create(
        reference=next_case_reference(state=owner_state, year=today.year),
        title=title,
        summary=summary,
        owner_state_id=owner_state,
        origin_state=origin_state,
        offence_category=offence_category,
        lead_prosecutor=lead,
        opened_on=opened,
        internal_notes=internal_notes,
        created_by=by,
    )
    # The creator is on the team of the case they opened.
    case.team.set({by, lead, *team})
    _set_jurisdictions(case, jurisdictions)
    trail.record_created("case.created", case, case=case, actor=by, after=_case_state(case))
    return case


CASE_EDITABLE_FIELDS = {
    "title",
    "summary",
    "status",
    "origin_state",
    "offence_category",
    "lead_prosecutor",
    "opened_on",
    "closed_on",
    "internal_notes",
}


@transaction.atomic
def case_update(*, case: Case, by: User, changes: Mapping[str, Any]) -> Case:
    """Apply changes to a case the caller has locked (see versioning.lock_current)."""
    unknown = set(changes) - CASE_EDITABLE_FIELDS - {"team", "jurisdictions"}
    if unknown:
        raise ValidationError(f"Not editable: {', '.join(sorted(unknown))}", "not_editable")
    if "lead_prosecutor" in changes:
        _check_team_member(
            changes["lead_prosecutor"], owner_state=case.owner_state_id, field="lead_prosecutor"
        )
    for member in changes.get("team", ()):
        _check_team_member(member, owner_state=case.owner_state_id, field="team")

    with audited_update(case, action="case.updated", by=by, state=_case_state) as update:
        update.set(changes, CASE_EDITABLE_FIELDS)
        if "status" in changes and changes["status"] != CaseStatus.OPEN and case.closed_on is None:
            case.closed_on = today_in(case.owner_state_id)
            update.touch("closed_on")
        if changes.get("status") == CaseStatus.OPEN and "closed_on" not in changes:
            case.closed_on = None
            update.touch("closed_on")
        _check_closing(case.status, case.opened_on, case.closed_on)
        if "team" in changes:
            case.team.set({case.lead_prosecutor, *changes["team"]})
        elif "lead_prosecutor" in changes:
            case.team.add(case.lead_prosecutor)
        if "jurisdictions" in changes:
            _set_jurisdictions(case, changes["jurisdictions"])
    return case


def _check_same_case(case: Case, field: str, subject: Subject | None) -> None:
    """A child may only point at subjects of its own case."""
    if subject is not None and subject.case_id != case.pk:
        raise ValidationError(
            {field: ValidationError("Must be a subject of the same case.", "other_case")}
        )


def case_takes_writes(case: Case) -> bool:
    """An archived case takes no writes: not to its file, its documents, its assets' legal acts,
    its MLA requests or its shares (revoking a share aside, which only narrows who sees it)."""
    return case.status != CaseStatus.ARCHIVED


def check_case_takes_writes(case: Case) -> None:
    """`case_takes_writes`, or a ValidationError naming the case."""
    if not case_takes_writes(case):
        raise ValidationError({"case": ValidationError("The case is archived.", "archived")})


def _set_occupancies(subject: Subject, occupancies: Iterable[Mapping[str, Any]]) -> None:
    subject.occupancies.all().delete()
    rows = []
    for index, item in enumerate(occupancies):
        start, end = item.get("start_date"), item.get("end_date")
        if start and end and end < start:
            raise ValidationError(
                {
                    f"occupancies.{index}.end_date": ValidationError(
                        "Cannot be before start_date.", "before_start"
                    )
                }
            )
        rows.append(Occupancy(subject=subject, **item))
    Occupancy.objects.bulk_create(rows)


SUBJECT_FIELDS = {
    "kind",
    "role",
    "name",
    "aliases",
    "date_of_birth",
    "organization_type",
    "incorporation_state",
    "identifiers",
    "related_to",
    "relationship",
    "restricted",
    "internal_notes",
}


@transaction.atomic
def subject_create(*, case: Case, by: User, data: Mapping[str, Any]) -> Subject:
    check_case_takes_writes(case)
    fields = {k: v for k, v in data.items() if k in SUBJECT_FIELDS}
    _check_same_case(case, "related_to", fields.get("related_to"))
    subject = Subject.objects.create(case=case, **fields)
    if "nationalities" in data:
        subject.nationalities.set(data["nationalities"])
    _set_occupancies(subject, data.get("occupancies", ()))
    trail.record_created("subject.created", subject, actor=by, after=_subject_state(subject))
    return subject


@transaction.atomic
def subject_update(*, subject: Subject, by: User, changes: Mapping[str, Any]) -> Subject:
    check_case_takes_writes(subject.case)
    if "related_to" in changes:
        _check_same_case(subject.case, "related_to", changes["related_to"])
        if changes["related_to"] is not None and changes["related_to"].pk == subject.pk:
            raise ValidationError(
                {"related_to": ValidationError("Cannot relate to itself.", "self")}
            )
    with audited_update(subject, action="subject.updated", by=by, state=_subject_state) as update:
        update.set(changes, SUBJECT_FIELDS)
        if "nationalities" in changes:
            subject.nationalities.set(changes["nationalities"])
        if "occupancies" in changes:
            _set_occupancies(subject, changes["occupancies"])
    return subject


ASSET_FIELDS = {
    "kind",
    "offence_category",
    "description",
    "details",
    "jurisdiction",
    "holder",
    "beneficial_owner",
    "estimated_value_amount",
    "estimated_value_currency",
    "not_yet_valued",
    "holding_amount",
    "holding_unit",
    "source",
    "restricted",
    "internal_notes",
}


def _check_identified(fields: Mapping[str, Any]) -> None:
    """DOMAIN.md, "The stages of one asset": an identified asset has its source, its location
    (the jurisdiction where it sits) and its estimated value and currency, or says explicitly
    that it is not yet valued; only a crypto wallet carries a holding in units of its own
    (beside that estimate). 400 naming each field at fault (API names)."""
    errors: dict[str, ValidationError] = {}
    if not str(fields.get("source") or "").strip():
        errors["source"] = ValidationError(
            "Say how the asset was traced (intelligence, records, a reply to a request).",
            "required",
        )
    if fields.get("jurisdiction") is None:
        errors["jurisdiction"] = ValidationError("Say where the asset sits.", "required")
    valued = fields.get("estimated_value_amount") is not None
    if valued and fields.get("not_yet_valued"):
        errors["not_yet_valued"] = ValidationError(
            "The asset has an estimated value: it is valued.", "valued"
        )
    elif not valued and not fields.get("not_yet_valued"):
        errors["estimated_value"] = ValidationError(
            "Give the estimated value and its currency, or say `not_yet_valued: true`.",
            "required",
        )
    if fields.get("holding_amount") is not None and fields.get("kind") != AssetKind.CRYPTO_WALLET:
        errors["holding"] = ValidationError(
            "Only a crypto wallet holds units of its own; value other assets in a currency.",
            "not_applicable",
        )
    if errors:
        raise ValidationError(errors)


def _clean_asset_details(kind: str, details: Any) -> dict[str, str]:
    try:
        return validate_details(kind, details)
    except AssetDetailsError as exc:
        raise ValidationError(
            {
                f"details.{name}" if name else "details": ValidationError(message, code)
                for name, code, message in exc.errors
            }
        ) from None


@transaction.atomic
def asset_create(*, case: Case, by: User, data: Mapping[str, Any]) -> Asset:
    check_case_takes_writes(case)
    fields = {k: v for k, v in data.items() if k in ASSET_FIELDS}
    _check_identified(fields)
    _check_same_case(case, "holder", fields.get("holder"))
    _check_same_case(case, "beneficial_owner", fields.get("beneficial_owner"))
    fields["details"] = _clean_asset_details(fields["kind"], fields.get("details", {}))
    asset = Asset.objects.create(case=case, **fields)
    trail.record_created("asset.created", asset, actor=by, after=trail.snapshot(asset))
    return asset


# The method of a valuation typed as the asset's estimated value rather than recorded as one.
EDITED_ON_THE_ASSET = "Estimated value edited on the asset"


@transaction.atomic
def asset_update(*, asset: Asset, by: User, changes: Mapping[str, Any]) -> Asset:
    check_case_takes_writes(asset.case)
    changes = dict(changes)
    if changes.get("estimated_value_amount") is not None and "not_yet_valued" not in changes:
        changes["not_yet_valued"] = False  # valued at last
    _check_identified(
        {name: changes.get(name, getattr(asset, name)) for name in ASSET_FIELDS - {"details"}}
    )
    for name in ("holder", "beneficial_owner"):
        if name in changes:
            _check_same_case(asset.case, name, changes[name])
    valued_before = (asset.estimated_value_amount, asset.estimated_value_currency)
    with audited_update(asset, action="asset.updated", by=by) as update:
        update.set(changes, ASSET_FIELDS)
        if "details" in changes or "kind" in changes:
            asset.details = _clean_asset_details(asset.kind, asset.details)
            update.touch("details")
    valued_now = (asset.estimated_value_amount, asset.estimated_value_currency)
    if valued_now[0] is not None and valued_now != valued_before:
        # A figure typed on the asset is a valuation of today (cases.services.valuations: the
        # latest valuation is the estimate), so that a dated report recorded later is weighed
        # against it, and the history shows who set the figure and when.
        AssetValuation.objects.create(
            asset=asset,
            valued_on=today_in(asset.jurisdiction_id),
            amount=valued_now[0],
            currency=valued_now[1],
            method=EDITED_ON_THE_ASSET,
            recorded_by=by,
        )
    asset_changed.send(sender=Asset, asset=asset, by=by)
    return asset
