import functools
from typing import Any

from django.core.paginator import Paginator
from drf_spectacular.utils import inline_serializer
from rest_framework import exceptions, pagination, serializers
from rest_framework.request import Request


def paginated(name: str, items: serializers.BaseSerializer[Any]) -> Any:
    """The schema of a page of `items`, for views that paginate by hand (APIView)."""
    return inline_serializer(
        name,
        {
            "count": serializers.IntegerField(),
            "next": serializers.URLField(allow_null=True),
            "previous": serializers.URLField(allow_null=True),
            "results": items,
        },
    )


class CountedPaginator(Paginator):
    """Django's paginator with the number of objects given, not counted with `queryset.count()`."""

    def __init__(self, object_list: Any, per_page: int, *, count: int, **kwargs: Any) -> None:
        super().__init__(object_list, per_page, **kwargs)
        self.__dict__["count"] = count  # `Paginator.count` is a cached_property: preset it


class PageNumberPagination(pagination.PageNumberPagination):
    """API.md: `?page=N&page_size=M`, default 25, at most 200.

    A view may give the list's count (`count=`) when it knows it more cheaply than
    `queryset.count()` would (a `.values()` queryset counts with all its joins).
    """

    page_size = 25
    page_size_query_param = "page_size"
    max_page_size = 200  # a larger page_size is served as 200

    def paginate_queryset(
        self, queryset: Any, request: Request, view: Any = None, count: int | None = None
    ) -> Any:
        if count is not None:
            self.django_paginator_class = functools.partial(  # type: ignore[assignment]
                CountedPaginator, count=count
            )
        return super().paginate_queryset(queryset, request, view)

    def get_page_size(self, request: Request) -> int:
        raw = request.query_params.get(self.page_size_query_param or "page_size", "")
        if raw and not (raw.isascii() and raw.isdigit() and int(raw) > 0):
            raise exceptions.ValidationError(
                {"page_size": [exceptions.ErrorDetail("A positive whole number.", "invalid")]}
            )
        return min(int(raw), self.max_page_size) if raw else self.page_size

    def get_page_number(self, request: Request, paginator: Any) -> Any:
        raw = request.query_params.get(self.page_query_param, "")
        if raw and raw not in self.last_page_strings and not (raw.isascii() and raw.isdigit()):
            raise exceptions.ValidationError(
                {"page": [exceptions.ErrorDetail("A page number.", "invalid")]}
            )
        return super().get_page_number(request, paginator)
