"""Match keys (pure) and logic-v2 scores: transliterations match, near misses do not."""

from __future__ import annotations

from followthemoney import model

from matching import keys, scoring


def _person(entity_id: str, name: str, **properties: str) -> object:
    entity = model.make_entity("Person")
    entity.id = entity_id
    entity.add("name", name)
    for prop, value in properties.items():
        entity.add(prop, value)
    return entity


def test_transliterated_names_share_the_phonetic_key() -> None:
    latin = dict(keys.name_keys(["Viktor Fedorovych Yanukovych"]))
    cyrillic = dict(keys.name_keys(["Янукович Віктор Федорович"]))
    assert latin[keys.NAME] == "fedorovych viktor yanukovych"
    assert cyrillic[keys.NAME] == "fedorovich viktor yanukovich"  # Latin ASCII, token-sorted
    assert latin[keys.NAME_PHONETIC] == cyrillic[keys.NAME_PHONETIC]
    near_miss = dict(keys.name_keys(["Viktor Yushchenko"]))
    assert near_miss[keys.NAME_PHONETIC] != latin[keys.NAME_PHONETIC]


def test_iban_key_ignores_spacing_and_case() -> None:
    spaced = keys.asset_keys(kind="bank_account", details={"iban": "GB82 WEST 1234 5698 7654 32"})
    compact = keys.asset_keys(kind="bank_account", details={"iban": "gb82west12345698765432"})
    assert spaced == compact == {("iban", "GB82WEST12345698765432")}


def test_identifier_keys_of_a_subject() -> None:
    found = keys.subject_keys(
        name="Li",  # too short for a name key
        aliases=[],
        identifiers=[
            {"type": "passport", "value": "ab 123-456"},
            {"type": "lei", "value": "5493 00 84UKLVMY22DS16"},
            {"type": "other", "value": "x"},
        ],
    )
    assert found == {("passport", "AB123456"), ("lei", "54930084UKLVMY22DS16")}


def test_wallet_keys_ignore_the_case_of_hex_addresses_only() -> None:
    upper = keys.asset_keys(
        kind="crypto_wallet", details={"address": "0x52908400098527886E0F7030069857D2E4169EE7"}
    )
    lower = keys.asset_keys(
        kind="crypto_wallet", details={"address": "0x52908400098527886e0f7030069857d2e4169ee7"}
    )
    assert upper == lower
    btc = keys.asset_keys(
        kind="crypto_wallet", details={"address": "1BoatSLRHtKNngkdXEeobR76b53LETtpyT"}
    )
    assert btc == {("wallet", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT")}


def test_digest_is_keyed() -> None:
    one = keys.digest(b"secret-one", "iban", "GB82WEST12345698765432")
    assert one == keys.digest(b"secret-one", "iban", "GB82WEST12345698765432")
    assert one != keys.digest(b"secret-two", "iban", "GB82WEST12345698765432")
    assert one != keys.digest(b"secret-one", "passport", "GB82WEST12345698765432")
    assert "GB82" not in one


def test_logic_v2_matches_the_transliteration_and_not_the_near_miss() -> None:
    yanukovych = _person("a", "Viktor Fedorovych Yanukovych")
    cyrillic, _ = scoring.score(yanukovych, _person("b", "Янукович Віктор Федорович"))
    yushchenko, _ = scoring.score(yanukovych, _person("c", "Viktor Yushchenko"))
    assert cyrillic >= 0.7
    assert yushchenko < 0.7
    assert scoring.ALGORITHM == "logic-v2"


def test_explanation_names_the_features_that_counted() -> None:
    value, explanation = scoring.score(
        _person("a", "Viktor Fedorovych Yanukovych"), _person("b", "Янукович Віктор Федорович")
    )
    assert "name_match" in explanation
    assert explanation["name_match"]["score"] == round(value, 4)
    assert "yanukovych" in explanation["name_match"]["detail"]


def test_a_renamed_record_is_scored_with_its_new_name() -> None:
    # logic-v2 memoises names by entity id: the same id with another name must not reuse them.
    query = _person("ar-1", "Viktor Fedorovych Yanukovych")
    before, _ = scoring.score(query, _person("ar-2", "Янукович Віктор Федорович"))
    after, _ = scoring.score(query, _person("ar-2", "Mykola Azarov"))
    assert before >= 0.7
    assert after < 0.5
