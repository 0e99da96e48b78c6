#!/usr/bin/env bash
# Foundation benchmark: how long a fresh VanThu takes to load the demo province and to become ready, and how fast
# the sign-in and directory endpoints answer on this machine. Figures go to stdout; docs/benchmarks.md keeps them.
#
#   bash bench/foundation.sh [runs]
#
# Each run starts the packaged jar on a new, empty data directory (embedded PostgreSQL), so the demo province is
# loaded from nothing every time.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
port=18080
jar=app/target/vanthu.jar

[ -f "$jar" ] || ./mvnw -B -q -DskipTests package
command -v curl >/dev/null

millis() { date +%s%3N; }

for run in $(seq 1 "$runs"); do
    data="$(mktemp -d /tmp/vanthu-bench.XXXXXX)"
    log="$data/vanthu.log"
    started=$(millis)
    VANTHU_DATA_DIR="$data" VANTHU_PORT=$port java -jar "$jar" >"$log" 2>&1 &
    pid=$!
    until curl -fs "localhost:$port/actuator/health/readiness" >/dev/null 2>&1; do
        kill -0 $pid 2>/dev/null || { echo "VanThu died; see $log"; exit 1; }
        sleep 0.2
    done
    ready=$(( $(millis) - started ))
    until grep -q "Loaded the demo province" "$log"; do sleep 0.2; done
    seeded=$(grep -o "Loaded the demo province.*" "$log")
    echo "run $run: ready after ${ready} ms (JVM start included); ${seeded}"

    if [ "$run" = "$runs" ]; then
        token_times=()
        for _ in $(seq 1 20); do
            token_times+=("$(curl -s -o /tmp/vanthu-bench-token.json -w '%{time_total}' -X POST \
                "localhost:$port/api/v1/auth/token" -H 'Content-Type: application/json' \
                -d '{"username":"cv.tinh","password":"Demo@123"}')")
        done
        token=$(sed 's/.*"accessToken":"\([^"]*\)".*/\1/' /tmp/vanthu-bench-token.json)
        search_times=()
        for _ in $(seq 1 50); do
            search_times+=("$(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" \
                "localhost:$port/api/v1/agencies?q=uy%20ban%20xa&size=50")")
        done
        median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)] * 1000 " ms"}'; }
        echo "POST /api/v1/auth/token (Argon2id check), median of 20: $(median "${token_times[@]}")"
        echo "GET /api/v1/agencies?q=uy ban xa (folded text search, 50 rows), median of 50: $(median "${search_times[@]}")"
    fi
    kill $pid
    wait $pid 2>/dev/null || true
    rm -rf "$data"
done
