#!/usr/bin/env bash
# The demo: a local town's server on https://localhost:<port> with demo staff, and the client.
# Called by `./kikan demo` after packages are installed and the tree is built. Idempotent: a second
# run reuses the data folder, the certificates and the accounts, and restarts the server.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/scripts/lib.sh"
BIN=$ROOT/build
DEMO=${KIKAN_DEMO_DIR:-$ROOT/run/demo}
PORT=${KIKAN_DEMO_PORT:-8443}
CONF=$DEMO/kikan-server.conf
SERVER="$BIN/server/kikan-server"

mkdir -p "$DEMO"
if [ ! -f "$CONF" ]; then
    cat > "$CONF" <<CONFIG
; Demo configuration (see docs/configuration.md for every key and its default).
[server]
data_dir = data
host = 127.0.0.1
port = $PORT
[store]
driver = sqlite
[auth]
password_sign_in = true
CONFIG
fi
"$ROOT/scripts/make-tls.sh" "$DEMO/data/tls"
"$SERVER" init --demo --config "$CONF"
# The demo town (docs/demo-town.md): about 16,000 residents shaped like 琴浦町, written once.
"$SERVER" demotown generate --if-empty --config "$CONF"

# A demo group for 文字同定 (the built-in groups come from init).
if ! "$SERVER" group list --config "$CONF" | grep -q "^データ移行"; then
    "$SERVER" group add --config "$CONF" データ移行 --right migration:view \
        --right migration:update >/dev/null
fi

# Demo staff: created once; a second run finds them.
demo_user() { # login name groups(comma-separated) password [card pin]
    if ! "$SERVER" user list --config "$CONF" | grep -q "^$1\b"; then
        local groups=()
        IFS=',' read -ra names <<<"$3"
        for g in "${names[@]}"; do groups+=(--group "$g"); done
        printf '%s\n' "$4" | "$SERVER" user add --config "$CONF" --login "$1" --name "$2" \
            "${groups[@]}" --password-stdin --own-password >/dev/null
        if [ -n "${5:-}" ]; then
            "$SERVER" user bind-card --config "$CONF" "$1" "$5" >/dev/null
            printf '%s\n' "$6" | "$SERVER" user set-pin --config "$CONF" "$1" --pin-stdin >/dev/null
        fi
    fi
}
demo_user admin "管理 花子" "システム管理者,データ移行" "Kikan-Admin-2026"
demo_user madoguchi "窓口 太郎" "窓口職員" "Kikan-Demo-2026" 04A1B2C3D4E5F6 1234

# (Re)start the server in the background.
if [ -f "$DEMO/server.pid" ] && kill -0 "$(cat "$DEMO/server.pid")" 2>/dev/null; then
    kill -TERM "$(cat "$DEMO/server.pid")"; sleep 1
fi
"$SERVER" serve --config "$CONF" > "$DEMO/server.log" 2>&1 &
echo $! > "$DEMO/server.pid"
for _ in $(seq 1 50); do
    curl -fsS --cacert "$DEMO/data/tls/ca.crt" "https://localhost:$PORT/api/v1/health" >/dev/null 2>&1 && break
    sleep 0.2
done
curl -fsS --cacert "$DEMO/data/tls/ca.crt" "https://localhost:$PORT/api/v1/health" >/dev/null \
    || { log "the server did not start: see $DEMO/server.log"; exit 1; }

cat <<INFO

  Kikan demo server:  https://localhost:$PORT/api/v1/   (CA: $DEMO/data/tls/ca.crt)
  Health:             curl --cacert $DEMO/data/tls/ca.crt https://localhost:$PORT/api/v1/health
  Demo sign-in:       admin / Kikan-Admin-2026        (システム管理者・データ移行)
                      madoguchi / Kikan-Demo-2026     (窓口職員; IC card 04A1B2C3D4E5F6, PIN 1234)
  Stop the server:    kill \$(cat $DEMO/server.pid)

INFO

CLIENT=("$BIN/client/kikan-client" --server "https://localhost:$PORT" --ca "$DEMO/data/tls/ca.crt")
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    log "starting the client"
    exec "${CLIENT[@]}"
else
    log "no display: starting the client under xvfb-run (a virtual X server; nothing appears on screen)"
    exec xvfb-run -a -s "-screen 0 1024x768x24" "${CLIENT[@]}"
fi
