#!/usr/bin/env bash
# Playwright drives Debian's Chromium (its own browser download is not reachable here). Installs it when missing
# and this user may; otherwise says in one sentence what to install.
if [[ -n "${CHROMIUM_PATH:-}" && -x "${CHROMIUM_PATH}" ]] || command -v chromium > /dev/null; then exit 0; fi
if [[ $(id -u) -eq 0 ]] && command -v apt-get > /dev/null; then
  echo "── installing Debian's Chromium for the browser tests (about a minute)…"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) > .tmp/apt-chromium.log 2>&1 && exit 0
  echo "Installing Chromium failed; see .tmp/apt-chromium.log." >&2
  exit 1
fi
echo "The browser tests need Chromium: run 'sudo apt-get install chromium' (or set CHROMIUM_PATH), then npm test again." >&2
exit 1
