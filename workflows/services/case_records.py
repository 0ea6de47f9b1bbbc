"""What every record of the proceeds (value orders, sharing agreements, third-party claims)
checks before it is written: the one team rule of the asset acts, the case taking writes, and
that what it names belongs to the same case."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Model

from cases.models import Asset, Case, User
from cases.services.case_file import check_case_takes_writes
from cases.visibility import can_edit_case
from workflows.services.asset_transitions import check_records_acts

__all__ = ["check_records_on", "error", "same_case"]


def error(attr: str, message: str, code: str) -> ValidationError:
    return ValidationError({attr: ValidationError(message, code)})


def check_records_on(by: User, case: Case, *, asset: Asset | None = None) -> None:
    """Only the case's team records these, as it records the acts on its assets: the asset
    rules' own check (`check_records_acts`) for a record on an asset, and for one on the case
    the rule behind that check's `CASE_TEAM` actor (`can_edit_case`). PermissionDenied (403)
    otherwise; and the case must take writes (not archived)."""
    if asset is not None:
        check_records_acts(by, asset)
    elif not can_edit_case(by, case):
        raise PermissionDenied(f"Only the team of case {case.reference} records this.")
    check_case_takes_writes(case)


def same_case(attr: str, obj: Model | None, case: Case) -> None:
    if obj is not None and getattr(obj, "case_id", None) != case.pk:
        raise error(attr, "Must belong to the same case.", "other_case")
