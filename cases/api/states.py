from __future__ import annotations

from rest_framework import serializers, viewsets

from cases.models import State


class StateSerializer(serializers.ModelSerializer[State]):
    class Meta:
        model = State
        fields = ["id", "code", "name", "alpha3", "numeric"]
        read_only_fields = fields


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
