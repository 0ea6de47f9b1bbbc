"""Exchange rates for reports (imported by workflows.models).

Rates are the ECB's euro foreign exchange reference rates: one euro buys `per_eur` units of
`currency` on `rate_date`. Loaded by `manage.py load_fx_rates FILE` (reports.fx); reports
convert with the latest rate on or before their date and say which date they used.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q


class FxRate(models.Model):
    currency = models.CharField(max_length=3)
    rate_date = models.DateField()
    per_eur = models.DecimalField(
        max_digits=20, decimal_places=8, help_text="Units of `currency` for one euro."
    )
    loaded_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "workflows_fxrate"  # moved from workflows; the table kept its name
        ordering = ["currency", "-rate_date"]
        constraints = [
            models.UniqueConstraint(fields=["currency", "rate_date"], name="fx_rate_once_a_day"),
            models.CheckConstraint(condition=Q(per_eur__gt=0), name="fx_rate_positive"),
        ]

    def __str__(self) -> str:
        return f"1 EUR = {self.per_eur} {self.currency} ({self.rate_date})"


# The summary's kept totals (issue 22), in a module of their own.
from reports.totals_models import (  # noqa: E402
    ReportActTotal,
    ReportAssetTotal,
    ReportPartnerActTotal,
    ReportPartnerAssetTotal,
    ReportStateActTotal,
    ReportStateAssetTotal,
)

__all__ = [
    "FxRate",
    "ReportActTotal",
    "ReportAssetTotal",
    "ReportPartnerActTotal",
    "ReportPartnerAssetTotal",
    "ReportStateActTotal",
    "ReportStateAssetTotal",
]
