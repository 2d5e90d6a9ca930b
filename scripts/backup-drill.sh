#!/usr/bin/env bash
# Backup drill: scripts/backup taken while writes go on, scripts/restore into a fresh database, then the
# packaged application started on the restored copy (Flyway validates every migration there) and every
# write acknowledged before the backup began found in it, each with its audit row (no half transaction).
# Uses an external MariaDB (default the machine's own, 127.0.0.1:3306, root without password); about 60 s.
#   GOUVERNAIL_DRILL_DB_HOST / _PORT / _USER / _PASSWORD
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
APP_JAR="$ROOT/governance-app/target/quarkus-app/quarkus-run.jar"
HOST="${GOUVERNAIL_DRILL_DB_HOST:-127.0.0.1}" PORT="${GOUVERNAIL_DRILL_DB_PORT:-3306}"
USER="${GOUVERNAIL_DRILL_DB_USER:-root}" PASSWORD="${GOUVERNAIL_DRILL_DB_PASSWORD:-}"
SRC=gouvernail_backup_drill_src DST=gouvernail_backup_drill_dst
[ -f "$APP_JAR" ] || ./mvnw -B -ntp -q -DskipTests package -pl governance-app -am
WORK=$(mktemp -d -t gouvernail-backup-drill-XXXXXX)
APP_PID="" WRITER_PID=""
sql() { MYSQL_PWD="$PASSWORD" mariadb --host="$HOST" --port="$PORT" --user="$USER" --batch --skip-column-names "$@"; }
cleanup() {
  touch "$WORK/stop"
  [ -z "$WRITER_PID" ] || wait "$WRITER_PID" 2>/dev/null || true
  [ -z "$APP_PID" ] || { kill "$APP_PID" 2>/dev/null; wait "$APP_PID" 2>/dev/null || true; }
  sql -e "DROP DATABASE IF EXISTS $SRC; DROP DATABASE IF EXISTS $DST" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
now_ms() { date +%s%3N; }

start_app() { # database → waits until ready
  local http=$((20000 + RANDOM % 20000)) i
  GOUVERNAIL_DB_URL="jdbc:mariadb://$HOST:$PORT/$1" GOUVERNAIL_DB_USER="$USER" GOUVERNAIL_DB_PASSWORD="$PASSWORD" \
    GOUVERNAIL_HTTP_PORT=$http QUARKUS_OIDC_TENANT_ENABLED=false \
    java -Xmx256m -jar "$APP_JAR" >"$WORK/app-$1.log" 2>&1 &
  APP_PID=$!
  for i in $(seq 1 240); do
    if curl -fs "http://127.0.0.1:$http/q/health/ready" >/dev/null 2>&1; then return 0; fi
    kill -0 "$APP_PID" 2>/dev/null || break
    sleep 0.25
  done
  tail -n 20 "$WORK/app-$1.log" | cut -c1-400 >&2
  echo "backup drill: the application did not start on $1" >&2
  exit 1
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }

sql -e "DROP DATABASE IF EXISTS $SRC; DROP DATABASE IF EXISTS $DST;
        CREATE DATABASE $SRC CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
started=$(now_ms)
start_app "$SRC" # Flyway creates the schema
echo "backup drill: schema migrated by the application in $(( $(now_ms) - started )) ms"
stop_app

# the writer: one organisation and its audit row per transaction, logged once the server acknowledged it
writer() {
  local i=0 id
  while [ ! -f "$WORK/stop" ]; do
    i=$((i + 1)); id=$(cat /proc/sys/kernel/random/uuid)
    if sql "$SRC" -e "START TRANSACTION;
        INSERT INTO organisation (id, kind, name, slug, country, locale, version, created_at)
          VALUES ('$id', 'ASSOCIATION', 'Drill $i', 'drill-$i', 'BE', 'fr', 0, NOW(6));
        INSERT INTO audit_event (id, organisation_id, occurred_at, actor_subject, actor_name, action, subject_type, subject_id, summary)
          VALUES ('$id', '$id', NOW(6), 'backup-drill', 'backup drill', 'organisation.registered', 'ORGANISATION', '$id', '');
        COMMIT;" 2>/dev/null; then
      echo "$(now_ms) $id" >>"$WORK/acked"
    fi
  done
}
writer &
WRITER_PID=$!
sleep 3
backup_started=$(now_ms)
GOUVERNAIL_BACKUP_HOST="$HOST" GOUVERNAIL_BACKUP_PORT="$PORT" GOUVERNAIL_BACKUP_USER="$USER" \
  GOUVERNAIL_BACKUP_PASSWORD="$PASSWORD" GOUVERNAIL_BACKUP_DATABASE="$SRC" scripts/backup --out "$WORK/backups"
backup_ms=$(( $(now_ms) - backup_started ))
sleep 1
touch "$WORK/stop"; wait "$WRITER_PID"; WRITER_PID=""
FILE=$(ls "$WORK"/backups/*.sql.gz)

restore_started=$(now_ms)
GOUVERNAIL_BACKUP_HOST="$HOST" GOUVERNAIL_BACKUP_PORT="$PORT" GOUVERNAIL_BACKUP_USER="$USER" \
  GOUVERNAIL_BACKUP_PASSWORD="$PASSWORD" scripts/restore "$FILE" --database "$DST"
restore_ms=$(( $(now_ms) - restore_started ))
start_app "$DST" # Flyway validates the restored schema against the migrations of this build
ready_ms=$(( $(now_ms) - restore_started ))
stop_app

# every write acknowledged before the backup began is there, each with its audit row
awk -v t="$backup_started" '$1 < t { print $2 }' "$WORK/acked" | sort >"$WORK/expected"
sql "$DST" -e "SELECT id FROM organisation WHERE name LIKE 'Drill %'" | sort >"$WORK/restored"
missing=$(comm -23 "$WORK/expected" "$WORK/restored" | wc -l)
half=$(sql "$DST" -e "SELECT COUNT(*) FROM organisation o LEFT JOIN audit_event a ON a.id = o.id
                      WHERE o.name LIKE 'Drill %' AND a.id IS NULL")
acked=$(wc -l <"$WORK/acked"); expected=$(wc -l <"$WORK/expected"); restored=$(wc -l <"$WORK/restored")
echo "backup drill: $acked writes acknowledged, $expected before the backup began, $restored in the restored copy"
echo "backup drill: backup ${backup_ms} ms, restore ${restore_ms} ms, application ready on the copy ${ready_ms} ms after the restore began"
[ "$expected" -gt 0 ] || { echo "backup drill: no write before the backup" >&2; exit 1; }
[ "$missing" -eq 0 ] || { echo "backup drill: $missing acknowledged writes missing from the restored copy" >&2; exit 1; }
[ "$half" -eq 0 ] || { echo "backup drill: $half organisations without their audit row (half transactions)" >&2; exit 1; }
echo "backup drill: passed"
