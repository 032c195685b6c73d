#!/usr/bin/env python3
"""Writes the bundled fault cases: copies of bundled 3.14 sets with one
hand-assembled stencil group added. Rerun after regenerating the bundled sets:

    python3 cases/faults/make_faults.py

Each case is a real header in CPython's format; the tests and the self-test
check that stencil-verify reports exactly the fault it carries and keeps
verifying the other groups.
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
BUNDLED = HERE.parent / "stencils" / "3.14"
SIGNATURE = """    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)"""


def group(name, comments, code_words, data_comment, data_holes, code_holes, little_endian_bytes=None):
    body = little_endian_bytes or b"".join(w.to_bytes(4, "little") for w in code_words)
    rows = []
    for i in range(0, len(body), 8):
        rows.append("        " + " ".join(f"{b:#04x}," for b in body[i:i + 8]))
    lines = ["void", f"emit_{name}(", SIGNATURE, "{"]
    lines += [f"    // {c}" for c in comments]
    lines += [f"    const unsigned char code_body[{len(body)}] = {{", *rows, "    };"]
    if data_holes:
        lines += [f"    // {data_comment}"]
        lines += [f"    {h}" for h in data_holes]
    lines += ["    memcpy(code, code_body, sizeof(code_body));"]
    lines += [f"    {h}" for h in code_holes]
    lines += ["}", ""]
    data_size = 8 if data_holes else 0
    return "\n".join(lines) + "\n", f"    [{name}] = {{emit_{name}, {len(body)}, {data_size}, {{0}}}},\n"


def with_group(triple, out_dir, new):
    text = (BUNDLED / f"{triple}.h").read_text()
    emit, row = new
    i = text.index("static_assert(")
    text = text[:i] + emit + "\n" + text[i:]
    marker = "static const StencilGroup stencil_groups[MAX_UOP_ID + 1] = {\n"
    j = text.index(marker) + len(marker)
    text = text[:j] + row + text[j:]
    out = HERE / out_dir
    out.mkdir(exist_ok=True)
    (out / f"{triple}.h").write_text(text)


# gh-146128: a branch lands on the LDR of an ADRP+LDR pair that the runtime
# may relax (the shape lld's all-or-nothing relaxation rule is about).
GH_146128 = group(
    "_LOAD_TWICE_GH146128",
    [
        "0: d2800009      mov     x9, #0x0",
        "4: 90000001      adrp    x1, 0x0",
        "0000000000000004:  R_AARCH64_ADR_GOT_PAGE       PySpam_Obj",
        "8: f9400021      ldr     x1, [x1]        // .Lfoo: the branch at 0x24 lands here",
        "0000000000000008:  R_AARCH64_LD64_GOT_LO12_NC   PySpam_Obj",
        "c: f9400020      ldr     x0, [x1]",
        "10: f90002c0      str     x0, [x22]",
        "14: b50000a9      cbnz    x9, 0x28",
        "18: d2800029      mov     x9, #0x1",
        "1c: 90000001      adrp    x1, 0x0",
        "000000000000001c:  R_AARCH64_ADR_GOT_PAGE       PySpam_Obj",
        "20: f9400022      ldr     x2, [x1]",
        "0000000000000020:  R_AARCH64_LD64_GOT_LO12_NC   PySpam_Obj",
        "24: 17fffff9      b       0x8",
        "28: 14000000      b       0x28",
        "0000000000000028:  R_AARCH64_JUMP26     _JIT_CONTINUE",
    ],
    [0xD2800009, 0x90000001, 0xF9400021, 0xF9400020, 0xF90002C0, 0xB50000A9,
     0xD2800029, 0x90000001, 0xF9400022, 0x17FFFFF9, 0x14000000],
    "0: &PySpam_Obj+0x0",
    ["patch_64(data + 0x0, (uintptr_t)&PySpam_Obj);"],
    [
        "patch_aarch64_33rx(code + 0x4, (uintptr_t)data);",
        "patch_aarch64_21rx(code + 0x1c, (uintptr_t)data);",
        "patch_aarch64_12x(code + 0x20, (uintptr_t)data);",
        "patch_aarch64_26r(code + 0x28, (uintptr_t)code + sizeof(code_body));",
    ],
)
with_group("aarch64-unknown-linux-gnu", "gh-146128", GH_146128)

# A stencil that never reaches an exit.
SPIN_A64 = group("_SPIN_FOREVER", ["0: 14000000      b       0x0"], [0x14000000], "", [], [])
SPIN_X86 = group("_SPIN_FOREVER", ["0: eb fe                         jmp     0x0"], [], "", [], [],
                 little_endian_bytes=bytes([0xEB, 0xFE]))
with_group("aarch64-unknown-linux-gnu", "loop", SPIN_A64)
with_group("x86_64-unknown-linux-gnu", "loop", SPIN_X86)
