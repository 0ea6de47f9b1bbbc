"""The product's routes plus the textbook case list and case file, which exist only in the
benchmark."""

from django.urls import path

from asset_recovery.urls import handler400, handler403, handler404, handler500
from asset_recovery.urls import urlpatterns as product_urlpatterns
from bench.textbook import TextbookCaseDetail, TextbookCaseList

urlpatterns = [
    path("bench/textbook/cases/", TextbookCaseList.as_view(), name="bench-textbook-cases"),
    path(
        "bench/textbook/cases/<uuid:pk>/",
        TextbookCaseDetail.as_view(),
        name="bench-textbook-case",
    ),
    *product_urlpatterns,
]

__all__ = ["handler400", "handler403", "handler404", "handler500", "urlpatterns"]
