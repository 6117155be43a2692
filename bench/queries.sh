#!/usr/bin/env bash
# "Every query fast": on the database of bench/run.sh (1 million generated customers), draws
# random customer-list cases — every documented filter alone and combined, rare values as often as
# common ones, every order, as an admin, a manager and a rep — and name searches as people type
# them (one or two Chinese characters, city and trade words, English words, fragments, typos, whole
# names) and lead lists with random combinations of their filters and orders
# (bench/queries/cases.py), and drives them through the packaged service with a load driver
# that keeps every latency per case (bench/queries/QueryDriver.java), at concurrency 1 and 16.
# Reports the worst cases by their own p99, CPU per request (service and PostgreSQL, from /proc),
# pgbench -S at concurrency 1, 2 and 16 with a warning when the machine looks noisy, the plan of the
# worst case's slowest statement (from the PostgreSQL log, explained once more), and the p99 of
# customer creates and updates (the write cost of the indexes).
#   sudo bench/queries.sh        DURATION=60 s per run, WARMUP=60 s, CASES=240 lists + SEARCHES=80
#                                + LEADS=60 lead lists
# Customers that earlier write benchmarks created (tagged "bench") are archived first, so the lists
# see the generated data set. Writes the "Every query fast" section of docs/benchmarks.md.
set -euo pipefail
DURATION=${DURATION:-60}
WARMUP=${WARMUP:-60}
CASES=${CASES:-240}
SEARCHES=${SEARCHES:-80}
LEADS=${LEADS:-60}
SEED=${SEED:-1}
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
. "$BENCH_DIR/service.sh"

log "Data"
"${PSQL[@]}" -c "UPDATE customer SET archived_at = created_at WHERE 'bench' = ANY (tags) AND archived_at IS NULL" \
  -c "VACUUM ANALYZE customer"
customers=$("${PSQL[@]}" -At -c "SELECT count(*) FROM customer WHERE archived_at IS NULL")
python3 "$BENCH_DIR/queries/cases.py" "$SEED" "$CASES" "$SEARCHES" "$LEADS" >"$WORK/cases.tsv"

export TOKEN_ADMIN TOKEN_MANAGER TOKEN_REP
TOKEN_ADMIN=$(token admin); TOKEN_MANAGER=$(token wang.fang); TOKEN_REP=$(token li.lei)

drive() { # concurrency output: the cases for DURATION; prints "req/s p50 p99 cpu"
  local j0 p0 j1 p1 all n
  read -r j0 p0 < <(cpu_ticks)
  java "$BENCH_DIR/queries/QueryDriver.java" "http://localhost:$PORT" "$WORK/cases.tsv" "$DURATION" "$1" >"$2"
  read -r j1 p1 < <(cpu_ticks)
  all=$(grep '^all' "$2")
  n=$(cut -f3 <<<"$all")
  printf '%s\t%s\n' "$all" "$(awk -v j=$((j1 - j0)) -v p=$((p1 - p0)) -v n="$n" -v hz="$(getconf CLK_TCK)" \
    'BEGIN{if (n == 0) print "n/a"; else printf "%.2f/%.2f", j*1000/hz/n, p*1000/hz/n}')"
}

log "Warm-up ($WARMUP s)"
java "$BENCH_DIR/queries/QueryDriver.java" "http://localhost:$PORT" "$WORK/cases.tsv" "$WARMUP" 4 >/dev/null

log "Load"
c1=$(drive 1 "$WORK/c1.tsv"); log "c=1: $c1"
c16=$(drive 16 "$WORK/c16.tsv"); log "c=16: $c16"

log "Plan of the worst case"
worst_label=$(grep '^case' "$WORK/c1.tsv" | awk -F'\t' '$5 != "-"' | sort -t$'\t' -k6 -g -r | awk -F'\t' 'NR == 1 {print $2}')
IFS=$'\t' read -r _ worst_role worst_path < <(awk -F'\t' -v l="$worst_label" '$1 == l' "$WORK/cases.tsv")
worst_token=TOKEN_${worst_role^^}
ask_worst() { curl -s -o /dev/null -H "Authorization: Bearer ${!worst_token}" "http://localhost:$PORT$worst_path"; }
ask_worst; ask_worst
superuser_psql() { su postgres -c "env -u PGHOST -u PGUSER -u PGPASSWORD -u PGDATABASE psql -q $(printf '%q ' "$@")" >/dev/null; }
PG_LOG=$(ls -t /var/log/postgresql/postgresql-15-main.log 2>/dev/null | head -1)
worst_plan="(no PostgreSQL log to read the statements from)"
if [ -n "$PG_LOG" ]; then
  offset=$(stat -c %s "$PG_LOG")
  superuser_psql -c "ALTER SYSTEM SET log_min_duration_statement = 0" -c "SELECT pg_reload_conf()"
  sleep 0.5; ask_worst; sleep 0.5
  superuser_psql -c "ALTER SYSTEM RESET log_min_duration_statement" -c "SELECT pg_reload_conf()"
  statement=$(python3 "$BENCH_DIR/queries/slowest_statement.py" "$PG_LOG" "$offset")
  # The service sets the trigram threshold on its connections; psql's session needs it too.
  worst_plan=$("${PSQL[@]}" -c "SET pg_trgm.word_similarity_threshold = 0.6" \
    -c "EXPLAIN (ANALYZE, BUFFERS) $statement" 2>&1 || true)
fi

log "Writes"
writes=()
for c in 1 16; do
  line=$(env TOKEN="$TOKEN_REP" wrk -t$((c > 1 ? 2 : 1)) -c$c -d"$((DURATION / 4))s" -s "$BENCH_DIR/wrk/create.lua" "http://localhost:$PORT" | grep '^RESULT')
  writes+=("create customer (rep)|$c|$line")
  # Every customer patched once ("id version" lines), so no update conflicts with another.
  "${PSQL[@]}" -At -F' ' -c "SELECT id, version FROM customer WHERE archived_at IS NULL
    AND NOT ('bench' = ANY (tags)) ORDER BY random() LIMIT 30000" >"$WORK/update-ids.txt"
  line=$(env TOKEN="$TOKEN_ADMIN" IDS_FILE="$WORK/update-ids.txt" THREADS=$((c > 1 ? 2 : 1)) \
    wrk -t$((c > 1 ? 2 : 1)) -c$c -d"$((DURATION / 4))s" -s "$BENCH_DIR/wrk/update.lua" "http://localhost:$PORT" | grep '^RESULT')
  writes+=("update customer's notes (admin)|$c|$line")
done
"${PSQL[@]}" -c "UPDATE customer SET archived_at = created_at WHERE 'bench' = ANY (tags) AND archived_at IS NULL"

log "pgbench -S -M prepared"
pgbench -i -s 10 -q >/dev/null 2>&1
declare -A pg
for c in 1 2 16; do
  pg[$c]=$(pgbench -S -M prepared -c $c -j $((c > 1 ? 2 : 1)) -T "$((DURATION / 4))" 2>/dev/null | sed -nE 's/^tps = ([0-9.]+).*/\1/p')
done
best=$(printf '%s\n' "${pg[1]}" "${pg[2]}" "${pg[16]}" | sort -g | tail -1)
noisy=$(awk -v a="${pg[16]}" -v b="${pg[2]}" 'BEGIN{print (a < b / 2) ? 1 : 0}')

section=$WORK/queries.md
worst() { # file: the ten cases with the highest p99
  printf '| case | requests | p50 ms | p99 ms | max ms |\n|---|---|---|---|---|\n'
  grep '^case' "$1" | awk -F'\t' '$5 != "-"' | sort -t$'\t' -k6 -g -r | awk 'NR <= 10' |
    awk -F'\t' '{gsub(/\|/, "\\|", $2); printf "| %s | %s | %s | %s | %s |\n", $2, $3, $5, $6, $7}'
}
within() { # file: how many cases keep their p99 under 50 ms
  grep '^case' "$1" | awk -F'\t' '$5 != "-" {n++; if ($6 < 50) k++} END{printf "%d of %d", k, n}'
}
{
  echo "<!-- queries:begin -->"
  echo "## Every query fast"
  echo
  echo "Measured by \`bench/queries.sh\` (DURATION=$DURATION s per run, after ${WARMUP} s of warm-up, seed $SEED) on $(date -u +%Y-%m-%d), commit $(cd "$ROOT" && git rev-parse --short HEAD), on the database of \`bench/run.sh\`: $customers active customers."
  echo "$CASES customer-list cases, $SEARCHES name searches and $LEADS lead-list cases drawn from the data (\`bench/queries/cases.py\`; a case drawn twice counts once), each request a case at random."
  echo
  echo "pgbench -S -M prepared on the same machine: ${pg[1]} tps at c=1, ${pg[2]} at c=2, ${pg[16]} at c=16 (c=16 is $(awk -v a="${pg[16]}" -v b="$best" 'BEGIN{printf "%.0f", a*100/b}') % of the best)$( [ "$noisy" = 1 ] && echo " — WARNING: c=16 is far below c=2, the machine looks noisy; compare CPU per request rather than req/s")."
  echo
  echo "| concurrency | req/s | requests | errors | p50 ms | p99 ms | max ms | CPU ms per request (service / PostgreSQL) | cases with p99 < 50 ms |"
  echo "|---|---|---|---|---|---|---|---|---|"
  for c in 1 16; do
    line=$([ $c = 1 ] && echo "$c1" || echo "$c16")
    IFS=$'\t' read -r _ rate requests errors p50 p99 max cpu <<<"$line"
    echo "| $c | ${rate% req/s} | $requests | $errors | $p50 | $p99 | $max | $cpu | $(within "$WORK/c$c.tsv") |"
  done
  echo
  echo "By kind of query (each case's own p99):"
  echo
  echo "| kind | concurrency | cases | cases with p99 < 50 ms | median case p50 ms | worst case p99 ms |"
  echo "|---|---|---|---|---|---|"
  for c in 1 16; do
    for kind in list search leads; do
      grep '^case' "$WORK/c$c.tsv" | awk -F'\t' -v k="$kind" '$5 != "-" && index($2, k " ") == 1' |
        sort -t$'\t' -k5 -g | awk -F'\t' -v k="$kind" -v c=$c '
          {n++; p50[n] = $5; if ($6 < 50) within++; if ($6 > worst) worst = $6}
          END {if (n) printf "| %s | %s | %d | %d | %s | %s |\n",
            (k == "list" ? "customer lists" : k == "search" ? "name searches" : "lead lists"),
            c, n, within, p50[int((n + 1) / 2)], worst}'
    done
  done
  echo
  echo "The ten worst cases at concurrency 1 (each case's own latencies):"
  echo
  worst "$WORK/c1.tsv"
  echo
  echo "The plan of the slowest statement of the worst case at concurrency 1 ($worst_label), run once more with EXPLAIN (ANALYZE, BUFFERS):"
  echo
  echo '```text'
  echo "$worst_plan"
  echo '```'
  echo
  echo "The ten worst cases at concurrency 16:"
  echo
  worst "$WORK/c16.tsv"
  echo
  echo "Writes with these indexes:"
  echo
  echo "| scenario | concurrency | req/s | p50 ms | p99 ms |"
  echo "|---|---|---|---|---|"
  for w in "${writes[@]}"; do
    IFS='|' read -r name c line <<<"$w"
    echo "| $name | $c | $(sed -E 's/.*rps=([0-9.]+).*/\1/' <<<"$line") | $(sed -E 's/.*p50_ms=([0-9.]+).*/\1/' <<<"$line") | $(sed -E 's/.*p99_ms=([0-9.]+).*/\1/' <<<"$line") |"
  done
  echo
  cat "$BENCH_DIR/queries-analysis.md"
  echo "<!-- queries:end -->"
} >"$section"

if grep -q '<!-- queries:begin -->' "$OUT"; then
  python3 - "$OUT" "$section" <<'PY'
import sys
out, section = sys.argv[1], open(sys.argv[2]).read()
text = open(out).read()
start = text.index("<!-- queries:begin -->")
end = text.index("<!-- queries:end -->") + len("<!-- queries:end -->\n")
open(out, "w").write(text[:start] + section + text[end:])
PY
else
  { echo; cat "$section"; } >>"$OUT"
fi
log "Written the Every query fast section of $OUT"
