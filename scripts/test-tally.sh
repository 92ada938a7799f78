# Sourced by the test runners: one running tally of passed/failed tests across suites.
# shellcheck shell=bash
passed=0
failed=0
failures=()

# Runs a static check that counts as one test.
check() {
  local name=$1
  shift
  echo "── ${name}"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); failures+=("${name}"); fi
}

# Adds a vitest or Playwright JSON report's counts; a suite that exits non-zero without a failed test counts as one.
add_report() {
  local name=$1 kind=$2 file=$3 exit_code=$4 p f
  read -r p f < <(node scripts/count-results.mjs "$kind" "$file")
  passed=$((passed + p))
  failed=$((failed + f))
  if [[ $f -gt 0 ]]; then failures+=("${name}: ${f} failed"); fi
  if [[ $exit_code -ne 0 && $f -eq 0 ]]; then failed=$((failed + 1)); failures+=("${name} (exit ${exit_code})"); fi
}

# Prints the failures and the closing line CI reads; returns non-zero when anything failed.
finish() {
  echo
  if [[ ${#failures[@]} -gt 0 ]]; then printf 'Failed: %s\n' "${failures[@]}"; fi
  echo "${passed} passed, ${failed} failed"
  [[ $failed -eq 0 ]]
}
