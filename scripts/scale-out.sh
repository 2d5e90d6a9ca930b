#!/usr/bin/env bash
# Scale-out fault test, on this one machine: a three-node MariaDB Galera cluster, two stateless
# API replicas behind HAProxy, and Keycloak; then N writers create tools through HAProxy while one
# API replica and one Galera node are killed (SIGKILL) and started again. It checks that requests
# fail over, that every acknowledged write reads back, that the three nodes hold the same rows,
# that the node rejoins (wsrep_cluster_size back to 3) and that the replica serves again. Prints
# the figures and PASS or FAIL; stops and removes everything it started, whatever happens.
#
# Not part of CI (it needs root for apt-get and several minutes). Re-runnable: each run starts
# from empty data directories under .local/scale-out (logs kept there after the run).
#
#   SCALE_OUT_WRITERS   concurrent writers (default 8)
#   SCALE_OUT_SECONDS   length of the load (default 90)
#   SCALE_OUT_KEEP=1    leave everything running at the end (Ctrl-C then stops it)
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
STATE="$ROOT/.local/scale-out"
LOGS="$STATE/logs"
KC_VERSION=26.5.6
KC_HOME="$ROOT/.local/keycloak-$KC_VERSION"
APP_JAR="$ROOT/governance-app/target/quarkus-app/quarkus-run.jar"

WRITERS=${SCALE_OUT_WRITERS:-8}
DURATION=${SCALE_OUT_SECONDS:-90}
DB_PORTS=(3311 3312 3313)
GCOMM_PORTS=(45671 45672 45673)
IST_PORTS=(45681 45682 45683)
SST_PORTS=(45691 45692 45693)
API_PORTS=(8091 8092)
LB_PORT=8090
LB_STATS_PORT=8099
KC_PORT=8190
REALM="http://localhost:$KC_PORT/realms/gouvernail"
# The drivers's own failover, in order (docs/operations.md, "Running several instances"): every
# replica writes to the first node alive, so two replicas never race on two nodes (no
# certification conflicts in normal running); transactionReplay re-runs an interrupted
# transaction on the next node when the one it ran on dies before COMMIT.
JDBC_URL="jdbc:mariadb:sequential://127.0.0.1:${DB_PORTS[0]},127.0.0.1:${DB_PORTS[1]},127.0.0.1:${DB_PORTS[2]}/gouvernail?transactionReplay=true&connectTimeout=1000"

declare -A PIDS=()
log() { printf '[scale-out %4ss] %s\n' "$SECONDS" "$*"; }
die() { printf '[scale-out] FAIL: %s\n' "$*" >&2; exit 1; }

# --- stop what we started (each one leads its own process group: set -m) -----------------------
stop() { # name
  local name=$1 pid=${PIDS[$1]:-} i
  [ -n "$pid" ] || return 0
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  fi
  kill -KILL -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  unset "PIDS[$name]"
}
crash() { # name: SIGKILL, as a power cut would
  local pid=${PIDS[$1]}
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid"
  wait "$pid" 2>/dev/null || true
  unset "PIDS[$1]"
}
CLEANED=""
cleanup() {
  [ -z "$CLEANED" ] || return 0
  CLEANED=1
  trap - INT TERM HUP EXIT
  local name
  for name in load haproxy api1 api2 keycloak node3 node2 node1; do stop "$name"; done
  rm -rf "$STATE/node1" "$STATE/node2" "$STATE/node3" "$STATE/token"
  log "stopped everything it started; logs in ${LOGS#"$ROOT"/}"
}
trap 'cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM
trap 'cleanup; exit 129' HUP
trap cleanup EXIT

# --- 0. packages, ports, build, Keycloak --------------------------------------------------------
missing=()
for pkg in galera-4 mariadb-server mariadb-client haproxy rsync lsof; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]} (apt-get)"
  [ "$(id -u)" = 0 ] || die "needs root to install ${missing[*]}"
  apt-get update -qq
  # the packaged services are not started (policy-rc.d): the machine's own MariaDB must not move
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v java >/dev/null || die "java not found"
[ "$(id -u)" = 0 ] || die "run as root (mariadbd runs as the mysql user, started by this script)"

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in "${DB_PORTS[@]}" "${GCOMM_PORTS[@]}" "${IST_PORTS[@]}" "${SST_PORTS[@]}" "${API_PORTS[@]}" $LB_PORT $LB_STATS_PORT $KC_PORT; do
  if port_busy "$p"; then die "port $p is already in use (another scale-out run?)"; fi
done

if [ ! -f "$APP_JAR" ]; then
  log "building the API (./mvnw -B -ntp -o -q package -DskipTests)"
  ./mvnw -B -ntp -o -q package -DskipTests
fi
if [ ! -f "$KC_HOME/bin/kc.sh" ]; then
  ZIP="$ROOT/.local/keycloak-quarkus-dist-$KC_VERSION.zip"
  if [ ! -f "$ZIP" ]; then
    log "fetching Keycloak $KC_VERSION from Maven Central (as ./run.sh does)"
    ./mvnw -q -N dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
      -DoutputDirectory="$ROOT/.local"
  fi
  log "unpacking Keycloak into .local/"
  rm -rf "$ROOT/.local/unpack.$$" && mkdir -p "$ROOT/.local/unpack.$$"
  unzip -q "$ZIP" -d "$ROOT/.local/unpack.$$"
  mv "$ROOT/.local/unpack.$$/keycloak-$KC_VERSION" "$KC_HOME"
  rm -rf "$ROOT/.local/unpack.$$"
fi

rm -rf "$STATE"
mkdir -p "$LOGS"

wait_for() { # what pid-name timeout command...
  local what=$1 name=$2 timeout=$3; shift 3
  local deadline=$((SECONDS + timeout))
  until "$@"; do
    if [ -n "$name" ] && ! kill -0 "${PIDS[$name]:-0}" 2>/dev/null; then die "$what exited; see $LOGS"; fi
    [ "$SECONDS" -lt "$deadline" ] || die "$what not ready after ${timeout}s; see $LOGS"
    sleep 1
  done
}
http_ok() { [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$1" || true)" = 200 ]; }

# --- 1. Keycloak (slowest: first, in the background; in-memory H2, realm imported at each start) --
log "starting Keycloak on $KC_PORT"
mkdir -p "$KC_HOME/data/import"
cp docker/keycloak/gouvernail-realm.json "$KC_HOME/data/import/gouvernail-realm.json"
set -m
KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
JAVA_OPTS_KC_HEAP="-Xms64m -Xmx384m" \
  "$KC_HOME/bin/kc.sh" start-dev --http-port=$KC_PORT --db=dev-mem --health-enabled=false \
  --metrics-enabled=false --import-realm >"$LOGS/keycloak.log" 2>&1 </dev/null &
PIDS[keycloak]=$!
set +m

# --- 2. Galera: three mariadbd on one machine, each its own data dir and ports ---------------------
node_cnf() { # n
  local n=$1 i=$(($1 - 1)) dir="$STATE/node$1"
  cat <<EOF
[mysqld]
user=mysql
datadir=$dir/data
socket=$dir/mysqld.sock
pid-file=$dir/mysqld.pid
port=${DB_PORTS[$i]}
bind-address=127.0.0.1
skip-name-resolve
# small: three of them share two cores with the rest
performance_schema=OFF
innodb_buffer_pool_size=32M
innodb_log_file_size=32M
max_connections=80
# what Galera needs: row events, InnoDB, interleaved auto-increment locks
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
# durability comes from the other nodes holding the write set before COMMIT returns
innodb_flush_log_at_trx_commit=2
wsrep_on=ON
wsrep_provider=/usr/lib/galera/libgalera_smm.so
wsrep_cluster_name=gouvernail-scale-out
wsrep_cluster_address=gcomm://127.0.0.1:${GCOMM_PORTS[0]},127.0.0.1:${GCOMM_PORTS[1]},127.0.0.1:${GCOMM_PORTS[2]}
wsrep_node_name=node$n
wsrep_node_address=127.0.0.1:${GCOMM_PORTS[$i]}
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:${GCOMM_PORTS[$i]};ist.recv_addr=127.0.0.1:${IST_PORTS[$i]};gcache.size=64M"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:${SST_PORTS[$i]}
wsrep_slave_threads=2
# a read waits until the node has applied every write set committed before it (causal reads): a
# replica that fails over to another node still reads its own acknowledged writes
wsrep_sync_wait=1
EOF
}
sql() { # n statement
  mariadb --no-defaults --socket="$STATE/node$1/mysqld.sock" -uroot -N -B -e "$2"
}
wsrep() { # n variable
  sql "$1" "SHOW GLOBAL STATUS LIKE '$2'" 2>/dev/null | awk '{print $2}'
}
synced() { [ "$(wsrep "$1" wsrep_local_state_comment)" = Synced ]; }
start_node() { # n [--wsrep-new-cluster]
  local n=$1; shift
  set -m
  /usr/sbin/mariadbd --defaults-file="$STATE/node$n/my.cnf" "$@" >>"$LOGS/node$n.out" 2>&1 </dev/null &
  PIDS[node$n]=$!
  set +m
}

for n in 1 2 3; do
  mkdir -p "$STATE/node$n/data"
  node_cnf "$n" >"$STATE/node$n/my.cnf"
  chown -R mysql:mysql "$STATE/node$n"
done
log "initialising node1 and bootstrapping the cluster (ports ${DB_PORTS[*]}, gcomm ${GCOMM_PORTS[*]})"
mariadb-install-db --no-defaults --user=mysql --datadir="$STATE/node1/data" --skip-test-db \
  --auth-root-authentication-method=socket >"$LOGS/install-db.log" 2>&1
start_node 1 --wsrep-new-cluster
wait_for "Galera node1" node1 120 synced 1
sql 1 "CREATE DATABASE gouvernail CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
       CREATE USER 'gouvernail'@'127.0.0.1' IDENTIFIED BY 'gouvernail';
       GRANT ALL PRIVILEGES ON gouvernail.* TO 'gouvernail'@'127.0.0.1';"
for n in 2 3; do
  log "node$n joins (full state transfer by rsync)"
  start_node "$n"
  wait_for "Galera node$n" "node$n" 180 synced "$n"
done
log "Galera cluster of $(wsrep 1 wsrep_cluster_size) nodes, all Synced"

# --- 3. the schema, once; then the API replicas, started at the same instant ---------------------
# Flyway takes no lock on Galera (MariaDB's GET_LOCK is not cluster-wide, so Flyway leaves it aside
# when wsrep is on): two replicas migrating at once both create the first table and one fails.
# Migrations run once, by one process that exits (the Job of the Kubernetes manifests does the same);
# the replicas start with migrate-at-start off.
api_env() { # n: the settings of replica n, in the array ENV
  ENV=(GOUVERNAIL_DB_URL="$JDBC_URL" GOUVERNAIL_DB_USER=gouvernail GOUVERNAIL_DB_PASSWORD=gouvernail
    GOUVERNAIL_DB_POOL_SIZE=16 GOUVERNAIL_OIDC_URL="$REALM" GOUVERNAIL_HTTP_PORT="${API_PORTS[$(($1 - 1))]}")
}
API_JVM=(java -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$APP_JAR")
log "migrating the schema once (QUARKUS_INIT_AND_EXIT=true)"
api_env 1
env "${ENV[@]}" GOUVERNAIL_DEMO_DATA=false QUARKUS_INIT_AND_EXIT=true "${API_JVM[@]}" >"$LOGS/migrate.log" 2>&1 </dev/null \
  || die "the migration failed; see $LOGS/migrate.log"
wait_for Keycloak keycloak 600 http_ok "$REALM/.well-known/openid-configuration"
log "Keycloak ready"
start_api() { # n; both with the demo data on: they meet on it, one writes it, the other starts on it
  local n=$1
  api_env "$n"
  set -m
  env "${ENV[@]}" GOUVERNAIL_DEMO_DATA=true QUARKUS_FLYWAY_MIGRATE_AT_START=false \
    "${API_JVM[@]}" >>"$LOGS/api$n.log" 2>&1 </dev/null &
  PIDS[api$n]=$!
  set +m
}
api_ready() { http_ok "http://127.0.0.1:${API_PORTS[$(($1 - 1))]}/q/health/ready"; }
log "starting API replicas on ${API_PORTS[*]}"
start_api 1
start_api 2
wait_for "API replica 1" api1 240 api_ready 1
wait_for "API replica 2" api2 240 api_ready 2
log "both API replicas ready"

# --- 4. HAProxy in front of the replicas ------------------------------------------------------------
cat >"$STATE/haproxy.cfg" <<EOF
global
  maxconn 1024
defaults
  mode http
  timeout connect 1s
  timeout client 30s
  timeout server 30s
  # a refused connection (replica dead, not yet marked down) is retried on the other replica: the
  # request never reached the first one, so this is safe even for a POST
  retries 3
  option redispatch 1
  retry-on conn-failure
frontend api
  bind 127.0.0.1:$LB_PORT
  default_backend replicas
backend replicas
  balance roundrobin
  option httpchk GET /q/health/ready
  http-check expect status 200
  default-server inter 1s fall 2 rise 2
  http-response set-header X-Served-By %s
  server api1 127.0.0.1:${API_PORTS[0]} check
  server api2 127.0.0.1:${API_PORTS[1]} check
listen stats
  bind 127.0.0.1:$LB_STATS_PORT
  stats enable
  stats uri /stats
EOF
set -m
haproxy -db -f "$STATE/haproxy.cfg" >"$LOGS/haproxy.log" 2>&1 </dev/null &
PIDS[haproxy]=$!
set +m
lb_status() { # server -> UP / DOWN / ...
  curl -s "http://127.0.0.1:$LB_STATS_PORT/stats;csv" | awk -F, -v s="$1" '$1=="replicas" && $2==s {print $18}'
}
lb_up() { [ "$(lb_status "$1")" = UP ]; }
wait_for HAProxy haproxy 30 lb_up api1
wait_for HAProxy haproxy 30 lb_up api2
log "HAProxy on $LB_PORT, both replicas UP"

# --- 5. the fault test --------------------------------------------------------------------------
curl -s -d grant_type=password -d client_id=gouvernail-cli -d username=alice -d password=alice \
  "$REALM/protocol/openid-connect/token" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])' >"$STATE/token"
ORG=$(curl -s -H "Authorization: Bearer $(cat "$STATE/token")" "http://127.0.0.1:$LB_PORT/api/v1/me" \
  | python3 -c 'import json,sys; print(next(m["organisationId"] for m in json.load(sys.stdin)["memberships"] if m["organisationName"].startswith("Entraide")))')
[ -n "$ORG" ] || die "alice's association not found"
# warm both replicas (token keys fetched, code compiled) so that the run measures the faults, not a cold start
for port in "${API_PORTS[@]}"; do
  for i in 1 2 3 4 5; do
    curl -s -o /dev/null -m 30 -H "Authorization: Bearer $(cat "$STATE/token")" \
      "http://127.0.0.1:$port/api/v1/organisations/$ORG/tools?limit=5" || true
  done
done
RUN_ID="run$(date +%s)"
log "load: $WRITERS writers for ${DURATION}s through HAProxy (organisation $ORG)"
set -m
java -Xmx96m scripts/scale-out/WriteLoad.java write "http://127.0.0.1:$LB_PORT" "$ORG" "$STATE/token" \
  "$WRITERS" "$DURATION" "$STATE" "$RUN_ID" >"$LOGS/load.log" 2>&1 </dev/null &
PIDS[load]=$!
set +m
T0=$SECONDS
at() { # second-of-the-run: sleep until then
  local wait=$(($1 - (SECONDS - T0)))
  [ "$wait" -le 0 ] || sleep "$wait"
}
EVENTS=()
event() { EVENTS+=("t+$((SECONDS - T0))s $*"); log "$*"; }

at $((DURATION * 20 / 100))
crash api1
event "killed API replica 1 (SIGKILL)"
at $((DURATION * 35 / 100))
crash node1
event "killed Galera node1 (SIGKILL), the node both replicas wrote to"
sleep 3
event "cluster size seen by node2: $(wsrep 2 wsrep_cluster_size)"
at $((DURATION * 50 / 100))
start_node 1
event "restarted Galera node1"
start_api 1
event "restarted API replica 1"
wait_for "Galera node1 rejoining" node1 180 synced 1
TRANSFER="a full copy (SST)"
grep -q 'Receiving IST.*100.0%' "$LOGS/node1.out" && TRANSFER="the missed write sets only (IST, $(grep -o 'Receiving IST.*100.0% ([0-9]*/[0-9]* events)' "$LOGS/node1.out" | tail -1 | grep -o '[0-9]*/[0-9]*' | cut -d/ -f2) events)"
event "node1 Synced again, having received $TRANSFER; cluster size $(wsrep 1 wsrep_cluster_size)"
wait_for "API replica 1 restarting" api1 240 api_ready 1
wait_for "HAProxy seeing replica 1" haproxy 30 lb_up api1
event "API replica 1 ready and UP in HAProxy"

log "waiting for the load to finish"
wait "${PIDS[load]}" || die "the load generator failed; see $LOGS/load.log"
unset "PIDS[load]"
cat "$LOGS/load.log"

# --- 6. checks ------------------------------------------------------------------------------------
log "reading back every acknowledged id through HAProxy"
java -Xmx96m scripts/scale-out/WriteLoad.java verify "http://127.0.0.1:$LB_PORT" "$ORG" "$STATE/token" \
  "$STATE/acked-ids.txt" | tee "$LOGS/verify.log"
ACKED=$(grep -c . "$STATE/acked-ids.txt" || true)
LOST=$(sed -n 's/^lost=\([0-9]*\).*/\1/p' "$LOGS/verify.log")
DISTINCT=$(sed -n 's/^distinct_ids=//p' "$LOGS/verify.log")
ROWS=()
for n in 1 2 3; do
  ROWS+=("$(sql "$n" "SELECT COUNT(*) FROM gouvernail.ai_tool WHERE name LIKE 'scale-out $RUN_ID-%'")")
done
SIZES=("$(wsrep 1 wsrep_cluster_size)" "$(wsrep 2 wsrep_cluster_size)" "$(wsrep 3 wsrep_cluster_size)")
SERVED=()
for n in 1 2; do
  SERVED+=("$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $(cat "$STATE/token")" \
    "http://127.0.0.1:${API_PORTS[$((n - 1))]}/api/v1/organisations/$ORG/tools?limit=1")")
done
SERVERS_AFTER=$(for i in 1 2 3 4 5 6; do
  curl -s -o /dev/null -D - -H "Authorization: Bearer $(cat "$STATE/token")" \
    "http://127.0.0.1:$LB_PORT/api/v1/organisations/$ORG/tools?limit=1" | tr -d '\r' | sed -n 's/^[Xx]-[Ss]erved-[Bb]y: //p'
done | sort -u | tr '\n' ' ')
# each 500 the APIs answered, by cause; a conflict (deadlock, certification failure) must never be one
CAUSES=$(grep -h 'Unexpected error on' "$LOGS"/api1.log "$LOGS"/api2.log | sed -E \
  -e 's/.*(acquisition timeout).*/pool-acquisition-timeout/' -e 's/.*(Driver has reconnect).*/connection-lost-mid-transaction/' \
  -e 's/.*ArcUndeclaredThrowableException.*/commit-failed/' -e 's/.*Unexpected error on [^ ]* ([^ :]*).*/\1/' \
  | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')
CONFLICT_500=$(grep -h -A40 'Unexpected error on' "$LOGS"/api1.log "$LOGS"/api2.log | grep -c -E '(Unexpected error on|^Caused by:).*(1213|40001|Deadlock found|WSREP detected)' || true)
RETRIED=$(cat "$LOGS"/api1.log "$LOGS"/api2.log | grep -c 'lost a conflict with a concurrent transaction' || true)
GAVE_UP=$(sed -n 's/^gave_up=//p' "$LOGS/load.log")
APIS_RSS=$(for n in 1 2; do ps -o rss= -p "${PIDS[api$n]}" | awk '{printf "%d MB ", $1/1024}'; done)

echo
echo "================ scale-out fault test ================"
echo "topology: Galera ${DB_PORTS[*]} · API replicas ${API_PORTS[*]} (-Xmx128m) · HAProxy $LB_PORT · Keycloak $KC_PORT"
echo "load: $WRITERS writers, ${DURATION}s, POST /tools with Idempotency-Key, retried on 5xx / refused connection"
printf '  %s\n' "${EVENTS[@]}"
grep -E '^(acknowledged|replayed_acks|writes_retried|refused_4xx|gave_up|attempts_by_outcome|served_by|ack_latency|acks_per_second)' "$LOGS/load.log" | sed 's/^/  /'
echo "  read back: $(sed -n 's/^read_back_200=//p' "$LOGS/verify.log") of $ACKED acknowledged ids (distinct $DISTINCT), lost $LOST"
echo "  rows of this run on node1/node2/node3: ${ROWS[*]} (≥ acknowledged: a write whose answer was lost may exist unacknowledged)"
echo "  wsrep_cluster_size on node1/node2/node3: ${SIZES[*]}"
echo "  replicas answering directly (api1 api2): ${SERVED[*]}; HAProxy now spreads over: $SERVERS_AFTER"
echo "  transactions rerun after losing a conflict (ConflictRetry): $RETRIED; 500 answers by cause: ${CAUSES:-none}"
echo "  API RSS after the run: $APIS_RSS"

FAILS=()
[ "$ACKED" -gt 0 ] || FAILS+=("no write was acknowledged")
[ "$LOST" = 0 ] || FAILS+=("$LOST acknowledged writes lost")
[ "$DISTINCT" = "$ACKED" ] || FAILS+=("an id was acknowledged twice")
[ "${ROWS[0]}" = "${ROWS[1]}" ] && [ "${ROWS[1]}" = "${ROWS[2]}" ] || FAILS+=("the nodes disagree on the rows")
[ "${ROWS[0]}" -ge "$ACKED" ] || FAILS+=("fewer rows than acknowledged writes")
[ "${SIZES[*]}" = "3 3 3" ] || FAILS+=("cluster size not back to 3")
[ "${SERVED[*]}" = "200 200" ] || FAILS+=("a replica does not serve")
[ "$(echo "$SERVERS_AFTER" | wc -w)" = 2 ] || FAILS+=("HAProxy does not use both replicas again")
[ "$CONFLICT_500" = 0 ] || FAILS+=("a conflict reached a client as a 500")
[ "${GAVE_UP:-0}" = 0 ] || FAILS+=("$GAVE_UP writes never acknowledged, even after their key was taken over")
if [ ${#FAILS[@]} -eq 0 ]; then
  echo "RESULT: PASS"
else
  printf 'RESULT: FAIL: %s\n' "${FAILS[@]}"
fi
echo "======================================================"
if [ "${SCALE_OUT_KEEP:-}" = 1 ]; then
  log "SCALE_OUT_KEEP=1: everything stays up; Ctrl-C stops it"
  sleep infinity &
  wait $!
fi
[ ${#FAILS[@]} -eq 0 ]
