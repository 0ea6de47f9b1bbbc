"""Watch lists: a PEP or sanctions list in FollowTheMoney JSON lines (OpenSanctions' format),
imported version by version, and every case's subjects screened against it (services).

Import (`watchlist_import`): the file's SHA-256 first, so a file already in force is a no-op;
then every line is read with FtM (`model.get_proxy`) and its Person, Organization, Company and
LegalEntity entities are written in batches, with their keys (matching.keys, the normalisation
of the match index), all in one transaction: a bad line anywhere leaves no version behind. The
new version replaces the list's entries; the hits on an entity that stays in the list follow it
to its new entry (with the team's judgement), those on an entity that left go. After the commit
every subject is screened again (matching.tasks, in chunks).

Screening (`screen`, for one subject or a chunk of them in the same few queries): the
subjects' keys find candidate entries in the current versions (equal identifiers or phonetic
names, trigram-similar names, as the matches between subjects are found), each is scored
with logic-v2 against the subject's FtM entity, and those at or above `MATCHING_THRESHOLD` are
the subject's hits. Idempotent: a re-screen updates the
hits it finds again and drops the undecided ones it no longer finds; a decided hit stays (the
team's judgement is part of the case file) until its entry leaves the list.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.db.models import QuerySet
from followthemoney import model
from followthemoney.exc import InvalidData
from followthemoney.proxy import EntityProxy

from cases.models import Subject
from core.parsers import JsonTooDeep, loads_bounded
from matching import keys, scoring
from matching.entities import subject_entity
from matching.models import WatchList, WatchListEntry, WatchListHit, WatchListKey, WatchListVersion
from matching.signals import enqueue_rescreen

__all__ = [
    "LEGAL_ENTITIES",
    "ImportResult",
    "WatchListFileError",
    "current_entries",
    "entry_entity",
    "rescreen_now",
    "screen",
    "screen_subject",
    "screen_subjects",
    "subject_id_chunks",
    "watchlist_import",
]

#: The schemata that can be a case's subject; every other line (Sanction, Position, Address,
#: ...) is skipped and counted.
LEGAL_ENTITIES = frozenset({"Person", "Organization", "Company", "LegalEntity"})
BATCH_SIZE = 1000
#: Subjects screened by one task of a rescreen.
SCREEN_CHUNK_SIZE = 500
#: At most this many candidate entries are scored for one subject.
MAX_CANDIDATES = 200
#: The errors a bad file's message lists (the first ones, by line).
MAX_ERRORS_SHOWN = 20


class WatchListFileError(ValueError):
    """The file is not a list we can import; nothing of it was written."""


@dataclass(frozen=True)
class ImportResult:
    version: WatchListVersion
    created: bool
    skipped: int = 0


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _proxy(number: int, text: str) -> EntityProxy:
    try:
        data = loads_bounded(text)
    except JsonTooDeep as exc:
        raise WatchListFileError(f"line {number}: not JSON we take ({exc})") from None
    except json.JSONDecodeError as exc:
        raise WatchListFileError(f"line {number}: not JSON ({exc.msg})") from None
    if not isinstance(data, dict):
        raise WatchListFileError(f"line {number}: not a JSON object")
    if not isinstance(data.get("id"), str) or not data["id"]:
        raise WatchListFileError(f"line {number}: the entity has no id")
    if model.get(str(data.get("schema") or "")) is None:
        raise WatchListFileError(f"line {number}: unknown schema {data.get('schema')!r}")
    if not isinstance(data.get("properties", {}), dict):
        raise WatchListFileError(f"line {number}: 'properties' is not an object")
    try:
        return model.get_proxy(data, cleaned=False)
    except (InvalidData, TypeError, ValueError) as exc:
        raise WatchListFileError(f"line {number}: {exc}") from None


def _entities(path: Path, skipped: list[int]) -> Iterator[EntityProxy]:
    """The file's legal entities, in order; `skipped` counts the other lines with an entity."""
    seen: dict[str, int] = {}
    try:
        with path.open(encoding="utf-8") as handle:
            for number, text in enumerate(handle, start=1):
                if not text.strip():
                    continue
                proxy = _proxy(number, text)
                if proxy.schema.name not in LEGAL_ENTITIES or not proxy.get("name"):
                    skipped[0] += 1
                    continue
                entity_id = str(proxy.id)[:255]
                if entity_id in seen:
                    raise WatchListFileError(
                        f"line {number}: id {entity_id!r} already on line {seen[entity_id]}"
                    )
                seen[entity_id] = number
                yield proxy
    except UnicodeDecodeError as exc:
        raise WatchListFileError(f"not UTF-8 text ({exc.reason})") from None


def _batches(items: Iterator[EntityProxy], size: int) -> Iterator[list[EntityProxy]]:
    batch: list[EntityProxy] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _write(version: WatchListVersion, proxies: list[EntityProxy]) -> int:
    entries = WatchListEntry.objects.bulk_create(
        [
            WatchListEntry(
                version=version,
                entity_id=str(proxy.id)[:255],
                schema=proxy.schema.name,
                caption=str(proxy.caption)[:500],
                properties=proxy.to_dict()["properties"],
            )
            for proxy in proxies
        ]
    )
    WatchListKey.objects.bulk_create(
        [
            WatchListKey(entry=entry, scheme=scheme, value=value)
            for entry in entries
            for scheme, value in sorted(keys.ftm_keys(entry.properties))
        ],
        batch_size=BATCH_SIZE * 4,
    )
    return len(entries)


def _carry_hits(previous: WatchListVersion, version: WatchListVersion) -> None:
    """Hits on an entity that is in both versions follow it to its new entry (3 queries)."""
    hits = list(WatchListHit.objects.filter(entry__version=previous).select_related("entry"))
    if not hits:
        return
    new_entries = dict(
        WatchListEntry.objects.filter(
            version=version, entity_id__in={hit.entry.entity_id for hit in hits}
        ).values_list("entity_id", "pk")
    )
    carried = [hit for hit in hits if hit.entry.entity_id in new_entries]
    for hit in carried:
        hit.entry_id = new_entries[hit.entry.entity_id]
    WatchListHit.objects.bulk_update(carried, ["entry"], batch_size=BATCH_SIZE)


def _drop_entries(version: WatchListVersion) -> None:
    """The entries of a version no longer in force, with their keys and remaining hits."""
    WatchListKey.objects.filter(entry__version=version).delete()
    WatchListHit.objects.filter(entry__version=version).delete()
    WatchListEntry.objects.filter(version=version).only("pk").delete()


@transaction.atomic
def watchlist_import(
    *, name: str, path: Path, label: str | None = None, source_url: str | None = None
) -> ImportResult:
    """Import `path` as the new version of the list `name` (created if new), or do nothing
    when it is the very file in force. `WatchListFileError` leaves nothing written."""
    digest = file_sha256(path)
    watch_list, _ = WatchList.objects.get_or_create(name=name)
    watch_list = (  # one import of a list at a time
        WatchList.objects.select_for_update(of=("self",))
        .select_related("current")
        .get(pk=watch_list.pk)
    )
    if source_url is not None and source_url != watch_list.source_url:
        watch_list.source_url = source_url
        watch_list.save(update_fields=["source_url"])
    previous = watch_list.current
    if previous is not None and previous.sha256 == digest:
        return ImportResult(version=previous, created=False)
    default_label = f"{datetime.now(UTC):%Y-%m-%d} {digest[:8]}"
    version = WatchListVersion.objects.create(
        watch_list=watch_list, label=(label or default_label)[:100], sha256=digest
    )
    skipped = [0]
    count = sum(_write(version, batch) for batch in _batches(_entities(path, skipped), BATCH_SIZE))
    if not count:
        raise WatchListFileError(
            "the file has no Person, Organization, Company or LegalEntity with a name"
        )
    version.entity_count = count
    version.save(update_fields=["entity_count"])
    if previous is not None:
        _carry_hits(previous, version)
        _drop_entries(previous)
    watch_list.current = version
    watch_list.save(update_fields=["current"])
    enqueue_rescreen(version.pk)
    return ImportResult(version=version, created=True, skipped=skipped[0])


def current_entries() -> QuerySet[WatchListEntry]:
    """The entries of every list's version in force."""
    in_force = WatchList.objects.filter(current__isnull=False).values("current_id")
    return WatchListEntry.objects.filter(version_id__in=in_force)


def entry_entity(entry: WatchListEntry) -> EntityProxy:
    return model.get_proxy(
        {"id": entry.entity_id, "schema": entry.schema, "properties": entry.properties},
        cleaned=True,
    )


def _candidates(
    subject_keys: list[set[tuple[str, str]]], entries: QuerySet[WatchListEntry]
) -> list[list[int]]:
    """For each subject's keys, the ids of the entries sharing one (equal identifier or
    phonetic name, trigram-similar name: `candidates.keys_q`'s rules), for all the subjects at
    once: one query over the key index, whatever their number."""
    if connection.vendor != "postgresql":
        # The demo's embedded SQLite has no trigrams: every entry in force is a candidate of
        # every subject with a key (the demo's list is a handful; production is PostgreSQL).
        scanned = list(entries.order_by("pk").values_list("pk", flat=True)[:MAX_CANDIDATES])
        return [scanned if pairs else [] for pairs in subject_keys]
    exact: tuple[list[int], list[str], list[str]] = ([], [], [])
    fuzzy: tuple[list[int], list[str]] = ([], [])
    for position, pairs in enumerate(subject_keys):
        for scheme, value in pairs:
            if scheme == keys.NAME:
                fuzzy[0].append(position)
                fuzzy[1].append(value)
            else:
                exact[0].append(position)
                exact[1].append(scheme)
                exact[2].append(value)
    found: list[set[int]] = [set() for _ in subject_keys]
    if exact[0] or fuzzy[0]:
        table = WatchListKey._meta.db_table
        with connection.cursor() as cursor:
            cursor.execute(
                # `%%` is pg_trgm's `%` (similarity above pg_trgm.similarity_threshold), read
                # from the GIN index for each of the subjects' names.
                f"SELECT w.position, k.entry_id FROM unnest(%s::int[], %s::text[], %s::text[]) "  # noqa: S608 (a table name only)
                f"AS w(position, scheme, value) JOIN {table} AS k "
                "ON k.scheme = w.scheme AND k.value = w.value "
                f"UNION SELECT w.position, k.entry_id FROM unnest(%s::int[], %s::text[]) "
                f"AS w(position, value) JOIN {table} AS k "
                f"ON k.scheme = '{keys.NAME}' AND k.value %% w.value",
                [*exact, *fuzzy],
            )
            for position, entry_id in cursor.fetchall():
                found[position].add(entry_id)
    return [sorted(ids)[:MAX_CANDIDATES] for ids in found]


def screen(
    *, subjects: Sequence[Subject], watch_lists: Sequence[WatchList] | None = None
) -> list[WatchListHit]:
    """Screen subjects against the current version of `watch_lists` (every list when None):
    write their hits, drop their undecided hits that no longer score. The same few queries
    for one subject or a chunk of them; the subjects' nationalities are best prefetched."""
    entries = current_entries()
    if watch_lists is not None:
        entries = entries.filter(version__watch_list__in=list(watch_lists))
    subject_keys = [
        keys.subject_keys(
            name=subject.name, aliases=subject.aliases, identifiers=subject.identifiers
        )
        for subject in subjects
    ]
    candidate_ids = _candidates(subject_keys, entries)
    wanted = {pk for ids in candidate_ids for pk in ids}
    by_id = {entry.pk: entry for entry in entries.filter(pk__in=wanted)} if wanted else {}
    found: list[WatchListHit] = []
    for subject, ids in zip(subjects, candidate_ids, strict=True):
        in_force = [by_id[pk] for pk in ids if pk in by_id]
        if not in_force:
            continue
        query = subject_entity(subject)
        for entry in in_force:
            candidate = entry_entity(entry)
            if not query.schema.can_match(candidate.schema):
                continue  # a person is never an organisation's hit
            value, explanation = scoring.score(query, candidate)
            if value >= settings.MATCHING_THRESHOLD:
                found.append(
                    WatchListHit(subject=subject, entry=entry, score=value, explanation=explanation)
                )
    kept = {(hit.subject_id, hit.entry_id) for hit in found}
    with transaction.atomic():
        undecided = WatchListHit.objects.filter(
            subject__in=[subject.pk for subject in subjects],
            judgement__isnull=True,
            entry__in=entries,
        ).values_list("pk", "subject_id", "entry_id")
        stale = [pk for pk, subject_id, entry_id in undecided if (subject_id, entry_id) not in kept]
        if stale:
            WatchListHit.objects.filter(pk__in=stale).delete()
        if found:
            WatchListHit.objects.bulk_create(
                found,
                update_conflicts=True,
                unique_fields=["subject", "entry"],
                update_fields=["score", "explanation", "screened_at"],
                batch_size=BATCH_SIZE,
            )
    return found


def screen_subject(*, subject: Subject) -> list[WatchListHit]:
    """Screen one subject against every list in force (a saved subject's indexing task)."""
    return screen(subjects=[subject])


def subject_id_chunks(size: int = SCREEN_CHUNK_SIZE) -> Iterator[list[str]]:
    """Every subject's id, in keyset pages (no OFFSET)."""
    last: Any = None
    while True:
        page = Subject.objects.order_by("pk")
        if last is not None:
            page = page.filter(pk__gt=last)
        ids = list(page.values_list("pk", flat=True)[:size])
        if not ids:
            return
        yield [str(pk) for pk in ids]
        last = ids[-1]


def screen_subjects(*, subject_ids: Sequence[str], watch_list: WatchList) -> int:
    """Screen a chunk of subjects against one list (a rescreen task's work)."""
    subjects = (
        Subject.objects.filter(pk__in=list(subject_ids))
        .select_related("case")
        .prefetch_related("nationalities")
        .order_by("pk")
    )
    chunk = list(subjects)
    screen(subjects=chunk, watch_lists=[watch_list])
    return len(chunk)


def rescreen_now(version: WatchListVersion) -> int:
    """Screen every subject against `version`'s list in this process (the demo, an operator
    without a worker); the tasks do the same in chunks."""
    return sum(
        screen_subjects(subject_ids=ids, watch_list=version.watch_list)
        for ids in subject_id_chunks()
    )
