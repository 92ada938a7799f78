#!/usr/bin/env bash
# Playwright drives Debian's Chromium (its own browser download is not reachable here).
if [[ -n "${CHROMIUM_PATH:-}" && -x "${CHROMIUM_PATH}" ]]; then exit 0; fi
exec bash "$(dirname "$0")/ensure-debian-package.sh" chromium chromium "the browser tests"
