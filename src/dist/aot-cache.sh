#!/bin/sh
# The AOT cache of a StudyPath app image built by jpackage (mvn -Pdist package): lib/app/studypath.aot holds what a
# start of StudyPath loads, links and profiles (JDK 25's ahead-of-time cache, JEPs 483, 514, 515), so later starts map
# it instead of doing that work again. The launcher uses it only once it exists and has been checked, and a start
# without it works the same, only slower.
#
#   aot-cache.sh --train IMAGE  starts the packaged app once on a temporary data folder (Launcher --aot-training: it
#                               quits by itself 4 s after its window showed) with -XX:AOTCacheOutput, checks the cache
#                               and adds -XX:AOTCache=$APPDIR/studypath.aot to the launcher's options. It copies this
#                               script to IMAGE/lib/. Needs a display: without $DISPLAY it runs under xvfb-run; with
#                               neither it leaves the image without a cache (and says so).
#   aot-cache.sh --check IMAGE  checks that the image's JVM can map the cache where the image now is (the JVM takes a
#                               cache made elsewhere as long as the image moved as a whole); if it cannot, the cache
#                               and the launcher's option are removed. The .deb's postinst runs it in /opt/studypath.
# Both use IMAGE's own runtime, and the class path and JVM options of its launcher (lib/app/StudyPath.cfg).
set -eu
mode=${1:-}
if [ $# -ne 2 ] || { [ "$mode" != --train ] && [ "$mode" != --check ]; } || [ ! -d "$2/lib/app" ]; then
  sed -n '2,16p' "$0" >&2
  exit 2
fi
image=$(cd "$2" && pwd)
app=$image/lib/app
java=$image/lib/runtime/bin/java
cfg=$app/StudyPath.cfg
cache=$app/studypath.aot
option='java-options=-XX:AOTCache=$APPDIR/studypath.aot'

# the launcher's settings with $APPDIR filled in, minus the cache option itself (options must not contain spaces)
classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s|\$APPDIR|$app|g" | paste -s -d : -)
mainclass=$(sed -n 's/^app\.mainclass=//p' "$cfg")
# (grep finds nothing when the launcher has no other options: that is not an error)
options=$(sed -n 's/^java-options=//p' "$cfg" | { grep -v -e '^-XX:AOTCache=' || true; } | sed "s|\$APPDIR|$app|g")
set -f # $options is split into words below, never globbed

without_cache() {
  rm -f "$cache"
  grep -v -x -F "$option" "$cfg" > "$cfg.new" || true
  mv "$cfg.new" "$cfg"
}

# the cache maps (-XX:AOTMode=on fails otherwise) for a start that needs no window
check() {
  # shellcheck disable=SC2086
  "$java" $options -XX:AOTCache="$cache" -XX:AOTMode=on -Djava.class.path="$classpath" "$mainclass" --version \
    >/dev/null 2>&1
}

if [ "$mode" = --train ]; then
  without_cache
  if [ -n "${DISPLAY:-}" ] || [ "$(uname -s)" = Darwin ]; then
    set --
  elif command -v xvfb-run >/dev/null 2>&1; then
    set -- xvfb-run --auto-servernum --server-args="-screen 0 1280x800x24 -nolisten tcp"
  else
    echo "aot-cache.sh: no display and no xvfb-run (Debian: apt-get install xvfb), so StudyPath is packaged" \
      "without its AOT cache: it works, but starts slower" >&2
    exit 0
  fi
  echo "aot-cache.sh: starting $image once to record its start"
  # shellcheck disable=SC2086
  "$@" "$java" $options -XX:AOTCacheOutput="$cache" -Djava.class.path="$classpath" "$mainclass" --aot-training
  cp "$0" "$image/lib/aot-cache.sh"
fi

if [ -s "$cache" ] && check; then
  grep -q -x -F "$option" "$cfg" || printf '%s\n' "$option" >> "$cfg"
  echo "aot-cache.sh: $cache ($(du -k "$cache" | cut -f1) KB) is used by the launcher"
else
  without_cache
  echo "aot-cache.sh: no usable AOT cache in $image; StudyPath starts without one" >&2
fi
