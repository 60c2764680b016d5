#!/usr/bin/env python3
# A virtual staff IC card for the demo: puts a card with the given UID on vsmartcard's vpcd
# reader until Ctrl-C (or --seconds), speaking vpcd's protocol as docs/ic-card.md describes
# (2-byte big-endian length + payload; 1-byte payloads are control: 0 off, 1 on, 2 reset, 4 ATR).
# Usage: scripts/virtual-card/virtual-card.py 04A1B2C3D4E5F6 [--port 35963] [--seconds N]
import argparse
import socket
import sys
import time

ATR = bytes.fromhex("3B8F8001804F0CA000000306030001000000006A")  # MIFARE Classic 1K, contactless


def read_exact(sock, size):
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            raise ConnectionError("reader closed the connection")
        data += chunk
    return data


def send(sock, payload):
    sock.sendall(len(payload).to_bytes(2, "big") + payload)


def answer(apdu, uid):
    if apdu[:3] == b"\xFF\xCA\x00":  # PC/SC part 3 GET DATA: the UID
        return uid + b"\x90\x00"
    return b"\x6D\x00"  # instruction not supported


def main():
    parser = argparse.ArgumentParser(description="virtual IC card for vpcd")
    parser.add_argument("uid", help="card UID in hex, e.g. 04A1B2C3D4E5F6")
    parser.add_argument("--port", type=int, default=35963,
                        help="35963 = 'Virtual PCD 00 00', 35964 = 'Virtual PCD 00 01'")
    parser.add_argument("--seconds", type=float, default=0, help="remove the card after N s")
    args = parser.parse_args()
    uid = bytes.fromhex(args.uid)
    deadline = time.monotonic() + 10
    while True:
        try:
            sock = socket.create_connection(("127.0.0.1", args.port), timeout=2)
            break
        except OSError as error:
            if time.monotonic() > deadline:
                sys.exit(f"cannot reach vpcd on port {args.port} (is pcscd running?): {error}")
            time.sleep(0.1)
    end = time.monotonic() + args.seconds if args.seconds > 0 else None
    print(f"card {uid.hex().upper()} on port {args.port}; Ctrl-C removes it", file=sys.stderr)
    try:
        while True:
            if end is not None:
                sock.settimeout(max(0.001, end - time.monotonic()))
            else:
                sock.settimeout(None)
            size = int.from_bytes(read_exact(sock, 2), "big")
            payload = read_exact(sock, size)
            if len(payload) == 1:
                if payload[0] == 4:
                    send(sock, ATR)
                continue
            send(sock, answer(payload, uid))
    except (KeyboardInterrupt, socket.timeout, ConnectionError):
        pass
    finally:
        sock.close()


if __name__ == "__main__":
    main()
