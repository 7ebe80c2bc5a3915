#!/bin/sh
# Makes the AppCDS archive of a StudyPath app image built by jpackage (mvn -Pdist package): lib/app/studypath.jsa holds
# the classes a start of StudyPath loads, already parsed and checked, so the next starts map them instead. The launcher
# passes -XX:SharedArchiveFile=$APPDIR/studypath.jsa -Xshare:auto: a missing or stale archive only makes it slower.
#
#   cds-archive.sh --train IMAGE  starts the packaged app once on a temporary data folder (Launcher --cds-training: it
#                                 quits by itself 4 s after its window showed), records the classes it loaded in
#                                 lib/app/studypath.classlist, copies this script to IMAGE/lib/, then makes the archive.
#                                 Needs a display: without $DISPLAY it runs under xvfb-run; with neither it leaves the
#                                 image without an archive (and says so).
#   cds-archive.sh IMAGE          makes the archive again from the recorded class list. The JVM uses an archive only
#                                 with the jar path it was made with, so run this after moving the image; the .deb's
#                                 postinst runs it in /opt/studypath.
# Both use IMAGE's own runtime, and the class path and JVM options of its launcher (lib/app/StudyPath.cfg).
set -eu
train=false
if [ "${1:-}" = --train ]; then
  train=true
  shift
fi
if [ $# -ne 1 ] || [ ! -d "$1/lib/app" ]; then
  sed -n '2,15p' "$0" >&2
  exit 2
fi
image=$(cd "$1" && pwd)
app=$image/lib/app
java=$image/lib/runtime/bin/java
cfg=$app/StudyPath.cfg
classlist=$app/studypath.classlist
archive=$app/studypath.jsa

# the launcher's settings with $APPDIR filled in, minus the archive options themselves (options must not contain spaces)
classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s|\$APPDIR|$app|g" | paste -s -d : -)
mainclass=$(sed -n 's/^app\.mainclass=//p' "$cfg")
# (grep finds nothing when the launcher has no other options: that is not an error)
options=$(sed -n 's/^java-options=//p' "$cfg" | { grep -v -e '^-XX:SharedArchiveFile=' -e '^-Xshare:' || true; } \
  | sed "s|\$APPDIR|$app|g")
set -f # $options is split into words below, never globbed

if $train; then
  rm -f "$classlist" "$archive"
  if [ -n "${DISPLAY:-}" ] || [ "$(uname -s)" = Darwin ]; then
    set --
  elif command -v xvfb-run >/dev/null 2>&1; then
    set -- xvfb-run --auto-servernum --server-args="-screen 0 1280x800x24 -nolisten tcp"
  else
    echo "cds-archive.sh: no display and no xvfb-run (Debian: apt-get install xvfb), so StudyPath is packaged" \
      "without its AppCDS archive: it works, but starts slower" >&2
    exit 0
  fi
  echo "cds-archive.sh: starting $image once to record the classes it loads"
  # shellcheck disable=SC2086
  "$@" "$java" $options -XX:DumpLoadedClassList="$classlist" -Djava.class.path="$classpath" "$mainclass" \
    --cds-training
  cp "$0" "$image/lib/cds-archive.sh"
fi

if [ ! -s "$classlist" ]; then
  echo "cds-archive.sh: no class list in $classlist (make one with --train)" >&2
  exit 1
fi
rm -f "$archive"
# shellcheck disable=SC2086
"$java" $options -Xshare:dump -XX:SharedClassListFile="$classlist" -XX:SharedArchiveFile="$archive" \
  -Djava.class.path="$classpath"
echo "cds-archive.sh: $archive, $(wc -l < "$classlist") classes listed"
