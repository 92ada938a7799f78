#!/usr/bin/env bash
# The database-facing suites again on PostgreSQL: integration tests (each file gets a fresh database on the server
# in TEST_DATABASE_URL) and the browser tests against a server on PostgreSQL. Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
: "${PG_SERVER_URL:?Set PG_SERVER_URL=postgresql://user:pass@127.0.0.1:5432 (a role that may create databases)}"
export NEXT_TELEMETRY_DISABLED=1
source scripts/test-tally.sh

# Test databases of runs killed before their drop() (createTestDb names them claimtrack_test_<pid>_…): their process
# is gone, so nothing else will remove them. Those of a run still going are left alone.
if command -v psql > /dev/null; then
  for db in $(psql "${PG_SERVER_URL}/postgres" -Atc "SELECT datname FROM pg_database WHERE datname LIKE 'claimtrack\_test\_%'"); do
    pid="$(cut -d_ -f3 <<< "$db")"
    kill -0 "$pid" 2> /dev/null || psql "${PG_SERVER_URL}/postgres" -qc "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)"
  done
fi

# PG_VITEST_WORKERS=1 (scripts/test-all.sh, beside the SQLite browser tests): one file at a time. Two workers there took
# as long (186 s against 178 s, 2026-12-06) and the cores they took slowed the browser tests beside (506 s against 446 s).
echo "── integration tests on PostgreSQL"
rm -f .tmp/vitest-pg.json
TEST_DATABASE_URL="${PG_SERVER_URL}/postgres" timed "vitest (PostgreSQL)" npx vitest run lib/articles lib/users lib/claims lib/export lib/coverage/get-newsroom-coverage.test.ts lib/coverage/read-newsroom-coverage-page.test.ts lib/coverage/citation-claim-standing.test.ts lib/coverage/citation-mirror-races.test.ts lib/db/insert-rows.test.ts lib/sources/load-source-registry.test.ts lib/sources/unnamed-sources.test.ts lib/db/translate-database-error.test.ts lib/db/deadlock-retry.test.ts lib/auth/login-lockout.test.ts bin/claims-ingest.test.ts bin/claims-ingest-url.test.ts bin/claims-ingest-kill.test.ts bin/claims-export.test.ts bin/claims-delete.test.ts bin/claims-check.test.ts bin/claims-matches.test.ts ${PG_VITEST_WORKERS:+--maxWorkers=$PG_VITEST_WORKERS} \
  --reporter=default --reporter=json --outputFile.json=.tmp/vitest-pg.json
add_report "vitest (PostgreSQL)" vitest .tmp/vitest-pg.json $?

# npm test runs every browser spec on SQLite. On PostgreSQL they run where the engine changes what happens behind the
# page and no PostgreSQL run of vitest above covers it: every action of the permission table once through the API
# (permission-matrix), Better Auth's adapter signing in and holding sessions and API tokens (auth, accounts), the
# queries written per engine or leaning on its constraints (search and filters, a bulk change over all matching
# claims, the seed article's coverage figures, every export format, ingest and its duplicate check, matching through
# the GIN index and the links' own SQL: seen-before), PostgreSQL's own refusals of hostile input (api, fuzz), two
# reviewers' conflict on one claim (review), and a new version of an article re-anchoring its claims under the
# article's row lock (article-versions).
# Within those specs, a test tagged @engine-neutral is left to the SQLite run: what it checks happens before or
# after the database and the same on both (a form's refusals before any query, markup shown as text, layout, the
# keyboard, the interface's language, response headers, the CSV's name), or is a second path through the same
# statements as a test that does run here (the other bulk changes, a one-time password reset, a stale page's
# refusal), or is covered on this engine by the vitest run above (the sign-in lockout: lib/auth/login-lockout.test.ts).
# The specs not listed would repeat the SQLite run step for step, or what the vitest run above already does on this
# engine through the same verbs: layout, keyboard and accessibility (phone-layout, keyboard-review, review-desk,
# accessibility, claim-editing), one's own password and a forced one-time one (password:
# lib/users/change-own-password.test.ts), deleting, restoring and purging (article-delete:
# lib/articles/delete-article.test.ts), the newsroom's coverage and the filtered report (newsroom-coverage:
# lib/coverage, lib/export), the CSV's file names (exports), body limits refused before any query (upload-limits) and
# the SQLite file lock (database-locked, skipped on PostgreSQL). ALL_SPECS=1 runs every test of every spec here too.
# first-run.setup.ts, which the others need, runs either way.
PG_SPECS=(api auth accounts permission-matrix fuzz ingest.spec claims-search bulk-all-matching coverage article-versions
  review.spec seen-before)
PG_GREP=(--grep-invert @engine-neutral)
[[ "${ALL_SPECS:-}" == 1 ]] && PG_SPECS=() && PG_GREP=()
echo "── browser tests on PostgreSQL (${PG_SPECS[*]:-all specs}${PG_GREP[*]:+, without the tests tagged @engine-neutral})"
# Side by side like the SQLite ones, each run with a database on this server of its own (scripts/test-tally.sh).
timed "playwright (PostgreSQL, ${E2E_SHARDS:-1} run(s) side by side)" \
  browser_tests "playwright (PostgreSQL)" postgres "${E2E_SHARDS:-1}" "${PG_GREP[@]}" "${PG_SPECS[@]/#/e2e/}"

# Fault: PostgreSQL stopped under the running app and started again. Its own throwaway server, not this one (needs
# root and Debian's PostgreSQL packages, as in CI).
check "fault: PostgreSQL restarted under load, clean 503s, recovers" npx tsx scripts/faults/pg-restart.ts

# The load test's invariants (no 5xx, no acknowledged change lost, one event per change) on both databases; 10 s
# each here, `npm run load` runs the full 60 s. scripts/test-all.sh, which runs this script beside the SQLite browser
# tests, runs the load test itself once both are done (WITHOUT_LOAD_TEST=1): 50 clients on cores the browser tests
# keep busy would time out for want of CPU, not for a fault of the app.
if [[ "${WITHOUT_LOAD_TEST:-}" != 1 ]]; then
  check "load test: 50 clients × 10 s on SQLite and PostgreSQL, invariants" npm run -s load -- --seconds 10
fi

finish
