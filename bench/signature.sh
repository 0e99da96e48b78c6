#!/usr/bin/env bash
# Signature benchmark (issue 4): signatures per second (an official's personal signature, then the clerk's agency
# signature, on a 1 MB PDF, timestamped by the built-in TSA, at PAdES BASELINE-LT) and the validation time of a PDF
# with one signature and of one with five. Figures go to stdout; docs/benchmarks.md keeps them.
#
#   bash bench/signature.sh [seconds] [pairs]      # defaults: 30 s of signing, 4 official-and-clerk pairs at once
#
# Needs the PostgreSQL server on 127.0.0.1:5432 (as .ci/run does): a database vanthu_bench_signature is created
# afresh, VanThu (the packaged jar) loads the demo province with its certificates, and bench/LoadDriver.java drives
# the REST API.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
pairs="${2:-4}"
port=18082
jar=app/target/vanthu.jar
db=vanthu_bench_signature
user=vanthu_bench
password="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"

. bench/database.sh
[ -f "$jar" ] || ./mvnw -B -q -DskipTests package
fresh_database "$db" "$user" "$password"

data="$(mktemp -d /tmp/vanthu-bench.XXXXXX)"
log="$data/vanthu.log"
VANTHU_DATA_DIR="$data" VANTHU_PORT=$port VANTHU_DB_URL="jdbc:postgresql://127.0.0.1:5432/${db}" \
    VANTHU_DB_USER="$user" VANTHU_DB_PASSWORD="$password" java -Xmx2g -jar "$jar" >>"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"
# the demo province and every agency's certificates: the background seeding must be over, or it shares the cores
until grep -q "Demo signatures: certificates and seals" "$log"; do
    kill -0 $pid 2>/dev/null || { echo "VanThu died; see $log"; exit 1; }
    sleep 1
done
base="http://localhost:$port"

# leaders and clerks of the province's departments (each pair one agency: its leader signs, its clerk seals)
agencies="snv stp stc sct snnptnt sgtvt sxd stnmt"
list=""
for a in $(echo $agencies | tr ' ' '\n' | head -n "$pairs"); do list="${list:+$list,}ld.$a:vt.$a"; done
echo "== ${pairs} officials signing and their clerks sealing at once"
java -Dwarmup=15 bench/LoadDriver.java sign "$base" "$seconds" "$list"
echo "== validation"
java bench/LoadDriver.java validate "$base" 20 "ld.tinh:vt.tinh"
kill $pid; wait $pid 2>/dev/null || true
rm -rf "$data"
