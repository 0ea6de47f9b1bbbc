"""OpenAPI post-processing: every operation documents the problem+json errors it can answer.

`asset_recovery.problems` turns every failure under /api/ into `application/problem+json`; this
hook says so in the schema, with one shared `Problem` component, so that clients (and the
schemathesis run of the suite) can rely on the content type and the shape of every error.
"""

from __future__ import annotations

from typing import Any

from asset_recovery.problems import PROBLEM_CONTENT_TYPE

PROBLEM_COMPONENT = {
    "type": "object",
    "description": "RFC 9457 problem details; `errors` lists what is wrong with invalid input.",
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "code": {"type": "string"},
        "errors": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "attr": {"type": "string", "nullable": True},
                    "code": {"type": "string"},
                    "detail": {"type": "string"},
                },
                "required": ["attr", "code", "detail"],
            },
        },
    },
    "required": ["type", "title", "status", "detail"],
}

# Answers any operation may give, whatever it does.
COMMON = {
    "401": "Not authenticated.",
    "403": "Authenticated, and allowed to see the object, but not to do this.",
    "404": "No object the caller may see has this id (or the page does not exist).",
    "405": "Method not allowed.",
    "406": "None of the media types in Accept can be served.",
    "429": "Throttled; `Retry-After` says how many seconds to wait.",
    "503": "A service the request needs (the database, the broker) is unavailable.",
}
WITH_INPUT = {"400": "Invalid input; see `errors`."}
WITH_BODY = {
    "409": "Not allowed in the object's current state, or an Idempotency-Key conflict.",
    "412": "If-Match names a version that is no longer current.",
    "413": "The request body or upload is too large.",
    "415": "Unsupported media type.",
    "422": "The Idempotency-Key was used before with a different request.",
}
UNSAFE = {"post", "put", "patch", "delete"}

IDEMPOTENCY_KEY = {
    "name": "Idempotency-Key",
    "in": "header",
    "required": False,
    "description": "A client-chosen key (1 to 200 visible ASCII characters). Retrying a create "
    "with the same key answers the first result (header `Idempotent-Replayed: true`) instead of "
    "creating a duplicate; keys are kept 24 hours, per user.",
    "schema": {"type": "string"},
}


def add_problem_responses(result: dict[str, Any], generator: Any, **kwargs: Any) -> dict[str, Any]:
    """drf-spectacular POSTPROCESSING_HOOKS entry."""
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    schemas["Problem"] = PROBLEM_COMPONENT
    problem_content = {PROBLEM_CONTENT_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}
    for path, operations in result.get("paths", {}).items():
        for method, operation in operations.items():
            if method not in {"get", "post", "put", "patch", "delete", "head", "options"}:
                continue
            wanted = dict(COMMON)
            if operation.get("parameters") or method in UNSAFE:
                wanted.update(WITH_INPUT)
            if method in UNSAFE:
                wanted.update(WITH_BODY)
            responses = operation.setdefault("responses", {})
            for status, description in wanted.items():
                response = responses.setdefault(status, {"description": description})
                content = response.setdefault("content", {})
                if not content or (set(content) == {"application/json"} and status != "503"):
                    # A declared error without a body shape (or the JSON default) is a problem.
                    content.clear()
                    content.update(problem_content)
                elif PROBLEM_CONTENT_TYPE not in content:
                    content.update(problem_content)
            for parameter in operation.get("parameters", []):
                # An empty filter (`?status=`) is no filter, as HTML forms send it.
                if parameter.get("in") == "query" and not parameter.get("required"):
                    parameter["allowEmptyValue"] = True
            security = operation.get("security", [])
            if {"calendarToken": []} in security and {"token": []} not in security:
                security.append({"token": []})  # the feed takes the Authorization header too
            if path.endswith("/download/"):
                # The stored file's own type, whatever it is.
                responses["200"]["content"] = {
                    "*/*": {"schema": {"type": "string", "format": "binary"}}
                }
            if method == "post" and path.rstrip("/").split("/")[-1] in CREATING_COLLECTIONS:
                parameters = operation.setdefault("parameters", [])
                if not any(p.get("name") == "Idempotency-Key" for p in parameters):
                    parameters.append(IDEMPOTENCY_KEY)
    return result


# The last segment of the POST paths that create a resource and honour Idempotency-Key
# (kept in step with asset_recovery.idempotency's users).
CREATING_COLLECTIONS = {
    "cases",
    "subjects",
    "assets",
    "documents",
    "mla-requests",
    "deadlines",
    "shares",
    "tokens",
    "transitions",
    "bulk",
}
