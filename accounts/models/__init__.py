"""Credentials: personal API tokens and calendar feed tokens (users and states are `cases`')."""

from accounts.models.api_tokens import ApiToken
from accounts.models.feed_tokens import FEED_TOKEN_PARAMETER, CalendarFeedToken

__all__ = ["FEED_TOKEN_PARAMETER", "ApiToken", "CalendarFeedToken"]
