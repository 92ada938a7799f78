#!/usr/bin/env bash
# Starts a local PostgreSQL for the tests (idempotent) and creates the role they use. Needs root (CI, our machines).
set -euo pipefail
if ! command -v pg_ctlcluster > /dev/null; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) > /dev/null
fi
version=$(ls /etc/postgresql | sort -V | tail -1)
if [[ -z "$version" ]]; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -1)
  pg_createcluster "$version" main > /dev/null
fi
pg_ctlcluster "$version" main start 2> /dev/null || true
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
pg_isready -h 127.0.0.1
runuser -u postgres -- psql -q -c "DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'claimtrack') THEN
    CREATE ROLE claimtrack LOGIN PASSWORD 'claimtrack' CREATEDB;
  END IF; END \$\$;"
