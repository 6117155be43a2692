#!/usr/bin/env bash
# A/B of JVM memory settings on the benchmark database that bench/run.sh left behind: for each
# setting in turn (ROUNDS times, alternating, so that the machine's drift hits all alike) it starts
# the packaged service, warms it up, drives point reads, list pages and name searches at
# concurrency 16 and reads the peak RSS. Writes one line per run to stdout.
#   bench/memory-ab.sh "<JAVA_OPTS of A>" "<JAVA_OPTS of B>" ...     ROUNDS=3 DURATION=15
# A setting may start with environment assignments (MALLOC_ARENA_MAX=2 -Xmx192m ...).
set -euo pipefail
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-15}
PORT=${PORT:-18080}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-19000}
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
DB=crm_bench
export BENCH_DIR PGPASSWORD=$DB
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
psql -h 127.0.0.1 -U $DB -d $DB -At -c \
  "SELECT id FROM customer WHERE owner_id = 'li.lei' ORDER BY random() LIMIT 20000" >"$WORK/ids.txt"
export IDS_FILE=$WORK/ids.txt

measure() { # script token -> "rps p99"
  TOKEN=$2 wrk -t2 -c16 -d"${DURATION}s" -s "$BENCH_DIR/wrk/$1" "http://localhost:$PORT" |
    sed -nE 's/^RESULT rps=([0-9.]+).*p99_ms=([0-9.]+).*/\1 \2/p'
}

printf 'round\tsetting\tget rps\tget p99\tlist rps\tlist p99\tsearch rps\tsearch p99\tpeak RSS MB\tRSS MB\n'
for round in $(seq 1 "$ROUNDS"); do
  for setting in "$@"; do
    environment=(); options="$setting"
    while [[ "$options" =~ ^([A-Z_]+=[^ ]*)\ *(.*)$ ]]; do
      environment+=("${BASH_REMATCH[1]}"); options="${BASH_REMATCH[2]}"
    done
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
    QUARKUS_DATASOURCE_USERNAME=$DB QUARKUS_DATASOURCE_PASSWORD=$DB \
    QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$MANAGEMENT_PORT \
    CRM_DEMO_IDENTITIES=true CRM_RATE_LIMIT_ENABLED=false CRM_POOL_SWEEP_EVERY=2s \
    JAVA_OPTS="$options" env "${environment[@]}" "$ROOT/bootstrap/run.sh" >"$WORK/app.log" 2>&1 &
    app=$!
    until curl -sf "localhost:$MANAGEMENT_PORT/q/health/ready" >/dev/null; do
      kill -0 $app 2>/dev/null || { tail -20 "$WORK/app.log" >&2; exit 1; }
      sleep 0.2
    done
    token() { curl -sf -X POST "localhost:$PORT/demo/tokens/$1" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'; }
    rep=$(token li.lei); manager=$(token wang.fang); admin=$(token admin)
    TOKEN=$rep wrk -t2 -c16 -d20s -s "$BENCH_DIR/wrk/get-by-id.lua" "http://localhost:$PORT" >/dev/null
    TOKEN=$manager wrk -t2 -c16 -d10s -s "$BENCH_DIR/wrk/list-page.lua" "http://localhost:$PORT" >/dev/null
    get=$(measure get-by-id.lua "$rep")
    list=$(measure list-page.lua "$manager")
    search=$(measure name-search.lua "$admin")
    peak=$(( $(sed -nE 's/^VmHWM:\s+([0-9]+) kB/\1/p' /proc/$app/status) / 1024 ))
    now=$(( $(sed -nE 's/^VmRSS:\s+([0-9]+) kB/\1/p' /proc/$app/status) / 1024 ))
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$setting" "${get/ /$'\t'}" "${list/ /$'\t'}" "${search/ /$'\t'}" "$peak" "$now"
    kill $app; wait $app 2>/dev/null || true
  done
done
