# Sourced by the benchmarks that run on the database of bench/run.sh (deals.sh, queries.sh), with
# BENCH_DIR set: their common settings (ports, the output file, a work directory, the database and
# psql for it), checks the tools and the data, starts a copy of the packaged service against
# crm_bench (so a build meanwhile cannot pull classes from under it) and stops it on exit;
# cpu_ticks reads the service's and PostgreSQL's CPU time.
PORT=${PORT:-18080}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-19000}
ROOT=$(dirname "$BENCH_DIR")
OUT=${OUT:-$ROOT/docs/benchmarks.md}
WORK=$(mktemp -d)
export BENCH_DIR
DB=crm_bench
export PGHOST=127.0.0.1 PGUSER=$DB PGDATABASE=$DB PGPASSWORD=$DB
PSQL=(psql -v ON_ERROR_STOP=1 -q)
log() { printf '\n== %s\n' "$*" >&2; }

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
pg_ctlcluster 15 main start 2>/dev/null || true
[ "$("${PSQL[@]}" -At -c "SELECT count(*) > 0 FROM customer" 2>/dev/null)" = t ] ||
  { echo "No customers: run bench/run.sh first" >&2; exit 1; }

JAR=$ROOT/bootstrap/target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -q -B package -DskipTests)
mkdir -p "$WORK/bootstrap/target"
cp "$ROOT/bootstrap/run.sh" "$WORK/bootstrap/"
cp -r "$ROOT/bootstrap/target/quarkus-app" "$WORK/bootstrap/target/"
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
QUARKUS_DATASOURCE_USERNAME=$DB QUARKUS_DATASOURCE_PASSWORD=$DB QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$MANAGEMENT_PORT \
CRM_DEMO_IDENTITIES=true CRM_RATE_LIMIT_ENABLED=false \
  "$WORK/bootstrap/run.sh" >"$WORK/app.log" 2>&1 &
APP=$!
stop_app() {
  kill "$APP" 2>/dev/null || return 0
  for _ in $(seq 100); do kill -0 "$APP" 2>/dev/null || return 0; sleep 0.1; done
  kill -9 "$APP" 2>/dev/null || true
}
trap 'stop_app; rm -rf "$WORK"' EXIT
until curl -sf "localhost:$MANAGEMENT_PORT/q/health/ready" >/dev/null; do
  kill -0 $APP 2>/dev/null || { cat "$WORK/app.log" >&2; exit 1; }
  sleep 0.1
done

token() { curl -sf -X POST "localhost:$PORT/demo/tokens/$1" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'; }

cpu_ticks() { # the service JVM's and PostgreSQL's CPU ticks so far
  local pg=0 f
  for f in $(pgrep -x postgres); do pg=$((pg + $(awk '{print $14+$15}' "/proc/$f/stat" 2>/dev/null || echo 0))); done
  echo "$(awk '{print $14+$15}' "/proc/$(pgrep -P "$APP" java || echo "$APP")/stat") $pg"
}
