#!/usr/bin/env bash
# `npm test`: every check and test suite on SQLite, then one line "N passed, N failed" summing them all.
# Static checks (lint, types, formatting) count as one test each; vitest and Playwright report their own tests.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
export NEXT_TELEMETRY_DISABLED=1

passed=0
failed=0
failures=()

check() {
  local name=$1
  shift
  echo "── ${name}"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); failures+=("${name}"); fi
}

# Adds a JSON report's counts; a suite that exits non-zero without a failed test still counts as one failure.
add_report() {
  local name=$1 kind=$2 file=$3 exit_code=$4
  read -r p f < <(node scripts/count-results.mjs "$kind" "$file")
  passed=$((passed + p))
  failed=$((failed + f))
  if [[ $f -gt 0 ]]; then failures+=("${name}: ${f} failed"); fi
  if [[ $exit_code -ne 0 && $f -eq 0 ]]; then failed=$((failed + 1)); failures+=("${name} (exit ${exit_code})"); fi
}

check "lint (eslint)" npx eslint .
check "types (tsc --noEmit)" npx tsc --noEmit
check "formatting (prettier --check)" npx prettier --check . --log-level warn

echo "── unit and integration tests (vitest, SQLite)"
rm -f .tmp/vitest.json
npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest.json
add_report "vitest" vitest .tmp/vitest.json $?

echo "── browser tests (Playwright against the production build, SQLite)"
if bash scripts/ensure-chromium.sh; then
  rm -f .tmp/playwright.json
  npx playwright test
  add_report "playwright" playwright .tmp/playwright.json $?
else
  failed=$((failed + 1))
  failures+=("playwright: Chromium missing")
fi

echo
if [[ ${#failures[@]} -gt 0 ]]; then printf 'Failed: %s\n' "${failures[@]}"; fi
echo "${passed} passed, ${failed} failed"
[[ $failed -eq 0 ]]
