#!/usr/bin/env bash
# `npm test`: every check and test suite on SQLite, then one line "N passed, N failed" summing them all.
# Static checks (lint, types, formatting) count as one test each; vitest and Playwright report their own tests.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
export NEXT_TELEMETRY_DISABLED=1
source scripts/test-tally.sh

# Type checking and linting each keep one core busy: side by side.
check_in_background "types (tsc --noEmit)" npx tsc --noEmit
check "lint (eslint)" npx eslint .
check "formatting (prettier --check)" npx prettier --check . --log-level warn
wait_for_checks
# The types are checked: the production build for the browser tests need not check them again (next.config.ts).
[[ -n "${check_passed["types (tsc --noEmit)"]:-}" ]] && export CLAIMTRACK_TYPES_CHECKED=1

echo "── unit and integration tests (vitest, SQLite)"
# The PDF report tests read the PDF back with poppler (pdftotext, pdfinfo).
bash scripts/ensure-debian-package.sh pdftotext poppler-utils "the PDF report tests"
rm -f .tmp/vitest.json
timed "vitest (SQLite)" npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest.json
add_report "vitest" vitest .tmp/vitest.json $?

echo "── browser tests (Playwright against the production build, SQLite)"
if bash scripts/ensure-chromium.sh; then
  rm -f .tmp/playwright.json
  timed "playwright (SQLite, with the production build)" npx playwright test
  add_report "playwright" playwright .tmp/playwright.json $?
else
  failed=$((failed + 1))
  failures+=("playwright: Chromium missing")
fi

finish
