"""`manage.py verify_audit`: recompute every hash chain of the audit trail.

For each chain (one per case, and `global`), events are read in sequence order, streamed from
one server-side cursor (no query per event), and checked:

- sequences are gapless from 1 (a deleted row leaves a gap);
- each event's `previous_hash` is the hash of the event before it (genesis: 64 zeros);
- each event's `hash` is SHA-256 over its canonical serialization (`trail.event_hash`), so an
  edited column shows at its row;
- the event is on the chain its case says it belongs to;
- the chain's head row (`AuditChain`) names the last event (a row inserted after the head, or
  the last row deleted, shows here).

Prints `chain <key> head sequence=<n> hash=<h>` for every chain, to be recorded outside the
database (a head recorded yesterday that no longer appears today means history was rewritten),
and `BROKEN chain=<key> sequence=<n> event=<id>: <reason>` at the first break of a chain.
Exits with status 1 when any chain is broken.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from audit import trail
from audit.models import AuditChain, AuditEvent

CHUNK_SIZE = 2000


@dataclass
class ChainCheck:
    """The state of one chain while its events stream by."""

    key: str
    last_sequence: int = 0
    last_hash: str = trail.GENESIS_HASH
    last_event: Any = None
    broken: str | None = None
    events: int = 0


class Command(BaseCommand):
    help = "Recompute the audit trail's hash chains; exit 1 naming the first broken event."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--chain", help="Check only this chain (a case's UUID, or 'global').")

    def handle(self, *args: Any, **options: Any) -> None:
        only: str | None = options.get("chain")
        heads = {
            head.key: head for head in AuditChain.objects.filter(**({"key": only} if only else {}))
        }
        checks: dict[str, ChainCheck] = {}
        for row in self.events(only):
            check = checks.get(row["chain"])
            if check is None:
                check = checks[row["chain"]] = ChainCheck(key=row["chain"])
            if check.broken is None:
                self.check_event(check, row)
        for key in heads.keys() - checks.keys():
            checks[key] = ChainCheck(key=key)
        if only and not checks:
            raise CommandError(f"No chain {only!r}.")

        broken = 0
        for key in sorted(checks):
            check = checks[key]
            if check.broken is None:
                self.check_head(check, heads.get(key))
            if check.broken is not None:
                broken += 1
                self.stdout.write(check.broken)
            head = heads.get(key)
            sequence = head.last_sequence if head else check.last_sequence
            digest = head.last_hash if head else check.last_hash
            self.stdout.write(f"chain {key} head sequence={sequence} hash={digest}")
        total = sum(check.events for check in checks.values())
        summary = f"{len(checks)} chain(s), {total} event(s) checked, {broken} broken"
        if broken:
            raise CommandError(summary)
        self.stdout.write(summary)

    def events(self, only: str | None) -> Iterator[dict[str, Any]]:
        events = AuditEvent.objects.order_by("chain", "sequence")
        if only:
            events = events.filter(chain=only)
        # Plain rows, not model instances: the hash needs only the columns.
        return events.values(*trail.HASHED_FIELDS, "hash").iterator(chunk_size=CHUNK_SIZE)

    def check_event(self, check: ChainCheck, row: dict[str, Any]) -> None:
        check.events += 1
        expected = check.last_sequence + 1
        reason = None
        if row["sequence"] != expected:
            reason = (
                f"expected sequence {expected}, found {row['sequence']}: "
                f"event(s) missing or inserted"
            )
        elif row["previous_hash"] != check.last_hash:
            reason = "previous_hash does not match the hash of the event before it"
        elif trail.event_hash(row) != row["hash"]:
            reason = "the stored hash does not match the event's content (the row was edited)"
        elif row["chain"] != trail.chain_key_for(row["case_id"]):
            reason = "the event's case does not belong to this chain"
        if reason is not None:
            check.broken = self.broken_line(check.key, expected, row["id"], reason)
            return
        check.last_sequence = row["sequence"]
        check.last_hash = row["hash"]
        check.last_event = row["id"]

    def check_head(self, check: ChainCheck, head: AuditChain | None) -> None:
        if head is None:
            check.broken = self.broken_line(
                check.key, 1, check.last_event, "events without a chain head row"
            )
        elif head.last_sequence > check.last_sequence:
            check.broken = self.broken_line(
                check.key,
                check.last_sequence + 1,
                "missing",
                f"the chain head names sequence {head.last_sequence}, "
                f"the last event is {check.last_sequence} (event(s) deleted)",
            )
        elif head.last_sequence < check.last_sequence or head.last_hash != check.last_hash:
            check.broken = self.broken_line(
                check.key,
                check.last_sequence,
                check.last_event,
                f"the chain head names sequence {head.last_sequence} with another hash "
                f"(event(s) inserted after the head, or the head row was edited)",
            )

    def broken_line(self, key: str, sequence: int, event: Any, reason: str) -> str:
        return f"BROKEN chain={key} sequence={sequence} event={event}: {reason}"
