#!/usr/bin/env bash
# Outgoing benchmark (issue 5): documents signed by their official, numbered, sealed by their clerk and delivered to
# ten agencies of the deployment, end to end, and the latency of the clerk's issue step (number, date written into
# the signed PDF, agency signature at PAdES BASELINE-LT, internal delivery queued). Figures go to stdout;
# docs/benchmarks.md keeps them.
#
#   bash bench/outgoing.sh [documents per agency] [agencies]      # defaults: 20 documents, 2 agencies at once
#
# Runs on the benchmarks' own PostgreSQL server (bench/database.sh): a database vanthu_bench_outgoing is created
# afresh, VanThu (the packaged jar) loads the demo province with its certificates, and bench/LoadDriver.java drives
# the REST API. The drafts are made and submitted before the clock starts.
set -euo pipefail
cd "$(dirname "$0")/.."
documents="${1:-20}"
count="${2:-2}"
password="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
. bench/database.sh
start_with_signatures 18083 vanthu_bench_outgoing vanthu_bench "$password"

agencies="snv stp stc sct snnptnt sgtvt sxd stnmt"
list=""
for a in $(echo $agencies | tr ' ' '\n' | head -n "$count"); do list="${list:+$list,}cv.$a:ld.$a:vt.$a"; done
echo "== ${count} agencies issuing at once, ${documents} documents each"
java bench/LoadDriver.java issue "$base" "$documents" "$list"
kill $pid; wait $pid 2>/dev/null || true
rm -rf "$data"
