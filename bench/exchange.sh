#!/usr/bin/env bash
# Exchange benchmark (issue 6): the hub's throughput (edXML packages with a 1 MB attachment taken at the door and
# passed on to the system that serves their addressee, one VanThu node, measured after 300 unmeasured packages) and
# the delivery latency between two deployments (from the clerk's issue in province A to the document's appearing in
# a commune clerk's queue in province B). Figures go to stdout; docs/benchmarks.md keeps them.
#
#   bash bench/exchange.sh [packages] [concurrent senders] [latency documents]    # defaults: 1000, 8, 40
#   (0 packages or 0 documents skips that part)
#
# Runs on the benchmarks' own PostgreSQL server (bench/database.sh): fresh databases vanthu_bench_hub, _a and _b.
# The hub runs without demo data (VANTHU_EXCHANGE_HUB=true, its own administrator); A and B are the demo province
# under the groups H99 and H98. bench/ExchangeDriver.java drives them; it also plays the sending system and the sink.
set -euo pipefail
cd "$(dirname "$0")/.."
packages="${1:-1000}"
senders="${2:-8}"
documents="${3:-40}"
password="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
. bench/database.sh
jar=app/target/vanthu.jar
[ -f "$jar" ] || ./mvnw -B -q -DskipTests package
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT

if [ "$packages" -gt 0 ]; then
echo "== hub: ${packages} packages with a 1 MB attachment from ${senders} senders"
fresh_database vanthu_bench_hub vanthu_bench "$password"
hubdata="$(mktemp -d /tmp/vanthu-bench.XXXXXX)"
SPRING_PROFILES_ACTIVE=hub VANTHU_EXCHANGE_HUB=true VANTHU_ADMIN_USERNAME=quantri VANTHU_ADMIN_PASSWORD="$password" \
    VANTHU_ADMIN_AGENCY_CODE=000.00.00.H01 VANTHU_ADMIN_AGENCY_NAME="Trục liên thông" VANTHU_DATA_DIR="$hubdata" \
    VANTHU_PORT=18090 VANTHU_DB_URL="$(jdbc_url vanthu_bench_hub)" VANTHU_DB_USER=vanthu_bench \
    VANTHU_DB_PASSWORD="$password" java -Xmx2g -jar "$jar" >>"$hubdata/vanthu.log" 2>&1 &
pids+=($!)
until curl -sf localhost:18090/actuator/health/readiness >/dev/null; do sleep 1; done
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"
java bench/ExchangeDriver.java hub http://localhost:18090 quantri "$password" "$packages" "$senders" 1
kill "${pids[0]}"; wait "${pids[0]}" 2>/dev/null || true
rm -rf "$hubdata"
fi
[ "$documents" -gt 0 ] || exit 0

echo "== latency: ${documents} documents issued in A to a commune of B, one after another"
VANTHU_EXCHANGE_SYSTEM_ID=b VANTHU_DEMO_GROUP=H98 VANTHU_DEMO_PROVINCE="Hà Nguyên" \
    start_with_signatures 18092 vanthu_bench_b vanthu_bench "$password"
pids+=($pid); bdata="$data"; b="$base"
VANTHU_EXCHANGE_SYSTEM_ID=a start_with_signatures 18091 vanthu_bench_a vanthu_bench "$password"
pids+=($pid); adata="$data"; a="$base"
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT
java bench/ExchangeDriver.java latency "$a" "$b" "$documents"
rm -rf "$adata" "$bdata"
