#!/usr/bin/env bash
# Load test of the public portal: requests/s and p99 latency of the home page, an
# article and a resolution page under 16 concurrent connections, uncached (a session
# cookie makes the portal render every request) and cached (anonymous visitors), beside
# a Django hello-world floor served by the same gunicorn settings as `tiendo serve`.
#
# Loopback only; every run is bounded (SECONDS_PER_RUN, default 10).
#   benchmarks/portal_load.sh            # uses wrk, installing it with apt-get if missing
#   LOADGEN=python benchmarks/portal_load.sh
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
TIENDO="${TIENDO:-$ROOT/.venv/bin/tiendo}"
CONNECTIONS="${CONNECTIONS:-16}"
SECONDS_PER_RUN="${SECONDS_PER_RUN:-10}"
WORKERS="${WEB_CONCURRENCY:-2}"
LOADGEN="${LOADGEN:-wrk}"

DATA_DIR="$(mktemp -d -t tiendo-bench-XXXXXX)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$DATA_DIR"
}
trap cleanup EXIT

if [[ "$LOADGEN" == "wrk" ]] && ! command -v wrk >/dev/null; then
  echo "wrk is missing; installing it with apt-get" >&2
  if ! { apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }; }; then
    echo "could not install wrk; using the Python load generator" >&2
    LOADGEN=python
  fi
fi

free_port() {
  "$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

wait_for() {
  for _ in $(seq 1 120); do
    if curl -fsS -o /dev/null "$1" 2>/dev/null; then return 0; fi
    sleep 0.5
  done
  echo "server at $1 did not start" >&2
  return 1
}

# Prints "<requests/s> <p99 ms> <errors>" for one URL, optionally with a Cookie header.
measure() {
  local url="$1" cookie="${2:-}"
  if [[ "$LOADGEN" == "wrk" ]]; then
    local args=(-t2 "-c$CONNECTIONS" "-d${SECONDS_PER_RUN}s" --latency)
    [[ -n "$cookie" ]] && args+=(-H "Cookie: $cookie")
    wrk "${args[@]}" "$url" | awk '
      function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
      /^ +99%/ { p99 = ms($2) }
      /Requests\/sec/ { rate = $2 }
      /Non-2xx or 3xx/ { errors += $NF }
      /Socket errors/ { errors += 1 }
      END { printf "%.1f %.1f %d\n", rate, p99, errors }'
  else
    local args=("$url" --connections "$CONNECTIONS" --seconds "$SECONDS_PER_RUN")
    [[ -n "$cookie" ]] && args+=(--header "Cookie: $cookie")
    "$PYTHON" "$ROOT/benchmarks/portal_load_gen.py" "${args[@]}"
  fi
}

export TIENDO_DATA_DIR="$DATA_DIR"
export DEBUG=0
cd "$ROOT"
echo "Setting up the demo in $DATA_DIR ..." >&2
"$TIENDO" demo --no-serve >"$DATA_DIR/demo.log" 2>&1

PORTAL_PORT="$(free_port)"
WEB_CONCURRENCY="$WORKERS" "$TIENDO" serve --host 127.0.0.1 --port "$PORTAL_PORT" \
  >"$DATA_DIR/portal.log" 2>&1 &
PIDS+=($!)

HELLO_PORT="$(free_port)"
# The same gunicorn options as tiendo.core.commands.serve().
"$PYTHON" -m gunicorn benchmarks.hello_wsgi:application --bind "127.0.0.1:$HELLO_PORT" \
  --workers "$WORKERS" --access-logfile - --timeout 60 >"$DATA_DIR/hello.log" 2>&1 &
PIDS+=($!)

PORTAL="http://127.0.0.1:$PORTAL_PORT"
wait_for "$PORTAL/"
wait_for "http://127.0.0.1:$HELLO_PORT/"

PAGES=(
  "home|/"
  "article|/tin-tuc/bao-thang-ket-qua-quy-i-2022/"
  "resolution|/nghi-quyet/15-nq-hu-2022/"
)
for entry in "${PAGES[@]}"; do
  curl -fsS -o /dev/null "$PORTAL${entry#*|}" || { echo "page ${entry#*|} failed" >&2; exit 1; }
done

# A session cookie makes the portal skip its page cache: every request renders.
UNCACHED_COOKIE="sessionid=benchmark-uncached"

printf '\nportal load: %s connections, %ss per run, %s gunicorn workers, load generator %s, %s CPU cores\n\n' \
  "$CONNECTIONS" "$SECONDS_PER_RUN" "$WORKERS" "$LOADGEN" "$(nproc)"
printf '%-12s %-9s %10s %10s %7s\n' "page" "mode" "req/s" "p99 ms" "errors"
printf '%-12s %-9s %10s %10s %7s\n' "----" "----" "-----" "------" "------"
read -r rate p99 errors < <(measure "http://127.0.0.1:$HELLO_PORT/")
printf '%-12s %-9s %10s %10s %7s\n' "hello-world" "floor" "$rate" "$p99" "$errors"
for entry in "${PAGES[@]}"; do
  name="${entry%%|*}"
  url="$PORTAL${entry#*|}"
  read -r rate p99 errors < <(measure "$url" "$UNCACHED_COOKIE")
  printf '%-12s %-9s %10s %10s %7s\n' "$name" "uncached" "$rate" "$p99" "$errors"
  read -r rate p99 errors < <(measure "$url")
  printf '%-12s %-9s %10s %10s %7s\n' "$name" "cached" "$rate" "$p99" "$errors"
done
