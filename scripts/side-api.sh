# Sourced by scripts/cpu-per-request.sh and scripts/cpu-per-write.sh (A/B of builds): starts a build of the
# API next to the stack of `BENCH_SERVE=1 scripts/benchmark`, on the same database and Keycloak, with the
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
