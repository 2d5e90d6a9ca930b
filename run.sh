#!/usr/bin/env bash
# Gouvernail local run: embedded MariaDB + local Keycloak + a mail catcher (GreenMail) + the API, with demo data.
# Needs only Java 17+ (and curl). Ctrl-C stops everything this script started.
#   GOUVERNAIL_LOCAL_DB_PORT   port of the embedded MariaDB (default 3307)
#   GOUVERNAIL_RATE_LIMIT_AUTHENTICATED / _ANONYMOUS   requests a minute per caller / per address
#       (default here 1000000, generous for scripts/benchmark.py; production default 600 / 120)
set -euo pipefail

cd "$(dirname "$0")"
ROOT=$(pwd)

KC_VERSION=26.5.6
KC_HOME="$ROOT/.local/keycloak-$KC_VERSION"
KC_PORT=8180
API_PORT=8080
GREENMAIL_VERSION=2.1.3
GREENMAIL_JAR="$ROOT/.local/greenmail-standalone-$GREENMAIL_VERSION.jar"
SMTP_PORT=3025
IMAP_PORT=3143
MAIL_API_PORT=3080
DB_PORT="${GOUVERNAIL_LOCAL_DB_PORT:-3307}"
LOGS="$ROOT/.local/logs"
APP_JAR="$ROOT/governance-app/target/quarkus-app/quarkus-run.jar"
BUILD_STAMP="$ROOT/.local/build.stamp"
PERSISTENCE="$ROOT/adapters-persistence"
CLASSPATH_FILE="$PERSISTENCE/target/run-classpath.txt"

API_PID="" KC_PID="" DB_PID="" MAIL_PID=""

log() { printf '[run.sh %3ss] %s\n' "$SECONDS" "$*" 2>/dev/null || true; }
die() { printf '[run.sh] ERROR: %s\n' "$*" >&2; exit 1; }

# --- stop what we started ---------------------------------------------------------------
stop_process() { # name pid
  local name=$1 pid=$2 i
  [ -n "$pid" ] || return 0
  if kill -0 "$pid" 2>/dev/null; then
    log "stopping $name (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  fi
  # whatever is left of its process group (e.g. mysqld under the MariaDB launcher)
  kill -TERM -- "-$pid" 2>/dev/null || true
  sleep 0.5
  kill -KILL -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
CLEANED=""
cleanup() {
  [ -z "$CLEANED" ] || return 0
  CLEANED=1
  trap - INT TERM HUP EXIT
  trap '' PIPE # the terminal may be gone: stopping must not depend on printing
  [ -n "$API_PID$KC_PID$DB_PID$MAIL_PID" ] || return 0
  stop_process API "$API_PID"
  stop_process Keycloak "$KC_PID"
  stop_process GreenMail "$MAIL_PID"
  stop_process MariaDB "$DB_PID"
  log "stopped"
}
trap 'cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM
trap 'cleanup; exit 129' HUP
trap 'cleanup; exit 141' PIPE
trap cleanup EXIT

command -v java >/dev/null || die "java not found: install a Java 17+ JDK"
command -v curl >/dev/null || die "curl not found"

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in "$DB_PORT" "$KC_PORT" "$API_PORT" "$SMTP_PORT" "$IMAP_PORT" "$MAIL_API_PORT"; do
  if port_busy "$p"; then die "port $p is already in use (another run.sh still running?)"; fi
done
mkdir -p "$LOGS" "$ROOT/data"

# --- 1. build if needed ---------------------------------------------------------------------
needs_build() { # no runnable, or a source or pom changed since the last successful build
  [ -f "$APP_JAR" ] && [ -d "$PERSISTENCE/target/test-classes" ] && [ -f "$BUILD_STAMP" ] || return 0
  [ -n "$(find . \( -path ./.local -o -path ./data -o -path '*/target' -o -path '*/node_modules' -o -path ./.git \) -prune \
           -o \( -path '*/src/*' -o -name pom.xml \) -type f -newer "$BUILD_STAMP" -print -quit)" ]
}
if needs_build; then
  log "building (./mvnw -q -DskipTests install), this takes a few minutes the first time"
  touch "$BUILD_STAMP.new"
  ./mvnw -q -DskipTests install
  mv "$BUILD_STAMP.new" "$BUILD_STAMP"
  rm -f "$CLASSPATH_FILE"
fi
if [ ! -s "$CLASSPATH_FILE" ]; then
  log "resolving the embedded MariaDB classpath"
  ./mvnw -q -pl adapters-persistence dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/run-classpath.txt
fi

# --- 2. Keycloak distribution (once) --------------------------------------------------------
if [ ! -f "$KC_HOME/bin/kc.sh" ]; then
  ZIP="$ROOT/.local/keycloak-quarkus-dist-$KC_VERSION.zip"
  if [ ! -f "$ZIP" ]; then
    log "fetching Keycloak $KC_VERSION from Maven Central"
    ./mvnw -q -N dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
      -DoutputDirectory="$ROOT/.local"
  fi
  log "unpacking Keycloak into .local/"
  TMP_UNPACK="$ROOT/.local/unpack.$$"
  rm -rf "$TMP_UNPACK" && mkdir -p "$TMP_UNPACK"
  if command -v unzip >/dev/null; then
    unzip -q "$ZIP" -d "$TMP_UNPACK"
  elif command -v jar >/dev/null; then
    (cd "$TMP_UNPACK" && jar xf "$ZIP")
  elif command -v python3 >/dev/null; then
    python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$ZIP" "$TMP_UNPACK"
  else
    die "need unzip, jar (JDK) or python3 to unpack $ZIP"
  fi
  chmod +x "$TMP_UNPACK/keycloak-$KC_VERSION"/bin/*.sh # jar/python do not keep file modes
  mv "$TMP_UNPACK/keycloak-$KC_VERSION" "$KC_HOME"
  rm -rf "$TMP_UNPACK"
fi

# --- 2b. the mail catcher (once): GreenMail standalone, a sand-boxed SMTP/IMAP server that delivers nothing --
if [ ! -f "$GREENMAIL_JAR" ]; then
  log "fetching GreenMail $GREENMAIL_VERSION from Maven Central"
  ./mvnw -q -N dependency:copy -Dartifact="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" \
    -DoutputDirectory="$ROOT/.local"
fi

wait_for() { # name pid timeout-seconds check-command...
  local name=$1 pid=$2 timeout=$3; shift 3
  local deadline=$((SECONDS + timeout))
  until "$@"; do
    local why=""
    kill -0 "$pid" 2>/dev/null || why="exited during start-up"
    [ -n "$why" ] || [ "$SECONDS" -lt "$deadline" ] || why="not ready after ${timeout}s"
    if [ -n "$why" ]; then
      tail -n 25 "$LOGS/${name,,}.log" >&2 || true
      die "$name $why; full log: .local/logs/${name,,}.log"
    fi
    sleep 1
  done
}
http_ok() { [ "$(curl -s -o /dev/null -w '%{http_code}' "$1" || true)" = 200 ]; }

# Background services are started with job control on (set -m), so that each one leads its
# own process group: Ctrl-C reaches only this script, which then stops them in order.

# --- 3. embedded MariaDB --------------------------------------------------------------------
log "starting embedded MariaDB on port $DB_PORT (data in ./data/mariadb, log .local/logs/mariadb.log)"
set -m
java -cp "$PERSISTENCE/target/test-classes:$PERSISTENCE/target/classes:$(cat "$CLASSPATH_FILE")" \
  org.gouvernail.persistence.support.EmbeddedMariaDb "$ROOT/data/mariadb" "$DB_PORT" \
  >"$LOGS/mariadb.log" 2>&1 </dev/null &
DB_PID=$!
set +m

# --- 4. Keycloak (in parallel with MariaDB; H2 data kept in .local, realm imported once) ---
log "starting Keycloak on port $KC_PORT (log .local/logs/keycloak.log)"
mkdir -p "$KC_HOME/data/import"
cp docker/keycloak/gouvernail-realm.json "$KC_HOME/data/import/gouvernail-realm.json"
set -m
KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin KC_LOG_LEVEL=info \
  "$KC_HOME/bin/kc.sh" start-dev --http-port=$KC_PORT --health-enabled=false --metrics-enabled=false \
  --import-realm >"$LOGS/keycloak.log" 2>&1 </dev/null &
KC_PID=$!
set +m

# --- 4b. the mail catcher: every mail the API sends lands in its inboxes (docs/operations.md, "E-mail") ---
log "starting the mail catcher: SMTP $SMTP_PORT, IMAP $IMAP_PORT, API $MAIL_API_PORT (log .local/logs/greenmail.log)"
set -m
java -Xmx64m -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port=$SMTP_PORT \
  -Dgreenmail.imap.hostname=127.0.0.1 -Dgreenmail.imap.port=$IMAP_PORT \
  -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=$MAIL_API_PORT -Dgreenmail.auth.disabled \
  -jar "$GREENMAIL_JAR" >"$LOGS/greenmail.log" 2>&1 </dev/null &
MAIL_PID=$!
set +m

wait_for MariaDB "$DB_PID" 180 grep -q EMBEDDED_MARIADB_READY "$LOGS/mariadb.log"
log "MariaDB ready"
wait_for Keycloak "$KC_PID" 240 http_ok "http://localhost:$KC_PORT/realms/gouvernail/.well-known/openid-configuration"
log "Keycloak ready"
# The web front end at / comes back to http://localhost:8080/ after signing in and out: a realm imported by an
# earlier run (kept in .local) lacks that address in gouvernail-web; add it through the admin API (best effort).
if command -v node >/dev/null; then
  node --input-type=module -e '
    const [kc, api] = process.argv.slice(1);
    const form = new URLSearchParams({ grant_type: "password", client_id: "admin-cli", username: "admin", password: "admin" });
    const token = (await (await fetch(`${kc}/realms/master/protocol/openid-connect/token`, { method: "POST", body: form })).json()).access_token;
    const headers = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
    const clients = `${kc}/admin/realms/gouvernail/clients`;
    const [web] = await (await fetch(`${clients}?clientId=gouvernail-web`, { headers })).json();
    const pages = [`http://localhost:${api}/`, `http://127.0.0.1:${api}/`];
    const logout = (web.attributes["post.logout.redirect.uris"] ?? "").split("##").filter(Boolean);
    const missing = pages.filter((p) => !web.redirectUris.includes(p) || !logout.includes(p));
    if (missing.length > 0) {
      web.redirectUris = [...new Set([...web.redirectUris, ...pages])];
      web.attributes["post.logout.redirect.uris"] = [...new Set([...logout, ...pages])].join("##");
      const put = await fetch(`${clients}/${web.id}`, { method: "PUT", headers, body: JSON.stringify(web) });
      console.log(put.ok ? "[run.sh] gouvernail-web now accepts the web front end at " + pages.join(", ") : "[run.sh] could not update gouvernail-web: HTTP " + put.status);
    }
  ' "http://localhost:$KC_PORT" "$API_PORT" || log "could not check the client gouvernail-web (sign-in at / may fail: docs/operations.md)"
fi
wait_for GreenMail "$MAIL_PID" 60 http_ok "http://127.0.0.1:$MAIL_API_PORT/api/configuration"
log "mail catcher ready"

# --- 5. the API -----------------------------------------------------------------------------
# The JVM options the Docker image ships too (jvm.options: heap, GC and thread sizes chosen for a
# ~250 MB process, see docs/operations.md "Performance"), on the newest JVM at hand (a Java >= 25
# when the machine has one) with a start-up cache made once per build (scripts/api-jvm.sh): an AOT
# cache on Java 25 (classes loaded and linked, method profiles), a class-data archive on Java 17.
# The cache is written by a training run: the first start after a build, which seeds the demo data
# and answers a few requests, then stops (this start takes longer, once).
. "$ROOT/scripts/api-jvm.sh"
API_JAVA=$(api_java)
API_CACHE=$(api_cache_file "$API_JAVA" "$(dirname "$APP_JAR")")
start_api() { # extra JVM options...
  set -m
  GOUVERNAIL_DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/gouvernail" \
  GOUVERNAIL_DB_USER=gouvernail GOUVERNAIL_DB_PASSWORD=gouvernail \
  GOUVERNAIL_OIDC_URL="http://localhost:$KC_PORT/realms/gouvernail" \
  GOUVERNAIL_DEMO_DATA=true \
  GOUVERNAIL_MAIL_ENABLED=true GOUVERNAIL_MAIL_HOST=127.0.0.1 GOUVERNAIL_MAIL_PORT=$SMTP_PORT \
  GOUVERNAIL_MAIL_START_TLS=DISABLED GOUVERNAIL_MAIL_EVERY=1m GOUVERNAIL_MAIL_FIRST_RUN_AFTER=20s \
  GOUVERNAIL_MAIL_DIGEST_HOUR=0 GOUVERNAIL_PUBLIC_URL="http://localhost:$API_PORT" \
  GOUVERNAIL_FEEDBACK_PUBLIC_FORM="${GOUVERNAIL_FEEDBACK_PUBLIC_FORM:-true}" \
  GOUVERNAIL_RATE_LIMIT_AUTHENTICATED="${GOUVERNAIL_RATE_LIMIT_AUTHENTICATED:-1000000}" \
  GOUVERNAIL_RATE_LIMIT_ANONYMOUS="${GOUVERNAIL_RATE_LIMIT_ANONYMOUS:-1000000}" \
  MALLOC_ARENA_MAX=2 \
    "$API_JAVA" @"$ROOT/jvm.options" "$@" -jar "$APP_JAR" >>"$LOGS/api.log" 2>&1 </dev/null &
  API_PID=$!
  set +m
}
: >"$LOGS/api.log"
if api_cache_stale "$API_CACHE" "$APP_JAR"; then
  rm -f "$API_CACHE"
  log "training run of the API on $(basename "$(dirname "$(dirname "$API_JAVA")")"): it writes its start-up cache (once per build)"
  mapfile -t CACHE_OPTIONS < <(api_cache_write_options "$API_JAVA" "$API_CACHE")
  GOUVERNAIL_DB_ACQUISITION_TIMEOUT=30S start_api "${CACHE_OPTIONS[@]}"
  wait_for API "$API_PID" 300 http_ok "http://localhost:$API_PORT/q/health/ready"
  TOKEN=$(curl -s -d grant_type=password -d client_id=gouvernail-cli -d username=alice -d password=alice \
    "http://localhost:$KC_PORT/realms/gouvernail/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
  for path in /api/v1/me /api/v1/organisations "/api/v1/organisations?limit=200" /q/health/live; do
    curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "http://localhost:$API_PORT$path" || true
  done
  kill -TERM "$API_PID" 2>/dev/null || true
  for i in $(seq 1 600); do kill -0 "$API_PID" 2>/dev/null || break; sleep 1; done # a child JVM writes the cache
  wait "$API_PID" 2>/dev/null || true
  API_PID=""
  [ -f "$API_CACHE" ] || log "no start-up cache written (see .local/logs/api.log): the API starts without it"
fi
mapfile -t CACHE_OPTIONS < <(api_cache_use_options "$API_JAVA" "$API_CACHE")
log "starting the API on port $API_PORT (log .local/logs/api.log)"
start_api "${CACHE_OPTIONS[@]}"
wait_for API "$API_PID" 180 http_ok "http://localhost:$API_PORT/q/health/ready"

cat <<EOF

  Gouvernail is ready in ${SECONDS} s.

  Web front end     http://localhost:$API_PORT/               (sign in with a demo login below)
  Swagger UI        http://localhost:$API_PORT/q/swagger-ui   (Authorize: client gouvernail-web, PKCE)
  Metrics           http://localhost:$API_PORT/q/metrics      (token of client gouvernail-metrics, secret demo-metrics-secret)
  OpenAPI           http://localhost:$API_PORT/q/openapi
  Keycloak console  http://localhost:$KC_PORT/admin/   (admin / admin)
  Mail catcher      http://127.0.0.1:$MAIL_API_PORT   (GreenMail: every mail the API sends, none leaves the machine)
  Logs              .local/logs/{api,keycloak,mariadb,greenmail}.log

  Demo logins (realm gouvernail, password = user name):
    alice  platform-admin; ADMIN of "Entraide Quartier asbl" and of "Solidarité Emploi asbl" (60 workers)
    bob    COMMITTEE      of "Entraide Quartier asbl"
    carol  DATA_REFERENT  of "Entraide Quartier asbl"
    dave   CONTRIBUTOR    of "Entraide Quartier asbl"
    erin   VIEWER and PERSON_OF_TRUST (handles feedback) of "Entraide Quartier asbl"
    frank  member of a second association, "Maison des Jeunes de Namur"

  Try it (token for alice via the password grant on gouvernail-cli, then GET /api/v1/me):

TOKEN=\$(curl -s -d grant_type=password -d client_id=gouvernail-cli -d username=alice -d password=alice http://localhost:$KC_PORT/realms/gouvernail/protocol/openid-connect/token | sed -E 's/.*"access_token":"([^"]+)".*/\1/'); curl -s -H "Authorization: Bearer \$TOKEN" http://localhost:$API_PORT/api/v1/me; echo

  Demo mails: a demo user gets the weekly digest of what they must do (the policy to acknowledge, the
  committee meeting, the request to decide) within a minute of their first call (as above), in the
  catcher's inbox of <login>@demo.gouvernail.org. Read them with:

curl -s http://127.0.0.1:$MAIL_API_PORT/api/user/alice@demo.gouvernail.org/messages/INBOX/; echo

  or with a mail client: IMAP 127.0.0.1:$IMAP_PORT, no TLS, user alice@demo.gouvernail.org, any password.

  Ctrl-C stops the API, Keycloak, the mail catcher and MariaDB.
EOF

# Stay in the foreground until Ctrl-C or until one of the three stops by itself.
set +e
wait -n
set -e
log "a process stopped by itself; see .local/logs/ — stopping the others"
exit 1
