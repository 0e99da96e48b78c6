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
