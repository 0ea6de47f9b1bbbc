"""OpenAPI descriptions of the project's own authentication classes (drf-spectacular)."""

from typing import Any

from drf_spectacular.extensions import OpenApiAuthenticationExtension


class SessionScheme(OpenApiAuthenticationExtension):
    target_class = "accounts.authentication.SessionAuthentication"
    name = "session"

    def get_security_definition(self, auto_schema: Any) -> dict[str, str]:
        return {
            "type": "apiKey",
            "in": "cookie",
            "name": "sessionid",
            "description": (
                "Browser session from POST /api/v1/auth/login/; writes need X-CSRFToken."
            ),
        }


class ApiTokenScheme(OpenApiAuthenticationExtension):
    target_class = "accounts.authentication.ApiTokenAuthentication"
    name = "token"

    def get_security_definition(self, auto_schema: Any) -> dict[str, str]:
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "Personal API token: `Authorization: Token <key>`.",
        }


class CalendarFeedTokenScheme(OpenApiAuthenticationExtension):
    target_class = "deadlines.api.feed_tokens.CalendarFeedTokenAuthentication"
    name = "calendarToken"

    def get_security_definition(self, auto_schema: Any) -> dict[str, str]:
        return {
            "type": "apiKey",
            "in": "query",
            "name": "token",
            "description": "A calendar feed token in the URL (`/api/v1/deadlines/feed-tokens/`), "
            "for calendar programs; it reads the deadline feed and nothing else.",
        }
