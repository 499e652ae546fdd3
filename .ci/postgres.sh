#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the store tests on 127.0.0.1 and prints the line to eval:
#   eval "$(bash .ci/postgres.sh)"     -> export VIGIL_TEST_DATABASE_URL=postgres://…
#   bash .ci/postgres.sh stop          -> stops it
# Installs Debian's postgresql when no server binaries are present. Progress goes to stderr so
# stdout carries only the export line.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
PORT="${VIGIL_PG_PORT:-54329}"
DATA="${VIGIL_PG_DATA:-/tmp/vigil-ci-postgres}"
DB=vigil_test

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
BIN="$(find_bin)"
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  echo "installing Debian package: postgresql" >&2
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends postgresql >&2
  BIN="$(find_bin)"
fi

# The server refuses to run as root: use the postgres account the Debian package creates.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ "${1:-start}" = stop ]; then
  as_pg "$BIN/pg_ctl" -D "$DATA" -m fast stop >&2 || true
  exit 0
fi

if [ ! -f "$DATA/PG_VERSION" ]; then
  mkdir -p "$DATA"
  [ "$(id -u)" = 0 ] && chown postgres: "$DATA"
  # trust on loopback only: a CI-local, throwaway cluster with no data worth protecting.
  as_pg "$BIN/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 >&2
fi
if ! as_pg "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  as_pg "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$DATA -c fsync=off" start >&2
fi
if ! as_pg "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$DB'" postgres | grep -q 1; then
  as_pg "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DB" >&2
fi
echo "export VIGIL_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$PORT/$DB"
