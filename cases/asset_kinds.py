"""What the ``details`` of each kind of asset may and must hold: one table, rules as data.

``Asset.details`` is a JSON object whose keys depend on ``Asset.kind``: an IBAN for a bank
account, a title number for a house, an ISIN for securities, a wallet address for crypto-assets.
This module is the single place that says which keys each kind accepts, which are required, how
long each may be and which international standard a value must satisfy.  Read
``ASSET_KIND_FIELDS`` (and ``ASSET_KIND_RULES`` for the few rules that involve two fields) to know
what the system accepts; nothing else in the code base adds or relaxes a rule.

The module is deliberately *pure*: no database, no settings, no Django import at module level (so
``cases.models`` may import it without a cycle).  Its kinds are the values of
``cases.models.AssetKind``; a test keeps the two in step.

What every field gets, in this order
====================================

1. Only the keys listed for the kind are accepted; any other key is an error (``unknown_field``).
   A JSON ``null`` counts as "not given".
2. A value must be a JSON *string*, even for numbers (``"42"``, not ``42``): a figure copied
   from a bank statement or a register keeps its exact written form (``not_a_string``).
3. Control characters (other than tab and line breaks) and unpaired surrogates are refused: the
   database cannot store some of them and none belongs in an identifier (``invalid_characters``).
4. Text is put in Unicode NFC form and trimmed; an empty or blank value counts as "not given",
   so it is an error for a required field (``required``) and is left out of the stored details
   for an optional one.
5. The field's normalizer writes the value in its canonical form (an IBAN without spaces and in
   capitals, a currency code in capitals...): the stored value is the canonical one.
6. The value may not be longer than the field's ``max_length`` (``max_length``).
7. A field with ``choices`` accepts only those values (``invalid_choice``); a field with a
   validator must satisfy it (``invalid_iban``, ``invalid_bic``, ``invalid_isin``, ...).

Standards used
==============

* IBAN: ISO 13616, checked against the SWIFT IBAN registry (country, length and layout of the
  domestic account part) and the ISO 7064 MOD 97-10 check digits.
* BIC: ISO 9362 (8 or 11 characters, the country an ISO 3166 code or Kosovo's ``XK``).
* ISIN: ISO 6166 (two letters, nine letters or digits, a Luhn check digit).
* Currencies: ISO 4217 (current codes, per ``pycountry``); countries: ISO 3166-1 alpha-2.
* IMO ship numbers (seven digits, the last a check digit), MMSI (nine digits).
* VIN: ISO 3779 (17 characters, never I, O or Q).  The 9th-character check digit is only
  mandatory in North America, so it is not verified.
* Crypto-asset addresses, by network: bitcoin and litecoin Base58Check (double SHA-256
  checksum) and SegWit bech32/bech32m (BIP 173/350); ethereum ``0x`` + 40 hex digits, with the
  EIP-55 mixed-case checksum verified when the address is written in mixed case (one written
  all in lower or upper case is stored in its EIP-55 spelling); tron
  Base58Check with version byte ``0x41``.  Only main-network addresses are accepted.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pycountry

__all__ = [
    "ASSET_KIND_FIELDS",
    "ASSET_KIND_RULES",
    "CRYPTO_NETWORKS",
    "IBAN_REGISTRY",
    "NON_FIELD",
    "AssetDetailsError",
    "DetailError",
    "DetailField",
    "InvalidValue",
    "KindRule",
    "describe_kinds",
    "fields_for",
    "validate_details",
]

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


# ---------------------------------------------------------------------------------------------
# Normalizers
# ---------------------------------------------------------------------------------------------


def _compact_upper(value: str) -> str:
    """Codes: no whitespace anywhere, capitals ("gb82 west 1234..." -> "GB82WEST1234...")."""
    return "".join(value.split()).upper()


def _lower(value: str) -> str:
    return value.lower()


def _single_spaced_upper(value: str) -> str:
    """Number plates: runs of whitespace become one space, capitals ("ab12  cde" -> "AB12 CDE")."""
    return " ".join(value.split()).upper()


def _imo_normalizer(value: str) -> str:
    """IMO numbers are often written "IMO 9074729": keep the seven digits."""
    compact = _compact_upper(value)
    return compact.removeprefix("IMO")


_BECH32_LOOKALIKE = re.compile(r"(BC|LTC)1[0-9A-Z]+", re.ASCII)
_EVM_ADDRESS = re.compile(r"0x[0-9a-fA-F]{40}", re.ASCII)


def _crypto_address_normalizer(value: str) -> str:
    """The canonical spelling of an address, whatever the network.

    SegWit addresses may be written in capitals (QR codes); their canonical form is lower case.
    An ethereum-style address written in one case gets its EIP-55 mixed-case (checksummed)
    spelling, the one block explorers show; one written in mixed case is kept as it is, so that
    its checksum can be verified.
    """
    if _BECH32_LOOKALIKE.fullmatch(value):
        return value.lower()
    if _EVM_ADDRESS.fullmatch(value):
        digits = value[2:]
        if digits in (digits.lower(), digits.upper()):
            return "0x" + _eip55_spelling(digits)
    return value


# ---------------------------------------------------------------------------------------------
# Countries and currencies
# ---------------------------------------------------------------------------------------------

#: Codes that banks (SWIFT) use although ISO 3166 has not assigned them: Kosovo.
_BANKING_EXTRA_COUNTRIES = frozenset({"XK"})

#: ISO 4217 codes that name no currency: "no currency" and "for testing".
_NOT_A_CURRENCY = frozenset({"XXX", "XTS"})


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
    if not (_is_iso_country(country) or country in _BANKING_EXTRA_COUNTRIES):
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


def _decimal_validator(
    *, integer_digits: int, decimal_places: int, maximum: Decimal | None, what: str
) -> Callable[[str], str]:
    """A positive number written with digits and at most one decimal point."""
    fraction = rf"(\.[0-9]{{1,{decimal_places}}})?" if decimal_places else ""
    pattern = re.compile(rf"[0-9]{{1,{integer_digits}}}{fraction}", re.ASCII)
    point = f", a dot and at most {decimal_places} decimals" if decimal_places else ""
    shape = f"up to {integer_digits} digits{point}"
    bound = f", at most {maximum}" if maximum is not None else ""

    def validate(value: str) -> str:
        if pattern.fullmatch(value) is None:
            raise InvalidValue(
                "invalid_number", f"Write the {what} as a number ({shape}, e.g. '12.5')."
            )
        number = Decimal(value)
        if number <= 0 or (maximum is not None and number > maximum):
            raise InvalidValue("invalid_number", f"The {what} must be above 0{bound}.")
        return value

    validate.__doc__ = f"{what}: a number above 0{bound}, {shape}."
    return validate


validate_percentage = _decimal_validator(
    integer_digits=3, decimal_places=6, maximum=Decimal(100), what="percentage"
)
validate_share_count = _decimal_validator(
    integer_digits=18, decimal_places=0, maximum=None, what="number of shares"
)
validate_quantity = _decimal_validator(
    integer_digits=18, decimal_places=18, maximum=None, what="quantity"
)
validate_length_m = _decimal_validator(
    integer_digits=4, decimal_places=2, maximum=None, what="length in metres"
)


# ---------------------------------------------------------------------------------------------
# Crypto-asset addresses
# ---------------------------------------------------------------------------------------------

_BASE58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BASE58_INDEX = {char: index for index, char in enumerate(_BASE58_ALPHABET)}


def _base58check_payload(value: str) -> bytes | None:
    """The payload (version byte first) of a Base58Check string, or None if it is not one."""
    if not value or any(char not in _BASE58_INDEX for char in value):
        return None
    number = 0
    for char in value:
        number = number * 58 + _BASE58_INDEX[char]
    body = number.to_bytes((number.bit_length() + 7) // 8, "big")
    raw = b"\x00" * (len(value) - len(value.lstrip("1"))) + body
    if len(raw) < 5:
        return None
    payload, checksum = raw[:-4], raw[-4:]
    if hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] != checksum:
        return None
    return payload


_BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32_CONST = 1
_BECH32M_CONST = 0x2BC830A3


def _bech32_polymod(values: list[int]) -> int:
    generator = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    checksum = 1
    for value in values:
        top = checksum >> 25
        checksum = ((checksum & 0x1FFFFFF) << 5) ^ value
        for index, polynomial in enumerate(generator):
            if (top >> index) & 1:
                checksum ^= polynomial
    return checksum


def _convert_bits(data: list[int], from_bits: int, to_bits: int) -> list[int] | None:
    """Regroup bits without padding (BIP 173 decoding); None if the padding is not zero."""
    accumulator = 0
    bits = 0
    out: list[int] = []
    max_value = (1 << to_bits) - 1
    for value in data:
        accumulator = ((accumulator << from_bits) | value) & ((1 << (from_bits + to_bits)) - 1)
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((accumulator >> bits) & max_value)
    if bits >= from_bits or (accumulator << (to_bits - bits)) & max_value:
        return None
    return out


def _segwit_ok(value: str, hrp: str) -> bool:
    """A valid SegWit address (BIP 173 bech32 for version 0, BIP 350 bech32m for 1-16)."""
    if len(value) > 90 or value.lower() != value:  # mixed case is normalized away already
        return False
    separator = value.rfind("1")
    if value[:separator] != hrp or separator + 7 > len(value):
        return False
    if any(char not in _BECH32_CHARSET for char in value[separator + 1 :]):
        return False
    data = [_BECH32_CHARSET.index(char) for char in value[separator + 1 :]]
    expanded = [ord(char) >> 5 for char in hrp] + [0] + [ord(char) & 31 for char in hrp]
    constant = _bech32_polymod(expanded + data)
    if constant not in (_BECH32_CONST, _BECH32M_CONST) or len(data) < 7:
        return False
    version, program = data[0], _convert_bits(data[1:-6], 5, 8)
    if version > 16 or program is None or not 2 <= len(program) <= 40:
        return False
    if version == 0:
        return constant == _BECH32_CONST and len(program) in (20, 32)
    return constant == _BECH32M_CONST


def _keccak_f1600(lanes: list[int]) -> list[int]:
    """The Keccak-f[1600] permutation on 25 64-bit lanes, lane (x, y) at index x + 5y."""
    mask = (1 << 64) - 1

    def rotate(lane: int, shift: int) -> int:
        shift %= 64
        return ((lane << shift) | (lane >> (64 - shift))) & mask

    state = list(lanes)
    round_state = 1
    for _round in range(24):
        # theta
        columns = [
            state[x] ^ state[x + 5] ^ state[x + 10] ^ state[x + 15] ^ state[x + 20]
            for x in range(5)
        ]
        for x in range(5):
            d = columns[(x + 4) % 5] ^ rotate(columns[(x + 1) % 5], 1)
            for y in range(5):
                state[x + 5 * y] ^= d
        # rho and pi
        x, y = 1, 0
        current = state[x + 5 * y]
        for t in range(24):
            x, y = y, (2 * x + 3 * y) % 5
            current, state[x + 5 * y] = state[x + 5 * y], rotate(current, (t + 1) * (t + 2) // 2)
        # chi
        for y in range(5):
            row = state[5 * y : 5 * y + 5]
            for x in range(5):
                state[x + 5 * y] = row[x] ^ ((~row[(x + 1) % 5]) & row[(x + 2) % 5])
        # iota
        for j in range(7):
            round_state = ((round_state << 1) ^ ((round_state >> 7) * 0x71)) % 256
            if round_state & 2:
                state[0] ^= 1 << ((1 << j) - 1)
    return state


def _keccak_256(data: bytes, *, padding: int = 0x01) -> bytes:
    """Keccak-256 as Ethereum uses it (padding 0x01); padding 0x06 gives FIPS 202 SHA3-256.

    ``hashlib`` only has the latter, which Ethereum does not use.
    """
    rate = 136
    padded = bytearray(data)
    padded.append(padding)
    padded.extend(b"\x00" * (-len(padded) % rate))
    padded[-1] |= 0x80
    state = [0] * 25
    for start in range(0, len(padded), rate):
        block = padded[start : start + rate]
        for index in range(rate // 8):
            state[index] ^= int.from_bytes(block[8 * index : 8 * index + 8], "little")
        state = _keccak_f1600(state)
    return b"".join(lane.to_bytes(8, "little") for lane in state[:4])


def _eip55_spelling(hex_digits: str) -> str:
    """The 40 hex digits of an ethereum address with the EIP-55 checksum in their case."""
    lower = hex_digits.lower()
    digest = _keccak_256(lower.encode("ascii")).hex()
    return "".join(
        char.upper() if int(nibble, 16) >= 8 else char
        for char, nibble in zip(lower, digest[:40], strict=True)
    )


def _eip55_ok(hex_digits: str) -> bool:
    """Whether mixed-case hex digits carry the right EIP-55 checksum."""
    return _eip55_spelling(hex_digits) == hex_digits


def _bitcoin_address_problem(address: str) -> str | None:
    if address.startswith("bc1"):
        return None if _segwit_ok(address, "bc") else "its bech32 checksum or layout is wrong"
    if address[:1] in ("1", "3"):
        payload = _base58check_payload(address)
        if payload is None or len(payload) != 21:
            return "its Base58Check checksum or length is wrong"
        if payload[0] not in (0x00, 0x05):
            return "it is not a main-network address"
        return None
    if address[:1] in ("m", "n", "2") or address.startswith(("tb1", "bcrt1")):
        return "it is a test-network address"
    return "a bitcoin address starts with '1', '3' or 'bc1'"


def _litecoin_address_problem(address: str) -> str | None:
    if address.startswith("ltc1"):
        return None if _segwit_ok(address, "ltc") else "its bech32 checksum or layout is wrong"
    if address[:1] in ("L", "M", "3"):
        payload = _base58check_payload(address)
        if payload is None or len(payload) != 21:
            return "its Base58Check checksum or length is wrong"
        if payload[0] not in (0x30, 0x32, 0x05):
            return "it is not a main-network address"
        return None
    return "a litecoin address starts with 'L', 'M', '3' or 'ltc1'"


def _ethereum_address_problem(address: str) -> str | None:
    if re.fullmatch(r"0x[0-9a-fA-F]{40}", address, re.ASCII) is None:
        return "an ethereum address is '0x' followed by 40 hexadecimal digits"
    digits = address[2:]
    if digits != digits.lower() and digits != digits.upper() and not _eip55_ok(digits):
        return "its mixed-case (EIP-55) checksum is wrong"
    return None


def _tron_address_problem(address: str) -> str | None:
    if re.fullmatch(r"T[1-9A-HJ-NP-Za-km-z]{33}", address, re.ASCII) is None:
        return "a tron address is 'T' followed by 33 Base58 characters"
    payload = _base58check_payload(address)
    if payload is None or len(payload) != 21 or payload[0] != 0x41:
        return "its Base58Check checksum is wrong"
    return None


def _other_address_problem(address: str) -> str | None:
    if any(char.isspace() for char in address):
        return "an address contains no spaces"
    return None


#: The networks whose addresses are told apart, and how each address is checked.
_ADDRESS_CHECKS: dict[str, Callable[[str], str | None]] = {
    "bitcoin": _bitcoin_address_problem,
    "ethereum": _ethereum_address_problem,
    "tron": _tron_address_problem,
    "litecoin": _litecoin_address_problem,
    "other": _other_address_problem,
}
CRYPTO_NETWORKS: tuple[str, ...] = tuple(_ADDRESS_CHECKS)


def _check_crypto_address(details: Mapping[str, str]) -> list[DetailError]:
    network, address = details.get("network"), details.get("address")
    if network is None or address is None:
        return []  # reported as missing already
    problem = _ADDRESS_CHECKS[network](address)
    if problem is None:
        return []
    return [("address", "invalid_address", f"Not a valid {network} address: {problem}.")]


def _check_bank_account_identified(details: Mapping[str, str]) -> list[DetailError]:
    if details.get("iban") or details.get("account_number"):
        return []
    return [
        (
            "iban",
            "required",
            "Give the IBAN or, where the bank's country issues no IBANs, the account number.",
        )
    ]


# ---------------------------------------------------------------------------------------------
# The table
# ---------------------------------------------------------------------------------------------


def _currency(label: str = "Currency") -> DetailField:
    return DetailField(
        "currency",
        label,
        max_length=3,
        normalizer=_compact_upper,
        validator=validate_currency,
        help_text="ISO 4217 code, e.g. EUR, USD, CHF.",
    )


ASSET_KIND_FIELDS: dict[str, tuple[DetailField, ...]] = {
    "bank_account": (
        DetailField(
            "iban",
            "IBAN",
            max_length=34,
            normalizer=_compact_upper,
            validator=validate_iban,
            help_text="ISO 13616, spaces allowed, e.g. GB82 WEST 1234 5698 7654 32. "
            "Either the IBAN or the account number is required.",
        ),
        DetailField(
            "account_number",
            "Account number",
            max_length=64,
            help_text="The domestic account number, where the country issues no IBANs.",
        ),
        DetailField(
            "bic",
            "BIC / SWIFT code",
            max_length=11,
            normalizer=_compact_upper,
            validator=validate_bic,
            help_text="ISO 9362, 8 or 11 characters, e.g. DEUTDEFF.",
        ),
        DetailField("bank_name", "Bank", required=True, max_length=200),
        DetailField("account_holder_name", "Account holder as registered", max_length=200),
        _currency("Currency of the account"),
    ),
    "real_estate": (
        DetailField("address", "Address", required=True, max_length=500),
        DetailField("title_number", "Title or cadastral number", max_length=100),
        DetailField("land_registry", "Land registry or cadastre", max_length=200),
        DetailField(
            "property_type",
            "Type of property",
            max_length=100,
            help_text="As the registry describes it, e.g. apartment, villa, agricultural land.",
        ),
    ),
    "company_shares": (
        DetailField("company_name", "Company", required=True, max_length=200),
        DetailField("company_number", "Company registration number", max_length=100),
        DetailField(
            "share_count",
            "Number of shares",
            max_length=18,
            validator=validate_share_count,
            help_text="A whole number written in digits, e.g. '2500'.",
        ),
        DetailField(
            "percentage",
            "Percentage of the capital",
            max_length=10,
            validator=validate_percentage,
            help_text="Above 0 and at most 100, a dot for decimals, e.g. '33.33'.",
        ),
    ),
    "securities": (
        DetailField(
            "isin",
            "ISIN",
            required=True,
            max_length=12,
            normalizer=_compact_upper,
            validator=validate_isin,
            help_text="ISO 6166, 12 characters, e.g. US0378331005.",
        ),
        DetailField("custodian", "Custodian or depository", max_length=200),
        DetailField(
            "quantity",
            "Quantity",
            max_length=37,
            validator=validate_quantity,
            help_text="Number of units, a dot for decimals, e.g. '1500' or '12.345'.",
        ),
    ),
    "vehicle": (
        DetailField(
            "registration_number",
            "Registration (number plate)",
            required=True,
            max_length=32,
            normalizer=_single_spaced_upper,
        ),
        DetailField(
            "vin",
            "VIN",
            max_length=17,
            normalizer=_compact_upper,
            validator=validate_vin,
            help_text="ISO 3779 vehicle identification number, 17 characters.",
        ),
        DetailField("make_model", "Make and model", max_length=200),
    ),
    "vessel": (
        DetailField("name", "Name of the vessel", required=True, max_length=200),
        DetailField(
            "imo_number",
            "IMO number",
            max_length=7,
            normalizer=_imo_normalizer,
            validator=validate_imo,
            help_text="Seven digits, e.g. IMO 9074729.",
        ),
        DetailField(
            "mmsi",
            "MMSI",
            max_length=9,
            normalizer=_compact_upper,
            validator=validate_mmsi,
            help_text="Maritime Mobile Service Identity, nine digits.",
        ),
        DetailField(
            "flag_state",
            "Flag state",
            max_length=2,
            normalizer=_compact_upper,
            validator=validate_country,
            help_text="ISO 3166 two-letter code, e.g. MT, PA, KY.",
        ),
        DetailField(
            "length_m",
            "Length (metres)",
            max_length=7,
            validator=validate_length_m,
            help_text="A dot for decimals, e.g. '54.5'.",
        ),
    ),
    "aircraft": (
        DetailField(
            "registration_mark",
            "Registration mark",
            required=True,
            max_length=10,
            normalizer=_compact_upper,
            validator=validate_registration_mark,
            help_text="Nationality prefix and registration, e.g. VP-BXX, N123AB.",
        ),
        DetailField("serial_number", "Manufacturer's serial number", max_length=100),
        DetailField("model", "Manufacturer and model", max_length=200),
    ),
    "crypto_wallet": (
        DetailField(
            "address",
            "Wallet address",
            required=True,
            max_length=200,
            normalizer=_crypto_address_normalizer,
            help_text="Checked against the network: bitcoin, litecoin, ethereum and tron "
            "addresses carry a checksum.",
        ),
        DetailField(
            "network",
            "Network",
            required=True,
            max_length=20,
            normalizer=_lower,
            choices=CRYPTO_NETWORKS,
        ),
    ),
    "cash": (
        DetailField("location", "Where the cash is held", required=True, max_length=500),
        _currency(),
    ),
    "valuables": (
        DetailField(
            "description_of_item", "Description of the item", required=True, max_length=1000
        ),
        DetailField("location", "Where the item is held", max_length=500),
    ),
    "other": (DetailField("reference", "Reference", max_length=500),),
}

#: Rules involving several fields of one kind.
ASSET_KIND_RULES: dict[str, tuple[KindRule, ...]] = {
    "bank_account": (
        KindRule(
            "The IBAN or, where the bank's country issues no IBANs, the account number is "
            "required.",
            fields=("iban", "account_number"),
            check=_check_bank_account_identified,
        ),
    ),
    "crypto_wallet": (
        KindRule(
            "The address must be valid on the network: the Base58Check or bech32 checksum "
            "for bitcoin and litecoin, '0x' and 40 hexadecimal digits (EIP-55 checksum when "
            "in mixed case) for ethereum, the Base58Check checksum for tron, no spaces "
            "otherwise.",
            fields=("address", "network"),
            check=_check_crypto_address,
        ),
    ),
}


# ---------------------------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------------------------

_ALLOWED_CONTROLS = frozenset("\t\n\r")
#: Beyond this many unknown keys, one summary error stands for the rest.
_MAX_UNKNOWN_REPORTED = 20


def _bad_characters(value: str) -> bool:
    return any(
        unicodedata.category(char) in ("Cc", "Cs") and char not in _ALLOWED_CONTROLS
        for char in value
    )


def _shorten(key: str) -> str:
    return key if len(key) <= 100 else key[:100] + "…"


def fields_for(kind: str) -> tuple[DetailField, ...]:
    """The fields a kind's details may hold; ``KeyError`` for an unknown kind."""
    return ASSET_KIND_FIELDS[kind]


def _clean_field(field: DetailField, raw: object) -> tuple[str | None, DetailError | None]:
    """The field's canonical value (None: not given) or its error."""
    if raw is None:
        value = ""
    elif not isinstance(raw, str):
        return None, (
            field.name,
            "not_a_string",
            f"{field.label} must be written as text (a JSON string), "
            f'even when it is a number, e.g. "42"; got {type(raw).__name__}.',
        )
    elif _bad_characters(raw):
        return None, (
            field.name,
            "invalid_characters",
            f"{field.label} contains control characters.",
        )
    else:
        value = unicodedata.normalize("NFC", raw).strip()
    if value and field.normalizer is not None:
        value = field.normalizer(value)
    if not value:
        if field.required:
            return None, (field.name, "required", f"{field.label} is required.")
        return None, None
    if len(value) > field.max_length:
        return None, (
            field.name,
            "max_length",
            f"{field.label} has {len(value)} characters; at most {field.max_length} are allowed.",
        )
    if field.choices and value not in field.choices:
        return None, (
            field.name,
            "invalid_choice",
            f"{field.label} must be one of: {', '.join(field.choices)}.",
        )
    if field.validator is not None:
        try:
            value = field.validator(value)
        except InvalidValue as problem:
            return None, (field.name, problem.code, problem.message)
    return value, None


def validate_details(kind: str, details: object) -> dict[str, str]:
    """The details of an asset of ``kind``, checked against the table and normalized.

    Returns the canonical details: only the fields given (optional blanks left out), in the
    table's order.  Raises ``AssetDetailsError`` with every problem found otherwise.
    """
    if not isinstance(kind, str) or kind not in ASSET_KIND_FIELDS:
        raise AssetDetailsError(
            [(NON_FIELD, "invalid_kind", f"{_shorten(str(kind))!r} is not a kind of asset.")]
        )
    if not isinstance(details, dict):
        raise AssetDetailsError(
            [
                (
                    NON_FIELD,
                    "not_an_object",
                    "The details must be a JSON object of field names and text values.",
                )
            ]
        )
    fields = ASSET_KIND_FIELDS[kind]
    known = {field.name for field in fields}
    errors: list[DetailError] = []

    unknown = sorted((key for key in details if key not in known), key=str)
    for key in unknown[:_MAX_UNKNOWN_REPORTED]:
        allowed = ", ".join(field.name for field in fields)
        errors.append(
            (
                _shorten(str(key)),
                "unknown_field",
                f"A {kind.replace('_', ' ')} has no field {_shorten(str(key))!r}; "
                f"its fields are: {allowed}.",
            )
        )
    if len(unknown) > _MAX_UNKNOWN_REPORTED:
        errors.append(
            (
                NON_FIELD,
                "unknown_field",
                f"And {len(unknown) - _MAX_UNKNOWN_REPORTED} more unknown fields.",
            )
        )

    cleaned: dict[str, str] = {}
    failed: set[str] = set()
    for field in fields:
        value, error = _clean_field(field, details.get(field.name))
        if error is not None:
            errors.append(error)
            failed.add(field.name)
        elif value is not None:
            cleaned[field.name] = value

    for rule in ASSET_KIND_RULES.get(kind, ()):
        if failed.isdisjoint(rule.fields):
            errors.extend(rule.check(cleaned))

    if errors:
        raise AssetDetailsError(errors)
    return cleaned


def describe_kinds() -> list[dict[str, Any]]:
    """The table as JSON-able data, for the API documentation and the client's forms."""
    from cases.models.assets import AssetKind  # here: the models may import this module

    labels = dict(AssetKind.choices)
    return [
        {
            "kind": kind,
            "label": str(labels.get(kind, kind)),
            "fields": [
                {
                    "name": field.name,
                    "label": field.label,
                    "required": field.required,
                    "max_length": field.max_length,
                    **({"choices": list(field.choices)} if field.choices else {}),
                    **({"help_text": field.help_text} if field.help_text else {}),
                }
                for field in fields
            ],
            "rules": [rule.description for rule in ASSET_KIND_RULES.get(kind, ())],
        }
        for kind, fields in ASSET_KIND_FIELDS.items()
    ]
