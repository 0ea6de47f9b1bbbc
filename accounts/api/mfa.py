"""The signed-in user's second factor: status, TOTP enrolment and removal, recovery codes.

Only from a browser session (a personal token may not change how its owner signs in). A session
that still owes a second factor reaches the status and the enrolment endpoints only
(core.middleware.MFA_PENDING_ALLOWED_VIEWS); confirming the app finishes its sign-in.
"""

from __future__ import annotations

from base64 import b32encode
from typing import Any, ClassVar, cast

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import serializers, status
from rest_framework.permissions import BasePermission, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.authentication import SessionAuthentication
from accounts.services.mfa import (
    MFA_SESSION_KEY,
    SESSION_VERIFIED,
    has_second_factor,
    mfa_required_for,
    recovery_codes_regenerate,
    session_mark,
    session_mfa_pending,
    totp_enrolment_confirm,
    totp_enrolment_start,
    totp_remove,
)
from cases.models import User
from core import api_docs


class FromSession(BasePermission):
    message = "The second factor is managed from a signed-in session, not with a token."

    def has_permission(self, request: Request, view: Any) -> bool:
        return isinstance(request.successful_authenticator, SessionAuthentication)


class MfaStatusSerializer(serializers.Serializer[Any]):
    enrolled = serializers.BooleanField(help_text="An authenticator app is set up.")
    enrolment_pending = serializers.BooleanField(help_text="An app awaits its first code.")
    required_for_role = serializers.BooleanField(
        help_text="The user's role must sign in with a second factor (MFA_REQUIRED_ROLES)."
    )
    session_verified = serializers.BooleanField(help_text="This session passed a second factor.")
    pending = serializers.BooleanField(
        help_text="This session owes a second factor and may only finish signing in."
    )
    recovery_codes_remaining = serializers.IntegerField()


class OtpSerializer(serializers.Serializer[Any]):
    otp = serializers.CharField(
        max_length=32, help_text="A current code from the app, or a recovery code."
    )


class TotpEnrolmentSerializer(serializers.Serializer[Any]):
    otpauth_uri = serializers.CharField(help_text="For a QR code: otpauth://totp/...")
    secret = serializers.CharField(help_text="The same key in base32, to type in by hand.")
    digits = serializers.IntegerField()
    period = serializers.IntegerField()


class RecoveryCodesSerializer(serializers.Serializer[Any]):
    recovery_codes = serializers.ListField(
        child=serializers.CharField(), help_text="Shown once: each works once instead of a code."
    )


def _status(request: Request) -> dict[str, Any]:
    from django_otp.plugins.otp_static.models import StaticToken
    from django_otp.plugins.otp_totp.models import TOTPDevice

    user = cast(User, request.user)
    session = request._request.session
    return {
        "enrolled": has_second_factor(user),
        "enrolment_pending": TOTPDevice.objects.filter(user=user, confirmed=False).exists(),
        "required_for_role": mfa_required_for(user),
        "session_verified": session.get(MFA_SESSION_KEY) == SESSION_VERIFIED,
        "pending": session_mfa_pending(session, user),
        "recovery_codes_remaining": StaticToken.objects.filter(device__user=user).count(),
    }


def _otp(request: Request) -> str:
    form = OtpSerializer(data=request.data)
    form.is_valid(raise_exception=True)
    return str(form.validated_data["otp"])


class MfaStatusView(APIView):
    permission_classes = [IsAuthenticated, FromSession]

    @extend_schema(
        responses=MfaStatusSerializer,
        summary="The second factor's status",
        description=(
            "Whether the signed-in user has an authenticator app, whether their role requires "
            "one, and how many recovery codes are left. From a signed-in session only."
        ),
    )
    def get(self, request: Request) -> Response:
        return Response(MfaStatusSerializer(_status(request)).data)


class TotpView(APIView):
    permission_classes = [IsAuthenticated, FromSession]

    @extend_schema(
        request=None,
        responses={201: TotpEnrolmentSerializer},
        summary="Start setting up an authenticator app",
        description="The app is not used until confirmed with a code (`.../totp/confirm/`).",
    )
    def post(self, request: Request) -> Response:
        device = totp_enrolment_start(user=cast(User, request.user))
        body = {
            "otpauth_uri": device.config_url,
            "secret": b32encode(device.bin_key).decode(),
            "digits": device.digits,
            "period": device.step,
        }
        return Response(TotpEnrolmentSerializer(body).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        request=OtpSerializer,
        responses={204: None},
        summary="Remove the authenticator app",
        description=(
            'Needs `{"otp": ...}` in the body: a current code or a recovery code. The recovery '
            "codes go with the app. A user whose role requires a second factor must set up a new "
            "one before doing anything else."
        ),
        examples=api_docs.request_examples({"code": {"otp": "123456"}}),
    )
    def delete(self, request: Request) -> Response:
        user = cast(User, request.user)
        totp_remove(user=user, code=_otp(request))
        session_mark(request._request.session, verified=False)
        return Response(status=status.HTTP_204_NO_CONTENT)


class _NewRecoveryCodesView(APIView):
    """A POST with a current code that answers a new set of recovery codes, shown this once;
    `schema_summary` and `schema_description` say what else it does."""

    permission_classes = [IsAuthenticated, FromSession]
    schema_summary: ClassVar[str]
    schema_description: ClassVar[str]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        extend_schema_view(
            post=extend_schema(
                request=OtpSerializer,
                responses={200: RecoveryCodesSerializer},
                summary=cls.schema_summary,
                description=cls.schema_description,
            )
        )(cls)

    def new_codes(self, request: Request, code: str) -> list[str]:
        raise NotImplementedError

    def post(self, request: Request) -> Response:
        codes = self.new_codes(request, _otp(request))
        return Response(RecoveryCodesSerializer({"recovery_codes": codes}).data)


class TotpConfirmView(_NewRecoveryCodesView):
    schema_summary = "Confirm the authenticator app with its first code"
    schema_description = (
        "Answers the recovery codes, shown this once. The session counts as verified."
    )

    def new_codes(self, request: Request, code: str) -> list[str]:
        codes = totp_enrolment_confirm(user=cast(User, request.user), code=code)
        session_mark(request._request.session, verified=True)
        return codes


class RecoveryCodesView(_NewRecoveryCodesView):
    schema_summary = "Replace the recovery codes"
    schema_description = "Needs a current code; the old recovery codes stop working."

    def new_codes(self, request: Request, code: str) -> list[str]:
        return recovery_codes_regenerate(user=cast(User, request.user), code=code)


__all__ = [
    "MfaStatusView",
    "RecoveryCodesView",
    "TotpConfirmView",
    "TotpView",
]
