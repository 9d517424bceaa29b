#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command against a throwaway PostgreSQL server of its own: initdb into a temporary
# folder, pg_ctl on a free loopback port, a role with a password, removed afterwards.
# The command sees OUTAGEDASH_TEST_PG=postgresql://outagedash@127.0.0.1:PORT/outagedash and
# PGPASSWORD (libpq reads it; the location never carries a password).
#   tests/pg/with_postgres.sh build/tests/tst_timelinestore
set -euo pipefail

bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "with_postgres.sh: no PostgreSQL server found (Debian: postgresql); scripts/dev installs it" >&2
  exit 1
fi

tmp="$(mktemp -d /tmp/outagedash-pg.XXXXXX)"
chmod 755 "$tmp"
as_server=()
if [ "$(id -u)" -eq 0 ]; then
  # initdb refuses to run as root; Debian's package made the postgres account.
  chown postgres: "$tmp"
  as_server=(runuser -u postgres --)
fi

password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
printf '%s\n' "$password" > "$tmp/pwfile"
[ ${#as_server[@]} -eq 0 ] || chown postgres: "$tmp/pwfile"

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

stop() {
  "${as_server[@]}" "$bindir/pg_ctl" -D "$tmp/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap stop EXIT

"${as_server[@]}" "$bindir/initdb" -D "$tmp/data" -U outagedash --pwfile="$tmp/pwfile" \
  --auth-host=scram-sha-256 --auth-local=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$tmp/initdb.log" 2>&1 \
  || { cat "$tmp/initdb.log" >&2; exit 1; }
# In the configuration file rather than on pg_ctl's command line, so that a test can stop and
# start the server again (tst_sharedstore: the dashboard keeps its data and reconnects).
# fsync off: a test server that is thrown away needs no durability, and CI has two cores.
cat >>"$tmp/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$tmp'
fsync = off
synchronous_commit = off
max_connections = 200
CONF
pg_ctl_cmd=("${as_server[@]}" "$bindir/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w -t 60)
"${pg_ctl_cmd[@]}" start >/dev/null || { cat "$tmp/server.log" >&2; exit 1; }

export PGPASSWORD="$password"
"$bindir/createdb" -h 127.0.0.1 -p "$port" -U outagedash outagedash
export OUTAGEDASH_TEST_PG="postgresql://outagedash@127.0.0.1:$port/outagedash"
# How a test stops and starts this server: OUTAGEDASH_TEST_PG_CTL stop|start.
export OUTAGEDASH_TEST_PG_CTL="${pg_ctl_cmd[*]}"
echo "with_postgres.sh: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2

status=0
"$@" || status=$?
exit $status
