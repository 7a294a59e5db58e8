#!/usr/bin/env bash
# The HTML report tests (tests/Haidian.Rules.Cli.Tests/Html/BrowserTests.cs) open every report in a real headless
# Chromium with the Noto CJK fonts: Debian's chromium and fonts-noto-cjk. .ci/run calls this before `dotnet test`.
# Idempotent and quick when both are installed. If they cannot be installed this says so and returns 0: the browser
# tests then FAIL with the same instructions (they never skip), so the cause is in the test output too.
set -uo pipefail
packages=(chromium fonts-noto-cjk)
installed=$(dpkg-query -W -f='${Status}\n' "${packages[@]}" 2>/dev/null | grep -c '^install ok installed$')
if [ "$installed" -ne "${#packages[@]}" ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "install-browser: not root and no sudo: cannot install ${packages[*]}; the browser tests will fail" >&2
      exit 0
    fi
  fi
  echo "install-browser: installing ${packages[*]}"
  if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null; }; then
    echo "install-browser: apt-get could not install ${packages[*]}; the browser tests will fail" >&2
    exit 0
  fi
fi
echo "install-browser: $(chromium --version 2>/dev/null || echo 'chromium missing'), fonts: $(fc-list ':lang=zh' family 2>/dev/null | grep -c 'Noto Sans CJK') Noto Sans CJK faces"
