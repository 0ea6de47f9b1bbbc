"""Candidates from the index, among what the caller may see."""

from __future__ import annotations

import pytest

from matching import candidates
from matching.models import MatchKey
from tests.factories import make_asset, make_case, make_subject, share
from tests.matching.conftest import indexed

pytestmark = pytest.mark.django_db

IBAN_DETAILS = {"bank_name": "Example Bank", "currency": "GBP"}


def _account(case, iban: str):  # type: ignore[no-untyped-def]
    return make_asset(
        case=case,
        kind="bank_account",
        description="Current account",
        details={**IBAN_DETAILS, "iban": iban},
    )


def test_transliteration_is_a_match_and_the_near_miss_is_not(personas) -> None:  # type: ignore[no-untyped-def]
    gb = personas.prosecutor_gb
    first, second, third = (make_case(by=gb) for _ in range(3))
    latin = indexed(make_subject(case=first, name="Viktor Fedorovych Yanukovych"))
    cyrillic = indexed(make_subject(case=second, name="Янукович Віктор Федорович"))
    indexed(make_subject(case=third, name="Viktor Yushchenko"))

    found = candidates.subject_matches(subject=latin, user=gb)
    assert [match.matched.pk for match in found] == [cyrillic.pk]
    assert found[0].score >= 0.7
    assert "name_match" in found[0].explanation
    # The same pair from the other side has the same id.
    (back,) = candidates.subject_matches(subject=cyrillic, user=gb)
    assert back.matched.pk == latin.pk
    assert back.id == found[0].id


def test_iban_matches_across_spacing_and_case(personas) -> None:  # type: ignore[no-untyped-def]
    gb = personas.prosecutor_gb
    spaced = indexed(_account(make_case(by=gb), "GB82 WEST 1234 5698 7654 32"))
    compact = indexed(_account(make_case(by=gb), "gb82west12345698765432"))
    indexed(_account(make_case(by=gb), "DE89 3704 0044 0532 0130 00"))

    (match,) = candidates.asset_matches(asset=spaced, user=gb)
    assert match.matched.pk == compact.pk
    assert match.explanation["identifier_equal"]["detail"] == "iban GB82WEST12345698765432"


def test_a_record_of_the_same_case_is_no_candidate(personas) -> None:  # type: ignore[no-untyped-def]
    case = make_case(by=personas.prosecutor_gb)
    one = indexed(make_subject(case=case, name="Viktor Fedorovych Yanukovych"))
    indexed(make_subject(case=case, name="Viktor Fedorovych Yanukovych", role="other"))
    assert candidates.subject_matches(subject=one, user=personas.prosecutor_gb) == []


def test_gb_matches_never_name_an_ng_case(personas) -> None:  # type: ignore[no-untyped-def]
    gb_case = make_case(by=personas.prosecutor_gb)
    ng_case = make_case(by=personas.prosecutor_ng)
    gb_subject = indexed(make_subject(case=gb_case, name="Viktor Fedorovych Yanukovych"))
    ng_subject = indexed(make_subject(case=ng_case, name="Viktor Fedorovych Yanukovych"))
    gb_account = indexed(_account(gb_case, "GB82WEST12345698765432"))
    indexed(_account(ng_case, "GB82WEST12345698765432"))

    assert candidates.subject_matches(subject=gb_subject, user=personas.prosecutor_gb) == []
    assert candidates.asset_matches(asset=gb_account, user=personas.prosecutor_gb) == []
    assert candidates.subject_matches(subject=ng_subject, user=personas.prosecutor_ng) == []
    # The index holds both: it is the query, not the index, that keeps states apart.
    assert MatchKey.objects.filter(subject=ng_subject).exists()


def test_a_liaison_sees_matches_among_shared_cases_only_and_nothing_restricted(personas) -> None:  # type: ignore[no-untyped-def]
    gb = personas.prosecutor_gb
    shared_one, shared_two, unshared = (make_case(by=gb) for _ in range(3))
    share(shared_one, "FR")
    share(shared_two, "FR")
    name = "Viktor Fedorovych Yanukovych"
    subject = indexed(make_subject(case=shared_one, name=name))
    visible = indexed(make_subject(case=shared_two, name=name))
    indexed(make_subject(case=shared_two, name=name, role="other", restricted=True))
    indexed(make_subject(case=unshared, name=name))

    found = candidates.subject_matches(subject=subject, user=personas.liaison_fr)
    assert [match.matched.pk for match in found] == [visible.pk]
    # GB's own prosecutors see all three.
    assert len(candidates.subject_matches(subject=subject, user=gb)) == 3
