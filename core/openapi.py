"""OpenAPI post-processing: every operation documents the problem+json errors it can answer.

`core.problems` turns every failure under /api/ into `application/problem+json`; this
hook says so in the schema, with one shared `Problem` component, so that clients (and the
schemathesis run of the suite) can rely on the content type and the shape of every error.
"""

from __future__ import annotations

from typing import Any

from core.problems import PROBLEM_CONTENT_TYPE

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
# (kept in step with core.idempotency's users).
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


# --- Response components: what every caller is promised -----------------------------------------
# drf-spectacular marks read-only fields required (COMPONENT_NO_READ_ONLY_REQUIRED off), so that
# generated clients know which response fields are always there. Two corrections follow, both
# derived from the serializers themselves rather than listed by hand:
# - a field that only the owning state's view carries (`XSerializer` beside `XPartnerSerializer`)
#   is documented but not promised: a partner state's liaison does not get it;
# - a read-only choice field whose model column may be blank (`art57_tier` of an act that is not a
#   return) answers "", which the enum alone would not allow.


def _serializer_classes() -> list[type]:
    from rest_framework import serializers

    seen: list[type] = []
    pending: list[type] = [serializers.Serializer]
    while pending:
        cls = pending.pop()
        for sub in cls.__subclasses__():
            if sub not in seen:
                seen.append(sub)
                pending.append(sub)
    return seen


def _component_name(cls: type) -> str:
    meta = getattr(cls, "Meta", None)
    ref_name = getattr(meta, "ref_name", None) if meta is not None else None
    name = cls.__name__
    return str(ref_name) if ref_name else (name[: -len("Serializer")] or name)


def _declared_fields(cls: type) -> list[str]:
    meta = getattr(cls, "Meta", None)
    fields = getattr(meta, "fields", None) if meta is not None else None
    if isinstance(fields, (list, tuple)):
        return [str(name) for name in fields]
    return list(getattr(cls, "_declared_fields", {}))


def owner_only_fields() -> dict[str, set[str]]:
    """Component name -> fields that the owning state's serializer has and the partner's lacks."""
    classes = {cls.__name__: cls for cls in _serializer_classes()}
    answer: dict[str, set[str]] = {}
    for name, partner in classes.items():
        if not name.endswith("PartnerSerializer"):
            continue
        owner = classes.get(name.replace("PartnerSerializer", "Serializer"))
        if owner is None:
            continue
        extra = set(_declared_fields(owner)) - set(_declared_fields(partner))
        if extra:
            answer[_component_name(owner)] = extra
    return answer


def blank_choice_fields() -> dict[str, dict[str, bool]]:
    """Component name -> {read-only choice field with a blankable model column: nullable}."""
    from rest_framework import serializers

    answer: dict[str, dict[str, bool]] = {}
    for cls in _serializer_classes():
        if not issubclass(cls, serializers.ModelSerializer):
            continue
        meta = getattr(cls, "Meta", None)
        model = getattr(meta, "model", None)
        if model is None:
            continue
        read_only = set(getattr(meta, "read_only_fields", ()) or ())
        declared = getattr(cls, "_declared_fields", {})
        for field_name in _declared_fields(cls):
            if field_name in declared or field_name not in read_only:
                continue
            try:
                model_field = model._meta.get_field(field_name)
            except Exception:  # noqa: S112 - not a model column
                continue
            if getattr(model_field, "choices", None) and getattr(model_field, "blank", False):
                answer.setdefault(_component_name(cls), {})[field_name] = bool(
                    getattr(model_field, "null", False)
                )
    return answer


def mark_response_fields(result: dict[str, Any], generator: Any, **kwargs: Any) -> dict[str, Any]:
    """drf-spectacular POSTPROCESSING_HOOKS entry (after add_problem_responses)."""
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    for component, fields in owner_only_fields().items():
        schema = schemas.get(component)
        if not schema or "required" not in schema:
            continue
        schema["required"] = [name for name in schema["required"] if name not in fields]
        if not schema["required"]:
            del schema["required"]
    blank_needed = False
    for component, blankable in blank_choice_fields().items():
        schema = schemas.get(component)
        if not schema:
            continue
        for field_name, nullable in blankable.items():
            prop = schema.get("properties", {}).get(field_name)
            if not prop:
                continue
            refs = prop.get("allOf") or prop.get("oneOf") or ([prop] if "$ref" in prop else [])
            enum_refs = [r for r in refs if "$ref" in r and not r["$ref"].endswith("/BlankEnum")]
            if len(enum_refs) != 1:
                continue
            replacement: dict[str, Any] = {
                "oneOf": [enum_refs[0], {"$ref": "#/components/schemas/BlankEnum"}]
            }
            for key in ("readOnly", "description", "title"):
                if key in prop:
                    replacement[key] = prop[key]
            if nullable or prop.get("nullable"):
                replacement["nullable"] = True
            schema["properties"][field_name] = replacement
            blank_needed = True
    if blank_needed:
        schemas.setdefault("BlankEnum", {"enum": [""]})
    return result
