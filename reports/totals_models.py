"""The summary report's kept totals (issue 22): per case, per restricted flag, per report key.

The summary used to aggregate every visible asset, recovery figure and act on each request (a
million assets at scale L: 650 ms). These two tables hold the same sums, per case and per the
assets' `restricted` flag, so that the report sums a few rows per visible case instead, read
through `visible_to` like every other case child (a liaison's rows are those of the cases shared
with their state, restricted rows left out: the same rule, never a copy of it).

They are kept by PostgreSQL itself (migration `reports.0002_report_totals`): statement triggers
on the assets, their recovery figures and the acts recompute the totals of the cases a statement
touched, in the statement's transaction, under a lock on those cases. So no write can forget
them: the services (asset create and update, every transition and correction, bulk acts), the
seeding's COPY, an admin's fix or a test's `.update()` alike (and a change of a case's origin,
which the rows copy). The case's sharing or archiving never reach these rows: visibility is
applied when the report is read. `manage.py report_totals_rebuild` recomputes them all (a
database loaded with the triggers off). On another database (the demo's SQLite) there are no
triggers and these tables stay empty: the report computes from the rows there
(`reports.summary`).

A row's figures are those of the assets (and acts) of its key; `assets` counts the assets under
their estimated value's currency (`currency` = '' for those without one), the recovery figures
are under their own currency, so one row can carry both. `recovery_rows` counts the recovery
rows summed, so that a currency with only zero figures still shows as the live report showed it.

The owning state's prosecutors and admins see every case of their state, restricted items
included (`cases.visibility.state_seen_whole`): their summary summed every row of 20,000 cases
(465 ms at L). `ReportStateAssetTotal` and `ReportStateActTotal` hold the same sums per owning
state, kept by triggers on the two tables above (migration `reports.0003_state_totals`): each
insert or delete of a case's row adds a delta row (+ or -), so no row is shared by two writers
and no write of a state waits for another; the deltas of a state are summed into one row per key
now and then (`report_state_totals_compact`, run by the trigger itself every ~1,000 deltas under
a try-lock, so it never waits either). The asset roll-up holds the marginals the report shows
(per stage, per jurisdiction, per owner state, per origin state, each per currency), not their
product: a few hundred rows per state. Whether a freeze has lapsed depends on the day the report
is read: frozen assets count under `stage = frozen` there, and the report reads the freezes
still in force from the per-case rows (`report_asset_total_frozen_idx`) in the same statement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Self

from django.db import models

from cases.visibility import CaseChildQuerySet, state_seen_through_shares, state_seen_whole

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from cases.models import User
from core.money import AMOUNT_DIGITS, AMOUNT_PLACES


class ReportTotalQuerySet(CaseChildQuerySet[models.Model]):
    """Kept totals: seen exactly as the assets they sum (the case rule and the flag)."""

    case_path = "case"
    restricted_path = "restricted"
    owner_state_path = "owner_state_id"


def _amount(*, null: bool = False) -> models.DecimalField:
    # Room for the sum of a million amounts of the widest kind.
    return models.DecimalField(
        max_digits=AMOUNT_DIGITS + 6, decimal_places=AMOUNT_PLACES, null=null
    )


class CaseTotal(models.Model):
    """A row of one case's kept totals, per currency and per the assets' `restricted` flag."""

    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="+")
    # The case's owning state (which never changes): a prosecutor's rows are one index read.
    owner_state = models.ForeignKey("cases.State", on_delete=models.DO_NOTHING, related_name="+")
    restricted = models.BooleanField()
    currency = models.CharField(max_length=3, blank=True)

    objects = ReportTotalQuerySet.as_manager()

    class Meta:
        abstract = True


class AssetFigures(models.Model):
    """The sums an asset row keeps, per case and per state alike: how many assets, how many were
    ever frozen, their estimated value, and their recovery figures (`RECOVERY_FIGURES` of
    `cases.models.assets`) with the count of recovery rows summed."""

    assets = models.IntegerField()
    ever_frozen = models.IntegerField()
    estimated = _amount(null=True)
    recovery_rows = models.IntegerField()
    frozen = _amount()
    seized = _amount()
    confiscated = _amount()
    returned = _amount()
    deducted_expenses = _amount()

    class Meta:
        abstract = True


class ReportAssetTotal(CaseTotal, AssetFigures):
    """Assets of one case (restricted or not) by stage, freeze expiry, jurisdiction, currency."""

    # The case's origin (kept: the report groups by it without joining a case per row; a
    # change of a case's origin recomputes its rows).
    origin_state = models.ForeignKey("cases.State", on_delete=models.DO_NOTHING, related_name="+")
    stage = models.CharField(max_length=16)
    # Frozen assets only: whether the freeze has lapsed depends on the day the report is read.
    freeze_expires_on = models.DateField(null=True)
    jurisdiction = models.ForeignKey("cases.State", on_delete=models.DO_NOTHING, related_name="+")

    class Meta:
        indexes = [
            models.Index(fields=["case", "restricted"], name="report_asset_total_case_idx"),
            models.Index(fields=["owner_state"], name="report_asset_total_owner_idx"),
            # The freezes of a state that may be in force on the day of a report.
            models.Index(
                fields=["owner_state", "freeze_expires_on"],
                condition=models.Q(stage="frozen"),
                name="report_asset_total_frozen_idx",
            ),
            # The freezes a partner state may see in force: one probe per shared case, most
            # finding none, into this small index instead of every row of the case (at L, 25
            # ms for the 4,974 cases shared with a state).
            models.Index(
                fields=["case"],
                condition=models.Q(stage="frozen", restricted=False),
                name="report_shared_frozen_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.case_id} {self.stage} {self.jurisdiction_id} {self.currency}"


class ReportActTotal(CaseTotal):
    """Acts on the assets of one case (restricted or not) by year, action and currency, with
    their amounts as corrected (corrections themselves are not acts)."""

    year = models.IntegerField()
    action = models.CharField(max_length=24)
    acts = models.IntegerField()
    amount = _amount(null=True)

    class Meta:
        indexes = [
            models.Index(fields=["case", "restricted"], name="report_act_total_case_idx"),
            models.Index(fields=["owner_state"], name="report_act_total_owner_idx"),
            # A partner state's acts per year: its shared cases' non-restricted rows read from
            # the index alone, one probe per case, instead of a scan of every case's rows (at
            # L, 99 ms to 44 ms for 4,974 shared cases).
            models.Index(
                fields=["case"],
                include=["year", "action", "currency", "acts", "amount"],
                condition=models.Q(restricted=False),
                name="report_act_total_shared_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.case_id} {self.year} {self.action} {self.currency}"


class RollUpQuerySet(models.QuerySet[models.Model]):
    """Roll-ups of one state: only for a user whom `state_of` gives that state; anyone else
    gets no row (and sums the per-case rows)."""

    state_field: ClassVar[str]

    @staticmethod
    def state_of(user: User | AnonymousUser | None) -> str | None:
        raise NotImplementedError

    def visible_to(self, user: User | AnonymousUser | None) -> Self:
        state = self.state_of(user)
        return self.none() if state is None else self.filter(**{self.state_field: state})


class StateTotalQuerySet(RollUpQuerySet):
    """Roll-ups of a whole state: only for a user who sees every case of it, restricted items
    included (`state_seen_whole`)."""

    state_field = "owner_state_id"
    state_of = staticmethod(state_seen_whole)


class PartnerTotalQuerySet(RollUpQuerySet):
    """Roll-ups of what is shared with a partner state: only for a user who sees exactly that
    (`state_seen_through_shares`, a liaison of the state)."""

    state_field = "partner_state_id"
    state_of = staticmethod(state_seen_through_shares)


class RollUpDelta(models.Model):
    """A delta row of a roll-up, per currency; `rows` counts the per-case rows it stands for
    (+ on insert, - on delete), so a key whose rows sum to 0 has none left."""

    currency = models.CharField(max_length=3, blank=True)
    rows = models.IntegerField()

    class Meta:
        abstract = True


class StateTotalDelta(RollUpDelta):
    """A delta row of one owning state's roll-up (reports.0003)."""

    # No constraint: a delta mirrors a per-case row, which holds the foreign key (and a check
    # per delta at every commit would cost the writes).
    owner_state = models.ForeignKey(
        "cases.State", on_delete=models.DO_NOTHING, related_name="+", db_constraint=False
    )

    objects = StateTotalQuerySet.as_manager()

    class Meta:
        abstract = True


#: The groupings of the asset roll-up (reports.summary.DIMENSIONS, by the roll-up's names).
STATE_DIMENSIONS = ("stage", "jurisdiction", "owner_state", "origin_state")


class RolledAssetFigures(AssetFigures):
    """The asset figures of a roll-up, per grouping (one of STATE_DIMENSIONS) and key (the stage
    or the state's code). `estimated_rows` counts the per-case rows with an estimated value
    (none: the estimate is null, as a sum of nulls is)."""

    dimension = models.CharField(max_length=16)
    key = models.CharField(max_length=16)
    estimated_rows = models.IntegerField()

    class Meta:
        abstract = True


class ReportStateAssetTotal(StateTotalDelta, RolledAssetFigures):
    """Deltas of the asset totals of one owning state, per grouping, key and currency: their sum
    per (dimension, key, currency) is the sum of the state's `ReportAssetTotal` rows there."""

    class Meta:
        indexes = [models.Index(fields=["owner_state"], name="report_state_asset_owner_idx")]

    def __str__(self) -> str:
        return f"{self.owner_state_id} {self.dimension} {self.key} {self.currency}"


class RolledActFigures(models.Model):
    """The act figures of a roll-up, per year and action: `amount_rows` counts the per-case rows
    with an amount (none: the amount is null)."""

    year = models.IntegerField()
    action = models.CharField(max_length=24)
    acts = models.IntegerField()
    amount = _amount(null=True)
    amount_rows = models.IntegerField()

    class Meta:
        abstract = True


class ReportStateActTotal(StateTotalDelta, RolledActFigures):
    """Deltas of the act totals of one owning state per year, action and currency (as
    `ReportStateAssetTotal`: summed per key, they are the sums of the state's
    `ReportActTotal` rows)."""

    class Meta:
        indexes = [models.Index(fields=["owner_state"], name="report_state_act_owner_idx")]

    def __str__(self) -> str:
        return f"{self.owner_state_id} {self.year} {self.action} {self.currency}"


class PartnerTotalDelta(RollUpDelta):
    """A delta row of the roll-up of what is shared with one partner state: kept by the triggers
    of migrations `reports.0005` and `reports.0007`.

    A share that expired without being revoked is still summed (an expiry is a date, no
    write): the report subtracts the rows of those cases when it reads, so what it shows is
    exactly what the shares in force show (`reports.summary`)."""

    partner_state = models.ForeignKey(
        "cases.State", on_delete=models.DO_NOTHING, related_name="+", db_constraint=False
    )

    objects = PartnerTotalQuerySet.as_manager()

    class Meta:
        abstract = True


class ReportPartnerAssetTotal(PartnerTotalDelta, RolledAssetFigures):
    """Deltas of the asset totals shared with one partner state (issue 22): their sum per
    (dimension, key, currency) is the sum of the non-restricted `ReportAssetTotal` rows of the
    cases that have a share with the state not revoked."""

    class Meta:
        indexes = [models.Index(fields=["partner_state"], name="report_partner_asset_idx")]

    def __str__(self) -> str:
        return f"{self.partner_state_id} {self.dimension} {self.key} {self.currency}"


class ReportPartnerActTotal(PartnerTotalDelta, RolledActFigures):
    """Deltas of the act totals shared with one partner state per year, action and currency:
    summed per key, the non-restricted `ReportActTotal` rows of the cases that have a share
    with the state not revoked."""

    class Meta:
        indexes = [models.Index(fields=["partner_state"], name="report_partner_act_idx")]

    def __str__(self) -> str:
        return f"{self.partner_state_id} {self.year} {self.action} {self.currency}"
