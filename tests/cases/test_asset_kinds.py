"""The table of what each kind of asset's ``details`` may and must hold (cases.asset_kinds).

No database: the module is pure.  Real identifiers (IBANs from the ISO 13616 / SWIFT examples,
ISINs of listed companies, well-known bitcoin and ethereum addresses, BIP 173/350 vectors) are
used as the valid cases; the invalid ones change one character of them.
"""

from __future__ import annotations

import json
import re
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cases.asset_kinds import (
    ASSET_KIND_FIELDS,
    ASSET_KIND_RULES,
    CRYPTO_NETWORKS,
    IBAN_REGISTRY,
    NON_FIELD,
    AssetDetailsError,
    DetailField,
    describe_kinds,
    fields_for,
    validate_details,
)
from cases.models import AssetKind

VALID_IBANS = [
    "GB82WEST12345698765432",
    "CH9300762011623852957",
    "DE89370400440532013000",
    "FR1420041010050500013M02606",
    "NL91ABNA0417164300",
    "BE68539007547034",
    "NO9386011117947",
    "MT84MALT011000012345MTLCAST001S",
    "LC55HEMM000100010012001200023015",
    "RU0204452560040702810412345678901",
]

#: The smallest valid details of each kind.
MINIMAL = {
    "bank_account": {"iban": "GB82WEST12345698765432", "bank_name": "Westminster Bank"},
    "real_estate": {"address": "12 Avenue Foch, 75116 Paris"},
    "company_shares": {"company_name": "Oceanic Holdings Ltd"},
    "securities": {"isin": "US0378331005"},
    "vehicle": {"registration_number": "AB12 CDE"},
    "vessel": {"name": "Ocean Pearl"},
    "aircraft": {"registration_mark": "VP-BXX"},
    "crypto_wallet": {"address": "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "network": "bitcoin"},
    "cash": {"location": "Safe deposit box 114, Banque Privée, Geneva"},
    "valuables": {"description_of_item": "Oil on canvas, 'Le Port', signed, 1889"},
    "other": {},
}

#: Every field of every kind given, valid.
FULL = {
    "bank_account": {
        "iban": "GB82WEST12345698765432",
        "account_number": "98765432",
        "bic": "NWBKGB2L",
        "bank_name": "Westminster Bank",
        "account_holder_name": "Oceanic Holdings Ltd",
        "currency": "GBP",
    },
    "real_estate": {
        "address": "12 Avenue Foch, 75116 Paris",
        "title_number": "AB-1234",
        "land_registry": "Service de la publicité foncière, Paris 1",
        "property_type": "apartment",
    },
    "company_shares": {
        "company_name": "Oceanic Holdings Ltd",
        "company_number": "01234567",
        "share_count": "2500",
        "percentage": "33.33",
    },
    "securities": {"isin": "CH0012221716", "custodian": "Clearstream", "quantity": "1500.25"},
    "vehicle": {
        "registration_number": "AB12 CDE",
        "vin": "1M8GDM9AXKP042788",
        "make_model": "Bentley Continental GT",
    },
    "vessel": {
        "name": "Ocean Pearl",
        "imo_number": "9074729",
        "mmsi": "215123456",
        "flag_state": "MT",
        "length_m": "54.5",
    },
    "aircraft": {
        "registration_mark": "N123AB",
        "serial_number": "5123",
        "model": "Gulfstream G550",
    },
    "crypto_wallet": {
        "address": "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "network": "ethereum",
    },
    "cash": {"location": "Villa basement", "currency": "USD"},
    "valuables": {"description_of_item": "Patek Philippe watch", "location": "Freeport, Geneva"},
    "other": {"reference": "Racehorse 'Golden Dawn', UELN 250001B12345678"},
}


def errors_of(kind: str, details: object) -> list[tuple[str, str, str]]:
    with pytest.raises(AssetDetailsError) as caught:
        validate_details(kind, details)
    assert caught.value.errors, "an AssetDetailsError always lists its errors"
    return caught.value.errors


def codes_of(kind: str, details: object) -> list[tuple[str, str]]:
    return [(name, code) for name, code, _message in errors_of(kind, details)]


def bank(**fields: object) -> dict[str, object]:
    return {"bank_name": "Westminster Bank", **fields}


# ---------------------------------------------------------------------------------------------
# The table itself
# ---------------------------------------------------------------------------------------------


def test_the_table_has_exactly_the_kinds_of_the_model() -> None:
    assert set(ASSET_KIND_FIELDS) == set(AssetKind.values)
    assert set(ASSET_KIND_RULES) <= set(ASSET_KIND_FIELDS)
    assert set(MINIMAL) == set(FULL) == set(AssetKind.values)


@pytest.mark.parametrize("kind", sorted(ASSET_KIND_FIELDS))
def test_every_kind_is_well_formed(kind: str) -> None:
    fields = fields_for(kind)
    names = [field.name for field in fields]
    assert len(names) == len(set(names)), "field names are unique within a kind"
    for field in fields:
        assert isinstance(field, DetailField)
        assert field.name.isidentifier()
        assert field.name == field.name.lower()
        assert field.label.strip()
        assert 1 <= field.max_length <= 1000
        assert all(len(choice) <= field.max_length for choice in field.choices)
    for rule in ASSET_KIND_RULES.get(kind, ()):
        assert set(rule.fields) <= set(names)
        assert rule.description.strip()


def test_the_suggested_required_fields() -> None:
    required = {
        kind: {field.name for field in fields if field.required}
        for kind, fields in ASSET_KIND_FIELDS.items()
    }
    assert required == {
        "bank_account": {"bank_name"},
        "real_estate": {"address"},
        "company_shares": {"company_name"},
        "securities": {"isin"},
        "vehicle": {"registration_number"},
        "vessel": {"name"},
        "aircraft": {"registration_mark"},
        "crypto_wallet": {"address", "network"},
        "cash": {"location"},
        "valuables": {"description_of_item"},
        "other": set(),
    }
    assert [field.name for field in fields_for("other")] == ["reference"]


def test_fields_are_frozen() -> None:
    field = fields_for("securities")[0]
    with pytest.raises(AttributeError):
        field.required = False  # type: ignore[misc]


def test_fields_for_an_unknown_kind() -> None:
    with pytest.raises(KeyError):
        fields_for("racehorse")


def test_describe_kinds_is_json_and_mirrors_the_table() -> None:
    description = describe_kinds()
    json.dumps(description)  # JSON-able
    assert [entry["kind"] for entry in description] == list(ASSET_KIND_FIELDS)
    by_kind = {entry["kind"]: entry for entry in description}
    assert by_kind["bank_account"]["label"] == "Bank account"
    assert by_kind["valuables"]["label"] == "Art or valuables"
    for kind, fields in ASSET_KIND_FIELDS.items():
        described = by_kind[kind]["fields"]
        assert [(f["name"], f["label"], f["required"], f["max_length"]) for f in described] == [
            (f.name, f.label, f.required, f.max_length) for f in fields
        ]
    network = next(f for f in by_kind["crypto_wallet"]["fields"] if f["name"] == "network")
    assert network["choices"] == ["bitcoin", "ethereum", "tron", "litecoin", "other"]
    assert len(by_kind["bank_account"]["rules"]) == 1
    assert "account number" in by_kind["bank_account"]["rules"][0]
    assert by_kind["cash"]["rules"] == []


# ---------------------------------------------------------------------------------------------
# Every kind: minimal, full, required fields
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(MINIMAL))
def test_minimal_details_are_valid(kind: str) -> None:
    assert validate_details(kind, MINIMAL[kind]) == MINIMAL[kind]


@pytest.mark.parametrize("kind", sorted(FULL))
def test_full_details_are_valid_and_kept_in_table_order(kind: str) -> None:
    assert {field.name for field in fields_for(kind)} == set(FULL[kind]), "FULL uses every field"
    cleaned = validate_details(kind, dict(reversed(FULL[kind].items())))
    assert cleaned == FULL[kind]
    assert list(cleaned) == [field.name for field in fields_for(kind)]


@pytest.mark.parametrize("kind", sorted(MINIMAL))
def test_empty_details_report_every_required_field(kind: str) -> None:
    required = [field.name for field in fields_for(kind) if field.required]
    if kind == "bank_account":
        required.append("iban")  # the IBAN-or-account-number rule
    if not required:
        assert validate_details(kind, {}) == {}
        return
    assert codes_of(kind, {}) == [(name, "required") for name in required]


@pytest.mark.parametrize(
    ("kind", "field"),
    [
        (kind, field.name)
        for kind, fields in sorted(ASSET_KIND_FIELDS.items())
        for field in fields
        if field.required
    ],
)
@pytest.mark.parametrize("blank", [None, "", "   ", "\n\t"])
def test_a_blank_required_field_is_missing(kind: str, field: str, blank: str | None) -> None:
    details = {**FULL[kind], field: blank}
    assert (field, "required") in codes_of(kind, details)


def test_blank_optional_fields_are_left_out() -> None:
    details = bank(iban="GB82WEST12345698765432", bic="", currency="  ", account_number=None)
    assert validate_details("bank_account", details) == {
        "iban": "GB82WEST12345698765432",
        "bank_name": "Westminster Bank",
    }


def test_text_is_trimmed_and_nfc_normalized() -> None:
    decomposed = "Cafe\u0301 de la Paix, 5 place de l'Ope\u0301ra  "
    cleaned = validate_details("real_estate", {"address": "  " + decomposed})
    assert cleaned == {"address": "Café de la Paix, 5 place de l'Opéra"}


def test_a_multi_line_address_is_accepted() -> None:
    address = "Flat 3\n12 Eaton Square\nLondon SW1W 9BD"
    assert validate_details("real_estate", {"address": address}) == {"address": address}


# ---------------------------------------------------------------------------------------------
# Shape of the details: objects of strings, known keys only
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("details", [None, [], ["iban"], "GB82WEST12345698765432", 42, True])
def test_details_must_be_an_object(details: object) -> None:
    assert codes_of("bank_account", details) == [(NON_FIELD, "not_an_object")]


@pytest.mark.parametrize("kind", [None, "", "racehorse", "BANK_ACCOUNT", ["bank_account"]])
def test_an_unknown_kind_is_an_error_not_a_crash(kind: object) -> None:
    assert codes_of(kind, {}) == [(NON_FIELD, "invalid_kind")]  # type: ignore[arg-type]


def test_unknown_fields_are_errors() -> None:
    details = bank(iban="GB82WEST12345698765432", swift="NWBKGB2L", Bank_Name="x")
    errors = errors_of("bank_account", details)
    assert [(name, code) for name, code, _ in errors] == [
        ("Bank_Name", "unknown_field"),
        ("swift", "unknown_field"),
    ]
    assert "bank_name, account_holder_name" in errors[1][2], "the message lists the fields"


def test_other_accepts_only_a_reference() -> None:
    assert validate_details("other", {"reference": "Lot 7"}) == {"reference": "Lot 7"}
    assert codes_of("other", {"notes": "anything"}) == [("notes", "unknown_field")]


def test_a_flood_of_unknown_keys_is_summarized() -> None:
    details = {f"key{i:03}": "x" for i in range(500)}
    errors = errors_of("other", details)
    assert len(errors) == 21
    assert errors[-1][:2] == (NON_FIELD, "unknown_field")
    assert "480 more" in errors[-1][2]


def test_a_huge_unknown_key_is_shortened_in_the_error() -> None:
    (name, code, message) = errors_of("other", {"k" * 10_000: "x"})[0]
    assert code == "unknown_field"
    assert len(name) < 110
    assert len(message) < 400


@pytest.mark.parametrize("value", [42, 2.5, True, ["x"], {"x": "y"}])
def test_values_must_be_strings(value: object) -> None:
    errors = errors_of("company_shares", {"company_name": "Oceanic", "share_count": value})
    assert [(name, code) for name, code, _ in errors] == [("share_count", "not_a_string")]
    assert "text" in errors[0][2]


@pytest.mark.parametrize("bad", ["\x00", "\x07", "\x1b[31m", "\ud800", "\x85"])
def test_control_characters_and_lone_surrogates_are_refused(bad: str) -> None:
    assert codes_of("real_estate", {"address": f"12 Rue{bad} Royale"}) == [
        ("address", "invalid_characters")
    ]


@pytest.mark.parametrize(
    ("kind", "field"),
    [(kind, field) for kind, fields in sorted(ASSET_KIND_FIELDS.items()) for field in fields],
    ids=lambda item: item if isinstance(item, str) else item.name,
)
def test_every_field_has_a_maximum_length(kind: str, field: DetailField) -> None:
    details = {**FULL[kind], field.name: "x" * (field.max_length + 1)}
    errors = errors_of(kind, details)
    assert [(name, code) for name, code, _ in errors] == [(field.name, "max_length")]
    assert str(field.max_length) in errors[0][2]


def test_every_problem_is_reported_at_once() -> None:
    details = {
        "iban": "GB82WEST12345698765433",
        "bic": "NWBK",
        "currency": "ZZZ",
        "colour": "red",
    }
    assert codes_of("bank_account", details) == [
        ("colour", "unknown_field"),
        ("iban", "invalid_iban"),
        ("bic", "invalid_bic"),
        ("bank_name", "required"),
        ("currency", "invalid_currency"),
    ]


def test_the_error_groups_messages_and_codes_by_field() -> None:
    with pytest.raises(AssetDetailsError) as caught:
        validate_details("vessel", {"imo_number": "9074728", "flag_state": "XX"})
    assert caught.value.codes() == {
        "name": ["required"],
        "imo_number": ["invalid_imo"],
        "flag_state": ["invalid_country"],
    }
    messages = caught.value.as_dict()
    assert set(messages) == {"name", "imo_number", "flag_state"}
    assert all(isinstance(m, str) and m for ms in messages.values() for m in ms)
    assert "imo_number" in str(caught.value)


# ---------------------------------------------------------------------------------------------
# Bank accounts: IBAN, BIC, currency
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("iban", VALID_IBANS)
def test_valid_ibans(iban: str) -> None:
    assert validate_details("bank_account", bank(iban=iban))["iban"] == iban


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432"),
        ("gb82west12345698765432", "GB82WEST12345698765432"),
        ("  ch93 0076 2011 6238 5295 7 ", "CH9300762011623852957"),
        ("FR14\u00a02004\u00a01010\u00a00505\u00a00001\u00a03M02\u00a0606", VALID_IBANS[3]),
    ],
)
def test_ibans_are_stored_without_spaces_in_capitals(written: str, canonical: str) -> None:
    assert validate_details("bank_account", bank(iban=written))["iban"] == canonical


@pytest.mark.parametrize(
    ("iban", "why"),
    [
        ("GB82WEST12345698765433", "check digits"),  # last digit changed
        ("GB28WEST12345698765432", "check digits"),  # check digits swapped
        ("DE89370400440532013001", "check digits"),
        ("CH9300762011623852958", "check digits"),
        ("FR1420041010050500013M02607", "check digits"),
        ("GB82WEST1234569876543", "22 characters"),  # one short
        ("GB82WEST123456987654321", "22 characters"),  # one long
        ("GB82WE5T12345698765432", "layout"),  # digit where GB has the bank's letters
        ("GB82WEST1234569D765432", "layout"),  # passes mod 97, but GB's account part is digits
        ("US64SVBKUS6S3300958879", "does not issue IBANs"),
        ("ZZ82WEST12345698765432", "does not issue IBANs"),
        ("GBXXWEST12345698765432", "two check digits"),
        ("GB82-WEST-1234-5698-7654-32", "letters and digits only"),
        ("GB82WEST12345698765432É", "letters and digits only"),
        ("GB00WEST12345698765432", "check digits"),
    ],
)
def test_invalid_ibans(iban: str, why: str) -> None:
    errors = errors_of("bank_account", bank(iban=iban))
    assert [(name, code) for name, code, _ in errors] == [("iban", "invalid_iban")]
    assert why in errors[0][2]


@pytest.mark.parametrize(
    ("valid", "twin"),
    [
        # Check digits 97 = 00 and 98 = 01 and 02 = 99 modulo 97: the twin passes mod 97 too,
        # but ISO 13616 only issues check digits 02..98.
        ("GB97WEST12345698765453", "GB00WEST12345698765453"),
        ("GB98WEST12345698765435", "GB01WEST12345698765435"),
        ("GB02WEST12345698765417", "GB99WEST12345698765417"),
    ],
)
def test_check_digits_outside_02_to_98_are_refused_even_when_mod_97_holds(
    valid: str, twin: str
) -> None:
    def mod97(iban: str) -> int:
        return int("".join(str(int(c, 36)) for c in iban[4:] + iban[:4])) % 97

    assert mod97(valid) == mod97(twin) == 1
    validate_details("bank_account", bank(iban=valid))
    assert codes_of("bank_account", bank(iban=twin)) == [("iban", "invalid_iban")]


def test_an_iban_or_an_account_number_is_required() -> None:
    errors = errors_of("bank_account", bank())
    assert [(name, code) for name, code, _ in errors] == [("iban", "required")]
    assert "account number" in errors[0][2]
    assert validate_details("bank_account", bank(account_number="12345678")) == {
        "account_number": "12345678",
        "bank_name": "Westminster Bank",
    }


def test_an_invalid_iban_is_reported_once() -> None:
    assert codes_of("bank_account", bank(iban="GB82WEST12345698765433")) == [
        ("iban", "invalid_iban")
    ]


@pytest.mark.parametrize(
    ("bic", "canonical"),
    [
        ("DEUTDEFF", "DEUTDEFF"),
        ("DEUTDEFF500", "DEUTDEFF500"),
        ("UBSWCHZH80A", "UBSWCHZH80A"),
        ("nwbk gb 2l", "NWBKGB2L"),
        ("RBKOXKPR", "RBKOXKPR"),  # Kosovo: a SWIFT country code outside ISO 3166
    ],
)
def test_valid_bics(bic: str, canonical: str) -> None:
    assert validate_details("bank_account", bank(iban=VALID_IBANS[0], bic=bic))["bic"] == canonical


@pytest.mark.parametrize(
    "bic",
    [
        "DEUTDEF",  # 7
        "DEUTDEFF5",  # 9
        "DEUTDEFF50",  # 10
        "DEUTZZFF",  # ZZ is no country
        "DEUTQQFF",
        "DEU1DEFF",  # digit in the bank code
        "DEUTD3FF",  # digit in the country
        "DEUTDEF_",
    ],
)
def test_invalid_bics(bic: str) -> None:
    assert codes_of("bank_account", bank(iban=VALID_IBANS[0], bic=bic)) == [("bic", "invalid_bic")]


@pytest.mark.parametrize(("written", "canonical"), [("EUR", "EUR"), ("chf", "CHF"), ("XAU", "XAU")])
def test_valid_currencies(written: str, canonical: str) -> None:
    cleaned = validate_details("cash", {"location": "Safe", "currency": written})
    assert cleaned["currency"] == canonical


@pytest.mark.parametrize("currency", ["ZZZ", "XXX", "XTS", "DEM", "US$", "E1R", "€"])
def test_invalid_currencies(currency: str) -> None:
    assert codes_of("cash", {"location": "Safe", "currency": currency}) == [
        ("currency", "invalid_currency")
    ]


# ---------------------------------------------------------------------------------------------
# The IBAN check against every single-character substitution
# ---------------------------------------------------------------------------------------------

_CLASS_CHARS = {"n": string.digits, "a": string.ascii_uppercase}
_CLASS_CHARS["c"] = string.digits + string.ascii_uppercase


def _iban_with_check_digits(country: str, bban: str) -> str:
    """Written here independently of the module: ISO 7064 MOD 97-10."""
    rearranged = bban + country + "00"
    remainder = int("".join(str(int(char, 36)) for char in rearranged)) % 97
    return f"{country}{98 - remainder:02d}{bban}"


def _layout(country: str) -> list[str]:
    """The character class ('n', 'a', 'c') of each BBAN position."""
    classes: list[str] = []
    for count, kind in re.findall(r"(\d+)!([nac])", IBAN_REGISTRY[country]):
        classes.extend(kind * int(count))
    return classes


@st.composite
def generated_ibans(draw: st.DrawFn, countries: list[str] | None = None) -> str:
    country = draw(st.sampled_from(countries or sorted(IBAN_REGISTRY)))
    bban = "".join(draw(st.sampled_from(_CLASS_CHARS[kind])) for kind in _layout(country))
    return _iban_with_check_digits(country, bban)


@given(generated_ibans())
def test_any_iban_built_to_the_registry_is_accepted(iban: str) -> None:
    spaced = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)).lower()
    assert validate_details("bank_account", bank(iban=spaced))["iban"] == iban


@given(st.sampled_from(VALID_IBANS) | generated_ibans(), st.data())
def test_a_single_substitution_of_a_letter_for_a_letter_or_a_digit_for_a_digit_is_caught(
    iban: str, data: st.DataObject
) -> None:
    """ISO 7064 MOD 97-10 detects every substitution within a class, in every position.

    (A letter counts as two digits, a digit as one: a letter for a digit changes the length of
    the number, and mod 97 alone no longer guarantees detection; see the next two tests.)
    """
    position = data.draw(st.integers(0, len(iban) - 1))
    original = iban[position]
    pool = string.digits if original.isdigit() else string.ascii_uppercase
    replacement = data.draw(st.sampled_from(pool.replace(original, "")))
    mutated = iban[:position] + replacement + iban[position + 1 :]
    assert codes_of("bank_account", bank(iban=mutated)) == [("iban", "invalid_iban")]


#: Countries whose account part has no "c" (letter-or-digit) position.
TYPED_COUNTRIES = sorted(c for c, layout in IBAN_REGISTRY.items() if "c" not in layout)


@given(generated_ibans(TYPED_COUNTRIES), st.data())
def test_any_single_substitution_is_caught_where_the_layout_fixes_every_class(
    iban: str, data: st.DataObject
) -> None:
    position = data.draw(st.integers(0, len(iban) - 1))
    pool = string.digits + string.ascii_uppercase
    replacement = data.draw(st.sampled_from(pool.replace(iban[position], "")))
    mutated = iban[:position] + replacement + iban[position + 1 :]
    assert codes_of("bank_account", bank(iban=mutated)) == [("iban", "invalid_iban")]


def test_every_single_substitution_of_the_gb_and_de_examples_is_caught() -> None:
    pool = string.digits + string.ascii_uppercase
    for iban in ("GB82WEST12345698765432", "DE89370400440532013000"):
        for position, original in enumerate(iban):
            for replacement in pool.replace(original, ""):
                mutated = iban[:position] + replacement + iban[position + 1 :]
                with pytest.raises(AssetDetailsError):
                    validate_details("bank_account", bank(iban=mutated))


def test_known_limit_a_letter_for_a_digit_in_a_free_position_can_pass() -> None:
    """Documents the limit of ISO 13616 itself, not a bug of ours.

    Switzerland's account part is 12 letters-or-digits; putting T for the 2 of
    CH93 0076 2011 6238 5295 7 keeps the number 1 modulo 97.  No IBAN check can see it: the
    bank's own account lookup (outside this system) is what catches such a typo.
    """
    mutated = "CH93007620116T3852957"
    assert validate_details("bank_account", bank(iban=mutated))["iban"] == mutated


# ---------------------------------------------------------------------------------------------
# Securities, vehicles, vessels, aircraft, numbers
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("isin", "canonical"),
    [
        ("US0378331005", "US0378331005"),  # Apple
        ("CH0012221716", "CH0012221716"),  # ABB
        ("GB0002634946", "GB0002634946"),  # BAE Systems
        ("DE000BAY0017", "DE000BAY0017"),  # Bayer (letters in the national part)
        ("nl0000235190", "NL0000235190"),
        (" US 0378331005 ", "US0378331005"),
        ("XS1234567896", "XS1234567896"),  # international securities (Euroclear, Clearstream)
        ("EU000A1G0AB4", "EU000A1G0AB4"),  # issued by the European Union
    ],
)
def test_valid_isins(isin: str, canonical: str) -> None:
    assert validate_details("securities", {"isin": isin}) == {"isin": canonical}


@pytest.mark.parametrize(
    "isin",
    [
        "US0378331006",  # check digit
        "US0378331015",  # one digit changed
        "US0387331005",  # two digits swapped
        "DE000BAY0018",
        "US037833100",  # 11 characters
        "US03783310O5",  # letter O typed for the digit 0
        "0S0378331005",  # the country part must be letters
        "US037833100X",  # the check digit must be a digit
        "AA0000000006",  # ISO 6166: the prefix is a country code (or XS, EU...); AA is none
        "ZZ0378331001",
    ],
)
def test_invalid_isins(isin: str) -> None:
    assert codes_of("securities", {"isin": isin}) == [("isin", "invalid_isin")]


@pytest.mark.parametrize(
    ("field", "value", "canonical"),
    [
        ("quantity", "1500", "1500"),
        ("quantity", "0.00000001", "0.00000001"),
    ],
)
def test_valid_quantities(field: str, value: str, canonical: str) -> None:
    cleaned = validate_details("securities", {"isin": "US0378331005", field: value})
    assert cleaned[field] == canonical


@pytest.mark.parametrize("quantity", ["0", "0.0", "-5", "1,500", "1e3", "12.", ".5", "١٢"])
def test_invalid_quantities(quantity: str) -> None:
    details = {"isin": "US0378331005", "quantity": quantity}
    assert codes_of("securities", details) == [("quantity", "invalid_number")]


@pytest.mark.parametrize(
    ("field", "value", "valid"),
    [
        ("percentage", "100", True),
        ("percentage", "0.000001", True),
        ("percentage", "33.333333", True),
        ("percentage", "100.000001", False),
        ("percentage", "101", False),
        ("percentage", "0", False),
        ("percentage", "50%", False),
        ("percentage", "50,5", False),
        ("share_count", "1", True),
        ("share_count", "2500000", True),
        ("share_count", "2.5", False),
        ("share_count", "2 500", False),
        ("share_count", "²", False),  # a superscript is a "digit" to str.isdigit
    ],
)
def test_company_share_numbers(field: str, value: str, valid: bool) -> None:
    details = {"company_name": "Oceanic", field: value}
    if valid:
        assert validate_details("company_shares", details)[field] == value
    else:
        assert codes_of("company_shares", details) == [(field, "invalid_number")]


@pytest.mark.parametrize(
    ("vin", "valid"),
    [
        ("1M8GDM9AXKP042788", True),
        ("wvwzzz1jzxw000001", True),
        ("5YJ3E1EA7KF31700", False),  # 16
        ("5YJ3E1EA7KF3170001", False),  # 18: too long for the field already
        ("1M8GDM9AXKP04278O", False),  # O
        ("1M8GDM9AXKPI42788", False),  # I
        ("1M8GDM9AXKPQ42788", False),  # Q
        ("1M8GDM9AXKP04278-", False),
    ],
)
def test_vins(vin: str, valid: bool) -> None:
    details = {"registration_number": "ab12  cde", "vin": vin}
    if valid:
        assert validate_details("vehicle", details) == {
            "registration_number": "AB12 CDE",
            "vin": vin.upper(),
        }
    else:
        expected = "max_length" if len(vin) > 17 else "invalid_vin"
        assert codes_of("vehicle", details) == [("vin", expected)]


@pytest.mark.parametrize(
    ("imo", "canonical"),
    [("9074729", "9074729"), ("IMO 9074729", "9074729"), ("imo9074729", "9074729")],
)
def test_valid_imo_numbers(imo: str, canonical: str) -> None:
    assert validate_details("vessel", {"name": "Ocean Pearl", "imo_number": imo}) == {
        "name": "Ocean Pearl",
        "imo_number": canonical,
    }


@pytest.mark.parametrize("imo", ["9074728", "9074792", "1074729", "907472", "IMO 907472A", "ABC"])
def test_invalid_imo_numbers(imo: str) -> None:
    codes = codes_of("vessel", {"name": "Ocean Pearl", "imo_number": imo})
    assert codes == [("imo_number", "invalid_imo")]


@given(st.from_regex(r"[0-9]{6}", fullmatch=True), st.integers(0, 9))
def test_exactly_one_imo_check_digit_fits(first_six: str, last: int) -> None:
    expected = sum(int(d) * w for d, w in zip(first_six, range(7, 1, -1), strict=True)) % 10
    details = {"name": "Ocean Pearl", "imo_number": f"{first_six}{last}"}
    if last == expected:
        validate_details("vessel", details)
    else:
        assert codes_of("vessel", details) == [("imo_number", "invalid_imo")]


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("mmsi", "21512345", "invalid_mmsi"),
        ("mmsi", "21512345A", "invalid_mmsi"),
        ("flag_state", "XX", "invalid_country"),
        ("flag_state", "M", "invalid_country"),
        ("flag_state", "XK", "invalid_country"),  # banks use XK; ships fly ISO flags
        ("length_m", "0", "invalid_number"),
        ("length_m", "54,5", "invalid_number"),
        ("length_m", "54.555", "invalid_number"),
    ],
)
def test_invalid_vessel_fields(field: str, value: str, code: str) -> None:
    assert codes_of("vessel", {"name": "Ocean Pearl", field: value}) == [(field, code)]


def test_vessel_codes_are_normalized() -> None:
    details = {"name": "Ocean Pearl", "flag_state": " pa ", "mmsi": "215 123 456"}
    assert validate_details("vessel", details) == {
        "name": "Ocean Pearl",
        "mmsi": "215123456",
        "flag_state": "PA",
    }


@pytest.mark.parametrize(
    ("mark", "canonical"),
    [
        ("VP-BXX", "VP-BXX"),
        ("N123AB", "N123AB"),
        ("hb-jfa", "HB-JFA"),
        ("9H-ABC", "9H-ABC"),
        ("RA-12345", "RA-12345"),
        ("G-ABCD", "G-ABCD"),
        ("VP - BXX", "VP-BXX"),
    ],
)
def test_valid_registration_marks(mark: str, canonical: str) -> None:
    assert validate_details("aircraft", {"registration_mark": mark}) == {
        "registration_mark": canonical
    }


@pytest.mark.parametrize("mark", ["12345", "VP--BXX", "-VPBXX", "VPB-", "VP-BX_X", "VPBX-1234567"])
def test_invalid_registration_marks(mark: str) -> None:
    codes = codes_of("aircraft", {"registration_mark": mark})
    assert len(codes) == 1
    assert codes[0][0] == "registration_mark"
    assert codes[0][1] in ("invalid_registration_mark", "max_length")


# ---------------------------------------------------------------------------------------------
# Crypto-asset addresses
# ---------------------------------------------------------------------------------------------

VALID_ADDRESSES = [
    ("bitcoin", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"),
    ("bitcoin", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"),
    ("bitcoin", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"),
    ("bitcoin", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"),  # the genesis block's
    ("bitcoin", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"),  # BIP 173
    ("bitcoin", "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"),  # BIP 350
    ("ethereum", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"),  # EIP-55 examples
    ("ethereum", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"),
    ("ethereum", "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB"),
    ("ethereum", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"),
    ("tron", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"),
    ("litecoin", "LKKHMBjCU89fyFNgSRprDoD8Jb25N8uWvd"),
    ("litecoin", "M7zVKQKmtV5Rc7erVGVVC3khZbXxsS5HEX"),
    ("litecoin", "ltc1qw508d6qejxtdg4y5r3zarvary0c5xw7kgmn4n9"),
    (
        "other",
        "44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A",
    ),  # Monero
    (
        "other",
        "addr1qx2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzer3n0d3vllmyqwsx5wktcd8cc3sq835lu7drv2xwl2wywfgse35a3x",
    ),  # Cardano
]


@pytest.mark.parametrize(("network", "address"), VALID_ADDRESSES)
def test_valid_addresses(network: str, address: str) -> None:
    details = {"address": address, "network": network}
    assert validate_details("crypto_wallet", details) == details


@pytest.mark.parametrize(
    ("network", "address", "why"),
    [
        ("bitcoin", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3", "checksum"),
        ("bitcoin", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNvN2", "checksum"),
        ("bitcoin", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLz", "checksum"),
        ("bitcoin", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNL", "checksum"),
        ("bitcoin", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN0", "checksum"),  # 0 is not base58
        ("bitcoin", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr", "bech32"),
        ("bitcoin", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5md", "bech32"),
        ("bitcoin", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdb", "bech32"),  # b: not bech32
        ("bitcoin", "bc1qaR0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "bech32"),  # mixed case
        # BIP 350: a version-1 program under the bech32 (not bech32m) checksum.
        ("bitcoin", "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd", "bech32"),
        ("bitcoin", "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx", "test-network"),
        ("bitcoin", "mipcBbFg9gMiCh81Kj8tqqdgoZub1ZJRfn", "test-network"),
        ("bitcoin", "LKKHMBjCU89fyFNgSRprDoD8Jb25N8uWvd", "starts with"),
        ("bitcoin", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "starts with"),
        ("ethereum", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", "EIP-55"),
        ("ethereum", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe", "40 hexadecimal"),
        ("ethereum", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAedd", "40 hexadecimal"),
        ("ethereum", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg", "40 hexadecimal"),
        ("ethereum", "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed00", "40 hexadecimal"),
        ("tron", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u", "checksum"),
        ("tron", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6", "33 Base58"),
        ("tron", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "33 Base58"),
        ("litecoin", "LKKHMBjCU89fyFNgSRprDoD8Jb25N8uWve", "checksum"),
        ("litecoin", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "starts with"),
        ("litecoin", "ltc1qw508d6qejxtdg4y5r3zarvary0c5xw7kgmn4n8", "bech32"),
        ("litecoin", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "starts with"),
        ("other", "44AFFq5kSiGBoZ4NMDwY tN18obc8AemS33DBLWs3H7otXft3", "spaces"),
    ],
)
def test_invalid_addresses(network: str, address: str, why: str) -> None:
    errors = errors_of("crypto_wallet", {"address": address, "network": network})
    assert [(name, code) for name, code, _ in errors] == [("address", "invalid_address")]
    assert network in errors[0][2]
    assert why in errors[0][2]


@pytest.mark.parametrize(("network", "address"), VALID_ADDRESSES)
def test_an_address_is_checked_against_the_network_given(network: str, address: str) -> None:
    def accepted_on(candidate: str) -> bool:
        try:
            validate_details("crypto_wallet", {"address": address, "network": candidate})
        except AssetDetailsError:
            return False
        return True

    expected = {network, "other"}
    if address.startswith("3"):
        expected.add("litecoin")  # litecoin kept bitcoin's P2SH version byte for a while
    assert {candidate for candidate in CRYPTO_NETWORKS if accepted_on(candidate)} == expected


@pytest.mark.parametrize(
    ("network", "written", "canonical"),
    [
        (
            "bitcoin",
            "BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ",
            "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
        ),
        (
            "litecoin",
            "LTC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KGMN4N9",
            "ltc1qw508d6qejxtdg4y5r3zarvary0c5xw7kgmn4n9",
        ),
        (
            "ethereum",
            "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed",
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        ),
        (
            "ethereum",
            "0xFB6916095CA1DF60BB79CE92CE3EA74C37C5D359",
            "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
        ),
    ],
)
def test_addresses_are_stored_in_their_canonical_spelling(
    network: str, written: str, canonical: str
) -> None:
    cleaned = validate_details("crypto_wallet", {"address": f" {written} ", "network": network})
    assert cleaned == {"address": canonical, "network": network}


@pytest.mark.parametrize("network", ["Ethereum", " ETHEREUM "])
def test_the_network_is_case_insensitive(network: str) -> None:
    address = FULL["crypto_wallet"]["address"]
    cleaned = validate_details("crypto_wallet", {"address": address, "network": network})
    assert cleaned == {"address": address, "network": "ethereum"}


def test_an_unknown_network_is_reported_and_the_address_not_checked() -> None:
    errors = errors_of("crypto_wallet", {"address": "anything", "network": "solana"})
    assert [(name, code) for name, code, _ in errors] == [("network", "invalid_choice")]
    assert "bitcoin, ethereum, tron, litecoin, other" in errors[0][2]
    assert CRYPTO_NETWORKS == ("bitcoin", "ethereum", "tron", "litecoin", "other")


#: EIP-55's own test vectors: each is already in its checksummed spelling (the first two groups
#: happen to be all capitals and all lower case).
EIP55_VECTORS = [
    "0x52908400098527886E0F7030069857D2E4169EE7",
    "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
    "0xde709f2102306220921060314715629080e2fb77",
    "0x27b1fdb04752bbc536007a920d24acb045561c26",
    "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
    "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
    "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
    "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
]


@pytest.mark.parametrize("address", EIP55_VECTORS)
def test_the_eip55_vectors_are_accepted_and_stored_as_written(address: str) -> None:
    """Pins the Keccak-256 (pycryptodome) behind the checksum: a SHA3-256 would fail these."""
    for written in (address, address.lower(), "0x" + address[2:].upper()):
        cleaned = validate_details("crypto_wallet", {"address": written, "network": "ethereum"})
        assert cleaned["address"] == address


@pytest.mark.parametrize("address", EIP55_VECTORS[4:])
def test_one_letter_in_the_wrong_case_breaks_the_eip55_checksum(address: str) -> None:
    position = next(i for i, char in enumerate(address) if i > 1 and char.isalpha())
    flipped = address[:position] + address[position].swapcase() + address[position + 1 :]
    details = {"address": flipped, "network": "ethereum"}
    assert codes_of("crypto_wallet", details) == [("address", "invalid_address")]


# ---------------------------------------------------------------------------------------------
# Whatever comes in: an error list or canonical details, never a crash
# ---------------------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=10), children, max_size=3)
    ),
    max_leaves=10,
)


@st.composite
def arbitrary_details(draw: st.DrawFn) -> tuple[str, object]:
    kind = draw(st.sampled_from(sorted(ASSET_KIND_FIELDS)))
    names = [field.name for field in fields_for(kind)]
    keys = st.sampled_from(names) | st.text(max_size=12)
    values = st.sampled_from([*FULL[kind].values(), *MINIMAL[kind].values()]) | json_values
    details = draw(st.dictionaries(keys, values, max_size=8) | json_values)
    return kind, details


@given(arbitrary_details())
@settings(deadline=None)
def test_arbitrary_input_gives_errors_or_idempotent_canonical_details(
    case: tuple[str, object],
) -> None:
    kind, details = case
    try:
        cleaned = validate_details(kind, details)
    except AssetDetailsError as error:
        errors = error.errors
    else:
        assert all(isinstance(value, str) for value in cleaned.values())
        assert all(cleaned.values())
        assert validate_details(kind, cleaned) == cleaned
        return
    assert errors
    names = [name for name, _code, _message in errors]
    assert len(names) == len(set(names)), "at most one error per field"
    assert all(isinstance(name, str) for name in names)
    assert all(code for _name, code, _message in errors)
    assert all(message for _name, _code, message in errors)
