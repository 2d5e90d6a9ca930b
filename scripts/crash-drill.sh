#!/usr/bin/env bash
# Fault drill on the packaged application (scripts/CrashDrill.java says what it proves): kill -9
# in the middle of concurrent writes leaves no partial aggregate and loses no acknowledged write;
# SIGTERM lets a request in flight finish and refuses new ones with 503; GOUVERNAIL_LOG_JSON=true
# writes JSON lines carrying the request id. Needs only Java 17+; takes about two minutes.
#   scripts/crash-drill.sh [rounds]     (default 3 rounds of kill -9)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
APP_JAR="$ROOT/governance-app/target/quarkus-app/quarkus-run.jar"
PERSISTENCE="$ROOT/adapters-persistence"
CLASSPATH_FILE="$PERSISTENCE/target/run-classpath.txt"

if [ ! -f "$APP_JAR" ] || [ ! -d "$PERSISTENCE/target/test-classes" ]; then
  ./mvnw -B -ntp -q -DskipTests install
fi
if [ ! -s "$CLASSPATH_FILE" ]; then
  ./mvnw -B -ntp -q -pl adapters-persistence dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/run-classpath.txt
fi
WORK=$(mktemp -d -t gouvernail-drill-XXXXXX)
trap 'rm -rf "$WORK"' EXIT
echo "crash drill: work directory $WORK (logs app-N.log, mariadb.log; removed at the end)"
java -cp "$PERSISTENCE/target/test-classes:$PERSISTENCE/target/classes:$(cat "$CLASSPATH_FILE")" \
  scripts/CrashDrill.java "$APP_JAR" "$WORK" "${1:-3}" || { tail -n 5 "$WORK"/app-*.log | cut -c1-600 >&2; exit 1; }
