# Sourced by scripts/cpu-per-request.sh and scripts/cpu-per-write.sh: what both need of the stack of
# `BENCH_SERVE=1 scripts/benchmark` (waiting for it, its mariadbd, CPU of a process and of its JIT threads)
# and, for their A/B of builds, start_side_api.

# wait_stack: waits for .local/bench/stack.env (written once the stack's API is ready); needs WORK and die
wait_stack() {
  local i
  for i in $(seq 1 3600); do
    [ -f "$WORK/stack.env" ] && return 0
    sleep 1
  done
  die "no .local/bench/stack.env: start the stack with BENCH_SERVE=1 scripts/benchmark"
}

# stack_mariadbd_pid port: the mariadbd serving the stack's port (a child of the embedded MariaDB's JVM)
stack_mariadbd_pid() {
  local cmdline pid args
  for cmdline in /proc/[0-9]*/cmdline; do
    pid=${cmdline#/proc/}; pid=${pid%/cmdline}
    args=$({ tr '\0' ' ' <"$cmdline"; } 2>/dev/null || true) # processes come and go
    case "$args" in
      *mariadbd*"--port=$1"* | *mysqld*"--port=$1"*) echo "$pid"; return 0 ;;
    esac
  done
}

TICKS=$(getconf CLK_TCK)
cpu_ms() { # pid -> CPU milliseconds (user + system) of the whole process
  awk -v t="$TICKS" '{ sub(/.*\) /, ""); printf "%d", ($12 + $13) * 1000 / t }' "/proc/$1/stat"
}
jit_ms() { # pid -> CPU milliseconds of its JIT compiler threads (C1, C2) still alive
  local task total=0 ms
  for task in /proc/"$1"/task/*; do
    case "$(cat "$task/comm" 2>/dev/null)" in
      C1\ Compiler* | C2\ Compiler*)
        ms=$({ awk -v t="$TICKS" '{ sub(/.*\) /, ""); printf "%d", ($12 + $13) * 1000 / t }' "$task/stat"; } 2>/dev/null || echo 0)
        total=$((total + ms)) ;;
    esac
  done
  echo "$total"
}

# start_side_api starts a build of the API next to the stack of `BENCH_SERVE=1 scripts/benchmark`, on the same database and Keycloak, with the
# JVM options the project ships, no start-up cache and no webhook dispatcher of its own (the stack's API
# fans out every build's events), rate limits far above what the scripts send. Needs the variables of
# .local/bench/stack.env (API_JAVA, DB_PORT, REALM).

# start_side_api port quarkus-app-dir log-file [jvm-options...]: sets SIDE_API_PID
start_side_api() {
  local port=$1 dir=$2 log=$3
  shift 3
  [ -f "$dir/quarkus-run.jar" ] || { printf 'no %s/quarkus-run.jar\n' "$dir" >&2; return 1; }
  GOUVERNAIL_HTTP_PORT="$port" \
  GOUVERNAIL_DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/gouvernail" \
  GOUVERNAIL_DB_USER=gouvernail GOUVERNAIL_DB_PASSWORD=gouvernail \
  GOUVERNAIL_OIDC_URL="$REALM" GOUVERNAIL_DEMO_DATA=false GOUVERNAIL_WEBHOOK_DISPATCH=false \
  GOUVERNAIL_RATE_LIMIT_AUTHENTICATED=100000000 GOUVERNAIL_RATE_LIMIT_ANONYMOUS=100000000 \
  GOUVERNAIL_DB_ACQUISITION_TIMEOUT=30S MALLOC_ARENA_MAX=2 \
    "$API_JAVA" @jvm.options "$@" -jar "$dir/quarkus-run.jar" >"$log" 2>&1 </dev/null &
  SIDE_API_PID=$!
}
