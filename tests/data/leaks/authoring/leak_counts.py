"""Print the count tables of tests/data/leaks/README.md from devset.jsonl.

Run from the repository root:  .venv/bin/python tests/data/leaks/authoring/leak_counts.py
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from providers import PROVIDERS, provider_names


def case_of(row: dict) -> tuple[str, str]:
    group, context, _ = row["reason"].split(" | ", 2)
    return group, context


def context_family(group: str, context: str) -> str:
    if group == "secret/provider":
        return "provider token in " + context.split(":")[0]
    if group.startswith("negative/"):
        return context.split(":")[0]
    if group == "pii/phone":
        return "phone " + context.split("-", 1)[1].rsplit("-", 1)[0]
    if group == "pii/iban":
        return "iban " + context.split("-", 2)[2]
    if group == "pii/card":
        return "card " + context.split("-")[2]
    return context


def main() -> None:
    rows = [json.loads(line) for line in (HERE.parent / "devset.jsonl").read_text(encoding="utf-8").splitlines()]
    leaky = [r for r in rows if r["labels"]["leaks"]]
    print("| count | value |\n|---|---|")
    print(f"| posts | {len(rows)} |")
    print(f"| posts with at least one leak | {len(leaky)} |")
    print(f"| posts with no leak (hard negatives) | {len(rows) - len(leaky)} |")
    kinds = collections.Counter(label["kind"] for r in rows for label in r["labels"]["leaks"])
    for kind in ("secret", "pii", "confidential"):
        print(f"| leak values: {kind} | {kinds[kind]} |")
    print(f"| platform x / reddit | {sum(r['platform'] == 'x' for r in rows)} / {sum(r['platform'] == 'reddit' for r in rows)} |")
    print(f"| provider token formats / distinct providers | {len(PROVIDERS)} / {len(provider_names())} |")
    groups = collections.Counter(case_of(r)[0] for r in rows)
    print("\n| group | posts |\n|---|---|")
    for g, n in sorted(groups.items()):
        print(f"| {g} | {n} |")
    fams = collections.Counter((case_of(r)[0].split("/")[0], context_family(*case_of(r))) for r in rows)
    print("\n| kind | context / format | posts |\n|---|---|---|")
    for (k, fam), n in sorted(fams.items()):
        print(f"| {k} | {fam} | {n} |")
    regions = sorted({case_of(r)[1].rsplit("-", 1)[1] for r in rows if case_of(r)[0] == "pii/phone"})
    print(f"\nphone regions ({len(regions)}): {', '.join(regions)}")


if __name__ == "__main__":
    main()
