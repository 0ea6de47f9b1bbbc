"""Crypto-asset addresses: the codecs and checksums of each network, and the canonical spelling.

Bitcoin and litecoin: Base58Check (double SHA-256 checksum) and SegWit bech32/bech32m (BIP
173/350); ethereum: ``0x`` + 40 hex digits, with the EIP-55 mixed-case checksum verified when the
address is written in mixed case (one written all in lower or upper case is stored in its EIP-55
spelling); tron: Base58Check with version byte ``0x41``.  Only main-network addresses are
accepted.

Keccak-256 is pycryptodome's.  The Base58Check and bech32/bech32m codecs are ours: python-stdnum's
bitcoin module knows neither bech32m (BIP 350, Taproot addresses) nor litecoin and tron, and the
packages that do are either unmaintained or pull in a whole wallet toolkit.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable

from Crypto.Hash import keccak

_BECH32_LOOKALIKE = re.compile(r"(BC|LTC)1[0-9A-Z]+", re.ASCII)
_EVM_ADDRESS = re.compile(r"0x[0-9a-fA-F]{40}", re.ASCII)


def crypto_address_normalizer(value: str) -> str:
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


def _eip55_spelling(hex_digits: str) -> str:
    """The 40 hex digits of an ethereum address with the EIP-55 checksum in their case."""
    lower = hex_digits.lower()
    # Ethereum's Keccak-256 (original padding), not FIPS 202 SHA3-256, the one hashlib has.
    digest = keccak.new(digest_bits=256, data=lower.encode("ascii")).hexdigest()
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


def address_problem(network: str, address: str) -> str | None:
    """What is wrong with ``address`` on ``network`` (one of ``CRYPTO_NETWORKS``), or None."""
    return _ADDRESS_CHECKS[network](address)
