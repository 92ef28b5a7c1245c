#!/usr/bin/env bash
# The production recipe on one machine, for a test and a benchmark (docs/deploy.md):
# nginx in front (micro-cache, static files, upload limit, TLS with a throw-away
# certificate), two gunicorn instances of tiendo behind it, and the task worker.
#
#   deploy/local-stack.sh start     # prints the address; state in $STACK_DIR
#   deploy/local-stack.sh stop
#   deploy/local-stack.sh app PORT   # start one gunicorn instance again (after a kill)
#   deploy/local-stack.sh worker     # start the task worker again
#
# Environment: TIENDO_DATA_DIR (the data folder; SQLite in it unless DATABASE_URL),
# STACK_PORT (nginx's plain HTTP port, default 8280; TLS on +1, gunicorn on +2 and +3),
# STACK_DIR (default $TIENDO_DATA_DIR/stack), SKIP_PREPARE=1 (no migrate and
# collectstatic), TIENDO (the tiendo command). Everything else tiendo reads (REDIS_URL,
# TIENDO_MICROCACHE_SECONDS, ...) is passed on as is.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
: "${TIENDO_DATA_DIR:?set TIENDO_DATA_DIR to the data folder}"
export TIENDO_DATA_DIR
STACK_DIR="${STACK_DIR:-$TIENDO_DATA_DIR/stack}"
STACK_PORT="${STACK_PORT:-8280}"
TIENDO="${TIENDO:-$ROOT/.venv/bin/tiendo}"
[[ -x "$TIENDO" ]] || TIENDO="$(command -v tiendo)"
TLS_PORT=$((STACK_PORT + 1))
APP_PORTS=($((STACK_PORT + 2)) $((STACK_PORT + 3)))
CORES="$(nproc)"

ensure_nginx() {
  if command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]]; then return 0; fi
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
    echo "nginx is missing; installing it with apt-get" >&2
    (apt-get install -y -qq nginx-light >/dev/null 2>&1 \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null; })
  else
    echo "nginx is missing (apt-get install nginx-light)" >&2
    return 1
  fi
}

nginx_bin() { command -v nginx || echo /usr/sbin/nginx; }

# The recipe's files with their @...@ values filled in.
render() {
  local static_root="$1" media_root="$2"
  local upstreams=""
  for port in "${APP_PORTS[@]}"; do upstreams+="server 127.0.0.1:$port max_fails=1 fail_timeout=2s; "; done
  sed -e "s|@UPSTREAM_SERVERS@|$upstreams|" -e "s|@CACHE_DIR@|$STACK_DIR/nginx-cache|" \
    "$ROOT/deploy/nginx/tiendo-http.conf" >"$STACK_DIR/tiendo-http.conf"
  sed -e "s|@STATIC_ROOT@|$static_root|" -e "s|@MEDIA_ROOT@|$media_root|" \
    -e "s|@LOG_DIR@|$STACK_DIR|" \
    "$ROOT/deploy/nginx/tiendo-locations.conf" >"$STACK_DIR/tiendo-locations.conf"
  sed -e "s|@SERVER_NAME@|localhost 127.0.0.1|" -e "s|@CONF_DIR@|$STACK_DIR|" \
    -e "s|@TLS_CERTIFICATE@|$STACK_DIR/tls.crt|" -e "s|@TLS_CERTIFICATE_KEY@|$STACK_DIR/tls.key|" \
    -e "s|listen 80;|listen 127.0.0.1:$STACK_PORT;|" -e "/listen \[::\]/d" \
    -e "s|listen 443 ssl http2;|listen 127.0.0.1:$TLS_PORT ssl http2;|" \
    "$ROOT/deploy/nginx/tiendo-site.conf" >"$STACK_DIR/tiendo-site.conf"
  # The plain-HTTP server redirects to TLS in production; here it serves the site too,
  # so the test and the benchmark need no certificate.
  cat >"$STACK_DIR/nginx.conf" <<CONF
# Written by deploy/local-stack.sh; the recipe's files are included as they are.
worker_processes $CORES;
pid $STACK_DIR/nginx.pid;
error_log $STACK_DIR/nginx-error.log warn;
$( [[ "$(id -u)" == 0 ]] && echo "user root;" )
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    client_body_temp_path $STACK_DIR/nginx-body;
    proxy_temp_path $STACK_DIR/nginx-proxy;
    fastcgi_temp_path $STACK_DIR/nginx-fastcgi;
    uwsgi_temp_path $STACK_DIR/nginx-uwsgi;
    scgi_temp_path $STACK_DIR/nginx-scgi;
    include $STACK_DIR/tiendo-http.conf;
    server {
        listen 127.0.0.1:$STACK_PORT;
        server_name localhost 127.0.0.1;
        include $STACK_DIR/tiendo-locations.conf;
    }
    server {
        listen 127.0.0.1:$TLS_PORT ssl http2;
        server_name localhost 127.0.0.1;
$(sed -n '/ssl_certificate /,/ssl_session_tickets/p' "$STACK_DIR/tiendo-site.conf")
        include $STACK_DIR/tiendo-locations.conf;
    }
}
CONF
}

wait_for() {
  for _ in $(seq 1 240); do
    if curl -fsS -o /dev/null "$1" 2>/dev/null; then return 0; fi
    sleep 0.5
  done
  echo "nothing answered at $1 (logs in $STACK_DIR)" >&2
  return 1
}

# One gunicorn instance; `app PORT` starts it again after it was killed (as systemd's
# Restart= would), logging after what it logged before.
start_app() {
  local port="$1" per_instance=$(((CORES + 1) / 2))
  cd "$ROOT"
  TIENDO_START_WORKER=0 TIENDO_TRUSTED_PROXIES="${TIENDO_TRUSTED_PROXIES:-1}" \
    WEB_CONCURRENCY="${WEB_CONCURRENCY:-$per_instance}" \
    TIENDO_ACCESS_LOG="${TIENDO_ACCESS_LOG:-off}" \
    nohup "$TIENDO" serve --no-prepare --host 127.0.0.1 --port "$port" \
    >>"$STACK_DIR/gunicorn-$port.log" 2>&1 &
  echo $! >"$STACK_DIR/gunicorn-$port.pid"
}

start_worker() {
  cd "$ROOT"
  nohup "$TIENDO" worker >>"$STACK_DIR/worker.log" 2>&1 &
  echo $! >"$STACK_DIR/worker.pid"
}

start() {
  ensure_nginx
  mkdir -p "$STACK_DIR/nginx-cache"
  cd "$ROOT"
  if [[ "${SKIP_PREPARE:-0}" != 1 ]]; then
    "$TIENDO" manage migrate --no-input -v 0
    "$TIENDO" manage collectstatic --no-input -v 0
  fi
  # As tiendo/settings.py places them.
  local data static_root media_root
  data="$(realpath "$TIENDO_DATA_DIR")"
  static_root="$(realpath -m "${TIENDO_STATIC_ROOT:-$data/static}")"
  media_root="$data/media"
  if [[ ! -f "$STACK_DIR/tls.crt" ]] && command -v openssl >/dev/null; then
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=localhost" \
      -keyout "$STACK_DIR/tls.key" -out "$STACK_DIR/tls.crt" 2>/dev/null
  fi
  render "$static_root" "$media_root"
  # Each instance gets half the cores' worth of processes: the two together are sized
  # like one server (tiendo/gunicorn_conf.py), and either can be restarted alone.
  for port in "${APP_PORTS[@]}"; do start_app "$port"; done
  start_worker
  "$(nginx_bin)" -t -q -c "$STACK_DIR/nginx.conf" -p "$STACK_DIR"
  "$(nginx_bin)" -c "$STACK_DIR/nginx.conf" -p "$STACK_DIR"
  for port in "${APP_PORTS[@]}"; do wait_for "http://127.0.0.1:$port/gioi-thieu/"; done
  wait_for "http://127.0.0.1:$STACK_PORT/gioi-thieu/"
  echo "tiendo stack: http://127.0.0.1:$STACK_PORT/ (TLS on $TLS_PORT; gunicorn on ${APP_PORTS[*]})"
}

stop() {
  if [[ -f "$STACK_DIR/nginx.pid" ]]; then
    "$(nginx_bin)" -c "$STACK_DIR/nginx.conf" -p "$STACK_DIR" -s quit 2>/dev/null || true
  fi
  local pids=()
  for pidfile in "$STACK_DIR"/gunicorn-*.pid "$STACK_DIR"/worker.pid; do
    [[ -f "$pidfile" ]] || continue
    pids+=("$(cat "$pidfile")")
    kill "${pids[-1]}" 2>/dev/null || true
    rm -f "$pidfile"
  done
  # gunicorn lets requests in progress finish (up to its graceful timeout).
  for _ in $(seq 1 160); do
    local alive=0
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [[ "$alive" == 0 && ! -f "$STACK_DIR/nginx.pid" ]] && break
    sleep 0.25
  done
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  app) start_app "${2:?usage: $0 app PORT}" ;;
  worker) start_worker ;;
  *) echo "usage: $0 start|stop|app PORT|worker" >&2; exit 2 ;;
esac
