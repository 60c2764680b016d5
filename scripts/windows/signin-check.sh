#!/usr/bin/env bash
# signin-check.sh EXE SHOT_DIR LOGIN PASSWORD — run inside Xvfb (xvfb-run) by wine.sh: starts the
# installed kikan-client.exe under wine as a user would, waits for its sign-in window, opens the
# "ID and password" tab, types the staff ID and password with xdotool, takes the sign-in window's
# screenshot, presses Enter and waits for the main window (taken too). Exit 0 when the main
# window appeared. Wine's environment (WINEPREFIX …) comes from the caller.
set -euo pipefail
exe=$1; shots=$2; login=$3; password=$4
mkdir -p "$shots"
wine "$exe" >"$shots/client.log" 2>&1 &
client=$!
trap 'kill $client 2>/dev/null || true; wineserver -k 2>/dev/null || true' EXIT
# The sign-in dialog: its title is the translated "Kikan - Sign in" (基幹 - サインイン).
win=""
for _ in $(seq 1 120); do
    win=$(xdotool search --onlyvisible --name 'サインイン|Sign in' 2>/dev/null | head -1 || true)
    [ -n "$win" ] && break
    sleep 1
done
[ -n "$win" ] || { echo "signin-check: no sign-in window"; import -window root "$shots/no-window.png"; exit 1; }
sleep 3 # the options (password sign-in allowed) arrive from the server
xdotool windowfocus --sync "$win" 2>/dev/null || true
xdotool key --window "$win" ctrl+Tab      # the "ID and password" tab
sleep 1
xdotool type --window "$win" --delay 50 "$login"
xdotool key --window "$win" Tab
xdotool type --window "$win" --delay 50 "$password"
sleep 1
import -window root "$shots/sign-in.png"
xdotool key --window "$win" Return
for _ in $(seq 1 60); do
    if ! xdotool search --onlyvisible --name 'サインイン|Sign in' >/dev/null 2>&1; then
        sleep 3
        import -window root "$shots/signed-in.png"
        echo "signin-check: signed in as $login"
        exit 0
    fi
    sleep 1
done
import -window root "$shots/still-sign-in.png"
echo "signin-check: still at the sign-in window"
exit 1
