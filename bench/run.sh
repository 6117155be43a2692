#!/usr/bin/env bash
# The benchmark: loads N customers (default 1 million) into the system PostgreSQL 15, runs the
# packaged service against it and drives it with wrk at concurrency 1 and 16; measures pgbench
# -S -M prepared on the same database as the machine's physical limit; writes docs/benchmarks.md.
#   sudo bench/run.sh [customers]        DURATION=15 seconds per run by default
# Not part of the test run. Needs root (apt-get for wrk, pg_ctlcluster), a JDK and curl.
set -euo pipefail
N=${1:-1000000}
DURATION=${DURATION:-15}
PORT=${PORT:-18080}
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
OUT=${OUT:-$ROOT/docs/benchmarks.md}
WORK=$(mktemp -d)
export BENCH_DIR
DB=crm_bench
PSQL=(psql -h 127.0.0.1 -U "$DB" -d "$DB" -v ON_ERROR_STOP=1 -q)
export PGPASSWORD=$DB

log() { printf '\n== %s\n' "$*" >&2; }

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

log "PostgreSQL 15 (system cluster), fresh database $DB"
pg_ctlcluster 15 main start 2>/dev/null || true
su postgres -c "psql -q -c \"ALTER SYSTEM SET shared_buffers = '1GB'\"" >/dev/null
pg_ctlcluster 15 main restart
su postgres -c "psql -q -v ON_ERROR_STOP=1" <<SQL
DROP DATABASE IF EXISTS $DB;
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB') THEN
    CREATE ROLE $DB LOGIN PASSWORD '$DB';
  END IF;
END \$\$;
CREATE DATABASE $DB OWNER $DB LOCALE 'C.UTF-8' TEMPLATE template0;
SQL

log "Service"
JAR=$ROOT/bootstrap/target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -q -B package -DskipTests)
started=$(date +%s%N)
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
QUARKUS_DATASOURCE_USERNAME=$DB QUARKUS_DATASOURCE_PASSWORD=$DB QUARKUS_HTTP_PORT=$PORT \
  java -jar "$JAR" >"$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT
until curl -sf "localhost:$PORT/q/health/ready" >/dev/null; do
  kill -0 $APP 2>/dev/null || { cat "$WORK/app.log" >&2; exit 1; }
  sleep 0.05
done
startup_ms=$(( ($(date +%s%N) - started) / 1000000 ))
rss_idle_mb=$(( $(ps -o rss= -p $APP) / 1024 ))

log "Data: $N customers with contacts"
t0=$(date +%s)
"${PSQL[@]}" -v customers="$N" -f "$BENCH_DIR/generate-customers.sql"
# Autovacuum would get there too; a benchmark should not measure the GIN pending list.
"${PSQL[@]}" -c "VACUUM ANALYZE customer" -c "VACUUM ANALYZE contact"
load_s=$(( $(date +%s) - t0 ))
counts=$("${PSQL[@]}" -At -c "SELECT (SELECT count(*) FROM customer) || ' customers, ' || (SELECT count(*) FROM contact) || ' contacts'")
"${PSQL[@]}" -At -c "SELECT id FROM customer WHERE owner_id = 'li.lei' ORDER BY random() LIMIT 20000" >"$WORK/li-ids.txt"
export IDS_FILE=$WORK/li-ids.txt

token() { curl -sf -X POST "localhost:$PORT/demo/tokens/$1" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'; }
REP=$(token li.lei); MANAGER=$(token wang.fang); ADMIN=$(token admin)

# Warm up the JIT and caches (10 s at concurrency 16) before every measurement.
results=()
run() { # name script token connections
  local name=$1 script=$2 tok=$3 conns=$4 threads=1 line
  [ "$conns" -gt 1 ] && threads=2
  TOKEN=$tok wrk -t2 -c16 -d10s -s "$BENCH_DIR/wrk/$script" "http://localhost:$PORT" >/dev/null
  line=$(TOKEN=$tok wrk -t$threads -c"$conns" -d"${DURATION}s" -s "$BENCH_DIR/wrk/$script" "http://localhost:$PORT" | grep '^RESULT')
  log "$name c=$conns: $line"
  results+=("$name|$conns|$line")
}

log "Load"
for c in 1 16; do
  run "get customer by id (rep)" get-by-id.lua "$REP" $c
  run "filtered list page (manager, team of 100k)" list-page.lua "$MANAGER" $c
  run "typo-tolerant name search (admin, all customers)" name-search.lua "$ADMIN" $c
  run "create customer (rep)" create.lua "$REP" $c
done
rss_loaded_mb=$(( $(ps -o rss= -p $APP) / 1024 ))

log "pgbench -S -M prepared on the same database"
pgbench -h 127.0.0.1 -U $DB -i -s 10 -q $DB >/dev/null 2>&1
pg1=$(pgbench -h 127.0.0.1 -U $DB -S -M prepared -c 1 -j 1 -T "$DURATION" $DB 2>/dev/null | sed -nE 's/^tps = ([0-9.]+).*/\1/p')
pg16=$(pgbench -h 127.0.0.1 -U $DB -S -M prepared -c 16 -j 2 -T "$DURATION" $DB 2>/dev/null | sed -nE 's/^tps = ([0-9.]+).*/\1/p')

log "Plans"
"${PSQL[@]}" -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT c.id FROM customer c WHERE c.archived_at IS NULL AND c.team = 'east' AND c.industry = 'Retail' ORDER BY c.name, c.id LIMIT 51" >"$WORK/plan-list.txt"
"${PSQL[@]}" -c "SELECT set_config('pg_trgm.word_similarity_threshold', '0.6', false); EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT c.id, word_similarity(crm_search_text('杭州华信科技'), c.search_name) AS score FROM customer c WHERE c.archived_at IS NULL AND crm_search_text('杭州华信科技') <% c.search_name ORDER BY score DESC, c.id DESC LIMIT 21" >"$WORK/plan-search.txt"

{
  echo "# Benchmarks"
  echo
  echo "Measured by \`bench/run.sh $N\` (DURATION=$DURATION s per run) on $(date -u +%Y-%m-%d), commit $(cd "$ROOT" && git rev-parse --short HEAD)."
  echo "Machine: $(nproc) cores ($(sed -nE 's/^model name\s*: (.*)/\1/p' /proc/cpuinfo | head -1)), $(free -g | awk '/Mem:/{print $2}') GiB;"
  echo "$(java -version 2>&1 | head -1); PostgreSQL $(su postgres -c 'psql -At -c "SHOW server_version"') (system cluster, shared_buffers 1GB)."
  echo "The service, PostgreSQL and the load generator (wrk) share the same 2 cores, so figures are lower bounds."
  echo
  echo "Data: $counts, loaded set-based in ${load_s} s (\`bench/generate-customers.sql\`)."
  echo "Service start to ready: ${startup_ms} ms; RSS ${rss_idle_mb} MB idle, ${rss_loaded_mb} MB after the load."
  echo
  echo "| scenario | concurrency | req/s | p50 ms | p99 ms | errors |"
  echo "|---|---|---|---|---|---|"
  for r in "${results[@]}"; do
    IFS='|' read -r name conns line <<<"$r"
    rps=$(sed -E 's/.*rps=([0-9.]+).*/\1/' <<<"$line"); p50=$(sed -E 's/.*p50_ms=([0-9.]+).*/\1/' <<<"$line")
    p99=$(sed -E 's/.*p99_ms=([0-9.]+).*/\1/' <<<"$line"); err=$(sed -E 's/.*errors=([0-9]+).*/\1/' <<<"$line")
    echo "| $name | $conns | $rps | $p50 | $p99 | $err |"
  done
  echo "| pgbench -S -M prepared (physical limit) | 1 | $pg1 | | | |"
  echo "| pgbench -S -M prepared (physical limit) | 16 | $pg16 | | | |"
  echo
  echo "Point read as a share of pgbench's select-only rate: see the ratio column below."
  echo
  for r in "${results[@]}"; do
    IFS='|' read -r name conns line <<<"$r"
    if [[ $name == get* ]]; then
      rps=$(sed -E 's/.*rps=([0-9.]+).*/\1/' <<<"$line")
      base=$pg1; [ "$conns" = 16 ] && base=$pg16
      echo "- get by id at concurrency $conns: $(awk -v a="$rps" -v b="$base" 'BEGIN{printf "%.1f", 100*a/b}') % of pgbench (target ≥ 10 %)"
    fi
  done
  echo
  echo "Targets at 1 million customers: point read ≥ 10 % of pgbench select-only and p99 < 15 ms; list and search p99 < 50 ms."
  echo
  echo "## Query plans"
  echo
  echo "Filtered list page (team + industry, keyset order):"
  echo
  echo '```'
  cat "$WORK/plan-list.txt"
  echo '```'
  echo
  echo "Name search (trigram GIN on the CJK-spaced search form of the name):"
  echo
  echo '```'
  cat "$WORK/plan-search.txt"
  echo '```'
  echo
  cat "$BENCH_DIR/analysis.md"
  echo
  echo "## Repeat"
  echo
  echo '```bash'
  echo "./mvnw package -DskipTests && sudo bench/run.sh $N"
  echo '```'
} >"$OUT"
log "Written $OUT"
