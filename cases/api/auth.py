"""Authentication endpoints for the SPA (session + CSRF) and personal tokens for scripts."""

from __future__ import annotations

import hashlib
from typing import Any, cast

from django.contrib.auth import authenticate, login, logout
from django.db import transaction
from django.middleware.csrf import get_token
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.views.decorators.csrf import ensure_csrf_cookie
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import exceptions, mixins, serializers, status, viewsets
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.throttling import AnonRateThrottle, SimpleRateThrottle
from rest_framework.views import APIView

from cases import audit
from cases.authentication import SessionAuthentication
from cases.models import ApiToken, User
from cases.services.tokens import api_token_create, api_token_revoke


class StateRefSerializer(serializers.Serializer[Any]):
    code = serializers.CharField()
    name = serializers.CharField()


class MeSerializer(serializers.ModelSerializer[User]):
    state = StateRefSerializer(read_only=True)

    class Meta:
        model = User
        fields = ["id", "username", "name", "email", "role", "state"]
        read_only_fields = fields


class LoginSerializer(serializers.Serializer[Any]):
    username = serializers.CharField(max_length=150)
    password = serializers.CharField(max_length=256, trim_whitespace=False)
    otp = serializers.CharField(max_length=16, required=False, allow_blank=True)


class LoginAddressThrottle(AnonRateThrottle):
    scope = "login"


class LoginUsernameThrottle(SimpleRateThrottle):
    """Limits guesses against one account, wherever they come from."""

    scope = "login_username"

    def get_cache_key(self, request: Request, view: Any) -> str | None:
        username = request.data.get("username") if isinstance(request.data, dict) else None
        if not isinstance(username, str) or not username:
            return None
        # Hashed: a typed name may hold spaces or anything else a cache key must not.
        ident = hashlib.sha256(username.strip().lower()[:150].encode()).hexdigest()
        return self.cache_format % {"scope": self.scope, "ident": ident}


INVALID_CREDENTIALS = "Unable to sign in with these credentials."


def _as_given(username: Any) -> str:
    return username[:200] if isinstance(username, str) else ""


@method_decorator(ensure_csrf_cookie, name="get")
class CsrfView(APIView):
    authentication_classes: list[Any] = []
    permission_classes = [AllowAny]

    @extend_schema(
        summary="Set the csrftoken cookie",
        responses=inline_serializer("CsrfToken", {"csrf_token": serializers.CharField()}),
    )
    def get(self, request: Request) -> Response:
        return Response({"csrf_token": get_token(request)})


class LoginView(APIView):
    """Start a session. Unknown user, wrong password and inactive account answer alike.

    The view takes JSON only, which a cross-site form cannot send without a CORS preflight; that is
    why it needs no CSRF token (a session does not exist yet), while every later write does.
    """

    authentication_classes: list[Any] = []
    permission_classes = [AllowAny]
    throttle_classes = [LoginAddressThrottle, LoginUsernameThrottle]

    @extend_schema(request=LoginSerializer, responses={200: MeSerializer}, summary="Sign in")
    def post(self, request: Request) -> Response:
        form = LoginSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        # ModelBackend hashes a dummy password for unknown users, so timing does not tell either.
        user = authenticate(
            request._request,
            username=form.validated_data["username"],
            password=form.validated_data["password"],
        )
        if user is None or not user.is_active:
            # The trail keeps the name as it was typed and no user: whether such a user exists
            # is not for the trail of a failed attempt to say either.
            audit.record(
                "auth.login_failed",
                object_type="user",
                changes={"attempted_username": _as_given(request.data.get("username"))},
            )
            raise exceptions.ValidationError(
                {
                    "non_field_errors": [
                        exceptions.ErrorDetail(INVALID_CREDENTIALS, "invalid_credentials")
                    ]
                }
            )
        with transaction.atomic():  # a session exists exactly when its login was recorded
            login(request._request, user)  # rotates the session key
            audit.record("auth.login", obj=user, actor=user)
        return Response(MeSerializer(user).data)


class LogoutView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(request=None, responses={204: None}, summary="End the session")
    def post(self, request: Request) -> Response:
        user = cast(User, request.user)
        audit.record("auth.logout", obj=user, actor=user)
        logout(request._request)
        return Response(status=status.HTTP_204_NO_CONTENT)


class MeView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(responses=MeSerializer, summary="The signed-in user")
    def get(self, request: Request) -> Response:
        return Response(MeSerializer(cast(User, request.user)).data)


class ApiTokenSerializer(serializers.ModelSerializer[ApiToken]):
    class Meta:
        model = ApiToken
        fields = [
            "id",
            "name",
            "key_prefix",
            "created_at",
            "expires_at",
            "last_used_at",
            "revoked_at",
        ]
        read_only_fields = ["id", "key_prefix", "created_at", "last_used_at", "revoked_at"]

    def validate_expires_at(self, value: Any) -> Any:
        if value is not None and value <= timezone.now():
            raise serializers.ValidationError("The expiry must be in the future.", code="in_past")
        return value


class ApiTokenCreatedSerializer(ApiTokenSerializer):
    key = serializers.CharField(read_only=True, help_text="Shown once; store it now.")

    class Meta(ApiTokenSerializer.Meta):
        fields = [*ApiTokenSerializer.Meta.fields, "key"]
        read_only_fields = [*ApiTokenSerializer.Meta.read_only_fields, "key"]


class ApiTokenViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet[ApiToken],
):
    """Personal API tokens of the signed-in user. Deleting one revokes it at once."""

    queryset = ApiToken.objects.none()  # narrowed to the caller's own tokens in get_queryset
    serializer_class = ApiTokenSerializer
    permission_classes = [IsAuthenticated]
    filter_backends: list[Any] = []

    def get_queryset(self) -> Any:
        return ApiToken.objects.filter(user=cast(User, self.request.user)).order_by("-created_at")

    @extend_schema(request=ApiTokenSerializer, responses={201: ApiTokenCreatedSerializer})
    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        # A token may not mint tokens: creating one needs the interactive session (API.md).
        if not isinstance(request.successful_authenticator, SessionAuthentication):
            raise exceptions.PermissionDenied("Tokens are created from a signed-in session.")
        form = ApiTokenSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        token, key = api_token_create(
            user=request.user,  # type: ignore[arg-type]
            name=form.validated_data["name"],
            expires_at=form.validated_data.get("expires_at"),
        )
        body = ApiTokenCreatedSerializer(token).data
        body["key"] = key
        return Response(body, status=status.HTTP_201_CREATED)

    def perform_destroy(self, instance: ApiToken) -> None:
        api_token_revoke(token=instance)
