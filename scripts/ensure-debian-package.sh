#!/usr/bin/env bash
# ensure-debian-package.sh COMMAND PACKAGE WHY: installs Debian's PACKAGE when COMMAND is missing and this user may
# (root with apt-get, as in CI); otherwise says in one sentence what to install. Exit 0 when COMMAND is there.
command=$1 package=$2 why=$3
if command -v "$command" > /dev/null; then exit 0; fi
mkdir -p .tmp
if [[ $(id -u) -eq 0 ]] && command -v apt-get > /dev/null; then
  echo "── installing Debian's ${package} for ${why}…"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package") > ".tmp/apt-${package}.log" 2>&1 && exit 0
  echo "Installing ${package} failed; see .tmp/apt-${package}.log." >&2
  exit 1
fi
echo "${why^} need ${package}: run 'sudo apt-get install ${package}', then npm test again." >&2
exit 1
