#!/usr/bin/env bash
# `npm run test:soak`: the long versions of what CI runs short. The load test for the issue's full 60 s with 50
# clients on SQLite and (with PG_SERVER_URL) PostgreSQL, its invariants asserted by the script, then the
# PostgreSQL-restart fault test (needs root and Debian's PostgreSQL packages: the server it stops is a throwaway one
# of its own). Exits non-zero if any invariant fails.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run -s load -- --seconds 60 --connections 50
if [[ -n "${PG_SERVER_URL:-}" ]]; then
  npm run -s fault:pg-restart
else
  echo "PostgreSQL fault test not run: set PG_SERVER_URL=postgresql://user:pass@127.0.0.1:5432"
fi
