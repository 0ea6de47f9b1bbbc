import functools
from typing import Any

from django.core.paginator import Page, Paginator
from django.db.models import Func, IntegerField, QuerySet, Subquery, Value
from drf_spectacular.utils import inline_serializer
from rest_framework import exceptions, pagination, serializers
from rest_framework.request import Request
from rest_framework.response import Response

# The column under which each row of a page carries the list's count (`paginate_counted`).
COUNT_COLUMN = "list_count_of_all_rows"


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


def count_subquery(counted: QuerySet[Any], limit: int | None = None) -> Func | Subquery:
    """`counted.count()` as a scalar subquery, for a column of another statement; with `limit`,
    the count of at most that many rows (the scan stops there).

    Uncorrelated, so PostgreSQL runs it once per statement (an InitPlan), not once per row.
    Only for querysets whose rows are the objects counted (`counts_as_subquery`).
    """
    counted = counted.order_by()
    if limit is None:
        return Subquery(
            counted.values(**{COUNT_COLUMN: Func(template="COUNT(*)", output_field=IntegerField())})
        )
    return Func(
        Subquery(counted.values(counted_row=Value(1))[:limit]),
        template="(SELECT COUNT(*) FROM %(expressions)s AS counted_rows)",
        output_field=IntegerField(),
    )


def counts_as_subquery(counted: QuerySet[Any]) -> bool:
    """Whether `COUNT(*)` over the queryset's own statement is its `.count()`: not with
    `distinct()`, a slice or a union, which `.count()` wraps in a subquery of their own."""
    query = counted.query
    return not (query.distinct or query.combinator or query.is_sliced)


class CountedPaginator(Paginator):
    """Django's paginator with the number of objects given, not counted with `queryset.count()`."""

    def __init__(self, object_list: Any, per_page: int, *, count: int, **kwargs: Any) -> None:
        super().__init__(object_list, per_page, **kwargs)
        self.__dict__["count"] = count  # `Paginator.count` is a cached_property: preset it

    def page_of(self, rows: list[Any], number: int) -> Page:
        """Page `number`, holding the rows already read for it (nothing is sliced again)."""
        return Page(rows, number, self)


class PageNumberPagination(pagination.PageNumberPagination):
    """API.md: `?page=N&page_size=M`, default 25, at most 200.

    A view may give the list's count (`count=`) when it knows it more cheaply than
    `queryset.count()` would (a `.values()` queryset counts with all its joins), or have it read
    in the page's own statement (`paginate_counted`).
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

    # Set by a subclass: the list is counted exactly up to this many objects past the page's
    # end, and beyond them `count` is a lower bound (`BoundedCountPagination`).
    count_ahead: int | None = None
    count_is_lower_bound = False

    def paginate_counted(
        self, values: QuerySet[Any], request: Request, view: Any, *, counted: QuerySet[Any]
    ) -> list[dict[str, Any]]:
        """A page of `values` (a `.values()` queryset) and the list's count (the number of rows
        of `counted`) in one statement: the count is a column of the page's rows.

        The same page, count, links and errors as `paginate_queryset(values, count=...)`, which
        serves what a page of rows cannot answer alone: `?page=last` (it needs the count first)
        and a page with no rows (an empty list's first page, or a page past the end: 404).
        """
        page_size = self.get_page_size(request)
        number = self.requested_page_number(request)
        if number is not None and counts_as_subquery(counted):
            bottom = (number - 1) * page_size
            # One row more than counted exactly: that row says there are more.
            limit = self.count_limit(number, page_size)
            count_column = count_subquery(counted, None if limit is None else limit + 1)
            rows = list(
                values.annotate(**{COUNT_COLUMN: count_column})[bottom : bottom + page_size]
            )
            if rows:
                count = rows[0][COUNT_COLUMN]
                for row in rows:
                    del row[COUNT_COLUMN]
                self.count_is_lower_bound = limit is not None and count > limit
                paginator = CountedPaginator(values, page_size, count=count)
                self.request = request
                self.page = paginator.page_of(rows, number)
                return rows
        return list(self.paginate_queryset(values, request, view, count=counted.count()))

    def count_limit(self, number: int, page_size: int) -> int | None:
        """How many objects page `number` counts exactly: those up to its end and `count_ahead`
        more (None: all of them)."""
        return None if self.count_ahead is None else number * page_size + self.count_ahead

    def requested_page_number(self, request: Request) -> int | None:
        """`?page=`'s number when it is one (1 when absent); None for `last` or anything else,
        and for a number too large to be an offset (it answers 404 as any page past the end)."""
        raw = request.query_params.get(self.page_query_param) or "1"
        if not (raw.isascii() and raw.isdigit()) or len(raw) > 9 or int(raw) < 1:
            return None
        return int(raw)

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


COUNT_IS_LOWER_BOUND_HELP = (
    "False: `count` is the number of objects in the list. True: the list holds more objects "
    "than were counted (more than 1,000 past this page's end), and `count` is a lower bound: "
    "the objects up to this page, the 1,000 after it, and one more. The `next` link is exact "
    "either way; a later page counts further."
)


class BoundedCountPagination(PageNumberPagination):
    """Pages of a list that may be long (all the cases or assets a state sees): its count is
    exact up to `count_ahead` objects past the page's end, and a lower bound beyond, said by
    `count_is_lower_bound`; counting every object of a long list cost more than the page
    itself, and grew with the data (bench/RESULTS.md, issue 22)."""

    count_ahead = 1000

    def paginate_queryset(
        self, queryset: Any, request: Request, view: Any = None, count: int | None = None
    ) -> Any:
        """A page of a list the serializer shows (not `paginate_counted`'s rows): counted by
        its own bounded statement, `SELECT COUNT(*) FROM (... LIMIT n)`, which stops there."""
        number = self.requested_page_number(request)
        if count is None and number is not None and counts_as_subquery(queryset):
            limit = self.count_limit(number, self.get_page_size(request))
            assert limit is not None  # count_ahead is set here
            count = queryset.order_by()[: limit + 1].count()
            self.count_is_lower_bound = count > limit
        return super().paginate_queryset(queryset, request, view, count=count)

    def get_paginated_response(self, data: Any) -> Response:
        assert self.page is not None  # after paginate_counted or paginate_queryset
        return Response(
            {
                "count": self.page.paginator.count,
                "count_is_lower_bound": self.count_is_lower_bound,
                "next": self.get_next_link(),
                "previous": self.get_previous_link(),
                "results": data,
            }
        )

    def get_paginated_response_schema(self, schema: Any) -> Any:
        response = super().get_paginated_response_schema(schema)
        properties = response["properties"]
        response["properties"] = {
            "count": properties["count"],
            "count_is_lower_bound": {
                "type": "boolean",
                "description": COUNT_IS_LOWER_BOUND_HELP,
            },
            **{name: value for name, value in properties.items() if name != "count"},
        }
        response["required"] = [*response["required"], "count_is_lower_bound"]
        return response
