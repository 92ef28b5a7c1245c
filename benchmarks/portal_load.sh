#!/usr/bin/env bash
# Load test of the public portal, in one run and one rotation (issue 13):
#   - the floors: a Django hello-world served with tiendo's gunicorn settings, and
#     nginx serving a static 20 KB file;
#   - tiendo's home, news list, article, resolution, target, search and API progress,
#     each uncached (a gunicorn with TIENDO_PAGE_CACHE=0), cached (the page cache on,
#     straight to gunicorn) and behind nginx's micro-cache (deploy/local-stack.sh);
# each as requests/s, p99 and its ratio to both floors (measured in turns with each page, as
# the machine's speed drifts), then the issue's goals.
#
# Loopback only; every run is bounded (SECONDS_PER_RUN, default 10).
#   benchmarks/portal_load.sh                  # wrk, installed with apt-get if missing
#   SECONDS_PER_RUN=3 benchmarks/portal_load.sh
#   BENCH_DATA_DIR=/path benchmarks/portal_load.sh   # reuse a data folder with the demo
# Ports: BENCH_PORT (default 8240) and the nine after it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
export TIENDO="${TIENDO:-$ROOT/.venv/bin/tiendo}"
CONNECTIONS="${CONNECTIONS:-16}"
SECONDS_PER_RUN="${SECONDS_PER_RUN:-10}"
BASE_PORT="${BENCH_PORT:-8240}"
HELLO_PORT=$BASE_PORT
UNCACHED_PORT=$((BASE_PORT + 1))
CACHED_PORT=$((BASE_PORT + 2))
export STACK_PORT=$((BASE_PORT + 4))

if [[ -n "${BENCH_DATA_DIR:-}" ]]; then
  DATA_DIR="$BENCH_DATA_DIR"
  KEEP_DATA=1
else
  DATA_DIR="$(mktemp -d -t tiendo-bench-XXXXXX)"
  KEEP_DATA=0
fi
export TIENDO_DATA_DIR="$DATA_DIR" STACK_DIR="$DATA_DIR/bench-stack"
export DEBUG=0 TIENDO_START_WORKER=0
PIDS=()
cleanup() {
  "$ROOT/deploy/local-stack.sh" stop >/dev/null 2>&1 || true
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [[ "$KEEP_DATA" == 1 ]] || rm -rf "$DATA_DIR"
}
trap cleanup EXIT

if ! command -v wrk >/dev/null; then
  echo "wrk is missing; installing it with apt-get" >&2
  apt-get install -y -qq wrk >/dev/null 2>&1 \
    || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; } \
    || { echo "could not install wrk" >&2; exit 1; }
fi

wait_for() {
  for _ in $(seq 1 240); do
    if curl -fsS -o /dev/null "$1" 2>/dev/null; then return 0; fi
    sleep 0.5
  done
  echo "server at $1 did not start" >&2
  return 1
}

# Prints "<requests/s> <p99 ms> <errors>" for one URL, over $2 seconds (SECONDS_PER_RUN).
measure() {
  wrk -t2 "-c$CONNECTIONS" "-d${2:-$SECONDS_PER_RUN}s" --latency "$1" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +99%/ { p99 = ms($2) }
    /Requests\/sec/ { rate = $2 }
    /Non-2xx or 3xx/ { errors += $NF }
    /Socket errors/ { split($0, parts, /[ ,]+/); for (i in parts) if (parts[i] ~ /^[0-9]+$/) errors += parts[i] }
    END { printf "%.1f %.1f %d\n", rate, p99, errors }'
}

cd "$ROOT"
if [[ ! -f "$DATA_DIR/tiendo.sqlite3" && -z "${DATABASE_URL:-}" ]] || [[ "$KEEP_DATA" == 0 ]]; then
  echo "Setting up the demo in $DATA_DIR ..." >&2
  "$TIENDO" demo --no-serve >"$DATA_DIR/demo.log" 2>&1
fi

echo "Starting nginx, two gunicorn instances and the worker (deploy/local-stack.sh) ..." >&2
SKIP_PREPARE=1 "$ROOT/deploy/local-stack.sh" start >&2
# Straight to gunicorn, with the settings of `tiendo serve` (tiendo/gunicorn_conf.py).
"$PYTHON" -m gunicorn --config python:tiendo.gunicorn_conf benchmarks.hello_wsgi:application \
  --bind "127.0.0.1:$HELLO_PORT" >"$DATA_DIR/hello.log" 2>&1 &
PIDS+=($!)
TIENDO_PAGE_CACHE=0 "$TIENDO" serve --no-prepare --port "$UNCACHED_PORT" >"$DATA_DIR/uncached.log" 2>&1 &
PIDS+=($!)
"$TIENDO" serve --no-prepare --port "$CACHED_PORT" >"$DATA_DIR/cached.log" 2>&1 &
PIDS+=($!)
wait_for "http://127.0.0.1:$HELLO_PORT/"
wait_for "http://127.0.0.1:$UNCACHED_PORT/"
wait_for "http://127.0.0.1:$CACHED_PORT/"

# A 20 KB static file, served by nginx from the collected static files.
STATIC_ROOT="$(realpath -m "${TIENDO_STATIC_ROOT:-$DATA_DIR/static}")"
head -c 20480 /dev/zero | tr '\0' 'x' >"$STATIC_ROOT/bench-20k.txt"
STATIC_URL="http://127.0.0.1:$STACK_PORT/static/bench-20k.txt"

RESOLUTION="/nghi-quyet/15-nq-hu-2022/"
TARGET="$(curl -fsS "http://127.0.0.1:$CACHED_PORT$RESOLUTION" | grep -o "${RESOLUTION}chi-tieu/[0-9]*/" | head -1)"
PAGES=(
  "home|/"
  "news|/tin-tuc/"
  "article|/tin-tuc/bao-thang-ket-qua-quy-i-2022/"
  "resolution|$RESOLUTION"
  "target|$TARGET"
  "search|/tim-kiem/?q=kinh+t%E1%BA%BF"
  "api-progress|/api/resolutions/15-nq-hu-2022/progress"
)
# Every page once on every server, then a second of load on each, so that every worker
# process has met every page: the first time a process serves a page after an edit it
# fills its memos (about 10 ms, measured by benchmarks/uncached_pages.py), and one
# request would warm only one of the workers.
for entry in "${PAGES[@]}"; do
  for port in "$UNCACHED_PORT" "$CACHED_PORT" "$STACK_PORT"; do
    curl -fsS -o /dev/null "http://127.0.0.1:$port${entry#*|}" \
      || { echo "page ${entry#*|} failed on port $port" >&2; exit 1; }
    wrk -t2 "-c$CONNECTIONS" -d1s "http://127.0.0.1:$port${entry#*|}" >/dev/null
  done
done

# The floors too: measured cold, the hello-world's first second once had a p99 of 381 ms
# and 16 socket errors.
for url in "http://127.0.0.1:$HELLO_PORT/" "$STATIC_URL"; do
  wrk -t2 "-c$CONNECTIONS" -d1s "$url" >/dev/null
done

RESULTS="$DATA_DIR/results.txt"
: >"$RESULTS"
write_row() { # name mode rate p99 errors block
  echo "$*" >>"$RESULTS"
  printf '  %-13s %-9s %10s req/s  p99 %7s ms  errors %s\n' "$1" "$2" "$3" "$4" "$5" >&2
}

record() { # name mode url block
  local rate p99 errors
  read -r rate p99 errors < <(measure "$3")
  write_row "$1" "$2" "$rate" "$p99" "$errors" "$4"
}

# A floor and a page in turns of one second, SECONDS_PER_RUN turns each, so that both
# meet the same machine: on a shared machine another job starting between two runs of
# several seconds moved a ratio by a quarter. Each gets the mean of its turns' rates and
# the highest of their p99s.
record_in_turns() { # floor-name floor-url name mode url block
  local turn kind rate p99 errors
  while read -r kind rate p99 errors; do
    if [[ "$kind" == floor ]]; then
      write_row "$1" floor "$rate" "$p99" "$errors" "$6"
    else
      write_row "$3" "$4" "$rate" "$p99" "$errors" "$6"
    fi
  done < <(for ((turn = 0; turn < SECONDS_PER_RUN; turn++)); do
    echo "floor $(measure "$2" 1)"
    echo "page $(measure "$5" 1)"
  done | awk '{ n[$1]++; rate[$1] += $2; if ($3 > p99[$1]) p99[$1] = $3; errors[$1] += $4 }
    END { for (k in n) printf "%s %.1f %.1f %d\n", k, rate[k] / n[k], p99[k], errors[k] }' | sort)
}

# The machine may be shared: its speed drifts over a run of minutes. So each page is
# compared with floors measured beside it, in turns (hello-world and the cached page;
# the static file and the micro-cached page); the floors' rows show their median.
echo "Measuring ($SECONDS_PER_RUN s a run) ..." >&2
for entry in "${PAGES[@]}"; do
  name="${entry%%|*}"
  path="${entry#*|}"
  record "$name" uncached "http://127.0.0.1:$UNCACHED_PORT$path" "$name"
  sleep 1 # the uncached server finishes what it was given
  record_in_turns hello-world "http://127.0.0.1:$HELLO_PORT/" \
    "$name" cached "http://127.0.0.1:$CACHED_PORT$path" "$name"
  record_in_turns nginx-static "$STATIC_URL" \
    "$name" micro "http://127.0.0.1:$STACK_PORT$path" "$name"
done

printf '\nportal load: %s connections, %ss a run, wrk, %s CPU cores, gunicorn %s, database %s\n\n' \
  "$CONNECTIONS" "$SECONDS_PER_RUN" "$(nproc)" \
  "$("$PYTHON" -c 'import tiendo.gunicorn_conf as c; print(f"{c.workers} workers x {c.threads} threads")')" \
  "$([[ -n "${DATABASE_URL:-}" ]] && echo PostgreSQL || echo SQLite)"
awk '
  function ratio(a, b) { return b > 0 ? a / b : 0 }
  function median(list, n,    i, j, t) {
    for (i = 2; i <= n; i++) for (j = i; j > 1 && list[j - 1] > list[j]; j--) { t = list[j]; list[j] = list[j - 1]; list[j - 1] = t }
    return n % 2 ? list[(n + 1) / 2] : (list[n / 2] + list[n / 2 + 1]) / 2
  }
  $2 == "floor" {
    if ($1 == "hello-world") { hello[$6] = $3; hellos[++nh] = $3; hp99[nh] = $4; herr += $5 }
    else { static[$6] = $3; statics[++ns] = $3; sp99[ns] = $4; serr += $5 }
    next
  }
  { n++; name[n] = $1; mode[n] = $2; rate[n] = $3; p99[n] = $4; errors[n] = $5; block[n] = $6 }
  END {
    printf "%-13s %-9s %10s %9s %7s %9s %9s\n", "page", "mode", "req/s", "p99 ms", "errors", "x hello", "x static"
    printf "%-13s %-9s %10s %9s %7s %9s %9s\n", "----", "----", "-----", "------", "------", "-------", "--------"
    lo = hellos[1]; hi = hellos[1]; for (i = 1; i <= nh; i++) { if (hellos[i] < lo) lo = hellos[i]; if (hellos[i] > hi) hi = hellos[i] }
    printf "%-13s %-9s %10.1f %9.1f %7d %9s %9s  median of %d runs, %.1f to %.1f\n", "hello-world", "floor", median(hellos, nh), median(hp99, nh), herr, "", "", nh, lo, hi
    lo = statics[1]; hi = statics[1]; for (i = 1; i <= ns; i++) { if (statics[i] < lo) lo = statics[i]; if (statics[i] > hi) hi = statics[i] }
    printf "%-13s %-9s %10.1f %9.1f %7d %9s %9s  median of %d runs, %.1f to %.1f\n", "nginx-static", "floor", median(statics, ns), median(sp99, ns), serr, "", "", ns, lo, hi
    for (i = 1; i <= n; i++)
      printf "%-13s %-9s %10.1f %9.1f %7d %9.3f %9.3f\n", name[i], mode[i], rate[i], p99[i], errors[i], ratio(rate[i], hello[block[i]]), ratio(rate[i], static[block[i]])
    print ""
    print "Ratios: to the hello-world and the static file measured in turns with each page."
    print "Goals (issue 13):"
    failed = 0
    for (i = 1; i <= n; i++) {
      goal = ""
      h = ratio(rate[i], hello[block[i]]); st = ratio(rate[i], static[block[i]])
      if (mode[i] == "uncached" && (name[i] == "home" || name[i] == "resolution" || name[i] == "target")) {
        ok = h >= 0.075 && p99[i] < 100
        goal = sprintf("uncached %-10s >= 0.075 x hello world, p99 < 100 ms: %.3f x, %.1f ms", name[i], h, p99[i])
      } else if (mode[i] == "cached") {
        ok = h >= 0.9
        goal = sprintf("cached   %-12s >= 0.9 x hello world: %.3f x", name[i], h)
      } else if (mode[i] == "micro") {
        ok = st >= 0.8
        goal = sprintf("micro    %-12s >= 0.8 x nginx static: %.3f x", name[i], st)
      }
      if (goal != "") { printf "  %s  %s\n", ok ? "met   " : "NOT MET", goal; if (!ok) failed++ }
    }
    printf "\n%d of the goals not met.\n", failed
  }' "$RESULTS"
