# Sourced by the PostgreSQL benchmarks (evaluation, research, survey, mutual help), from the repository's root:
#   . app/bench/pg-app.sh
#   bench_start NAME PORT "SQL counting what the demo loads last" MIN
# Finds (or builds) the packaged jar (HEZUO_BENCH_JAR names another), creates a throwaway database, starts the app on
# it with the demo school, waits until it is healthy and until the SQL counts at least MIN (the demo loads after
# startup), and drops the database when the script ends. Sets PSQL (an array), DB, BASE, LOG and JAR.
# Needs: PostgreSQL on 127.0.0.1:5432 (user postgres, trust), psql, curl, java 17+.
PGHOST=127.0.0.1; PGUSER=postgres
PSQL=(psql -h "$PGHOST" -U "$PGUSER" -v ON_ERROR_STOP=1 -q)
DB="hezuo_bench_$(date -u +%Y%m%d%H%M%S)_$$"
server_pid=""
bench_exit_steps=()

# Runs a command when the script ends (before the database is dropped).
bench_on_exit() { bench_exit_steps+=("$1"); }

bench_cleanup() {
  local step
  for step in "${bench_exit_steps[@]}"; do eval "$step" || true; done
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  "${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)" || true
  echo "dropped database $DB"
}

bench_start() {
  local name=$1 port=$2 ready_sql=$3 ready_min=$4 n
  JAR=${HEZUO_BENCH_JAR:-$(ls app/target/hezuo-app-*.jar 2>/dev/null | grep -v original | head -1 || true)}
  if [ -z "$JAR" ]; then
    ./mvnw -q -pl app -am package -DskipTests
    JAR=$(ls app/target/hezuo-app-*.jar | grep -v original | head -1)
  fi
  LOG=app/target/$name-bench-server.log
  BASE="http://127.0.0.1:$port"
  trap bench_cleanup EXIT
  "${PSQL[@]}" -d postgres -c "create database $DB with template template0 encoding 'UTF8'"
  echo "database $DB; starting $JAR on port $port (log: $LOG)"
  HEZUO_DB_URL="jdbc:postgresql://$PGHOST:5432/$DB" HEZUO_DB_USER=$PGUSER HEZUO_DEMO=true \
    java -Xmx768m -jar "$JAR" --spring.profiles.active=postgres --server.port="$port" \
         --logging.level.root=WARN >"$LOG" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 900); do
    if curl -fs "$BASE/actuator/health" | grep -q UP; then break; fi
    sleep 1
  done
  curl -fs "$BASE/actuator/health" | grep -q UP || { echo "server did not start"; tail -50 "$LOG"; exit 1; }
  for _ in $(seq 1 900); do
    n=$("${PSQL[@]}" -d "$DB" -tAc "$ready_sql" 2>/dev/null || echo 0)
    [ "$n" -ge "$ready_min" ] && break
    sleep 1
  done
}
