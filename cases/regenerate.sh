#!/usr/bin/env bash
# Rebuild cases/stencils/ from cases/templates/.
#
# Compiles every uop of templates/uops.inc (through templates/template.c) and
# templates/shim.c for the seven triples with clang-19, using the flags
# CPython's Tools/jit/_targets.py uses for each triple, then runs stencil-gen
# to turn the objects into headers in the 3.13, 3.14 and 3.15 layouts.
#
# Usage: cases/regenerate.sh [--keep-objects DIR]
#   --keep-objects DIR  compile into DIR (emptied first) and keep the objects
#                       there, for inspection with llvm-objdump-19/llvm-readobj-19.
# With SV_COMPILE_ONLY=1 the script stops after compiling (use with
# --keep-objects).
#
# Environment: CLANG (default clang-19), LLVM_OBJDUMP (default
# llvm-objdump-19). The output depends only on the templates, the compiler
# version and the generator: running it twice gives identical files.
set -euo pipefail

CASES="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$CASES")"
TEMPLATES="$CASES/templates"
CLANG="${CLANG:-clang-19}"
LLVM_OBJDUMP="${LLVM_OBJDUMP:-llvm-objdump-19}"

keep=""
if [[ "${1:-}" == "--keep-objects" ]]; then
    keep="${2:?--keep-objects needs a directory}"
fi

if [[ -n "$keep" ]]; then
    work="$keep"
    rm -rf "$work"
    mkdir -p "$work"
else
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
fi

# Flags every target gets (Tools/jit/_targets.py, _Target._compile, 3.14):
common=(
    -DNDEBUG
    -O3
    -c
    -fno-asynchronous-unwind-tables
    -fno-builtin
    -fno-plt
    -fno-stack-protector
    -std=c11
    -Werror
)

# Per-target flags (Tools/jit/_targets.py, get_target, 3.14):
target_flags() {
    case "$1" in
        aarch64-apple-darwin) echo "" ;;
        aarch64-pc-windows-msvc) echo "-fms-runtime-lib=dll -fplt" ;;
        aarch64-unknown-linux-gnu) echo "-fpic -mno-outline-atomics" ;;
        i686-pc-windows-msvc) echo "-DPy_NO_ENABLE_SHARED -Wno-ignored-attributes" ;;
        x86_64-apple-darwin) echo "" ;;
        x86_64-pc-windows-msvc) echo "-fms-runtime-lib=dll" ;;
        x86_64-unknown-linux-gnu) echo "-fno-pic -mcmodel=medium -mlarge-data-threshold=0" ;;
        *) echo "unknown triple $1" >&2; return 1 ;;
    esac
}

triples=(
    aarch64-apple-darwin
    aarch64-pc-windows-msvc
    aarch64-unknown-linux-gnu
    i686-pc-windows-msvc
    x86_64-apple-darwin
    x86_64-pc-windows-msvc
    x86_64-unknown-linux-gnu
)

mapfile -t uops < <(sed -n 's/^case \(_[A-Z0-9_]*\): *{.*/\1/p' "$TEMPLATES/uops.inc" | LC_ALL=C sort)
if (( ${#uops[@]} < 25 )); then
    echo "regenerate.sh: found only ${#uops[@]} uops in uops.inc" >&2
    exit 1
fi

# Compile from inside the templates directory with relative paths, so that no
# absolute path of this checkout ends up in an object.
pids=()
for triple in "${triples[@]}"; do
    read -r -a extra <<< "$(target_flags "$triple")"
    mkdir -p "$work/$triple"
    (
        cd "$TEMPLATES"
        "$CLANG" --target="$triple" "${common[@]}" -o "$work/$triple/shim.o" shim.c "${extra[@]}"
        for uop in "${uops[@]}"; do
            "$CLANG" --target="$triple" "${common[@]}" -D_JIT_OPCODE="$uop" \
                -o "$work/$triple/$uop.o" template.c "${extra[@]}"
        done
    ) &
    pids+=("$!")
done
for pid in "${pids[@]}"; do
    wait "$pid"
done

if [[ "${SV_COMPILE_ONLY:-}" == 1 ]]; then
    exit 0
fi
cd "$ROOT"
cargo run -q -p stencil-gen --release -- \
    --objects "$work" \
    --out "$CASES/stencils" \
    --objdump "$LLVM_OBJDUMP"
