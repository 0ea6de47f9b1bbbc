"""Identifiers in an asset's details: how each is written canonically and which standard it meets.

* IBAN: ISO 13616, checked against the SWIFT IBAN registry (country, length and layout of the
  domestic account part) and the ISO 7064 MOD 97-10 check digits.
* BIC: ISO 9362 (8 or 11 characters, the country an ISO 3166 code or Kosovo's ``XK``).
* ISIN: ISO 6166 (the issuing agency's country code, nine letters or digits, a Luhn check
  digit).
* Currencies: ISO 4217 (current codes, per ``pycountry``); countries: ISO 3166-1 alpha-2.
* IMO ship numbers (seven digits, the last a check digit), MMSI (nine digits).
* VIN: ISO 3779 (17 characters, never I, O or Q).  The 9th-character check digit is only
  mandatory in North America, so it is not verified.
* Aircraft registration marks (nationality prefix and registration).

The checks that a library has are python-stdnum's (IBAN, BIC, ISIN, IMO), wrapped so that each
problem keeps its own message; VIN, MMSI and registration marks have no library, so are ours.
"""

from __future__ import annotations

import re

import pycountry
from stdnum import bic as stdnum_bic
from stdnum import iban as stdnum_iban
from stdnum import imo as stdnum_imo
from stdnum import isin as stdnum_isin
from stdnum import numdb
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, ValidationError

from cases.asset_kinds.fields import InvalidValue

# ---------------------------------------------------------------------------------------------
# Normalizers
# ---------------------------------------------------------------------------------------------


def compact_upper(value: str) -> str:
    """Codes: no whitespace anywhere, capitals ("gb82 west 1234..." -> "GB82WEST1234...")."""
    return "".join(value.split()).upper()


def lower(value: str) -> str:
    return value.lower()


def single_spaced_upper(value: str) -> str:
    """Number plates: runs of whitespace become one space, capitals ("ab12  cde" -> "AB12 CDE")."""
    return " ".join(value.split()).upper()


def imo_normalizer(value: str) -> str:
    """IMO numbers are often written "IMO 9074729": keep the seven digits."""
    compact = compact_upper(value)
    return compact.removeprefix("IMO")


# ---------------------------------------------------------------------------------------------
# Countries and currencies
# ---------------------------------------------------------------------------------------------

#: ISO 4217 codes that name no currency: "no currency" and "for testing".
_NOT_A_CURRENCY = frozenset({"XXX", "XTS"})


def _require_form(pattern: str, value: str, code: str, message: str) -> None:
    """The value is written as `pattern` (ASCII only) says, or it is invalid with `message`."""
    if re.fullmatch(pattern, value, re.ASCII) is None:
        raise InvalidValue(code, message)


def _is_iso_country(code: str) -> bool:
    return (
        re.fullmatch(r"[A-Z]{2}", code, re.ASCII) is not None
        and pycountry.countries.get(alpha_2=code) is not None
    )


def validate_country(value: str) -> str:
    """ISO 3166-1 alpha-2 country code ("PA", "MT")."""
    if not _is_iso_country(value):
        raise InvalidValue(
            "invalid_country", f"{value!r} is not an ISO 3166 two-letter country code."
        )
    return value


def validate_currency(value: str) -> str:
    """ISO 4217 code of a current currency ("EUR", "USD", "CHF")."""
    if (
        re.fullmatch(r"[A-Z]{3}", value, re.ASCII) is None
        or value in _NOT_A_CURRENCY
        or pycountry.currencies.get(alpha_3=value) is None
    ):
        raise InvalidValue(
            "invalid_currency", f"{value!r} is not an ISO 4217 code of a current currency."
        )
    return value


# ---------------------------------------------------------------------------------------------
# IBAN (ISO 13616)
# ---------------------------------------------------------------------------------------------

#: The SWIFT IBAN registry, as python-stdnum keeps it (pinned in pyproject.toml): for each
#: country, the layout of the domestic account part (BBAN) in the registry's notation: "4!a"
#: four capitals, "6!n" six digits, "12!c" twelve capitals or digits.  The IBAN is the country
#: code, two check digits and the BBAN.
IBAN_REGISTRY: dict[str, str] = {
    prefix[1]: prefix[3]["bban"] for prefix in numdb.get("iban").prefixes
}

_BBAN_CLASSES = {"n": "[0-9]", "a": "[A-Z]", "c": "[A-Z0-9]"}


def _bban_pattern(layout: str) -> tuple[re.Pattern[str], int]:
    parts = re.findall(r"(\d+)!([nac])", layout)
    pattern = "".join(f"{_BBAN_CLASSES[kind]}{{{count}}}" for count, kind in parts)
    return re.compile(pattern, re.ASCII), sum(int(count) for count, _kind in parts)


#: Country -> (compiled BBAN layout, total IBAN length): each is told apart in the message.
_IBAN_FORMATS: dict[str, tuple[re.Pattern[str], int]] = {
    country: (pattern, 4 + length)
    for country, (pattern, length) in ((c, _bban_pattern(f)) for c, f in IBAN_REGISTRY.items())
}


def validate_iban(value: str) -> str:
    """IBAN, normalized without spaces and in capitals ("GB82WEST12345698765432")."""
    # ISO 13616-1: a country code and two check *digits* (stdnum would expand letters there, and
    # strip hyphens and dots, which we do not store).
    _require_form(
        r"[A-Z]{2}[0-9]{2}[A-Z0-9]+",
        value,
        "invalid_iban",
        "An IBAN is a two-letter country code, two check digits and the account number, "
        "in letters and digits only.",
    )
    country = value[:2]
    if country not in _IBAN_FORMATS:
        raise InvalidValue(
            "invalid_iban",
            f"{country} does not issue IBANs (SWIFT IBAN registry): record the account under "
            "'account_number' instead.",
        )
    bban_pattern, length = _IBAN_FORMATS[country]
    if len(value) != length:
        raise InvalidValue(
            "invalid_iban", f"An IBAN from {country} has {length} characters, not {len(value)}."
        )
    if bban_pattern.fullmatch(value[4:]) is None:
        raise InvalidValue(
            "invalid_iban",
            f"The account part does not have the layout of a {country} IBAN "
            f"({IBAN_REGISTRY[country]} in the SWIFT registry's notation).",
        )
    # ISO 7064 MOD 97-10 (stdnum), and ISO 13616-1's range of check digits, 02 to 98, which
    # stdnum does not check ("00", "01" and "99" can leave the number 1 modulo 97).  The
    # national account checks of stdnum's country modules are not ISO 13616: not applied.
    if not 2 <= int(value[2:4]) <= 98 or not stdnum_iban.is_valid(value, check_country=False):
        raise InvalidValue(
            "invalid_iban", "The IBAN's check digits do not match: it has been mistyped."
        )
    return value


# ---------------------------------------------------------------------------------------------
# BIC (ISO 9362), ISIN (ISO 6166), VIN (ISO 3779), ships, aircraft, numbers
# ---------------------------------------------------------------------------------------------


def validate_bic(value: str) -> str:
    """BIC / SWIFT code: 8 or 11 characters ("DEUTDEFF", "DEUTDEFF500")."""
    try:
        if stdnum_bic.compact(value) != value:  # it would drop hyphens: we store what was written
            raise InvalidFormat()
        stdnum_bic.validate(value)  # the country: ISO 3166 or Kosovo's XK, as SWIFT uses
    except InvalidComponent:
        raise InvalidValue(
            "invalid_bic",
            f"Characters 5-6 of a BIC are the bank's country; {value[4:6]!r} is not a country "
            "code.",
        ) from None
    except ValidationError:
        raise InvalidValue(
            "invalid_bic",
            "A BIC has 8 or 11 characters: four letters (bank), two letters (country), "
            "two letters or digits (location) and optionally three (branch).",
        ) from None
    return value


def validate_isin(value: str) -> str:
    """ISIN: 12 characters, the last a check digit ("US0378331005")."""
    _require_form(
        r"[A-Z]{2}[A-Z0-9]{9}[0-9]",
        value,
        "invalid_isin",
        "An ISIN has 12 characters: two letters, nine letters or digits, one check digit.",
    )
    if stdnum_isin.calc_check_digit(value[:-1]) != value[-1]:
        raise InvalidValue(
            "invalid_isin", "The ISIN's check digit does not match: it has been mistyped."
        )
    if not stdnum_isin.is_valid(value):
        # ISO 6166: the prefix is the ISO 3166 code of the issuing agency's country, or XS
        # (international), EU, or a code of the substitute agencies (XA-XF).
        raise InvalidValue(
            "invalid_isin",
            f"An ISIN starts with the country code of the agency that issued it (ISO 3166, or "
            f"XS, EU...); {value[:2]!r} is not one.",
        )
    return value


def validate_vin(value: str) -> str:
    """Vehicle identification number: 17 letters or digits, never I, O or Q."""
    # No library checks VINs (stdnum and rigour have none); ISO 3779's check digit is only
    # mandatory in North America, so the alphabet and the length are all we can check.
    _require_form(
        r"[A-HJ-NPR-Z0-9]{17}",
        value,
        "invalid_vin",
        "A VIN has 17 letters or digits and never contains the letters I, O or Q.",
    )
    return value


def validate_imo(value: str) -> str:
    """IMO ship number: seven digits, the last the check digit ("9074729")."""
    try:
        stdnum_imo.validate(value)
    except InvalidChecksum:
        raise InvalidValue(
            "invalid_imo", "The IMO number's check digit does not match: it has been mistyped."
        ) from None
    except ValidationError:
        raise InvalidValue(
            "invalid_imo", "An IMO number has seven digits (e.g. 'IMO 9074729')."
        ) from None
    return value


def validate_mmsi(value: str) -> str:
    """Maritime Mobile Service Identity: nine digits."""
    _require_form(r"[0-9]{9}", value, "invalid_mmsi", "An MMSI has nine digits.")
    return value


_REGISTRATION_MARK = re.compile(r"(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{1,3}-?[A-Z0-9]{1,6}", re.ASCII)


def validate_registration_mark(value: str) -> str:
    """Aircraft nationality and registration mark ("VP-BXX", "N123AB", "HB-JFA")."""
    if len(value) > 10 or _REGISTRATION_MARK.fullmatch(value) is None:
        raise InvalidValue(
            "invalid_registration_mark",
            "An aircraft registration mark is the nationality prefix and the registration, "
            "letters and digits with at most one hyphen (e.g. 'VP-BXX', 'N123AB').",
        )
    return value
