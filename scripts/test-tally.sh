# Sourced by the test runners: one running tally of passed/failed tests across suites, and the time each stage took.
# shellcheck shell=bash
passed=0
failed=0
failures=()
timings=()
background=()
declare -A check_passed=()

# Runs a command and notes how long it took, for the table `finish` prints; returns the command's status.
timed() {
  local name=$1 start=$SECONDS status
  shift
  "$@"
  status=$?
  timings+=("$(printf '%5d s  %s' $((SECONDS - start)) "$name")")
  return $status
}

# Runs a static check that counts as one test.
check() {
  local name=$1
  shift
  echo "── ${name}"
  if timed "${name}" "$@"; then
    passed=$((passed + 1))
    check_passed["${name}"]=1
  else
    failed=$((failed + 1))
    failures+=("${name}")
  fi
}

# Starts a static check in the background, its output kept until wait_for_checks: single-threaded checks (types,
# lint) side by side take the time of the longer one on a machine of two cores.
check_in_background() {
  local name=$1 log
  shift
  log=".tmp/check-${#background[@]}.log"
  (
    start=$SECONDS
    "$@" > "${log}" 2>&1
    status=$?
    echo $((SECONDS - start)) > "${log}.seconds"
    exit $status
  ) &
  background+=("$!|${name}|${log}")
}

# Waits for the checks check_in_background started and counts each like `check`, with its output.
wait_for_checks() {
  local entry pid name log
  for entry in "${background[@]}"; do
    IFS='|' read -r pid name log <<< "${entry}"
    echo "── ${name}"
    if wait "${pid}"; then
      passed=$((passed + 1))
      check_passed["${name}"]=1
    else
      failed=$((failed + 1))
      failures+=("${name}")
    fi
    cat "${log}"
    timings+=("$(printf '%5d s  %s (side by side)' "$(cat "${log}.seconds")" "${name}")")
  done
  background=()
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

# Prints the time per stage, the failures and the closing line CI reads; returns non-zero when anything failed.
finish() {
  echo
  if [[ ${#timings[@]} -gt 0 ]]; then
    echo "Time per stage:"
    printf '%s\n' "${timings[@]}"
  fi
  if [[ ${#failures[@]} -gt 0 ]]; then printf 'Failed: %s\n' "${failures[@]}"; fi
  echo "${passed} passed, ${failed} failed"
  [[ $failed -eq 0 ]]
}
