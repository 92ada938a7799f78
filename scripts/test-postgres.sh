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

echo "── integration tests on PostgreSQL"
rm -f .tmp/vitest-pg.json
TEST_DATABASE_URL="${PG_SERVER_URL}/postgres" npx vitest run lib/articles lib/users lib/claims lib/export lib/coverage/get-newsroom-coverage.test.ts lib/sources/load-source-registry.test.ts lib/db/translate-database-error.test.ts bin/claims-ingest.test.ts bin/claims-ingest-kill.test.ts bin/claims-export.test.ts bin/claims-delete.test.ts \
  --reporter=default --reporter=json --outputFile.json=.tmp/vitest-pg.json
add_report "vitest (PostgreSQL)" vitest .tmp/vitest-pg.json $?

echo "── browser tests on PostgreSQL"
rm -f .tmp/playwright.json
E2E_DATABASE_URL="${PG_SERVER_URL}/claimtrack_e2e" E2E_PORT=3101 npx playwright test
add_report "playwright (PostgreSQL)" playwright .tmp/playwright.json $?

# The load test's invariants (no 5xx, no acknowledged change lost, one event per change) on both databases; 20 s
# each here, `npm run load` runs the full 60 s.
check "load test: 50 clients × 20 s on SQLite and PostgreSQL, invariants" npm run -s load -- --seconds 20

# Fault: PostgreSQL stopped under the running app and started again (needs root and pg_ctlcluster, as in CI).
check "fault: PostgreSQL restarted under load, clean 503s, recovers" env TEST_DATABASE_URL="${PG_SERVER_URL}/postgres" npx tsx scripts/faults/pg-restart.ts

finish
