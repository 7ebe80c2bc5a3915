#!/usr/bin/env bash
# Times StudyPath's start to its first window, and its memory, the way the README's figures were measured:
#   measure-start.sh RUNS COMMAND [ARG...]
# e.g. src/dist/measure-start.sh 10 target/dist/StudyPath/bin/StudyPath
# Starts Xvfb (1280x800x24) once; a first, untimed run seeds a fresh data folder, then each of the RUNS starts
# COMMAND --data-dir DIR, notes the time from the launch to a visible window titled StudyPath (polled every 10 ms),
# waits RSS_AFTER seconds (5 unless set; RSS_AFTER=30 gives the idle figure the memory target is about) and reads
# the process's VmRSS from /proc, then ends it (SIGTERM). Prints every run, then the medians.
# The app image's launcher (bin/StudyPath) starts with its own JVM options and AOT cache (lib/app/StudyPath.cfg).
# Needs Xvfb and xdotool (Debian: apt-get install xvfb xdotool).
set -euo pipefail
[ $# -ge 2 ] || { sed -n '2,10p' "$0" >&2; exit 2; }
rss_after=${RSS_AFTER:-5}
case $rss_after in '' | *[!0-9]*) echo "RSS_AFTER: a whole number of seconds" >&2; exit 2 ;; esac
runs=$1
shift
data=$(mktemp -d)
display=:$((500 + RANDOM % 400))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app=
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  rm -rf "$data"
}
trap cleanup EXIT
export DISPLAY=$display
for _ in $(seq 50); do xdotool getmouselocation >/dev/null 2>&1 && break; sleep 0.1; done

one_run() { # prints "ms rss_kb"
  local start shown rss
  start=$(date +%s%N)
  "$@" --data-dir "$data" >/dev/null 2>&1 &
  app=$!
  until xdotool search --onlyvisible --name '^StudyPath$' >/dev/null 2>&1; do
    kill -0 "$app" 2>/dev/null || { echo "StudyPath ended before its window showed" >&2; exit 1; }
    sleep 0.01
  done
  shown=$(( ($(date +%s%N) - start) / 1000000 ))
  sleep "$rss_after"
  rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$app/status")
  kill "$app"
  wait "$app" 2>/dev/null || true
  app=
  echo "$shown $rss"
}

one_run "$@" >/dev/null # seeds the data folder, warms the file cache
results=()
for i in $(seq "$runs"); do
  result=$(one_run "$@")
  results+=("$result")
  echo "run $i: first window after ${result% *} ms, VmRSS ${result#* } kB ${rss_after} s later"
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }
echo "median of $runs: first window after $(printf '%s\n' "${results[@]}" | cut -d' ' -f1 | median) ms," \
  "VmRSS $(printf '%s\n' "${results[@]}" | cut -d' ' -f2 | median) kB"
