#!/usr/bin/env bash
# Builds the production app when there is no build yet or the code is newer than the build.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
if [[ ! -f .next/BUILD_ID ]] || [[ -n "$(find app actions components lib messages proxy.ts next.config.ts package.json -newer .next/BUILD_ID -print -quit 2>/dev/null)" ]]; then
  echo "── building the app…"
  npx next build > .next-build.log 2>&1 || { cat .next-build.log; exit 1; }
fi
