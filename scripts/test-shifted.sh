#!/usr/bin/env bash
# Runs the whole test suite with the clocks of Node and PostgreSQL moved ahead (default +1 year), so a
# test that only passes on the dates it was written stays red here instead of on some future day.
# PostgreSQL runs in a throw-away cluster under libfaketime on its own port; Redis stays on real time
# (libfaketime hangs redis-server, and BullMQ takes its times from the client anyway).
# Usage: scripts/test-shifted.sh [+365d] [jest arguments…]   Needs Debian's faketime and PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."

shift_by=${1:-+365d}
[ $# -gt 0 ] && shift
port=${SHIFTED_PG_PORT:-5499}
libfaketime=/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1
pg_bin=/usr/lib/postgresql/$(ls /usr/lib/postgresql | sort -V | tail -n 1)/bin

if [ ! -f "$libfaketime" ]; then
  echo "libfaketime is missing: apt-get install faketime" >&2
  exit 1
fi

cluster=$(mktemp -d /tmp/sanggar-shifted-pg.XXXXXX)
chmod 755 "$cluster"
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$cluster"
stop_cluster() {
  as_postgres "$pg_bin/pg_ctl" -D "$cluster/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$cluster"
}
trap stop_cluster EXIT

as_postgres "$pg_bin/initdb" -D "$cluster/data" -U postgres -A trust --no-sync >/dev/null
# Only the server gets the preload: preloading libfaketime into su/runuser itself fails.
as_postgres env LD_PRELOAD="$libfaketime" FAKETIME="$shift_by" FAKETIME_DONT_RESET=1 \
  "$pg_bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w \
  -o "-p $port -k $cluster -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null

echo "Shifted clocks ($shift_by): PostgreSQL says $(psql -h 127.0.0.1 -p "$port" -U postgres -Atc 'SELECT now()::date' postgres)," \
  "Node says $(LD_PRELOAD="$libfaketime" FAKETIME="$shift_by" node -e 'console.log(new Date().toISOString().slice(0, 10))')."

# Node inherits the shift; test/support/processes.ts hands it on to the api and worker processes it starts.
LD_PRELOAD="$libfaketime" FAKETIME="$shift_by" FAKETIME_DONT_RESET=1 \
  TEST_DATABASE_SERVER="postgres://postgres@127.0.0.1:$port" \
  NODE_OPTIONS=--experimental-vm-modules npx jest "$@"
