#!/usr/bin/env bash
# What the domain events cost, and whether a feed reader keeps up, on the benchmark database that
# bench/run.sh left behind (1 million customers and leads, system PostgreSQL 15).
#  1. A/B of writes: the packaged service without events (BASE, a commit before them, built in a
#     worktree) against the current one (history entry plus outbox rows per change), ROUNDS times,
#     alternating so that the machine's drift and the growing tables hit both alike: customer
#     creates at concurrency 1 and 16, lead captures and claims at 16.
#  2. The current service under creates at concurrency 16 while one reader polls the feed: events
#     written and read per second, and how long the reader takes to drain what is left.
#  3. One reader paging through the whole feed at rest (limit 1000 and 100).
#   bench/events-ab.sh              BASE=<commit> ROUNDS=2 DURATION=15
set -euo pipefail
BASE=${BASE:-1b6b0ea}
ROUNDS=${ROUNDS:-2}
DURATION=${DURATION:-15}
PORT=${PORT:-18080}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-19000}
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
DB=crm_bench
PSQL=(psql -h 127.0.0.1 -U "$DB" -d "$DB" -v ON_ERROR_STOP=1 -qAt)
export BENCH_DIR PGPASSWORD=$DB
WORK=$(mktemp -d)
APP=
stop_app() {
  [ -n "$APP" ] || return 0
  kill "$APP" 2>/dev/null || true
  for _ in $(seq 100); do kill -0 "$APP" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$APP" 2>/dev/null || true
  APP=
}
trap 'stop_app; git -C "$ROOT" worktree remove --force "$WORK/base-src" 2>/dev/null || true; rm -rf "$WORK"' EXIT
log() { printf '\n== %s\n' "$*" >&2; }

log "Builds: $BASE (no events) and HEAD $(git -C "$ROOT" rev-parse --short HEAD)"
git -C "$ROOT" worktree add -q --detach "$WORK/base-src" "$BASE"
(cd "$WORK/base-src" && ./mvnw -q -B -o package -DskipTests)
mkdir -p "$WORK/base/bootstrap/target" "$WORK/events/bootstrap/target"
cp -r "$WORK/base-src/bootstrap/target/quarkus-app" "$WORK/base/bootstrap/target/"
cp "$WORK/base-src/bootstrap/run.sh" "$WORK/base/bootstrap/"
[ -f "$ROOT/bootstrap/target/quarkus-app/quarkus-run.jar" ] || (cd "$ROOT" && ./mvnw -q -B -o package -DskipTests)
cp -r "$ROOT/bootstrap/target/quarkus-app" "$WORK/events/bootstrap/target/"
cp "$ROOT/bootstrap/run.sh" "$WORK/events/bootstrap/"

pg_ctlcluster 15 main start 2>/dev/null || true
start() { # build
  # The build without events does not know the outbox's migration: let it start all the same.
  if [ "$1" = base ]; then export QUARKUS_FLYWAY_VALIDATE_ON_MIGRATE=false; else unset QUARKUS_FLYWAY_VALIDATE_ON_MIGRATE; fi
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
  QUARKUS_DATASOURCE_USERNAME=$DB QUARKUS_DATASOURCE_PASSWORD=$DB \
  QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$MANAGEMENT_PORT \
  CRM_DEMO_IDENTITIES=true CRM_RATE_LIMIT_ENABLED=false CRM_POOL_SWEEP_EVERY=2s \
    "$WORK/$1/bootstrap/run.sh" >"$WORK/$1.log" 2>&1 &
  APP=$!
  until curl -sf "localhost:$MANAGEMENT_PORT/q/health/ready" >/dev/null; do
    kill -0 "$APP" 2>/dev/null || { tail -40 "$WORK/$1.log" >&2; exit 1; }
    sleep 0.1
  done
}
token() { curl -sf -X POST "localhost:$PORT/demo/tokens/$1" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'; }
wrk_rps() { # script connections [env...] -> "rps p99"
  local script=$1 conns=$2 threads=2; shift 2
  [ "$conns" -gt 1 ] || threads=1
  env "$@" wrk -t"$threads" -c"$conns" -d"${DURATION}s" -s "$BENCH_DIR/wrk/$script" "http://localhost:$PORT" |
    sed -nE 's/^RESULT rps=([0-9.]+).*p99_ms=([0-9.]+).*/\1 \2/p'
}

printf 'round\tbuild\tcreate c1 rps/p99\tcreate c16 rps/p99\tcapture c16 rps/p99\tclaim c16 rps/p99\n'
for round in $(seq 1 "$ROUNDS"); do
  for build in base events; do
    start "$build"
    REP=$(token li.lei)
    ADMIN=$(token admin)
    # Claims measure the pool, not its limits.
    etag=$(curl -sf -D - -o /dev/null "localhost:$PORT/api/v1/pool-policy" -H "Authorization: Bearer $ADMIN" | sed -nE 's/^[Ee][Tt]ag: *(.*)\r?$/\1/p' | tr -d '\r')
    curl -sf -X PUT "localhost:$PORT/api/v1/pool-policy" -H "Authorization: Bearer $ADMIN" -H "If-Match: $etag" \
      -H 'Content-Type: application/json' -d '{"followUpDeadlineDays":30,"conversionDeadlineDays":90,"reclaimCooldownDays":7}' >/dev/null
    TOKEN=$REP wrk -t2 -c16 -d10s -s "$BENCH_DIR/wrk/create.lua" "http://localhost:$PORT" >/dev/null
    c1=$(wrk_rps create.lua 1 TOKEN="$REP")
    c16=$(wrk_rps create.lua 16 TOKEN="$REP")
    capture=$(wrk_rps create-lead.lua 16 TOKEN="$REP")
    "${PSQL[@]}" -c "SELECT id FROM lead WHERE status = 'POOL' ORDER BY random() LIMIT 100000" >"$WORK/pool-ids.txt"
    claim=$(wrk_rps claim.lua 16 TOKEN="$REP" TOKENS="$REP,$(token han.meimei),$(token zhang.wei)" POOL_IDS_FILE="$WORK/pool-ids.txt")
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$build" "$c1" "$c16" "$capture" "$claim"
    stop_app
  done
done

log "Feed reader during creates at concurrency 16 (${DURATION} s), then draining"
start events
REP=$(token li.lei)
SINK=$(token event-sink)
tail_cursor=$(python3 "$BENCH_DIR/feed-reader.py" "http://localhost:$PORT" "$SINK" "" 0 | sed -nE 's/.*"cursor": "([^"]*)".*/\1/p')
before=$("${PSQL[@]}" -c "SELECT count(*) FROM domain_event")
python3 "$BENCH_DIR/feed-reader.py" "http://localhost:$PORT" "$SINK" "$tail_cursor" "$((DURATION + 1))" 1000 >"$WORK/live.json" &
reader=$!
TOKEN=$REP wrk -t2 -c16 -d"${DURATION}s" -s "$BENCH_DIR/wrk/create.lua" "http://localhost:$PORT" |
  sed -nE 's/^RESULT (.*)/creates while read: \1/p'
wait "$reader"
written=$(( $("${PSQL[@]}" -c "SELECT count(*) FROM domain_event") - before ))
echo "events written: $written in ${DURATION} s ($(awk -v n="$written" -v s="$DURATION" 'BEGIN{printf "%.0f", n/s}')/s); reader: $(cat "$WORK/live.json")"

log "One reader through the whole feed at rest"
total=$("${PSQL[@]}" -c "SELECT count(*) FROM domain_event")
for limit in 1000 100; do
  echo "feed of $total events, limit $limit: $(python3 "$BENCH_DIR/feed-reader.py" "http://localhost:$PORT" "$SINK" "" 0 "$limit")"
done
"${PSQL[@]}" -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM domain_event WHERE feed_order < pg_snapshot_xmin(pg_current_snapshot())::text::bigint AND (feed_order, position) > (0, 0) ORDER BY feed_order, position LIMIT 1001" | sed 's/^/plan: /'
"${PSQL[@]}" -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM ((SELECT * FROM domain_event WHERE type = 'customer.archived' AND feed_order < pg_snapshot_xmin(pg_current_snapshot())::text::bigint AND (feed_order, position) > (0, 0) ORDER BY feed_order, position LIMIT 101)) e ORDER BY feed_order, position LIMIT 101" | sed 's/^/plan (rare type): /'
stop_app
