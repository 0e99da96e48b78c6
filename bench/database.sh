# Sourced by the benchmark scripts: a fresh database of their own on the PostgreSQL server at 127.0.0.1:5432.

as_postgres() {
    if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else sudo -n -u postgres "$@"; fi
}

# fresh_database NAME USER PASSWORD: starts the server if it is down, then drops NAME and makes it again for USER.
fresh_database() {
    pg_isready -h 127.0.0.1 -p 5432 -q \
        || pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n 1)" main start
    as_postgres psql -q -v ON_ERROR_STOP=1 -d postgres <<SQL
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
    VANTHU_DATA_DIR="$data" VANTHU_PORT="$port" VANTHU_DB_URL="jdbc:postgresql://127.0.0.1:5432/${db}" \
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
