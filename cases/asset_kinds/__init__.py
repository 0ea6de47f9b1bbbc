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

Where each part lives
=====================

* ``kinds``: the table (``ASSET_KIND_FIELDS``, ``ASSET_KIND_RULES``) and ``describe_kinds``.
* ``cleaning``: the engine that applies the table (``validate_details``).
* ``fields``: what a field and a rule are, and the errors (``DetailField``, ``AssetDetailsError``).
* ``identifiers``: IBAN, BIC, ISIN, VIN, IMO, MMSI, registration marks, countries, currencies.
* ``quantities``: numbers of shares, percentages, quantities, lengths.
* ``crypto``: crypto-asset addresses by network.
* ``CRYPTO_UNITS``: crypto-asset units and their decimals, for a wallet's holding (the table is
  ``core.crypto_units``, below the models that store it).
"""

from cases.asset_kinds.cleaning import fields_for, validate_details
from cases.asset_kinds.crypto import CRYPTO_NETWORKS
from cases.asset_kinds.fields import (
    NON_FIELD,
    AssetDetailsError,
    DetailError,
    DetailField,
    InvalidValue,
    KindRule,
)
from cases.asset_kinds.identifiers import IBAN_REGISTRY
from cases.asset_kinds.kinds import ASSET_KIND_FIELDS, ASSET_KIND_RULES, describe_kinds
from core.crypto_units import CRYPTO_UNITS

__all__ = [
    "ASSET_KIND_FIELDS",
    "ASSET_KIND_RULES",
    "CRYPTO_NETWORKS",
    "CRYPTO_UNITS",
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
