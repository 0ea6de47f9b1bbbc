"""`/api/v1/notifications/`: the signed-in user's inbox."""

from __future__ import annotations

from typing import Any

import django_filters
from django.db.models import QuerySet
from django.utils import timezone
from drf_spectacular.utils import extend_schema, extend_schema_view, inline_serializer
from rest_framework import mixins, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from cases.api.base import AuditedLookupMixin
from core import api_docs
from core.filters import BooleanFilter as StrictBooleanFilter
from core.serializers import ReadOnlyModelSerializer
from notifications.models import Notification


class NotificationSerializer(ReadOnlyModelSerializer[Notification]):
    case = serializers.PrimaryKeyRelatedField(read_only=True)  # type: ignore[var-annotated]
    read = serializers.SerializerMethodField()

    class Meta:
        model = Notification
        fields = ["id", "kind", "title", "body", "case", "created_at", "read_at", "read"]

    def get_read(self, notification: Notification) -> bool:
        return notification.read_at is not None


class NotificationFilter(django_filters.FilterSet):
    unread = StrictBooleanFilter(field_name="read_at", lookup_expr="isnull")
    kind = django_filters.CharFilter(max_length=40)

    class Meta:
        model = Notification
        fields = ["unread", "kind"]


def inbox(user: Any) -> QuerySet[Notification]:
    """The user's notifications, without those about what they can no longer see."""
    return Notification.objects.visible_to(user)


_INBOX = (
    "The signed-in user's own notifications (another user's are 404). A notification about "
    "something the user can no longer see (a share revoked, a case closed to them) disappears "
    "from the inbox."
)


@extend_schema_view(
    list=extend_schema(
        summary="List your notifications",
        description=api_docs.join(
            _INBOX,
            "Newest first. Filter with `unread=true` and `kind`.",
            api_docs.PAGINATED,
            api_docs.ERRORS,
        ),
    ),
    retrieve=extend_schema(summary="Read one notification", description=_INBOX),
)
class NotificationViewSet(
    AuditedLookupMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet[Notification],
):
    serializer_class = NotificationSerializer
    filterset_class = NotificationFilter
    ordering_fields = ["created_at"]
    ordering = ["-created_at", "-id"]
    queryset = Notification.objects.none()

    def get_queryset(self) -> QuerySet[Notification]:
        return inbox(self.request.user)

    @extend_schema(
        request=None,
        responses=NotificationSerializer,
        summary="Mark one as read",
        description=api_docs.join(
            "Marks the notification as read and answers it; marking it again changes nothing.",
            _INBOX,
        ),
    )
    @action(detail=True, methods=["post"])
    def read(self, request: Request, pk: Any = None) -> Response:
        notification = self.get_object()
        if notification.read_at is None:
            inbox(request.user).filter(pk=notification.pk, read_at__isnull=True).update(
                read_at=timezone.now()
            )
            notification.refresh_from_db()
        return Response(NotificationSerializer(notification).data)

    @extend_schema(
        request=None,
        responses=inline_serializer("MarkedRead", {"marked": serializers.IntegerField()}),
        summary="Mark all as read",
        description="Marks every unread notification of the caller as read and answers how many.",
    )
    @action(detail=False, methods=["post"], url_path="read-all")
    def read_all(self, request: Request) -> Response:
        marked = inbox(request.user).filter(read_at__isnull=True).update(read_at=timezone.now())
        return Response({"marked": marked})

    @extend_schema(
        responses=inline_serializer("UnreadCount", {"unread": serializers.IntegerField()}),
        summary="How many are unread",
        description="The number of the caller's unread notifications, for a badge.",
    )
    @action(detail=False, methods=["get"], url_path="unread-count")
    def unread_count(self, request: Request) -> Response:
        return Response({"unread": inbox(request.user).filter(read_at__isnull=True).count()})
