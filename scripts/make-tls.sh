#!/usr/bin/env bash
# make-tls.sh DIR [NAME…]: a local certificate authority and a server certificate signed by it
# (ECDSA P-256), for the demo and the tests. Idempotent: existing files are kept.
#   DIR/ca.crt  DIR/ca.key          the local CA (the client pins ca.crt as its trusted CA)
#   DIR/server.crt DIR/server.key   the server's certificate (SAN: localhost, 127.0.0.1, ::1, NAME…)
set -euo pipefail
dir=$1; shift
mkdir -p "$dir"
cd "$dir"
umask 077
if [ ! -s ca.key ] || [ ! -s ca.crt ]; then
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -sha256 -days 3650 \
        -keyout ca.key -out ca.crt -subj "/O=Kikan/CN=Kikan Local CA" \
        -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign \
        2>/dev/null
fi
if [ ! -s server.key ] || [ ! -s server.crt ]; then
    san="DNS:localhost,IP:127.0.0.1,IP:::1"
    for n in "$@"; do san="$san,DNS:$n"; done
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -sha256 \
        -keyout server.key -out server.csr -subj "/O=Kikan/CN=localhost" 2>/dev/null
    printf 'subjectAltName=%s\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n' "$san" > server.ext
    openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 825 -sha256 \
        -extfile server.ext -out server.crt 2>/dev/null
    rm -f server.csr server.ext
fi
chmod 644 ca.crt server.crt
