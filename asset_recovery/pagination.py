from rest_framework import pagination


class PageNumberPagination(pagination.PageNumberPagination):
    """API.md: `?page=N&page_size=M`, default 25, at most 200."""

    page_size = 25
    page_size_query_param = "page_size"
    max_page_size = 200
