"""CPU cost of hiding leaked values in a text full of ellipses (issue 16 review: cut-preview masking).

One post holds `--values` leaked passwords followed by `--ellipses` "…"; every ellipsis is a place a cut
preview may have kept a piece of each value, so this is the worst case for `hide_cut_pieces`.

    PYTHONPATH=src .venv/bin/python bench/cut_pieces.py --values 10 --ellipses 90000
"""

from __future__ import annotations

import argparse
import time

from brandwatch.secrecy import MASKED, hide_values


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--values", type=int, default=10)
    parser.add_argument("--ellipses", type=int, default=90000)
    args = parser.parse_args()
    values = [f"Pw{i}-Xq7vLm2Rt9Kz{i}" for i in range(args.values)]
    text = "my passwords: " + " ".join(values) + " " + "…" * args.ellipses
    started = time.process_time()
    shown = hide_values(text, values)
    spent = time.process_time() - started
    assert not any(value in shown for value in values) and shown.count(MASKED) == args.values
    print(f"{args.values} values, {args.ellipses} ellipses: {spent:.2f} CPU-seconds")


if __name__ == "__main__":
    main()
