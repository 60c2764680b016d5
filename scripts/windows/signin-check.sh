#!/usr/bin/env bash
# signin-check.sh EXE SHOT_DIR LOGIN PASSWORD — run by win_msi_check on its Xvfb display: starts
# the installed kikan-client.exe under wine as a user would, waits for its sign-in window, opens
# the "ID and password" tab with Ctrl+Tab (offered only when the server answered /auth/options
# over TLS with the town CA; the cursor moves to the staff ID field) and takes
# SHOT_DIR/sign-in.png; then types the staff ID, Tab, the password and Return with xdotool and
# waits for the main window (SHOT_DIR/signed-in.png).
# Exit 0: signed in. Exit 2: the sign-in window stayed after the ID and password were typed.
# Exit 1: no sign-in window.
set -euo pipefail
exe=$1; shots=$2; login=$3; password=$4
mkdir -p "$shots"
wine "$exe" >"$shots/client.log" 2>&1 &
client=$!
trap 'kill $client 2>/dev/null || true; wineserver -k 2>/dev/null || true' EXIT
# The sign-in dialog: its title is the translated "Kikan - Sign in" (Kikan - サインイン).
win=""
for _ in $(seq 1 120); do
    win=$(xdotool search --onlyvisible --name 'サインイン|Sign in' 2>/dev/null | head -1 || true)
    [ -n "$win" ] && break
    sleep 1
done
[ -n "$win" ] || { echo "signin-check: no sign-in window"; import -window root "$shots/no-window.png"; exit 1; }
sleep 5 # the options (password sign-in allowed) arrive from the server
# No window manager: the keyboard goes to the window under the pointer.
xdotool mousemove --window "$win" 20 20
xdotool key ctrl+Tab                 # the "ID and password" tab; the staff ID field takes focus
sleep 1
import -window root "$shots/sign-in.png"
xdotool type --delay 80 "$login"
xdotool key Tab
xdotool type --delay 80 "$password"
xdotool key Return
for _ in $(seq 1 30); do
    if ! xdotool search --onlyvisible --name 'サインイン|Sign in' >/dev/null 2>&1; then
        sleep 3
        import -window root "$shots/signed-in.png"
        echo "signin-check: signed in as $login"
        exit 0
    fi
    sleep 1
done
import -window root "$shots/still-sign-in.png"
echo "signin-check: the sign-in window stayed after the ID and password were typed"
exit 2
