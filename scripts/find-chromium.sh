#!/bin/sh
# find-chromium.sh: print the path of a usable Chromium on stdout (diagnostics go to stderr).
# Order: $CHROMIUM_PATH -> Playwright's own download (exact version first, then any)
#        -> system Chromium -> `apt-get install chromium` when root (Debian).
# Usage: CHROMIUM="$(sh scripts/find-chromium.sh)" || exit 1
find_chromium() {
  if [ -n "${CHROMIUM_PATH:-}" ]; then
    [ -x "$CHROMIUM_PATH" ] && { echo "$CHROMIUM_PATH"; return 0; }
    echo "find-chromium: CHROMIUM_PATH=$CHROMIUM_PATH is not executable" >&2; return 1
  fi
  # 1. The exact build this Playwright expects, if `npx playwright install` ever worked.
  p=$(node -e "try{process.stdout.write(require('playwright-core').chromium.executablePath())}catch(e){}" 2>/dev/null)
  [ -n "$p" ] && [ -x "$p" ] && { echo "$p"; return 0; }
  # 2. Any Playwright-managed Chromium / headless shell (other Playwright versions).
  pw_dir="${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"
  for p in "$pw_dir"/chromium-*/chrome-linux*/chrome \
           "$pw_dir"/chromium_headless_shell-*/chrome-*/chrome-headless-shell \
           "$pw_dir"/chromium_headless_shell-*/chrome-linux/headless_shell; do
    [ -x "$p" ] && { echo "$p"; return 0; }
  done
  # 3. A system Chromium/Chrome.
  for p in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome-stable /usr/bin/google-chrome; do
    [ -x "$p" ] && { echo "$p"; return 0; }
  done
  # 4. Install Debian's chromium when we can.
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "find-chromium: installing Debian chromium..." >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >&2 || true
    [ -x /usr/bin/chromium ] && { echo /usr/bin/chromium; return 0; }
  fi
  echo "find-chromium: no Chromium found; as root run: apt-get update && apt-get install -y chromium" >&2
  return 1
}
find_chromium
