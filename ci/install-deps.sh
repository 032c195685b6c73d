#!/usr/bin/env bash
# Installs what building and testing stencil-verify needs on a fresh Debian
# machine that has only Rust: cmake (and a C/C++ toolchain) for the Unicorn
# engine's build, and chromium for the HTML report's browser test
# (harness/tests/report_html_chromium.rs). Skips whatever is already present.
# Needs root for apt-get.
set -euo pipefail
need=()
command -v cmake >/dev/null 2>&1 || need+=(cmake)
command -v cc >/dev/null 2>&1 || need+=(gcc)
command -v c++ >/dev/null 2>&1 || need+=(g++)
command -v make >/dev/null 2>&1 || need+=(make)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  echo "ci/install-deps.sh: installing ${need[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
