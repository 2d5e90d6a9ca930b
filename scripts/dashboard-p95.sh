#!/usr/bin/env bash
# Measures the latency of GET /api/v1/organisations/{id}/dashboard on the largest demo organisation
# (Entraide Quartier asbl, slug entraide-quartier) of a running ./run.sh, and prints p50, p95, p99
# and the maximum, in milliseconds. The goal of issue 15 is p95 <= 300 ms.
#   DASHBOARD_ORG       another organisation's id (alice must be ADMIN, COMMITTEE, DATA_REFERENT or VIEWER)
#   DASHBOARD_REQUESTS  requests measured, one after the other (default 200), after 20 to warm up
#   GOUVERNAIL_API      the API (default http://localhost:8080); GOUVERNAIL_KEYCLOAK (default
#                       http://localhost:8180); the token is alice's (ADMIN of the demo association)
# Sequential on purpose: it measures what one reader waits, not throughput (scripts/benchmark does).
set -euo pipefail

API="${GOUVERNAIL_API:-http://localhost:8080}"
KC="${GOUVERNAIL_KEYCLOAK:-http://localhost:8180}"
N="${DASHBOARD_REQUESTS:-200}"

token() {
  curl -sf -d grant_type=password -d client_id=gouvernail-cli -d username=alice -d password=alice \
    "$KC/realms/gouvernail/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}
TOKEN=$(token) || { echo "no token from $KC: is ./run.sh running?" >&2; exit 1; }
# the organisation: DASHBOARD_ORG, or the one of slug entraide-quartier in alice's memberships
ORG="${DASHBOARD_ORG:-$(curl -sf -H "Authorization: Bearer $TOKEN" "$API/api/v1/me" |
  grep -o '"id":"[0-9a-f-]*"[^{}]*"slug":"entraide-quartier"' | grep -o '"id":"[0-9a-f-]*"' | head -1 | cut -d'"' -f4)}"
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
