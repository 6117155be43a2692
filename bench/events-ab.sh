#!/usr/bin/env bash
# What the domain events cost, and whether a feed reader keeps up, on the benchmark database that
# bench/run.sh left behind (1 million customers and leads, system PostgreSQL 15).
#  1. A/B of writes: the packaged service without events (BASE, a commit before them, built in a
#     worktree) against the current one (history entry plus outbox rows per change), ROUNDS times,
#     alternating so that the machine's drift and the growing tables hit both alike: customer
#     creates at concurrency 1 and 16, lead captures and claims at 16. Each figure is req/s, p99 ms
#     and CPU ms per request (service JVM plus PostgreSQL, from /proc). Before the claims the three
#     bench reps start afresh (their leads back in the pool, their ownership log cleared), and they
#     claim under a policy with hold and daily limits, which both builds count; a last run claims
#     without limits, which the current build no longer counts.
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
cpu_ticks() { # the service JVM's and PostgreSQL's CPU ticks so far
  local pg=0 f
  for f in $(pgrep -x postgres); do pg=$((pg + $(awk '{print $14+$15}' "/proc/$f/stat" 2>/dev/null || echo 0))); done
  echo "$(awk '{print $14+$15}' "/proc/$(pgrep -P "$APP" java || echo "$APP")/stat") $pg"
}
wrk_rps() { # script connections [env...] -> "rps p99 cpu-ms-per-request"
  local script=$1 conns=$2 threads=2 out j0 p0 j1 p1; shift 2
  [ "$conns" -gt 1 ] || threads=1
  read -r j0 p0 < <(cpu_ticks)
  out=$(env "$@" wrk -t"$threads" -c"$conns" -d"${DURATION}s" -s "$BENCH_DIR/wrk/$script" "http://localhost:$PORT" |
    sed -nE 's/^RESULT rps=([0-9.]+).*p99_ms=([0-9.]+).*requests=([0-9]+).*/\1 \2 \3/p')
  read -r j1 p1 < <(cpu_ticks)
  awk -v o="$out" -v t=$((j1 - j0 + p1 - p0)) -v hz="$(getconf CLK_TCK)" \
    'BEGIN{split(o, f, " "); printf "%s/%s/%.2f", f[1], f[2], t * 1000 / hz / f[3]}'
}
policy() { # JSON body of the pool policy
  local etag
  etag=$(curl -sf -D - -o /dev/null "localhost:$PORT/api/v1/pool-policy" -H "Authorization: Bearer $ADMIN" | sed -nE 's/^[Ee][Tt]ag: *(.*)\r?$/\1/p' | tr -d '\r')
  curl -sf -X PUT "localhost:$PORT/api/v1/pool-policy" -H "Authorization: Bearer $ADMIN" -H "If-Match: $etag" \
    -H 'Content-Type: application/json' -d "$1" >/dev/null
}
reps_afresh() { # the bench reps hold nothing and have claimed nothing, as at the first run
  "${PSQL[@]}" -c "UPDATE lead SET status = 'POOL', owner_id = NULL, team = NULL, held_since = NULL,
      last_follow_up_at = NULL, version = version + 1, updated_at = now()
    WHERE owner_id IN ('li.lei', 'han.meimei', 'zhang.wei') AND status = 'OWNED'" \
    -c "DELETE FROM lead_ownership WHERE rep_id IN ('li.lei', 'han.meimei', 'zhang.wei')" \
    -c "VACUUM ANALYZE lead_ownership"
}
claims() { # ids-file -> figures of claims by the three reps
  wrk_rps claim.lua 16 TOKEN="$REP" TOKENS="$REP,$(token han.meimei),$(token zhang.wei)" POOL_IDS_FILE="$1"
}

printf 'round\tbuild\tcreate c1\tcreate c16\tcapture c16\tclaim c16 (limits)\tclaim c16 (no limits)\n'
for round in $(seq 1 "$ROUNDS"); do
  for build in base events; do
    start "$build"
    REP=$(token li.lei)
    ADMIN=$(token admin)
    TOKEN=$REP wrk -t2 -c16 -d10s -s "$BENCH_DIR/wrk/create.lua" "http://localhost:$PORT" >/dev/null
    c1=$(wrk_rps create.lua 1 TOKEN="$REP")
    c16=$(wrk_rps create.lua 16 TOKEN="$REP")
    capture=$(wrk_rps create-lead.lua 16 TOKEN="$REP")
    reps_afresh
    "${PSQL[@]}" -c "SELECT id FROM lead WHERE status = 'POOL' ORDER BY random() LIMIT 150000" >"$WORK/pool-ids.txt"
    sed -n '1,50000p' "$WORK/pool-ids.txt" >"$WORK/warm-ids.txt"
    sed -n '50001,100000p' "$WORK/pool-ids.txt" >"$WORK/limits-ids.txt"
    sed -n '100001,150000p' "$WORK/pool-ids.txt" >"$WORK/open-ids.txt"
    # Limits high enough never to refuse, so that every claim is counted and made.
    policy '{"maxHeldLeads":100000,"maxClaimsPerDay":100000,"followUpDeadlineDays":30,"conversionDeadlineDays":90,"reclaimCooldownDays":7}'
    claims "$WORK/warm-ids.txt" >/dev/null
    reps_afresh
    claim=$(claims "$WORK/limits-ids.txt")
    policy '{"followUpDeadlineDays":30,"conversionDeadlineDays":90,"reclaimCooldownDays":7}'
    open=$(claims "$WORK/open-ids.txt")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$build" "$c1" "$c16" "$capture" "$claim" "$open"
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
