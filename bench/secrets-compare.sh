#!/usr/bin/env bash
# Measures readiness and secretlint (recommended preset) on the same labelled secrets corpus:
# precision, recall and wall time. Not part of `mvn verify`: it installs secretlint from npm.
# A finding counts as a true positive when its file and line carry a label, whatever the rule id,
# since the two tools name their rules differently. Usage: bench/secrets-compare.sh [WORK_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
work="${1:-$(mktemp -d)}"
mkdir -p "$work"
rm -rf "$work/corpus"

mvn -B -q test -Dtest=SecretCorpusExportTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dsecrets.corpus.out="$work/corpus" >/dev/null
mvn -B -q -DskipTests package >/dev/null

# shellcheck source=bench/lib.sh
. bench/lib.sh
# the version bench/run.sh uses ($SECRETLINT_VERSION), which README's precision/recall table was measured with
install_secretlint "$work"

seconds() { date +%s.%N; }

start=$(seconds)
(cd "$work" && "${SECRETLINT[@]}" --format json --output secretlint.json "corpus/**/*" "corpus/**/.*" \
    >/dev/null 2>&1 || true)
secretlint_time=$(echo "$(seconds) - $start" | bc)

# readiness: the detectors alone, as SecretCorpusTest measures them, then the whole audit for the time.
readiness_line=$(mvn -B -q test -Dtest=SecretCorpusTest 2>/dev/null | grep '^overall')
start=$(seconds)
java -jar target/readiness.jar audit "$work/corpus" --format json -o "$work/readiness.json" -q >/dev/null 2>&1 || true
readiness_time=$(echo "$(seconds) - $start" | bc)

python3 - "$work" "$secretlint_time" "$readiness_time" "$readiness_line" <<'PY'
import csv, json, os, sys
work, sl_time, rd_time, rd_line = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
labels = set()
with open(os.path.join(work, "labels.tsv")) as f:
    for row in csv.DictReader(f, delimiter="\t"):
        labels.add((row["path"], int(row["line"])))
found = set()
with open(os.path.join(work, "secretlint.json")) as f:
    for result in json.load(f):
        path = os.path.relpath(result["filePath"], os.path.join(work, "corpus"))
        for message in result.get("messages", []):
            found.add((path, message["loc"]["start"]["line"]))
tp = len(found & labels)
precision = tp / len(found) if found else 1.0
recall = tp / len(labels)
print(f"{'tool':<12} {'TP':>5} {'FP':>5} {'FN':>5} {'precision':>9} {'recall':>7} {'wall s':>7}")
print(f"{'secretlint':<12} {tp:>5} {len(found) - tp:>5} {len(labels) - tp:>5} {precision:>9.3f} {recall:>7.3f} {sl_time:>7.2f}")
_, r_tp, r_fp, r_fn, r_p, r_r = rd_line.split()
print(f"{'readiness':<12} {r_tp:>5} {r_fp:>5} {r_fn:>5} {float(r_p):>9.3f} {float(r_r):>7.3f} {rd_time:>7.2f}")
PY
