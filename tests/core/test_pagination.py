"""Pages whose count is read in the page's own statement (`paginate_counted`): the same count,
links and errors as a count of its own, and never a row the caller may not see in the count."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.pagination import BoundedCountPagination
from tests.authz.world import send_mla
from tests.factories import make_asset, make_case, share
from workflows.mla_models import MlaRequest

pytestmark = pytest.mark.django_db


@pytest.fixture
def assets(personas):
    """Five assets FR's liaison may see, and as many it may not (restricted, or unshared)."""
    gb = personas.prosecutor_gb
    shared, unshared = make_case(by=gb, title="Shared"), make_case(by=gb, title="Unshared")
    share(shared, "FR")
    for index in range(5):
        make_asset(case=shared, description=f"Visible {index}")
        make_asset(case=shared, description=f"Restricted {index}", restricted=True)
        make_asset(case=unshared, description=f"Unshared {index}")


def page(client, **params):
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/api/v1/assets/", params)
    return response, len(captured)


def test_the_count_is_of_what_the_caller_may_see(assets, personas, client_for) -> None:
    response, queries = page(client_for(personas.liaison_fr), page_size=2)
    body = response.json()
    assert body["count"] == 5
    assert body["count_is_lower_bound"] is False
    assert [row["description"] for row in body["results"]] == ["Visible 4", "Visible 3"]
    assert body["previous"] is None
    assert body["next"].endswith("/api/v1/assets/?page=2&page_size=2")
    assert queries == 3  # the session, the user, and the page with its count


def test_the_owner_counts_everything_of_its_state(assets, personas, client_for) -> None:
    body = page(client_for(personas.prosecutor_gb), page_size=4, page=2)[0].json()
    assert body["count"] == 15
    assert len(body["results"]) == 4
    assert body["previous"].endswith("/api/v1/assets/?page_size=4")
    assert body["next"].endswith("/api/v1/assets/?page=3&page_size=4")


def test_the_last_page_by_number_and_by_name(assets, personas, client_for) -> None:
    client = client_for(personas.liaison_fr)
    by_number = page(client, page_size=2, page=3)[0].json()
    by_name = page(client, page_size=2, page="last")[0].json()
    assert by_number["results"] == by_name["results"]
    assert [row["description"] for row in by_number["results"]] == ["Visible 0"]
    assert by_number["count"] == by_name["count"] == 5
    assert by_number["next"] is None
    assert by_number["previous"].endswith("page=2&page_size=2")


@pytest.mark.parametrize("number", ["4", "0", "999999999", "99999999999999999999"])
def test_a_page_past_the_end_is_not_found(number, assets, personas, client_for) -> None:
    response, _ = page(client_for(personas.liaison_fr), page_size=2, page=number)
    assert response.status_code == 404


def test_an_empty_list_is_a_first_page_with_a_count_of_zero(personas, client_for) -> None:
    body = page(client_for(personas.liaison_fr))[0].json()
    assert body == {
        "count": 0,
        "count_is_lower_bound": False,
        "next": None,
        "previous": None,
        "results": [],
    }


def test_a_page_that_is_not_a_number_is_refused(assets, personas, client_for) -> None:
    assert page(client_for(personas.liaison_fr), page="two")[0].status_code == 400
    assert page(client_for(personas.liaison_fr), page_size="-1")[0].status_code == 400


@pytest.fixture
def count_ahead_two(monkeypatch):
    """Count exactly up to two objects past the page's end (1,000 in production)."""
    monkeypatch.setattr(BoundedCountPagination, "count_ahead", 2)


def test_past_the_bound_the_count_is_a_lower_bound(
    assets, count_ahead_two, personas, client_for
) -> None:
    client = client_for(personas.prosecutor_gb)  # 15 assets
    first = page(client, page_size=4)[0].json()
    # 4 on the page, 2 past it counted exactly, and one more: there are more than 6.
    assert (first["count"], first["count_is_lower_bound"]) == (7, True)
    assert first["next"].endswith("page=2&page_size=4")
    third = page(client, page_size=4, page=3)[0].json()
    # 12 up to its end, 2 past it and one more: 15, all there is, but the count cannot know it.
    assert (third["count"], third["count_is_lower_bound"]) == (15, True)
    assert third["next"].endswith("page=4&page_size=4")
    last = page(client, page_size=4, page=4)[0].json()
    assert (last["count"], last["count_is_lower_bound"]) == (15, False)
    assert len(last["results"]) == 3
    assert last["next"] is None


def test_within_the_bound_the_count_is_exact(assets, count_ahead_two, personas, client_for):
    # FR sees 5 of the 15: a page of 3 and the 2 after it are all there is (counting one the
    # caller may not see would have made it (6, True)).
    body = page(client_for(personas.liaison_fr), page_size=3)[0].json()
    assert (body["count"], body["count_is_lower_bound"]) == (5, False)


def test_the_bounded_case_count_never_counts_what_the_caller_may_not_see(
    assets, count_ahead_two, personas, client_for
) -> None:
    # One case shared with FR, of two: a page of 1 and the 2 after it would hold a second.
    cases = client_for(personas.liaison_fr).get("/api/v1/cases/", {"page_size": 1}).json()
    assert (cases["count"], cases["count_is_lower_bound"]) == (1, False)


@pytest.fixture
def deadlines(personas):
    """Three answers FR owes on requests it sees; two more whose requests it may not see, one
    restricted as it was made, one restricted afterwards behind the deadline's back."""
    gb = personas.prosecutor_gb
    case = make_case(by=gb)
    share(case, "FR")
    for _ in range(3):
        send_mla(case, gb)
    send_mla(case, gb, restricted=True)
    MlaRequest.objects.filter(pk=send_mla(case, gb).pk).update(restricted=True)


def deadline_page(client, **params):
    return client.get("/api/v1/deadlines/", params).json()


def test_a_deadline_list_counts_within_its_bound(
    deadlines, count_ahead_two, personas, client_for
) -> None:
    team = client_for(personas.prosecutor_gb)  # all five
    first = deadline_page(team, page_size=1)
    assert (first["count"], first["count_is_lower_bound"]) == (4, True)
    assert first["next"].endswith("page=2&page_size=1")
    assert deadline_page(team, page="last", page_size=1)["count"] == 5
    # FR sees three: the page, the two after it, and no fourth: exact, never a hidden one.
    liaison = deadline_page(client_for(personas.liaison_fr), page_size=1)
    assert (liaison["count"], liaison["count_is_lower_bound"]) == (3, False)
    assert len(liaison["results"]) == 1
