#!/usr/bin/env bash
# Incoming benchmark (issue 3): a year of a province in PostgreSQL, then registrations per second with 32 clerks at
# once (with the gap-free check) and the latency of inbox pages at that volume. Figures go to stdout;
# docs/benchmarks.md keeps them.
#
#   bash bench/incoming.sh [documents] [seconds]       # defaults: 1000000 documents, 30 s of registrations
#
# Runs on the benchmarks' own PostgreSQL server (bench/database.sh): a database vanthu_bench is created afresh, VanThu
# (the packaged jar) loads the demo province into it, bench/incoming-generate.sql adds the documents, and
# bench/LoadDriver.java drives the REST API.
set -euo pipefail
cd "$(dirname "$0")/.."
documents="${1:-1000000}"
seconds="${2:-30}"
port=18081
jar=app/target/vanthu.jar
db=vanthu_bench
user=vanthu_bench
password="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"

sql() { PGPASSWORD="$password" psql -h 127.0.0.1 -U "$user" -d "$db" -v ON_ERROR_STOP=1 -qtA "$@"; }

. bench/database.sh
[ -f "$jar" ] || ./mvnw -B -q -DskipTests package
fresh_database "$db" "$user" "$password"

data="$(mktemp -d /tmp/vanthu-bench.XXXXXX)"
log="$data/vanthu.log"
start_vanthu() {
    VANTHU_DATA_DIR="$data" VANTHU_PORT=$port VANTHU_DB_URL="$(jdbc_url "$db")" \
        VANTHU_DB_USER="$user" VANTHU_DB_PASSWORD="$password" java -Xmx2g -jar "$jar" >>"$log" 2>&1 &
    pid=$!
    until curl -fs "localhost:$port/actuator/health/readiness" >/dev/null 2>&1; do
        kill -0 $pid 2>/dev/null || { echo "VanThu died; see $log"; exit 1; }
        sleep 0.5
    done
}
stop_vanthu() { kill $pid; wait $pid 2>/dev/null || true; }
trap 'kill $pid 2>/dev/null || true' EXIT

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(psql --version)"
start_vanthu
until grep -q "Loaded the demo province" "$log"; do sleep 0.5; done
stop_vanthu

echo "== generating ${documents} incoming documents"
started=$(date +%s)
PGPASSWORD="$password" psql -h 127.0.0.1 -U "$user" -d "$db" -v ON_ERROR_STOP=1 -q -v docs="$documents" \
    -f bench/incoming-generate.sql >"$data/generate.log" 2>&1 || { cat "$data/generate.log"; exit 1; }
grep -A2 '^ *documents' "$data/generate.log" || true
echo "generated in $(( $(date +%s) - started )) s; database $(sql -c "select pg_size_pretty(pg_database_size('${db}'))")"

start_vanthu
base="http://localhost:$port"
clerks=$(sql -c "select string_agg(username, ',' order by username) from (select u.username from app_user u
    join app_user_role r on r.user_id = u.id where r.role = 'CLERK' order by u.username limit 32) c")

echo "== 32 clerks of 32 agencies registering at once"
# under full load on two cores the JIT needs three to four minutes to finish compiling the hot paths (C1/C2 still
# take 15% of the CPU after 90 s); a shorter warm-up measures mostly interpreted and C1 code, not a running server
java -Dwarmup="${WARMUP:-300}" bench/LoadDriver.java register "$base" "$seconds" "$clerks"
echo "== 32 clerks of one agency registering into one register"
java -Dwarmup=60 bench/LoadDriver.java register "$base" "$seconds" "$(printf 'vt.tinh%.0s,' $(seq 1 32) | sed 's/,$//')"

echo "== gap-free check: every register's numbers for 2026 are exactly 1..n"
broken=$(sql -c "select count(*) from (select register_id from incoming_document where register_year = 2026
    group by register_id having count(*) <> max(arrival_number) or count(distinct arrival_number) <> count(*)) b")
counters=$(sql -c "select count(*) from register_counter c where c.year = 2026 and c.last_number <> (select
    coalesce(max(arrival_number), 0) from incoming_document d where d.register_id = c.register_id and d.register_year = 2026)")
echo "registers with a gap or a duplicate: ${broken}; counters out of step with the documents: ${counters}"
echo "documents now: $(sql -c 'select count(*) from incoming_document')"

echo "== inbox pages at this volume"
# the two busiest people of each kind of work (leaders reviewing, specialists leading, unit heads coordinating,
# people informed), and the provincial clerk, whose inbox holds the load test's backlog
users=$(sql -c "select string_agg(distinct username, ',') from (select u.username, row_number() over (partition by
    t.role order by count(*) desc) r from app_user u join incoming_task t on t.assignee_id = u.id
    group by u.username, t.role) b where r <= 2")
java bench/LoadDriver.java inbox "$base" 200 "$users,vt.tinh"
stop_vanthu
rm -rf "$data"
[ "$broken" = "0" ] && [ "$counters" = "0" ]
