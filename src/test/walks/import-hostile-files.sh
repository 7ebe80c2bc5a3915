#!/bin/sh
# The files import-hostile.steps imports: a backup of a fresh data folder with an escape sequence and half a
# character pair in a title, and one whose settings name a relative backup folder.
set -e
mkdir -p /tmp/hx
rm -rf /tmp/hx/src-data
${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java -jar target/studypath.jar export --format json --out /tmp/hx/b.json --data-dir /tmp/hx/src-data
python3 - <<'PY'
s = open('/tmp/hx/b.json', encoding='utf-8').read()
open('/tmp/hx/bad-title.json', 'w').write(s.replace('"title":"Essence of calculus"', '"title":"Essence \\u001b[2J\\ud800 of calculus"', 1))
open('/tmp/hx/folder.json', 'w').write(s.replace('"setting":[\n', '"setting":[\n{"key":"backup.folder","value":"../../../../../../tmp/x"},\n', 1))
PY
