"""The generated sections of docs/asset-lifecycle.md and docs/mla-lifecycle.md: the rules tables
as a lawyer reads them, written from the tables themselves (`manage.py write_rules_docs`), and
checked by the tests to be identical."""

from __future__ import annotations

import re
from pathlib import Path

from workflows import asset_rules, mla_rules

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _diagram(text: str) -> str:
    return f"```mermaid\n{text}```\n"


def sections() -> dict[Path, dict[str, str]]:
    """Each document's generated sections, by marker name."""
    return {
        DOCS / "asset-lifecycle.md": {
            "rules-table": asset_rules.markdown_table(),
            "state-diagram": _diagram(asset_rules.mermaid_diagram()),
        },
        DOCS / "mla-lifecycle.md": {
            "rules-table-outgoing": mla_rules.markdown_table(mla_rules.OUTGOING),
            "rules-table-incoming": mla_rules.markdown_table(mla_rules.INCOMING),
            "state-diagram": _diagram(mla_rules.mermaid_diagram()),
        },
    }


def section(text: str, name: str) -> str | None:
    match = re.search(rf"<!-- {name}:start -->\n(.*?)<!-- {name}:end -->", text, re.S)
    return match.group(1) if match else None


def rendered(path: Path, generated: dict[str, str]) -> str:
    """The document with each generated section written in (each marker must be there)."""
    text = path.read_text(encoding="utf-8")
    for name, body in generated.items():
        if section(text, name) is None:
            raise ValueError(f"{path.name} has no <!-- {name}:start --> section")
        start, end = f"<!-- {name}:start -->\n", f"<!-- {name}:end -->"
        before, rest = text.split(start, 1)
        text = before + start + body + end + rest.split(end, 1)[1]
    return text
