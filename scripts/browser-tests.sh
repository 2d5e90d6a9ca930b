#!/usr/bin/env bash
# Browser tests of the web front end (issue 18, docs/adr/0026), self-contained: starts its own embedded
# MariaDB, an in-memory Keycloak with the demo realm and the packaged API with demo data on ports of its own,
# then drives headless Chromium (Debian's package, installed here when missing) with playwright-core through
# the journeys of web/e2e/journeys.mjs: sign in as each demo role, the policy check, declare a tool, a field
# error from the API next to its field, anonymous feedback with its receipt, the inventory, another language,
# a phone-sized screen. axe-core checks every screen: a serious or critical violation fails the run.
# Screenshots and the axe reports go to target/browser-tests/. Everything it started is stopped on exit.
#
#   scripts/browser-tests.sh      (BROWSER_TESTS_KEEP=1 keeps the services' logs and database in .local/browser)
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)

DB_PORT="${BROWSER_DB_PORT:-3327}"
KC_PORT="${BROWSER_KC_PORT:-8183}"
KC_MANAGEMENT_PORT="${BROWSER_KC_MANAGEMENT_PORT:-9183}"
API_PORT="${BROWSER_API_PORT:-8083}"
KC_VERSION=26.5.6
# a Keycloak of its own: its start-dev options differ from ./run.sh's, which would make that copy rebuild
KC_HOME="$ROOT/.local/keycloak-browser-$KC_VERSION"
WORK="$ROOT/.local/browser"
LOGS="$WORK/logs"
ARTIFACTS="$ROOT/target/browser-tests"
APP_JAR="$ROOT/governance-app/target/quarkus-app/quarkus-run.jar"
PERSISTENCE="$ROOT/adapters-persistence"
CLASSPATH_FILE="$PERSISTENCE/target/run-classpath.txt"
REALM="http://localhost:$KC_PORT/realms/gouvernail"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

API_PID="" KC_PID="" DB_PID=""

log() { printf '[browser-tests %4ss] %s\n' "$SECONDS" "$*" >&2; }
die() { printf '[browser-tests] ERROR: %s\n' "$*" >&2; exit 1; }

stop_process() { # name pid
  local name=$1 pid=$2 i
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
  [ -n "${BROWSER_TESTS_KEEP:-}" ] || rm -rf "$WORK/mariadb/data"
}
trap 'cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM
trap 'cleanup; exit 129' HUP
trap cleanup EXIT

# --- prerequisites --------------------------------------------------------------------------------------
command -v java >/dev/null || die "java not found"
command -v node >/dev/null || die "node not found (Node.js 20 or later)"
command -v curl >/dev/null || die "curl not found"
if [ ! -x "$CHROMIUM" ]; then
  log "installing chromium (Debian package)"
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y chromium >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y chromium >/dev/null; }
  else
    sudo apt-get install -y chromium >/dev/null 2>&1 || { sudo apt-get update >/dev/null && sudo apt-get install -y chromium >/dev/null; }
  fi
fi
[ -x "$CHROMIUM" ] || die "no Chromium at $CHROMIUM"
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in "$DB_PORT" "$KC_PORT" "$KC_MANAGEMENT_PORT" "$API_PORT"; do
  if port_busy "$p"; then die "port $p is already in use (another browser test still running?)"; fi
done
rm -rf "$LOGS" "$WORK/mariadb/data" "$WORK/mariadb/tmp" "$ARTIFACTS" && mkdir -p "$LOGS" "$ARTIFACTS"

# the packaged API with the front end in it (./mvnw verify or package built it; built here otherwise)
if [ ! -f "$APP_JAR" ] || [ ! -d "$PERSISTENCE/target/test-classes" ] || [ ! -f "$ROOT/web/dist/index.html" ]; then
  log "building (./mvnw -q -DskipTests package)"
  ./mvnw -B -ntp -q -DskipTests package
fi
if [ ! -s "$CLASSPATH_FILE" ]; then
  ./mvnw -B -ntp -q -pl adapters-persistence dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/run-classpath.txt
fi
# playwright-core and axe-core (no browser download: Chromium is Debian's)
if [ ! -d "$ROOT/web/node_modules/playwright-core" ] || [ ! -d "$ROOT/web/node_modules/axe-core" ]; then
  (cd "$ROOT/web" && npm ci --no-audit --no-fund >/dev/null)
fi
if [ ! -f "$KC_HOME/bin/kc.sh" ]; then
  ZIP="$ROOT/.local/keycloak-quarkus-dist-$KC_VERSION.zip"
  M2_ZIP="$HOME/.m2/repository/org/keycloak/keycloak-quarkus-dist/$KC_VERSION/keycloak-quarkus-dist-$KC_VERSION.zip"
  [ -f "$ZIP" ] || [ ! -f "$M2_ZIP" ] || ZIP="$M2_ZIP"
  log "unpacking Keycloak $KC_VERSION into .local/"
  [ -f "$ZIP" ] || ./mvnw -B -ntp -q -N dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
    -DoutputDirectory="$ROOT/.local"
  TMP_UNPACK="$ROOT/.local/unpack.$$"
  rm -rf "$TMP_UNPACK" && mkdir -p "$TMP_UNPACK"
  if command -v unzip >/dev/null; then unzip -q "$ZIP" -d "$TMP_UNPACK"; else (cd "$TMP_UNPACK" && jar xf "$ZIP"); fi
  chmod +x "$TMP_UNPACK/keycloak-$KC_VERSION"/bin/*.sh
  mv "$TMP_UNPACK/keycloak-$KC_VERSION" "$KC_HOME"
  rm -rf "$TMP_UNPACK"
fi

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

# --- MariaDB (fresh) and Keycloak (in memory, the demo realm with this run's address of the front end) ---------
log "starting MariaDB on $DB_PORT and Keycloak on $KC_PORT"
set -m
java -cp "$PERSISTENCE/target/test-classes:$PERSISTENCE/target/classes:$(cat "$CLASSPATH_FILE")" \
  org.gouvernail.persistence.support.EmbeddedMariaDb "$WORK/mariadb" "$DB_PORT" >"$LOGS/mariadb.log" 2>&1 </dev/null &
DB_PID=$!
mkdir -p "$KC_HOME/data/import"
node -e '
  const fs = require("fs");
  const [source, target, origin] = process.argv.slice(1);
  const realm = JSON.parse(fs.readFileSync(source, "utf8"));
  const web = realm.clients.find((c) => c.clientId === "gouvernail-web");
  web.redirectUris.push(origin + "/");
  web.webOrigins.push(origin);
  web.attributes["post.logout.redirect.uris"] += "##" + origin + "/";
  fs.writeFileSync(target, JSON.stringify(realm, null, 2));
' docker/keycloak/gouvernail-realm.json "$KC_HOME/data/import/gouvernail-realm.json" "http://localhost:$API_PORT"
KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
  "$KC_HOME/bin/kc.sh" start-dev --db=dev-mem --http-port="$KC_PORT" --http-management-port="$KC_MANAGEMENT_PORT" \
  --health-enabled=false --metrics-enabled=false --import-realm \
  >"$LOGS/keycloak.log" 2>&1 </dev/null &
KC_PID=$!
set +m
wait_for mariadb "$DB_PID" 600 grep -q EMBEDDED_MARIADB_READY "$LOGS/mariadb.log"
wait_for keycloak "$KC_PID" 600 http_ok "$REALM/.well-known/openid-configuration"

# --- the API with demo data, serving the front end at / ------------------------------------------------------
log "starting the API on $API_PORT"
set -m
GOUVERNAIL_HTTP_PORT="$API_PORT" \
GOUVERNAIL_DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/gouvernail" \
GOUVERNAIL_DB_USER=gouvernail GOUVERNAIL_DB_PASSWORD=gouvernail \
GOUVERNAIL_OIDC_URL="$REALM" \
GOUVERNAIL_DEMO_DATA=true \
GOUVERNAIL_CORS_ORIGINS="http://localhost:$API_PORT" \
GOUVERNAIL_RATE_LIMIT_AUTHENTICATED=1000000 GOUVERNAIL_RATE_LIMIT_ANONYMOUS=1000000 \
MALLOC_ARENA_MAX=2 \
  java @"$ROOT/jvm.options" -jar "$APP_JAR" >"$LOGS/api.log" 2>&1 </dev/null &
API_PID=$!
set +m
wait_for api "$API_PID" 240 http_ok "http://localhost:$API_PORT/q/health/ready"
http_ok "http://localhost:$API_PORT/" || die "the API serves no front end at / (was it built with -Dgouvernail.web.skip?)"

# --- the journeys ----------------------------------------------------------------------------------------------
log "running the journeys in $CHROMIUM"
set +e
BASE_URL="http://localhost:$API_PORT" CHROMIUM="$CHROMIUM" ARTIFACTS="$ARTIFACTS" node web/e2e/journeys.mjs
status=$?
set -e
log "screenshots and accessibility reports in target/browser-tests/"
exit $status
