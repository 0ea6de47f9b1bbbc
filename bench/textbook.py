"""A liaison's case list and case file as most projects would build them (the benchmark's
comparison only).

Guardian's generic object-permission tables (object ids stored as text, one row per group and
case), `get_objects_for_user`, a nested `ModelSerializer` and no `select_related`: the shape of
the django-guardian documentation. Never routed in the product.
"""

from __future__ import annotations

from typing import Any
from unittest import mock

from guardian.models import GroupObjectPermission, UserObjectPermission
from guardian.shortcuts import get_objects_for_user
from rest_framework import generics, serializers

from cases.api.cases import CasePartnerSerializer
from cases.models import Case, State, User
from core.pagination import PageNumberPagination


class TextbookStateSerializer(serializers.ModelSerializer[State]):
    class Meta:
        model = State
        fields = ["code", "name"]


class TextbookUserSerializer(serializers.ModelSerializer[User]):
    class Meta:
        model = User
        fields = ["id", "username", "name"]


class TextbookCaseSerializer(serializers.ModelSerializer[Case]):
    owner_state = TextbookStateSerializer()
    origin_state = TextbookStateSerializer()
    lead_prosecutor = TextbookUserSerializer()

    class Meta:
        model = Case
        # What the product shows a liaison of a case (`CasePartnerSerializer`), and when it changed.
        fields = [*CasePartnerSerializer.Meta.fields, "updated_at"]


def textbook_cases(user: Any) -> Any:
    """The cases `user` may view, by guardian's generic group permissions."""
    # The product registers guardian's direct foreign-key tables for Case; the textbook uses
    # the generic ones (what `assign_perm` writes when no direct table is declared).
    with (
        mock.patch(
            "guardian.shortcuts.get_group_obj_perms_model", return_value=GroupObjectPermission
        ),
        mock.patch(
            "guardian.shortcuts.get_user_obj_perms_model", return_value=UserObjectPermission
        ),
    ):
        return get_objects_for_user(
            user,
            "cases.view_case",
            klass=Case,
            use_groups=True,
            with_superuser=False,
            accept_global_perms=False,
        )


class TextbookCaseList(generics.ListAPIView[Case]):
    serializer_class = TextbookCaseSerializer
    pagination_class = PageNumberPagination
    filter_backends: list[Any] = []

    def get_queryset(self) -> Any:
        return textbook_cases(self.request.user).order_by("-created_at", "-id")


class TextbookCaseDetail(generics.RetrieveAPIView[Case]):
    """A case file: the same serializer, the case looked up among the permitted ones."""

    serializer_class = TextbookCaseSerializer

    def get_queryset(self) -> Any:
        return textbook_cases(self.request.user)
