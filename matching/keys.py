"""Match keys: what two records must share to be compared at all (pure, no database).

A key is `(scheme, value)`: an identifier normalised the way its standard writes it (an IBAN
without spaces, in capitals, whatever way it was typed), or a name key. Names become Latin
ASCII (rigour's transliteration: "Янукович Віктор Федорович" -> "yanukovich viktor
fedorovich"), split into tokens and sorted, so the order of given name and surname does not
matter; the phonetic key is the same tokens through metaphone, so transliterations that differ
in a letter ("fedorovych", "fedorovich") share it. The trigram index on the `name` key gives the
fuzzy candidates; the phonetic key and the identifiers give exact ones.

Across states only `digest()` of a key is ever compared (HMAC-SHA256 with a server secret),
never its clear text.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from stdnum import bic as stdnum_bic
from stdnum import iban as stdnum_iban
from stdnum import imo as stdnum_imo
from stdnum import isin as stdnum_isin
from stdnum import lei as stdnum_lei

NAME = "name"
NAME_PHONETIC = "name_phonetic"
#: Schemes whose keys are names (fuzzy), the others are identifiers (exact).
NAME_SCHEMES = frozenset({NAME, NAME_PHONETIC})
#: Names shorter than this (in letters) make no key: "Li" alone would match half a country.
MIN_NAME_LETTERS = 4
MAX_KEY_LENGTH = 300


def _compact(value: str) -> str:
    return "".join(str(value).split()).replace("-", "").replace(".", "").replace("/", "").upper()


def _iban(value: str) -> str:
    return str(stdnum_iban.compact(value))


def _bic(value: str) -> str:
    return str(stdnum_bic.compact(value))


def _isin(value: str) -> str:
    return str(stdnum_isin.compact(value))


def _imo(value: str) -> str:
    return str(stdnum_imo.compact(value)).removeprefix("IMO")


def _lei(value: str) -> str:
    return str(stdnum_lei.compact(value))


def _wallet(value: str) -> str:
    # Ethereum-style hex addresses are case-insensitive (EIP-55 only adds a checksum to the
    # case); Base58 and bech32 addresses are compared as written, without spaces.
    compact = "".join(str(value).split())
    return compact.lower() if compact[:2].lower() == "0x" else compact


#: Identifier normalisers by scheme.
NORMALISERS = {
    "iban": _iban,
    "bic": _bic,
    "isin": _isin,
    "imo": _imo,
    "lei": _lei,
    "vin": _compact,
    "wallet": _wallet,
    "passport": _compact,
    "national_id": _compact,
    "tax_number": _compact,
    "company_number": _compact,
    "registration_mark": _compact,
    "mmsi": _compact,
    "title_number": _compact,
}

#: A subject's identifier types (cases.api.subjects.IdentifierSerializer) -> scheme.
SUBJECT_IDENTIFIER_SCHEMES = {
    "passport": "passport",
    "national_id": "national_id",
    "tax_number": "tax_number",
    "company_number": "company_number",
    "registration_number": "company_number",
    "lei": "lei",
}

#: An asset's details (cases.asset_kinds) -> scheme, per kind.
ASSET_DETAIL_SCHEMES: dict[str, dict[str, str]] = {
    "bank_account": {"iban": "iban", "bic": "bic"},
    "company_shares": {"company_number": "company_number"},
    "securities": {"isin": "isin"},
    "vehicle": {"vin": "vin"},
    "vessel": {"imo_number": "imo", "mmsi": "mmsi"},
    "aircraft": {"registration_mark": "registration_mark"},
    "crypto_wallet": {"address": "wallet"},
    "real_estate": {"title_number": "title_number"},
}


#: FtM properties of a list entry (matching.watchlists) -> scheme: the subjects' identifier
#: types as matching.entities writes them into FtM, read back.
FTM_IDENTIFIER_SCHEMES = {
    "passportNumber": "passport",
    "idNumber": "national_id",
    "taxNumber": "tax_number",
    "registrationNumber": "company_number",
    "leiCode": "lei",
}
#: FtM properties that are names of the entity (`weakAlias` is too weak to be a key).
FTM_NAME_PROPERTIES = ("name", "alias", "previousName")


def identifier_key(scheme: str, value: Any) -> tuple[str, str] | None:
    """The key of one identifier, or None when nothing is left of it."""
    if value in (None, ""):
        return None
    normalised = NORMALISERS.get(scheme, _compact)(str(value))[:MAX_KEY_LENGTH]
    return (scheme, normalised) if normalised else None


def name_tokens(name: str) -> list[str]:
    # rigour is imported by the first name, not with this module: ~15 MB that only the
    # processes making name keys need (the indexing worker, a request for matches; issue 22).
    from rigour.names import tokenize_name
    from rigour.text import ascii_text

    latin = ascii_text(name or "").lower()
    return sorted(token for token in tokenize_name(latin) if token)


def name_keys(names: Iterable[str]) -> Iterator[tuple[str, str]]:
    """The name key (Latin ASCII tokens, sorted) and the phonetic key of each name."""
    from rigour.text import metaphone  # lazy for memory, as in `name_tokens`

    for name in names:
        tokens = name_tokens(name)
        if sum(len(token) for token in tokens) < MIN_NAME_LETTERS:
            continue
        yield NAME, " ".join(tokens)[:MAX_KEY_LENGTH]
        phonetic = sorted(filter(None, (metaphone(token) for token in tokens)))
        if phonetic:
            yield NAME_PHONETIC, " ".join(phonetic)[:MAX_KEY_LENGTH]


def subject_keys(
    *, name: str, aliases: Iterable[str], identifiers: Iterable[Mapping[str, Any]]
) -> set[tuple[str, str]]:
    keys = set(name_keys([name, *[str(alias) for alias in aliases or []]]))
    for identifier in identifiers or []:
        scheme = SUBJECT_IDENTIFIER_SCHEMES.get(str(identifier.get("type", "")))
        key = identifier_key(scheme, identifier.get("value")) if scheme else None
        if key:
            keys.add(key)
    return keys


def ftm_keys(properties: Mapping[str, Iterable[str]]) -> set[tuple[str, str]]:
    """The keys of an FtM entity's properties (a watch list's entry), as a subject's are made."""
    names = [str(value) for prop in FTM_NAME_PROPERTIES for value in properties.get(prop, [])]
    found = set(name_keys(names))
    for prop, scheme in FTM_IDENTIFIER_SCHEMES.items():
        for value in properties.get(prop, []):
            key = identifier_key(scheme, value)
            if key:
                found.add(key)
    return found


def asset_keys(*, kind: str, details: Mapping[str, Any]) -> set[tuple[str, str]]:
    keys = set()
    for field, scheme in ASSET_DETAIL_SCHEMES.get(kind, {}).items():
        key = identifier_key(scheme, (details or {}).get(field))
        if key:
            keys.add(key)
    return keys


def digest(secret: bytes, scheme: str, value: str) -> str:
    """The keyed hash that other states' keys are compared with (never the clear text)."""
    return hmac.new(secret, f"{scheme}\x00{value}".encode(), hashlib.sha256).hexdigest()
