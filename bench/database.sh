# Sourced by the benchmark scripts: a PostgreSQL server of the benchmarks' own, and fresh databases on it.
#
# The benchmarks measure VanThu as a province would run it, so they do not use the machine's server (which CI
# configures for tests, with autovacuum off): they start a cluster of their own from the machine's PostgreSQL binaries
# with the settings of a production server (autovacuum on, 1 GB of shared buffers), on 127.0.0.1:${BENCH_PG_PORT}, its
# files in ${BENCH_PG_DIR}. It keeps running between benchmarks; `bench_postgres_stop` stops it.

BENCH_PG_PORT="${BENCH_PG_PORT:-5433}"
BENCH_PG_DIR="${BENCH_PG_DIR:-/var/tmp/vanthu-bench-postgres}"
export PGHOST=127.0.0.1 PGPORT="$BENCH_PG_PORT"

as_postgres() {
    if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else sudo -n -u postgres "$@"; fi
}

pg_bin() { ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1; }

# bench_postgres: starts the benchmarks' server unless it runs already (made on first use).
bench_postgres() {
    pg_isready -q && return 0
    local bin
    bin="$(pg_bin)"
    if [ ! -f "$BENCH_PG_DIR/PG_VERSION" ]; then
        mkdir -p "$BENCH_PG_DIR" && chown postgres "$BENCH_PG_DIR" 2>/dev/null || true
        as_postgres "$bin/initdb" -D "$BENCH_PG_DIR" -A trust -E UTF8 --locale=C.UTF-8 -U postgres >/dev/null
    fi
    as_postgres "$bin/pg_ctl" -D "$BENCH_PG_DIR" -l "$BENCH_PG_DIR/server.log" -w start -o "-p $BENCH_PG_PORT \
        -c listen_addresses=127.0.0.1 -c unix_socket_directories=/tmp -c shared_buffers=1GB -c max_connections=200 \
        -c autovacuum=on -c shared_preload_libraries=pg_stat_statements" >/dev/null
}

bench_postgres_stop() {
    as_postgres "$(pg_bin)/pg_ctl" -D "$BENCH_PG_DIR" -m fast stop
}

# jdbc_url DB: how VanThu reaches database DB on the benchmarks' server.
jdbc_url() { echo "jdbc:postgresql://127.0.0.1:${BENCH_PG_PORT}/$1"; }

# fresh_database NAME USER PASSWORD: drops NAME and makes it again for USER, on the benchmarks' server.
fresh_database() {
    bench_postgres
    psql -U postgres -q -v ON_ERROR_STOP=1 -d postgres <<SQL
drop database if exists $1 with (force);
do \$\$ begin
    if not exists (select from pg_roles where rolname = '$2') then create role $2 login; end if;
end \$\$;
alter role $2 with login password '$3';
create database $1 owner $2 encoding 'UTF8' template template0;
SQL
}

# start_with_signatures PORT DB USER PASSWORD: a fresh database DB, then the packaged VanThu on PORT with the demo
# province, waiting until every agency's certificates are made (their background seeding would share the cores).
# Sets pid, data (a throw-away data directory, with VanThu's log in $data/vanthu.log) and base.
start_with_signatures() {
    local port="$1" db="$2" user="$3" password="$4" jar=app/target/vanthu.jar
    [ -f "$jar" ] || ./mvnw -B -q -DskipTests package
    fresh_database "$db" "$user" "$password"
    data="$(mktemp -d /tmp/vanthu-bench.XXXXXX)"
    VANTHU_DATA_DIR="$data" VANTHU_PORT="$port" VANTHU_DB_URL="$(jdbc_url "$db")" \
        VANTHU_DB_USER="$user" VANTHU_DB_PASSWORD="$password" java -Xmx2g -jar "$jar" >>"$data/vanthu.log" 2>&1 &
    pid=$!
    trap 'kill $pid 2>/dev/null || true' EXIT
    echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"
    until grep -q "Demo signatures: certificates and seals" "$data/vanthu.log"; do
        kill -0 $pid 2>/dev/null || { echo "VanThu died; see $data/vanthu.log"; exit 1; }
        sleep 1
    done
    base="http://localhost:$port"
}
