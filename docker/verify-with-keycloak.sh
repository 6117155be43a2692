#!/usr/bin/env bash
# Checks the realm export and the service's production sign-in against a real Keycloak, without
# Docker: downloads Keycloak (the version compose.yaml runs) from Maven Central, imports
# docker/keycloak/crm-realm.json, starts the packaged service against it (embedded PostgreSQL in a
# temporary directory) and calls the API with tokens Keycloak issues.
#   ./mvnw package -DskipTests && docker/verify-with-keycloak.sh
# Needs curl, unzip and a JDK 21+ for Keycloak (KEYCLOAK_JAVA_HOME; by default the newest in
# /usr/lib/jvm). Not part of the test run: Keycloak takes a minute to start on two cores.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
KC_VERSION=$(sed -nE 's|.*quay.io/keycloak/keycloak:([0-9.]+).*|\1|p' "$ROOT/docker/compose.yaml")
KC_PORT=${KC_PORT:-8180}
APP_PORT=${APP_PORT:-18090}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-19090}
CACHE=${KEYCLOAK_CACHE:-$HOME/.cache/crm-keycloak}
log() { printf '== %s\n' "$*" >&2; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

if [ -z "${KEYCLOAK_JAVA_HOME:-}" ]; then
  for jdk in /usr/lib/jvm/*; do
    major=$("$jdk/bin/java" -version 2>&1 | sed -nE 's/.*version "([0-9]+).*/\1/p' | head -1) || continue
    if [ "${major:-0}" -ge 21 ]; then KEYCLOAK_JAVA_HOME=$jdk; fi
  done
fi
[ -n "${KEYCLOAK_JAVA_HOME:-}" ] || fail "Keycloak $KC_VERSION needs a JDK 21+; set KEYCLOAK_JAVA_HOME"
WORK=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$WORK"' EXIT

mkdir -p "$CACHE"
zip=$CACHE/keycloak-$KC_VERSION.zip
if [ ! -f "$zip" ]; then
  log "Downloading Keycloak $KC_VERSION"
  curl -sfL -o "$zip.part" "https://repo1.maven.org/maven2/org/keycloak/keycloak-quarkus-dist/$KC_VERSION/keycloak-quarkus-dist-$KC_VERSION.zip"
  mv "$zip.part" "$zip"
fi
unzip -q "$zip" -d "$WORK"
KC=$WORK/keycloak-$KC_VERSION
mkdir -p "$KC/data/import"
cp "$ROOT/docker/keycloak/crm-realm.json" "$KC/data/import/"

log "Keycloak $KC_VERSION on port $KC_PORT (Java: $KEYCLOAK_JAVA_HOME)"
# Byte Buddy in Keycloak 26.0 knows JDKs up to 23; the flag lets it run on newer ones.
JAVA_HOME=$KEYCLOAK_JAVA_HOME JAVA_OPTS_APPEND="-Dnet.bytebuddy.experimental=true" \
KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
  "$KC/bin/kc.sh" start-dev --import-realm --http-port "$KC_PORT" --health-enabled true >"$WORK/keycloak.log" 2>&1 &
pids+=($!)
ISSUER=http://localhost:$KC_PORT/realms/crm
until curl -sf "$ISSUER/.well-known/openid-configuration" >/dev/null; do
  kill -0 "${pids[0]}" 2>/dev/null || { tail -40 "$WORK/keycloak.log"; fail "Keycloak did not start"; }
  sleep 1
done

log "Service on port $APP_PORT against $ISSUER"
QUARKUS_OIDC_AUTH_SERVER_URL=$ISSUER CRM_OIDC_AUDIENCE=crm-api QUARKUS_HTTP_PORT=$APP_PORT QUARKUS_MANAGEMENT_PORT=$MANAGEMENT_PORT \
CRM_EMBEDDED_DATABASE_DIRECTORY=$WORK/postgres \
  "$ROOT/bootstrap/run.sh" >"$WORK/app.log" 2>&1 &
pids+=($!)
until curl -sf "localhost:$MANAGEMENT_PORT/q/health/ready" >/dev/null; do
  kill -0 "${pids[1]}" 2>/dev/null || { tail -40 "$WORK/app.log"; fail "the service did not start"; }
  sleep 0.5
done

user_token() {
  curl -sf -d grant_type=password -d client_id=crm-cli -d username="$1" -d password=demo \
    "$ISSUER/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}
client_token() {
  curl -sf -d grant_type=client_credentials -d client_id="$1" -d client_secret="$2" \
    "$ISSUER/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}
# expect STATUS METHOD PATH TOKEN [BODY]: the response body is left in $WORK/body.
expect() {
  local want=$1 method=$2 path=$3 token=$4 body=${5:-} got
  local args=(-s -o "$WORK/body" -w '%{http_code}' -X "$method" "localhost:$APP_PORT$path")
  [ -n "$token" ] && args+=(-H "Authorization: Bearer $token")
  [ -n "$body" ] && args+=(-H 'Content-Type: application/json' -d "$body")
  got=$(curl "${args[@]}")
  [ "$got" = "$want" ] || fail "$method $path answered $got, expected $want: $(cat "$WORK/body")"
  printf 'ok  %s %s -> %s\n' "$method" "$path" "$got"
}
field() { sed -nE "s/.*\"$1\":\"([^\"]*)\".*/\1/p" "$WORK/body"; }
# The token's subject (the service's user id): the realm gives demo users their usernames as ids.
subject() { cut -d. -f2 <<<"$1" | tr '_-' '/+' | base64 -d 2>/dev/null | sed -nE 's/.*"sub":"([^"]*)".*/\1/p'; }

REP=$(user_token li.lei); OTHER_REP=$(user_token zhang.wei); MANAGER=$(user_token wang.fang)
ANALYST=$(user_token zhao.min); ADMIN=$(user_token crm.admin); FORM=$(client_token web-form web-form-secret)
[ -n "$REP" ] && [ -n "$FORM" ] || fail "Keycloak issued no token"

expect 401 GET /api/v1/customers ""
# Another client of the realm gets tokens signed by the same issuer, but not for this API.
expect 401 GET /api/v1/customers "$(client_token reporting-app reporting-secret)"
expect 404 POST /demo/tokens/li.lei ""
expect 201 POST /api/v1/customers "$REP" '{"name":"杭州西湖科技有限公司"}'
[ "$(subject "$REP")" = li.lei ] || fail "li.lei's token has subject $(subject "$REP"); the realm should give users their usernames as ids"
[ "$(field ownerId)" = li.lei ] || fail "owner is not the token's subject: $(cat "$WORK/body")"
[ "$(field team)" = east ] || fail "team claim not mapped: $(cat "$WORK/body")"
customer=$(field id)
expect 200 GET "/api/v1/customers/$customer" "$MANAGER"
expect 404 GET "/api/v1/customers/$customer" "$OTHER_REP"
expect 200 GET "/api/v1/customers/$customer" "$ADMIN"
expect 403 POST /api/v1/customers "$ANALYST" '{"name":"Not allowed"}'
expect 201 POST /api/v1/leads "$FORM" '{"personName":"王小明","company":"西湖贸易","phones":["13800138000"]}'
[ "$(field status)" = POOL ] || fail "an integration client's lead did not go to the pool: $(cat "$WORK/body")"
lead=$(field id)
expect 200 POST "/api/v1/leads/$lead/claim" "$REP"
expect 200 GET "/api/v1/leads/$lead/history" "$REP"
grep -q '"kind":"INTEGRATION"' "$WORK/body" || fail "capture not recorded as an integration's: $(cat "$WORK/body")"
# The event feed: for a client granted events-reader, not for a rep nor a capture-only client.
expect 200 GET "/api/v1/events?types=lead.claimed" "$(client_token event-sink event-sink-secret)"
grep -q "\"subjectId\":\"$lead\"" "$WORK/body" || fail "the claim is not in the event feed: $(cat "$WORK/body")"
expect 403 GET /api/v1/events "$REP"
expect 403 GET /api/v1/events "$FORM"
log "Realm export and production sign-in verified"
