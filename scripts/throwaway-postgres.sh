#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the storage tests, on 127.0.0.1 only, trust auth.
#   eval "$(bash scripts/throwaway-postgres.sh start [port])"   # exports TEST_DATABASE_URL, COF_PG_DIR
#   bash scripts/throwaway-postgres.sh stop "$COF_PG_DIR"
# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
set -euo pipefail

bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-}" in
  start)
    port="${2:-55432}"
    bin="$(bin_dir)"
    if [ -z "$bin" ]; then
      # Debian's package, only when its binaries are missing.
      DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
      bin="$(bin_dir)"
    fi
    dir="$(mktemp -d /tmp/cof-postgres.XXXXXX)"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres >/dev/null
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >/dev/null
    echo "export COF_PG_DIR=$dir"
    echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    dir="${2:?usage: stop <dir>}"
    bin="$(bin_dir)"
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start [port] | stop <dir>" >&2
    exit 2
    ;;
esac
