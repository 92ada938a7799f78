#!/usr/bin/env bash
# Playwright drives Debian's Chromium headless shell (its own browser download is not reachable here): the same
# Blink and V8 as Debian's chromium 156, without the full browser's windowing and compositing that a headless test
# never shows. It is what Playwright itself runs headless tests in, and on our two cores it costs a quarter of the full
# browser's CPU (the review, review-desk and ingest specs: 52 s of browser CPU instead of 196 s, 78 s instead of 149 s).
if [[ -n "${CHROMIUM_PATH:-}" && -x "${CHROMIUM_PATH}" ]]; then exit 0; fi
exec bash "$(dirname "$0")/ensure-debian-package.sh" chromium-headless-shell chromium-headless-shell "the browser tests"
