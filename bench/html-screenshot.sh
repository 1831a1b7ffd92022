#!/usr/bin/env bash
# Renders the HTML report of a repository in headless Chromium and saves screenshots of the page as a
# browser shows it and as it prints, so the layout can be checked by eye, not only by string matching.
#
#   bench/html-screenshot.sh [REPO] [OUT_DIR]
#
# REPO defaults to the python-fastapi fixture, OUT_DIR to target/html-screenshot. Builds the jar when it
# is missing. Needs chromium (Debian: apt-get install -y chromium).
set -euo pipefail
cd "$(dirname "$0")/.."

repo="${1:-src/test/resources/fixtures/python-fastapi}"
out="${2:-target/html-screenshot}"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
  echo "html-screenshot: no chromium on PATH (Debian: apt-get install -y chromium)" >&2
  exit 2
fi
if [ ! -f target/readiness.jar ]; then
  mvn -B -q -DskipTests package
fi

mkdir -p "$out"
rm -f "$out/report.html" "$out/screen.png" "$out/narrow.png" "$out/print.pdf"
java -jar target/readiness.jar audit "$repo" --format html --output "$out/report.html" --quiet || true
page="file://$(cd "$out" && pwd)/report.html"
headless=(--headless --no-sandbox --disable-gpu --hide-scrollbars --run-all-compositor-stages-before-draw)

"$browser" "${headless[@]}" --window-size=1280,2400 --screenshot="$out/screen.png" "$page" 2>/dev/null
"$browser" "${headless[@]}" --window-size=600,1600 --screenshot="$out/narrow.png" "$page" 2>/dev/null
"$browser" "${headless[@]}" --no-pdf-header-footer --print-to-pdf="$out/print.pdf" "$page" 2>/dev/null
for file in report.html screen.png narrow.png print.pdf; do
  if [ ! -s "$out/$file" ]; then
    echo "html-screenshot: $out/$file was not written" >&2
    exit 1
  fi
done
echo "html-screenshot: $out/report.html, $out/screen.png, $out/narrow.png, $out/print.pdf"
