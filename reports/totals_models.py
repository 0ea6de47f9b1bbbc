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
"""

from __future__ import annotations

from django.db import models

from cases.visibility import CaseChildQuerySet
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


class ReportAssetTotal(models.Model):
    """Assets of one case (restricted or not) by stage, freeze expiry, jurisdiction, currency."""

    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="+")
    # The case's owning state (which never changes): a prosecutor's rows are one index read.
    owner_state = models.ForeignKey("cases.State", on_delete=models.DO_NOTHING, related_name="+")
    # The case's origin (kept: the report groups by it without joining a case per row; a
    # change of a case's origin recomputes its rows).
    origin_state = models.ForeignKey("cases.State", on_delete=models.DO_NOTHING, related_name="+")
    restricted = models.BooleanField()
    stage = models.CharField(max_length=16)
    # Frozen assets only: whether the freeze has lapsed depends on the day the report is read.
    freeze_expires_on = models.DateField(null=True)
    jurisdiction = models.ForeignKey("cases.State", on_delete=models.DO_NOTHING, related_name="+")
    currency = models.CharField(max_length=3, blank=True)
    assets = models.IntegerField()
    ever_frozen = models.IntegerField()
    estimated = _amount(null=True)
    recovery_rows = models.IntegerField()
    frozen = _amount()
    seized = _amount()
    confiscated = _amount()
    returned = _amount()
    deducted_expenses = _amount()

    objects = ReportTotalQuerySet.as_manager()

    class Meta:
        indexes = [
            models.Index(fields=["case", "restricted"], name="report_asset_total_case_idx"),
            models.Index(fields=["owner_state"], name="report_asset_total_owner_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.case_id} {self.stage} {self.jurisdiction_id} {self.currency}"


class ReportActTotal(models.Model):
    """Acts on the assets of one case (restricted or not) by year, action and currency, with
    their amounts as corrected (corrections themselves are not acts)."""

    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="+")
    owner_state = models.ForeignKey("cases.State", on_delete=models.DO_NOTHING, related_name="+")
    restricted = models.BooleanField()
    year = models.IntegerField()
    action = models.CharField(max_length=24)
    currency = models.CharField(max_length=3, blank=True)
    acts = models.IntegerField()
    amount = _amount(null=True)

    objects = ReportTotalQuerySet.as_manager()

    class Meta:
        indexes = [
            models.Index(fields=["case", "restricted"], name="report_act_total_case_idx"),
            models.Index(fields=["owner_state"], name="report_act_total_owner_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.case_id} {self.year} {self.action} {self.currency}"
