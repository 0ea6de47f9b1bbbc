"""Exports of the case, asset and MLA request lists as CSV and XLSX.

`GET /api/v1/cases/export.csv` (and `.xlsx`, and the same under `assets/` and `mla-requests/`)
answers the rows the list endpoint would answer, unpaginated: the list view's own queryset
(visibility), FilterSet and ordering, and its output serializer (a partner state's liaison gets
the partner columns, never a restricted field). CSV is streamed row by row from a server-side
cursor (`?bom=1` starts it with a UTF-8 byte order mark, for Excel); XLSX is written in
openpyxl's write-only mode (constant memory) to a temporary file, then streamed: typed cells
(by the serializer field's type), a bold frozen filtered header, measured widths, the creator
named. Every amount is two columns, its number and its currency (an asset's recovery figures
too). The summary export (`summary_export.py`) uses the same two writers. Every export is
audited on the global chain with its format and filters.

The format is in the path, not in `?format=`, which DRF reserves for content negotiation.
"""

from __future__ import annotations

import csv
import pickle
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, ClassVar, cast

from django.db.models import QuerySet
from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, serializers
from rest_framework.request import Request

from audit import trail
from cases.api.assets import AssetViewSet
from cases.api.base import CaseFileViewSet, current_user
from cases.api.cases import CaseViewSet
from cases.models.assets import RECOVERY_FIGURES
from core.money import minor_units
from reports.api.ftm import JsonForErrors
from workflows.api.mla import MlaRequestViewSet

if TYPE_CHECKING:
    from openpyxl.styles import Font

# openpyxl is imported by the XLSX exports that use it, not with the URLconf: ~24 MB that every
# web worker would otherwise hold for the few requests that write a spreadsheet (issue 22).

__all__ = [
    "CSV",
    "XLSX",
    "Column",
    "CsvQuerySerializer",
    "ExportView",
    "csv_response",
    "export_routes",
    "safe_cell",
    "wants_bom",
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


# The kind of cell a column's values get in an XLSX (a CSV writes every value as text).
TEXT = "text"
NUMBER = "number"
INTEGER = "integer"
DATE = "date"
DATETIME = "datetime"
BOOLEAN = "boolean"
MONEY = "money"  # a number shown with its currency's minor units
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
MAX_WIDTH = 60
# Room for the autofilter's drop-down button next to a header.
FILTER_BUTTON = 3


@dataclass(frozen=True)
class Column:
    """One column of an export: its header, the serializer field (and key of a dict field) it
    shows, and the kind of cell it is in an XLSX."""

    header: str
    field: str = ""
    part: str = ""
    kind: str = TEXT
    #: For a MONEY column, the index of the column that holds its currency.
    currency_column: int | None = None
    #: `amount` or `currency` of a money value, or of each money of a list of them.
    money_part: str = ""

    def value(self, data: Any) -> Any:
        """This column's value in a serializer's `.data`."""
        value = data.get(self.field)
        if self.part:
            value = (value or {}).get(self.part)
        if self.money_part:
            value = money_part(value, self.money_part)
        return value


def money_part(value: Any, part: str) -> Any:
    """The amount or the currency of a money, or of a list of money (one per currency, as the
    recovery figures are): the one value when there is one, else each in the list's order,
    `; `-separated, so that the amount and the currency columns line up (never a sum)."""
    if isinstance(value, dict):
        return value.get(part)
    if isinstance(value, list | tuple):
        parts = [str(money[part]) for money in value]
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else "; ".join(parts)
    return value


def kind_of(field: serializers.Field[Any, Any, Any, Any]) -> str:
    """The XLSX cell kind of a serializer field's values (which `.data` gives as strings)."""
    if isinstance(field, serializers.BooleanField):
        return BOOLEAN
    if isinstance(field, serializers.IntegerField):
        return INTEGER
    if isinstance(field, serializers.DecimalField | serializers.FloatField):
        return NUMBER
    if isinstance(field, serializers.DateTimeField):
        return DATETIME
    if isinstance(field, serializers.DateField):
        return DATE
    return TEXT


def typed_cell(value: Any, kind: str) -> Any:
    """The value as the XLSX cell of its kind holds it: a Decimal, int, date, naive-UTC datetime
    or bool; text (made safe, illegal characters stripped) when it is not one."""
    if value is None or value == "":
        return None
    try:
        if kind in (NUMBER, MONEY) and not isinstance(value, bool):
            number = Decimal(str(value))
            if number.is_finite():
                return number
        elif kind == INTEGER and not isinstance(value, bool):
            return int(value)
        elif kind == BOOLEAN and isinstance(value, bool):
            return value
        elif kind == DATETIME:
            moment = datetime.fromisoformat(str(value))
            # Excel has no time zones: the cell holds UTC, naive (the header says nothing of a
            # zone, the API's timestamps are UTC too).
            if moment.tzinfo is not None:
                moment = moment.astimezone(UTC).replace(tzinfo=None)
            return moment
        elif kind == DATE:
            return date.fromisoformat(str(value))
    except (ValueError, TypeError, InvalidOperation):
        pass
    if isinstance(value, bool):  # a method field answering yes or no (`overdue`)
        return value
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # lazy for memory (see the imports)

    return ILLEGAL_CHARACTERS_RE.sub("", safe_cell(value))


def number_format(kind: str, currency: Any) -> str | None:
    if kind == MONEY and isinstance(currency, str) and currency:
        places = minor_units(currency)
        return "#,##0" + ("." + "0" * places if places else "")
    return {DATE: DATE_FORMAT, DATETIME: DATETIME_FORMAT}.get(kind)


def display_width(value: Any) -> int:
    """About how many characters a cell shows (for the column's width)."""
    if isinstance(value, bool):
        return 5
    if isinstance(value, datetime):
        return len(DATETIME_FORMAT)
    if isinstance(value, date):
        return len(DATE_FORMAT)
    if isinstance(value, Decimal | int):
        return len(f"{value:,}")
    return max((len(line) for line in str(value).splitlines()), default=0)


class _Echo:
    def write(self, value: str) -> str:
        return value


class CsvQuerySerializer(serializers.Serializer[Any]):
    bom = serializers.BooleanField(
        required=False,
        default=False,
        help_text=(
            "`bom=1` starts the file with a UTF-8 byte order mark, so that Excel opens accented "
            "names right; without it (the default) the file is plain UTF-8."
        ),
    )


def wants_bom(request: Request) -> bool:
    """Whether the CSV asked for starts with a byte order mark (400 on a bad `bom`)."""
    # An empty `bom=` is the default, as a bare checkbox would send it.
    query = CsvQuerySerializer(data={"bom": request.query_params.get("bom") or False})
    query.is_valid(raise_exception=True)
    return bool(query.validated_data["bom"])


class ExportView(generics.GenericAPIView[Any]):
    """One list exported in one format. Subclasses name the list view; `file_format` is set by
    `as_view(file_format=...)`."""

    list_view_class: ClassVar[type[CaseFileViewSet]]
    kind: ClassVar[str]
    file_format: str = CSV
    #: Money fields given as two columns, `<name>_amount` and `<name>_currency`.
    money_fields: ClassVar[tuple[str, ...]] = ()
    #: Dict fields whose keys hold money (lists of it, one per currency): two columns per key,
    #: `<name>_<key>_amount` and `<name>_<key>_currency`.
    money_split_fields: ClassVar[dict[str, tuple[str, ...]]] = {}
    #: Dict fields given as one text column per key, `<name>_<key>`.
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

    def columns(self, serializer: serializers.Serializer[Any]) -> list[Column]:
        columns: list[Column] = []
        for name, field in serializer.fields.items():
            if name in self.money_fields:
                columns += [
                    Column(f"{name}_amount", name, "amount", MONEY, len(columns) + 1),
                    Column(f"{name}_currency", name, "currency"),
                ]
            elif name in self.money_split_fields:
                for key in self.money_split_fields[name]:
                    columns += [
                        Column(
                            f"{name}_{key}_amount", name, key, MONEY, len(columns) + 1, "amount"
                        ),
                        Column(f"{name}_{key}_currency", name, key, money_part="currency"),
                    ]
            elif name in self.split_fields:
                columns += [Column(f"{name}_{key}", name, key) for key in self.split_fields[name]]
            else:
                columns.append(Column(name, name, "", kind_of(field)))
        return columns

    def rows(self) -> tuple[list[Column], Iterator[list[Any]]]:
        """The columns and the rows' values as the serializer gives them."""
        list_view = self.list_view()
        queryset = list_view.filter_queryset(list_view.get_queryset())
        serializer_class = list_view.output_serializer_class()
        context = list_view.get_serializer_context()
        columns = self.columns(serializer_class(context=context))

        def values() -> Iterator[list[Any]]:
            for obj in queryset.iterator(chunk_size=CHUNK_SIZE):
                data = serializer_class(obj, context=context).data
                yield [column.value(data) for column in columns]

        return columns, values()

    def filename(self) -> str:
        return f"{self.kind}-{timezone.now():%Y%m%d-%H%M%S}.{self.file_format}"

    def get(self, request: Request, *args: Any, **kwargs: Any) -> Any:
        columns, values = self.rows()  # validates the filters (400) before anything is recorded
        bom = wants_bom(request) if self.file_format == CSV else False
        user = current_user(request)
        trail.record(
            f"export.{self.kind.replace('-', '_')}",
            object_type=self.kind,
            actor=user,
            changes={"format": self.file_format, "filters": recorded_filters(request)},
        )
        if self.file_format == XLSX:
            return xlsx_response(
                columns,
                values,
                filename=self.filename(),
                sheet=self.kind,
                creator=user.get_full_name() or user.username,
                title=f"{self.kind.replace('-', ' ').capitalize()} export",
            )
        return csv_response(columns, values, filename=self.filename(), bom=bom)


def csv_response(
    columns: Sequence[Column], values: Iterable[Sequence[Any]], *, filename: str, bom: bool = False
) -> StreamingHttpResponse:
    """Rows streamed as CSV, every cell as safe text (`safe_cell`); with a UTF-8 byte order mark
    first when `bom` (Excel otherwise reads the file in the machine's legacy code page)."""
    writer = csv.writer(_Echo())

    def lines() -> Iterator[str]:
        if bom:
            yield "\ufeff"
        yield writer.writerow([column.header for column in columns])
        for row in values:
            yield writer.writerow([safe_cell(value) for value in row])

    response = StreamingHttpResponse(lines(), content_type=MEDIA_TYPES[CSV])
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def xlsx_response(
    columns: Sequence[Column],
    values: Iterable[Sequence[Any]],
    *,
    filename: str,
    sheet: str,
    creator: str,
    title: str,
) -> FileResponse:
    """Rows as one XLSX sheet of typed cells under a bold, frozen, filtered header, columns as
    wide as their longest value (capped), the creator named; written in constant memory.

    openpyxl's write-only mode writes the column widths before the first row, so the rows go
    through a temporary file first (pickled, typed) while the widths are measured; then the
    sheet is written from it. Neither pass holds more than one row.
    """
    from openpyxl import Workbook  # lazy for memory (see the imports)
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    widths = [len(column.header) + FILTER_BUTTON for column in columns]
    count = 0
    with tempfile.TemporaryFile() as typed_rows:
        for row in values:
            cells = [
                typed_cell(value, column.kind) for value, column in zip(row, columns, strict=True)
            ]
            for index, cell in enumerate(cells):
                if cell is not None:
                    widths[index] = max(widths[index], display_width(cell))
            formats = [
                # A money cell that is text (a figure in several currencies) keeps no format.
                None
                if isinstance(cell, str)
                else number_format(
                    column.kind,
                    row[column.currency_column] if column.currency_column is not None else None,
                )
                for cell, column in zip(cells, columns, strict=True)
            ]
            pickle.dump((cells, formats), typed_rows)
            count += 1
        typed_rows.seek(0)
        workbook = Workbook(write_only=True)
        workbook.properties.creator = creator
        workbook.properties.title = title
        workbook.properties.created = timezone.now().astimezone(UTC).replace(tzinfo=None)
        worksheet = workbook.create_sheet(sheet)
        # Everything written before the rows must be set before the first append.
        for index, width in enumerate(widths, 1):
            worksheet.column_dimensions[get_column_letter(index)].width = min(width, MAX_WIDTH)
        worksheet.freeze_panes = "A2"
        last_column = get_column_letter(max(len(columns), 1))
        worksheet.auto_filter.ref = f"A1:{last_column}{count + 1}"
        bold = Font(bold=True)
        worksheet.append([_cell(worksheet, column.header, None, bold) for column in columns])
        for _ in range(count):
            cells, formats = pickle.load(typed_rows)  # noqa: S301 (our own file, just written)
            worksheet.append(
                [_cell(worksheet, cell, fmt) for cell, fmt in zip(cells, formats, strict=True)]
            )
        spool = tempfile.TemporaryFile()  # noqa: SIM115 (FileResponse closes it)
        workbook.save(spool)
    spool.seek(0)
    return FileResponse(
        spool, as_attachment=True, filename=filename, content_type=MEDIA_TYPES[XLSX]
    )


def _cell(worksheet: Any, value: Any, fmt: str | None, font: Font | None = None) -> Any:
    if value is None or not (fmt or font):
        return value  # a plain value: openpyxl types it itself, without a cell object's cost
    from openpyxl.cell import WriteOnlyCell  # lazy for memory (see the imports)

    cell = WriteOnlyCell(worksheet, value=value)
    if fmt:
        cell.number_format = fmt
    if font:
        cell.font = font
    return cell


class CaseExportView(ExportView):
    list_view_class = CaseViewSet
    kind = "cases"


class AssetExportView(ExportView):
    list_view_class = AssetViewSet
    kind = "assets"
    money_fields = ("estimated_value",)
    money_split_fields = {"recovery": (*RECOVERY_FIGURES, "outstanding")}
    # A crypto holding as text: 18 places of ether are more digits than a spreadsheet's number.
    split_fields = {"holding": ("amount", "unit")}


class MlaExportView(ExportView):
    list_view_class = MlaRequestViewSet
    kind = "mla-requests"


FORMAT_NOTES = {
    CSV: (
        "CSV is streamed, UTF-8; `bom=1` starts it with a byte order mark so that Excel opens "
        "accented names right (default: none). Cells that a spreadsheet would run as a formula "
        "are prefixed with a quote."
    ),
    XLSX: (
        "XLSX cells are typed: numbers (amounts with their currency's minor units), dates, "
        "date-times (UTC; Excel has no time zones), booleans, the rest text (a cell that a "
        "spreadsheet would run as a formula is prefixed with a quote). The header row is bold, "
        "frozen and filtered; the workbook names the user who exported it."
    ),
}
FORMAT_PARAMETERS: dict[str, list[Any]] = {CSV: [CsvQuerySerializer], XLSX: []}


def _documented(view: type[ExportView], file_format: str) -> Any:
    noun = view.kind.replace("-", " ")
    schema = extend_schema(
        operation_id=f"{view.kind.replace('-', '_')}_export_{file_format}",
        summary=f"The {noun} list as {file_format.upper()}",
        description=(
            f"Every {noun[:-1]} the list endpoint would answer for the same filters and "
            "ordering, unpaginated, with the same columns (a partner state's liaison gets the "
            "partner columns). Audited. Amounts come as two columns, `<name>_amount` and "
            "`<name>_currency` (an asset's recovery figures as `recovery_<figure>_amount` and "
            "`recovery_<figure>_currency`; a figure held in several currencies lists each, "
            "in the same order in both columns, separated by `; `, and is never summed). "
            + FORMAT_NOTES[file_format]
        ),
        filters=True,
        parameters=FORMAT_PARAMETERS[file_format],
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
