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
#                                                         measurement, file-<api>-<kind>.jfr (jfr print/summary)
#   CPU_APPS="before=dir after=dir"                       A/B: starts each build (a quarkus-app directory) next
#                                                         to the stack's API and measures them in turn,
#                                                         CPU_ROUNDS (3) times; CPU_JAVA_OPTS adds JVM options
#                                                         to all, CPU_OPTS_<name> to one (the same build
#                                                         twice compares settings: "c2=dir c1=dir")
#   CPU_RESTART="-XX:..."                                 restarts the API first with these JVM options
#                                                         (after jvm.options), e.g. to compare settings;
#                                                         CPU_RESTART=" " restarts it with none
# The API's CPU leaves out its JIT compiler threads (C1/C2, from /proc/<pid>/task), printed apart: how
# long they keep compiling depends on the warm-up and on the machine, not on the request.
# It prints a Markdown table, and the API's resident memory at the end (VmRSS).
set -euo pipefail

cd "$(dirname "$0")/.."
# shellcheck disable=SC1091
. scripts/bench-stack.sh
WORK="$(pwd)/.local/bench"
REQUESTS="${CPU_REQUESTS:-2000}"
WARMUP="${CPU_WARMUP:-3000}"
CONNECTIONS="${CPU_CONNECTIONS:-4}"
KINDS="${CPU_KINDS:-floor tools60 tools10k}"

die() { printf '[cpu-per-request] ERROR: %s\n' "$*" >&2; exit 1; }
log() { printf '[cpu-per-request] %s\n' "$*" >&2; }

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

DB_PID=$(stack_mariadbd_pid "$DB_PORT")
[ -n "$DB_PID" ] || die "no mariadbd found for port $DB_PORT"

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
APP_PIDS=()
stop_apps() {
  local pid
  for pid in "${APP_PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${APP_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap 'stop_apps; rm -f "$RESULTS" "$CONFIG"' EXIT
send() { # count url auth-header -> one line per HTTP status: "count status"
  local i
  : >"$CONFIG"
  for ((i = 0; i < $1; i++)); do printf 'url = "%s"\noutput = "/dev/null"\n' "$2" >>"$CONFIG"; done
  curl -s --no-progress-meter --parallel --parallel-max "$CONNECTIONS" -H "$3" -w '%{http_code}\n' -K "$CONFIG" 2>/dev/null | sort | uniq -c
}
measure() { # label api-url api-pid warm-up-requests: every kind, one line each in RESULTS
  local label=$1 base=$2 pid=$3 warmup=$4 kind url auth count api0 jit0 db0 api1 jit1 db1 jit started statuses wall ok errors
  for kind in $KINDS; do
    url=$(url_of "$kind")
    url="$base${url#"$API"}"
    auth="Authorization: Bearer $(token_of "$kind")"
    count=$REQUESTS
    [ "$kind" != floor ] || count=$((REQUESTS * 5))
    send "$warmup" "$url" "$auth" >/dev/null
    if [ -n "${CPU_JFR:-}" ]; then
      "$JCMD" "$pid" JFR.start name=cpu settings=profile >/dev/null 2>&1 || true
    fi
    api0=$(cpu_ms "$pid")
    jit0=$(jit_ms "$pid")
    db0=$(cpu_ms "$DB_PID")
    started=$(date +%s%N)
    statuses=$(send "$count" "$url" "$auth")
    wall=$((($(date +%s%N) - started) / 1000000))
    api1=$(cpu_ms "$pid")
    jit1=$(jit_ms "$pid")
    db1=$(cpu_ms "$DB_PID")
    if [ -n "${CPU_JFR:-}" ]; then
      "$JCMD" "$pid" JFR.stop name=cpu "filename=${CPU_JFR%.jfr}-$label-$kind.jfr" >/dev/null 2>&1 || true
    fi
    ok=$(awk '$2 == 200 { n += $1 } END { print n + 0 }' <<<"$statuses")
    errors=$((count - ok))
    jit=$((jit1 - jit0))
    [ "$jit" -ge 0 ] || jit=0
    # the API's figure leaves out its JIT compilers: how long they keep compiling depends on the
    # warm-up and the machine, not on the request (their share is printed apart)
    printf '%s %s %s %s %s %s %s %s\n' "$label" "$kind" "$count" "$((api1 - api0 - jit))" "$((db1 - db0))" "$errors" "$wall" "$jit" >>"$RESULTS"
    log "$label $kind: $count requests in $wall ms, API $((api1 - api0 - jit)) ms (+ JIT $jit ms), MariaDB $((db1 - db0)) ms of CPU, $errors not 200"
  done
}

if [ -z "${CPU_APPS:-}" ]; then
  measure api "$API" "$API_PID" "$WARMUP"
  LABELS=api
else
  # A/B: each build is started next to the stack's API (same database, Keycloak and JVM options, no
  # start-up cache, no webhook dispatcher), then the builds are measured in turn, CPU_ROUNDS times,
  # so that what the machine's other load adds falls on all of them alike.
  port=$((${API##*:} + 100))
  LABELS=""
  APP_URLS=()
  for spec in $CPU_APPS; do
    name=${spec%%=*}
    dir=${spec#*=}
    port=$((port + 1))
    own_options="CPU_OPTS_$name"
    start_side_api "$port" "$dir" "$LOGS/api-$name.log" ${CPU_JAVA_OPTS:-} ${!own_options:-} || die "no $dir/quarkus-run.jar"
    APP_PIDS+=("$SIDE_API_PID")
    APP_URLS+=("http://127.0.0.1:$port")
    LABELS="$LABELS $name"
    log "started $name ($dir ${!own_options:-}) on $port"
  done
  i=0
  for url in "${APP_URLS[@]}"; do
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/q/health/ready" || true)" = 200 ]; do
      kill -0 "${APP_PIDS[$i]}" 2>/dev/null || die "the API on $url exited (see .local/bench/logs/)"
      sleep 1
    done
    i=$((i + 1))
  done
  for ((round = 1; round <= ${CPU_ROUNDS:-3}; round++)); do
    i=0
    for name in $LABELS; do
      measure "$name" "${APP_URLS[$i]}" "${APP_PIDS[$i]}" "$([ "$round" = 1 ] && echo "$WARMUP" || echo 500)"
      i=$((i + 1))
    done
  done
fi

echo
echo "CPU per request — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "curl, $CONNECTIONS keep-alive connections, $WARMUP requests of warm-up; JVM options: jvm.options ${JAVA_OPTS_EXTRA:-} ${CPU_JAVA_OPTS:-}"
echo
echo "| API | request | requests | API CPU ms/request (without JIT) | JIT ms/request | MariaDB CPU ms/request | errors | wall s |"
echo "|---|---|---|---|---|---|---|---|"
# one line per API and kind, the rounds added up
awk '{ k = $1 " " $2; if (!(k in n)) order[++m] = k; n[k] += $3; a[k] += $4; d[k] += $5; e[k] += $6; w[k] += $7; c[k] += $8 }
  END { for (j = 1; j <= m; j++) { k = order[j]; split(k, p, " ");
    printf "| %s | %s | %d | %.3f | %.3f | %.3f | %d | %.1f |\n", p[1], p[2], n[k], a[k] / n[k], c[k] / n[k], d[k] / n[k], e[k], w[k] / 1000 } }' "$RESULTS"
echo
if [ -z "${CPU_APPS:-}" ]; then
  echo "API resident memory after these requests: $(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$API_PID/status") MB (ready in ${READY_MS} ms at its last start)"
else
  i=0
  for name in $LABELS; do
    echo "$name: resident memory after these requests $(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/${APP_PIDS[$i]}/status") MB"
    i=$((i + 1))
  done
fi
