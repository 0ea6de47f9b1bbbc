"""The product's routes plus the textbook case list, which exists only in the benchmark."""

from django.urls import path

from asset_recovery.urls import handler400, handler403, handler404, handler500
from asset_recovery.urls import urlpatterns as product_urlpatterns
from bench.textbook import TextbookCaseList

urlpatterns = [
    path("bench/textbook/cases/", TextbookCaseList.as_view(), name="bench-textbook-cases"),
    *product_urlpatterns,
]

__all__ = ["handler400", "handler403", "handler404", "handler500", "urlpatterns"]
