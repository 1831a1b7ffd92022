# shellcheck shell=bash
# Shared by bench/run.sh and bench/secrets-compare.sh (source it from bash).

# secretlint and its recommended preset, pinned. 12.0.0 is the newest release that runs on Node 20, the
# Node.js of this project's machines: 12.3 and 13.x ask for Node 22.
SECRETLINT_VERSION=12.0.0

# install_secretlint DIR: installs secretlint and the recommended preset into DIR/node_modules (once per
# version) and writes DIR/.secretlintrc.json, which enables the preset and nothing else.
install_secretlint() {
  local dir="$1" node_major installed=""
  if ! command -v npm >/dev/null; then
    echo "bench: npm is needed to install secretlint (Node.js 20 or newer)" >&2
    return 1
  fi
  node_major="$(node -p 'process.versions.node.split(".")[0]')"
  if [ "$node_major" -lt 20 ]; then
    echo "bench: secretlint $SECRETLINT_VERSION needs Node.js 20 or newer, found $(node --version)" >&2
    return 1
  fi
  mkdir -p "$dir" && dir="$(cd "$dir" && pwd)"
  if [ -f "$dir/node_modules/secretlint/package.json" ]; then
    installed="$(node -p "require('$dir/node_modules/secretlint/package.json').version")"
  fi
  if [ ! -x "$dir/node_modules/.bin/secretlint" ] || [ "$installed" != "$SECRETLINT_VERSION" ]; then
    (cd "$dir" && { [ -f package.json ] || npm init -y >/dev/null 2>&1; } \
      && npm install --silent --no-audit --no-fund --save-exact "secretlint@$SECRETLINT_VERSION" \
           "@secretlint/secretlint-rule-preset-recommend@$SECRETLINT_VERSION" >/dev/null)
  fi
  printf '{"rules":[{"id":"@secretlint/secretlint-rule-preset-recommend"}]}\n' > "$dir/.secretlintrc.json"
}
