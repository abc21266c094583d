#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests, CI and benches (Debian's postgresql 15):
#   scripts/pg-cluster.sh start <dir> <port>   prints the DATABASE_URL of its "app" database
#   scripts/pg-cluster.sh stop <dir>
# The cluster runs as the postgres user (initdb refuses root), listens on 127.0.0.1 and a socket in /tmp,
# trusts local connections (it holds nothing but test data) and is fast rather than durable.
set -euo pipefail
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
command="${1:?usage: pg-cluster.sh start|stop <dir> [port]}"
dir="${2:?cluster directory}"
port="${3:-55432}"

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$command" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    if [ ! -f "$dir/PG_VERSION" ]; then
      as_postgres "$PG_BIN/initdb" -D "$dir" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    as_postgres "$PG_BIN/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
      start >/dev/null
    as_postgres "$PG_BIN/psql" -h /tmp -p "$port" -U postgres -qAtc "SELECT 1 FROM pg_database WHERE datname = 'app'" | grep -q 1 ||
      as_postgres "$PG_BIN/createdb" -h /tmp -p "$port" -U postgres app
    echo "postgresql://postgres@127.0.0.1:$port/app"
    ;;
  stop)
    [ -f "$dir/postmaster.pid" ] && as_postgres "$PG_BIN/pg_ctl" -D "$dir" -m fast -w stop >/dev/null
    ;;
  *)
    echo "usage: pg-cluster.sh start|stop <dir> [port]" >&2
    exit 2
    ;;
esac
