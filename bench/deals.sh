#!/usr/bin/env bash
# The deals benchmark: on the database of bench/run.sh (its customers), adds 1 million
# opportunities with their stage visits and 300 000 contracts with 3 million installments and
# their payments, then drives the packaged service with wrk: the opportunity list, opening an
# opportunity and moving it, the aging report, two years of monthly revenue, a team's forecast, and
# point reads while reports run at concurrency 4. Prints CPU time per request (service and
# PostgreSQL, from /proc) beside req/s and p99, and pgbench -S at concurrency 1, 2 and 16.
#   sudo bench/deals.sh            DURATION=15 s per run; WARMUP=60 s before the first run
# Writes the "Deals" section of docs/benchmarks.md. Not part of the test run.
set -euo pipefail
OPPORTUNITIES=${OPPORTUNITIES:-1000000}
CONTRACTS=${CONTRACTS:-300000}
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-60}
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
. "$BENCH_DIR/service.sh"

if [ "$("${PSQL[@]}" -At -c "SELECT count(*) FROM opportunity")" -lt "$OPPORTUNITIES" ]; then
  log "Data: $OPPORTUNITIES opportunities, $CONTRACTS contracts"
  t0=$(date +%s)
  "${PSQL[@]}" -v opportunities="$OPPORTUNITIES" -v contracts="$CONTRACTS" -f "$BENCH_DIR/generate-deals.sql"
  load_s=$(( $(date +%s) - t0 ))
fi
# As autovacuum would in time: the visibility map lets the covering indexes answer alone.
"${PSQL[@]}" -c "VACUUM ANALYZE opportunity" -c "VACUUM ANALYZE contract_installment" \
  -c "VACUUM ANALYZE receivable_due" -c "VACUUM ANALYZE revenue_day" -c "VACUUM ANALYZE forecast_month"
counts=$("${PSQL[@]}" -At -c "SELECT (SELECT count(*) FROM opportunity) || ' opportunities with ' || (SELECT count(*) FROM opportunity_stage_visit) || ' stage visits, ' || (SELECT count(*) FROM contract) || ' contracts with ' || (SELECT count(*) FROM contract_installment) || ' installments and ' || (SELECT count(*) FROM contract_payment) || ' payments'")
"${PSQL[@]}" -At -c "SELECT id FROM customer WHERE owner_id = 'li.lei' AND archived_at IS NULL ORDER BY random() LIMIT 20000" >"$WORK/li-ids.txt"
"${PSQL[@]}" -At -c "SELECT id FROM opportunity WHERE owner_id = 'li.lei' AND status = 'OPEN' AND stage_id IN ('7e1f0000-0000-4000-8000-000000000001', '7e1f0000-0000-4000-8000-000000000002') ORDER BY random() LIMIT 20000" >"$WORK/opp-ids.txt"
export IDS_FILE=$WORK/li-ids.txt OPP_IDS_FILE=$WORK/opp-ids.txt

REP=$(token li.lei); MANAGER=$(token wang.fang); ADMIN=$(token admin)

results=()
run() { # name script token connections [env...]
  local name=$1 script=$2 tok=$3 conns=$4 threads=2 line j0 p0 j1 p1; shift 4
  [ "$conns" -gt 1 ] || threads=1
  read -r j0 p0 < <(cpu_ticks)
  line=$(env TOKEN="$tok" "$@" wrk -t$threads -c"$conns" -d"${DURATION}s" -s "$BENCH_DIR/wrk/$script" "http://localhost:$PORT" | grep '^RESULT')
  read -r j1 p1 < <(cpu_ticks)
  line="$line cpu_ms=$(awk -v l="$line" -v j=$((j1 - j0)) -v p=$((p1 - p0)) -v hz="$(getconf CLK_TCK)" \
    'BEGIN{match(l, /requests=[0-9]+/); n=substr(l, RSTART+9, RLENGTH-9); if (p < 0) p = 0;
           if (n == 0) printf "n/a"; else printf "%.2f/%.2f", j*1000/hz/n, p*1000/hz/n}')"
  log "$name c=$conns: $line"
  results+=("$name|$conns|$line")
}

log "Warm-up ($WARMUP s)"
TOKEN=$MANAGER wrk -t2 -c8 -d"$((WARMUP / 2))s" -s "$BENCH_DIR/wrk/opp-list.lua" "http://localhost:$PORT" >/dev/null
TOKEN=$ADMIN wrk -t1 -c2 -d"$((WARMUP / 2))s" -s "$BENCH_DIR/wrk/report.lua" "http://localhost:$PORT" >/dev/null

log "Load"
for c in 1 16; do
  run "opportunity list, filtered and sorted (manager, team east)" opp-list.lua "$MANAGER" $c
done
run "aging report by team (admin, whole company)" report.lua "$ADMIN" 1 REPORT="/api/v1/receivables/aging?groupBy=team"
run "revenue, 24 months (admin, whole company)" report.lua "$ADMIN" 1 REPORT="/api/v1/revenue?groupBy=month&from=2024-12-01&to=2026-11-30"
run "forecast by quarter for a year (manager, team east)" report.lua "$MANAGER" 1 REPORT="/api/v1/forecast?period=quarter&from=2026-01-01&to=2026-12-31&team=east"
run "point read: get opportunity (rep), alone" opp-get.lua "$REP" 4
# Point reads while reports run at concurrency 4 (reports queue for their own admission places).
TOKEN=$ADMIN wrk -t1 -c4 -d"$((DURATION + 4))s" -s "$BENCH_DIR/wrk/report.lua" "http://localhost:$PORT" >"$WORK/reports.txt" &
REPORTS=$!
sleep 2
run "point read: get opportunity (rep), reports at c=4 meanwhile" opp-get.lua "$REP" 4
wait $REPORTS
reports_line=$(grep '^RESULT' "$WORK/reports.txt")
results+=("reports (aging, revenue, forecast) during the point reads|4|$reports_line")
for c in 1 16; do
  run "open an opportunity (rep)" opp-create.lua "$REP" $c
  run "move an opportunity's stage (rep)" opp-move.lua "$REP" $c
done

log "pgbench -S -M prepared"
pgbench -h 127.0.0.1 -U $DB -i -s 10 -q $DB >/dev/null 2>&1
declare -A pg
for c in 1 2 16; do
  pg[$c]=$(pgbench -h 127.0.0.1 -U $DB -S -M prepared -c $c -j $((c > 1 ? 2 : 1)) -T "$DURATION" $DB 2>/dev/null | sed -nE 's/^tps = ([0-9.]+).*/\1/p')
done

log "Plans"
"${PSQL[@]}" -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT o.id FROM opportunity o WHERE o.team = 'east' AND o.status = 'OPEN' ORDER BY COALESCE(o.amount, -1) DESC, o.id DESC LIMIT 51" >"$WORK/plan-list.txt"

section=$WORK/deals.md
{
  echo "<!-- deals:begin -->"
  echo "## Deals"
  echo
  echo "Measured by \`bench/deals.sh\` (DURATION=$DURATION s per run, after ${WARMUP} s of warm-up) on $(date -u +%Y-%m-%d), commit $(cd "$ROOT" && git rev-parse --short HEAD), on the database of \`bench/run.sh\`."
  echo "Data: $counts${load_s:+; generated set-based in ${load_s} s (\`bench/generate-deals.sql\`)}."
  echo "pgbench -S -M prepared on the same machine: ${pg[1]} tps at c=1, ${pg[2]} at c=2, ${pg[16]} at c=16$(awk -v a="${pg[16]}" -v b="${pg[2]}" 'BEGIN{if (a < 0.7*b) printf " — WARNING: c=16 is far below c=2, the machine looks noisy; compare CPU per request rather than req/s"}')."
  echo
  echo "| scenario | concurrency | req/s | p50 ms | p99 ms | errors | CPU ms per request (service / PostgreSQL) |"
  echo "|---|---|---|---|---|---|---|"
  field() { sed -E "s/.*$1=([0-9.]+).*/\\1/" <<<"$line"; }
  for r in "${results[@]}"; do
    IFS='|' read -r name conns line <<<"$r"
    cpu=$(sed -nE 's/.*cpu_ms=([^ ]+).*/\1/p' <<<"$line")
    echo "| $name | $conns | $(field rps) | $(field p50_ms) | $(field p99_ms) | $(field errors) | $cpu |"
  done
  echo
  echo "Targets: opportunity list p99 < 50 ms at c=16; open an opportunity and move its stage p99 < 30 ms; aging report and 24 months of revenue < 300 ms; a team's forecast < 100 ms; point reads p99 < 15 ms while reports run at c=4."
  echo
  echo "Opportunity list of a team by amount (the plan):"
  echo
  echo '```'
  cat "$WORK/plan-list.txt"
  echo '```'
  echo
  cat "$BENCH_DIR/deals-analysis.md"
  echo "<!-- deals:end -->"
} >"$section"
if grep -q '<!-- deals:begin -->' "$OUT"; then
  awk -v f="$section" '/<!-- deals:begin -->/{while ((getline l < f) > 0) print l; skip=1} !skip{print} /<!-- deals:end -->/{skip=0}' "$OUT" >"$WORK/out.md"
  cp "$WORK/out.md" "$OUT"
else
  { echo; cat "$section"; } >>"$OUT"
fi
log "Written the Deals section of $OUT"
