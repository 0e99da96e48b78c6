#!/usr/bin/env bash
# Signature benchmark (issue 4): signatures per second (an official's personal signature, then the clerk's agency
# signature, on a 1 MB PDF, timestamped by the built-in TSA, at PAdES BASELINE-LT) and the validation time of a PDF
# with one signature and of one with five. Figures go to stdout; docs/benchmarks.md keeps them.
#
#   bash bench/signature.sh [seconds] [pairs]      # defaults: 30 s of signing, 4 official-and-clerk pairs at once
#
# Runs on the benchmarks' own PostgreSQL server (bench/database.sh): a database vanthu_bench_signature is created
# afresh, VanThu (the packaged jar) loads the demo province with its certificates, and bench/LoadDriver.java drives
# the REST API.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
pairs="${2:-4}"
password="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
. bench/database.sh
start_with_signatures 18082 vanthu_bench_signature vanthu_bench "$password"

# leaders and clerks of the province's departments (each pair one agency: its leader signs, its clerk seals)
agencies="snv stp stc sct snnptnt sgtvt sxd stnmt"
list=""
for a in $(echo $agencies | tr ' ' '\n' | head -n "$pairs"); do list="${list:+$list,}ld.$a:vt.$a"; done
echo "== ${pairs} officials signing and their clerks sealing at once"
java -Dwarmup="${WARMUP:-180}" bench/LoadDriver.java sign "$base" "$seconds" "$list"
echo "== validation"
java bench/LoadDriver.java validate "$base" 20 "ld.tinh:vt.tinh"
kill $pid; wait $pid 2>/dev/null || true
rm -rf "$data"
