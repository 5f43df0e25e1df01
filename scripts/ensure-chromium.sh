#!/bin/sh
# Make sure Debian's Chromium is installed for the console's browser tests.
# Playwright's own browser download cannot reach its servers here, so the tests drive /usr/bin/chromium.
# Exits 0 when it is already present; otherwise installs it with apt (needs root or sudo).
set -eu

CHROMIUM="${BRANDWATCH_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure-chromium: $CHROMIUM is missing and apt-get is not available; install Chromium yourself" >&2
    exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "ensure-chromium: $CHROMIUM is missing; run as root: apt-get install -y chromium" >&2
        exit 1
    fi
fi
echo "ensure-chromium: installing Debian's chromium package for the browser tests" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium
[ -x "$CHROMIUM" ] || { echo "ensure-chromium: installed, but $CHROMIUM is still missing" >&2; exit 1; }
