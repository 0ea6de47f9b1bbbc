"""The results of `make bench`: kept per scale, the verdicts computed, the readable table.

- `bench/results-S.json`, `bench/results-L.json`: the last run of each scale (so that the S to L
  growth is computed whichever scale ran last);
- `bench/results.json`: both scales as they stand, each with its verdicts, and which ran last;
- `bench/results.md`: the table of the scale that ran.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bench import verdicts


def save(out: Path, run: dict[str, Any]) -> dict[str, Any]:
    """Keep `run` as its scale's results, recompute every scale's verdicts, write all."""
    scale = run["scale"]
    (out.parent / f"results-{scale}.json").write_text(json.dumps(run, indent=2, default=str) + "\n")
    scales: dict[str, dict[str, Any]] = {}
    for name in ("S", "L"):
        path = out.parent / f"results-{name}.json"
        if path.exists():
            try:
                scales[name] = json.loads(path.read_text())
            except json.JSONDecodeError:
                continue
    for one in scales.values():
        one["verdicts"] = verdicts.compute(one, scales)
    results = {"latest": scale, "scales": scales}
    out.write_text(json.dumps(results, indent=2, default=str) + "\n")
    return results


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def verdict_table(run: dict[str, Any]) -> list[str]:
    lines = [
        "| target | limit | figure | verdict | note |",
        "|---|---|---:|---|---|",
    ]
    for row in run["verdicts"]:
        figure = "" if row["figure"] is None else f"{row['figure']} {row['unit']}".strip()
        lines.append(
            f"| {row['target']} | {row['limit']} | {figure} | **{verdicts.passed_text(row)}** "
            f"| {row['note']} |"
        )
    passed = sum(1 for row in run["verdicts"] if row["passed"])
    failed = sum(1 for row in run["verdicts"] if row["passed"] is False)
    missing = sum(1 for row in run["verdicts"] if row["passed"] is None)
    lines += ["", f"{passed} passed, {failed} failed, {missing} not measured."]
    return lines


def scenario_table(results: dict[str, Any], scale: str) -> list[str]:
    run = results["scales"][scale]
    before = {
        (row["scenario"], row["who"]): row["median_ms"]
        for row in results["scales"].get("S", {}).get("rows", [])
        if "median_ms" in row
    }
    lines = [
        "| scenario | who | median ms | p95 ms | queries | floor median ms | x floor "
        "| x floor beyond the fixed cost | textbook median ms (queries) | textbook / API "
        "| S to L |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in run.get("rows", []):
        if "todo" in row:
            lines.append(f"| {row['scenario']} | TODO: {row['todo']} | | | | | | | | | |")
            continue
        key = (row["scenario"], row["who"])
        grow = f"{row['median_ms'] / before[key]:.2f}x" if scale == "L" and before.get(key) else ""
        book = (
            f"{row['textbook_median_ms']} ({row['textbook_queries']})"
            if "textbook_median_ms" in row
            else ""
        )
        lines.append(
            f"| {row['scenario']} | {row['who']} | {row['median_ms']} | {row['p95_ms']} "
            f"| {row['queries']} | {_cell(row.get('floor_median_ms'))} "
            f"| {_cell(row.get('ratio_to_floor'))} "
            f"| {_cell(row.get('ratio_to_floor_beyond_fixed'))} "
            f"| {book} | {_cell(row.get('textbook_speedup'))} | {grow} |"
        )
    return lines


def load_table(load: dict[str, Any]) -> list[str]:
    if "error" in load:
        return [f"Load test: not measured: {load['error']}"]
    lines = [
        f"Load test: {load['server']}; {load['generator']}, "
        f"{load['mixed']['connections']} connections, {load['mixed']['seconds']} s per run; "
        "users: " + ", ".join(f"{u['role']} {u['state']}" for u in load["users"]) + ".",
        "",
        "| workload | requests/s | p50 ms | p90 ms | p99 ms | max ms | requests | failed |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, label in (
        ("mixed", "mixed: case list, case file, assets, deadlines, summary (all users)"),
        ("textbook_subset", f"product: {load['textbook_serves']}"),
        ("textbook", f"textbook: {load['textbook_serves']}"),
    ):
        row = load[name]
        lines.append(
            f"| {label} | {row['rps']} | {row['p50_ms']} | {row['p90_ms']} | {row['p99_ms']} "
            f"| {row['max_ms']} | {row['requests']} | {row['errors']} |"
        )
    if "alone_median_ms" in load:
        alone = ", ".join(f"{path} {ms}" for path, ms in load["alone_median_ms"].items())
        lines += [
            "",
            f"Each endpoint alone (one request at a time, median of all users' x10), ms: {alone}.",
        ]
    if "alone_cpu_ms" in load:
        cpu = ", ".join(f"{path} {ms}" for path, ms in load["alone_cpu_ms"].items())
        lines += [
            "",
            f"CPU time of the gunicorn workers per request alone (mean of all users' x10), ms: "
            f"{cpu}. Under load, per request: mixed "
            f"{load['mixed'].get('server_cpu_ms_per_request')}, product's textbook subset "
            f"{load['textbook_subset'].get('server_cpu_ms_per_request')}. Load average before "
            f"and after the runs: {load.get('load_average_before')}, "
            f"{load.get('load_average_after')}.",
        ]
    workers = ", ".join(f"{m['rss_mb']} (peak {m['peak_mb']})" for m in load["workers_memory_mb"])
    lines += ["", f"gunicorn workers' RSS after the product's runs, MB: {workers}."]
    return lines


def table(results: dict[str, Any], scale: str) -> str:
    run = results["scales"][scale]
    head = f"Scale {scale}: {run.get('cases', 0):,} cases (database {run.get('database', '?')}); "
    head += f"{run.get('finished_at', '')}; load average at the end {run.get('load_average')}."
    if "rss_after_run_mb" in run:
        head += (
            f" The in-process scenarios' process: RSS {run['rss_after_run_mb']} MB "
            f"(peak {run['peak_rss_mb']} MB)."
        )
    lines = [head, "", "## Targets", "", *verdict_table(run), "", "## Scenarios", ""]
    lines += scenario_table(results, scale)
    if "load" in run:
        lines += ["", "## Under load", "", *load_table(run["load"])]
    if "sweep" in run:
        sweep = run["sweep"]
        lines += ["", "## Reminder sweep", ""]
        if "error" in sweep:
            lines.append(f"Not measured: {sweep['error']}")
        else:
            lines.append(
                f"{sweep['deadlines']:,} deadlines due (database {sweep.get('database')}), "
                f"{sweep['workers']} worker processes: {sweep['reminders']:,} reminders "
                f"({sweep['skipped']:,} skipped), {sweep['notifications']:,} notifications, "
                f"{sweep['emails']:,} emails; {sweep.get('delivered', 0):,} delivered in "
                f"{sweep['seconds']} s "
                f"({sweep['per_second']}/s; the sweep itself {sweep['sweep_seconds']} s, "
                f"enqueued {sweep['enqueued_by_the_first_sweep']:,} at once, "
                f"{sweep['sweeps']} sweep(s), one every {sweep['sweep_every_seconds']} s). "
                + ("Exactly once." if sweep["exactly_once"] else "PROBLEMS: ")
                + "; ".join(sweep["problems"])
            )
    if "spa" in run:
        spa = run["spa"]
        lines += ["", "## The web application in Chromium", ""]
        if "error" in spa:
            lines.append(f"Not measured: {spa['error']}")
        else:
            lines.append(
                f"Medians of {spa['rounds']} fresh contexts: first screen (sign-in) usable in "
                f"{spa['first_screen_ms']} ms (runs {spa['first_screen_runs_ms']}), its scripts "
                f"{spa['first_screen_js_gzip_kb']} KB gzip ({len(spa['first_screen_scripts'])} "
                f"files); sign-in {spa['sign_in_ms']} ms; {spa['user']}'s case list "
                f"{spa['liaison_cases_ms']} ms after the click "
                f"(runs {spa['liaison_cases_runs_ms']})."
            )
    if "matching" in run:
        matching = run["matching"]
        lines += ["", "## Matching", ""]
        if "error" in matching:
            lines.append(matching["error"])
        else:
            lines.append(
                f"A new subject scored by the worker's task in {matching['index_task_ms']} ms; "
                f"the API answers its matches in {matching['matches_median_ms']} ms (median); "
                f"{matching.get('keys', 0):,} match keys."
            )
    return "\n".join(lines) + "\n"
