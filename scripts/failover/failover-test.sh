#!/bin/bash
# The failover test (issue 15, 二重化; docs/operations.md "The failover test"), on one machine, every
# port on 127.0.0.1, every process started and stopped here:
#   pg_auto_failover (Debian postgresql-15-auto-failover): a monitor + a primary + a synchronous
#   standby; two kikan-server instances on PostgreSQL through libpq's multi-host string
#   (target_session_attrs=read-write); HAProxy in front (TLS, health checks, X-Forwarded-For).
# Then build/tests/failover/kikan-failover-terminals: 50 terminals (the real client's ApiClient)
# doing 転入 and certificates for SECONDS; at KILL_AT seconds kill -9 of the primary node (its
# postmaster and pg_auto_failover keeper: the host is gone) and of one application server.
# Afterwards every acknowledged change must be there once, none twice, and writes must succeed
# again within 60 s. Run as root (PostgreSQL runs as postgres). Bounded: about 2–3 minutes.
#   scripts/failover/failover-test.sh [BUILD_DIR]   (env: TERMINALS=50 SECONDS_=75 KILL_AT=20)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-$ROOT/build}
TERMINALS=${TERMINALS:-50}
RUN_SECONDS=${SECONDS_:-75}
KILL_AT=${KILL_AT:-20}
PG=/usr/lib/postgresql/15/bin
export PATH=$PG:$PATH
B=$((20000 + RANDOM % 20000))
MON_PORT=$B; N1_PORT=$((B + 1)); N2_PORT=$((B + 2)); APP1=$((B + 3)); APP2=$((B + 4)); FRONT=$((B + 5))
W=$(mktemp -d /tmp/kikan-failover.XXXXXX)
chown postgres "$W"
say() { echo "failover-test: $*"; }
as_pg() { runuser -u postgres -- env -u XDG_RUNTIME_DIR PATH="$PATH" "$@"; }
pids=()
# The pid of a pg_autoctl keeper started here (setsid: it leads its own process group, with its
# postmaster in it).
keeper() { pgrep -f "^pg_autoctl run --pgdata $W/$1\$" | head -1; }
cleanup() {
    for d in node1 node2 monitor; do
        k=$(keeper "$d") && [ -n "$k" ] && kill -TERM "$k" 2>/dev/null || true
    done
    for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
    sleep 3
    for p in "${pids[@]}"; do kill -KILL "$p" 2>/dev/null || true; done
    [ -n "${KEEP:-}" ] && { say "kept $W"; return; }
    rm -rf "$W"
}
trap cleanup EXIT
started=$(date +%s)

# --- pg_auto_failover: monitor, primary, synchronous standby --------------------------------
as_pg pg_autoctl create monitor --pgdata "$W/monitor" --pgport "$MON_PORT" --hostname 127.0.0.1 \
    --listen 127.0.0.1 --auth trust --no-ssl >"$W/monitor-create.log" 2>&1
# Faster detection than the defaults (5 s checks, 20 s unhealthy, 30 s demote timeout): with
# synchronous replication a cut-off old primary cannot acknowledge a commit meanwhile.
cat >>"$W/monitor/postgresql.conf" <<CONF
pgautofailover.health_check_period = '1s'
pgautofailover.health_check_timeout = '1s'
pgautofailover.health_check_max_retries = 1
pgautofailover.health_check_retry_delay = '1s'
pgautofailover.node_considered_unhealthy_timeout = '3s'
pgautofailover.primary_demote_timeout = '10s'
CONF
as_pg setsid pg_autoctl run --pgdata "$W/monitor" >"$W/monitor.log" 2>&1 &
MON_URI="postgres://autoctl_node@127.0.0.1:$MON_PORT/pg_auto_failover?sslmode=disable"
monitor_sql() { as_pg psql -h 127.0.0.1 -p "$MON_PORT" -U postgres -d pg_auto_failover -Atqc "$1"; }
for _ in $(seq 1 60); do monitor_sql "SELECT 1" >/dev/null 2>&1 && break; sleep 0.5; done
node() { # name port
    as_pg pg_autoctl create postgres --pgdata "$W/$1" --pgport "$2" --hostname 127.0.0.1 \
        --listen 127.0.0.1 --auth trust --no-ssl --dbname kikan --monitor "$MON_URI" \
        >"$W/$1-create.log" 2>&1
    as_pg setsid pg_autoctl run --pgdata "$W/$1" >"$W/$1.log" 2>&1 &
}
wait_state() { # count of nodes in primary/secondary
    for _ in $(seq 1 120); do
        [ "$(monitor_sql "SELECT count(*) FROM pgautofailover.node WHERE reportedstate = goalstate
              AND reportedstate IN ('single', 'primary', 'secondary')")" = "$1" ] && return 0
        sleep 0.5
    done
    say "pg_auto_failover did not settle"; as_pg pg_autoctl show state --pgdata "$W/monitor"; exit 1
}
node node1 "$N1_PORT"; wait_state 1
node node2 "$N2_PORT"; wait_state 2
as_pg psql -h 127.0.0.1 -p "$N1_PORT" -U postgres -d kikan -Atqc "CREATE ROLE kikan LOGIN SUPERUSER"
say "pg_auto_failover: $(as_pg psql -h 127.0.0.1 -p "$N1_PORT" -U postgres -d kikan -Atc \
    "SELECT 'synchronous_standby_names=' || current_setting('synchronous_standby_names')")"

# --- two application servers, HAProxy in front ------------------------------------------------
"$ROOT/scripts/make-tls.sh" "$W/tls"
app() { # name port
    mkdir -p "$W/$1/data"
    cp -r "$W/tls" "$W/$1/data/tls"
    cat >"$W/$1/kikan-server.conf" <<CONF
[server]
data_dir = data
host = 127.0.0.1
port = $2
trusted_proxies = 127.0.0.1
[store]
driver = postgresql
host = 127.0.0.1,127.0.0.1
port = $N1_PORT,$N2_PORT
database = kikan
user = kikan
[auth]
password_sign_in = true
[backup]
time = off
CONF
    "$BUILD/server/kikan-server" init --config "$W/$1/kikan-server.conf" >/dev/null
    "$BUILD/server/kikan-server" serve --config "$W/$1/kikan-server.conf" >"$W/$1.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 1 100); do
        curl -fsS --cacert "$W/tls/ca.crt" "https://127.0.0.1:$2/api/v1/health" >/dev/null 2>&1 && return 0
        sleep 0.2
    done
    say "$1 did not start: $(tail -5 "$W/$1.log")"; exit 1
}
app app1 "$APP1"; APP1_PID=${pids[-1]}
printf '%s\n' "Failover-Test-2026" | "$BUILD/server/kikan-server" user add --config "$W/app1/kikan-server.conf" \
    --login madoguchi --name "窓口 太郎" --group "窓口職員" --password-stdin --own-password >/dev/null
app app2 "$APP2"
cat "$W/tls/server.crt" "$W/tls/server.key" >"$W/front.pem"
sed -e "s|bind :443 ssl crt /etc/kikan/front.pem|bind 127.0.0.1:$FRONT ssl crt $W/front.pem|" \
    -e "s|/etc/kikan/ca.crt|$W/tls/ca.crt|" \
    -e "s|server app1 10.0.0.11:8443|server app1 127.0.0.1:$APP1|" \
    -e "s|server app2 10.0.0.12:8443|server app2 127.0.0.1:$APP2|" \
    -e "s|log /dev/log local0|log stderr local0 warning|" \
    -e "s|sc0_conn_rate gt 50|sc0_conn_rate gt 5000|" -e "s|maxconn 20000|maxconn 4000|" \
    "$ROOT/scripts/haproxy/haproxy.cfg" >"$W/haproxy.cfg"
haproxy -c -q -f "$W/haproxy.cfg"
haproxy -f "$W/haproxy.cfg" >"$W/haproxy.log" 2>&1 &
pids+=($!)
for i in $(seq 1 50); do
    curl -fsS --cacert "$W/tls/ca.crt" "https://127.0.0.1:$FRONT/api/v1/health" >/dev/null 2>&1 && break
    [ "$i" = 50 ] && { say "HAProxy did not start: $(tail -5 "$W/haproxy.log")"; exit 1; }
    sleep 0.2
done
say "ready after $(( $(date +%s) - started )) s: monitor :$MON_PORT, PostgreSQL :$N1_PORT (primary)" \
    "+ :$N2_PORT (standby), kikan-server :$APP1 + :$APP2, HAProxy :$FRONT"

# --- the terminals; the kill -------------------------------------------------------------------
N1_KEEPER=$(keeper node1)
[ "$(ps -o pgid= "$N1_KEEPER" | tr -d ' ')" = "$N1_KEEPER" ] || { say "keeper not a group leader"; exit 1; }
KILL="/bin/kill -KILL -- -$N1_KEEPER; /bin/kill -KILL $APP1_PID"
set +e
"$BUILD/tests/failover/kikan-failover-terminals" --url "https://127.0.0.1:$FRONT" \
    --ca "$W/tls/ca.crt" --login madoguchi --password Failover-Test-2026 \
    --terminals "$TERMINALS" --seconds "$RUN_SECONDS" --kill-at "$KILL_AT" --kill-cmd "$KILL" \
    --pg-hosts 127.0.0.1,127.0.0.1 --pg-ports "$N1_PORT,$N2_PORT" --pg-user kikan --pg-database kikan
rc=$?
set -e
as_pg pg_autoctl show state --pgdata "$W/monitor" | sed 's/^/failover-test: /'
say "$(curl -sS --cacert "$W/tls/ca.crt" "https://127.0.0.1:$FRONT/api/v1/health")"
say "total $(( $(date +%s) - started )) s"
exit $rc
