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

# Runs the browser tests as SHARDS Playwright runs side by side, each against a production server, a database and a
# folder (E2E_TMP: sessions, uploads, screenshots, its report and log) of its own, and counts each run's report.
# A run keeps about 1.4 cores busy (its server and browser also wait on each other and on the page's timers), so on
# more than two cores runs side by side use the time one run leaves idle. Run i of an engine serves on E2E_PORT + 2(i-1), plus 1 on
# PostgreSQL: the engines' runs never meet on a port. Usage: browser_tests NAME sqlite|postgres SHARDS [spec…]
browser_tests() {
  local name=$1 engine=$2 shards=$3 i dir port status offset=0 runs=()
  shift 3
  [[ $engine == postgres ]] && offset=1
  for ((i = 1; i <= shards; i++)); do
    dir=".tmp/e2e-${engine}-${i}"
    port=$((${E2E_PORT:-3100} + 2 * (i - 1) + offset))
    rm -rf "${dir}" && mkdir -p "${dir}"
    (
      export E2E_TMP="${dir}" E2E_PORT="${port}"
      if [[ $engine == postgres ]]; then
        export E2E_DATABASE_URL="${PG_SERVER_URL}/claimtrack_e2e_${port}"
      else
        unset E2E_DATABASE_URL # playwright.config.ts: a SQLite file in E2E_TMP
      fi
      npx playwright test --shard="${i}/${shards}" "$@" > "${dir}/playwright.log" 2>&1
    ) &
    runs+=("$!|${dir}|${port}")
  done
  for entry in "${runs[@]}"; do
    IFS='|' read -r pid dir port <<< "${entry}"
    wait "${pid}"
    status=$?
    echo "── ${name}, run ${dir##*-} of ${shards} (port ${port}, ${dir})"
    cat "${dir}/playwright.log"
    add_report "${name} ${dir##*-}/${shards}" playwright "${dir}/playwright.json" "${status}"
  done
}
