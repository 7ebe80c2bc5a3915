#!/usr/bin/env sh
# Renders the application icon, src/dist/studypath.svg, to the files committed beside it; run it after changing the SVG
# and commit the results. Needs rsvg-convert (Debian: apt-get install librsvg2-bin) and python3.
#   src/main/resources/org/studypath/ui/icons/studypath-{32,64,256}.png  the window's icons; jpackage's on Linux (256)
#   src/dist/studypath.ico   jpackage's icon on Windows (PNG images of 32, 64 and 256 px in an .ico)
#   src/dist/studypath.icns  jpackage's icon on macOS (PNG images of 32, 64, 128, 256 and 512 px in an .icns)
set -eu
cd "$(dirname "$0")/../.."
out=src/main/resources/org/studypath/ui/icons
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
for size in 32 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" src/dist/studypath.svg --output "$tmp/$size.png"
done
for size in 32 64 256; do
  cp "$tmp/$size.png" "$out/studypath-$size.png"
done
python3 - "$tmp" <<'PY'
import struct, sys
tmp = sys.argv[1]
png = {size: open(f"{tmp}/{size}.png", "rb").read() for size in (32, 64, 128, 256, 512)}

# .ico: ICONDIR, one ICONDIRENTRY per image (0 means 256), then the PNG data
sizes = (32, 64, 256)
offset = 6 + 16 * len(sizes)
head, body = struct.pack("<HHH", 0, 1, len(sizes)), b""
for size in sizes:
    data = png[size]
    head += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset + len(body))
    body += data
open("src/dist/studypath.ico", "wb").write(head + body)

# .icns: "icns" and the file length, then (type, length, PNG data) for each size
types = {32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}
body = b"".join(t + struct.pack(">I", 8 + len(png[s])) + png[s] for s, t in types.items())
open("src/dist/studypath.icns", "wb").write(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY
ls -l "$out" src/dist/studypath.ico src/dist/studypath.icns
