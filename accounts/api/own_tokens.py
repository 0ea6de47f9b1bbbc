"""The base of the viewsets of a signed-in user's own tokens (API tokens, calendar feed tokens)."""

from __future__ import annotations

from typing import Any, ClassVar, cast

from django.db.models import Model
from drf_spectacular.utils import OpenApiExample, extend_schema, extend_schema_view
from rest_framework import exceptions, mixins, serializers, status, viewsets
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response

from accounts.authentication import SessionAuthentication
from cases.models import User
from core import api_docs


class OwnTokenViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet[Any],
):
    """The caller's own tokens of `token_model`, newest first: others' do not exist for them
    (404). Creating one needs the signed-in session and answers its key, shown this once;
    deleting one revokes it at once.

    Subclasses declare the model, the serializer of a token and of a token just created (with
    its key), the services that create and revoke (`token_create`, `token_revoke`), and the words
    of the schema.
    """

    token_model: ClassVar[type[Model]]
    created_serializer_class: ClassVar[type[serializers.Serializer[Any]]]
    # The 403 of a create with a token instead of a session.
    refused_without_session: ClassVar[str]
    # The schema's words: the tokens (`schema_plural`), one of them with its article
    # (`schema_one`: "an API token"), what they are for (`schema_about`), and what the list, a
    # revoke and a create say beyond that.
    schema_plural: ClassVar[str]
    schema_one: ClassVar[str]
    schema_about: ClassVar[str]
    schema_listed: ClassVar[str]
    schema_revoked: ClassVar[str]
    schema_create_summary: ClassVar[str]
    schema_create_notes: ClassVar[str]
    schema_create_examples: ClassVar[list[OpenApiExample]] = []

    permission_classes = [IsAuthenticated]
    filter_backends: list[Any] = []

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.queryset = cls.token_model._default_manager.none()  # narrowed in get_queryset
        about, plural = cls.schema_about, cls.schema_plural
        extend_schema_view(
            list=extend_schema(
                summary=f"List your {plural}",
                description=api_docs.join(about, cls.schema_listed, api_docs.PAGINATED),
            ),
            retrieve=extend_schema(summary=f"Read one of your {plural}", description=about),
            create=extend_schema(
                request=cls.serializer_class,
                responses={201: cls.created_serializer_class},
                summary=cls.schema_create_summary,
                description=api_docs.join(cls.schema_create_notes, api_docs.ERRORS),
                examples=cls.schema_create_examples,
            ),
            destroy=extend_schema(
                summary=f"Revoke {cls.schema_one}",
                description=api_docs.join(about, cls.schema_revoked),
            ),
        )(cls)

    def get_queryset(self) -> Any:
        user = cast(User, self.request.user)
        return self.token_model._default_manager.filter(user=user).order_by("-created_at", "id")

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        # A token may not mint tokens: creating one needs the interactive session (API.md).
        if not isinstance(request.successful_authenticator, SessionAuthentication):
            raise exceptions.PermissionDenied(self.refused_without_session)
        form = self.get_serializer(data=request.data)
        form.is_valid(raise_exception=True)
        token, key = self.token_create(cast(User, request.user), form.validated_data)
        body = self.created_serializer_class(token).data
        body.update(self.shown_once(request, key))
        return Response(body, status=status.HTTP_201_CREATED)

    def perform_destroy(self, instance: Any) -> None:
        self.token_revoke(instance)

    def token_create(self, user: User, data: dict[str, Any]) -> tuple[Any, str]:
        """The new token of `user` and its key (which is stored nowhere)."""
        raise NotImplementedError

    def token_revoke(self, token: Any) -> None:
        raise NotImplementedError

    def shown_once(self, request: Request, key: str) -> dict[str, str]:
        """What the answer to a create adds to the token: its key, which is never shown again."""
        return {"key": key}
