#!/usr/bin/env bash
# Rebuild the gate test cases (cases/gate/) from cases/templates/.
#
# Two variants of the bundled 3.14 sets of x86_64-unknown-linux-gnu and
# aarch64-unknown-linux-gnu, each built like cases/regenerate.sh builds the
# bundled ones (the same clang-19 flags, stencil-gen, llvm-objdump-19):
#
#   bytes-only/3.14/<triple>.h        the same templates; a few uops compiled
#                                     with other optimisation or scheduling
#                                     flags (variant_flags below), so their
#                                     bytes differ but their behaviour does not
#   behaviour-change/3.14/<triple>.h  the templates with behaviour-change.sed
#                                     applied to a copy of uops.inc (a changed
#                                     constant, a call to another function)
#
# Before writing anything, the script rebuilds the two triples with no
# variant and checks that the result is byte-identical to
# cases/stencils/3.14/<triple>.h: every difference in the variants then comes
# from the variant alone. cases/templates/ and cases/stencils/ are never
# written.
#
# Usage: cases/gate/make.sh          (needs clang-19, llvm-objdump-19, cargo)
# Environment: CLANG (default clang-19), LLVM_OBJDUMP (default
# llvm-objdump-19). Two runs give identical files.
set -euo pipefail

GATE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CASES="$(dirname "$GATE")"
ROOT="$(dirname "$CASES")"
CLANG="${CLANG:-clang-19}"
LLVM_OBJDUMP="${LLVM_OBJDUMP:-llvm-objdump-19}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# As cases/regenerate.sh (common flags and the 3.14 flag set).
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
target_flags() {
    case "$1" in
        aarch64-unknown-linux-gnu) echo "-fpic -mno-outline-atomics" ;;
        x86_64-unknown-linux-gnu) echo "-fno-pic -mcmodel=medium -mlarge-data-threshold=0" ;;
        *) echo "make.sh: no flags for $1" >&2; return 1 ;;
    esac
}
triples=(aarch64-unknown-linux-gnu x86_64-unknown-linux-gnu)

# The bytes-only variant: extra flags for some uops, appended after the
# usual ones (later flags win). Each changes instruction selection,
# scheduling or the frame, never what the uop computes.
variant_flags() {
    case "$1/$2/$3" in
        bytes-only/x86_64-unknown-linux-gnu/_BUILD_SUM) echo "-fno-unroll-loops" ;;
        bytes-only/x86_64-unknown-linux-gnu/_BINARY_OP) echo "-O2" ;;
        bytes-only/x86_64-unknown-linux-gnu/_COPY) echo "-fno-omit-frame-pointer" ;;
        bytes-only/aarch64-unknown-linux-gnu/_BUILD_SUM) echo "-fno-unroll-loops" ;;
        bytes-only/aarch64-unknown-linux-gnu/_BINARY_OP) echo "-mllvm -enable-misched=false" ;;
        *) echo "" ;;
    esac
}

# build NAME TEMPLATES: objects for both triples into $work/NAME, then
# headers into $work/NAME/out/3.14/.
build() {
    local name="$1" templates="$2"
    local uops
    mapfile -t uops < <(sed -n 's/^case \(_[A-Z0-9_]*\): *{.*/\1/p' "$templates/uops.inc" | LC_ALL=C sort)
    for triple in "${triples[@]}"; do
        local out="$work/$name/objects/$triple"
        mkdir -p "$out"
        read -r -a extra <<< "$(target_flags "$triple")"
        (
            # Relative paths, as regenerate.sh: no checkout path in objects.
            cd "$templates"
            "$CLANG" --target="$triple" "${common[@]}" -o "$out/shim.o" shim.c "${extra[@]}"
            for uop in "${uops[@]}"; do
                read -r -a variant <<< "$(variant_flags "$name" "$triple" "$uop")"
                "$CLANG" --target="$triple" "${common[@]}" -D_JIT_OPCODE="$uop" \
                    -o "$out/$uop.o" template.c "${extra[@]}" "${variant[@]}"
            done
        )
    done
    (
        cd "$ROOT"
        cargo run -q -p stencil-gen --release -- \
            --objects "$work/$name/objects" \
            --out "$work/$name/out" \
            --shapes 3.14 \
            --triples "$(IFS=,; echo "${triples[*]}")" \
            --objdump "$LLVM_OBJDUMP"
    )
}

# 1. No variant: must reproduce the bundled sets exactly.
build reference "$CASES/templates"
for triple in "${triples[@]}"; do
    if ! cmp -s "$work/reference/out/3.14/$triple.h" "$CASES/stencils/3.14/$triple.h"; then
        echo "make.sh: rebuilding $triple without a variant does not reproduce cases/stencils/3.14/$triple.h" >&2
        echo "make.sh: (another clang-19, llvm-objdump-19 or stencil-gen?); not writing the gate cases" >&2
        exit 1
    fi
done

# 2. bytes-only: the same templates, other flags for a few uops.
build bytes-only "$CASES/templates"

# 3. behaviour-change: a copy of the templates with behaviour-change.sed.
mkdir -p "$work/templates"
cp "$CASES/templates/"* "$work/templates/"
sed -f "$GATE/behaviour-change.sed" "$CASES/templates/uops.inc" > "$work/templates/uops.inc"
changed=$(diff "$CASES/templates/uops.inc" "$work/templates/uops.inc" | grep -c '^>' || true)
if [[ "$changed" != 2 ]]; then
    echo "make.sh: behaviour-change.sed changed $changed lines of uops.inc, expected 2" >&2
    exit 1
fi
build behaviour-change "$work/templates"

for name in bytes-only behaviour-change; do
    mkdir -p "$GATE/$name/3.14"
    for triple in "${triples[@]}"; do
        cp "$work/$name/out/3.14/$triple.h" "$GATE/$name/3.14/$triple.h"
        if cmp -s "$GATE/$name/3.14/$triple.h" "$CASES/stencils/3.14/$triple.h"; then
            echo "make.sh: $name/3.14/$triple.h is the bundled set: the variant changed nothing" >&2
            exit 1
        fi
        echo "make.sh: wrote cases/gate/$name/3.14/$triple.h"
    done
done
