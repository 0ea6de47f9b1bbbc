"""The table a lawyer reads: which fields each kind of asset's details accepts and requires.

Read ``ASSET_KIND_FIELDS`` (and ``ASSET_KIND_RULES`` for the few rules that involve two fields)
to know what the system accepts; nothing else in the code base adds or relaxes a rule.  Its kinds
are the values of ``cases.models.AssetKind``; a test keeps the two in step.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cases.asset_kinds.crypto import CRYPTO_NETWORKS, address_problem, crypto_address_normalizer
from cases.asset_kinds.fields import DetailError, DetailField, KindRule
from cases.asset_kinds.identifiers import (
    compact_upper,
    imo_normalizer,
    lower,
    single_spaced_upper,
    validate_bic,
    validate_country,
    validate_currency,
    validate_iban,
    validate_imo,
    validate_isin,
    validate_mmsi,
    validate_registration_mark,
    validate_vin,
)
from cases.asset_kinds.quantities import (
    validate_length_m,
    validate_percentage,
    validate_quantity,
    validate_share_count,
)
from cases.models.assets import AssetKind

# ---------------------------------------------------------------------------------------------
# Rules over several fields
# ---------------------------------------------------------------------------------------------


def _check_crypto_address(details: Mapping[str, str]) -> list[DetailError]:
    network, address = details.get("network"), details.get("address")
    if network is None or address is None:
        return []  # reported as missing already
    problem = address_problem(network, address)
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
        normalizer=compact_upper,
        validator=validate_currency,
        help_text="ISO 4217 code, e.g. EUR, USD, CHF.",
    )


ASSET_KIND_FIELDS: dict[str, tuple[DetailField, ...]] = {
    "bank_account": (
        DetailField(
            "iban",
            "IBAN",
            max_length=34,
            normalizer=compact_upper,
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
            normalizer=compact_upper,
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
            normalizer=compact_upper,
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
            normalizer=single_spaced_upper,
        ),
        DetailField(
            "vin",
            "VIN",
            max_length=17,
            normalizer=compact_upper,
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
            normalizer=imo_normalizer,
            validator=validate_imo,
            help_text="Seven digits, e.g. IMO 9074729.",
        ),
        DetailField(
            "mmsi",
            "MMSI",
            max_length=9,
            normalizer=compact_upper,
            validator=validate_mmsi,
            help_text="Maritime Mobile Service Identity, nine digits.",
        ),
        DetailField(
            "flag_state",
            "Flag state",
            max_length=2,
            normalizer=compact_upper,
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
            normalizer=compact_upper,
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
            normalizer=crypto_address_normalizer,
            help_text="Checked against the network: bitcoin, litecoin, ethereum and tron "
            "addresses carry a checksum.",
        ),
        DetailField(
            "network",
            "Network",
            required=True,
            max_length=20,
            normalizer=lower,
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


def describe_kinds() -> list[dict[str, Any]]:
    """The table as JSON-able data, for the API documentation and the client's forms."""
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
