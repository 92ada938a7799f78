#!/usr/bin/env bash
# `npm test`: every check and test suite, then one line "N passed, N failed" summing them all.
# Static checks (lint, types, formatting) count as one test each; vitest reports its own tests.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp

passed=0
failed=0
failures=()

check() {
  local name=$1
  shift
  echo "── ${name}"
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    failures+=("${name}")
  fi
}

check "lint (eslint)" npx eslint .
check "types (tsc --noEmit)" npx tsc --noEmit
check "formatting (prettier --check)" npx prettier --check . --log-level warn

echo "── unit and integration tests (vitest)"
rm -f .tmp/vitest.json
npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest.json
vitest_exit=$?
if [[ -f .tmp/vitest.json ]]; then
  read -r vp vf < <(node -e 'const r=require("./.tmp/vitest.json");console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites||0))')
  passed=$((passed + vp))
  failed=$((failed + vf))
  if [[ $vitest_exit -ne 0 && $vf -eq 0 ]]; then failed=$((failed + 1)); failures+=("vitest (exit ${vitest_exit})"); fi
  [[ $vf -gt 0 ]] && failures+=("vitest: ${vf} failed")
else
  failed=$((failed + 1))
  failures+=("vitest produced no report (exit ${vitest_exit})")
fi

echo
if [[ ${#failures[@]} -gt 0 ]]; then printf 'Failed: %s\n' "${failures[@]}"; fi
echo "${passed} passed, ${failed} failed"
[[ $failed -eq 0 ]]
