#!/usr/bin/env bash
# The API walk-through of docs/api.md, run against a platform started with ./run.sh:
# each step prints the request and the answer. Exits non-zero at the first unexpected status.
# Usage: scripts/walkthrough.sh [api-url] [keycloak-realm-url]
set -euo pipefail
API=${1:-http://localhost:8080}
REALM=${2:-http://localhost:8180/realms/gouvernail}

token() {
  curl -s -d grant_type=password -d client_id=gouvernail-cli -d "username=$1" -d "password=$1" \
    "$REALM/protocol/openid-connect/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

# step <expected-status> <user> <method> <path> [body] [extra curl args...]
step() {
  local expected=$1 user=$2 method=$3 path=$4 body=${5:-}
  shift 5 2>/dev/null || shift $#
  local args=(-s -o /tmp/walkthrough.body -D /tmp/walkthrough.headers -w '%{http_code}' -X "$method"
    -H "Authorization: Bearer ${TOKENS[$user]}" -H 'Accept-Language: fr' "$@")
  if [ -n "$body" ]; then
    local type=application/json
    [ "$method" = PATCH ] && type=application/merge-patch+json
    args+=(-H "Content-Type: $type" --data "$body")
  fi
  echo "### $user: $method $path"
  [ -n "$body" ] && echo "$body"
  local status
  status=$(curl "${args[@]}" "$API$path")
  echo "→ $status $(grep -i '^etag:' /tmp/walkthrough.headers | tr -d '\r' || true)"
  python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin), indent=2, ensure_ascii=False))' < /tmp/walkthrough.body 2>/dev/null | head -40 || true
  echo
  if [ "$status" != "$expected" ]; then
    echo "expected $expected" >&2
    exit 1
  fi
}
json() { python3 -c "import json,sys; print(json.load(open('/tmp/walkthrough.body'))$1)"; }

declare -A TOKENS
for user in alice bob carol dave erin frank; do TOKENS[$user]=$(token "$user"); done

step 200 alice GET /api/v1/me
ORG=$(json "['memberships'][0]['organisationId']")
step 200 dave GET /api/v1/me
step 201 dave POST "/api/v1/organisations/$ORG/tools" \
  '{"name":"Perplexity","vendor":"Perplexity AI","description":"Recherches pour les dossiers de subsides","category":"TEXT_GENERATION","accountType":"PERSONAL_FREE","hostingRegion":"UNITED_STATES","dataCategories":["INTERNAL"],"teams":["Coordination"],"estimatedUsers":2,"yearlyCostEur":0}'
TOOL=$(json "['id']")
step 200 bob GET "/api/v1/organisations/$ORG/tools?dataCategory=BENEFICIARY_VULNERABLE"
step 200 bob GET "/api/v1/organisations/$ORG/tools?limit=2"
step 428 bob POST "/api/v1/organisations/$ORG/tools/$TOOL/start-review" ''
step 200 bob POST "/api/v1/organisations/$ORG/tools/$TOOL/start-review" '' -H 'If-Match: "0"'
step 412 bob PATCH "/api/v1/organisations/$ORG/tools/$TOOL" '{"estimatedUsers":4}' -H 'If-Match: "0"'
step 403 dave PATCH "/api/v1/organisations/$ORG/tools/$TOOL" '{"estimatedUsers":4}' -H 'If-Match: "1"'
step 400 bob POST "/api/v1/organisations/$ORG/tools" '{"name":"","category":"MAGIC","accountType":"PROFESSIONAL"}'
step 404 frank GET "/api/v1/organisations/$ORG/tools/$TOOL"
step 200 erin GET "/api/v1/organisations/$ORG/audit-events?limit=3"

# Usage policies: the charter in force answers the policy check, members acknowledge it, the
# committee publishes a new version by written procedure, members see what changed.
step 200 dave GET "/api/v1/reference/policy-templates"
step 201 carol POST "/api/v1/organisations/$ORG/policies" '{"fromTemplate":"international-ngo","language":"en","title":"AI policy for our partnership with Kinshasa"}'
DRAFT=$(json "['id']")
step 200 carol GET "/api/v1/organisations/$ORG/policies/$DRAFT/versions/1"
step 200 dave GET "/api/v1/organisations/$ORG/policies?limit=1"
POLICY=$(json "['items'][0]['id']")
step 200 dave GET "/api/v1/organisations/$ORG/policies/$POLICY"
IN_FORCE=$(json "['inForce']")
step 200 dave GET "/api/v1/organisations/$ORG/policy-check?tool=$TOOL&activity=WRITING&dataCategory=INTERNAL"
step 200 dave GET "/api/v1/organisations/$ORG/policy-check?category=CHATBOT&activity=SUMMARISING&dataCategory=BENEFICIARY_VULNERABLE"
step 201 dave POST "/api/v1/organisations/$ORG/policies/$POLICY/versions/$IN_FORCE/acknowledgements" '{}'
step 200 alice GET "/api/v1/organisations/$ORG/policies/$POLICY/versions/$IN_FORCE/acknowledgements"
step 201 carol POST "/api/v1/organisations/$ORG/policies/$POLICY/versions" ''
NEXT=$(json "['number']")
step 200 carol PATCH "/api/v1/organisations/$ORG/policies/$POLICY/versions/$NEXT" \
  "{\"rules\":$(json "['rules']" | python3 -c 'import ast,json,sys; r=ast.literal_eval(sys.stdin.read()); r.append({"subject":"TOOL","toolId":"'"$TOOL"'","dataCeiling":"PUBLIC","verdict":"ALLOWED","rationale":"Recherches sur des sources publiques"}); print(json.dumps(r, ensure_ascii=False))')}" \
  -H 'If-Match: "0"'
step 200 carol POST "/api/v1/organisations/$ORG/policies/$POLICY/versions/$NEXT/submit" '' -H 'If-Match: "1"'
VERSION_ID=$(json "['id']")
step 201 alice POST "/api/v1/organisations/$ORG/decisions" \
  "{\"subject\":\"POLICY_VERSION\",\"subjectId\":\"$VERSION_ID\",\"outcome\":\"APPROVED\",\"votesFor\":3,\"votesAgainst\":0,\"votesAbstain\":0,\"rationale\":\"Ajout d'une règle pour Perplexity\"}"
step 200 dave GET "/api/v1/organisations/$ORG/policies/$POLICY/versions/$NEXT/changes?from=$IN_FORCE"
step 200 dave GET "/api/v1/organisations/$ORG/policy-check?tool=$TOOL&activity=RESEARCH&dataCategory=PUBLIC"
step 200 dave GET "/api/v1/organisations/$ORG/policies/$POLICY/versions/$NEXT/document?format=markdown"
head -12 /tmp/walkthrough.body
echo
echo "Walk-through done."
