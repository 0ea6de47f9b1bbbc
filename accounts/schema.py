"""OpenAPI descriptions of the project's own authentication classes (drf-spectacular)."""

from typing import Any, ClassVar

from drf_spectacular.extensions import OpenApiAuthenticationExtension


class _ApiKeyScheme(OpenApiAuthenticationExtension):
    """An `apiKey` scheme: where the credential travels and what it is. With no target class,
    this base matches no authentication class itself."""

    location: ClassVar[str]
    key: ClassVar[str]
    description: ClassVar[str]

    def get_security_definition(self, auto_schema: Any) -> dict[str, str]:
        return {
            "type": "apiKey",
            "in": self.location,
            "name": self.key,
            "description": self.description,
        }


class SessionScheme(_ApiKeyScheme):
    target_class = "accounts.authentication.SessionAuthentication"
    name = "session"
    location, key = "cookie", "sessionid"
    description = "Browser session from POST /api/v1/auth/login/; writes need X-CSRFToken."


class ApiTokenScheme(_ApiKeyScheme):
    target_class = "accounts.authentication.ApiTokenAuthentication"
    name = "token"
    location, key = "header", "Authorization"
    description = "Personal API token: `Authorization: Token <key>`."


class CalendarFeedTokenScheme(_ApiKeyScheme):
    target_class = "deadlines.api.feed_tokens.CalendarFeedTokenAuthentication"
    name = "calendarToken"
    location, key = "query", "token"
    description = (
        "A calendar feed token in the URL (`/api/v1/deadlines/feed-tokens/`), "
        "for calendar programs; it reads the deadline feed and nothing else."
    )
