from django.urls import path
from rest_framework.routers import SimpleRouter

router = SimpleRouter()

urlpatterns: list = [
    *router.urls,
]

__all__ = ["path", "urlpatterns"]
