"""What a field of an asset's details is, what a rule over several fields is, and the errors."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

#: The "field" of an error that concerns the details as a whole (not an object, unknown kind,
#: too many unknown keys).  Every other error names one field, and no field gets two errors.
NON_FIELD = ""

#: One error: (field name, machine code, message for a person).
DetailError = tuple[str, str, str]


class InvalidValue(ValueError):
    """Raised by a validator: the value breaks the field's standard."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class AssetDetailsError(ValueError):
    """The details of an asset break the table; ``errors`` lists every problem found."""

    def __init__(self, errors: list[DetailError]) -> None:
        super().__init__("; ".join(f"{name}: {message}" for name, _code, message in errors))
        self.errors = errors

    def as_dict(self) -> dict[str, list[str]]:
        """Messages grouped by field, in the shape of a DRF ``ValidationError`` detail."""
        grouped: dict[str, list[str]] = {}
        for name, _code, message in self.errors:
            grouped.setdefault(name, []).append(message)
        return grouped

    def codes(self) -> dict[str, list[str]]:
        """Machine codes grouped by field, parallel to ``as_dict``."""
        grouped: dict[str, list[str]] = {}
        for name, code, _message in self.errors:
            grouped.setdefault(name, []).append(code)
        return grouped


@dataclass(frozen=True)
class DetailField:
    """One key that the details of a kind may hold."""

    name: str
    label: str
    required: bool = False
    max_length: int = 200
    #: Takes the normalized value; returns it (possibly in a more canonical form) or raises
    #: ``InvalidValue``.
    validator: Callable[[str], str] | None = None
    #: Rewrites the trimmed value in its canonical form before the length and validity checks.
    normalizer: Callable[[str], str] | None = None
    #: When not empty, the only values accepted (after normalization).
    choices: tuple[str, ...] = ()
    help_text: str = ""


@dataclass(frozen=True)
class KindRule:
    """A rule that involves several fields of one kind.

    ``check`` sees the normalized values of the fields that passed their own checks and returns
    the errors it finds.  It is skipped when one of ``fields`` already has an error, so a person
    is never told twice about one mistake.
    """

    description: str
    fields: tuple[str, ...]
    check: Callable[[Mapping[str, str]], list[DetailError]]
