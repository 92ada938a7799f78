#!/usr/bin/env bash
# The server Playwright tests run against: the production build on its own port and its own fresh database,
# seeded with the source registry only (the tests add the seed article themselves).
# E2E_DATABASE_URL=postgresql://… runs it on PostgreSQL instead of a temporary SQLite file.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
# playwright.config.ts passes E2E_DATABASE_URL: a SQLite file in the run's folder (E2E_TMP) unless it names another.
export DATABASE_URL="${E2E_DATABASE_URL:-file:.tmp/e2e/e2e.db}"
export PORT="${E2E_PORT:-3100}"
export CLAIMTRACK_URL="http://127.0.0.1:${PORT}"
export BETTER_AUTH_SECRET="e2e-only-secret-not-used-anywhere-else-0123456789"
# The tests stand in for a reverse proxy: a context may send X-Forwarded-For to appear as its own client address.
export TRUSTED_PROXIES="127.0.0.1,::1"
# The add-by-URL tests serve their pages from 127.0.0.1 (our machines have no internet): only this server may fetch
# from loopback and private networks; a real one refuses them (README, "From a web address").
export CLAIMTRACK_FETCH_ALLOW_PRIVATE=1
# Small enough that the over-the-limit case is quick to type; the limit is configurable in production too.
export ARTICLE_MAX_BYTES="${E2E_ARTICLE_MAX_BYTES:-204800}"
if [[ "$DATABASE_URL" == file:* ]]; then
  db_file="${DATABASE_URL#file:}"
  rm -f "${db_file}" "${db_file}-wal" "${db_file}-shm" "${db_file}-journal"
  mkdir -p "$(dirname "${db_file}")"
  npx prisma migrate deploy > /dev/null
else
  npx prisma migrate reset --force > /dev/null
fi
npx tsx prisma/seed.ts --sources-only
bash scripts/build-if-needed.sh
exec env HOST=127.0.0.1 NODE_ENV=production node scripts/serve.mjs
