#!/usr/bin/env bash
# Benchmark of `readiness audit` against two peers on the same trees: `rg` with a secret-keyword pattern (the
# I/O floor: every file read once) and secretlint with its recommended preset.
#
# Usage: [RUNS=N] [TARGETS="..."] bench/run.sh [SIZES...]
#   SIZES    file counts of the generated repositories (default: 1000 10000 100000)
#   RUNS     timings of each tool on each target (default 3); minimum and median are reported
#   TARGETS  which targets to run, space or comma separated (default: "gen real-code"):
#              gen        one generated repository per SIZE (bench/GenerateRepo.java, seed 42)
#              gen-N      the generated repository of N files
#              real-code  the JDK's lib/src.zip, Maven source jars of Spring and Hibernate, and npm packages
#              jdk-src    the JDK sources alone (SRC_SUBDIR=java.base/java/util takes only that folder)
#   SECRETLINT_TIMEOUT  seconds after which a secretlint run is stopped and reported as "> N s" (default 600)
# Example: TARGETS=real-code RUNS=1 bench/run.sh
#
# Every tool runs as a whole process (JVM or Node start included), timed by GNU time; readiness always with
# -Xmx1g, the issue's memory bound. Targets and secretlint are prepared under bench/work and reused by later
# runs. Writes bench/RESULTS.md. Needs JDK 17, Maven, Node.js 20 or newer with npm (secretlint itself runs on
# Node.js 22, see lib.sh); installs ripgrep, GNU time, bc and unzip from Debian when they are missing, and the
# JDK sources (openjdk-17-source) when no JDK has them.
set -euo pipefail
export LC_ALL=C

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
work="$here/work"
runs="${RUNS:-3}"
sizes=("${@:-1000 10000 100000}")
read -r -a sizes <<< "${sizes[*]}"
read -r -a wanted <<< "$(echo "${TARGETS:-gen real-code}" | tr ',' ' ')"
secretlint_cap="${SECRETLINT_TIMEOUT:-600}"
# rg's stand-in for "read every file once and look for the secret keywords"
keywords='(?i)(api[_-]?key|secret|password|passwd|token|private[_-]?key|aws_access_key_id|BEGIN [A-Z ]*PRIVATE KEY)'

# The real-code target, pinned. Spring Framework 6.1.14 is the one Spring Boot 3.3.5 is built on.
maven_sources=(
  org.springframework:spring-core:6.1.14
  org.springframework:spring-beans:6.1.14
  org.springframework:spring-context:6.1.14
  org.springframework:spring-web:6.1.14
  org.springframework:spring-webmvc:6.1.14
  org.springframework:spring-jdbc:6.1.14
  org.springframework.boot:spring-boot:3.3.5
  org.springframework.boot:spring-boot-autoconfigure:3.3.5
  org.hibernate.orm:hibernate-core:6.5.3.Final
)
# Installed with their dependencies (whose versions npm resolves on the day), without optional ones: next's
# are native compilers of 100+ MB each.
npm_packages=(typescript@5.6.3 lodash@4.17.21 next@14.2.15 @aws-sdk/client-s3@3.679.0)
dependency_plugin=org.apache.maven.plugins:maven-dependency-plugin:3.6.1
# Folders readiness never enters (RepositoryWalker.EXCLUDED_FOLDERS). In real-code they are renamed with a
# trailing "_" so that the three tools read the same files: next's code, for one, is all under dist/.
skipped_folders=(.git .hg .svn node_modules bower_components .venv venv __pycache__ .tox .mypy_cache
  .pytest_cache .ruff_cache site-packages target build dist vendor .gradle .idea .vscode .next .nuxt
  .svelte-kit .terraform coverage .cache)

# shellcheck source=bench/lib.sh
. "$here/lib.sh"

mkdir -p "$work/stamps"
missing=()
command -v rg >/dev/null || missing+=(ripgrep)
[ -x /usr/bin/time ] || missing+=(time)
command -v bc >/dev/null || missing+=(bc)
command -v unzip >/dev/null || missing+=(unzip)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
fi
(cd "$repo" && mvn -B -q -DskipTests package)
jar="$repo/target/readiness.jar"

# --- targets ---------------------------------------------------------------------------------------------

# Debian's JDK links src.zip to a package that may not be installed: take the first JDK that has its sources.
find_src_zip() {
  local java_home candidate
  java_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  for candidate in "$java_home/lib/src.zip" /usr/lib/jvm/*/lib/src.zip; do
    if [ -f "$candidate" ]; then readlink -f "$candidate"; return; fi
  done
}

prepare_jdk() { # -> $work/real-code/jdk
  local src_zip
  src_zip="$(find_src_zip)"
  if [ -z "$src_zip" ]; then
    apt-get update -qq && apt-get install -y -qq openjdk-17-source >/dev/null
    src_zip="$(find_src_zip)"
  fi
  jdk_sources="$src_zip"
  if [ "$(cat "$work/stamps/jdk" 2>/dev/null)" != "$src_zip" ]; then
    rm -rf "$work/real-code/jdk" && mkdir -p "$work/real-code/jdk"
    (cd "$work/real-code/jdk" && unzip -q "$src_zip")
    echo "$src_zip" > "$work/stamps/jdk"
  fi
}

prepare_maven() { # -> $work/real-code/maven/ARTIFACT-VERSION, one folder per source jar
  local coord group artifact version out keep=() folder
  mkdir -p "$work/real-code/maven"
  for coord in "${maven_sources[@]}"; do
    IFS=: read -r group artifact version <<< "$coord"
    out="$work/real-code/maven/$artifact-$version"
    keep+=("$out")
    [ -d "$out" ] && continue
    rm -rf "$out.part"
    # Run where there is no pom.xml, so that Maven resolves only the one artifact.
    (cd "$work" && mvn -B -q "$dependency_plugin:unpack" -Dartifact="$group:$artifact:$version:jar:sources" \
      -DoutputDirectory="$out.part" -DmarkersDirectory="$work/.maven-markers")
    mv "$out.part" "$out"
  done
  for folder in "$work/real-code/maven"/*; do # drop what an earlier pin list unpacked
    [[ " ${keep[*]} " == *" $folder "* ]] || rm -rf "$folder"
  done
}

prepare_npm() { # -> $work/real-code/npm: what `npm install` put in node_modules
  local stage="$work/npm-stage"
  if [ "$(cat "$work/stamps/npm" 2>/dev/null)" != "${npm_packages[*]}" ] || [ ! -d "$work/real-code/npm" ]; then
    rm -rf "$stage" "$work/real-code/npm" && mkdir -p "$stage"
    (cd "$stage" && npm init -y >/dev/null 2>&1 \
      && npm install --silent --no-audit --no-fund --ignore-scripts --omit=optional "${npm_packages[@]}" >/dev/null)
    mv "$stage/node_modules" "$work/real-code/npm" && rm -rf "$stage"
    echo "${npm_packages[*]}" > "$work/stamps/npm"
  fi
  # .bin holds only links to files that are there anyway; no tool should read them twice.
  find "$work/real-code/npm" -type l -delete
}

prepare_real_code() {
  local name expr=()
  prepare_jdk
  prepare_maven
  prepare_npm
  for name in "${skipped_folders[@]}"; do expr+=(-o -name "$name"); done
  # -depth renames the inner folders before the ones holding them.
  find "$work/real-code" -mindepth 1 -depth -type d \( "${expr[@]:1}" \) -exec mv {} {}_ \;
}

tree_size() { # DIR -> "files bytes" of the regular files under DIR
  find "$1" -type f -printf '%s\n' | awk '{n++; b+=$1} END {printf "%d %d\n", n, b}'
}

targets=() # names
declare -A target_dir
add_target() { [ -n "${target_dir[$1]:-}" ] || targets+=("$1"); target_dir[$1]="$2"; }
for want in "${wanted[@]}"; do
  case "$want" in
    gen) for n in "${sizes[@]}"; do add_target "gen-$n" "$work/gen-$n"; done ;;
    gen-[0-9]*) add_target "$want" "$work/$want" ;;
    real-code) add_target real-code "$work/real-code" ;;
    jdk-src) add_target jdk-src "$work/real-code/jdk${SRC_SUBDIR:+/$SRC_SUBDIR}" ;;
    *) echo "bench: unknown target '$want' (gen, gen-N, real-code, jdk-src)" >&2; exit 2 ;;
  esac
done
jdk_sources=""
for name in "${targets[@]}"; do
  case "$name" in
    gen-*) [ -d "${target_dir[$name]}" ] || java "$here/GenerateRepo.java" "${target_dir[$name]}" "${name#gen-}" 42 ;;
    real-code) prepare_real_code ;;
    jdk-src) prepare_jdk ;;
  esac
  read -r files bytes <<< "$(tree_size "${target_dir[$name]}")"
  echo "$name: $files files, $(echo "scale=1; $bytes / 1048576" | bc) MB in ${target_dir[$name]}" >&2
done

install_secretlint "$work"
: > "$work/empty.secretlintignore"

# --- timing ----------------------------------------------------------------------------------------------

# time_once LABEL CMD... -> appends "label wall cpu rss exit" to $work/times.txt
time_once() {
  local label="$1"; shift
  local log="$work/time.log"
  /usr/bin/time -v -o "$log" "$@" >/dev/null 2>"$work/stderr-${label//[:\/]/_}.log" || true
  local wall cpu_user cpu_sys rss status
  wall="$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$log")"
  cpu_user="$(awk -F': ' '/User time/ {print $2}' "$log")"
  cpu_sys="$(awk -F': ' '/System time/ {print $2}' "$log")"
  rss="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")"
  status="$(awk -F': ' '/Exit status/ {print $2}' "$log")"
  echo "$label $wall $(echo "$cpu_user + $cpu_sys" | bc) $rss ${status:-signal}" >> "$work/times.txt"
  echo "  $label: ${wall} s wall, exit ${status:-signal}" >&2
}

: > "$work/times.txt"
for name in "${targets[@]}"; do
  target="${target_dir[$name]}"
  rm -f "$work/report-$name.json"
  secretlint_gave_up=""
  for ((i = 0; i < runs; i++)); do
    time_once "readiness:$name" java -Xmx1g -jar "$jar" audit "$target" --format json -o "$work/report-$name.json" -q
    # the README's advice for large trees, timed beside the plain command on the real code only
    if [ "$name" = real-code ]; then
      time_once "readiness-pgc:$name" java -Xmx1g -XX:+UseParallelGC -jar "$jar" audit "$target" --format json \
        -o "$work/report-pgc-$name.json" -q
    fi
    time_once "rg:$name" rg -c --no-ignore --hidden -e "$keywords" "$target"
    # From the target folder, over "**/*" (globby with dot files), with an empty ignore file: secretlint then
    # reads every file but those under .git and node_modules, which no target has (its --profile list of linted
    # files matches `find`; it finds secrets planted deep in a generated tree). The report goes to a file (exit
    # 0 even with findings); the heap limit is raised so that a large tree does not stop it.
    if [ -z "$secretlint_gave_up" ]; then
      time_once "secretlint:$name" timeout "$secretlint_cap" env -C "$target" \
        NODE_OPTIONS=--max-old-space-size=8192 "${SECRETLINT[@]}" \
        --secretlintrc "$work/.secretlintrc.json" --secretlintignore "$work/empty.secretlintignore" \
        --format compact --output "$work/secretlint-$name.txt" '**/*'
      if [ "$(tail -1 "$work/times.txt" | awk '{print $5}')" = 124 ]; then secretlint_gave_up=1; fi
    fi
  done
done

# --- report ----------------------------------------------------------------------------------------------

stat_of() { # TOOL NAME FIELD(2 wall,3 cpu,4 rss) min|median|max
  grep "^$1:$2 " "$work/times.txt" | awk -v f="$3" '{print $f}' | sort -g | awk -v m="$4" '
    {v[NR]=$1} END {if (!NR) exit; if (m=="min") print v[1]; else if (m=="max") print v[NR]; else print v[int((NR+1)/2)]}'
}
failures_of() { # TOOL NAME -> the exit codes other than 0 (124: stopped by timeout), space separated
  grep "^$1:$2 " "$work/times.txt" | awk '$5 != 0 {print $5}' | sort -u | tr '\n' ' ' | sed 's/ $//'
}
ratio() { if [ "$(echo "$2 > 0" | bc)" = 1 ]; then printf '%.2f' "$(echo "scale=4; $1 / $2" | bc)"; else echo "n/a"; fi; }
one() { printf '%.1f' "$(echo "scale=4; $1" | bc)"; }
json_number() { grep -o "\"$1\" *: *[0-9]*" "$2" | tail -1 | grep -o '[0-9]*$'; }

declare -A wall_median rss_peak mb_per_s
{
  echo "# Benchmark results"
  echo
  echo "Run by \`bench/run.sh\` on $(date -u +%Y-%m-%d) · $(nproc) cores · $(awk '/model name/ {sub(/.*: /,""); print; exit}' /proc/cpuinfo)"
  echo "· $(free -g | awk '/Mem:/ {print $2}') GB RAM · $(java -version 2>&1 | sed -n 1p) · readiness with -Xmx1g"
  echo "· $(rg --version | sed -n 1p) · secretlint $SECRETLINT_VERSION (recommended preset) on Node.js $SECRETLINT_NODE"
  echo "· $runs runs each, whole process (JVM or Node start included); peak RSS is the largest of the runs."
  if [ -n "${target_dir[real-code]:-}" ]; then
    echo
    echo "real-code: the JDK sources from \`$jdk_sources\`; the Maven source jars of ${maven_sources[*]};"
    echo "the npm packages ${npm_packages[*]} with their dependencies (no optional ones). Folders readiness"
    echo "skips by name (\`dist\`, \`build\`, \`node_modules\`, …) are renamed \`NAME_\`, so that all three tools read them."
  fi
  if [ -n "${target_dir[jdk-src]:-}" ]; then
    echo
    echo "jdk-src: the JDK sources from \`$jdk_sources\`${SRC_SUBDIR:+, only $SRC_SUBDIR}."
  fi
  echo
  echo "Files and MB are what readiness audited (it skips files over 2 MiB and binaries); tree is every file there."
  echo
  echo "| target | files | MB | tree files / MB | readiness wall min / median (s) | CPU median (s) | peak RSS (MB) | files/s | MB/s | rg median (s) | secretlint median (s) | readiness ÷ rg | readiness ÷ secretlint |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  for name in "${targets[@]}"; do
    report="$work/report-$name.json"
    read -r tree_files tree_bytes <<< "$(tree_size "${target_dir[$name]}")"
    tree="$tree_files / $(one "$tree_bytes / 1048576")"
    failed="$(failures_of readiness "$name")"
    if [ -n "$failed" ] || [ ! -s "$report" ]; then
      echo "| $name | failed (exit ${failed:-?}) | | $tree | | | | | | | | | |"
      continue
    fi
    files="$(json_number files "$report")"; bytes="$(json_number bytes "$report")"
    wmin="$(stat_of readiness "$name" 2 min)"; wmed="$(stat_of readiness "$name" 2 median)"
    cmed="$(stat_of readiness "$name" 3 median)"; rss="$(stat_of readiness "$name" 4 max)"
    rmed="$(stat_of rg "$name" 2 median)"
    smed="$(stat_of secretlint "$name" 2 median)"; sfail="$(failures_of secretlint "$name")"
    wall_median[$name]="$wmed"; rss_peak[$name]="$((rss / 1024))"; mb_per_s[$name]="$(one "$bytes / 1048576 / $wmed")"
    if [ "$sfail" = 124 ]; then
      secretlint="> $secretlint_cap"; versus_secretlint="< $(ratio "$wmed" "$secretlint_cap")"
    elif [ -n "$sfail" ]; then
      secretlint="failed (exit $sfail)"; versus_secretlint=""
    else
      secretlint="$smed"; versus_secretlint="$(ratio "$wmed" "$smed")"
    fi
    echo "| $name | $files | $(one "$bytes / 1048576") | $tree | $wmin / $wmed | $cmed | ${rss_peak[$name]} | $(echo "$files / $wmed" | bc) | ${mb_per_s[$name]} | $rmed | $secretlint | $(ratio "$wmed" "$rmed") | $versus_secretlint |"
  done
  echo
  echo "A ratio under 1 means readiness was faster."
  echo
  verdict() { if [ "$(echo "$1" | bc)" = 1 ]; then echo met; else echo "NOT met"; fi; }
  if [ -n "${wall_median[gen-100000]:-}" ] && [ -n "${wall_median[gen-10000]:-}" ]; then
    linear="$(ratio "${wall_median[gen-100000]}" "${wall_median[gen-10000]}")"
    echo "- 100k ÷ 10k wall = $linear (must be ≤ 11): $(verdict "$linear <= 11")"
  else
    echo "- 100k ÷ 10k wall: not measured in this run (must be ≤ 11)"
  fi
  if [ -n "${rss_peak[gen-100000]:-}" ]; then
    echo "- peak RSS at 100k = ${rss_peak[gen-100000]} MB (must be < 1024): $(verdict "${rss_peak[gen-100000]} < 1024")"
  else
    echo "- peak RSS at 100k: not measured in this run (must be < 1024 MB)"
  fi
  if [ -n "${mb_per_s[real-code]:-}" ]; then
    echo "- real-code MB/s = ${mb_per_s[real-code]} (must be ≥ 50): $(verdict "${mb_per_s[real-code]} >= 50")"
    pgc_min="$(stat_of readiness-pgc real-code 2 min)"; pgc_med="$(stat_of readiness-pgc real-code 2 median)"
    if [ -n "$pgc_med" ]; then
      pgc_bytes="$(json_number bytes "$work/report-pgc-real-code.json")"
      echo "- real-code with \`-XX:+UseParallelGC\` (README, large trees): $pgc_min / $pgc_med s wall min / median,"\
        "$(one "$pgc_bytes / 1048576 / $pgc_med") MB/s, $(ratio "$pgc_med" "$(stat_of secretlint real-code 2 median)") × secretlint"
    fi
  else
    echo "- real-code MB/s: not measured in this run (must be ≥ 50)"
  fi
} > "$here/RESULTS.md"
cat "$here/RESULTS.md"
