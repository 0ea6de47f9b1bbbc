"""Identifiers in an asset's details: how each is written canonically and which standard it meets.

* IBAN: ISO 13616, checked against the SWIFT IBAN registry (country, length and layout of the
  domestic account part) and the ISO 7064 MOD 97-10 check digits.
* BIC: ISO 9362 (8 or 11 characters, the country an ISO 3166 code or Kosovo's ``XK``).
* ISIN: ISO 6166 (two letters, nine letters or digits, a Luhn check digit).
* Currencies: ISO 4217 (current codes, per ``pycountry``); countries: ISO 3166-1 alpha-2.
* IMO ship numbers (seven digits, the last a check digit), MMSI (nine digits).
* VIN: ISO 3779 (17 characters, never I, O or Q).  The 9th-character check digit is only
  mandatory in North America, so it is not verified.
* Aircraft registration marks (nationality prefix and registration).
"""

from __future__ import annotations

import re

import pycountry

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

#: Codes that banks (SWIFT) use although ISO 3166 has not assigned them: Kosovo.
_BANKING_EXTRA_COUNTRIES = frozenset({"XK"})

#: ISO 4217 codes that name no currency: "no currency" and "for testing".
_NOT_A_CURRENCY = frozenset({"XXX", "XTS"})


def is_iso_country(code: str) -> bool:
    return (
        re.fullmatch(r"[A-Z]{2}", code, re.ASCII) is not None
        and pycountry.countries.get(alpha_2=code) is not None
    )


def validate_country(value: str) -> str:
    """ISO 3166-1 alpha-2 country code ("PA", "MT")."""
    if not is_iso_country(value):
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

#: The SWIFT IBAN registry: for each country, the layout of the domestic account part (BBAN) in
#: the registry's notation: "4!a" four capitals, "6!n" six digits, "12!c" twelve capitals or
#: digits.  The IBAN is the country code, two check digits and the BBAN.
IBAN_REGISTRY: dict[str, str] = {
    "AD": "4!n4!n12!c",
    "AE": "3!n16!n",
    "AL": "8!n16!c",
    "AT": "5!n11!n",
    "AZ": "4!a20!c",
    "BA": "3!n3!n8!n2!n",
    "BE": "3!n7!n2!n",
    "BG": "4!a4!n2!n8!c",
    "BH": "4!a14!c",
    "BI": "5!n5!n11!n2!n",
    "BR": "8!n5!n10!n1!a1!c",
    "BY": "4!c4!n16!c",
    "CH": "5!n12!c",
    "CR": "4!n14!n",
    "CY": "3!n5!n16!c",
    "CZ": "4!n6!n10!n",
    "DE": "8!n10!n",
    "DJ": "5!n5!n11!n2!n",
    "DK": "4!n9!n1!n",
    "DO": "4!c20!n",
    "EE": "2!n14!n",
    "EG": "4!n4!n17!n",
    "ES": "4!n4!n1!n1!n10!n",
    "FI": "3!n11!n",
    "FK": "2!a12!n",
    "FO": "4!n9!n1!n",
    "FR": "5!n5!n11!c2!n",
    "GB": "4!a6!n8!n",
    "GE": "2!a16!n",
    "GI": "4!a15!c",
    "GL": "4!n9!n1!n",
    "GR": "3!n4!n16!c",
    "GT": "4!c20!c",
    "HN": "4!a20!n",
    "HR": "7!n10!n",
    "HU": "3!n4!n1!n15!n1!n",
    "IE": "4!a6!n8!n",
    "IL": "3!n3!n13!n",
    "IQ": "4!a3!n12!n",
    "IS": "4!n2!n6!n10!n",
    "IT": "1!a5!n5!n12!c",
    "JO": "4!a4!n18!c",
    "KW": "4!a22!c",
    "KZ": "3!n13!c",
    "LB": "4!n20!c",
    "LC": "4!a24!c",
    "LI": "5!n12!c",
    "LT": "5!n11!n",
    "LU": "3!n13!c",
    "LV": "4!a13!c",
    "LY": "3!n3!n15!n",
    "MC": "5!n5!n11!c2!n",
    "MD": "2!c18!c",
    "ME": "3!n13!n2!n",
    "MK": "3!n10!c2!n",
    "MN": "4!n12!n",
    "MR": "5!n5!n11!n2!n",
    "MT": "4!a5!n18!c",
    "MU": "4!a2!n2!n12!n3!n3!a",
    "NI": "4!a20!n",
    "NL": "4!a10!n",
    "NO": "4!n6!n1!n",
    "OM": "3!n16!c",
    "PK": "4!a16!c",
    "PL": "8!n16!n",
    "PS": "4!a21!c",
    "PT": "4!n4!n11!n2!n",
    "QA": "4!a21!c",
    "RO": "4!a16!c",
    "RS": "3!n13!n2!n",
    "RU": "9!n5!n15!c",
    "SA": "2!n18!c",
    "SC": "4!a2!n2!n16!n3!a",
    "SD": "2!n12!n",
    "SE": "3!n16!n1!n",
    "SI": "5!n8!n2!n",
    "SK": "4!n6!n10!n",
    "SM": "1!a5!n5!n12!c",
    "SO": "4!n3!n12!n",
    "ST": "8!n11!n2!n",
    "SV": "4!a20!n",
    "TL": "3!n14!n2!n",
    "TN": "2!n3!n13!n2!n",
    "TR": "5!n1!n16!c",
    "UA": "6!n19!c",
    "VA": "3!n15!n",
    "VG": "4!a16!n",
    "XK": "4!n10!n2!n",
    "YE": "4!a4!n18!c",
}

_BBAN_CLASSES = {"n": "[0-9]", "a": "[A-Z]", "c": "[A-Z0-9]"}


def _bban_pattern(layout: str) -> tuple[re.Pattern[str], int]:
    parts = re.findall(r"(\d+)!([nac])", layout)
    if "".join(f"{count}!{kind}" for count, kind in parts) != layout:
        raise ValueError(f"bad BBAN layout {layout!r}")  # a typo in the table above
    pattern = "".join(f"{_BBAN_CLASSES[kind]}{{{count}}}" for count, kind in parts)
    return re.compile(pattern, re.ASCII), sum(int(count) for count, _kind in parts)


#: Country -> (compiled BBAN layout, total IBAN length).
_IBAN_FORMATS: dict[str, tuple[re.Pattern[str], int]] = {
    country: (pattern, 4 + length)
    for country, (pattern, length) in ((c, _bban_pattern(f)) for c, f in IBAN_REGISTRY.items())
}


def _alnum_to_digits(value: str) -> str:
    """ISO 7064 / ISO 6166 expansion: digits stay, A=10 ... Z=35.  ``value`` is [A-Z0-9]."""
    return "".join(str(int(char, 36)) for char in value)


def validate_iban(value: str) -> str:
    """IBAN, normalized without spaces and in capitals ("GB82WEST12345698765432")."""
    if re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]+", value, re.ASCII) is None:
        raise InvalidValue(
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
    # ISO 7064 MOD 97-10: check digits 02..98, and the rearranged number is 1 modulo 97.
    check_digits = int(value[2:4])
    rearranged = value[4:] + value[:4]
    if not 2 <= check_digits <= 98 or int(_alnum_to_digits(rearranged)) % 97 != 1:
        raise InvalidValue(
            "invalid_iban", "The IBAN's check digits do not match: it has been mistyped."
        )
    return value


# ---------------------------------------------------------------------------------------------
# BIC (ISO 9362), ISIN (ISO 6166), VIN (ISO 3779), ships, aircraft, numbers
# ---------------------------------------------------------------------------------------------

_BIC = re.compile(r"[A-Z]{4}([A-Z]{2})[A-Z0-9]{2}([A-Z0-9]{3})?", re.ASCII)


def validate_bic(value: str) -> str:
    """BIC / SWIFT code: 8 or 11 characters ("DEUTDEFF", "DEUTDEFF500")."""
    match = _BIC.fullmatch(value)
    if match is None:
        raise InvalidValue(
            "invalid_bic",
            "A BIC has 8 or 11 characters: four letters (bank), two letters (country), "
            "two letters or digits (location) and optionally three (branch).",
        )
    country = match.group(1)
    if not (is_iso_country(country) or country in _BANKING_EXTRA_COUNTRIES):
        raise InvalidValue(
            "invalid_bic",
            f"Characters 5-6 of a BIC are the bank's country; {country!r} is not a country code.",
        )
    return value


def _luhn_ok(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        digit = int(char)
        if position % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def validate_isin(value: str) -> str:
    """ISIN: 12 characters, the last a check digit ("US0378331005")."""
    if re.fullmatch(r"[A-Z]{2}[A-Z0-9]{9}[0-9]", value, re.ASCII) is None:
        raise InvalidValue(
            "invalid_isin",
            "An ISIN has 12 characters: two letters, nine letters or digits, one check digit.",
        )
    if not _luhn_ok(_alnum_to_digits(value)):
        raise InvalidValue(
            "invalid_isin", "The ISIN's check digit does not match: it has been mistyped."
        )
    return value


def validate_vin(value: str) -> str:
    """Vehicle identification number: 17 letters or digits, never I, O or Q."""
    if re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", value, re.ASCII) is None:
        raise InvalidValue(
            "invalid_vin",
            "A VIN has 17 letters or digits and never contains the letters I, O or Q.",
        )
    return value


def validate_imo(value: str) -> str:
    """IMO ship number: seven digits, the last the check digit ("9074729")."""
    if re.fullmatch(r"[0-9]{7}", value, re.ASCII) is None:
        raise InvalidValue("invalid_imo", "An IMO number has seven digits (e.g. 'IMO 9074729').")
    weighted = sum(
        int(digit) * weight for digit, weight in zip(value[:6], range(7, 1, -1), strict=True)
    )
    if weighted % 10 != int(value[6]):
        raise InvalidValue(
            "invalid_imo", "The IMO number's check digit does not match: it has been mistyped."
        )
    return value


def validate_mmsi(value: str) -> str:
    """Maritime Mobile Service Identity: nine digits."""
    if re.fullmatch(r"[0-9]{9}", value, re.ASCII) is None:
        raise InvalidValue("invalid_mmsi", "An MMSI has nine digits.")
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
