#!/usr/bin/env bash
# Runs a Gatling simulation against the production jar on the scale database, and prints the heap per session.
# Heavy: run it alone, under the machine's build lock where there is one (README "Capacity"):
#   src/gatling/run-load.sh LearnerJourney 1000 300      # simulation, users, ramp seconds
# Needs target/tuoitreso-*.jar (./mvnw -DskipTests package) and ./data-scale (the scale data generator).
set -euo pipefail
cd "$(dirname "$0")/../.."
simulation=${1:-LearnerJourney}
users=${2:-100}
ramp=${3:-60}
port=${LOAD_PORT:-8091}
heap=${LOAD_HEAP:-2g}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
jar=$(ls target/tuoitreso-*.jar | grep -v original | head -1)
log=target/load-server.log
APP_DATA_DIR=./data-scale "$JAVA_HOME/bin/java" -Xmx"$heap" -XX:+UseG1GC ${LOAD_JAVA_OPTS:-} -jar "$jar" --spring.profiles.active=demo \
    --server.port="$port" > "$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null && break
    sleep 1
done
used() {
    "$JAVA_HOME/bin/jcmd" "$server" GC.run > /dev/null
    "$JAVA_HOME/bin/jcmd" "$server" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*'
}
# the generated contest (the newest), for the organisers' scenario
contest=$(mysql -h127.0.0.1 -P3307 -utuoitreso -p"$(cat data-scale/mariadb/app-db-password)" tuoitreso -N \
    -e "SELECT MAX(id) FROM contest_contest" 2>/dev/null || echo 2)
# a simulation against this server: its class, then its -Dload.… settings
gatling() {
    local class=$1
    shift
    ./mvnw -B -q -Pload test-compile io.gatling:gatling-maven-plugin:4.21.12:test \
        -Dgatling.simulationClass="vn.tuoitreso.load.$class" -Dload.base="http://127.0.0.1:$port" "$@"
}
# a first visit warms the server up, so that its caches are not counted as the learners' heap
curl -s "http://127.0.0.1:$port/login" > /dev/null
# A server in service has run for hours: its hot code is compiled. A cold one spends a third of its processor time
# compiling in the first minutes, so LOAD_WARMUP learners (default 150, 0 for none) visit first, quicker than people
# (think times × 0.3), and only the run after them is measured.
warmup=${LOAD_WARMUP:-150}
if [ "$warmup" -gt 0 ]; then
    echo "Warming up with $warmup learners (target/load-warmup.txt)"
    gatling LearnerJourney -Dload.users="$warmup" -Dload.ramp=30 -Dload.hold=60 -Dload.think=0.3 \
        > target/load-warmup.txt 2>&1 || echo "The warm-up reported failures (target/load-warmup.txt)"
fi
before=$(used)
"$JAVA_HOME/bin/jcmd" "$server" GC.class_histogram > target/load-histogram-before.txt
# the heap in use every second (young and old generations, no forced collection): its peak is printed
"$JAVA_HOME/bin/jstat" -gc "$server" 1000 > target/load-heap.txt 2>/dev/null &
sampler=$!
# a thread dump every LOAD_DUMP_EVERY seconds: where the request threads are when it gets slow (threads.py)
rm -rf target/load-threads && mkdir -p target/load-threads
(while sleep "${LOAD_DUMP_EVERY:-15}"; do
    "$JAVA_HOME/bin/jcmd" "$server" Thread.print > "target/load-threads/$(date +%s).txt" 2>/dev/null || break
    top -b -n 1 -o %CPU | sed -n '7,12p' >> target/load-threads/top.log
done) &
dumper=$!
LOAD_LOG=target/load-gatling.txt
gatling "$simulation" -Dload.users="$users" -Dload.ramp="$ramp" -Dload.contest="$contest" ${LOAD_OPTS:-} 2>&1 | tee "$LOAD_LOG" || echo "Gatling reported failures"
kill $sampler $dumper 2>/dev/null || true
python3 src/gatling/steps.py || true
python3 src/gatling/threads.py || true
peak=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { u = $3 + $4 + $6 + $8; if (u > max) max = u } END { printf "%d", max }' target/load-heap.txt)
after=$(used)
"$JAVA_HOME/bin/jcmd" "$server" GC.class_histogram > target/load-histogram-after.txt
# every visit logged in once: the sessions now open on the server
sessions=$(grep -E '^> log in +\|' "${LOAD_LOG:-/dev/null}" | tail -1 | awk -F'|' '{gsub(/[ ,]/, "", $3); print $3}')
sessions=${sessions:-$users}
echo "Heap after a full GC: before ${before} KB, after ${after} KB, ${sessions} sessions"
echo "Heap per session: $(( (after - before) / sessions )) KB (the sessions stay open until they time out)"
echo "Peak heap in use during the run: $(( peak / 1024 )) MB"
echo "What the sessions hold (the classes that grew most, KB):"
python3 - <<'PY' || true
import re
def read(path):
    sizes = {}
    for line in open(path):
        m = re.match(r"\s*\d+:\s+(\d+)\s+(\d+)\s+(\S+)", line)
        if m:
            sizes[m.group(3)] = (int(m.group(1)), int(m.group(2)))
    return sizes
before, after = read("target/load-histogram-before.txt"), read("target/load-histogram-after.txt")
grown = sorted(((after[k][1] - before.get(k, (0, 0))[1], after[k][0] - before.get(k, (0, 0))[0], k) for k in after),
               reverse=True)[:15]
for size, count, name in grown:
    print("  %8d KB %9d  %s" % (size // 1024, count, name))
PY
echo "Server errors logged: $(grep -c ' ERROR ' "$log" || true)"
