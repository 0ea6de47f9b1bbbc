"""The base of the viewsets of a signed-in user's own tokens (API tokens, calendar feed tokens)."""

from __future__ import annotations

from typing import Any, cast

from django.db.models import Model
from rest_framework import exceptions, mixins, viewsets
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request

from accounts.authentication import SessionAuthentication
from cases.models import User


class OwnTokenViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet[Any],
):
    """The caller's own tokens of `token_model`, newest first: others' do not exist for them
    (404). Deleting one revokes it at once."""

    token_model: type[Model]
    permission_classes = [IsAuthenticated]
    filter_backends: list[Any] = []

    def get_queryset(self) -> Any:
        user = cast(User, self.request.user)
        return self.token_model._default_manager.filter(user=user).order_by("-created_at", "id")

    @staticmethod
    def refuse_unless_session(request: Request, message: str) -> None:
        """A token may not mint tokens: creating one needs the interactive session (API.md)."""
        if not isinstance(request.successful_authenticator, SessionAuthentication):
            raise exceptions.PermissionDenied(message)
