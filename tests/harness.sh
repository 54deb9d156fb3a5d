# Sourced by the shell tests: usage `source harness.sh CLAIMS PROJECT_ROOT`. Sets $claims
# (absolute), $tmp (removed on exit), counts checks, and `finish` prints the
# "N passed, N failed" line ctest users expect and sets the exit status.
set -u
claims=$(realpath "$1")
root=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
passed=0
check() {  # check NAME COMMAND...
  local name=$1
  shift
  if "$@"; then passed=$((passed + 1)); else echo "FAIL: $name"; failures=$((failures + 1)); fi
}
finish() {
  echo "$passed passed, $failures failed"
  test "$failures" -eq 0
}
cd "$root" || exit 1
