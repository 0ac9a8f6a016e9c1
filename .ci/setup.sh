#!/bin/sh
# Makes a machine with only Node 20 and npm ready for this repository, then runs the given command.
#   sh .ci/setup.sh [--browser] -- <command...>
# pnpm comes from the npm registry (the only registry this project may assume); pnpm 11 needs
# Node >= 22, so the version is pinned. --browser also makes sure a Chromium is available.
set -eu
PNPM_VERSION=10.34.9
need_browser=0
while [ $# -gt 0 ]; do
  case "$1" in
    --browser) need_browser=1; shift ;;
    --) shift; break ;;
    *) break ;;
  esac
done

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  echo "setup: installing pnpm@$PNPM_VERSION from the npm registry"
  if ! npm install --global --silent "pnpm@$PNPM_VERSION" >/dev/null 2>&1; then
    # No rights for a global install: keep pnpm inside the repository instead.
    npm install --silent --no-save --prefix .ci/tools "pnpm@$PNPM_VERSION" >/dev/null
    PATH="$(pwd)/.ci/tools/node_modules/.bin:$PATH"
    export PATH
  fi
fi

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# better-sqlite3 is compiled here (no prebuilt binary is reachable); node-gyp must use the
# installed Node headers instead of downloading them.
if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node.h ]; then
  npm_config_nodedir=/usr
  export npm_config_nodedir
fi
pnpm install --frozen-lockfile

if [ "$need_browser" = 1 ]; then
  CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
  if [ ! -x "$CHROME_PATH" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "setup: installing Debian's chromium for the browser tests"
      apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
      CHROME_PATH=/usr/bin/chromium
    else
      echo "setup: Chromium is missing. Run 'sudo apt-get install -y chromium' or set CHROME_PATH to a Chromium binary." >&2
      exit 1
    fi
  fi
  export CHROME_PATH
fi

[ $# -gt 0 ] && exec "$@"
