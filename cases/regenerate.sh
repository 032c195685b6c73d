#!/usr/bin/env bash
# Rebuild cases/stencils/ from cases/templates/.
#
# Compiles every uop of templates/uops.inc (through templates/template.c) and
# templates/shim.c for the seven triples with clang-19, twice: once with the
# flags CPython 3.13's Tools/jit/_targets.py uses for each triple (for the
# 3.13 layout) and once with 3.14's (for the 3.14 and 3.15 layouts). Then
# stencil-gen turns each set of objects into headers, processing them the way
# that era's build step did.
#
# Usage: cases/regenerate.sh [--keep-objects DIR]
#   --keep-objects DIR  compile into DIR (emptied first) and keep the objects
#                       there (DIR/3.13/<triple>/ and DIR/3.14/<triple>/), for
#                       inspection with llvm-objdump-19/llvm-readobj-19.
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

# Flags every target gets (Tools/jit/_targets.py, _Target._compile; the same
# list in 3.13 and 3.14):
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

# Per-target flags (Tools/jit/_targets.py, get_target, the args= of each
# branch) of one flag set: 3.13 or 3.14 (the 3.14 set also builds 3.15).
# One deliberate difference: 3.13 required LLVM 18 and passed only
# -fms-runtime-lib=dll for aarch64-pc-windows-msvc. With clang 19 and
# -fno-plt that target addresses dllimport'ed functions through the symbol
# itself instead of its __imp_ slot (CPython gh-129964); CPython fixed that by
# adding -fplt, which "restores the behaviour that we had with clang-18"
# (PR #130882). We want 3.13's code, so the 3.13 set gets -fplt too.
target_flags() {
    case "$1/$2" in
        3.13/aarch64-apple-darwin) echo "" ;;
        3.13/aarch64-pc-windows-msvc) echo "-fms-runtime-lib=dll -fplt" ;;
        3.13/aarch64-unknown-linux-gnu) echo "-fpic" ;;
        3.13/i686-pc-windows-msvc) echo "-DPy_NO_ENABLE_SHARED" ;;
        3.13/x86_64-apple-darwin) echo "" ;;
        3.13/x86_64-pc-windows-msvc) echo "-fms-runtime-lib=dll" ;;
        3.13/x86_64-unknown-linux-gnu) echo "-fpic" ;;
        3.14/aarch64-apple-darwin) echo "" ;;
        3.14/aarch64-pc-windows-msvc) echo "-fms-runtime-lib=dll -fplt" ;;
        3.14/aarch64-unknown-linux-gnu) echo "-fpic -mno-outline-atomics" ;;
        3.14/i686-pc-windows-msvc) echo "-DPy_NO_ENABLE_SHARED -Wno-ignored-attributes" ;;
        3.14/x86_64-apple-darwin) echo "" ;;
        3.14/x86_64-pc-windows-msvc) echo "-fms-runtime-lib=dll" ;;
        3.14/x86_64-unknown-linux-gnu) echo "-fno-pic -mcmodel=medium -mlarge-data-threshold=0" ;;
        *) echo "unknown flag set/triple $1/$2" >&2; return 1 ;;
    esac
}

# Flag set → the layouts built from its objects.
flagsets=(3.13 3.14)
shapes_of() {
    case "$1" in
        3.13) echo "3.13" ;;
        3.14) echo "3.14,3.15" ;;
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
for flagset in "${flagsets[@]}"; do
    for triple in "${triples[@]}"; do
        read -r -a extra <<< "$(target_flags "$flagset" "$triple")"
        out="$work/$flagset/$triple"
        mkdir -p "$out"
        (
            cd "$TEMPLATES"
            "$CLANG" --target="$triple" "${common[@]}" -o "$out/shim.o" shim.c "${extra[@]}"
            for uop in "${uops[@]}"; do
                "$CLANG" --target="$triple" "${common[@]}" -D_JIT_OPCODE="$uop" \
                    -o "$out/$uop.o" template.c "${extra[@]}"
            done
        ) &
        pids+=("$!")
    done
done
for pid in "${pids[@]}"; do
    wait "$pid"
done

if [[ "${SV_COMPILE_ONLY:-}" == 1 ]]; then
    exit 0
fi
cd "$ROOT"
for flagset in "${flagsets[@]}"; do
    cargo run -q -p stencil-gen --release -- \
        --objects "$work/$flagset" \
        --out "$CASES/stencils" \
        --shapes "$(shapes_of "$flagset")" \
        --objdump "$LLVM_OBJDUMP"
done
