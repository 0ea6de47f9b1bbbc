"""FollowTheMoney JSON lines into a case: persons, companies, positions and ownerships.

Two passes, so that a file is imported whole or not at all:

1. `read_entities` checks every line (JSON, a known schema, an id, known properties with valid
   values, references that resolve within the file) and collects every error with its line
   number; nothing is written while one remains.
2. `ftm_import` writes in one transaction through the case-file services, acting as the case's
   lead prosecutor (so every subject is audited): `Person` and `Company`/`Organization`/
   `LegalEntity` become subjects (matched, not created, when the case already has a subject of
   the same kind with exactly the same name); `Occupancy` + `Position` become dated offices of
   the holder; `Family` and `Associate` relate a relative or associate to the person; an
   `Ownership` of a company by a subject makes the company a corporate vehicle of its owner.
   Every other schema is skipped (and counted), as is an ownership of anything but a company.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db import transaction
from followthemoney import model
from followthemoney.exc import InvalidData
from followthemoney.proxy import EntityProxy

from audit import trail
from cases.models import Case, OrganizationType, State, Subject, SubjectRole
from cases.services.case_file import subject_create, subject_update
from core.parsers import JsonTooDeep, loads_bounded

__all__ = ["FtmImportError", "ImportSummary", "ftm_import", "read_entities"]

LEGAL_ENTITIES = ("Person", "Company", "Organization", "LegalEntity")
IMPORTED = (*LEGAL_ENTITIES, "Position", "Occupancy", "Family", "Associate", "Ownership")
IDENTIFIERS = {
    "passportNumber": "passport",
    "idNumber": "national_id",
    "taxNumber": "tax_number",
    "registrationNumber": "company_number",
}


@dataclass(frozen=True)
class LineError:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


class FtmImportError(ValueError):
    def __init__(self, errors: list[LineError]) -> None:
        super().__init__("\n".join(map(str, errors)))
        self.errors = errors


@dataclass
class ImportSummary:
    created: Counter[str] = field(default_factory=Counter)
    matched: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)

    def lines(self) -> list[str]:
        out = []
        for what, counter in (
            ("created", self.created),
            ("matched", self.matched),
            ("skipped", self.skipped),
        ):
            detail = ", ".join(f"{n} {name}" for name, n in sorted(counter.items())) or "nothing"
            out.append(f"{what}: {detail}")
        return out


@dataclass
class _Entity:
    line: int
    proxy: EntityProxy


def _check_line(number: int, text: str) -> tuple[_Entity | None, list[LineError]]:
    try:
        data = loads_bounded(text)
    except JsonTooDeep as exc:
        return None, [LineError(number, f"not JSON we take ({exc})")]
    except json.JSONDecodeError as exc:
        return None, [LineError(number, f"not JSON ({exc.msg})")]
    if not isinstance(data, dict):
        return None, [LineError(number, "not a JSON object")]
    if not isinstance(data.get("id"), str) or not data["id"]:
        return None, [LineError(number, "the entity has no id")]
    schema = model.get(data.get("schema") or "")
    if schema is None:
        return None, [LineError(number, f"unknown schema {data.get('schema')!r}")]
    properties = data.get("properties", {})
    if not isinstance(properties, dict):
        return None, [LineError(number, "'properties' is not an object")]
    errors = []
    for name, values in properties.items():
        prop = schema.get(name)
        if prop is None:
            errors.append(LineError(number, f"{schema.name} has no property {name!r}"))
            continue
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            errors.append(LineError(number, f"{name}: values must be a list of strings"))
            continue
        for value in values:
            if prop.type.clean(value, proxy=None) is None:
                errors.append(
                    LineError(number, f"{name}: {value!r} is not a valid {prop.type.name}")
                )
    if errors:
        return None, errors
    try:
        proxy = model.get_proxy(data, cleaned=False)
    except InvalidData as exc:
        return None, [LineError(number, str(exc))]
    return _Entity(number, proxy), []


def read_entities(lines: Iterable[str]) -> list[_Entity]:
    """Every entity of the file, or `FtmImportError` with every problem found."""
    entities: list[_Entity] = []
    errors: list[LineError] = []
    seen: dict[str, int] = {}
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        entity, problems = _check_line(number, text)
        errors += problems
        if entity is None:
            continue
        if entity.proxy.id in seen:
            errors.append(
                LineError(number, f"id {entity.proxy.id!r} already on line {seen[entity.proxy.id]}")
            )
            continue
        seen[str(entity.proxy.id)] = number
        entities.append(entity)
    by_id = {e.proxy.id: e for e in entities}
    for entity in entities:
        if entity.proxy.schema.name not in IMPORTED:
            continue
        for prop, value in entity.proxy.itervalues():
            if prop.type.name == "entity" and value not in by_id:
                errors.append(LineError(entity.line, f"{prop.name}: no entity {value!r} in file"))
        errors += _check_meaning(entity, by_id)
    if errors:
        raise FtmImportError(sorted(errors, key=lambda e: e.line))
    return entities


def _check_meaning(entity: _Entity, by_id: dict[Any, _Entity]) -> list[LineError]:
    """What the case file needs beyond FtM's own rules."""
    proxy, errors = entity.proxy, []
    schema = proxy.schema.name
    if schema in LEGAL_ENTITIES and not proxy.first("name"):
        errors.append(LineError(entity.line, f"a {schema} needs a name"))
    if schema == "Occupancy":
        posts = [by_id[p] for p in proxy.get("post") if p in by_id]
        if not proxy.get("holder") or not posts:
            errors.append(LineError(entity.line, "an Occupancy needs a holder and a post"))
        elif not posts[0].proxy.first("country"):
            errors.append(LineError(entity.line, "the post of this Occupancy has no country"))
        elif not posts[0].proxy.first("name"):
            errors.append(LineError(entity.line, "the post of this Occupancy has no name"))
    if schema in ("Family", "Associate"):
        other = "relative" if schema == "Family" else "associate"
        if not proxy.get("person") or not proxy.get(other):
            errors.append(LineError(entity.line, f"a {schema} needs a person and a {other}"))
    return errors


def _date(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None  # FtM allows partial dates (1960, 1960-05); the case file keeps full ones
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _state(code: str | None, states: dict[str, State]) -> State | None:
    return states.get(code.upper()) if code else None


@transaction.atomic
def ftm_import(
    *,
    case: Case,
    entities: list[_Entity],
    dry_run: bool = False,
    progress: Callable[[int], None] = lambda n: None,
) -> ImportSummary:
    """Import `entities` (from `read_entities`) into `case`; roll everything back if `dry_run`."""
    by = case.lead_prosecutor
    summary = ImportSummary()
    states = {s.code: s for s in State.objects.all()}
    by_id = {e.proxy.id: e.proxy for e in entities}
    existing = {(s.kind, s.name): s for s in Subject.objects.filter(case=case)}
    subjects: dict[str, Subject] = {}
    new: set[str] = set()
    with trail.acting_as(user=by, label="command:import_ftm"):
        for entity in entities:
            proxy, schema = entity.proxy, entity.proxy.schema.name
            if schema not in LEGAL_ENTITIES:
                continue
            kind = "person" if schema == "Person" else "organization"
            name = str(proxy.first("name"))
            match = existing.get((kind, name))
            if match is not None:
                subjects[str(proxy.id)] = match
                summary.matched[schema] += 1
            else:
                subject = subject_create(case=case, by=by, data=_subject_data(proxy, states))
                existing[(kind, name)] = subjects[str(proxy.id)] = subject
                new.add(str(proxy.id))
                summary.created[schema] += 1
            progress(1)
        occupancies: dict[str, list[dict[str, Any]]] = {}
        relations: dict[str, tuple[Subject, str, str]] = {}
        for entity in entities:
            proxy, schema = entity.proxy, entity.proxy.schema.name
            if schema in LEGAL_ENTITIES:
                continue
            progress(1)
            if schema == "Position":
                continue  # counted with its occupancies
            if schema == "Occupancy":
                holder, post = str(proxy.first("holder")), by_id[proxy.first("post")]
                if holder not in subjects or holder not in new:
                    summary.skipped["Occupancy"] += 1  # a matched subject is left as it is
                    continue
                occupancies.setdefault(holder, []).append(
                    {
                        "position": str(post.first("name"))[:300],
                        "institution": str(post.first("description") or "")[:300],
                        "country": _state(post.first("country"), states),
                        "start_date": _date(proxy.first("startDate")),
                        "end_date": _date(proxy.first("endDate")),
                    }
                )
                summary.created["Occupancy"] += 1
            elif schema in ("Family", "Associate"):
                other = "relative" if schema == "Family" else "associate"
                person, related = str(proxy.first("person")), str(proxy.first(other))
                if related not in new or person not in subjects:
                    summary.skipped[schema] += 1
                    continue
                role: str = SubjectRole.FAMILY if schema == "Family" else SubjectRole.ASSOCIATE
                relationship = str(proxy.first("relationship") or "")[:100]
                relations[related] = (subjects[person], role, relationship)
                summary.created[schema] += 1
            elif schema == "Ownership":
                owner, owned = str(proxy.first("owner")), str(proxy.first("asset"))
                if (
                    owned not in new
                    or owner not in subjects
                    or by_id[owned].schema.name == "Person"
                ):
                    summary.skipped["Ownership"] += 1
                    continue
                role_text = str(proxy.first("role") or "")
                relationship = "" if role_text == "beneficial owner" else role_text[:100]
                relations[owned] = (subjects[owner], SubjectRole.CORPORATE_VEHICLE, relationship)
                summary.created["Ownership"] += 1
            else:
                summary.skipped[schema] += 1
        for ftm_id, rows in occupancies.items():
            subject = subjects[ftm_id]
            changes: dict[str, Any] = {"occupancies": rows}
            if subject.role == SubjectRole.OTHER:
                changes["role"] = SubjectRole.OFFICIAL
            subject_update(subject=subject, by=by, changes=changes)
        for ftm_id, (related_to, subject_role, relationship) in relations.items():
            subject = subjects[ftm_id]
            if subject.pk == related_to.pk:
                continue
            subject_update(
                subject=subject,
                by=by,
                changes={
                    "related_to": related_to,
                    "role": subject_role,
                    "relationship": relationship,
                },
            )
        if dry_run:
            transaction.set_rollback(True)
    return summary


def _subject_data(proxy: EntityProxy, states: dict[str, State]) -> dict[str, Any]:
    schema = proxy.schema.name
    identifiers = [
        {"type": kind, "value": value}
        for prop, kind in IDENTIFIERS.items()
        if proxy.schema.get(prop) is not None
        for value in proxy.get(prop)
    ]
    data: dict[str, Any] = {
        "name": str(proxy.first("name"))[:300],
        "aliases": [a for a in proxy.get("alias") if a][:50],
        "identifiers": identifiers,
    }
    if schema == "Person":
        topics = set(proxy.get("topics"))
        data["kind"] = "person"
        data["role"] = SubjectRole.OFFICIAL if "role.pep" in topics else SubjectRole.OTHER
        data["date_of_birth"] = _date(proxy.first("birthDate"))
        data["nationalities"] = [
            s for s in (_state(c, states) for c in proxy.get("nationality")) if s is not None
        ]
    else:
        data["kind"] = "organization"
        data["role"] = SubjectRole.OTHER
        legal_form = str(proxy.first("legalForm") or "")
        data["organization_type"] = (
            OrganizationType.COMPANY
            if schema == "Company"
            else legal_form
            if legal_form in OrganizationType.values and legal_form != "company"
            else OrganizationType.OTHER
        )
        data["incorporation_state"] = _state(proxy.first("jurisdiction"), states)
    return data
