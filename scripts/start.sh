#!/usr/bin/env bash
# `npm start`: migrate the database (SQLite file under data/ by default), seed it if empty, build if the build is
# missing or older than the code, then serve the production build and say where.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export PORT="${PORT:-3000}"
# Files the app creates (the SQLite database, its log, backups) are its own: nobody else on the machine reads them.
umask 077
HOST="${HOST:-127.0.0.1}"

echo "── database: ${DATABASE_URL:-file:data/claimtrack.db (SQLite, default)}"
npx prisma migrate deploy > .tmp-migrate.log 2>&1 || { cat .tmp-migrate.log; rm -f .tmp-migrate.log; exit 1; }
rm -f .tmp-migrate.log
npx tsx prisma/seed.ts --if-empty

bash scripts/build-if-needed.sh

echo "── Claimtrack is running at http://${HOST}:${PORT}/  (Ctrl+C to stop)"
exec env HOST="$HOST" NODE_ENV=production node scripts/serve.mjs
