#!/usr/bin/env bash
# Benchmark of `readiness audit` on generated monorepos and on the JDK's own sources, with `rg` as the I/O floor.
# Usage: bench/run.sh [SIZES...]   (default: 1000 10000 100000); RUNS=N repeats each timing (default 3).
# SRC_SUBDIR=java.base/java/util audits only that part of the JDK sources (the whole tree is the default).
# Writes bench/RESULTS.md. Needs JDK 17, Maven, GNU time; installs ripgrep from Debian when it is missing.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
work="$here/work"
runs="${RUNS:-3}"
sizes=("${@:-1000 10000 100000}")
read -r -a sizes <<< "${sizes[*]}"
# rg's stand-in for "read every file once and look for the secret keywords"
keywords='(?i)(api[_-]?key|secret|password|passwd|token|private[_-]?key|aws_access_key_id|BEGIN [A-Z ]*PRIVATE KEY)'

mkdir -p "$work"
if ! command -v rg >/dev/null; then
  apt-get update -qq && apt-get install -y -qq ripgrep >/dev/null
fi
(cd "$repo" && mvn -B -q -DskipTests package)
jar="$repo/target/readiness.jar"

targets=()
for n in "${sizes[@]}"; do
  dir="$work/gen-$n"
  if [ ! -d "$dir" ]; then
    java "$here/GenerateRepo.java" "$dir" "$n" 42
  fi
  targets+=("$dir")
done
java_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
# Debian's JDK links src.zip to a package that may not be installed: take the first JDK that has its sources.
src_zip=""
for candidate in "$java_home/lib/src.zip" /usr/lib/jvm/*/lib/src.zip; do
  if [ -f "$candidate" ]; then src_zip="$candidate"; break; fi
done
if [ ! -d "$work/jdk-src" ] && [ -n "$src_zip" ]; then
  mkdir -p "$work/jdk-src" && (cd "$work/jdk-src" && unzip -q "$src_zip")
fi
if [ -n "${SRC_SUBDIR:-}" ]; then
  targets+=("$work/jdk-src/$SRC_SUBDIR")
elif [ -d "$work/jdk-src" ]; then
  targets+=("$work/jdk-src")
fi

# time_once LABEL CMD... -> appends "label wall cpu rss" to $work/times.txt
time_once() {
  local label="$1"; shift
  local log="$work/time.log"
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || true
  local wall cpu_user cpu_sys rss
  wall="$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$log")"
  cpu_user="$(awk -F': ' '/User time/ {print $2}' "$log")"
  cpu_sys="$(awk -F': ' '/System time/ {print $2}' "$log")"
  rss="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")"
  echo "$label $wall $(echo "$cpu_user + $cpu_sys" | bc) $rss" >> "$work/times.txt"
}

: > "$work/times.txt"
for target in "${targets[@]}"; do
  name="$(basename "$target")"
  heap=()
  [ "$name" = "gen-100000" ] && heap=(-Xmx1g)
  for ((i = 0; i < runs; i++)); do
    time_once "readiness:$name" java "${heap[@]}" -jar "$jar" audit "$target" --format json -o "$work/report-$name.json" -q
    time_once "rg:$name" rg -c --no-ignore --hidden -e "$keywords" "$target"
  done
done

stat_of() { # TOOL NAME FIELD(2 wall,3 cpu,4 rss) min|median
  grep "^$1:$2 " "$work/times.txt" | awk -v f="$3" '{print $f}' | sort -g | awk -v m="$4" '
    {v[NR]=$1} END {if (m=="min") print v[1]; else print v[int((NR+1)/2)]}'
}

{
  echo "# Benchmark results"
  echo
  echo "Run by \`bench/run.sh\` on $(date -u +%Y-%m-%d) · $(nproc) cores · $(awk '/model name/ {sub(/.*: /,""); print; exit}' /proc/cpuinfo)"
  echo "· JDK sources from ${src_zip:-nowhere}${SRC_SUBDIR:+ (only $SRC_SUBDIR)}"
  echo "· $(free -g | awk '/Mem:/ {print $2}') GB RAM · $(java -version 2>&1 | head -1) · $runs runs each, whole process (JVM start included)."
  echo
  echo "| target | files audited | MB | readiness wall min / median (s) | CPU median (s) | peak RSS (MB) | files/s | MB/s | rg wall median (s) | readiness ÷ rg |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  for target in "${targets[@]}"; do
    name="$(basename "$target")"
    report="$work/report-$name.json"
    files="$(grep -o '"files" *: *[0-9]*' "$report" | tail -1 | grep -o '[0-9]*$')"
    bytes="$(grep -o '"bytes" *: *[0-9]*' "$report" | tail -1 | grep -o '[0-9]*$')"
    wmin="$(stat_of readiness "$name" 2 min)"; wmed="$(stat_of readiness "$name" 2 median)"
    cmed="$(stat_of readiness "$name" 3 median)"; rss="$(stat_of readiness "$name" 4 median)"
    rmed="$(stat_of rg "$name" 2 median)"
    echo "| $name | $files | $(echo "scale=1; $bytes/1048576" | bc) | $wmin / $wmed | $cmed | $((rss / 1024)) | $(echo "$files/$wmed" | bc) | $(echo "scale=1; $bytes/1048576/$wmed" | bc) | $rmed | $(echo "scale=1; $wmed/$rmed" | bc) |"
  done
} > "$here/RESULTS.md"
cat "$here/RESULTS.md"
