#!/usr/bin/env bash
# The independent contract check (CI): the service on port $1 (demo identities on, fresh
# database) is called through Prism's validating proxy by a Newman run of the collection that
# Portman makes from openapi/openapi.json: every operation once as the contract describes it,
# chained on one lead and one customer, plus Portman's fuzzed variants of each request. The run
# fails on any 5xx and on any response Prism finds at odds with the contract (a status the
# operation does not document, a body or header that does not match its schema). Then the same
# run against a copy of the contract that the service does not keep must fail: the check can.
set -euo pipefail
cd "$(dirname "$0")"
service="http://127.0.0.1:$1"
work="$(mktemp -d)"
proxy_pid=""
stop_proxy() { if [ -n "$proxy_pid" ]; then kill "$proxy_pid" 2>/dev/null || true; proxy_pid=""; fi; }
# Portman keeps its working copy in ./tmp.
trap 'stop_proxy; rm -rf "$work" tmp' EXIT
export SCARF_ANALYTICS=false

npm ci --no-audit --no-fund --loglevel=error >/dev/null

json_field() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s)[process.argv[1]]))' "$1"; }
token() { curl -sf -X POST "$service/demo/tokens/$1" | json_field accessToken; }
admin="$(token admin)"
# The directory knows a user from their first request: han.meimei receives leads in the run.
curl -sf -o /dev/null -H "Authorization: Bearer $(token han.meimei)" "$service/api/v1/users/me"
spare_lead="$(curl -sf -X POST "$service/api/v1/leads" -H "Authorization: Bearer $admin" \
  -H 'Content-Type: application/json' -d '{"personName":"备用线索","phones":["139 0000 0001"]}' \
  | json_field id)"
spare_customer="$(curl -sf -D "$work/spare-customer.headers" -X POST "$service/api/v1/customers" \
  -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' -d '{"name":"备用客户"}' \
  | json_field id)"
spare_customer_etag="$(sed -nE 's/^[Ee][Tt][Aa][Gg]: *(.*)$/\1/p' "$work/spare-customer.headers" | tr -d '\r')"

# Runs the collection made from contract $1 through a proxy validating against it.
run_against() {
  local contract="$1" name="$2" proxy_port
  proxy_port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
  node_modules/.bin/prism proxy "$contract" "$service" --host 127.0.0.1 --port "$proxy_port" \
    >"$work/$name-prism.log" 2>&1 &
  proxy_pid=$!
  for _ in $(seq 1 60); do
    curl -s -o /dev/null "http://127.0.0.1:$proxy_port/q/openapi" && break
    sleep 1
  done
  node portman-config.js "$contract" "$work/$name-portman.json"
  node_modules/.bin/portman -l "$contract" -c "$work/$name-portman.json" \
    -b "http://127.0.0.1:$proxy_port" -o "$work/$name-collection.json" >"$work/$name-portman.log" 2>&1 \
    || { cat "$work/$name-portman.log" >&2; return 1; }
  local status=0
  node_modules/.bin/newman run "$work/$name-collection.json" --env-var "bearerToken=$admin" \
    --env-var "spareLeadId=$spare_lead" --env-var "spareCustomerId=$spare_customer" \
    --env-var "spareCustomerEtag=$spare_customer_etag" --reporters cli \
    --reporter-cli-no-success-assertions --reporter-cli-no-console || status=$?
  stop_proxy
  return "$status"
}

run_against "$(realpath ../../openapi/openapi.json)" contract

echo "== Self-test: a contract the service does not keep (Lead without 'masked') must fail"
node -e '
  const c = require(process.argv[1]);
  const lead = c.components.schemas.Lead;
  delete lead.properties.masked;
  lead.required = lead.required.filter(p => p !== "masked");
  require("fs").writeFileSync(process.argv[2], JSON.stringify(c));' \
  "$(realpath ../../openapi/openapi.json)" "$work/tampered.json"
if run_against "$work/tampered.json" tampered >"$work/tampered.out" 2>&1; then
  echo "the contract check passed a service that does not keep its contract" >&2
  exit 1
fi
grep -q "must NOT have additional properties; found 'masked'" "$work/tampered.out" \
  || { tail -40 "$work/tampered.out" >&2; exit 1; }
echo "the tampered contract failed, as it must"
