"""Authentication endpoints for the SPA (session + CSRF) and personal tokens for scripts."""

from __future__ import annotations

from typing import Any, cast

from django.contrib.auth import authenticate, login, logout
from django.db import transaction
from django.middleware.csrf import get_token
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.views.decorators.csrf import ensure_csrf_cookie
from drf_spectacular.utils import (
    extend_schema,
    inline_serializer,
)
from rest_framework import exceptions, serializers, status
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.api.own_tokens import OwnTokenViewSet
from accounts.models import ApiToken
from accounts.services.login_lockout import (
    client_address,
    login_failure_record,
    login_lockout_check,
    login_success_record,
)
from accounts.services.mfa import (
    INVALID_CODE,
    has_second_factor,
    mfa_required_for,
    second_factor_verify,
    session_mark,
)
from accounts.services.tokens import api_token_create, api_token_revoke
from audit import trail
from cases.models import User
from core import api_docs
from core.serializers import ReadOnlyModelSerializer


class StateRefSerializer(serializers.Serializer[Any]):
    code = serializers.CharField()
    name = serializers.CharField()


class MeSerializer(ReadOnlyModelSerializer[User]):
    state = StateRefSerializer(read_only=True)

    class Meta:
        model = User
        fields = ["id", "username", "name", "email", "role", "state"]


class LoginSerializer(serializers.Serializer[Any]):
    username = serializers.CharField(max_length=150)
    password = serializers.CharField(max_length=256, trim_whitespace=False)
    otp = serializers.CharField(max_length=16, required=False, allow_blank=True)


class LoginLocked(exceptions.Throttled):
    """429 while an account or an address cools off after failed sign-ins (login_lockout.py)."""

    default_detail = "Too many failed sign-ins; try again later."
    default_code = "login_locked"


INVALID_CREDENTIALS = "Unable to sign in with these credentials."
OTP_REQUIRED = "Enter the code from your authenticator app, or a recovery code."


def _as_given(username: Any) -> str:
    return username[:200] if isinstance(username, str) else ""


@method_decorator(ensure_csrf_cookie, name="get")
class CsrfView(APIView):
    authentication_classes: list[Any] = []
    permission_classes = [AllowAny]

    @extend_schema(
        summary="Set the csrftoken cookie",
        description=(
            "Sets the `csrftoken` cookie and answers the same token. A browser client calls it "
            "before signing in; every unsafe request on a session then sends the token in the "
            "`X-CSRFToken` header. Needs no authentication. Clients that use "
            "`Authorization: Token <key>` need no CSRF token."
        ),
        responses=inline_serializer("CsrfToken", {"csrf_token": serializers.CharField()}),
    )
    def get(self, request: Request) -> Response:
        return Response({"csrf_token": get_token(request)})


class LoginView(APIView):
    """Start a session. Unknown user, wrong password and inactive account answer alike.

    Failed attempts are counted per account and per client address; past the limit every attempt
    waits (429 with Retry-After) for a cool-off that grows, whether the account exists or not
    (accounts/services/login_lockout.py). A user with a second factor sends its code as `otp` (a
    current TOTP code or a recovery code): without it the answer is 400 `otp_required`, with a
    wrong one 400 `invalid_otp`, which counts as a failed attempt. A user whose role must have a
    second factor but has none yet gets a half signed-in session that may only enrol one.

    The view takes JSON only, which a cross-site form cannot send without a CORS preflight; that is
    why it needs no CSRF token (a session does not exist yet), while every later write does.
    """

    authentication_classes: list[Any] = []
    permission_classes = [AllowAny]

    @extend_schema(
        request=LoginSerializer,
        responses=MeSerializer,
        summary="Sign in",
        description=api_docs.join(
            "Starts a session (`sessionid` cookie) and answers the signed-in user. An unknown "
            "user, a wrong password and an inactive account get the same 400 answer.",
            "A user with a second factor also sends `otp` (a current authenticator code or a "
            "recovery code): without it the answer is 400 with the code `otp_required`, with a "
            "wrong one 400 `invalid_otp`.",
            "Repeated failures, per account and per client address, make every further attempt "
            "wait: 429 with a `Retry-After` header, whether the account exists or not.",
            api_docs.ERRORS,
        ),
        examples=api_docs.request_examples(
            {
                "password": {"username": "prosecutor_gb", "password": "correct horse battery"},
                "password and second factor": {
                    "username": "prosecutor_gb",
                    "password": "correct horse",
                    "otp": "123456",
                },
            }
        ),
    )
    def post(self, request: Request) -> Response:
        form = LoginSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        username = form.validated_data["username"]
        address = client_address(request._request)
        locked = login_lockout_check(username=username, address=address)
        if locked is not None:
            # Refused before the password is even looked at: the same answer, as fast, for any
            # username; and not counted, so hammering does not make the lockout longer.
            trail.record(
                "auth.login_refused",
                object_type="user",
                changes={
                    "attempted_username": _as_given(request.data.get("username")),
                    "reason": "locked",
                },
            )
            raise LoginLocked(wait=locked.seconds)
        # ModelBackend hashes a dummy password for unknown users, so timing does not tell either.
        user = authenticate(
            request._request, username=username, password=form.validated_data["password"]
        )
        if user is None or not user.is_active:
            # The trail keeps the name as it was typed and no user: whether such a user exists
            # is not for the trail of a failed attempt to say either.
            login_failure_record(username=username, address=address)
            trail.record(
                "auth.login_failed",
                object_type="user",
                changes={"attempted_username": _as_given(request.data.get("username"))},
            )
            raise _login_error("non_field_errors", INVALID_CREDENTIALS, "invalid_credentials")
        user = cast(User, user)
        with_second_factor = has_second_factor(user)
        if with_second_factor:
            # The password was right: from here on the answers may say so.
            otp = form.validated_data.get("otp") or ""
            if not otp:
                trail.record(
                    "auth.login_failed", obj=user, actor=user, changes={"reason": "otp_missing"}
                )
                raise _login_error("otp", OTP_REQUIRED, "otp_required")
            if not second_factor_verify(user=user, code=otp):
                login_failure_record(username=username, address=address)
                trail.record(
                    "auth.login_failed", obj=user, actor=user, changes={"reason": "otp_invalid"}
                )
                raise _login_error("otp", INVALID_CODE, "invalid_otp")
        with transaction.atomic():  # a session exists exactly when its login was recorded
            # Always a new session: Django keeps the key when the same user signs in again on a
            # live session, and whatever that session held (a half sign-in) must not carry over.
            request._request.session.flush()
            login(request._request, user)
            session_mark(request._request.session, verified=with_second_factor)
            trail.record(
                "auth.login",
                obj=user,
                actor=user,
                changes={
                    "second_factor": with_second_factor,
                    "second_factor_owed": not with_second_factor and mfa_required_for(user),
                },
            )
        login_success_record(username=username)
        return Response(MeSerializer(user).data)


def _login_error(attr: str, detail: str, code: str) -> exceptions.ValidationError:
    return exceptions.ValidationError({attr: [exceptions.ErrorDetail(detail, code)]})


class LogoutView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        request=None,
        responses={204: None},
        summary="End the session",
        description="Signs out of the current session (204). Personal API tokens stay valid.",
    )
    def post(self, request: Request) -> Response:
        user = cast(User, request.user)
        trail.record("auth.logout", obj=user, actor=user)
        logout(request._request)
        return Response(status=status.HTTP_204_NO_CONTENT)


class MeView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        responses=MeSerializer,
        summary="The signed-in user",
        description=(
            "The caller's id, username, name, email, `role` (`prosecutor`, `liaison` or `admin`) "
            "and state. 401 when not signed in."
        ),
    )
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


class ApiTokenViewSet(OwnTokenViewSet):
    """Personal API tokens of the signed-in user."""

    token_model = ApiToken
    serializer_class = ApiTokenSerializer
    created_serializer_class = ApiTokenCreatedSerializer
    refused_without_session = "Tokens are created from a signed-in session."
    schema_plural, schema_one = "API tokens", "an API token"
    schema_about = (
        "Personal API tokens of the signed-in user, for scripts: send one as `Authorization: "
        "Token <key>`. Only the caller's own tokens exist for them (others' are 404)."
    )
    schema_listed = "Newest first; the key itself is never shown again."
    schema_revoked = "Revokes it at once (204): it stops working."
    schema_create_summary = "Create an API token"
    schema_create_notes = api_docs.join(
        "Creates a personal API token and answers it with its `key`, shown this once. Only from a "
        "signed-in session (403 with a token: a token cannot create tokens). `expires_at` is "
        "optional and must be in the future. Not idempotent: an `Idempotency-Key` is ignored, "
        "since a replay would have to keep the key for 24 hours.",
    )
    schema_create_examples = api_docs.request_examples(
        {"nightly export script": {"name": "nightly export", "expires_at": "2030-06-30T00:00:00Z"}}
    )

    def token_create(self, user: User, data: dict[str, Any]) -> tuple[ApiToken, str]:
        return api_token_create(user=user, name=data["name"], expires_at=data.get("expires_at"))

    def token_revoke(self, token: ApiToken) -> None:
        api_token_revoke(token=token)
