#!/usr/bin/env bash
# Measures the latency of GET /api/v1/organisations/{id}/dashboard on the largest demo organisation
# (Entraide Quartier asbl, slug entraide-quartier) of a running ./run.sh, and prints p50, p95, p99
# and the maximum, in milliseconds. The goal of issue 15 is p95 <= 300 ms.
#   DASHBOARD_ORG       another organisation's id (alice must be ADMIN, COMMITTEE, DATA_REFERENT or VIEWER)
#   DASHBOARD_REQUESTS  requests measured, one after the other (default 200), after 20 to warm up
#   GOUVERNAIL_API      the API (default http://localhost:8080); GOUVERNAIL_KEYCLOAK (default
#                       http://localhost:8180); the token is alice's (ADMIN of the demo association)
#   DASHBOARD_P95_MODE  "run" (a running ./run.sh, the default when the API answers) or "test": no
#                       running instance needed, the suite's own MariaDB and Keycloak, demo data seeded
#                       (DashboardP95Test, over HTTP with alice's real token; the default otherwise)
# Sequential on purpose: it measures what one reader waits, not throughput (scripts/benchmark does).
set -euo pipefail
cd "$(dirname "$0")/.."

API="${GOUVERNAIL_API:-http://localhost:8080}"
KC="${GOUVERNAIL_KEYCLOAK:-http://localhost:8180}"
N="${DASHBOARD_REQUESTS:-200}"

token() {
  curl -sf -d grant_type=password -d client_id=gouvernail-cli -d username=alice -d password=alice \
    "$KC/realms/gouvernail/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}
MODE="${DASHBOARD_P95_MODE:-}"
if [ -z "$MODE" ]; then
  if curl -sf -o /dev/null "$API/q/health/ready"; then MODE=run; else MODE=test; fi
fi
if [ "$MODE" = test ]; then
  echo "no running API at $API: measuring through the test suite (DashboardP95Test, demo data, real Keycloak)" >&2
  LOG=$(mktemp)
  trap 'rm -f "$LOG"' EXIT
  DASHBOARD_REQUESTS="$N" ./mvnw -B -ntp -o verify -pl governance-app -am -Dtest=DashboardP95Test \
    -Ddashboard.p95=true -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false -Dspotless.check.skip=true >"$LOG" 2>&1 || { tail -50 "$LOG" >&2; exit 1; }
  RESULT=$({ grep -h 'DASHBOARD-P95' "$LOG" governance-app/target/surefire-reports/TEST-*DashboardP95Test.xml \
    2>/dev/null || true; } | sed 's/.*DASHBOARD-P95 //' | awk 'NR == 1')
  [ -n "$RESULT" ] || { echo "DashboardP95Test printed no figure (skipped?)" >&2; exit 1; }
  echo "$RESULT"
  exit 0
fi
TOKEN=$(token) || { echo "no token from $KC: is ./run.sh running?" >&2; exit 1; }
# the organisation: DASHBOARD_ORG, or the one of slug entraide-quartier in alice's memberships (GET /me
# lists organisationId, organisationName, organisationSlug in this order)
ORG="${DASHBOARD_ORG:-$(curl -sf -H "Authorization: Bearer $TOKEN" "$API/api/v1/me" |
  grep -o '"organisationId":"[0-9a-f-]*","organisationName":"[^"]*","organisationSlug":"entraide-quartier"' |
  head -1 | cut -d'"' -f4)}"
[ -n "$ORG" ] || { echo "the demo organisation entraide-quartier is not in alice's /me (set DASHBOARD_ORG)" >&2; exit 1; }
URL="$API/api/v1/organisations/$ORG/dashboard"

for _ in $(seq 1 20); do curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" "$URL"; done
TIMES=$(mktemp)
trap 'rm -f "$TIMES"' EXIT
for _ in $(seq 1 "$N"); do
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $TOKEN" "$URL" >>"$TIMES"
done
ERRORS=$(awk '$1 != 200' "$TIMES" | wc -l)
awk '{ print $2 * 1000 }' "$TIMES" | sort -n | awk -v n="$N" -v errors="$ERRORS" -v url="$URL" '
  { t[NR] = $1 }
  function at(p) { i = int((p * NR + 99) / 100); if (i < 1) i = 1; return t[i] }
  END {
    printf "GET %s: %d requests, %d not 200\n", url, NR, errors
    printf "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; goal p95 <= 300 ms: %s\n",
      at(50), at(95), at(99), t[NR], (at(95) <= 300 && errors == 0 ? "MET" : "NOT MET")
  }'
