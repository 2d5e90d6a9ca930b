#!/usr/bin/env bash
# The cost of a write: what one POST …/tools (a new tool, as scripts/benchmark's 32 writers send it)
# costs in CPU of the API and of MariaDB, in SQL statements and transactions, and what 32 concurrent
# writers in one organisation wait for (InnoDB row-lock waits, deadlocks, latency percentiles).
#
#   BENCH_SERVE=1 BENCH_DB_PORT=3327 BENCH_KC_PORT=8191 BENCH_KC_MANAGEMENT_PORT=9191 BENCH_API_PORT=8091 \
#     scripts/benchmark &                    # starts and seeds the benchmark's stack, keeps it up
#   scripts/cpu-per-write.sh                 # measures the stack's API (waits for .local/bench/stack.env)
#   touch .local/bench/stop                  # stops the stack
#
# For each API it creates an organisation of its own (alice its admin), then:
#   1. the SQL of one write: MariaDB's general log around one POST, the statements of the connection
#      that inserted the tool (the webhook dispatcher's own rounds are counted apart, in 2 and 3);
#   2. "serial": wrk, 1 thread, WRITES_SERIAL_CONNECTIONS (4) connections, WRITES_DURATION seconds:
#      CPU per write of the API (its JIT compilers left out, printed apart) and of mariadbd, from
#      /proc/<pid>/stat, and MariaDB's statement counters (Questions, Com_*) per write: the work of a
#      write, the dispatcher's fan-out of its event included;
#   3. "32 writers": wrk, 2 threads, 32 connections, WRITES_DURATION seconds, as scripts/benchmark:
#      p50 / p90 / p99, errors, the same CPU figures, and Innodb_row_lock_waits / _time, Innodb_deadlocks.
#
#   WRITES_WARMUP=20 WRITES_DURATION=15 WRITES_ROUNDS=1   seconds of warm-up (32 writers), per phase, rounds
#   WRITES_APPS="before=dir after=dir"                    A/B: starts each build (a quarkus-app directory)
#                                                         next to the stack's API, on its database and
#                                                         Keycloak, its webhook dispatcher off (the stack's
#                                                         API fans out all events), and measures them in
#                                                         turn, WRITES_ROUNDS times
#   WRITES_JFR=file.jfr                                   a JFR profile (settings=profile) of each phase,
#                                                         file-<api>-<phase>-<n>.jfr
#   WRITES_OPTS_<name>="-D…"                              JVM options of one of them (the same build twice
#                                                         compares settings: "w64=dir w16=dir")
# Needs wrk (scripts/benchmark installs it).
set -euo pipefail

cd "$(dirname "$0")/.."
# shellcheck disable=SC1091
. scripts/bench-stack.sh
WORK="$(pwd)/.local/bench"
WARMUP="${WRITES_WARMUP:-20}"
DURATION="${WRITES_DURATION:-15}"
SERIAL_CONNECTIONS="${WRITES_SERIAL_CONNECTIONS:-4}"

die() { printf '[cpu-per-write] ERROR: %s\n' "$*" >&2; exit 1; }
log() { printf '[cpu-per-write] %s\n' "$*" >&2; }
command -v wrk >/dev/null || die "wrk not found (scripts/benchmark installs it)"

wait_stack
# shellcheck disable=SC1091
. "$WORK/stack.env"

DB_PID=$(stack_mariadbd_pid "$DB_PORT")
[ -n "$DB_PID" ] || die "no mariadbd found for port $DB_PORT"
MARIADB_CLIENT=$(command -v mariadb || command -v mysql || true)
[ -n "$MARIADB_CLIENT" ] || MARIADB_CLIENT=$(find "$WORK/mariadb/base" -name mariadb -o -name mysql | head -n 1)
sql() { "$MARIADB_CLIENT" --protocol=TCP -h 127.0.0.1 -P "$DB_PORT" -u gouvernail gouvernail -N -B "$@"; }

COUNTERS="'Questions','Com_select','Com_insert','Com_update','Com_commit','Com_set_option','Innodb_row_lock_waits','Innodb_row_lock_time','Innodb_deadlocks'"
counters() { # -> "name value" lines of MariaDB's global counters
  sql -e "SHOW GLOBAL STATUS WHERE Variable_name IN ($COUNTERS)"
}
token() {
  curl -sf -d grant_type=password -d client_id=gouvernail-cli -d "username=$1" -d "password=$1" \
    "$REALM/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

cat >"$WORK/writes.lua" <<'LUA'
-- every request declares a new tool, named after the run, the thread and a counter
local counter = 0
local thread_number = 0
local threads = 0
local run = os.getenv("WRITES_RUN") or "w"
function setup(thread)
  threads = threads + 1
  thread:set("number", threads)
end
function init(args)
  thread_number = number
end
request = function()
  counter = counter + 1
  local body = string.format('{"name":"Bench %s-%d-%d","category":"OTHER","accountType":"PROFESSIONAL",'
    .. '"dataCategories":["INTERNAL"],"teams":["Bench"]}', run, thread_number, counter)
  return wrk.format("POST", nil, nil, body)
end
LUA

RESULTS=$(mktemp)
APP_PIDS=()
stop_apps() {
  local pid
  for pid in "${APP_PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${APP_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  APP_PIDS=()
}
trap 'stop_apps; rm -f "$RESULTS"' EXIT

to_ms() {
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'
}
RUN=0
# phase label base pid threads connections seconds -> one line in RESULTS
phase() {
  local label=$1 name=$2 base=$3 pid=$4 threads=$5 connections=$6 seconds=$7
  local api0 jit0 db0 api1 jit1 db1 out requests errors c0 c1 load
  RUN=$((RUN + 1))
  if [ -n "${WRITES_JFR:-}" ]; then "$JCMD" "$pid" JFR.start name=writes settings=profile >/dev/null 2>&1 || true; fi
  c0=$(counters); api0=$(cpu_ms "$pid"); jit0=$(jit_ms "$pid"); db0=$(cpu_ms "$DB_PID")
  load=$(cut -d' ' -f1 /proc/loadavg)
  out=$(WRITES_RUN="$label$$r$RUN" wrk -t "$threads" -c "$connections" -d "${seconds}s" --timeout 10s --latency \
    -s "$WORK/writes.lua" -H "Authorization: Bearer $ALICE" -H 'Content-Type: application/json' \
    "$base/api/v1/organisations/$ORG/tools" 2>&1)
  api1=$(cpu_ms "$pid"); jit1=$(jit_ms "$pid"); db1=$(cpu_ms "$DB_PID"); c1=$(counters)
  if [ -n "${WRITES_JFR:-}" ]; then
    "$JCMD" "$pid" JFR.stop name=writes "filename=${WRITES_JFR%.jfr}-$label-$name-$RUN.jfr" >/dev/null 2>&1 || true
  fi
  printf '%s\n' "$out" >"$LOGS/wrk-writes-$label-$name-$RUN.txt"
  requests=$(awk '/requests in/ { print $1 }' <<<"$out")
  errors=$(( $(awk '/Non-2xx or 3xx responses:/ { print $NF }' <<<"$out" | grep . || echo 0) \
    + $(awk -F'[ ,]+' '/Socket errors:/ { print $5 + $7 + $9 + $11 }' <<<"$out" | grep . || echo 0) ))
  delta() { awk -v n="$1" '$1 == n { print $2 }' <<<"$c1" | awk -v b="$(awk -v n="$1" '$1 == n { print $2 }' <<<"$c0")" '{ print $1 - b }'; }
  printf '%s %s %s %s %s %s %s %s %s %s %s %s %s %s %s %s %s %s %s\n' "$label" "$name" "${requests:-0}" "$errors" \
    "$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<<"$out")" \
    "$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")" "$(to_ms "$(awk '$1 == "90%" { print $2 }' <<<"$out")")" \
    "$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")" \
    "$((api1 - api0 - (jit1 - jit0)))" "$((jit1 - jit0))" "$((db1 - db0))" \
    "$(delta Questions)" "$(delta Com_commit)" "$(delta Com_insert)" "$(delta Com_select)" \
    "$(delta Innodb_row_lock_waits)" "$(delta Innodb_row_lock_time)" "$(delta Innodb_deadlocks)" "$load" >>"$RESULTS"
  log "$label $name: $(tail -n 1 "$RESULTS")"
}

# The statements of one write: the general log around one POST, the connection that inserted the tool.
one_write_sql() { # label base
  local file="$LOGS/general-$1.log" thread
  sql -e "SET GLOBAL log_output = 'FILE'; SET GLOBAL general_log_file = '$file'; SET GLOBAL general_log = ON"
  curl -s -o /dev/null -H "Authorization: Bearer $ALICE" -H 'Content-Type: application/json' \
    --data-binary '{"name":"Bench one-'"$1$$"'","category":"OTHER","accountType":"PROFESSIONAL","dataCategories":["INTERNAL"],"teams":["Bench"]}' \
    "$2/api/v1/organisations/$ORG/tools"
  sql -e "SET GLOBAL general_log = OFF"
  # lines: [date time]\t<spaces>id Command\targument
  thread=$(awk -F'\t' '/insert into ai_tool[ (]/ { split($(NF-1), p, " "); print p[1]; exit }' "$file")
  [ -n "$thread" ] || { log "no insert into ai_tool in $file"; return 0; }
  echo
  echo "$1: the statements of one write (MariaDB general log, connection $thread):"
  awk -F'\t' -v t="$thread" '{ split($(NF-1), p, " ") } p[1] == t && p[2] == "Query" { n++; s = $NF; if (length(s) > 150) s = substr(s, 1, 150) "…"; printf "  %2d. %s\n", n, s }' "$file"
}

if [ -n "${WRITES_JFR:-}" ]; then
  JCMD="$(dirname "$API_JAVA")/jcmd"
  [ -x "$JCMD" ] || JCMD=jcmd
fi
ALICE=$(token alice)
[ -n "$ALICE" ] || die "no token from $REALM"
measure() { # label base pid round
  local label=$1 base=$2 pid=$3 round=$4
  if [ "$round" = 1 ]; then
    ORG=$(curl -sf -H "Authorization: Bearer $ALICE" -H 'Content-Type: application/json' \
      --data-binary "{\"kind\":\"ASSOCIATION\",\"name\":\"Writers $label $$\",\"slug\":\"writers-$label-$$\",\"country\":\"BE\"}" \
      "$base/api/v1/organisations" | grep -o '"id":"[^"]*"' | head -n 1 | cut -d'"' -f4)
    [ -n "$ORG" ] || die "no organisation created through $base"
    eval "ORG_$label=$ORG"
  else
    local var="ORG_$label"
    ORG=${!var}
  fi
  # every round: with WRITES_APPS each round starts the build again, its JIT cold
  local warmup=$WARMUP
  [ "$round" = 1 ] || warmup=5
  log "$label: organisation $ORG; warming up ${warmup}s"
  WRITES_RUN="warm$label$$r$round" wrk -t 2 -c 32 -d "${warmup}s" -s "$WORK/writes.lua" -H "Authorization: Bearer $ALICE" \
    -H 'Content-Type: application/json' "$base/api/v1/organisations/$ORG/tools" >/dev/null 2>&1
  [ "$round" != 1 ] || one_write_sql "$label" "$base"
  phase "$label" serial "$base" "$pid" 1 "$SERIAL_CONNECTIONS" "$DURATION"
  phase "$label" writers32 "$base" "$pid" 2 32 "$DURATION"
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
if [ -z "${WRITES_APPS:-}" ]; then
  for ((round = 1; round <= ${WRITES_ROUNDS:-1}; round++)); do
    measure api "$API" "$API_PID" "$round"
  done
else
  # A/B: each build is started next to the stack's API (same database, Keycloak and JVM options, no
  # start-up cache, no webhook dispatcher of its own: the stack's API fans out every build's events),
  # then the builds are measured in turn, WRITES_ROUNDS times, so that the machine's changing load
  # falls on all of them alike
  port=$((${API##*:} + 150))
  LABELS=()
  APP_URLS=()
  for spec in $WRITES_APPS; do
    name=${spec%%=*}
    dir=${spec#*=}
    port=$((port + 1))
    own_options="WRITES_OPTS_$name"
    start_side_api "$port" "$dir" "$LOGS/api-writes-$name.log" ${!own_options:-} || die "no $dir/quarkus-run.jar"
    APP_PIDS+=("$SIDE_API_PID")
    APP_URLS+=("http://127.0.0.1:$port")
    LABELS+=("$name")
    log "started $name ($dir ${!own_options:-}) on $port"
  done
  for i in "${!APP_URLS[@]}"; do
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "${APP_URLS[$i]}/q/health/ready" || true)" = 200 ]; do
      kill -0 "${APP_PIDS[$i]}" 2>/dev/null || die "${LABELS[$i]} exited (see $LOGS/api-writes-${LABELS[$i]}.log)"
      sleep 1
    done
  done
  for ((round = 1; round <= ${WRITES_ROUNDS:-1}; round++)); do
    for i in "${!APP_URLS[@]}"; do
      measure "${LABELS[$i]}" "${APP_URLS[$i]}" "${APP_PIDS[$i]}" "$round"
    done
  done
  stop_apps
fi

echo
echo "Cost of a write — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $LOAD_BEFORE before / $(cut -d' ' -f1-3 /proc/loadavg) after"
echo "POST …/tools, a new tool each; wrk ${DURATION}s per phase: serial = 1 thread x $SERIAL_CONNECTIONS connections, writers32 = 2 threads x 32 connections"
echo "(CPU and statements per write include the webhook dispatcher's fan-out of the writes' events)"
echo
echo "| API | phase | writes | errors | req/s | p50 ms | p90 ms | p99 ms | API CPU ms/write (JIT apart) | JIT ms/write | MariaDB CPU ms/write | statements/write | commits/write | row-lock waits | lock wait ms | deadlocks | load (1 min) |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
awk '{ n = ($3 > 0 ? $3 : 1); printf "| %s | %s | %d | %d | %s | %s | %s | %s | %.3f | %.3f | %.3f | %.1f | %.2f | %d | %d | %d | %s |\n",
  $1, $2, $3, $4, $5, $6, $7, $8, $9 / n, $10 / n, $11 / n, $12 / n, $13 / n, $16, $17, $18, $19 }' "$RESULTS"
