"""Exports of the case, asset and MLA request lists as CSV and XLSX.

`GET /api/v1/cases/export.csv` (and `.xlsx`, and the same under `assets/` and `mla-requests/`)
answers the rows the list endpoint would answer, unpaginated: the list view's own queryset
(visibility), FilterSet and ordering, and its output serializer (a partner state's liaison gets
the partner columns, never a restricted field). CSV is streamed row by row from a server-side
cursor; XLSX is written in openpyxl's write-only mode (constant memory) to a temporary file,
then streamed. Every export is audited on the global chain with its format and filters.

The format is in the path, not in `?format=`, which DRF reserves for content negotiation.
"""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Iterable, Iterator
from typing import Any, ClassVar, cast

from django.db.models import QuerySet
from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from rest_framework import generics, serializers
from rest_framework.request import Request

from audit import trail
from cases.api.assets import AssetViewSet
from cases.api.base import CaseFileViewSet, current_user
from cases.api.cases import CaseViewSet
from cases.models.assets import RECOVERY_FIGURES
from reports.api.ftm import JsonForErrors
from workflows.api.mla import MlaRequestViewSet

__all__ = [
    "CSV",
    "XLSX",
    "ExportView",
    "csv_response",
    "export_routes",
    "safe_cell",
    "xlsx_response",
]

CSV = "csv"
XLSX = "xlsx"
MEDIA_TYPES = {
    CSV: "text/csv; charset=utf-8",
    XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
CHUNK_SIZE = 2000
# A spreadsheet program runs a cell that starts with one of these as a formula (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> str:
    """A cell's text, never taken for a formula by a spreadsheet program."""
    text = cell_text(value)
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        if set(value) == {"amount", "currency"}:
            return f"{value['amount']} {value['currency']}"
        if "username" in value:
            return str(value["username"])
        if set(value) == {"state", "role"}:
            return f"{value['state']} ({value['role']})"
        return "; ".join(f"{k}: {cell_text(v)}" for k, v in value.items() if v not in ("", None))
    if isinstance(value, list | tuple):
        return "; ".join(cell_text(v) for v in value)
    return str(value)


class _Echo:
    def write(self, value: str) -> str:
        return value


class ExportView(generics.GenericAPIView[Any]):
    """One list exported in one format. Subclasses name the list view; `file_format` is set by
    `as_view(file_format=...)`."""

    list_view_class: ClassVar[type[CaseFileViewSet]]
    kind: ClassVar[str]
    file_format: str = CSV
    #: Money fields given as two columns, `<name>_amount` and `<name>_currency`.
    money_fields: ClassVar[tuple[str, ...]] = ()
    #: Dict fields given one column per key, `<name>_<key>`.
    split_fields: ClassVar[dict[str, tuple[str, ...]]] = {}
    pagination_class = None
    content_negotiation_class = JsonForErrors
    # Copied from the list view by `__init_subclass__` (documented as query parameters).
    filterset_class: ClassVar[Any] = None
    ordering_fields: ClassVar[Any] = None
    ordering: ClassVar[Any] = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        # The export filters and orders exactly as its list does: the same filterset and
        # ordering, taken from the list view rather than restated by each export.
        super().__init_subclass__(**kwargs)
        list_view = cls.__dict__.get("list_view_class")
        if list_view is not None:
            cls.filterset_class = list_view.filterset_class
            cls.ordering_fields = list_view.ordering_fields
            cls.ordering = list_view.ordering

    def list_view(self) -> CaseFileViewSet:
        view = self.list_view_class()
        view.request = self.request
        view.args = ()
        view.kwargs = {}
        view.action = "list"
        view.format_kwarg = None
        return view

    def get_queryset(self) -> QuerySet[Any]:
        if getattr(self, "swagger_fake_view", False):
            return cast(QuerySet[Any], self.list_view_class.queryset)
        return self.list_view().get_queryset()

    def get_serializer_class(self) -> type[serializers.Serializer[Any]]:
        if getattr(self, "swagger_fake_view", False):
            return self.list_view_class.owner_serializer_class
        return self.list_view().output_serializer_class()

    def columns(self, serializer: serializers.Serializer[Any]) -> list[tuple[str, str, str]]:
        """(header, field, part) per column."""
        columns: list[tuple[str, str, str]] = []
        for name in map(str, serializer.fields.keys()):
            if name in self.money_fields:
                columns += [
                    (f"{name}_amount", name, "amount"),
                    (f"{name}_currency", name, "currency"),
                ]
            elif name in self.split_fields:
                columns += [(f"{name}_{key}", name, key) for key in self.split_fields[name]]
            else:
                columns.append((name, name, ""))
        return columns

    def rows(self) -> tuple[list[str], Iterator[list[str]]]:
        list_view = self.list_view()
        queryset = list_view.filter_queryset(list_view.get_queryset())
        serializer_class = list_view.output_serializer_class()
        context = list_view.get_serializer_context()
        columns = self.columns(serializer_class(context=context))

        def values() -> Iterator[list[str]]:
            for obj in queryset.iterator(chunk_size=CHUNK_SIZE):
                data = serializer_class(obj, context=context).data
                yield [
                    safe_cell((data.get(field) or {}).get(part) if part else data.get(field))
                    for _header, field, part in columns
                ]

        return [header for header, _field, _part in columns], values()

    def filename(self) -> str:
        return f"{self.kind}-{timezone.now():%Y%m%d-%H%M%S}.{self.file_format}"

    def get(self, request: Request, *args: Any, **kwargs: Any) -> Any:
        header, values = self.rows()  # validates the filters (400) before anything is recorded
        trail.record(
            f"export.{self.kind.replace('-', '_')}",
            object_type=self.kind,
            actor=current_user(request),
            changes={"format": self.file_format, "filters": recorded_filters(request)},
        )
        if self.file_format == XLSX:
            return self.xlsx_response(header, values)
        return self.csv_response(header, values)

    def csv_response(self, header: list[str], values: Iterable[list[str]]) -> StreamingHttpResponse:
        return csv_response(header, values, filename=self.filename())

    def xlsx_response(self, header: list[str], values: Iterable[list[str]]) -> FileResponse:
        return xlsx_response(header, values, filename=self.filename(), sheet=self.kind)


def csv_response(
    header: list[str], values: Iterable[list[str]], *, filename: str
) -> StreamingHttpResponse:
    """Rows streamed as CSV (their cells already made safe: `safe_cell`)."""
    writer = csv.writer(_Echo())

    def lines() -> Iterator[str]:
        yield writer.writerow(header)
        for row in values:
            yield writer.writerow(row)

    response = StreamingHttpResponse(lines(), content_type=MEDIA_TYPES[CSV])
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def xlsx_response(
    header: list[str], values: Iterable[list[str]], *, filename: str, sheet: str
) -> FileResponse:
    """Rows as one XLSX sheet, written in constant memory to a temporary file, then streamed."""
    workbook = Workbook(write_only=True)
    worksheet = workbook.create_sheet(sheet)
    worksheet.append(header)
    for row in values:
        worksheet.append([ILLEGAL_CHARACTERS_RE.sub("", cell) for cell in row])
    spool = tempfile.TemporaryFile()  # noqa: SIM115 (FileResponse closes it)
    workbook.save(spool)
    spool.seek(0)
    return FileResponse(
        spool, as_attachment=True, filename=filename, content_type=MEDIA_TYPES[XLSX]
    )


class CaseExportView(ExportView):
    list_view_class = CaseViewSet
    kind = "cases"


class AssetExportView(ExportView):
    list_view_class = AssetViewSet
    kind = "assets"
    money_fields = ("estimated_value",)
    split_fields = {"recovery": (*RECOVERY_FIGURES, "outstanding")}


class MlaExportView(ExportView):
    list_view_class = MlaRequestViewSet
    kind = "mla-requests"


def _documented(view: type[ExportView], file_format: str) -> Any:
    noun = view.kind.replace("-", " ")
    schema = extend_schema(
        operation_id=f"{view.kind.replace('-', '_')}_export_{file_format}",
        summary=f"The {noun} list as {file_format.upper()}",
        description=(
            f"Every {noun[:-1]} the list endpoint would answer for the same filters and "
            "ordering, unpaginated, with the same columns (a partner state's liaison gets the "
            "partner columns). Audited. CSV is streamed; cells that a spreadsheet would run as "
            "a formula are prefixed with a quote."
        ),
        filters=True,
        responses={
            (200, MEDIA_TYPES[file_format].split(";")[0]): OpenApiResponse(OpenApiTypes.BINARY)
        },
    )

    def get(self: ExportView, request: Request, *args: Any, **kwargs: Any) -> Any:
        return ExportView.get(self, request, *args, **kwargs)

    attributes = {"file_format": file_format, "get": schema(get)}
    return type(f"{view.__name__}{file_format.title()}", (view,), attributes)


def export_routes() -> list[tuple[str, str, Any]]:
    """(route, name, view) of every export, for the URLconf: `cases/export.csv`, ..."""
    return [
        (
            f"{view.kind}/export.{file_format}",
            f"{view.kind}-export-{file_format}",
            _documented(view, file_format).as_view(),
        )
        for view in (CaseExportView, AssetExportView, MlaExportView)
        for file_format in (CSV, XLSX)
    ]


def recorded_filters(request: Request) -> dict[str, list[str]]:
    """The query as the trail keeps it: PostgreSQL's JSON cannot hold NUL characters, which a
    query string may carry (found by schemathesis: a 500 instead of the export)."""
    return {
        name.replace("\x00", ""): [value.replace("\x00", "") for value in values]
        for name, values in request.query_params.lists()
    }
