"""Each target of issue 22 against what one run measured: the figure, the limit, pass or fail.

Pure functions of the results (no Django, no database): `tests/bench` checks them on made-up
figures. A target whose figure was not measured is "not measured" (passed is None), never a pass.
"""

from __future__ import annotations

from typing import Any

LIST_FLOOR_RATIO = 3.0  # every list within 3x of its SQL floor
LIST_GROWTH = 1.5  # no list grows more than 1.5x from S to L
SUMMARY_MS = 150.0
LOAD_SPEEDUP = 5.0  # at least 5x the textbook's throughput
LOAD_P99_MS = 100.0
SWEEP_SECONDS = 30.0
SWEEP_DEADLINES = 10_000
RSS_MB = 250.0
FIRST_SCREEN_MS = 1000.0
LIAISON_CASES_MS = 1500.0
FIRST_SCREEN_JS_KB = 250.0
MATCHING_MS = 1000.0


def verdict(
    target: str,
    figure: float | None,
    limit: float,
    unit: str,
    *,
    at_most: bool = True,
    note: str = "",
) -> dict[str, Any]:
    """One target: `figure` must be below `limit` (at_most: at or below)."""
    passed = None if figure is None else (figure <= limit if at_most else figure < limit)
    return {
        "target": target,
        "limit": f"{'≤' if at_most else '<'} {limit:g} {unit}".strip(),
        "figure": figure,
        "unit": unit,
        "passed": passed,
        "note": note,
    }


def at_least(target: str, figure: float | None, limit: float, unit: str, note: str = "") -> dict:
    row = verdict(target, figure, limit, unit, note=note)
    row["limit"] = f"≥ {limit:g} {unit}".strip()
    row["passed"] = None if figure is None else figure >= limit
    return row


def list_rows(run: dict[str, Any]) -> list[dict[str, Any]]:
    return [row for row in run.get("rows", []) if "floor_median_ms" in row]


def growth(scales: dict[str, dict[str, Any]]) -> dict[tuple[str, str], float]:
    """L median / S median of each list, when both scales were run."""
    small, large = scales.get("S"), scales.get("L")
    if not small or not large:
        return {}
    before = {(row["scenario"], row["who"]): row["median_ms"] for row in list_rows(small)}
    return {
        (row["scenario"], row["who"]): round(row["median_ms"] / before[key], 2)
        for row in list_rows(large)
        if (key := (row["scenario"], row["who"])) in before and before[key]
    }


def compute(run: dict[str, Any], scales: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Every target's verdict for `run` (one scale), with `scales` (both, when both were run)
    for the S to L growth."""
    rows: list[dict[str, Any]] = []
    for row in list_rows(run):
        rows.append(
            verdict(
                f"{row['scenario']} ({row['who']}): median / SQL floor",
                row["ratio_to_floor"],
                LIST_FLOOR_RATIO,
                "x",
                note=f"{row['median_ms']} ms vs floor {row['floor_median_ms']} ms",
            )
        )
    grown = growth(scales)
    missing = "L" if run["scale"] == "S" else "S"
    for row in list_rows(run):
        key = (row["scenario"], row["who"])
        rows.append(
            verdict(
                f"{row['scenario']} ({row['who']}): S to L growth of the median",
                grown.get(key),
                LIST_GROWTH,
                "x",
                note="" if key in grown else f"not measured: needs results-{missing}.json",
            )
        )
    summaries = [row for row in run.get("rows", []) if row["scenario"] == "report summary"]
    for row in summaries or [{"who": "-"}]:
        rows.append(
            verdict(
                f"report summary ({row['who']}): median",
                row.get("median_ms"),
                SUMMARY_MS,
                "ms",
                at_most=False,
                note=row.get("todo", ""),
            )
        )
    rows.extend(load_verdicts(run.get("load")))
    rows.append(sweep_verdict(run.get("sweep")))
    rows.append(rss_verdict(run.get("load")))
    rows.extend(spa_verdicts(run.get("spa")))
    rows.append(matching_verdict(run.get("matching")))
    return rows


def load_verdicts(load: dict[str, Any] | None) -> list[dict[str, Any]]:
    if not load or "error" in load:
        note = (load or {}).get("error", "not run")
        return [
            at_least("load: throughput / textbook's, same requests", None, LOAD_SPEEDUP, "x", note),
            verdict("load: p99 of the mixed workload", None, LOAD_P99_MS, "ms", at_most=False),
        ]
    mixed, subset, book = load["mixed"], load["textbook_subset"], load["textbook"]
    speedup = round(subset["rps"] / book["rps"], 2) if book["rps"] else None
    errors = mixed["errors"] + subset["errors"] + book["errors"]
    note = f"{subset['rps']} vs {book['rps']} requests/s"
    if errors:
        note += f"; {errors} failed requests (non-2xx, timeouts, socket errors)"
    rows = [
        at_least("load: throughput / textbook's, same requests", speedup, LOAD_SPEEDUP, "x", note),
        verdict(
            "load: p99 of the mixed workload",
            mixed["p99_ms"],
            LOAD_P99_MS,
            "ms",
            at_most=False,
            note=f"{mixed['rps']} requests/s, p50 {mixed['p50_ms']} ms",
        ),
        verdict(
            "load: p99 of the textbook's requests, product",
            subset["p99_ms"],
            LOAD_P99_MS,
            "ms",
            at_most=False,
        ),
    ]
    if errors:
        for row in rows:
            row["passed"] = False
    return rows


def sweep_verdict(sweep: dict[str, Any] | None) -> dict[str, Any]:
    target = f"reminder sweep: {SWEEP_DEADLINES:,} due, each reminder delivered once, 2 workers"
    if not sweep or "error" in sweep:
        return verdict(
            target, None, SWEEP_SECONDS, "s", at_most=False, note=(sweep or {}).get("error", "")
        )
    row = verdict(
        target,
        sweep["seconds"],
        SWEEP_SECONDS,
        "s",
        at_most=False,
        note=(
            f"{sweep['deadlines']:,} deadlines, {sweep['reminders']:,} reminders, "
            f"{sweep['notifications']:,} notifications, {sweep['emails']:,} emails"
        ),
    )
    if not sweep["exactly_once"] or sweep["deadlines"] < SWEEP_DEADLINES:
        row["passed"] = False
        problems = sweep.get("problems") or [f"fewer than {SWEEP_DEADLINES:,} deadlines due"]
        row["note"] += "; FAILED: " + "; ".join(problems)
    return row


def rss_verdict(load: dict[str, Any] | None) -> dict[str, Any]:
    figure = (load or {}).get("rss_after_mb")
    return verdict(
        "web process RSS after the load run (largest gunicorn worker)",
        figure,
        RSS_MB,
        "MB",
        at_most=False,
        note="" if figure is not None else (load or {}).get("error", "not run"),
    )


def spa_verdicts(spa: dict[str, Any] | None) -> list[dict[str, Any]]:
    spa = spa or {}
    note = spa.get("error", "")
    return [
        verdict(
            "SPA: first screen (sign-in) usable, cold",
            spa.get("first_screen_ms"),
            FIRST_SCREEN_MS,
            "ms",
            at_most=False,
            note=note,
        ),
        verdict(
            "SPA: the liaison's case list usable after sign-in",
            spa.get("liaison_cases_ms"),
            LIAISON_CASES_MS,
            "ms",
            at_most=False,
            note=note,
        ),
        verdict(
            "SPA: JavaScript of the first screen, gzip",
            spa.get("first_screen_js_gzip_kb"),
            FIRST_SCREEN_JS_KB,
            "KB",
            at_most=False,
            note=spa.get("js_error", note),
        ),
    ]


def matching_verdict(matching: dict[str, Any] | None) -> dict[str, Any]:
    matching = matching or {}
    return verdict(
        "matching: a new subject's candidates scored (the worker's task)",
        matching.get("index_task_ms"),
        MATCHING_MS,
        "ms",
        at_most=False,
        note=matching.get("error", "")
        or (
            f"API answers its matches in {matching['matches_median_ms']} ms (median)"
            if "matches_median_ms" in matching
            else ""
        ),
    )


def passed_text(row: dict[str, Any]) -> str:
    return {True: "pass", False: "FAIL", None: "not measured"}[row["passed"]]
