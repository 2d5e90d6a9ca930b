#!/usr/bin/env bash
# CPU per request of the API and of MariaDB: what a request costs, measured in CPU time rather than in
# requests per second, so that the figure holds on a machine other processes keep busy (wall-clock
# throughput on a shared machine measures the neighbours).
#
#   BENCH_SERVE=1 scripts/benchmark &        # starts and seeds the benchmark's stack and keeps it up
#   scripts/cpu-per-request.sh               # measures against it (waits for .local/bench/stack.env)
#   touch .local/bench/stop                  # stops the stack
#
# For each request kind (the floor GET /q/health/live, the page of 50 tools of the organisations of 60
# and 10 000 tools, /me of bob with 200 memberships, the policy check) it warms up, then reads the CPU
# time (utime + stime of /proc/<pid>/stat, every thread) of the API's JVM and of mariadbd before and
# after CPU_REQUESTS requests, and divides. The requests are sent by one curl process over a few
# keep-alive connections (CPU_CONNECTIONS, default 4; curl --parallel, no wrk needed): what is
# measured is the work of a request, not the queueing. Tokens are real (Keycloak's, password grant), as
# in scripts/benchmark.
#
#   CPU_REQUESTS=2000 CPU_WARMUP=3000 CPU_CONNECTIONS=4   requests measured and of warm-up per kind
#                                                         (the floor gets 5 times as many: it is cheap)
#   CPU_KINDS="floor tools60 tools10k"                    which kinds (also: me check)
#   CPU_JFR=file.jfr                                      records a JFR profile (settings=profile) of each
#                                                         measurement, file-<kind>.jfr, for jfr print/summary
#   CPU_RESTART="-XX:..."                                 restarts the API first with these JVM options
#                                                         (after jvm.options), e.g. to compare settings;
#                                                         CPU_RESTART=" " restarts it with none
# It prints a Markdown table, and the API's resident memory at the end (VmRSS).
set -euo pipefail

cd "$(dirname "$0")/.."
WORK="$(pwd)/.local/bench"
REQUESTS="${CPU_REQUESTS:-2000}"
WARMUP="${CPU_WARMUP:-3000}"
CONNECTIONS="${CPU_CONNECTIONS:-4}"
KINDS="${CPU_KINDS:-floor tools60 tools10k}"

die() { printf '[cpu-per-request] ERROR: %s\n' "$*" >&2; exit 1; }
log() { printf '[cpu-per-request] %s\n' "$*" >&2; }

wait_stack() {
  local i
  for i in $(seq 1 3600); do
    [ -f "$WORK/stack.env" ] && return 0
    sleep 1
  done
  die "no .local/bench/stack.env: start the stack with BENCH_SERVE=1 scripts/benchmark"
}
wait_stack
if [ -n "${CPU_RESTART:-}" ]; then
  log "restarting the API with: $CPU_RESTART"
  printf '%s' "$CPU_RESTART" >"$WORK/restart-api.tmp"
  mv "$WORK/restart-api.tmp" "$WORK/restart-api"
  # the benchmark removes stack.env, then restart-api, and writes stack.env again once the API is ready
  while [ -e "$WORK/restart-api" ]; do sleep 0.5; done
  wait_stack
fi
# shellcheck disable=SC1091
. "$WORK/stack.env"
kill -0 "$API_PID" 2>/dev/null || die "the API ($API_PID) is not running"

# the mariadbd serving the stack's port (a child of the embedded MariaDB's JVM)
DB_PID=""
for cmdline in /proc/[0-9]*/cmdline; do
  pid=${cmdline#/proc/}; pid=${pid%/cmdline}
  args=$(tr '\0' ' ' <"$cmdline" 2>/dev/null || true)
  case "$args" in
    *mariadbd*"--port=$DB_PORT"* | *mysqld*"--port=$DB_PORT"*) DB_PID=$pid; break ;;
  esac
done
[ -n "$DB_PID" ] || die "no mariadbd found for port $DB_PORT"

TICKS=$(getconf CLK_TCK)
cpu_ms() { # pid -> CPU milliseconds (user + system) of the whole process
  awk -v t="$TICKS" '{ sub(/.*\) /, ""); printf "%d", ($12 + $13) * 1000 / t }' "/proc/$1/stat"
}
token() {
  curl -sf -d grant_type=password -d client_id=gouvernail-cli -d "username=$1" -d "password=$1" \
    "$REALM/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}
ALICE=$(token alice)
BOB=$(token bob)
[ -n "$ALICE" ] && [ -n "$BOB" ] || die "no token from $REALM"

url_of() {
  case "$1" in
    floor) echo "$API/q/health/live" ;;
    tools60) echo "$API/api/v1/organisations/$ORG60/tools?limit=50" ;;
    tools10k) echo "$API/api/v1/organisations/$ORG10K/tools?limit=50" ;;
    me) echo "$API/api/v1/me" ;;
    check) echo "$API/api/v1/organisations/$ORG60/policy-check?tool=$CHECKED_TOOL&activity=TRANSLATION&dataCategory=PERSONAL" ;;
    *) die "unknown kind $1" ;;
  esac
}
token_of() { if [ "$1" = me ]; then echo "$BOB"; else echo "$ALICE"; fi; }

for kind in $KINDS; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $(token_of "$kind")" "$(url_of "$kind")")
  [ "$code" = 200 ] || die "GET $(url_of "$kind") answered $code"
done

if [ -n "${CPU_JFR:-}" ]; then
  JCMD="$(dirname "$API_JAVA")/jcmd"
  [ -x "$JCMD" ] || JCMD=jcmd
fi

RESULTS=$(mktemp)
CONFIG=$(mktemp)
trap 'rm -f "$RESULTS" "$CONFIG"' EXIT
send() { # count url auth-header -> one line per HTTP status: "count status"
  local i
  : >"$CONFIG"
  for ((i = 0; i < $1; i++)); do printf 'url = "%s"\noutput = "/dev/null"\n' "$2" >>"$CONFIG"; done
  curl -s --no-progress-meter --parallel --parallel-max "$CONNECTIONS" -H "$3" -w '%{http_code}\n' -K "$CONFIG" 2>/dev/null | sort | uniq -c
}
for kind in $KINDS; do
  url=$(url_of "$kind")
  auth="Authorization: Bearer $(token_of "$kind")"
  count=$REQUESTS
  [ "$kind" != floor ] || count=$((REQUESTS * 5))
  send "$WARMUP" "$url" "$auth" >/dev/null
  if [ -n "${CPU_JFR:-}" ]; then
    "$JCMD" "$API_PID" JFR.start name=cpu settings=profile >/dev/null 2>&1 || true
  fi
  api0=$(cpu_ms "$API_PID")
  db0=$(cpu_ms "$DB_PID")
  started=$(date +%s%N)
  statuses=$(send "$count" "$url" "$auth")
  wall=$((($(date +%s%N) - started) / 1000000))
  api1=$(cpu_ms "$API_PID")
  db1=$(cpu_ms "$DB_PID")
  if [ -n "${CPU_JFR:-}" ]; then
    "$JCMD" "$API_PID" JFR.stop name=cpu "filename=${CPU_JFR%.jfr}-$kind.jfr" >/dev/null 2>&1 || true
  fi
  ok=$(awk '$2 == 200 { n += $1 } END { print n + 0 }' <<<"$statuses")
  errors=$((count - ok))
  printf '%s %s %s %s %s %s\n' "$kind" "$count" "$((api1 - api0))" "$((db1 - db0))" "$errors" "$wall" >>"$RESULTS"
  log "$kind: $count requests in $wall ms, API $((api1 - api0)) ms, MariaDB $((db1 - db0)) ms of CPU, $errors not 200"
done

RSS_MB=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$API_PID/status")
echo
echo "CPU per request — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "curl, $CONNECTIONS keep-alive connections, $WARMUP requests of warm-up per line; JVM options: jvm.options ${JAVA_OPTS_EXTRA:-}"
echo
echo "| request | requests | API CPU ms/request | MariaDB CPU ms/request | errors | wall s |"
echo "|---|---|---|---|---|---|"
awk '{ r = ($2 > 0 ? $2 : 1); printf "| %s | %d | %.3f | %.3f | %d | %.1f |\n", $1, $2, $3 / r, $4 / r, $5, $6 / 1000 }' "$RESULTS"
echo
echo "API resident memory after these requests: $RSS_MB MB (ready in ${READY_MS} ms at its last start)"
