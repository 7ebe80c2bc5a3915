#!/usr/bin/env bash
# Walks every journey in this folder through the real app and saves the screenshots, to be looked at after UI changes.
#   src/test/walks/run-all.sh [JAR] [OUTDIR] [JOURNEY...]
# Each journey runs in English and Chinese, light and dark, at 1180x720; a steps file whose first lines say
# "# sizes: any" (keyboard only, no clicks) also runs at the minimum window size, 720x480. Clicks are window-relative,
# so a file with clicks is only valid at the size it was written for.
# Output: OUTDIR/JOURNEY/LANG-THEME-SIZE/NN-name.png, plus each run's walk.log and app.out.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar=${1:-$here/../../../target/studypath.jar}
out=${2:-/tmp/studypath-walks}
shift $(( $# > 2 ? 2 : $# )) || true
walk=${WALK:-$here/../../../../shared/tools/walk.sh}
[ -f "$jar" ] || { echo "no jar at $jar: run mvn -B package -DskipTests first" >&2; exit 2; }
[ -x "$walk" ] || { echo "walk.sh not found at $walk (set WALK=...)" >&2; exit 2; }
# the JDK 25 that runs the jar: JAVA_HOME's, else Temurin 25 where this team's machines have it, else the PATH's
java=java
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then java=$JAVA_HOME/bin/java
elif [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; fi
journeys=("$@")
if [ ${#journeys[@]} -eq 0 ]; then
  for f in "$here"/*.steps; do journeys+=("$(basename "$f" .steps)"); done
fi

# A data folder in the given theme: take a backup of a fresh folder, set ui.theme in it, import it back.
# A journey's JOURNEY.prepare.py, when there is one, changes the same backup first (it is given the file's path).
prepare() { # DIR THEME LANG [JOURNEY]
  local dir=$1 theme=$2 extra=$here/${4:-none}.prepare.py
  mkdir -p "$dir"
  [ "$theme" = light ] && [ ! -f "$extra" ] && return 0
  LANG=$3 "$java" -jar "$jar" export --format json --out "$dir.json" --data-dir "$dir" >/dev/null 2>&1
  [ -f "$extra" ] && python3 "$extra" "$dir.json"
  [ "$theme" = light ] || python3 - "$dir.json" <<'PY'
import json, sys
p = sys.argv[1]
d = json.load(open(p, encoding="utf-8"))
rows = d["tables"]["setting"]
rows[:] = [r for r in rows if r["key"] != "ui.theme"] + [{"key": "ui.theme", "value": "DARK"}]
json.dump(d, open(p, "w", encoding="utf-8"), ensure_ascii=False)
PY
  LANG=$3 "$java" -jar "$jar" import "$dir.json" --data-dir "$dir" >/dev/null 2>&1
}

for j in "${journeys[@]}"; do
  steps=$here/$j.steps
  sizes=(1180x720)
  head -5 "$steps" | grep -q '^# sizes: any' && sizes+=(720x480)
  for lang in en_GB.UTF-8 zh_CN.UTF-8; do
    for theme in light dark; do
      for size in "${sizes[@]}"; do
        run=$out/$j/${lang%%.*}-$theme-$size
        data=$(mktemp -d)/data
        prepare "$data" "$theme" "$lang" "$j"
        "$walk" "$steps" "$run" --size "$size" --lang "$lang" --data "$data" -- "$java" -jar "$jar" >/dev/null 2>&1 \
          && echo "walked $j $lang $theme $size -> $run" || echo "FAILED $j $lang $theme $size (see $run/walk.log)"
      done
    done
  done
done
