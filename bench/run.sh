#!/usr/bin/env bash
# The benchmark: loads N customers (default 1 million) into the system PostgreSQL 15, runs the
# packaged service against it and drives it with wrk at concurrency 1 and 16; measures pgbench
# -S -M prepared on the same database as the machine's physical limit; writes docs/benchmarks.md.
#   sudo bench/run.sh [customers]        DURATION=15 seconds per run by default
#   SCENARIOS=customers,leads (default both); LEADS=1000000 leads next to the customers.
#   REUSE_DATA=1 keeps the database of an earlier run that stopped before its first write (its
#   generation takes a quarter of an hour); otherwise the data is generated afresh.
# The service runs from a copy of the packaged app, so a build meanwhile cannot pull classes from
# under it.
# Not part of the test run. Needs root (apt-get for wrk, pg_ctlcluster), a JDK and curl.
set -euo pipefail
N=${1:-1000000}
LEADS=${LEADS:-$N}
SCENARIOS=${SCENARIOS:-customers,leads}
DURATION=${DURATION:-15}
PORT=${PORT:-18080}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-19000}
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

log "PostgreSQL 15 (system cluster), database $DB"
pg_ctlcluster 15 main start 2>/dev/null || true
su postgres -c "psql -q -c \"ALTER SYSTEM SET shared_buffers = '1GB'\"" >/dev/null
pg_ctlcluster 15 main restart
reuse=
if [ "${REUSE_DATA:-}" = 1 ] &&
  [ "$("${PSQL[@]}" -At -c "SELECT (SELECT count(*) FROM customer) = $N AND (SELECT count(*) FROM lead) = $LEADS AND NOT EXISTS (SELECT FROM change_history)" 2>/dev/null)" = t ]; then
  reuse=1
  log "Reusing the data of an earlier run"
else
su postgres -c "psql -q -v ON_ERROR_STOP=1" <<SQL
DROP DATABASE IF EXISTS $DB;
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB') THEN
    CREATE ROLE $DB LOGIN PASSWORD '$DB';
  END IF;
END \$\$;
CREATE DATABASE $DB OWNER $DB LOCALE 'C.UTF-8' TEMPLATE template0;
SQL
fi

log "Service"
JAR=$ROOT/bootstrap/target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -q -B package -DskipTests)
mkdir -p "$WORK/bootstrap/target"
cp "$ROOT/bootstrap/run.sh" "$WORK/bootstrap/"
cp -r "$ROOT/bootstrap/target/quarkus-app" "$WORK/bootstrap/target/"
started=$(date +%s%N)
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
QUARKUS_DATASOURCE_USERNAME=$DB QUARKUS_DATASOURCE_PASSWORD=$DB QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$MANAGEMENT_PORT \
CRM_POOL_SWEEP_EVERY=2s CRM_POOL_SWEEP_DELAY=1s CRM_DEMO_IDENTITIES=true \
CRM_RATE_LIMIT_ENABLED=false \
  "$WORK/bootstrap/run.sh" >"$WORK/app.log" 2>&1 &
APP=$!
# The service must be gone before its copy is: its shutdown still loads classes from the jars.
stop_app() {
  kill "$APP" 2>/dev/null || return 0
  for _ in $(seq 100); do kill -0 "$APP" 2>/dev/null || return 0; sleep 0.1; done
  kill -9 "$APP" 2>/dev/null || true
}
trap 'stop_app; rm -rf "$WORK"' EXIT
until curl -sf "localhost:$MANAGEMENT_PORT/q/health/ready" >/dev/null; do
  kill -0 $APP 2>/dev/null || { cat "$WORK/app.log" >&2; exit 1; }
  sleep 0.05
done
startup_ms=$(( ($(date +%s%N) - started) / 1000000 ))
rss_idle_mb=$(( $(ps -o rss= -p $APP) / 1024 ))

if [ -z "$reuse" ]; then
log "Data: $N customers with contacts"
t0=$(date +%s)
"${PSQL[@]}" -v customers="$N" -f "$BENCH_DIR/generate-customers.sql"
# Autovacuum would get there too; a benchmark should not measure the GIN pending list.
"${PSQL[@]}" -c "VACUUM ANALYZE customer" -c "VACUUM ANALYZE contact"
load_s=$(( $(date +%s) - t0 ))
fi
if [ -z "$reuse" ] && [[ $SCENARIOS == *leads* ]]; then
  log "Data: $LEADS leads"
  t1=$(date +%s)
  "${PSQL[@]}" -v leads="$LEADS" -f "$BENCH_DIR/generate-leads.sql"
  "${PSQL[@]}" -c "VACUUM ANALYZE lead"
  lead_load_s=$(( $(date +%s) - t1 ))
fi
counts=$("${PSQL[@]}" -At -c "SELECT (SELECT count(*) FROM customer) || ' customers, ' || (SELECT count(*) FROM contact) || ' contacts, ' || (SELECT count(*) FROM lead) || ' leads (' || (SELECT count(*) FROM lead WHERE status = 'POOL') || ' in the pool)'")
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
if [[ $SCENARIOS == *customers* ]]; then
  # Reads first, at both concurrencies: the creates add thousands of customers to one team, which
  # would otherwise change what the later list pages walk.
  for c in 1 16; do
    run "get customer by id (rep)" get-by-id.lua "$REP" $c
    run "filtered list page (manager, team of 100k)" list-page.lua "$MANAGER" $c
    run "typo-tolerant name search (admin, all customers)" name-search.lua "$ADMIN" $c
    SORT=name run "name search in name order (manager, team of 100k)" name-search.lua "$MANAGER" $c
    run "typo-tolerant name search (rep, own customers)" name-search.lua "$REP" $c
  done
  for c in 1 16; do
    run "create customer (rep)" create.lua "$REP" $c
  done
fi
if [[ $SCENARIOS == *leads* ]]; then
  # Claims and captures measure the pool, not its limits: a policy without hold or daily limits.
  etag=$(curl -sf -D - -o /dev/null "localhost:$PORT/api/v1/pool-policy" -H "Authorization: Bearer $ADMIN" | sed -nE 's/^[Ee][Tt]ag: *(.*)\r?$/\1/p' | tr -d '\r')
  curl -sf -X PUT "localhost:$PORT/api/v1/pool-policy" -H "Authorization: Bearer $ADMIN" -H "If-Match: $etag" \
    -H 'Content-Type: application/json' -d '{"followUpDeadlineDays":30,"conversionDeadlineDays":90,"reclaimCooldownDays":7}' >/dev/null
  "${PSQL[@]}" -At -c "SELECT phones[1] FROM lead WHERE phones[1] ~ '^\\+861(3[0-9]|5[0-35-9]|8[0-9])' ORDER BY random() LIMIT 20000" >"$WORK/phones.txt"
  "${PSQL[@]}" -At -c "SELECT regexp_replace(company, '(股份|集团|有限责任|有限)+公司$', '') FROM lead ORDER BY random() LIMIT 20000" >"$WORK/names.txt"
  export PHONES_FILE=$WORK/phones.txt NAMES_FILE=$WORK/names.txt
  # As for customers, reads before writes: the captures go to the pool and would change what the
  # pool listing walks.
  for c in 1 16; do
    run "single duplicate check (rep)" duplicate-check.lua "$REP" $c
    run "pool listing (rep)" pool-list.lua "$REP" $c
  done
  for c in 1 16; do
    run "capture lead with duplicate check (rep)" create-lead.lua "$REP" $c
  done
  # Claims: every request a lead of its own, so no warm-up run that would take them first.
  TOKENS="$REP,$(token han.meimei),$(token zhang.wei)"
  for c in 1 16; do
    "${PSQL[@]}" -At -c "SELECT id FROM lead WHERE status = 'POOL' ORDER BY random() LIMIT 100000" >"$WORK/pool-ids.txt"
    threads=1; [ "$c" -gt 1 ] && threads=2
    line=$(TOKENS=$TOKENS POOL_IDS_FILE=$WORK/pool-ids.txt TOKEN=$REP wrk -t$threads -c$c -d"${DURATION}s" -s "$BENCH_DIR/wrk/claim.lua" "http://localhost:$PORT" | grep '^RESULT')
    log "claim c=$c: $line"
    results+=("claim a pooled lead (3 reps)|$c|$line")
  done
  log "Auto-return sweep of 100 000 overdue leads"
  "${PSQL[@]}" -c "UPDATE lead SET held_since = now() - interval '40 days', last_follow_up_at = NULL WHERE id IN (SELECT id FROM lead WHERE status = 'OWNED' ORDER BY random() LIMIT 100000)"
  t2=$(date +%s%N)
  while [ "$("${PSQL[@]}" -At -c "SELECT count(*) FROM lead WHERE status = 'OWNED' AND held_since < now() - interval '35 days'")" -gt 0 ]; do
    sleep 1
  done
  sweep_ms=$(( ($(date +%s%N) - t2) / 1000000 ))
  returned=$("${PSQL[@]}" -At -c "SELECT count(*) FROM change_history WHERE action = 'RETURNED_TO_POOL'")
  log "sweep: $returned returned in $sweep_ms ms"
  "${PSQL[@]}" -c "SELECT set_config('pg_trgm.similarity_threshold', '0.5', false); EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT l.id FROM lead l WHERE l.status IN ('POOL', 'OWNED') AND (l.phones && '{+8613812345678}'::text[] OR l.company_key % crm_company_key('杭州华信东方科枝有限公司'))" >"$WORK/plan-duplicates.txt"
fi
rss_loaded_mb=$(( $(ps -o rss= -p $APP) / 1024 ))
status_mb() { echo $(( $(sed -nE "s/^$1:\s+([0-9]+) kB/\1/p" /proc/$APP/status) / 1024 )); }
rss_anon_mb=$(status_mb RssAnon); rss_file_mb=$(status_mb RssFile); threads=$(sed -nE 's/^Threads:\s+//p' /proc/$APP/status)
heap_used=$(jcmd $APP GC.heap_info 2>/dev/null | sed -nE 's/.*total ([0-9]+K), used ([0-9]+K).*/\2 of \1/p' | head -2 | paste -sd';' | sed 's/;/ (young); /; s/$/ (old)/')
token_cache=$(curl -sf "localhost:$MANAGEMENT_PORT/q/metrics" | sed -nE 's/^crm_auth_verified_tokens_(hits|misses)_total[^ ]* ([0-9.E+]+)$/\1 \2/p' | paste -sd' ')
arenas=$(tr '\0' '\n' </proc/$APP/environ | sed -n 's/^MALLOC_ARENA_MAX=//p')
rss_peak_mb=$(( $(sed -nE 's/^VmHWM:\s+([0-9]+) kB/\1/p' /proc/$APP/status) / 1024 ))
jvm_options=$(ps -o args= -p $APP | sed -E 's/^java (.*) -jar .*/\1/')

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
  echo "The service runs with its default settings ($(sed -nE 's/^quarkus.datasource.jdbc.max-size=([0-9]+)/\1/p' "$ROOT/bootstrap/src/main/resources/application.properties") database connections)."
  echo
  if [ -n "$reuse" ]; then
    echo "Data: $counts; generated by \`bench/generate-customers.sql\` and \`bench/generate-leads.sql\` for an earlier run that stopped before its first write, and kept (REUSE_DATA=1)."
  else
    echo "Data: $counts; customers loaded set-based in ${load_s} s (\`bench/generate-customers.sql\`)${lead_load_s:+, leads in ${lead_load_s} s (\`bench/generate-leads.sql\`)}."
  fi
  echo "Service start to ready: ${startup_ms} ms; RSS ${rss_idle_mb} MB idle, ${rss_loaded_mb} MB after the load, ${rss_peak_mb} MB at its peak."
  echo "After the load: ${rss_anon_mb} MB anonymous (heap, metaspace, code, stacks, malloc) and ${rss_file_mb} MB mapped files; ${threads} threads; heap in use ${heap_used:-unknown}."
  echo "JVM options (\`bootstrap/run.sh\`, JAVA_OPTS to override): \`${jvm_options}\`; MALLOC_ARENA_MAX=${arenas:-unset}."
  echo "Verified-token cache over the whole run: ${token_cache:-no figures} (a hit skips the signature check and claim parsing)."
  echo
  echo "| scenario | concurrency | req/s | p50 ms | p90 ms | p99 ms | p99.9 ms | errors |"
  echo "|---|---|---|---|---|---|---|---|"
  field() { sed -E "s/.*$1=([0-9.]+).*/\\1/" <<<"$line"; } # a figure of the RESULT line in $line
  for r in "${results[@]}"; do
    IFS='|' read -r name conns line <<<"$r"
    echo "| $name | $conns | $(field rps) | $(field p50_ms) | $(field p90_ms) | $(field p99_ms) | $(field p999_ms) | $(field errors) |"
  done
  [ -n "${sweep_ms:-}" ] && echo "| auto-return sweep: $returned overdue leads returned to the pool (batches of 500, with history) | 1 | $(awk -v n="$returned" -v ms="$sweep_ms" 'BEGIN{printf "%.0f", n*1000/ms}') leads/s | | | total $sweep_ms ms | | |"
  echo "| pgbench -S -M prepared (physical limit) | 1 | $pg1 | | | | | |"
  echo "| pgbench -S -M prepared (physical limit) | 16 | $pg16 | | | | | |"
  echo
  echo "Point read as a share of pgbench's select-only rate (the same run):"
  echo
  for r in "${results[@]}"; do
    IFS='|' read -r name conns line <<<"$r"
    if [[ $name == get* ]]; then
      base=$pg1; [ "$conns" = 16 ] && base=$pg16
      echo "- get by id at concurrency $conns: $(awk -v a="$(field rps)" -v b="$base" 'BEGIN{printf "%.1f", 100*a/b}') % of pgbench (target ≥ 10 %)"
    fi
  done
  echo
  echo "Targets at 1 million customers: point read ≥ 10 % of pgbench select-only and p99 < 15 ms; list and search p99 < 50 ms."
  echo "Target at 1 million leads and 1 million customers: a single duplicate check p99 < 20 ms (concurrency 1 above)."
  echo "Errors of \"capture lead\" are 409 \`duplicate.exact-match\`: a random phone of the load script that a generated lead already has."
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
  if [ -f "$WORK/plan-duplicates.txt" ]; then
    echo
    echo "Duplicate check over 1M leads, the lead side of one check as psql plans it with both conditions in one scan (phone GIN and company-key trigram GIN, bitmap OR; the service runs each as a bounded branch, see below):"
    echo
    echo '```'
    cat "$WORK/plan-duplicates.txt"
    echo '```'
  fi
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
