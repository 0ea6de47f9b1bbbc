"""FollowTheMoney (FtM): a case as FtM entities, and FtM entities into a case.

FtM is the investigators' lingua franca (Aleph, OpenSanctions). The export maps:

- subjects: persons to `Person`, organizations to `Company` (type company) or `Organization`;
- a subject's dated offices to `Position` + `Occupancy` (holder, post, start and end dates);
- relatives and associates (`related_to`) to `Family` and `Associate`; a nominee to
  `Representation`; a corporate vehicle to `Ownership` (its owner the subject it serves) when it
  is a company, else `UnknownLink`;
- assets by kind: `BankAccount`, `RealEstate`, `Company` (company shares), `Security`, `Vehicle`,
  `Vessel`, `Airplane`, `CryptoWallet`, and the generic `Asset` for cash, valuables and the rest;
  with an `Ownership` from the holder (role "holder") and the beneficial owner.

Ids are derived from the records' UUIDs (`ar-<uuid>`, links `ar-<uuid>-<what>`), so exporting
twice gives the same ids. The export is built from `visibility.visible`: a liaison's export has
no restricted subject or asset, and no link to one. Internal notes and sources never leave.

The import (`manage.py import_ftm`) is in `reports.ftm_import`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from cases.models import Asset, Case, Subject, SubjectRole, User
from matching.entities import (
    ASSET_SCHEMATA,
    asset_entity,
    entity_id,
    make_entity,
    subject_entity,
    subject_schema,
)

if TYPE_CHECKING:  # followthemoney itself loads with the first entity (matching.entities)
    from followthemoney.proxy import EntityProxy

__all__ = ["ASSET_SCHEMATA", "case_entities", "entity_id"]


def _occupancy_entities(subject: Subject) -> Iterator[EntityProxy]:
    for occupancy in subject.occupancies.all():
        position = make_entity(
            "Position",
            entity_id(occupancy.pk, "position"),
            name=occupancy.position,
            description=occupancy.institution,
            country=occupancy.country_id.lower(),
        )
        yield position
        yield make_entity(
            "Occupancy",
            entity_id(occupancy.pk),
            holder=entity_id(subject.pk),
            post=position.id,
            startDate=occupancy.start_date and occupancy.start_date.isoformat(),
            endDate=occupancy.end_date and occupancy.end_date.isoformat(),
        )


def _relation_entity(subject: Subject, target_schema: str) -> EntityProxy | None:
    """The link from a subject to the one it is related to (both visible)."""
    other, this = entity_id(subject.related_to_id), entity_id(subject.pk)
    link = entity_id(subject.pk, "relation")
    relationship = subject.relationship
    if subject.kind == "person" and subject.role == SubjectRole.FAMILY:
        if target_schema != "Person":
            return None
        return make_entity("Family", link, person=other, relative=this, relationship=relationship)
    if subject.kind == "person" and subject.role == SubjectRole.ASSOCIATE:
        if target_schema != "Person":
            return None
        return make_entity(
            "Associate", link, person=other, associate=this, relationship=relationship
        )
    if subject.role == SubjectRole.NOMINEE:
        return make_entity(
            "Representation", link, agent=this, client=other, role=relationship or "nominee"
        )
    if subject_schema(subject) == "Company":
        return make_entity(
            "Ownership", link, owner=other, asset=this, role=relationship or "beneficial owner"
        )
    return make_entity("UnknownLink", link, subject=other, object=this, role=relationship)


def _asset_entities(asset: Asset, visible_subjects: set[Any]) -> Iterator[EntityProxy]:
    entity = asset_entity(asset)
    yield entity
    details = asset.details or {}
    for owner_id, role in (
        (asset.holder_id, "holder"),
        (asset.beneficial_owner_id, "beneficial owner"),
    ):
        if owner_id is None or owner_id not in visible_subjects:
            continue
        ownership = make_entity(
            "Ownership",
            entity_id(asset.pk, role.replace(" ", "-")),
            owner=entity_id(owner_id),
            asset=entity.id,
            role=role,
        )
        if asset.kind == "company_shares" and role == "holder":
            ownership.add("sharesCount", details.get("share_count"))
            ownership.add("percentage", details.get("percentage"))
        yield ownership


def case_entities(*, case: Case, user: User) -> Iterator[EntityProxy]:
    """The case as FtM entities, as `user` may see it (a fixed number of queries)."""
    subjects = list(
        Subject.objects.visible_to(user)
        .filter(case=case)
        .prefetch_related("nationalities", "occupancies")
        .order_by("created_at", "id")
    )
    schemata = {subject.pk: subject_schema(subject) for subject in subjects}
    for subject in subjects:
        yield subject_entity(subject)
        yield from _occupancy_entities(subject)
    for subject in subjects:
        if subject.related_to_id is not None and subject.related_to_id in schemata:
            link = _relation_entity(subject, schemata[subject.related_to_id])
            if link is not None:
                yield link
    assets = Asset.objects.visible_to(user).filter(case=case).order_by("created_at", "id")
    for asset in assets.iterator(chunk_size=500):
        yield from _asset_entities(asset, set(schemata))
