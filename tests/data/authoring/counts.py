"""Print label counts of tests/data/devset.jsonl as a Markdown table (pasted into tests/data/README.md)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEVSET = ROOT / "tests" / "data" / "devset.jsonl"
sys.path.insert(0, str(ROOT / "src"))

from brandwatch.rosters import load_roster  # noqa: E402


def _endorser_role(row: dict, roster) -> str:
    moment = datetime.fromisoformat(row["created_at"].replace("Z", "+00:00"))
    entry = roster.lookup(row["platform"], row["author"], moment)
    return f"roster {entry.role}" if entry else "self-identified"


def main() -> None:
    rows = [json.loads(line) for line in DEVSET.read_text(encoding="utf-8").splitlines()]
    labels = [r["labels"] for r in rows]
    roster = load_roster(ROOT / "config" / "employees.csv", ROOT / "config" / "partners.csv")
    leak_kinds = Counter(leak["kind"] for label in labels for leak in label["leaks"])
    table = [
        ("posts", len(rows)),
        ("platform x / reddit", f"{sum(r['platform'] == 'x' for r in rows)} / {sum(r['platform'] == 'reddit' for r in rows)}"),
        ("complaint: true", sum(label["complaint"] for label in labels)),
        *((f"complaint topic: {t}", n) for t, n in sorted(Counter(label["topic"] for label in labels if label["topic"]).items())),
        ("complaint: false", sum(not label["complaint"] for label in labels)),
        *((f"disclosure: {d}", n) for d, n in sorted(Counter(label["disclosure"] for label in labels).items())),
        *((f"endorsement: {e}", n) for e, n in sorted(Counter(label["endorsement"] for label in labels if label["endorsement"]).items())),
        *((f"endorsement labelled, author is {role}", n) for role, n in sorted(Counter(
            _endorser_role(r, roster) for r in rows if r["labels"]["endorsement"]).items())),
        ("nlra: true", sum(label["nlra"] for label in labels)),
        ("posts with at least one leak", sum(bool(label["leaks"]) for label in labels)),
        *((f"leak values: {k}", n) for k, n in sorted(leak_kinds.items())),
        ("posts with no leak", sum(not label["leaks"] for label in labels)),
        ("posts with an author_description", sum(r["author_description"] is not None for r in rows)),
    ]
    print("| label | count |\n|---|---|")
    for name, value in table:
        print(f"| {name} | {value} |")


if __name__ == "__main__":
    main()
