#!/bin/sh
# The slow tests (crash kills, several daemons, browser) while two CPU-bound processes keep the machine
# busy, as on a shared CI runner: a test that only passes on an idle machine depends on timing and fails
# here. Extra arguments go to pytest. The burners stop when this script ends, however it ends.
set -u
PY=${PYTHON_BIN:-.venv/bin/python}
"$PY" -c 'while True: pass' &
first=$!
"$PY" -c 'while True: pass' &
second=$!
trap 'kill "$first" "$second" 2>/dev/null' EXIT INT TERM
echo "test-stress: CPU burners running as pids $first $second"
"$PY" -m pytest -m slow -p no:cacheprovider "$@"
