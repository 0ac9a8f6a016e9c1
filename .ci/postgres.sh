#!/bin/sh
# Best effort: start a throwaway PostgreSQL so the inbox's PostgreSQL store is tested against a
# real server. Prints the connection URL on success; prints nothing (and the tests skip with a
# clear message) when no server can be had on this machine.
set -u
PORT=55432
bin_dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin_dir" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "postgres: installing Debian's postgresql" >&2
  apt-get update -qq >/dev/null 2>&1
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null 2>&1
  bin_dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
fi
[ -n "$bin_dir" ] || exit 0
url="postgres://postgres@127.0.0.1:$PORT/inbox_test"
# A server left running by an earlier run on this machine is reused.
if "$bin_dir/psql" "$url" -c 'select 1' >/dev/null 2>&1; then echo "$url"; exit 0; fi
data=$(mktemp -d /tmp/metodika-pg.XXXXXX)
run() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$data"
run "$bin_dir/initdb -D $data -U postgres -A trust" >/dev/null 2>&1 || exit 0
run "$bin_dir/pg_ctl -D $data -o '-p $PORT -k /tmp -c listen_addresses=127.0.0.1' -l $data/log -w start" >/dev/null 2>&1 || exit 0
run "$bin_dir/createdb -h 127.0.0.1 -p $PORT -U postgres inbox_test" >/dev/null 2>&1 || exit 0
echo "$url"
