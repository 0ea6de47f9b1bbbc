"""The shape every case-file endpoint shares: visibility-derived querysets, separate input and
output serializers (a partner state's output serializer is a different class, not blanked fields),
ETag/If-Match on writes, and services for every change."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, ClassVar, cast

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.db.models import Model, QuerySet
from django.http import Http404
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import OpenApiExample, extend_schema, extend_schema_view
from rest_framework import exceptions, generics, mixins, serializers, status, viewsets
from rest_framework.filters import OrderingFilter
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.serializers import as_serializer_error

from audit import trail
from cases.api.fields import ObjectIdField
from cases.api.rows import Rows
from cases.models import Asset, Case, User
from cases.services.versioning import etag_for, lock_current, parse_if_match, partner_etag
from cases.visibility import can_edit_case, cases_visible_to, sees_restricted
from core import api_docs
from core.idempotency import idempotent
from core.pagination import PageNumberPagination


def current_user(request: Request) -> User:
    return request.user  # type: ignore[return-value]


def raise_as_api_error(exc: DjangoValidationError) -> None:
    raise exceptions.ValidationError(as_serializer_error(exc)) from exc


@contextmanager
def service_errors() -> Iterator[None]:
    """A service's refusals as the API's problems, with the service's words: its validation
    error is 400 (field by field), its permission refused (only the case team records this) 403."""
    try:
        yield
    except DjangoValidationError as exc:
        raise_as_api_error(exc)
    except DjangoPermissionDenied as exc:
        raise exceptions.PermissionDenied(str(exc) or None) from exc


class VisibleCaseField(ObjectIdField):
    """A case named in a request body: only cases the caller may see exist.

    An invisible case and a random UUID get the same answer, so a body cannot probe for cases.
    """

    def get_queryset(self) -> QuerySet[Case]:
        request = self.context.get("request")
        return cases_visible_to(request.user if request else None)


def visible_or_404(queryset: QuerySet[Any], pk: Any, user: Any) -> Any:
    """The object if `queryset` (already narrowed to what `user` may see) holds it, else 404.

    A 404 for an object that exists is a denied access: it is audited on the object's case chain
    (the owning team sees who probed), and the answer is the very same 404 as for a random id.
    """
    try:
        return queryset.get(pk=pk)
    except (queryset.model.DoesNotExist, ValueError, TypeError, DjangoValidationError):
        trail.record_denied_access(user=user, model=queryset.model, pk=pk)
        raise Http404 from None


class AuditedLookupMixin:
    """For viewsets: `get_object()` through `visible_or_404`'s audit of denied accesses."""

    def get_object(self) -> Any:
        try:
            return super().get_object()  # type: ignore[misc]
        except Http404:
            view: Any = self
            trail.record_denied_access(
                user=view.request.user,
                model=view.get_queryset().model,
                pk=view.kwargs.get(view.lookup_url_kwarg or view.lookup_field),
            )
            raise


class OwnerOrPartnerView:
    """A view that answers the owning state with its serializer and a partner state with another
    class (fewer fields, not blanked ones); the schema shows the owner's."""

    owner_serializer_class: ClassVar[type[serializers.Serializer[Any]]]
    partner_serializer_class: ClassVar[type[serializers.Serializer[Any]]]
    request: Any  # the view's request (a DRF Request, an HttpRequest to Django's stubs)

    def output_serializer_class(self) -> type[serializers.Serializer[Any]]:
        if getattr(self, "swagger_fake_view", False) or sees_restricted(current_user(self.request)):
            return self.owner_serializer_class
        return self.partner_serializer_class

    def get_serializer_class(self) -> type[serializers.Serializer[Any]]:
        return self.output_serializer_class()


class AssetRecordsView(OwnerOrPartnerView, generics.ListAPIView[Any]):
    """The records of one asset (`/api/v1/assets/{asset_id}/...`), in the one order `records_of`
    gives: 404 for an asset the caller may not see. A subclass declares the records' `queryset`
    (`Model.objects.none()`: the schema's model) and the owner's and the partner's serializers."""

    filter_backends: list[Any] = []  # one fixed order; no ordering by fields partners do not see

    def visible_assets(self, user: User) -> QuerySet[Asset]:
        return Asset.objects.visible_to(user, references=False).select_related("case")

    def visible_asset(self) -> Asset:
        user = current_user(self.request)
        return visible_or_404(self.visible_assets(user), self.kwargs["asset_id"], user)

    def get_queryset(self) -> QuerySet[Any]:
        if getattr(self, "swagger_fake_view", False):
            return super().get_queryset()
        return self.records_of(self.visible_asset(), current_user(self.request))

    def records_of(self, asset: Asset, user: User) -> QuerySet[Any]:
        raise NotImplementedError


class VisibleOrderingFilter(OrderingFilter):
    """`?ordering=` without the fields a partner state is not shown: ordering by `updated_at`
    would tell a liaison when changes they may not see were made."""

    owner_only = frozenset({"updated_at", "-updated_at"})

    def get_valid_fields(self, queryset: Any, view: Any, context: Any = None) -> Any:
        fields = super().get_valid_fields(queryset, view, context or {})
        if sees_restricted(current_user(view.request)):
            return fields
        return [field for field in fields if field[0] not in self.owner_only]


# The fields of every case child (`cases.models.base.CaseChild`) that only the owning state reads:
# `updated_at` among them, as it moves with changes partners may not see.
CASE_CHILD_OWNER_FIELDS = ("restricted", "internal_notes", "created_at", "updated_at", "version")


class CaseFileViewSet(
    AuditedLookupMixin,
    OwnerOrPartnerView,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet[Any],
):
    """List, retrieve, create and PATCH for a model of the case file.

    Subclasses declare the visible queryset, the output serializer for the owning state and the
    one for partner states, the input serializers, and the services that write.
    """

    http_method_names = ["get", "post", "patch", "head", "options"]
    filter_backends = [DjangoFilterBackend, VisibleOrderingFilter]
    create_serializer_class: ClassVar[type[serializers.Serializer[Any]]]
    update_serializer_class: ClassVar[type[serializers.Serializer[Any]]]
    # What the schema says a create answers (the owner's view of the object unless named) and
    # the create's summary, when it needs one.
    created_serializer_class: ClassVar[type[serializers.Serializer[Any]] | None] = None
    create_summary: ClassVar[str | None] = None
    # The words the schema's summaries and descriptions use for the object ("asset", "assets"),
    # the list's filters, and what a create or a PATCH needs beyond the common rules.
    schema_noun: ClassVar[str] = "object"
    schema_plural: ClassVar[str] = "objects"
    schema_list_notes: ClassVar[str] = ""
    schema_create_notes: ClassVar[str] = ""
    schema_update_notes: ClassVar[str] = ""
    schema_writers: ClassVar[str] = api_docs.TEAM_WRITES
    # Request bodies shown with the create (tests/core/test_schema_docs.py posts each one).
    schema_create_examples: ClassVar[list[OpenApiExample]] = []

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """The schema of a create and a PATCH: both answer the owner's serializer (a write is
        the owning state's), which the input serializers would otherwise stand for."""
        super().__init_subclass__(**kwargs)
        if not hasattr(cls, "owner_serializer_class"):
            return  # a base for viewsets (`CaseChildViewSet`), not an endpoint
        created = cls.created_serializer_class or cls.owner_serializer_class
        noun, plural = cls.schema_noun, cls.schema_plural
        article = "an" if noun[:1] in "aeiou" else "a"
        extend_schema_view(
            list=extend_schema(
                summary=f"List the {plural} the caller may see",
                description=api_docs.join(
                    f"A page of the {plural} of the cases the caller may see.",
                    cls.schema_list_notes,
                    api_docs.WHO_SEES,
                    api_docs.PAGINATED,
                    api_docs.ERRORS,
                ),
            ),
            retrieve=extend_schema(
                summary=f"Read one {noun}",
                description=api_docs.join(
                    f"One {noun} by its id.", api_docs.WHO_SEES, api_docs.ETAG, api_docs.ERRORS
                ),
            ),
            create=extend_schema(
                responses={201: created},
                summary=cls.create_summary or f"Add {article} {noun} to a case",
                description=api_docs.join(
                    f"Creates {article} {noun} and answers it (201) with its `ETag`.",
                    cls.schema_create_notes,
                    cls.schema_writers,
                    api_docs.IDEMPOTENT,
                    api_docs.ERRORS,
                ),
                examples=cls.schema_create_examples,
            ),
            partial_update=extend_schema(
                responses={200: cls.owner_serializer_class},
                summary=f"Change {article} {noun}",
                description=api_docs.join(
                    f"Changes only the fields sent and answers the {noun} as it is now, "
                    "with its new `ETag`.",
                    cls.schema_update_notes,
                    cls.schema_writers,
                    api_docs.IF_MATCH,
                    api_docs.WHO_SEES,
                    api_docs.ERRORS,
                ),
            ),
        )(cls)

    def get_serializer_class(self) -> type[serializers.Serializer[Any]]:
        if self.action == "create":
            return self.create_serializer_class
        if self.action in ("partial_update", "update"):
            return self.update_serializer_class
        return self.output_serializer_class()

    def case_of(self, obj: Model) -> Case:
        raise NotImplementedError

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        """A page of what the caller may see; built from `.values()` rows (`cases.api.rows`)
        where the viewset says how (`list_values`, `list_rows`), else by the serializer.

        From rows, the page and the list's count are one statement (the count is a column of
        the page's rows, `PageNumberPagination.paginate_counted`)."""
        queryset = self.filter_queryset(self.get_queryset())
        paginator = self.paginator
        assert isinstance(paginator, PageNumberPagination)  # every case-file list is paginated
        values = self.list_values(queryset)
        if values is None:
            page = paginator.paginate_queryset(queryset, request, view=self)
            return self.get_paginated_response(self.get_serializer(page, many=True).data)
        rows = paginator.paginate_counted(
            values, request, view=self, counted=self.list_counted(queryset)
        )
        return self.get_paginated_response(self.list_rows(rows))

    def list_counted(self, queryset: QuerySet[Any]) -> QuerySet[Any]:
        """Rows as many as the list's objects, to count: the model's queryset, without the
        columns and joins that `.values()` adds for what the list shows."""
        return queryset

    def list_values(self, queryset: QuerySet[Any]) -> QuerySet[Any] | None:
        """The visible, filtered, ordered queryset as the `.values()` the list shows."""
        return None

    def list_rows(self, page: Rows) -> Rows:
        """One page of `list_values` as the output serializer would show each object."""
        raise NotImplementedError

    def output(self, obj: Model, status_code: int = 200) -> Response:
        fresh = self.get_queryset().get(pk=obj.pk)
        body = self.output_serializer_class()(fresh, context=self.get_serializer_context()).data
        return Response(body, status=status_code, headers={"ETag": self.etag(fresh, body)})

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        obj = self.get_object()
        body = self.get_serializer(obj).data
        return Response(body, headers={"ETag": self.etag(obj, body)})

    def etag(self, obj: Model, body: Any) -> str:
        """The version for the owning state; for a partner, a digest of what they are shown."""
        if sees_restricted(current_user(self.request)):
            return etag_for(obj)
        return partner_etag(body)

    def check_can_edit(self, case: Case) -> None:
        if not can_edit_case(current_user(self.request), case):
            raise exceptions.PermissionDenied("Only the case team may change this case file.")

    def check_create_permission(self) -> None:
        """Refuse early what the caller's role can never do, before reading the body."""

    @idempotent
    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        self.check_create_permission()
        form = self.get_serializer(data=request.data)
        form.is_valid(raise_exception=True)
        with service_errors(), transaction.atomic():
            obj = self.perform_create_service(form.validated_data)
        return self.output(obj, status.HTTP_201_CREATED)

    def partial_update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        expected = parse_if_match(request.headers.get("If-Match"))
        visible_obj = self.get_object()  # 404 for what the caller may not see
        self.check_can_edit(self.case_of(visible_obj))
        form = self.get_serializer(visible_obj, data=request.data, partial=True)
        form.is_valid(raise_exception=True)
        with service_errors(), transaction.atomic():
            locked = lock_current(self.lockable_queryset(), visible_obj.pk, expected)
            obj = self.perform_update_service(locked, form.validated_data)
        return self.output(obj)

    def act_on_locked(
        self,
        request: Request,
        form_class: type[serializers.Serializer[Any]],
        act: Callable[[Any, dict[str, Any]], Model],
    ) -> Response:
        """A POST on one object (`api_docs.team_act`): 404 for what the caller may not see, the
        team's check, the body validated, then `act(locked, data)` on the row locked at the
        version `If-Match` names; answers the object `act` returns."""
        expected = parse_if_match(request.headers.get("If-Match"))
        visible_obj = self.get_object()
        self.check_can_edit(self.case_of(visible_obj))
        form = form_class(data=request.data, context=self.get_serializer_context())
        form.is_valid(raise_exception=True)
        with service_errors(), transaction.atomic():
            locked = lock_current(self.lockable_queryset(), visible_obj.pk, expected)
            acted = act(locked, form.validated_data)
        return self.output(acted)

    def lockable_queryset(self) -> QuerySet[Any]:
        return self.get_queryset().model.objects.all()

    def perform_create_service(self, data: dict[str, Any]) -> Model:
        """Create through the service; its refusals become problems (`service_errors`)."""
        raise NotImplementedError

    def perform_update_service(self, obj: Any, data: dict[str, Any]) -> Model:
        raise NotImplementedError


class CaseChildViewSet(CaseFileViewSet):
    """A `CaseFileViewSet` of a case's child (`cases.models.base.CaseChild`): the object belongs to
    `obj.case`, and a create names its `case` in the body, which `create_service(case=..., by=...,
    data=...)` writes with the rest of the validated data."""

    create_service: ClassVar[Callable[..., Model]]

    def case_of(self, obj: Any) -> Case:
        return cast(Case, obj.case)

    def perform_create_service(self, data: dict[str, Any]) -> Model:
        case = data.pop("case")
        return type(self).create_service(case=case, by=current_user(self.request), data=data)
