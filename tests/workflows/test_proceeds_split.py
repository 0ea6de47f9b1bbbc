"""The split of confiscated proceeds, from EU 2018/1805 Art. 30(7) and CETS 198 Art. 25(3)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from workflows.proceeds_split import agreed_split, eu_2018_1805_split

D = Decimal


class TestEu20181805Default:
    def test_up_to_ten_thousand_euro_the_executing_state_keeps_all(self) -> None:
        # Art. 30(7)(a): "EUR 10 000 or less" accrues to the executing state.
        split = eu_2018_1805_split(D("10000.00"), "EUR")
        assert (split.executing_state, split.issuing_state) == (D("10000.00"), D("0"))
        assert eu_2018_1805_split(D("0.01"), "EUR").executing_state == D("0.01")

    def test_one_cent_above_half_of_the_whole_goes_to_the_issuing_state(self) -> None:
        # Art. 30(7)(b): 50 % of the amount, not of the excess; the odd cent stays put.
        split = eu_2018_1805_split(D("10000.01"), "EUR")
        assert split.issuing_state == D("5000.00")
        assert split.executing_state == D("5000.01")
        assert split.issuing_state + split.executing_state == D("10000.01")

    def test_large_amounts_are_exact(self) -> None:
        split = eu_2018_1805_split(D("98765432109876.54"), "EUR")
        assert split.issuing_state == D("49382716054938.27")
        assert split.executing_state == D("49382716054938.27")
        odd = eu_2018_1805_split(D("999999999999999999.99"), "EUR")
        assert odd.issuing_state == D("499999999999999999.99")
        assert odd.executing_state == D("500000000000000000.00")

    def test_minor_units_of_the_currency(self) -> None:
        # KWD has 3 decimals, JPY none: the issuing half is a whole number of them.
        kwd = eu_2018_1805_split(D("20000.001"), "KWD", eur_value=D("60000.00"))
        assert (kwd.issuing_state, kwd.executing_state) == (D("10000.000"), D("10000.001"))
        jpy = eu_2018_1805_split(D("3000001"), "JPY", eur_value=D("18000.00"))
        assert (jpy.issuing_state, jpy.executing_state) == (D("1500000"), D("1500001"))

    def test_the_threshold_is_in_euro(self) -> None:
        # 1 500 000 JPY is worth less than EUR 10 000: all kept, whatever the figure says.
        kept = eu_2018_1805_split(D("1500000"), "JPY", eur_value=D("9000.00"))
        assert kept.issuing_state == 0
        assert kept.executing_state == D("1500000")
        with pytest.raises(ValueError, match="EUR"):
            eu_2018_1805_split(D("1500000"), "JPY")


class TestAgreedShare:
    def test_the_agreed_percentage_goes_to_the_issuing_state(self) -> None:
        split = agreed_split(D("1000.00"), "USD", issuing_share_percent=D("75"))
        assert (split.issuing_state, split.executing_state) == (D("750.00"), D("250.00"))

    def test_a_third_rounds_down_for_the_issuing_state_and_adds_up(self) -> None:
        split = agreed_split(D("100.00"), "USD", issuing_share_percent=D("33.33"))
        assert split.issuing_state == D("33.33")
        assert split.executing_state == D("66.67")
        split = agreed_split(D("100.00"), "USD", issuing_share_percent=D("33.335"))
        assert split.issuing_state + split.executing_state == D("100.00")

    def test_even_below_the_threshold_an_agreement_applies(self) -> None:
        # "unless otherwise agreed": an agreement is not bound by the EUR 10 000 rule.
        assert agreed_split(D("5000.00"), "EUR", issuing_share_percent=D("50")).issuing_state == D(
            "2500.00"
        )

    def test_a_share_is_a_percentage(self) -> None:
        with pytest.raises(ValueError, match="percentage"):
            agreed_split(D("1.00"), "USD", issuing_share_percent=D("100.01"))
