#!/usr/bin/env bash
# Makes a data folder where the starter path began 8 days ago and its first four units were done last week (the first
# rated Good the day after), then walks review-today.steps on it. The app has no test clock: the days are real.
#   review-today.sh OUTDIR [JAR]   (JAR: target/studypath.jar; run under flock /tmp/mvn.lock)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$1
jar=${2:-target/studypath.jar}
java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
data=$(mktemp -d)
# the command line makes the data folder and the starter path, as a first start does
STUDYPATH_HOME=$data "$java" -jar "$jar" export --format csv --out "$data/first.csv" >/dev/null
today=$(date +%F)
sqlite3 "$data/studypath.db" <<SQL
UPDATE study_path SET start_date = date('$today', '-8 days');
INSERT INTO unit_progress (unit_id, status, status_date, updated_at)
  SELECT u.id, 'DONE', date('$today', '-' || (8 - u.position) || ' days'), 'walk' FROM unit u
  JOIN path_item i ON i.resource_id = u.resource_id AND i.position = 0 WHERE u.position < 4;
INSERT INTO review_rating (unit_id, day, rating, created_at)
  SELECT u.id, date('$today', '-7 days'), 'good', 'walk' FROM unit u
  JOIN path_item i ON i.resource_id = u.resource_id AND i.position = 0 WHERE u.position = 0;
INSERT OR REPLACE INTO setting (key, value) VALUES ('ui.welcome', 'false');
SQL
exec /work/shared/tools/walk.sh "$here/review-today.steps" "$out" --size 1180x720 --data "$data" -- "$java" -jar "$jar"
