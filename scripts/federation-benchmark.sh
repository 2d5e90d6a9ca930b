#!/usr/bin/env bash
# Benchmark of issue 16, self-contained like scripts/benchmark (whose start-up it follows): starts its own
# MariaDB (embedded), Keycloak (in-memory) and the packaged API on ports of its own, seeds a federation of
# 500 associations x 200 tools (100 000 tools) with SQL bulk inserts, every member ACTIVE and consenting to
# the 23 indicators of the catalogue, takes the members' snapshots through the API
# (POST /api/v1/federations/{id}/snapshots: 500 members' registers counted), then measures
# GET /api/v1/federations/{id}/dashboard (all 23 indicators, disclosure control of the three
# segmentations) one request after the other and prints p50, p95, p99 and the maximum. Goal: p95 <= 300 ms.
#
#   scripts/federation-benchmark.sh     FEDERATION_REQUESTS=200 (per segment), BENCH_KEEP=1 keeps .local/fedbench
#   FED_BENCH_MEMBERS=50 FED_BENCH_TOOLS=20 scripts/federation-benchmark.sh    a reduced size (defaults 500 x 200:
#   the goal is stated for the full size only; a reduced run checks that the script works end to end)
#   FED_BENCH_NAMED_EVERY=10 (default): every 10th member consents NAMED (its values shown by name, the
#   others' cells counting only the unnamed); 0: every consent AGGREGATE_ONLY
#
# Needs the packaged API (./mvnw -o -DskipTests package -pl governance-app -am; never install). Everything
# it started is stopped on exit.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)

N="${FEDERATION_REQUESTS:-200}"
MEMBERS="${FED_BENCH_MEMBERS:-500}"
TOOLS="${FED_BENCH_TOOLS:-200}"
[[ "$MEMBERS" =~ ^[0-9]+$ ]] && [ "$MEMBERS" -ge 1 ] && [ "$MEMBERS" -le 100000 ] || { echo "FED_BENCH_MEMBERS: 1..100000" >&2; exit 2; }
[[ "$TOOLS" =~ ^[0-9]+$ ]] && [ "$TOOLS" -ge 2 ] && [ "$TOOLS" -le 100000 ] || { echo "FED_BENCH_TOOLS: 2..100000" >&2; exit 2; }
# each member declares between TOOLS/2 and TOOLS tools (100 to 200 at the full size)
HALF_TOOLS=$((TOOLS / 2))
NAMED_EVERY="${FED_BENCH_NAMED_EVERY:-10}"
[[ "$NAMED_EVERY" =~ ^[0-9]+$ ]] || { echo "FED_BENCH_NAMED_EVERY: 0 (none) or every n-th member" >&2; exit 2; }
FULL_SIZE=""
[ "$MEMBERS" = 500 ] && [ "$TOOLS" = 200 ] && FULL_SIZE=1
DB_PORT="${BENCH_DB_PORT:-3318}"
KC_PORT="${BENCH_KC_PORT:-8182}"
KC_MANAGEMENT_PORT="${BENCH_KC_MANAGEMENT_PORT:-9182}"
API_PORT="${BENCH_API_PORT:-8082}"
KC_VERSION=26.5.6
KC_HOME="$ROOT/.local/keycloak-bench-$KC_VERSION"
WORK="$ROOT/.local/fedbench"
LOGS="$WORK/logs"
APP_JAR="$ROOT/governance-app/target/quarkus-app/quarkus-run.jar"
PERSISTENCE="$ROOT/adapters-persistence"
CLASSPATH_FILE="$PERSISTENCE/target/run-classpath.txt"
API="http://127.0.0.1:$API_PORT"
REALM="http://localhost:$KC_PORT/realms/gouvernail"
INDICATORS="tools.in_inventory tools.declared_last_30_days tools.awaiting_review tools.blocking_findings risks.open
risks.high_inherent risks.high_residual risks.reviews_overdue usecases.in_use_or_pilot usecases.awaiting_decision
usecases.high_risk policies.in_force policies.acknowledgement_rate literacy.coverage literacy.exposure_gaps
incidents.open incidents.duties_late feedback.open feedback.loops_closed_last_90_days committee.constituted
committee.days_since_last_meeting committee.decisions_last_12_months committee.reviews_overdue"

API_PID="" KC_PID="" DB_PID=""
log() { printf '[federation-benchmark %4ss] %s\n' "$SECONDS" "$*" >&2; }
die() { printf '[federation-benchmark] ERROR: %s\n' "$*" >&2; exit 1; }

stop_process() { # name pid: each service leads its own process group
  local pid=$2 i
  [ -n "$pid" ] || return 0
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  fi
  kill -TERM -- "-$pid" 2>/dev/null || true
  sleep 0.3
  kill -KILL -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
CLEANED=""
cleanup() {
  [ -z "$CLEANED" ] || return 0
  CLEANED=1
  trap - INT TERM HUP EXIT
  stop_process API "$API_PID"
  stop_process Keycloak "$KC_PID"
  stop_process MariaDB "$DB_PID"
  [ -n "${BENCH_KEEP:-}" ] || rm -rf "$WORK/mariadb/data"
}
trap 'cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM
trap 'cleanup; exit 129' HUP
trap cleanup EXIT

command -v java >/dev/null || die "java not found"
command -v curl >/dev/null || die "curl not found"
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in "$DB_PORT" "$KC_PORT" "$KC_MANAGEMENT_PORT" "$API_PORT"; do
  if port_busy "$p"; then die "port $p is already in use"; fi
done
[ -f "$APP_JAR" ] || die "no packaged API: ./mvnw -o -DskipTests package -pl governance-app -am"
[ -d "$PERSISTENCE/target/test-classes" ] || die "no adapters-persistence test classes: package without -Dmaven.test.skip"
if [ ! -s "$CLASSPATH_FILE" ]; then
  ./mvnw -o -q -pl adapters-persistence dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/run-classpath.txt
fi
if [ ! -f "$KC_HOME/bin/kc.sh" ]; then
  ZIP="$HOME/.m2/repository/org/keycloak/keycloak-quarkus-dist/$KC_VERSION/keycloak-quarkus-dist-$KC_VERSION.zip"
  [ -f "$ZIP" ] || die "no Keycloak: run scripts/benchmark once (it fetches and unpacks it)"
  log "unpacking Keycloak $KC_VERSION into .local/"
  TMP_UNPACK="$ROOT/.local/unpack.$$"
  rm -rf "$TMP_UNPACK" && mkdir -p "$TMP_UNPACK"
  if command -v unzip >/dev/null; then unzip -q "$ZIP" -d "$TMP_UNPACK"; else (cd "$TMP_UNPACK" && jar xf "$ZIP"); fi
  chmod +x "$TMP_UNPACK/keycloak-$KC_VERSION"/bin/*.sh
  mv "$TMP_UNPACK/keycloak-$KC_VERSION" "$KC_HOME"
  rm -rf "$TMP_UNPACK"
fi
rm -rf "$LOGS" "$WORK/mariadb/data" "$WORK/mariadb/tmp" "$WORK/run" && mkdir -p "$LOGS" "$WORK/run"
# the API and the embedded MariaDB run from a copy: a build started during the run (target/ rewritten) cannot
# change or remove what they load
cp -r "$(dirname "$APP_JAR")" "$WORK/run/quarkus-app"
cp -r "$PERSISTENCE/target/classes" "$WORK/run/persistence-classes"
cp -r "$PERSISTENCE/target/test-classes" "$WORK/run/persistence-test-classes"
APP_JAR="$WORK/run/quarkus-app/quarkus-run.jar"

wait_for() { # name pid timeout-seconds check-command...
  local name=$1 pid=$2 timeout=$3; shift 3
  local deadline=$((SECONDS + timeout))
  until "$@"; do
    kill -0 "$pid" 2>/dev/null || { tail -n 30 "$LOGS/$name.log" >&2; die "$name exited during start-up"; }
    [ "$SECONDS" -lt "$deadline" ] || { tail -n 30 "$LOGS/$name.log" >&2; die "$name not ready after ${timeout}s"; }
    sleep 0.5
  done
}
http_ok() { [ "$(curl -s -o /dev/null -w '%{http_code}' "$1" || true)" = 200 ]; }

log "starting MariaDB on $DB_PORT and Keycloak on $KC_PORT"
set -m
java -cp "$WORK/run/persistence-test-classes:$WORK/run/persistence-classes:$(cat "$CLASSPATH_FILE")" \
  org.gouvernail.persistence.support.EmbeddedMariaDb "$WORK/mariadb" "$DB_PORT" >"$LOGS/mariadb.log" 2>&1 </dev/null &
DB_PID=$!
mkdir -p "$KC_HOME/data/import"
cp docker/keycloak/gouvernail-realm.json "$KC_HOME/data/import/gouvernail-realm.json"
KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
  "$KC_HOME/bin/kc.sh" start-dev --db=dev-mem --http-port="$KC_PORT" --http-management-port="$KC_MANAGEMENT_PORT" \
  --health-enabled=false --metrics-enabled=false --import-realm >"$LOGS/keycloak.log" 2>&1 </dev/null &
KC_PID=$!
set +m
wait_for mariadb "$DB_PID" 600 grep -q EMBEDDED_MARIADB_READY "$LOGS/mariadb.log"
wait_for keycloak "$KC_PID" 600 http_ok "$REALM/.well-known/openid-configuration"

MARIADB_CLIENT=$(command -v mariadb || command -v mysql || true)
[ -n "$MARIADB_CLIENT" ] || MARIADB_CLIENT=$(find "$WORK/mariadb/base" -name mariadb -o -name mysql | head -n 1)
[ -n "$MARIADB_CLIENT" ] || die "no mariadb client found"
sql() { "$MARIADB_CLIENT" --protocol=TCP -h 127.0.0.1 -P "$DB_PORT" -u gouvernail gouvernail -N -B "$@"; }

log "starting the API on $API_PORT"
set -m
GOUVERNAIL_HTTP_PORT="$API_PORT" \
GOUVERNAIL_DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/gouvernail" \
GOUVERNAIL_DB_USER=gouvernail GOUVERNAIL_DB_PASSWORD=gouvernail \
GOUVERNAIL_OIDC_URL="$REALM" \
GOUVERNAIL_DEMO_DATA=false \
GOUVERNAIL_RATE_LIMIT_AUTHENTICATED=100000000 \
GOUVERNAIL_RATE_LIMIT_ANONYMOUS=100000000 \
GOUVERNAIL_FEDERATION_SNAPSHOT_EVERY=off \
MALLOC_ARENA_MAX=2 \
  java @"$ROOT/jvm.options" ${FED_BENCH_JAVA_OPTS:-} -jar "$APP_JAR" >"$LOGS/api.log" 2>&1 </dev/null &
API_PID=$!
set +m
wait_for api "$API_PID" 300 http_ok "$API/q/health/ready"

token() {
  curl -sf -d grant_type=password -d client_id=gouvernail-cli -d "username=$1" -d "password=$1" \
    "$REALM/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}
ALICE=$(token alice)
call() { # method path [body] -> body of a 2xx answer
  local out
  out=$(curl -s -w '\n%{http_code}' -X "$1" -H "Authorization: Bearer $ALICE" -H 'Content-Type: application/json' \
    --data-binary "${3-}" "$API$2")
  [[ "$(tail -n 1 <<<"$out")" == 2* ]] || die "$1 $2 answered $(tail -n 1 <<<"$out"): $(head -n 1 <<<"$out")"
  head -n 1 <<<"$out"
}
id_of() { grep -o '"id":"[^"]*"' | head -n 1 | cut -d'"' -f4; }
FEDERATION=$(call POST /api/v1/organisations \
  '{"kind":"FEDERATION","name":"Fédération du banc d'"'"'essai","slug":"bench-federation","country":"BE"}' | id_of)
[ -n "$FEDERATION" ] || die "no federation created"

log "seeding by SQL: $MEMBERS associations x up to $TOOLS tools, $MEMBERS ACTIVE links, 23 consents each"
SEED_STARTED=$SECONDS
CONSENTS=$(n=0; for code in $INDICATORS; do n=$((n + 1)); printf "SELECT %d AS n, '%s' AS code UNION ALL " "$n" "$code"; done)
CONSENTS="${CONSENTS% UNION ALL }"
sql >/dev/null <<SQL
SET @now = NOW(6);
INSERT INTO organisation (id, kind, name, slug, country, staff_count, volunteer_count, locale, version, created_at)
SELECT CONCAT('f0000000-0000-4000-8000-', LPAD(seq, 12, '0')), 'ASSOCIATION', CONCAT('Membre de la fédération ', seq),
       CONCAT('federation-', seq), 'BE', ELT(1 + seq % 5, 0, 4, 20, 80, 300), 30, 'fr', 0, @now FROM seq_1_to_$MEMBERS;
INSERT INTO membership (id, organisation_id, subject, email, display_name, person_type, status, version, created_at)
SELECT CONCAT('f1000000-0000-4000-8000-', LPAD(seq, 12, '0')), CONCAT('f0000000-0000-4000-8000-', LPAD(seq, 12, '0')),
       CONCAT('federation-admin-', seq), CONCAT('admin', seq, '@federation.example'), CONCAT('Admin ', seq),
       'STAFF', 'ACTIVE', 0, @now FROM seq_1_to_$MEMBERS;
INSERT INTO membership_role (membership_id, role)
SELECT CONCAT('f1000000-0000-4000-8000-', LPAD(seq, 12, '0')), 'ADMIN' FROM seq_1_to_$MEMBERS;
INSERT INTO ai_tool (id, organisation_id, name, vendor, description, category, account_type, hosting_region,
                     estimated_users, yearly_cost_eur, status, declared_by, declared_at, version)
SELECT UUID(), CONCAT('f0000000-0000-4000-8000-', LPAD(o.seq, 12, '0')), CONCAT('Outil ', t.seq), 'Éditeur', NULL,
       'TRANSLATION', 'PROFESSIONAL', 'EU', 2, NULL,
       IF(t.seq % 3 = 0, 'APPROVED', 'DECLARED'), CONCAT('f1000000-0000-4000-8000-', LPAD(o.seq, 12, '0')), @now, 0
FROM seq_1_to_$MEMBERS o JOIN seq_1_to_$TOOLS t WHERE t.seq <= $HALF_TOOLS + o.seq % ($TOOLS - $HALF_TOOLS + 1);
INSERT INTO ai_tool_data_category (tool_id, data_category) SELECT id, 'INTERNAL' FROM ai_tool WHERE name LIKE 'Outil %';
INSERT INTO federation_link (id, federation_id, association_id, status, region, sector, invited_at, accepted_at,
                             ended_at, ended_side, consent_changes, version)
SELECT CONCAT('f3000000-0000-4000-8000-', LPAD(seq, 12, '0')), '$FEDERATION',
       CONCAT('f0000000-0000-4000-8000-', LPAD(seq, 12, '0')), 'ACTIVE',
       ELT(1 + seq % 7, 'BE-BRU', 'BE-WAL', 'BE-VLG', 'BE-BRU', 'BE-WAL', 'FR-HDF', 'LU'),
       ELT(1 + seq % 10, 'SOCIAL_ACTION', 'HEALTH', 'EDUCATION', 'YOUTH', 'CULTURE', 'SPORT', 'ENVIRONMENT',
           'INTERNATIONAL_SOLIDARITY', 'HUMAN_RIGHTS', 'OTHER'),
       @now, @now, NULL, NULL, 23, 1 FROM seq_1_to_$MEMBERS;
INSERT INTO sharing_consent (link_id, sequence_number, indicator_code, change_kind, granularity, decision_id, changed_at)
SELECT CONCAT('f3000000-0000-4000-8000-', LPAD(s.seq, 12, '0')), c.n, c.code, 'GRANTED',
       IF($NAMED_EVERY > 0 AND s.seq % GREATEST($NAMED_EVERY, 1) = 0, 'NAMED', 'AGGREGATE_ONLY'), NULL, @now
FROM seq_1_to_$MEMBERS s JOIN ($CONSENTS) c;
ANALYZE TABLE organisation, membership, membership_role, ai_tool, federation_link, sharing_consent;
SQL
SEED_SECONDS=$((SECONDS - SEED_STARTED))
NTOOLS=$(sql -e "SELECT COUNT(*) FROM ai_tool")
log "seeded in ${SEED_SECONDS}s: $NTOOLS tools"

log "taking the $MEMBERS members' snapshots through the API"
SNAP_STARTED=$(date +%s%N)
SNAPSHOT=$(curl -s -m 600 -X POST -H "Authorization: Bearer $ALICE" "$API/api/v1/federations/$FEDERATION/snapshots")
SNAP_MS=$((($(date +%s%N) - SNAP_STARTED) / 1000000))
grep -q "\"members\":$MEMBERS[,}]" <<<"$SNAPSHOT" || die "snapshots: $SNAPSHOT"
NROWS=$(sql -e "SELECT COUNT(*) FROM federation_snapshot WHERE federation_id = '$FEDERATION'")
log "snapshots of $MEMBERS members in ${SNAP_MS} ms ($NROWS values)"

TIMES="$WORK/times.txt"
: >"$TIMES"
ALICE=$(token alice)
for segment in REGION SIZE_CLASS SECTOR; do
  URL="$API/api/v1/federations/$FEDERATION/dashboard?segment=$segment"
  curl -sf -H "Authorization: Bearer $ALICE" "$URL" >"$WORK/dashboard-$segment.json" || die "GET $URL failed"
  for _ in $(seq 1 20); do curl -sf -o /dev/null -H "Authorization: Bearer $ALICE" "$URL"; done
  for _ in $(seq 1 "$N"); do
    curl -s -o /dev/null -w "$segment %{http_code} %{time_total}\n" -H "Authorization: Bearer $ALICE" "$URL" >>"$TIMES"
  done
done
SUPPRESSED=$(grep -o '"suppressed":"[A-Z_]*"' "$WORK/dashboard-REGION.json" | sort | uniq -c | tr '\n' ' ')
{
  echo
  echo "Federation benchmark — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "Data: $MEMBERS ACTIVE members x 23 consented indicators, $NTOOLS tools; snapshots of the $MEMBERS members through the API in ${SNAP_MS} ms ($NROWS values)"
  [ -n "$FULL_SIZE" ] || echo "REDUCED SIZE ($MEMBERS x $TOOLS): not the full-size figure of the goal (500 x 200)"
  echo "NAMED consents: members numbered a multiple of ${NAMED_EVERY} (0: none); values shown by name in REGION: $(grep -o '"organisationId"' "$WORK/dashboard-REGION.json" | wc -l)"
  echo "REGION cells hidden: ${SUPPRESSED:-none}"
  echo
  echo "| GET …/dashboard (23 indicators) | requests | not 200 | p50 | p95 | p99 | max |"
  echo "|---|---|---|---|---|---|---|"
  for segment in REGION SIZE_CLASS SECTOR ALL; do
    awk -v s="$segment" '$1 == s || s == "ALL"' "$TIMES" | awk '{ print ($2 != 200) " " $3 * 1000 }' | sort -k2 -n | awk -v s="$segment" '
      { t[NR] = $2; errors += $1 }
      function at(p) { i = int((p * NR + 99) / 100); if (i < 1) i = 1; return t[i] }
      END { printf "| segment=%s | %d | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms |\n", s, NR, errors, at(50), at(95), at(99), t[NR] }'
  done
  P95=$(awk '{ print $3 * 1000 }' "$TIMES" | sort -n | awk '{ t[NR] = $1 } END { i = int((95 * NR + 99) / 100); print t[i] }')
  echo
  if [ -n "$FULL_SIZE" ]; then
    echo "Goal: dashboard p95 <= 300 ms: ${P95} ms, $(awk -v p="$P95" 'BEGIN { print (p <= 300 ? "MET" : "NOT MET") }')"
  else
    echo "p95 ${P95} ms at the reduced size: no verdict on the goal (stated for 500 x 200)"
  fi
} | tee "$WORK/report.md"
