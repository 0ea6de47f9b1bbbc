"""The API's JSON parser: DRF's, with a limit on how deeply a body may nest.

Python's JSON decoder recurses once per level: a body of a few thousand `[` (a few kilobytes,
sent anonymously to sign-in) raises RecursionError, which is no ValueError and used to answer
500. And a body just under the interpreter's limit parses, then makes whatever walks it next
(serializers, the audit trail's JSON copy, PostgreSQL's jsonb) recurse just as deep. No request
of this API nests more than a few levels, so a body deeper than MAX_JSON_DEPTH is refused with
400 `parse_error` before any view sees it. `loads_bounded` is the same rule for JSON read
elsewhere (the FtM import).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from rest_framework import parsers
from rest_framework.exceptions import ParseError

# Arrays and objects inside one another, the body itself counting as one.
MAX_JSON_DEPTH = 32

TOO_DEEP = f"JSON parse error - nested deeper than {MAX_JSON_DEPTH} levels."


class JsonTooDeep(ValueError):
    def __init__(self) -> None:
        super().__init__(TOO_DEEP)


def check_depth(value: Any, limit: int = MAX_JSON_DEPTH) -> Any:
    """`value` if it nests at most `limit` levels, else `JsonTooDeep`; iterative, so checking
    cannot itself run out of stack."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, Mapping):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth > limit:
            raise JsonTooDeep
        stack.extend((child, depth + 1) for child in children)
    return value


def loads_bounded(text: str | bytes, limit: int = MAX_JSON_DEPTH) -> Any:
    """`json.loads` that raises `JsonTooDeep` (a ValueError) for a document nested too deep,
    whether the decoder itself gave up (RecursionError) or not."""
    try:
        value = json.loads(text)
    except RecursionError:
        raise JsonTooDeep from None
    return check_depth(value, limit)


class JSONParser(parsers.JSONParser):
    def parse(
        self,
        stream: Any,
        media_type: str | None = None,
        parser_context: Mapping[str, Any] | None = None,
    ) -> Any:
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError(TOO_DEEP) from None
        try:
            return check_depth(data)
        except JsonTooDeep:
            raise ParseError(TOO_DEEP) from None
