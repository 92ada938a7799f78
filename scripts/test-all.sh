#!/usr/bin/env bash
# `npm test`: every check and test suite on SQLite, then one line "N passed, N failed" summing them all.
# Static checks (lint, types, formatting) count as one test each; vitest and Playwright report their own tests.
# With PG_SERVER_URL set (CI does, .ci/run), the PostgreSQL suites (scripts/test-postgres.sh) and the load test run
# too and count in the same line: see "How the suites are laid out" in the README.
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

# Built once here rather than by the first browser run's server: the SQLite and the PostgreSQL servers serve the same
# build (the engine is chosen from DATABASE_URL when the server starts), and two servers must not build at once. Built
# before the tests because it opens no database: in CI it runs while better-sqlite3 still compiles (below).
if ! timed "production build (next build)" bash scripts/build-if-needed.sh; then
  failed=$((failed + 1))
  failures+=("production build")
fi

# .ci/run compiles better-sqlite3 in the background meanwhile: every test from here on opens a database.
if [[ -n "${NATIVE_BUILD_STATUS:-}" ]]; then
  t=$SECONDS
  while [[ ! -s "${NATIVE_BUILD_STATUS}" ]]; do sleep 1; done
  timings+=("$(printf '%5d s  %s' $((SECONDS - t)) "waiting for better-sqlite3's compile after the static checks")")
  if [[ "$(cat "${NATIVE_BUILD_STATUS}")" != 0 ]]; then
    cat "${NATIVE_BUILD_STATUS%.status}.log"
    failed=$((failed + 1))
    failures+=("better-sqlite3's compile")
    finish
    exit 1
  fi
fi

echo "── unit and integration tests (vitest, SQLite)"
# The PDF report tests read the PDF back with poppler (pdftotext, pdfinfo).
bash scripts/ensure-debian-package.sh pdftotext poppler-utils "the PDF report tests"
rm -f .tmp/vitest.json
timed "vitest (SQLite)" npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest.json
add_report "vitest" vitest .tmp/vitest.json $?

# The browser tests need Chromium, on either engine.
if ! bash scripts/ensure-chromium.sh; then
  failed=$((failed + 1))
  failures+=("playwright: Chromium missing")
  finish
  exit 1
fi

# The PostgreSQL suites (with PG_SERVER_URL, as in CI): beside the SQLite browser tests, or after them with
# PG_BESIDE=0. A browser run in Chromium's headless shell keeps about 1.4 of our 2 cores busy (395 s of CPU in 288 s),
# so the PostgreSQL suites fill the rest: both together took 462 s, one after the other 584 s (2026-12-03, 96 % of
# both cores busy, no test failed or retried). With the full Chromium, which kept the cores busy on its own, side by
# side had been slower (1,054 s for the SQLite browser run instead of 549 s). Their vitest runs one file at a time here
# (PG_VITEST_WORKERS=1; scripts/test-postgres.sh says what it measured).
pg_pid=""
# One core cannot run both: there the default is one after the other.
[[ $(nproc) -lt 2 ]] && : "${PG_BESIDE:=0}"
if [[ -n "${PG_SERVER_URL:-}" && "${PG_BESIDE:-1}" == 1 ]]; then
  echo "── PostgreSQL suites started beside the SQLite browser tests (.tmp/test-pg.log)"
  WITHOUT_LOAD_TEST=1 PG_VITEST_WORKERS=1 bash scripts/test-postgres.sh > .tmp/test-pg.log 2>&1 &
  pg_pid=$!
fi

# E2E_SHARDS runs side by side (1 unless set; scripts/test-tally.sh, browser_tests).
echo "── browser tests (Playwright against the production build, SQLite)"
timed "playwright (SQLite, ${E2E_SHARDS:-1} run(s) side by side)" \
  browser_tests "playwright (SQLite)" sqlite "${E2E_SHARDS:-1}"

if [[ -n "${PG_SERVER_URL:-}" ]]; then
  t=$SECONDS
  if [[ -n "$pg_pid" ]]; then
    wait "$pg_pid"
  else
    echo "── PostgreSQL suites (.tmp/test-pg.log)"
    WITHOUT_LOAD_TEST=1 bash scripts/test-postgres.sh > .tmp/test-pg.log 2>&1
  fi
  echo "── PostgreSQL suites done after $((SECONDS - t)) s more"
  cat .tmp/test-pg.log
  read -r pg_passed pg_failed < <(tail -1 .tmp/test-pg.log | sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\1 \2/p')
  passed=$((passed + ${pg_passed:-0}))
  failed=$((failed + ${pg_failed:-1}))
  [[ ${pg_failed:-1} -gt 0 ]] && failures+=("PostgreSQL suites: ${pg_failed:-their summary line missing} (see above)")
  where="after the SQLite browser tests"
  [[ -n "$pg_pid" ]] && where="beside the SQLite browser tests (the wait after those)"
  timings+=("$(printf '%5d s  %s' $((SECONDS - t)) "PostgreSQL suites $where")")

  # Alone, after both browser runs: 50 clients need the machine's cores to themselves (scripts/test-postgres.sh).
  check "load test: 50 clients × 10 s on SQLite and PostgreSQL, invariants" npm run -s load -- --seconds 10
fi

finish
