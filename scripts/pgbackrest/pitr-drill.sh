#!/bin/bash
# The point-in-time restore drill for PostgreSQL with pgBackRest (docs/operations.md, "PostgreSQL:
# pgBackRest"; recipe in OPERATIONS.md): a throwaway PostgreSQL 15 cluster (unix socket only, a free
# port) archiving its WAL with pgBackRest, a full and a differential backup, rows written before
# and after a chosen moment, then `pgbackrest restore --type=time` to that moment: exactly the rows
# before it must be there. Everything lives in one temporary folder that is removed at the end.
# Run as root (the cluster runs as postgres). Prints the figures; exit 0 when the drill passes.
#   scripts/pgbackrest/pitr-drill.sh [PORT]
set -euo pipefail

PORT=${1:-$((20000 + RANDOM % 20000))}
BIN=/usr/lib/postgresql/15/bin
D=$(mktemp -d /tmp/kikan-pitr.XXXXXX)
chown postgres "$D"
chmod 0700 "$D"
as_pg() { runuser -u postgres -- "$@"; }
psql_() { as_pg "$BIN/psql" -h "$D" -p "$PORT" -U kikan -d postgres -v ON_ERROR_STOP=1 -Atq "$@"; }
stop() { as_pg "$BIN/pg_ctl" -D "$D/data" -m fast -w stop >/dev/null 2>&1 || true; }
trap 'stop; rm -rf "$D"' EXIT
seconds() { date +%s.%N; }
took() { awk -v a="$1" -v b="$(seconds)" 'BEGIN { printf "%.1f", b - a }'; }

cat > "$D/pgbackrest.conf" <<CONF
[global]
repo1-path=$D/repo
repo1-retention-full-type=time
repo1-retention-full=14
compress-type=lz4
log-level-console=warn
log-level-file=off
lock-path=$D/lock
spool-path=$D/spool
start-fast=y

[kikan]
pg1-path=$D/data
pg1-port=$PORT
pg1-socket-path=$D
pg1-user=kikan
CONF
chown postgres "$D/pgbackrest.conf"
BR="pgbackrest --config=$D/pgbackrest.conf --stanza=kikan"

as_pg "$BIN/initdb" -D "$D/data" -A trust -U kikan -E UTF8 --locale=C.UTF-8 --data-checksums >/dev/null
cat >> "$D/data/postgresql.conf" <<CONF
listen_addresses = ''
unix_socket_directories = '$D'
port = $PORT
archive_mode = on
archive_command = '$BR archive-push %p'
wal_level = replica
CONF
as_pg "$BIN/pg_ctl" -D "$D/data" -l "$D/pg.log" -w start >/dev/null
as_pg $BR stanza-create
as_pg $BR check

t=$(seconds); as_pg $BR --type=full backup; full=$(took "$t")
psql_ -c "CREATE TABLE drill (id serial PRIMARY KEY, batch text NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp())"
psql_ -c "INSERT INTO drill (batch) SELECT 'before-diff' FROM generate_series(1, 500)"
t=$(seconds); as_pg $BR --type=diff backup; diff=$(took "$t")
psql_ -c "INSERT INTO drill (batch) SELECT 'before-target' FROM generate_series(1, 500)"
sleep 1.2
TARGET=$(psql_ -c "SET TIME ZONE 'UTC'; SELECT to_char(clock_timestamp(), 'YYYY-MM-DD HH24:MI:SS.US') || '+00'")
sleep 1.2
for i in 1 2 3; do psql_ -c "INSERT INTO drill (batch) VALUES ('after-target')"; done
psql_ -c "SELECT pg_switch_wal()" >/dev/null
psql_ -c "CHECKPOINT"
sleep 1
expected=$(psql_ -c "SELECT count(*) FROM drill WHERE at < '$TARGET'")
total=$(psql_ -c "SELECT count(*) FROM drill")
stop

t=$(seconds)
as_pg $BR --delta --type=time "--target=$TARGET" --target-action=promote restore
as_pg "$BIN/pg_ctl" -D "$D/data" -l "$D/pg.log" -w -t 120 start >/dev/null
for _ in $(seq 1 100); do
    [ "$(psql_ -c 'SELECT pg_is_in_recovery()')" = f ] && break
    sleep 0.1
done
restore=$(took "$t")
got=$(psql_ -c "SELECT count(*) FROM drill")
after=$(psql_ -c "SELECT count(*) FROM drill WHERE batch = 'after-target'")
late=$(psql_ -c "SELECT count(*) FROM drill WHERE at >= '$TARGET'")

echo "pitr-drill: full backup ${full} s, differential ${diff} s, restore to ${TARGET} + promote ${restore} s"
echo "pitr-drill: ${total} rows written, ${expected} before the target; after the restore ${got} rows (${after} written after the target, ${late} stamped at or after it)"
if [ "$got" = "$expected" ] && [ "$after" = 0 ] && [ "$late" = 0 ] && [ "$expected" = 1000 ]; then
    echo "pitr-drill: PASS"
else
    echo "pitr-drill: FAIL"
    tail -20 "$D/pg.log"
    exit 1
fi
