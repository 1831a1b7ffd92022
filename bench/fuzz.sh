#!/usr/bin/env bash
# Fuzzes each Jazzer target in turn for the duration set in its @FuzzTest (60 s). Jazzer fuzzes one target per
# JVM, so each gets its own Maven run. Crashing inputs land in
# src/test/resources/dev/readiness/fuzz/<Class>Inputs/<target>/: keep them there as regression seeds.
set -euo pipefail
cd "$(dirname "$0")/.."
for target in ParserFuzzTest#manifestParsersNeverFailUnforeseen ParserFuzzTest#envFileParserNeverThrows \
    RuleLoaderFuzzTest#ruleModuleLoadsOrFailsWithALocatedError GitignoreFuzzTest#anyGitignoreIsMatchedWithoutFailing; do
  echo "== $target"
  JAZZER_FUZZ=1 mvn -B -q test -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false \
    2>&1 | tee "target/fuzz-${target#*#}.log" | grep -E '^#[0-9]+ *DONE|Done [0-9]+ runs|crash|FAIL' || true
done
