from __future__ import annotations

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import viewsets

from cases.models import State
from core import api_docs
from core.serializers import ReadOnlyModelSerializer


class StateSerializer(ReadOnlyModelSerializer[State]):
    class Meta:
        model = State
        fields = ["id", "code", "name", "alpha3", "numeric"]


@extend_schema_view(
    list=extend_schema(
        summary="List the states",
        description=api_docs.join(
            "The ISO 3166-1 states (`code` alpha-2, `alpha3`, `numeric`, `name`), by code. "
            + api_docs.SIGNED_IN,
            api_docs.PAGINATED,
        ),
    ),
    retrieve=extend_schema(
        summary="Read one state",
        description="One state by its alpha-2 code (`GB`; case does not matter). "
        + api_docs.SIGNED_IN,
    ),
)
class StateViewSet(viewsets.ReadOnlyModelViewSet[State]):
    """ISO 3166-1 states. Readable by everyone signed in; looked up by alpha-2 code."""

    queryset = State.objects.order_by("code")
    serializer_class = StateSerializer
    lookup_field = "code"
    lookup_value_regex = "[A-Za-z]{2}"
    filter_backends: list[type] = []

    def get_object(self) -> State:
        self.kwargs["code"] = self.kwargs["code"].upper()
        return super().get_object()
