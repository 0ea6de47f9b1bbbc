"""Sentences the OpenAPI schema repeats on many operations, written for the people who write API
clients (a prosecutor's office IT team), not for the developers of this code base.

drf-spectacular shows a view's docstring as an operation's description unless `extend_schema`
names one; every operation names one, so docstrings stay free to talk about the implementation
(tests/core/test_schema_docs.py holds the schema to that).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiExample,
    OpenApiParameter,
    extend_schema,
    extend_schema_view,
)

_View = TypeVar("_View", bound=type[Any])

WHO_SEES = (
    "Prosecutors see the cases of their own state; a partner state's liaison sees only the cases "
    "shared with their state and, inside them, nothing marked `restricted` (and fewer fields). "
    "Anything the caller may not see answers 404, exactly as an id that does not exist."
)
PAGINATED = (
    "Paginated: `?page=N&page_size=M` (25 by default, at most 200), answered as "
    '`{"count", "next", "previous", "results"}`.'
)
ERRORS = (
    "Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an "
    "`errors` list of `{attr, code, detail}`)."
)
ETAG = "The answer carries an `ETag` header; send it back as `If-Match` on a change."
IF_MATCH = (
    "Send the `ETag` you last read as `If-Match`: a stale one answers 412 and changes nothing "
    "(re-read the object and try again)."
)
TEAM_WRITES = (
    "Only the case team (the lead prosecutor and the team members of the owning state) may do "
    "this; others who may see the case get 403."
)
IDEMPOTENT = (
    "An `Idempotency-Key` header makes a retry safe: the same key and body answer the first "
    "result again instead of creating twice."
)
CASE_IN_BODY = (
    "A `case` the caller may not see is refused as invalid input (400), like an id that does not "
    "exist."
)
SIGNED_IN = "Any signed-in user (session or `Authorization: Token <key>`)."


def join(*parts: str) -> str:
    """Paragraphs of a description, in the order given."""
    return "\n\n".join(part for part in parts if part)


def team_act(
    *,
    noun: str,
    if_match: Any,
    request: Any,
    answers: Any,
    summary: str,
    what: str,
    idempotent: bool = False,
    methods: list[str] | None = None,
) -> Callable[[Any], Any]:
    """A POST by the case team on one object of the case file (a decision, a waiver, a payment)
    at the version its `If-Match` names, answering the object (`CaseFileViewSet.act_on_locked`):
    `what` it does, then the rules every such act shares (`methods`: of an action that also
    answers a GET)."""
    article = "An" if noun[:1] in "aeiou" else "A"
    return extend_schema(
        methods=methods,
        parameters=[if_match],
        request=request,
        responses={200: answers},
        summary=summary,
        description=join(
            what,
            TEAM_WRITES,
            IF_MATCH,
            IDEMPOTENT if idempotent else "",
            f"{article} {noun} the caller may not see is 404. " + ERRORS,
        ),
    )


def request_examples(examples: dict[str, Any]) -> list[OpenApiExample]:
    """Request bodies a client may send, each under the name the documentation shows it by."""
    return [
        OpenApiExample(name, value=value, request_only=True) for name, value in examples.items()
    ]


# The ids the request examples name; a client puts the ids of its own objects there.
EXAMPLE_CASE_ID = "0b9c1a52-4f0e-4c4e-9a53-2d1f6f0e7a10"
EXAMPLE_SUBJECT_ID = "5d2e8f31-7c6a-4b1e-8f0d-3a9b2c4d6e21"
EXAMPLE_ASSET_ID = "8a7f6e5d-4c3b-4a29-9187-6f5e4d3c2b32"
EXAMPLE_USER_ID = "c4b3a291-8f7e-4d6c-9b5a-493827161f43"

# The path parameter of the endpoints under /api/v1/assets/{asset_id}/.
ASSET_ID = OpenApiParameter(
    "asset_id", OpenApiTypes.UUID, OpenApiParameter.PATH, description="The asset's UUID"
)


def one_asset_list(*, summary: str, about: str, partners: str) -> Callable[[_View], _View]:
    """The GET of a list view of one asset's records (`/api/v1/assets/{asset_id}/...`): what
    they are (`about`), what a partner state's liaison sees of them (`partners`), 404 for an
    asset the caller may not see."""
    return extend_schema_view(
        get=extend_schema(
            parameters=[ASSET_ID],
            summary=summary,
            description=join(
                about, f"{partners} An asset the caller may not see is 404.", PAGINATED, ERRORS
            ),
        )
    )
