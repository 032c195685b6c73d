void
emit_trampoline(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: d102c3ff      sub     sp, sp, #0xb0
    // 4: 6d013bef      stp     d15, d14, [sp, #0x10]
    // 8: 6d0233ed      stp     d13, d12, [sp, #0x20]
    // c: 6d032beb      stp     d11, d10, [sp, #0x30]
    // 10: 6d0423e9      stp     d9, d8, [sp, #0x40]
    // 14: a9056ffc      stp     x28, x27, [sp, #0x50]
    // 18: a90667fa      stp     x26, x25, [sp, #0x60]
    // 1c: a9075ff8      stp     x24, x23, [sp, #0x70]
    // 20: a90857f6      stp     x22, x21, [sp, #0x80]
    // 24: a9094ff4      stp     x20, x19, [sp, #0x90]
    // 28: a90a7bfd      stp     x29, x30, [sp, #0xa0]
    // 2c: 910283fd      add     x29, sp, #0xa0
    // 30: f90007e2      str     x2, [sp, #0x8]
    // 34: b9402448      ldr     w8, [x2, #0x24]
    // 38: 11000508      add     w8, w8, #0x1
    // 3c: b9002448      str     w8, [x2, #0x24]
    // 40: aa0003f4      mov     x20, x0
    // 44: aa0103f5      mov     x21, x1
    // 48: aa0203f6      mov     x22, x2
    // 4c: 94000000      bl      0x4c <ltmp0+0x4c>
    // 000000000000004c:  ARM64_RELOC_BRANCH26 __JIT_CONTINUE
    // 50: f94007e9      ldr     x9, [sp, #0x8]
    // 54: b9402528      ldr     w8, [x9, #0x24]
    // 58: 51000508      sub     w8, w8, #0x1
    // 5c: b9002528      str     w8, [x9, #0x24]
    // 60: a94a7bfd      ldp     x29, x30, [sp, #0xa0]
    // 64: a9494ff4      ldp     x20, x19, [sp, #0x90]
    // 68: a94857f6      ldp     x22, x21, [sp, #0x80]
    // 6c: a9475ff8      ldp     x24, x23, [sp, #0x70]
    // 70: a94667fa      ldp     x26, x25, [sp, #0x60]
    // 74: a9456ffc      ldp     x28, x27, [sp, #0x50]
    // 78: 6d4423e9      ldp     d9, d8, [sp, #0x40]
    // 7c: 6d432beb      ldp     d11, d10, [sp, #0x30]
    // 80: 6d4233ed      ldp     d13, d12, [sp, #0x20]
    // 84: 6d413bef      ldp     d15, d14, [sp, #0x10]
    // 88: 9102c3ff      add     sp, sp, #0xb0
    // 8c: d65f03c0      ret
    const unsigned char code_body[144] = {
        0xff, 0xc3, 0x02, 0xd1, 0xef, 0x3b, 0x01, 0x6d,
        0xed, 0x33, 0x02, 0x6d, 0xeb, 0x2b, 0x03, 0x6d,
        0xe9, 0x23, 0x04, 0x6d, 0xfc, 0x6f, 0x05, 0xa9,
        0xfa, 0x67, 0x06, 0xa9, 0xf8, 0x5f, 0x07, 0xa9,
        0xf6, 0x57, 0x08, 0xa9, 0xf4, 0x4f, 0x09, 0xa9,
        0xfd, 0x7b, 0x0a, 0xa9, 0xfd, 0x83, 0x02, 0x91,
        0xe2, 0x07, 0x00, 0xf9, 0x48, 0x24, 0x40, 0xb9,
        0x08, 0x05, 0x00, 0x11, 0x48, 0x24, 0x00, 0xb9,
        0xf4, 0x03, 0x00, 0xaa, 0xf5, 0x03, 0x01, 0xaa,
        0xf6, 0x03, 0x02, 0xaa, 0x00, 0x00, 0x00, 0x94,
        0xe9, 0x07, 0x40, 0xf9, 0x28, 0x25, 0x40, 0xb9,
        0x08, 0x05, 0x00, 0x51, 0x28, 0x25, 0x00, 0xb9,
        0xfd, 0x7b, 0x4a, 0xa9, 0xf4, 0x4f, 0x49, 0xa9,
        0xf6, 0x57, 0x48, 0xa9, 0xf8, 0x5f, 0x47, 0xa9,
        0xfa, 0x67, 0x46, 0xa9, 0xfc, 0x6f, 0x45, 0xa9,
        0xe9, 0x23, 0x44, 0x6d, 0xeb, 0x2b, 0x43, 0x6d,
        0xed, 0x33, 0x42, 0x6d, 0xef, 0x3b, 0x41, 0x6d,
        0xff, 0xc3, 0x02, 0x91, 0xc0, 0x03, 0x5f, 0xd6,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_26r(code + 0x4c, (uintptr_t)code + sizeof(code_body));
}

void
emit__BINARY_OP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: aa1503f3      mov     x19, x21
    // 4: f85f8e61      ldr     x1, [x19, #-0x8]!
    // 8: f85f8260      ldur    x0, [x19, #-0x8]
    // c: 90000008      adrp    x8, 0x0 <ltmp0>
    // 000000000000000c:  ARM64_RELOC_GOT_LOAD_PAGE21  __JIT_OPARG
    // 10: f9400108      ldr     x8, [x8]
    // 0000000000000010:  ARM64_RELOC_GOT_LOAD_PAGEOFF12       __JIT_OPARG
    // 14: 12003d08      and     w8, w8, #0xffff
    // 18: 7100091f      cmp     w8, #0x2
    // 1c: 54000180      b.eq    0x4c <ltmp0+0x4c>
    // 20: 7100051f      cmp     w8, #0x1
    // 24: 540000c0      b.eq    0x3c <ltmp0+0x3c>
    // 28: 350001a8      cbnz    w8, 0x5c <ltmp0+0x5c>
    // 2c: 8b000020      add     x0, x1, x0
    // 30: f81f02a0      stur    x0, [x21, #-0x10]
    // 34: aa1303f5      mov     x21, x19
    // 38: 14000000      b       0x38 <ltmp0+0x38>
    // 0000000000000038:  ARM64_RELOC_BRANCH26 __JIT_CONTINUE
    // 3c: cb010000      sub     x0, x0, x1
    // 40: f81f02a0      stur    x0, [x21, #-0x10]
    // 44: aa1303f5      mov     x21, x19
    // 48: 14000000      b       0x48 <ltmp0+0x48>
    // 0000000000000048:  ARM64_RELOC_BRANCH26 __JIT_CONTINUE
    // 4c: 8a000020      and     x0, x1, x0
    // 50: f81f02a0      stur    x0, [x21, #-0x10]
    // 54: aa1303f5      mov     x21, x19
    // 58: 14000000      b       0x58 <ltmp0+0x58>
    // 0000000000000058:  ARM64_RELOC_BRANCH26 __JIT_CONTINUE
    // 5c: a9bf7bfd      stp     x29, x30, [sp, #-0x10]!
    // 60: 910003fd      mov     x29, sp
    // 64: 90000008      adrp    x8, 0x0 <ltmp0>
    // 0000000000000064:  ARM64_RELOC_GOT_LOAD_PAGE21  __JIT_OPARG
    // 68: f9400108      ldr     x8, [x8]
    // 0000000000000068:  ARM64_RELOC_GOT_LOAD_PAGEOFF12       __JIT_OPARG
    // 6c: 12003d02      and     w2, w8, #0xffff
    // 70: 94000000      bl      0x70 <ltmp0+0x70>
    // 0000000000000070:  ARM64_RELOC_BRANCH26 _PySpam_BinaryOp
    // 74: a8c17bfd      ldp     x29, x30, [sp], #0x10
    // 78: b5fffdc0      cbnz    x0, 0x30 <ltmp0+0x30>
    // 7c: 14000000      b       0x7c <ltmp0+0x7c>
    // 000000000000007c:  ARM64_RELOC_BRANCH26 __JIT_ERROR_TARGET
    // 70: branch to PySpam_BinaryOp redirected to the trampoline at 0x80
    // 80: d2800008      mov     x8, #0x0
    // 0000000000000080:  R_AARCH64_MOVW_UABS_G0_NC    PySpam_BinaryOp
    // 84: f2a00008      movk    x8, #0x0, lsl #16
    // 0000000000000084:  R_AARCH64_MOVW_UABS_G1_NC    PySpam_BinaryOp
    // 88: f2c00008      movk    x8, #0x0, lsl #32
    // 0000000000000088:  R_AARCH64_MOVW_UABS_G2_NC    PySpam_BinaryOp
    // 8c: f2e00008      movk    x8, #0x0, lsl #48
    // 000000000000008c:  R_AARCH64_MOVW_UABS_G3       PySpam_BinaryOp
    // 90: d61f0100      br      x8
    // 94: 00 00 00 00 (padding)
    const unsigned char code_body[152] = {
        0xf3, 0x03, 0x15, 0xaa, 0x61, 0x8e, 0x5f, 0xf8,
        0x60, 0x82, 0x5f, 0xf8, 0x08, 0x00, 0x00, 0x90,
        0x08, 0x01, 0x40, 0xf9, 0x08, 0x3d, 0x00, 0x12,
        0x1f, 0x09, 0x00, 0x71, 0x80, 0x01, 0x00, 0x54,
        0x1f, 0x05, 0x00, 0x71, 0xc0, 0x00, 0x00, 0x54,
        0xa8, 0x01, 0x00, 0x35, 0x20, 0x00, 0x00, 0x8b,
        0xa0, 0x02, 0x1f, 0xf8, 0xf5, 0x03, 0x13, 0xaa,
        0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x01, 0xcb,
        0xa0, 0x02, 0x1f, 0xf8, 0xf5, 0x03, 0x13, 0xaa,
        0x00, 0x00, 0x00, 0x14, 0x20, 0x00, 0x00, 0x8a,
        0xa0, 0x02, 0x1f, 0xf8, 0xf5, 0x03, 0x13, 0xaa,
        0x00, 0x00, 0x00, 0x14, 0xfd, 0x7b, 0xbf, 0xa9,
        0xfd, 0x03, 0x00, 0x91, 0x08, 0x00, 0x00, 0x90,
        0x08, 0x01, 0x40, 0xf9, 0x02, 0x3d, 0x00, 0x12,
        0x04, 0x00, 0x00, 0x94, 0xfd, 0x7b, 0xc1, 0xa8,
        0xc0, 0xfd, 0xff, 0xb5, 0x00, 0x00, 0x00, 0x14,
        0x08, 0x00, 0x80, 0xd2, 0x08, 0x00, 0xa0, 0xf2,
        0x08, 0x00, 0xc0, 0xf2, 0x08, 0x00, 0xe0, 0xf2,
        0x00, 0x01, 0x1f, 0xd6, 0x00, 0x00, 0x00, 0x00,
    };
    // 0: OPARG
    const unsigned char data_body[8] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0xc, (uintptr_t)data);
    patch_aarch64_26r(code + 0x38, (uintptr_t)code + sizeof(code_body));
    patch_aarch64_26r(code + 0x48, (uintptr_t)code + sizeof(code_body));
    patch_aarch64_26r(code + 0x58, (uintptr_t)code + sizeof(code_body));
    patch_aarch64_33rx(code + 0x64, (uintptr_t)data);
    patch_aarch64_26r(code + 0x7c, instruction_starts[instruction->error_target]);
    patch_aarch64_16a(code + 0x80, (uintptr_t)&PySpam_BinaryOp);
    patch_aarch64_16b(code + 0x84, (uintptr_t)&PySpam_BinaryOp);
    patch_aarch64_16c(code + 0x88, (uintptr_t)&PySpam_BinaryOp);
    patch_aarch64_16d(code + 0x8c, (uintptr_t)&PySpam_BinaryOp);
}

void
emit__BINARY_OP_ADD_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: d10083ff      sub     sp, sp, #0x20
    // 4: a9017bfd      stp     x29, x30, [sp, #0x10]
    // 8: 910043fd      add     x29, sp, #0x10
    // c: aa1503f3      mov     x19, x21
    // 10: f85f8e61      ldr     x1, [x19, #-0x8]!
    // 14: f85f8260      ldur    x0, [x19, #-0x8]
    // 18: 910023e2      add     x2, sp, #0x8
    // 1c: 94000000      bl      0x1c <ltmp0+0x1c>
    // 000000000000001c:  ARM64_RELOC_BRANCH26 _PySpam_Add
    // 20: 37f800e0      tbnz    w0, #0x1f, 0x3c <ltmp0+0x3c>
    // 24: f94007e8      ldr     x8, [sp, #0x8]
    // 28: f81f02a8      stur    x8, [x21, #-0x10]
    // 2c: aa1303f5      mov     x21, x19
    // 30: a9417bfd      ldp     x29, x30, [sp, #0x10]
    // 34: 910083ff      add     sp, sp, #0x20
    // 38: 14000000      b       0x38 <ltmp0+0x38>
    // 0000000000000038:  ARM64_RELOC_BRANCH26 __JIT_CONTINUE
    // 3c: a9417bfd      ldp     x29, x30, [sp, #0x10]
    // 40: 910083ff      add     sp, sp, #0x20
    // 44: 14000000      b       0x44 <ltmp0+0x44>
    // 0000000000000044:  ARM64_RELOC_BRANCH26 __JIT_ERROR_TARGET
    // 1c: branch to PySpam_Add redirected to the trampoline at 0x48
    // 48: d2800008      mov     x8, #0x0
    // 0000000000000048:  R_AARCH64_MOVW_UABS_G0_NC    PySpam_Add
    // 4c: f2a00008      movk    x8, #0x0, lsl #16
    // 000000000000004c:  R_AARCH64_MOVW_UABS_G1_NC    PySpam_Add
    // 50: f2c00008      movk    x8, #0x0, lsl #32
    // 0000000000000050:  R_AARCH64_MOVW_UABS_G2_NC    PySpam_Add
    // 54: f2e00008      movk    x8, #0x0, lsl #48
    // 0000000000000054:  R_AARCH64_MOVW_UABS_G3       PySpam_Add
    // 58: d61f0100      br      x8
    // 5c: 00 00 00 00 (padding)
    const unsigned char code_body[96] = {
        0xff, 0x83, 0x00, 0xd1, 0xfd, 0x7b, 0x01, 0xa9,
        0xfd, 0x43, 0x00, 0x91, 0xf3, 0x03, 0x15, 0xaa,
        0x61, 0x8e, 0x5f, 0xf8, 0x60, 0x82, 0x5f, 0xf8,
        0xe2, 0x23, 0x00, 0x91, 0x0b, 0x00, 0x00, 0x94,
        0xe0, 0x00, 0xf8, 0x37, 0xe8, 0x07, 0x40, 0xf9,
        0xa8, 0x02, 0x1f, 0xf8, 0xf5, 0x03, 0x13, 0xaa,
        0xfd, 0x7b, 0x41, 0xa9, 0xff, 0x83, 0x00, 0x91,
        0x00, 0x00, 0x00, 0x14, 0xfd, 0x7b, 0x41, 0xa9,
        0xff, 0x83, 0x00, 0x91, 0x00, 0x00, 0x00, 0x14,
        0x08, 0x00, 0x80, 0xd2, 0x08, 0x00, 0xa0, 0xf2,
        0x08, 0x00, 0xc0, 0xf2, 0x08, 0x00, 0xe0, 0xf2,
        0x00, 0x01, 0x1f, 0xd6, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_26r(code + 0x38, (uintptr_t)code + sizeof(code_body));
    patch_aarch64_26r(code + 0x44, instruction_starts[instruction->error_target]);
    patch_aarch64_16a(code + 0x48, (uintptr_t)&PySpam_Add);
    patch_aarch64_16b(code + 0x4c, (uintptr_t)&PySpam_Add);
    patch_aarch64_16c(code + 0x50, (uintptr_t)&PySpam_Add);
    patch_aarch64_16d(code + 0x54, (uintptr_t)&PySpam_Add);
}

void
emit__BINARY_OP_MULTIPLY_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: aa1503e8      mov     x8, x21
    // 4: b89f8d09      ldrsw   x9, [x8, #-0x8]!
    // 8: b89f810a      ldursw  x10, [x8, #-0x8]
    // c: 9b297d49      smull   x9, w10, w9
    // 10: eb29c13f      cmp     x9, w9, sxtw
    // 14: 54000040      b.eq    0x1c <ltmp0+0x1c>
    // 18: 14000000      b       0x18 <ltmp0+0x18>
    // 0000000000000018:  ARM64_RELOC_BRANCH26 __JIT_JUMP_TARGET
    // 1c: 93407d29      sxtw    x9, w9
    // 20: f81f02a9      stur    x9, [x21, #-0x10]
    // 24: aa0803f5      mov     x21, x8
    // 28: 14000000      b       0x28 <ltmp0+0x28>
    // 0000000000000028:  ARM64_RELOC_BRANCH26 __JIT_CONTINUE
    // 2c: 00 00 00 00 (padding)
    const unsigned char code_body[48] = {
        0xe8, 0x03, 0x15, 0xaa, 0x09, 0x8d, 0x9f, 0xb8,
        0x0a, 0x81, 0x9f, 0xb8, 0x49, 0x7d, 0x29, 0x9b,
        0x3f, 0xc1, 0x29, 0xeb, 0x40, 0x00, 0x00, 0x54,
        0x00, 0x00, 0x00, 0x14, 0x29, 0x7d, 0x40, 0x93,
        0xa9, 0x02, 0x1f, 0xf8, 0xf5, 0x03, 0x08, 0xaa,
        0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_26r(code + 0x18, instruction_starts[instruction->jump_target]);
    patch_aarch64_26r(code + 0x28, (uintptr_t)code + sizeof(code_body));
}

void
emit__BINARY_OP_SUBTRACT_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: aa1503e8      mov     x8, x21
    // 4: f85f8d09      ldr     x9, [x8, #-0x8]!
    // 8: f85f810a      ldur    x10, [x8, #-0x8]
    // c: eb090149      subs    x9, x10, x9
    // 10: 54000047      b.vc    0x18 <ltmp0+0x18>
    // 14: 14000000      b       0x14 <ltmp0+0x14>
    // 0000000000000014:  ARM64_RELOC_BRANCH26 __JIT_JUMP_TARGET
    // 18: f81f02a9      stur    x9, [x21, #-0x10]
    // 1c: aa0803f5      mov     x21, x8
    // 20: 14000000      b       0x20 <ltmp0+0x20>
    // 0000000000000020:  ARM64_RELOC_BRANCH26 __JIT_CONTINUE
    // 24: 00 00 00 00 (padding)
    const unsigned char code_body[40] = {
        0xe8, 0x03, 0x15, 0xaa, 0x09, 0x8d, 0x5f, 0xf8,
        0x0a, 0x81, 0x5f, 0xf8, 0x49, 0x01, 0x09, 0xeb,
        0x47, 0x00, 0x00, 0x54, 0x00, 0x00, 0x00, 0x14,
        0xa9, 0x02, 0x1f, 0xf8, 0xf5, 0x03, 0x08, 0xaa,
        0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_26r(code + 0x14, instruction_starts[instruction->jump_target]);
    patch_aarch64_26r(code + 0x20, (uintptr_t)code + sizeof(code_body));
}

void
emit__BUILD_SUM(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 90000009      adrp    x9, 0x0 <ltmp0>
    // 0000000000000000:  ARM64_RELOC_GOT_LOAD_PAGE21  __JIT_OPARG
    // 4: f9400129      ldr     x9, [x9]
    // 0000000000000004:  ARM64_RELOC_GOT_LOAD_PAGEOFF12       __JIT_OPARG
    // 8: f85f82a8      ldur    x8, [x21, #-0x8]
    // c: 7200053f      tst     w9, #0x3
    // 10: 540001a0      b.eq    0x44 <ltmp0+0x44>
    // 14: 92400529      and     x9, x9, #0x3
    // 18: 91000529      add     x9, x9, #0x1
    // 1c: f85f02aa      ldur    x10, [x21, #-0x10]
    // 20: 8b080148      add     x8, x10, x8
    // 24: f100093f      cmp     x9, #0x2
    // 28: 540000e0      b.eq    0x44 <ltmp0+0x44>
    // 2c: f85e82aa      ldur    x10, [x21, #-0x18]
    // 30: 8b080148      add     x8, x10, x8
    // 34: f1000d3f      cmp     x9, #0x3
    // 38: 54000060      b.eq    0x44 <ltmp0+0x44>
    // 3c: f85e02a9      ldur    x9, [x21, #-0x20]
    // 40: 8b080128      add     x8, x9, x8
    // 44: 90000009      adrp    x9, 0x0 <ltmp0>
    // 0000000000000044:  ARM64_RELOC_GOT_LOAD_PAGE21  __JIT_OPARG
    // 48: f9400129      ldr     x9, [x9]
    // 0000000000000048:  ARM64_RELOC_GOT_LOAD_PAGEOFF12       __JIT_OPARG
    // 4c: 12000529      and     w9, w9, #0x3
    // 50: 11000529      add     w9, w9, #0x1
    // 54: cb294eb5      sub     x21, x21, w9, uxtw #3
    // 58: f80086a8      str     x8, [x21], #0x8
    // 5c: 14000000      b       0x5c <ltmp0+0x5c>
    // 000000000000005c:  ARM64_RELOC_BRANCH26 __JIT_CONTINUE
    const unsigned char code_body[96] = {
        0x09, 0x00, 0x00, 0x90, 0x29, 0x01, 0x40, 0xf9,
        0xa8, 0x82, 0x5f, 0xf8, 0x3f, 0x05, 0x00, 0x72,
        0xa0, 0x01, 0x00, 0x54, 0x29, 0x05, 0x40, 0x92,
        0x29, 0x05, 0x00, 0x91, 0xaa, 0x02, 0x5f, 0xf8,
        0x48, 0x01, 0x08, 0x8b, 0x3f, 0x09, 0x00, 0xf1,
        0xe0, 0x00, 0x00, 0x54, 0xaa, 0x82, 0x5e, 0xf8,
        0x48, 0x01, 0x08, 0x8b, 0x3f, 0x0d, 0x00, 0xf1,
        0x60, 0x00, 0x00, 0x54, 0xa9, 0x02, 0x5e, 0xf8,
        0x28, 0x01, 0x08, 0x8b, 0x09, 0x00, 0x00, 0x90,
        0x29, 0x01, 0x40, 0xf9, 0x29, 0x05, 0x00, 0x12,
        0x29, 0x05, 0x00, 0x11, 0xb5, 0x4e, 0x29, 0xcb,
        0xa8, 0x86, 0x00, 0xf8, 0x00, 0x00, 0x00, 0x14,
    };
    // 0: OPARG
    const unsigned char data_body[8] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_33rx(code + 0x44, (uintptr_t)data);
    patch_aarch64_26r(code + 0x5c, (uintptr_t)code + sizeof(code_body));
}

void
emit__CALL_BUILTIN_FAST(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: a9bf7bfd      stp     x29, x30, [sp, #-0x10]!
    // 4: 910003fd      mov     x29, sp
    // 8: 90000008      adrp    x8, 0x0 <ltmp0>
    // 0000000000000008:  ARM64_RELOC_GOT_LOAD_PAGE21  __JIT_OPARG
    // c: f9400108      ldr     x8, [x8]
    // 000000000000000c:  ARM64_RELOC_GOT_LOAD_PAGEOFF12       __JIT_OPARG
    // 10: 92400509      and     x9, x8, #0x3
    // 14: cb090eb3      sub     x19, x21, x9, lsl #3
    // 18: 12000502      and     w2, w8, #0x3
    // 1c: aa1403e0      mov     x0, x20
    // 20: aa1303e1      mov     x1, x19
    // 24: 94000000      bl      0x24 <ltmp0+0x24>
    // 0000000000000024:  ARM64_RELOC_BRANCH26 _PySpam_Call3
    // 28: b40000a0      cbz     x0, 0x3c <ltmp0+0x3c>
    // 2c: f8008660      str     x0, [x19], #0x8
    // 30: aa1303f5      mov     x21, x19
    // 34: a8c17bfd      ldp     x29, x30, [sp], #0x10
    // 38: 14000000      b       0x38 <ltmp0+0x38>
    // 0000000000000038:  ARM64_RELOC_BRANCH26 __JIT_CONTINUE
    // 3c: a8c17bfd      ldp     x29, x30, [sp], #0x10
    // 40: 14000000      b       0x40 <ltmp0+0x40>
    // 0000000000000040:  ARM64_RELOC_BRANCH26 __JIT_ERROR_TARGET
    // 44: 00 00 00 00 (padding)
    // 24: branch to PySpam_Call3 redirected to the trampoline at 0x48
    // 48: d2800008      mov     x8, #0x0
    // 0000000000000048:  R_AARCH64_MOVW_UABS_G0_NC    PySpam_Call3
    // 4c: f2a00008      movk    x8, #0x0, lsl #16
    // 000000000000004c:  R_AARCH64_MOVW_UABS_G1_NC    PySpam_Call3
    // 50: f2c00008      movk    x8, #0x0, lsl #32
    // 0000000000000050:  R_AARCH64_MOVW_UABS_G2_NC    PySpam_Call3
    // 54: f2e00008      movk    x8, #0x0, lsl #48
    // 0000000000000054:  R_AARCH64_MOVW_UABS_G3       PySpam_Call3
    // 58: d61f0100      br      x8
    // 5c: 00 00 00 00 (padding)
    const unsigned char code_body[96] = {
        0xfd, 0x7b, 0xbf, 0xa9, 0xfd, 0x03, 0x00, 0x91,
        0x08, 0x00, 0x00, 0x90, 0x08, 0x01, 0x40, 0xf9,
        0x09, 0x05, 0x40, 0x92, 0xb3, 0x0e, 0x09, 0xcb,
        0x02, 0x05, 0x00, 0x12, 0xe0, 0x03, 0x14, 0xaa,
        0xe1, 0x03, 0x13, 0xaa, 0x09, 0x00, 0x00, 0x94,
        0xa0, 0x00, 0x00, 0xb4, 0x60, 0x86, 0x00, 0xf8,
        0xf5, 0x03, 0x13, 0xaa, 0xfd, 0x7b, 0xc1, 0xa8,
        0x00, 0x00, 0x00, 0x14, 0xfd, 0x7b, 0xc1, 0xa8,
        0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00, 0x00,
        0x08, 0x00, 0x80, 0xd2, 0x08, 0x00, 0xa0, 0xf2,
        0x08, 0x00, 0xc0, 0xf2, 0x08, 0x00, 0xe0, 0xf2,
        0x00, 0x01, 0x1f, 0xd6, 0x00, 0x00, 0x00, 0x00,
    };
    // 0: OPARG
    const unsigned char data_body[8] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x8, (uintptr_t)data);
    patch_aarch64_26r(code + 0x38, (uintptr_t)code + sizeof(code_body));
    patch_aarch64_26r(code + 0x40, instruction_starts[instruction->error_target]);
    patch_aarch64_16a(code + 0x48, (uintptr_t)&PySpam_Call3);
    patch_aarch64_16b(code + 0x4c, (uintptr_t)&PySpam_Call3);
    patch_aarch64_16c(code + 0x50, (uintptr_t)&PySpam_Call3);
    patch_aarch64_16d(code + 0x54, (uintptr_t)&PySpam_Call3);
}

void
emit__CHECK_FUNCTION_VERSION(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: b9401688      ldr     w8, [x20, #0x14]
    // 4: 90000009      adrp    x9, 0x0 <ltmp0>
    // 0000000000000004:  ARM64_RELOC_GOT_LOAD_PAGE21  __JIT_OPERAND0
    // 8: f9400129      ldr     x9, [x9]
    // 0000000000000008:  ARM64_RELOC_GOT_LOAD_PAGEOFF12       __JIT_OPERAND0
    // c: 6b09011f      cmp     w8, w9
    // 10: 540000e1      b.ne    0x2c <ltmp0+0x2c>
    // 14: f9401288      ldr     x8, [x20, #0x20]
    // 18: 90000009      adrp    x9, 0x0 <ltmp0>
    // 0000000000000018:  ARM64_RELOC_GOT_LOAD_PAGE21  __JIT_OPERAND1
    // 1c: f9400129      ldr     x9, [x9]
    // 000000000000001c:  ARM64_RELOC_GOT_LOAD_PAGEOFF12       __JIT_OPERAND1
    // 20: eb09011f      cmp     x8, x9
    // 24: 54000041      b.ne    0x2c <ltmp0+0x2c>
    // 28: 14000000      b       0x28 <ltmp0+0x28>
    // 0000000000000028:  ARM64_RELOC_BRANCH26 __JIT_CONTINUE
    // 2c: 14000000      b       0x2c <ltmp0+0x2c>
    // 000000000000002c:  ARM64_RELOC_BRANCH26 __JIT_JUMP_TARGET
    const unsigned char code_body[48] = {
        0x88, 0x16, 0x40, 0xb9, 0x09, 0x00, 0x00, 0x90,
        0x29, 0x01, 0x40, 0xf9, 0x1f, 0x01, 0x09, 0x6b,
        0xe1, 0x00, 0x00, 0x54, 0x88, 0x12, 0x40, 0xf9,
        0x09, 0x00, 0x00, 0x90, 0x29, 0x01, 0x40, 0xf9,
        0x1f, 0x01, 0x09, 0xeb, 0x41, 0x00, 0x00, 0x54,
        0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00, 0x14,
    };
    // 0: OPERAND1
    // 8: OPERAND0
    const unsigned char data_body[16] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->operand1);
    patch_64(data + 0x8, instruction->operand);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x4, (uintptr_t)data + 0x8);
    patch_aarch64_33rx(code + 0x18, (uintptr_t)data);
    patch_aarch64_26r(code + 0x28, (uintptr_t)code + sizeof(code_body));
    patch_aarch64_26r(code + 0x2c, instruction_starts[instruction->jump_target]);
}

void
emit__CHECK_STACK_SPACE(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: b9401ec8      ldr     w8, [x22, #0x1c]
    // 4: 90000009      adrp    x9, 0x0 <ltmp0>
    // 0000000000000004:  ARM64_RELOC_GOT_LOAD_PAGE21  __JIT_OPARG
    // 8: f9400129      ldr     x9, [x9]
    // 0000000000000008:  ARM64_RELOC_GOT_LOAD_PAGEOFF12       __JIT_OPARG
    // c: 12000d29      and     w9, w9, #0xf
    // 10: 11000529      add     w9, w9, #0x1
    // 14: 6b09011f      cmp     w8, w9
    // 18: 54000042      b.hs    0x20 <ltmp0+0x20>
    // 1c: 14000000      b       0x1c <ltmp0+0x1c>
    // 000000000000001c:  ARM64_RELOC_BRANCH26 __JIT_JUMP_TARGET
    // 20: 14000000      b       0x20 <ltmp0+0x20>
    // 0000000000000020:  ARM64_RELOC_BRANCH26 __JIT_CONTINUE
    // 24: 00 00 00 00 (padding)
    const unsigned char code_body[40] = {
        0xc8, 0x1e, 0x40, 0xb9, 0x09, 0x00, 0x00, 0x90,
        0x29, 0x01, 0x40, 0xf9, 0x29, 0x0d, 0x00, 0x12,
        0x29, 0x05, 0x00, 0x11, 0x1f, 0x01, 0x09, 0x6b,
        0x42, 0x00, 0x00, 0x54, 0x00, 0x00, 0x00, 0x14,
        0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00, 0x00,
    };
    // 0: OPARG
    const unsigned char data_body[8] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x4, (uintptr_t)data);
    patch_aarch64_26r(code + 0x1c, instruction_starts[instruction->jump_target]);
    patch_aarch64_26r(code + 0x20, (uintptr_t)code + sizeof(code_body));
}

void
emit__CHECK_VALIDITY(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 90000008      adrp    x8, 0x0 <ltmp0>
    // 0000000000000000:  ARM64_RELOC_GOT_LOAD_PAGE21  __JIT_EXECUTOR
    // 4: f9400108      ldr     x8, [x8]
    // 0000000000000004:  ARM64_RELOC_GOT_LOAD_PAGEOFF12       __JIT_EXECUTOR
    // 8: b9400908      ldr     w8, [x8, #0x8]
    // c: 34000048      cbz     w8, 0x14 <ltmp0+0x14>
    // 10: 14000000      b       0x10 <ltmp0+0x10>
    // 0000000000000010:  ARM64_RELOC_BRANCH26 __JIT_CONTINUE
    // 14: 14000000      b       0x14 <ltmp0+0x14>
    // 0000000000000014:  ARM64_RELOC_BRANCH26 __JIT_JUMP_TARGET
    const unsigned char code_body[24] = {
        0x08, 0x00, 0x00, 0x90, 0x08, 0x01, 0x40, 0xf9,
        0x08, 0x09, 0x40, 0xb9, 0x48, 0x00, 0x00, 0x34,
        0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00, 0x14,
    };
    // 0: EXECUTOR
    const unsigned char data_body[8] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, (uintptr_t)executor);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_26r(code + 0x10, (uintptr_t)code + sizeof(code_body));
    patch_aarch64_26r(code + 0x14, instruction_starts[instruction->jump_target]);
}

void
emit__COMPARE_OP_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: aa1503e8      mov     x8, x21
    // 4: f85f8d09      ldr     x9, [x8, #-0x8]!
    // 8: f85f810a      ldur    x10, [x8, #-0x8]
    // c: 9000000b      adrp    x11, 0x0 <ltmp0>
    // 000000000000000c:  ARM64_RELOC_GOT_LOAD_PAGE21  __JIT_OPARG
    // 10: f940016b      ldr     x11, [x11]
    // 0000000000000010:  ARM64_RELOC_GOT_LOAD_PAGEOFF12       __JIT_OPARG
    // 14: 1200056b      and     w11, w11, #0x3
    // 18: eb09015f      cmp     x10, x9
    // 1c: 1a9f17e9      cset    w9, eq
    // 20: 1a9f07ea      cset    w10, ne
    // 24: 1a9fa7ec      cset    w12, lt
    // 28: 7100017f      cmp     w11, #0x0
    // 2c: 1a8c114a      csel    w10, w10, w12, ne
    // 30: 7100057f      cmp     w11, #0x1
    // 34: 1a8a0129      csel    w9, w9, w10, eq
    // 38: 7100013f      cmp     w9, #0x0
    // 3c: 52800209      mov     w9, #0x10               ; =16
    // 40: 9a890529      cinc    x9, x9, ne
    // 44: f81f02a9      stur    x9, [x21, #-0x10]
    // 48: aa0803f5      mov     x21, x8
    // 4c: 14000000      b       0x4c <ltmp0+0x4c>
    // 000000000000004c:  ARM64_RELOC_BRANCH26 __JIT_CONTINUE
    const unsigned char code_body[80] = {
        0xe8, 0x03, 0x15, 0xaa, 0x09, 0x8d, 0x5f, 0xf8,
        0x0a, 0x81, 0x5f, 0xf8, 0x0b, 0x00, 0x00, 0x90,
        0x6b, 0x01, 0x40, 0xf9, 0x6b, 0x05, 0x00, 0x12,
        0x5f, 0x01, 0x09, 0xeb, 0xe9, 0x17, 0x9f, 0x1a,
        0xea, 0x07, 0x9f, 0x1a, 0xec, 0xa7, 0x9f, 0x1a,
        0x7f, 0x01, 0x00, 0x71, 0x4a, 0x11, 0x8c, 0x1a,
        0x7f, 0x05, 0x00, 0x71, 0x29, 0x01, 0x8a, 0x1a,
        0x3f, 0x01, 0x00, 0x71, 0x09, 0x02, 0x80, 0x52,
        0x29, 0x05, 0x89, 0x9a, 0xa9, 0x02, 0x1f, 0xf8,
        0xf5, 0x03, 0x08, 0xaa, 0x00, 0x00, 0x00, 0x14,
    };
    // 0: OPARG
    const unsigned char data_body[8] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0xc, (uintptr_t)data);
    patch_aarch64_26r(code + 0x4c, (uintptr_t)code + sizeof(code_body));
}

void
emit__COPY(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: a9bf7bfd      stp     x29, x30, [sp, #-0x10]!
    // 4: 910003fd      mov     x29, sp
    // 8: 90000008      adrp    x8, 0x0 <ltmp0>
    // 0000000000000008:  ARM64_RELOC_GOT_LOAD_PAGE21  __JIT_OPARG
    // c: f9400108      ldr     x8, [x8]
    // 000000000000000c:  ARM64_RELOC_GOT_LOAD_PAGEOFF12       __JIT_OPARG
    // 10: 2a2803e8      mvn     w8, w8
    // 14: 321e7508      orr     w8, w8, #0xfffffffc
    // 18: f868daa0      ldr     x0, [x21, w8, sxtw #3]
    // 1c: 94000000      bl      0x1c <ltmp0+0x1c>
    // 000000000000001c:  ARM64_RELOC_BRANCH26 _PyRef_Dup
    // 20: f80086a0      str     x0, [x21], #0x8
    // 24: a8c17bfd      ldp     x29, x30, [sp], #0x10
    // 28: 14000000      b       0x28 <ltmp0+0x28>
    // 0000000000000028:  ARM64_RELOC_BRANCH26 __JIT_CONTINUE
    // 2c: 00 00 00 00 (padding)
    // 1c: branch to PyRef_Dup redirected to the trampoline at 0x30
    // 30: d2800008      mov     x8, #0x0
    // 0000000000000030:  R_AARCH64_MOVW_UABS_G0_NC    PyRef_Dup
    // 34: f2a00008      movk    x8, #0x0, lsl #16
    // 0000000000000034:  R_AARCH64_MOVW_UABS_G1_NC    PyRef_Dup
    // 38: f2c00008      movk    x8, #0x0, lsl #32
    // 0000000000000038:  R_AARCH64_MOVW_UABS_G2_NC    PyRef_Dup
    // 3c: f2e00008      movk    x8, #0x0, lsl #48
    // 000000000000003c:  R_AARCH64_MOVW_UABS_G3       PyRef_Dup
    // 40: d61f0100      br      x8
    // 44: 00 00 00 00 (padding)
    const unsigned char code_body[72] = {
        0xfd, 0x7b, 0xbf, 0xa9, 0xfd, 0x03, 0x00, 0x91,
        0x08, 0x00, 0x00, 0x90, 0x08, 0x01, 0x40, 0xf9,
        0xe8, 0x03, 0x28, 0x2a, 0x08, 0x75, 0x1e, 0x32,
        0xa0, 0xda, 0x68, 0xf8, 0x05, 0x00, 0x00, 0x94,
        0xa0, 0x86, 0x00, 0xf8, 0xfd, 0x7b, 0xc1, 0xa8,
        0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00, 0x00,
        0x08, 0x00, 0x80, 0xd2, 0x08, 0x00, 0xa0, 0xf2,
        0x08, 0x00, 0xc0, 0xf2, 0x08, 0x00, 0xe0, 0xf2,
        0x00, 0x01, 0x1f, 0xd6, 0x00, 0x00, 0x00, 0x00,
    };
    // 0: OPARG
    const unsigned char data_body[8] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x8, (uintptr_t)data);
    patch_aarch64_26r(code + 0x28, (uintptr_t)code + sizeof(code_body));
    patch_aarch64_16a(code + 0x30, (uintptr_t)&PyRef_Dup);
    patch_aarch64_16b(code + 0x34, (uintptr_t)&PyRef_Dup);
    patch_aarch64_16c(code + 0x38, (uintptr_t)&PyRef_Dup);
    patch_aarch64_16d(code + 0x3c, (uintptr_t)&PyRef_Dup);
}

void
emit__DEOPT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 90000008      adrp    x8, 0x0 <ltmp0>
    // 0000000000000000:  ARM64_RELOC_GOT_LOAD_PAGE21  __JIT_TARGET
    // 4: f9400108      ldr     x8, [x8]
    // 0000000000000004:  ARM64_RELOC_GOT_LOAD_PAGEOFF12       __JIT_TARGET
    // 8: b9001288      str     w8, [x20, #0x10]
    // c: 14000000      b       0xc <ltmp0+0xc>
    // 000000000000000c:  ARM64_RELOC_BRANCH26 __JIT_ERROR_TARGET
    const unsigned char code_body[16] = {
        0x08, 0x00, 0x00, 0x90, 0x08, 0x01, 0x40, 0xf9,
        0x88, 0x12, 0x00, 0xb9, 0x00, 0x00, 0x00, 0x14,
    };
    // 0: TARGET
    const unsigned char data_body[8] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->target);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_26r(code + 0xc, instruction_starts[instruction->error_target]);
}

void
emit__EXIT_TRACE(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 90000008      adrp    x8, 0x0 <ltmp0>
    // 0000000000000000:  ARM64_RELOC_GOT_LOAD_PAGE21  __JIT_TARGET
    // 4: f9400108      ldr     x8, [x8]
    // 0000000000000004:  ARM64_RELOC_GOT_LOAD_PAGEOFF12       __JIT_TARGET
    // 8: b9001288      str     w8, [x20, #0x10]
    // c: b90022c8      str     w8, [x22, #0x20]
    // 10: 90000008      adrp    x8, 0x0 <ltmp0>
    // 0000000000000010:  ARM64_RELOC_GOT_LOAD_PAGE21  __JIT_EXECUTOR
    // 14: f9400108      ldr     x8, [x8]
    // 0000000000000014:  ARM64_RELOC_GOT_LOAD_PAGEOFF12       __JIT_EXECUTOR
    // 18: b9401109      ldr     w9, [x8, #0x10]
    // 1c: 11000529      add     w9, w9, #0x1
    // 20: b9001109      str     w9, [x8, #0x10]
    // 24: 14000000      b       0x24 <ltmp0+0x24>
    // 0000000000000024:  ARM64_RELOC_BRANCH26 __JIT_JUMP_TARGET
    const unsigned char code_body[40] = {
        0x08, 0x00, 0x00, 0x90, 0x08, 0x01, 0x40, 0xf9,
        0x88, 0x12, 0x00, 0xb9, 0xc8, 0x22, 0x00, 0xb9,
        0x08, 0x00, 0x00, 0x90, 0x08, 0x01, 0x40, 0xf9,
        0x09, 0x11, 0x40, 0xb9, 0x29, 0x05, 0x00, 0x11,
        0x09, 0x11, 0x00, 0xb9, 0x00, 0x00, 0x00, 0x14,
    };
    // 0: EXECUTOR
    // 8: TARGET
    const unsigned char data_body[16] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, (uintptr_t)executor);
    patch_64(data + 0x8, instruction->target);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x0, (uintptr_t)data + 0x8);
    patch_aarch64_33rx(code + 0x10, (uintptr_t)data);
    patch_aarch64_26r(code + 0x24, instruction_starts[instruction->jump_target]);
}

void
emit__FATAL_ERROR(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: a9bf7bfd      stp     x29, x30, [sp, #-0x10]!
    // 4: 910003fd      mov     x29, sp
    // 8: 90000001      adrp    x1, 0x0 <ltmp0>
    // 0000000000000008:  ARM64_RELOC_GOT_LOAD_PAGE21  __JIT_TARGET
    // c: f9400021      ldr     x1, [x1]
    // 000000000000000c:  ARM64_RELOC_GOT_LOAD_PAGEOFF12       __JIT_TARGET
    // 10: aa1603e0      mov     x0, x22
    // 14: 94000000      bl      0x14 <ltmp0+0x14>
    // 0000000000000014:  ARM64_RELOC_BRANCH26 _PySpam_Fatal
    // 18: a8c17bfd      ldp     x29, x30, [sp], #0x10
    // 1c: 14000000      b       0x1c <ltmp0+0x1c>
    // 000000000000001c:  ARM64_RELOC_BRANCH26 __JIT_ERROR_TARGET
    // 14: branch to PySpam_Fatal redirected to the trampoline at 0x20
    // 20: d2800008      mov     x8, #0x0
    // 0000000000000020:  R_AARCH64_MOVW_UABS_G0_NC    PySpam_Fatal
    // 24: f2a00008      movk    x8, #0x0, lsl #16
    // 0000000000000024:  R_AARCH64_MOVW_UABS_G1_NC    PySpam_Fatal
    // 28: f2c00008      movk    x8, #0x0, lsl #32
    // 0000000000000028:  R_AARCH64_MOVW_UABS_G2_NC    PySpam_Fatal
    // 2c: f2e00008      movk    x8, #0x0, lsl #48
    // 000000000000002c:  R_AARCH64_MOVW_UABS_G3       PySpam_Fatal
    // 30: d61f0100      br      x8
    // 34: 00 00 00 00 (padding)
    const unsigned char code_body[56] = {
        0xfd, 0x7b, 0xbf, 0xa9, 0xfd, 0x03, 0x00, 0x91,
        0x01, 0x00, 0x00, 0x90, 0x21, 0x00, 0x40, 0xf9,
        0xe0, 0x03, 0x16, 0xaa, 0x03, 0x00, 0x00, 0x94,
        0xfd, 0x7b, 0xc1, 0xa8, 0x00, 0x00, 0x00, 0x14,
        0x08, 0x00, 0x80, 0xd2, 0x08, 0x00, 0xa0, 0xf2,
        0x08, 0x00, 0xc0, 0xf2, 0x08, 0x00, 0xe0, 0xf2,
        0x00, 0x01, 0x1f, 0xd6, 0x00, 0x00, 0x00, 0x00,
    };
    // 0: TARGET
    const unsigned char data_body[8] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->target);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x8, (uintptr_t)data);
    patch_aarch64_26r(code + 0x1c, instruction_starts[instruction->error_target]);
    patch_aarch64_16a(code + 0x20, (uintptr_t)&PySpam_Fatal);
    patch_aarch64_16b(code + 0x24, (uintptr_t)&PySpam_Fatal);
    patch_aarch64_16c(code + 0x28, (uintptr_t)&PySpam_Fatal);
    patch_aarch64_16d(code + 0x2c, (uintptr_t)&PySpam_Fatal);
}

void
emit__GUARD_IS_FALSE_POP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: f85f8ea8      ldr     x8, [x21, #-0x8]!
    // 4: f100411f      cmp     x8, #0x10
    // 8: 54000041      b.ne    0x10 <ltmp0+0x10>
    // c: 14000000      b       0xc <ltmp0+0xc>
    // 000000000000000c:  ARM64_RELOC_BRANCH26 __JIT_CONTINUE
    // 10: 14000000      b       0x10 <ltmp0+0x10>
    // 0000000000000010:  ARM64_RELOC_BRANCH26 __JIT_JUMP_TARGET
    // 14: 00 00 00 00 (padding)
    const unsigned char code_body[24] = {
        0xa8, 0x8e, 0x5f, 0xf8, 0x1f, 0x41, 0x00, 0xf1,
        0x41, 0x00, 0x00, 0x54, 0x00, 0x00, 0x00, 0x14,
        0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_26r(code + 0xc, (uintptr_t)code + sizeof(code_body));
    patch_aarch64_26r(code + 0x10, instruction_starts[instruction->jump_target]);
}

void
emit__GUARD_IS_TRUE_POP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: f85f8ea8      ldr     x8, [x21, #-0x8]!
    // 4: f100451f      cmp     x8, #0x11
    // 8: 54000041      b.ne    0x10 <ltmp0+0x10>
    // c: 14000000      b       0xc <ltmp0+0xc>
    // 000000000000000c:  ARM64_RELOC_BRANCH26 __JIT_CONTINUE
    // 10: 14000000      b       0x10 <ltmp0+0x10>
    // 0000000000000010:  ARM64_RELOC_BRANCH26 __JIT_JUMP_TARGET
    // 14: 00 00 00 00 (padding)
    const unsigned char code_body[24] = {
        0xa8, 0x8e, 0x5f, 0xf8, 0x1f, 0x45, 0x00, 0xf1,
        0x41, 0x00, 0x00, 0x54, 0x00, 0x00, 0x00, 0x14,
        0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_26r(code + 0xc, (uintptr_t)code + sizeof(code_body));
    patch_aarch64_26r(code + 0x10, instruction_starts[instruction->jump_target]);
}

void
emit__GUARD_NOS_NOT_NULL(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: f85f02a8      ldur    x8, [x21, #-0x10]
    // 4: b4000048      cbz     x8, 0xc <ltmp0+0xc>
    // 8: 14000000      b       0x8 <ltmp0+0x8>
    // 0000000000000008:  ARM64_RELOC_BRANCH26 __JIT_CONTINUE
    // c: 14000000      b       0xc <ltmp0+0xc>
    // 000000000000000c:  ARM64_RELOC_BRANCH26 __JIT_JUMP_TARGET
    const unsigned char code_body[16] = {
        0xa8, 0x02, 0x5f, 0xf8, 0x48, 0x00, 0x00, 0xb4,
        0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00, 0x14,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_26r(code + 0x8, (uintptr_t)code + sizeof(code_body));
    patch_aarch64_26r(code + 0xc, instruction_starts[instruction->jump_target]);
}

void
emit__JUMP_TO_TOP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 394062c8      ldrb    w8, [x22, #0x18]
    // 4: 37000048      tbnz    w8, #0x0, 0xc <ltmp0+0xc>
    // 8: 14000000      b       0x8 <ltmp0+0x8>
    // 0000000000000008:  ARM64_RELOC_BRANCH26 __JIT_JUMP_TARGET
    // c: 14000000      b       0xc <ltmp0+0xc>
    // 000000000000000c:  ARM64_RELOC_BRANCH26 __JIT_ERROR_TARGET
    const unsigned char code_body[16] = {
        0xc8, 0x62, 0x40, 0x39, 0x48, 0x00, 0x00, 0x37,
        0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00, 0x14,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_26r(code + 0x8, instruction_starts[instruction->jump_target]);
    patch_aarch64_26r(code + 0xc, instruction_starts[instruction->error_target]);
}

void
emit__LOAD_CONST_INLINE(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 90000008      adrp    x8, 0x0 <ltmp0>
    // 0000000000000000:  ARM64_RELOC_GOT_LOAD_PAGE21  __JIT_OPERAND0
    // 4: f9400108      ldr     x8, [x8]
    // 0000000000000004:  ARM64_RELOC_GOT_LOAD_PAGEOFF12       __JIT_OPERAND0
    // 8: b2400108      orr     x8, x8, #0x1
    // c: f80086a8      str     x8, [x21], #0x8
    // 10: 14000000      b       0x10 <ltmp0+0x10>
    // 0000000000000010:  ARM64_RELOC_BRANCH26 __JIT_CONTINUE
    // 14: 00 00 00 00 (padding)
    const unsigned char code_body[24] = {
        0x08, 0x00, 0x00, 0x90, 0x08, 0x01, 0x40, 0xf9,
        0x08, 0x01, 0x40, 0xb2, 0xa8, 0x86, 0x00, 0xf8,
        0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00, 0x00,
    };
    // 0: OPERAND0
    const unsigned char data_body[8] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->operand);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_26r(code + 0x10, (uintptr_t)code + sizeof(code_body));
}

void
emit__LOAD_CONST_INLINE_BORROW(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 90000008      adrp    x8, 0x0 <ltmp0>
    // 0000000000000000:  ARM64_RELOC_GOT_LOAD_PAGE21  __JIT_OPERAND1
    // 4: f9400108      ldr     x8, [x8]
    // 0000000000000004:  ARM64_RELOC_GOT_LOAD_PAGEOFF12       __JIT_OPERAND1
    // 8: 90000009      adrp    x9, 0x0 <ltmp0>
    // 0000000000000008:  ARM64_RELOC_GOT_LOAD_PAGE21  __JIT_OPERAND0
    // c: f9400129      ldr     x9, [x9]
    // 000000000000000c:  ARM64_RELOC_GOT_LOAD_PAGEOFF12       __JIT_OPERAND0
    // 10: ca080d28      eor     x8, x9, x8, lsl #3
    // 14: f80086a8      str     x8, [x21], #0x8
    // 18: 14000000      b       0x18 <ltmp0+0x18>
    // 0000000000000018:  ARM64_RELOC_BRANCH26 __JIT_CONTINUE
    // 1c: 00 00 00 00 (padding)
    const unsigned char code_body[32] = {
        0x08, 0x00, 0x00, 0x90, 0x08, 0x01, 0x40, 0xf9,
        0x09, 0x00, 0x00, 0x90, 0x29, 0x01, 0x40, 0xf9,
        0x28, 0x0d, 0x08, 0xca, 0xa8, 0x86, 0x00, 0xf8,
        0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00, 0x00,
    };
    // 0: OPERAND0
    // 8: OPERAND1
    const unsigned char data_body[16] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->operand);
    patch_64(data + 0x8, instruction->operand1);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x0, (uintptr_t)data + 0x8);
    patch_aarch64_33rx(code + 0x8, (uintptr_t)data);
    patch_aarch64_26r(code + 0x18, (uintptr_t)code + sizeof(code_body));
}

void
emit__LOAD_FAST(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 90000008      adrp    x8, 0x0 <ltmp0>
    // 0000000000000000:  ARM64_RELOC_GOT_LOAD_PAGE21  __JIT_OPARG
    // 4: f9400108      ldr     x8, [x8]
    // 0000000000000004:  ARM64_RELOC_GOT_LOAD_PAGEOFF12       __JIT_OPARG
    // 8: 92400908      and     x8, x8, #0x7
    // c: 8b080e88      add     x8, x20, x8, lsl #3
    // 10: f9401508      ldr     x8, [x8, #0x28]
    // 14: f80086a8      str     x8, [x21], #0x8
    // 18: 14000000      b       0x18 <ltmp0+0x18>
    // 0000000000000018:  ARM64_RELOC_BRANCH26 __JIT_CONTINUE
    // 1c: 00 00 00 00 (padding)
    const unsigned char code_body[32] = {
        0x08, 0x00, 0x00, 0x90, 0x08, 0x01, 0x40, 0xf9,
        0x08, 0x09, 0x40, 0x92, 0x88, 0x0e, 0x08, 0x8b,
        0x08, 0x15, 0x40, 0xf9, 0xa8, 0x86, 0x00, 0xf8,
        0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00, 0x00,
    };
    // 0: OPARG
    const unsigned char data_body[8] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_26r(code + 0x18, (uintptr_t)code + sizeof(code_body));
}

void
emit__LOAD_GLOBAL_BUILTIN(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 90000008      adrp    x8, 0x0 <ltmp0>
    // 0000000000000000:  ARM64_RELOC_GOT_LOAD_PAGE21  __JIT_OPARG
    // 4: f9400108      ldr     x8, [x8]
    // 0000000000000004:  ARM64_RELOC_GOT_LOAD_PAGEOFF12       __JIT_OPARG
    // 8: 92400d08      and     x8, x8, #0xf
    // c: 90000009      adrp    x9, 0x0 <ltmp0>
    // 000000000000000c:  ARM64_RELOC_GOT_LOAD_PAGE21  _PyGlobal_Table
    // 10: f9400129      ldr     x9, [x9]
    // 0000000000000010:  ARM64_RELOC_GOT_LOAD_PAGEOFF12       _PyGlobal_Table
    // 14: f8687928      ldr     x8, [x9, x8, lsl #3]
    // 18: b4000068      cbz     x8, 0x24 <ltmp0+0x24>
    // 1c: f80086a8      str     x8, [x21], #0x8
    // 20: 14000000      b       0x20 <ltmp0+0x20>
    // 0000000000000020:  ARM64_RELOC_BRANCH26 __JIT_CONTINUE
    // 24: 14000000      b       0x24 <ltmp0+0x24>
    // 0000000000000024:  ARM64_RELOC_BRANCH26 __JIT_ERROR_TARGET
    const unsigned char code_body[40] = {
        0x08, 0x00, 0x00, 0x90, 0x08, 0x01, 0x40, 0xf9,
        0x08, 0x0d, 0x40, 0x92, 0x09, 0x00, 0x00, 0x90,
        0x29, 0x01, 0x40, 0xf9, 0x28, 0x79, 0x68, 0xf8,
        0x68, 0x00, 0x00, 0xb4, 0xa8, 0x86, 0x00, 0xf8,
        0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00, 0x14,
    };
    // 0: &PyGlobal_Table+0x0
    // 8: OPARG
    const unsigned char data_body[16] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, (uintptr_t)&PyGlobal_Table);
    patch_64(data + 0x8, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x0, (uintptr_t)data + 0x8);
    patch_aarch64_33rx(code + 0xc, (uintptr_t)data);
    patch_aarch64_26r(code + 0x20, (uintptr_t)code + sizeof(code_body));
    patch_aarch64_26r(code + 0x24, instruction_starts[instruction->error_target]);
}

void
emit__LOAD_SMALL_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 90000008      adrp    x8, 0x0 <ltmp0>
    // 0000000000000000:  ARM64_RELOC_GOT_LOAD_PAGE21  __JIT_OPARG
    // 4: f9400108      ldr     x8, [x8]
    // 0000000000000004:  ARM64_RELOC_GOT_LOAD_PAGEOFF12       __JIT_OPARG
    // 8: 92400908      and     x8, x8, #0x7
    // c: 90000009      adrp    x9, 0x0 <ltmp0>
    // 000000000000000c:  ARM64_RELOC_PAGE21   __JIT_ENTRY.small_ints
    // 10: 91000129      add     x9, x9, #0x0
    // 0000000000000010:  ARM64_RELOC_PAGEOFF12        __JIT_ENTRY.small_ints
    // 14: f8687928      ldr     x8, [x9, x8, lsl #3]
    // 18: f80086a8      str     x8, [x21], #0x8
    // 1c: 14000000      b       0x1c <ltmp0+0x1c>
    // 000000000000001c:  ARM64_RELOC_BRANCH26 __JIT_CONTINUE
    const unsigned char code_body[32] = {
        0x08, 0x00, 0x00, 0x90, 0x08, 0x01, 0x40, 0xf9,
        0x08, 0x09, 0x40, 0x92, 0x09, 0x00, 0x00, 0x90,
        0x29, 0x01, 0x00, 0x91, 0x28, 0x79, 0x68, 0xf8,
        0xa8, 0x86, 0x00, 0xf8, 0x00, 0x00, 0x00, 0x14,
    };
    // 0: __const (64 bytes)
    // 40: OPARG
    const unsigned char data_body[72] = {
        0x11, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0xef, 0xcd, 0xab, 0x89, 0x67, 0x45, 0x23, 0x01,
        0xef, 0xbe, 0xad, 0xde, 0x00, 0x00, 0x00, 0x00,
        0x10, 0x32, 0x54, 0x76, 0x98, 0xba, 0xdc, 0xfe,
        0x21, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80,
        0x0d, 0xf0, 0xfe, 0xca, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x40, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x0, (uintptr_t)data + 0x40);
    patch_aarch64_21r(code + 0xc, (uintptr_t)data);
    patch_aarch64_12(code + 0x10, (uintptr_t)data);
    patch_aarch64_26r(code + 0x1c, (uintptr_t)code + sizeof(code_body));
}

void
emit__MAKE_WARM(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 90000008      adrp    x8, 0x0 <ltmp0>
    // 0000000000000000:  ARM64_RELOC_GOT_LOAD_PAGE21  __JIT_EXECUTOR
    // 4: f9400108      ldr     x8, [x8]
    // 0000000000000004:  ARM64_RELOC_GOT_LOAD_PAGEOFF12       __JIT_EXECUTOR
    // 8: 52800029      mov     w9, #0x1                ; =1
    // c: b9000d09      str     w9, [x8, #0xc]
    // 10: f94016c8      ldr     x8, [x22, #0x28]
    // 14: 91000508      add     x8, x8, #0x1
    // 18: f90016c8      str     x8, [x22, #0x28]
    // 1c: 14000000      b       0x1c <ltmp0+0x1c>
    // 000000000000001c:  ARM64_RELOC_BRANCH26 __JIT_CONTINUE
    const unsigned char code_body[32] = {
        0x08, 0x00, 0x00, 0x90, 0x08, 0x01, 0x40, 0xf9,
        0x29, 0x00, 0x80, 0x52, 0x09, 0x0d, 0x00, 0xb9,
        0xc8, 0x16, 0x40, 0xf9, 0x08, 0x05, 0x00, 0x91,
        0xc8, 0x16, 0x00, 0xf9, 0x00, 0x00, 0x00, 0x14,
    };
    // 0: EXECUTOR
    const unsigned char data_body[8] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, (uintptr_t)executor);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_26r(code + 0x1c, (uintptr_t)code + sizeof(code_body));
}

void
emit__NOP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 14000000      b       0x0 <ltmp0>
    // 0000000000000000:  ARM64_RELOC_BRANCH26 __JIT_CONTINUE
    // 4: 00 00 00 00 (padding)
    const unsigned char code_body[8] = {
        0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_26r(code + 0x0, (uintptr_t)code + sizeof(code_body));
}

void
emit__POP_TOP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: f85f8ea0      ldr     x0, [x21, #-0x8]!
    // 4: 360000a0      tbz     w0, #0x0, 0x18 <ltmp0+0x18>
    // 8: a9bf7bfd      stp     x29, x30, [sp, #-0x10]!
    // c: 910003fd      mov     x29, sp
    // 10: 94000000      bl      0x10 <ltmp0+0x10>
    // 0000000000000010:  ARM64_RELOC_BRANCH26 _PyRef_Close
    // 14: a8c17bfd      ldp     x29, x30, [sp], #0x10
    // 18: 14000000      b       0x18 <ltmp0+0x18>
    // 0000000000000018:  ARM64_RELOC_BRANCH26 __JIT_CONTINUE
    // 1c: 00 00 00 00 (padding)
    // 10: branch to PyRef_Close redirected to the trampoline at 0x20
    // 20: d2800008      mov     x8, #0x0
    // 0000000000000020:  R_AARCH64_MOVW_UABS_G0_NC    PyRef_Close
    // 24: f2a00008      movk    x8, #0x0, lsl #16
    // 0000000000000024:  R_AARCH64_MOVW_UABS_G1_NC    PyRef_Close
    // 28: f2c00008      movk    x8, #0x0, lsl #32
    // 0000000000000028:  R_AARCH64_MOVW_UABS_G2_NC    PyRef_Close
    // 2c: f2e00008      movk    x8, #0x0, lsl #48
    // 000000000000002c:  R_AARCH64_MOVW_UABS_G3       PyRef_Close
    // 30: d61f0100      br      x8
    // 34: 00 00 00 00 (padding)
    const unsigned char code_body[56] = {
        0xa0, 0x8e, 0x5f, 0xf8, 0xa0, 0x00, 0x00, 0x36,
        0xfd, 0x7b, 0xbf, 0xa9, 0xfd, 0x03, 0x00, 0x91,
        0x04, 0x00, 0x00, 0x94, 0xfd, 0x7b, 0xc1, 0xa8,
        0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00, 0x00,
        0x08, 0x00, 0x80, 0xd2, 0x08, 0x00, 0xa0, 0xf2,
        0x08, 0x00, 0xc0, 0xf2, 0x08, 0x00, 0xe0, 0xf2,
        0x00, 0x01, 0x1f, 0xd6, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_26r(code + 0x18, (uintptr_t)code + sizeof(code_body));
    patch_aarch64_16a(code + 0x20, (uintptr_t)&PyRef_Close);
    patch_aarch64_16b(code + 0x24, (uintptr_t)&PyRef_Close);
    patch_aarch64_16c(code + 0x28, (uintptr_t)&PyRef_Close);
    patch_aarch64_16d(code + 0x2c, (uintptr_t)&PyRef_Close);
}

void
emit__RESUME_CHECK(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: b9401ac8      ldr     w8, [x22, #0x18]
    // 4: b9401689      ldr     w9, [x20, #0x14]
    // 8: 6b09011f      cmp     w8, w9
    // c: 54000041      b.ne    0x14 <ltmp0+0x14>
    // 10: 14000000      b       0x10 <ltmp0+0x10>
    // 0000000000000010:  ARM64_RELOC_BRANCH26 __JIT_CONTINUE
    // 14: a9bf7bfd      stp     x29, x30, [sp, #-0x10]!
    // 18: 910003fd      mov     x29, sp
    // 1c: aa1603e0      mov     x0, x22
    // 20: 94000000      bl      0x20 <ltmp0+0x20>
    // 0000000000000020:  ARM64_RELOC_BRANCH26 _PyEggs_Periodic
    // 24: a8c17bfd      ldp     x29, x30, [sp], #0x10
    // 28: 37f80040      tbnz    w0, #0x1f, 0x30 <ltmp0+0x30>
    // 2c: 14000000      b       0x2c <ltmp0+0x2c>
    // 000000000000002c:  ARM64_RELOC_BRANCH26 __JIT_JUMP_TARGET
    // 30: 14000000      b       0x30 <ltmp0+0x30>
    // 0000000000000030:  ARM64_RELOC_BRANCH26 __JIT_ERROR_TARGET
    // 34: 00 00 00 00 (padding)
    // 20: branch to PyEggs_Periodic redirected to the trampoline at 0x38
    // 38: d2800008      mov     x8, #0x0
    // 0000000000000038:  R_AARCH64_MOVW_UABS_G0_NC    PyEggs_Periodic
    // 3c: f2a00008      movk    x8, #0x0, lsl #16
    // 000000000000003c:  R_AARCH64_MOVW_UABS_G1_NC    PyEggs_Periodic
    // 40: f2c00008      movk    x8, #0x0, lsl #32
    // 0000000000000040:  R_AARCH64_MOVW_UABS_G2_NC    PyEggs_Periodic
    // 44: f2e00008      movk    x8, #0x0, lsl #48
    // 0000000000000044:  R_AARCH64_MOVW_UABS_G3       PyEggs_Periodic
    // 48: d61f0100      br      x8
    // 4c: 00 00 00 00 (padding)
    const unsigned char code_body[80] = {
        0xc8, 0x1a, 0x40, 0xb9, 0x89, 0x16, 0x40, 0xb9,
        0x1f, 0x01, 0x09, 0x6b, 0x41, 0x00, 0x00, 0x54,
        0x00, 0x00, 0x00, 0x14, 0xfd, 0x7b, 0xbf, 0xa9,
        0xfd, 0x03, 0x00, 0x91, 0xe0, 0x03, 0x16, 0xaa,
        0x06, 0x00, 0x00, 0x94, 0xfd, 0x7b, 0xc1, 0xa8,
        0x40, 0x00, 0xf8, 0x37, 0x00, 0x00, 0x00, 0x14,
        0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00, 0x00,
        0x08, 0x00, 0x80, 0xd2, 0x08, 0x00, 0xa0, 0xf2,
        0x08, 0x00, 0xc0, 0xf2, 0x08, 0x00, 0xe0, 0xf2,
        0x00, 0x01, 0x1f, 0xd6, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_26r(code + 0x10, (uintptr_t)code + sizeof(code_body));
    patch_aarch64_26r(code + 0x2c, instruction_starts[instruction->jump_target]);
    patch_aarch64_26r(code + 0x30, instruction_starts[instruction->error_target]);
    patch_aarch64_16a(code + 0x38, (uintptr_t)&PyEggs_Periodic);
    patch_aarch64_16b(code + 0x3c, (uintptr_t)&PyEggs_Periodic);
    patch_aarch64_16c(code + 0x40, (uintptr_t)&PyEggs_Periodic);
    patch_aarch64_16d(code + 0x44, (uintptr_t)&PyEggs_Periodic);
}

void
emit__SET_IP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 90000008      adrp    x8, 0x0 <ltmp0>
    // 0000000000000000:  ARM64_RELOC_GOT_LOAD_PAGE21  __JIT_OPERAND0
    // 4: f9400108      ldr     x8, [x8]
    // 0000000000000004:  ARM64_RELOC_GOT_LOAD_PAGEOFF12       __JIT_OPERAND0
    // 8: f9000688      str     x8, [x20, #0x8]
    // c: 14000000      b       0xc <ltmp0+0xc>
    // 000000000000000c:  ARM64_RELOC_BRANCH26 __JIT_CONTINUE
    const unsigned char code_body[16] = {
        0x08, 0x00, 0x00, 0x90, 0x08, 0x01, 0x40, 0xf9,
        0x88, 0x06, 0x00, 0xf9, 0x00, 0x00, 0x00, 0x14,
    };
    // 0: OPERAND0
    const unsigned char data_body[8] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->operand);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_26r(code + 0xc, (uintptr_t)code + sizeof(code_body));
}

void
emit__START_EXECUTOR(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: f9400ac0      ldr     x0, [x22, #0x10]
    // 4: b40000c0      cbz     x0, 0x1c <ltmp0+0x1c>
    // 8: a9bf7bfd      stp     x29, x30, [sp, #-0x10]!
    // c: 910003fd      mov     x29, sp
    // 10: f9000adf      str     xzr, [x22, #0x10]
    // 14: 94000000      bl      0x14 <ltmp0+0x14>
    // 0000000000000014:  ARM64_RELOC_BRANCH26 _PyEggs_Release
    // 18: a8c17bfd      ldp     x29, x30, [sp], #0x10
    // 1c: 90000008      adrp    x8, 0x0 <ltmp0>
    // 000000000000001c:  ARM64_RELOC_GOT_LOAD_PAGE21  __JIT_EXECUTOR
    // 20: f9400108      ldr     x8, [x8]
    // 0000000000000020:  ARM64_RELOC_GOT_LOAD_PAGEOFF12       __JIT_EXECUTOR
    // 24: f90006c8      str     x8, [x22, #0x8]
    // 28: 14000000      b       0x28 <ltmp0+0x28>
    // 0000000000000028:  ARM64_RELOC_BRANCH26 __JIT_CONTINUE
    // 2c: 00 00 00 00 (padding)
    // 14: branch to PyEggs_Release redirected to the trampoline at 0x30
    // 30: d2800008      mov     x8, #0x0
    // 0000000000000030:  R_AARCH64_MOVW_UABS_G0_NC    PyEggs_Release
    // 34: f2a00008      movk    x8, #0x0, lsl #16
    // 0000000000000034:  R_AARCH64_MOVW_UABS_G1_NC    PyEggs_Release
    // 38: f2c00008      movk    x8, #0x0, lsl #32
    // 0000000000000038:  R_AARCH64_MOVW_UABS_G2_NC    PyEggs_Release
    // 3c: f2e00008      movk    x8, #0x0, lsl #48
    // 000000000000003c:  R_AARCH64_MOVW_UABS_G3       PyEggs_Release
    // 40: d61f0100      br      x8
    // 44: 00 00 00 00 (padding)
    const unsigned char code_body[72] = {
        0xc0, 0x0a, 0x40, 0xf9, 0xc0, 0x00, 0x00, 0xb4,
        0xfd, 0x7b, 0xbf, 0xa9, 0xfd, 0x03, 0x00, 0x91,
        0xdf, 0x0a, 0x00, 0xf9, 0x07, 0x00, 0x00, 0x94,
        0xfd, 0x7b, 0xc1, 0xa8, 0x08, 0x00, 0x00, 0x90,
        0x08, 0x01, 0x40, 0xf9, 0xc8, 0x06, 0x00, 0xf9,
        0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00, 0x00,
        0x08, 0x00, 0x80, 0xd2, 0x08, 0x00, 0xa0, 0xf2,
        0x08, 0x00, 0xc0, 0xf2, 0x08, 0x00, 0xe0, 0xf2,
        0x00, 0x01, 0x1f, 0xd6, 0x00, 0x00, 0x00, 0x00,
    };
    // 0: EXECUTOR
    const unsigned char data_body[8] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, (uintptr_t)executor);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x1c, (uintptr_t)data);
    patch_aarch64_26r(code + 0x28, (uintptr_t)code + sizeof(code_body));
    patch_aarch64_16a(code + 0x30, (uintptr_t)&PyEggs_Release);
    patch_aarch64_16b(code + 0x34, (uintptr_t)&PyEggs_Release);
    patch_aarch64_16c(code + 0x38, (uintptr_t)&PyEggs_Release);
    patch_aarch64_16d(code + 0x3c, (uintptr_t)&PyEggs_Release);
}

void
emit__STORE_FAST(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 90000008      adrp    x8, 0x0 <ltmp0>
    // 0000000000000000:  ARM64_RELOC_GOT_LOAD_PAGE21  __JIT_OPARG
    // 4: f9400108      ldr     x8, [x8]
    // 0000000000000004:  ARM64_RELOC_GOT_LOAD_PAGEOFF12       __JIT_OPARG
    // 8: 92400908      and     x8, x8, #0x7
    // c: 8b080e88      add     x8, x20, x8, lsl #3
    // 10: f85f8ea9      ldr     x9, [x21, #-0x8]!
    // 14: f9001509      str     x9, [x8, #0x28]
    // 18: 14000000      b       0x18 <ltmp0+0x18>
    // 0000000000000018:  ARM64_RELOC_BRANCH26 __JIT_CONTINUE
    // 1c: 00 00 00 00 (padding)
    const unsigned char code_body[32] = {
        0x08, 0x00, 0x00, 0x90, 0x08, 0x01, 0x40, 0xf9,
        0x08, 0x09, 0x40, 0x92, 0x88, 0x0e, 0x08, 0x8b,
        0xa9, 0x8e, 0x5f, 0xf8, 0x09, 0x15, 0x00, 0xf9,
        0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00, 0x00,
    };
    // 0: OPARG
    const unsigned char data_body[8] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_26r(code + 0x18, (uintptr_t)code + sizeof(code_body));
}

void
emit__STORE_GLOBAL_COUNTER(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 90000008      adrp    x8, 0x0 <ltmp0>
    // 0000000000000000:  ARM64_RELOC_GOT_LOAD_PAGE21  __JIT_OPARG
    // 4: f9400108      ldr     x8, [x8]
    // 0000000000000004:  ARM64_RELOC_GOT_LOAD_PAGEOFF12       __JIT_OPARG
    // 8: 12000909      and     w9, w8, #0x7
    // c: 9000000a      adrp    x10, 0x0 <ltmp0>
    // 000000000000000c:  ARM64_RELOC_GOT_LOAD_PAGE21  _PyGlobal_Counter
    // 10: f940014a      ldr     x10, [x10]
    // 0000000000000010:  ARM64_RELOC_GOT_LOAD_PAGEOFF12       _PyGlobal_Counter
    // 14: b940014b      ldr     w11, [x10]
    // 18: 0b0b0129      add     w9, w9, w11
    // 1c: 11000529      add     w9, w9, #0x1
    // 20: b9000149      str     w9, [x10]
    // 24: f85f8ea9      ldr     x9, [x21, #-0x8]!
    // 28: 9000000a      adrp    x10, 0x0 <ltmp0>
    // 0000000000000028:  ARM64_RELOC_GOT_LOAD_PAGE21  _PyGlobal_Table
    // 2c: f940014a      ldr     x10, [x10]
    // 000000000000002c:  ARM64_RELOC_GOT_LOAD_PAGEOFF12       _PyGlobal_Table
    // 30: 12000d08      and     w8, w8, #0xf
    // 34: f8285949      str     x9, [x10, w8, uxtw #3]
    // 38: 14000000      b       0x38 <ltmp0+0x38>
    // 0000000000000038:  ARM64_RELOC_BRANCH26 __JIT_CONTINUE
    // 3c: 00 00 00 00 (padding)
    const unsigned char code_body[64] = {
        0x08, 0x00, 0x00, 0x90, 0x08, 0x01, 0x40, 0xf9,
        0x09, 0x09, 0x00, 0x12, 0x0a, 0x00, 0x00, 0x90,
        0x4a, 0x01, 0x40, 0xf9, 0x4b, 0x01, 0x40, 0xb9,
        0x29, 0x01, 0x0b, 0x0b, 0x29, 0x05, 0x00, 0x11,
        0x49, 0x01, 0x00, 0xb9, 0xa9, 0x8e, 0x5f, 0xf8,
        0x0a, 0x00, 0x00, 0x90, 0x4a, 0x01, 0x40, 0xf9,
        0x08, 0x0d, 0x00, 0x12, 0x49, 0x59, 0x28, 0xf8,
        0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00, 0x00,
    };
    // 0: &PyGlobal_Table+0x0
    // 8: &PyGlobal_Counter+0x0
    // 10: OPARG
    const unsigned char data_body[24] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, (uintptr_t)&PyGlobal_Table);
    patch_64(data + 0x8, (uintptr_t)&PyGlobal_Counter);
    patch_64(data + 0x10, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x0, (uintptr_t)data + 0x10);
    patch_aarch64_33rx(code + 0xc, (uintptr_t)data + 0x8);
    patch_aarch64_33rx(code + 0x28, (uintptr_t)data);
    patch_aarch64_26r(code + 0x38, (uintptr_t)code + sizeof(code_body));
}

void
emit__SWAP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 90000008      adrp    x8, 0x0 <ltmp0>
    // 0000000000000000:  ARM64_RELOC_GOT_LOAD_PAGE21  __JIT_OPARG
    // 4: f9400108      ldr     x8, [x8]
    // 0000000000000004:  ARM64_RELOC_GOT_LOAD_PAGEOFF12       __JIT_OPARG
    // 8: 92400108      and     x8, x8, #0x1
    // c: 92800029      mov     x9, #-0x2               ; =-2
    // 10: cb080128      sub     x8, x9, x8
    // 14: f85f82a9      ldur    x9, [x21, #-0x8]
    // 18: f8687aaa      ldr     x10, [x21, x8, lsl #3]
    // 1c: f81f82aa      stur    x10, [x21, #-0x8]
    // 20: f8287aa9      str     x9, [x21, x8, lsl #3]
    // 24: 14000000      b       0x24 <ltmp0+0x24>
    // 0000000000000024:  ARM64_RELOC_BRANCH26 __JIT_CONTINUE
    const unsigned char code_body[40] = {
        0x08, 0x00, 0x00, 0x90, 0x08, 0x01, 0x40, 0xf9,
        0x08, 0x01, 0x40, 0x92, 0x29, 0x00, 0x80, 0x92,
        0x28, 0x01, 0x08, 0xcb, 0xa9, 0x82, 0x5f, 0xf8,
        0xaa, 0x7a, 0x68, 0xf8, 0xaa, 0x82, 0x1f, 0xf8,
        0xa9, 0x7a, 0x28, 0xf8, 0x00, 0x00, 0x00, 0x14,
    };
    // 0: OPARG
    const unsigned char data_body[8] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_26r(code + 0x24, (uintptr_t)code + sizeof(code_body));
}

void
emit__TO_BOOL_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: a9bf7bfd      stp     x29, x30, [sp, #-0x10]!
    // 4: 910003fd      mov     x29, sp
    // 8: f85f82a0      ldur    x0, [x21, #-0x8]
    // c: 94000000      bl      0xc <ltmp0+0xc>
    // 000000000000000c:  ARM64_RELOC_BRANCH26 _PyEggs_Check
    // 10: 37f800e0      tbnz    w0, #0x1f, 0x2c <ltmp0+0x2c>
    // 14: 7100001f      cmp     w0, #0x0
    // 18: 52800208      mov     w8, #0x10               ; =16
    // 1c: 9a880508      cinc    x8, x8, ne
    // 20: f81f82a8      stur    x8, [x21, #-0x8]
    // 24: a8c17bfd      ldp     x29, x30, [sp], #0x10
    // 28: 14000000      b       0x28 <ltmp0+0x28>
    // 0000000000000028:  ARM64_RELOC_BRANCH26 __JIT_CONTINUE
    // 2c: a8c17bfd      ldp     x29, x30, [sp], #0x10
    // 30: 14000000      b       0x30 <ltmp0+0x30>
    // 0000000000000030:  ARM64_RELOC_BRANCH26 __JIT_ERROR_TARGET
    // 34: 00 00 00 00 (padding)
    // c: branch to PyEggs_Check redirected to the trampoline at 0x38
    // 38: d2800008      mov     x8, #0x0
    // 0000000000000038:  R_AARCH64_MOVW_UABS_G0_NC    PyEggs_Check
    // 3c: f2a00008      movk    x8, #0x0, lsl #16
    // 000000000000003c:  R_AARCH64_MOVW_UABS_G1_NC    PyEggs_Check
    // 40: f2c00008      movk    x8, #0x0, lsl #32
    // 0000000000000040:  R_AARCH64_MOVW_UABS_G2_NC    PyEggs_Check
    // 44: f2e00008      movk    x8, #0x0, lsl #48
    // 0000000000000044:  R_AARCH64_MOVW_UABS_G3       PyEggs_Check
    // 48: d61f0100      br      x8
    // 4c: 00 00 00 00 (padding)
    const unsigned char code_body[80] = {
        0xfd, 0x7b, 0xbf, 0xa9, 0xfd, 0x03, 0x00, 0x91,
        0xa0, 0x82, 0x5f, 0xf8, 0x0b, 0x00, 0x00, 0x94,
        0xe0, 0x00, 0xf8, 0x37, 0x1f, 0x00, 0x00, 0x71,
        0x08, 0x02, 0x80, 0x52, 0x08, 0x05, 0x88, 0x9a,
        0xa8, 0x82, 0x1f, 0xf8, 0xfd, 0x7b, 0xc1, 0xa8,
        0x00, 0x00, 0x00, 0x14, 0xfd, 0x7b, 0xc1, 0xa8,
        0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00, 0x00,
        0x08, 0x00, 0x80, 0xd2, 0x08, 0x00, 0xa0, 0xf2,
        0x08, 0x00, 0xc0, 0xf2, 0x08, 0x00, 0xe0, 0xf2,
        0x00, 0x01, 0x1f, 0xd6, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_26r(code + 0x28, (uintptr_t)code + sizeof(code_body));
    patch_aarch64_26r(code + 0x30, instruction_starts[instruction->error_target]);
    patch_aarch64_16a(code + 0x38, (uintptr_t)&PyEggs_Check);
    patch_aarch64_16b(code + 0x3c, (uintptr_t)&PyEggs_Check);
    patch_aarch64_16c(code + 0x40, (uintptr_t)&PyEggs_Check);
    patch_aarch64_16d(code + 0x44, (uintptr_t)&PyEggs_Check);
}

typedef struct {
    void (*emit)(
        unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
        const _PyUOpInstruction *instruction, uintptr_t instruction_starts[]);
    size_t code_size;
    size_t data_size;
} StencilGroup;

static const StencilGroup trampoline = {emit_trampoline, 144, 0};

static const StencilGroup stencil_groups[MAX_UOP_ID + 1] = {
    [_BINARY_OP] = {emit__BINARY_OP, 152, 8},
    [_BINARY_OP_ADD_INT] = {emit__BINARY_OP_ADD_INT, 96, 0},
    [_BINARY_OP_MULTIPLY_INT] = {emit__BINARY_OP_MULTIPLY_INT, 48, 0},
    [_BINARY_OP_SUBTRACT_INT] = {emit__BINARY_OP_SUBTRACT_INT, 40, 0},
    [_BUILD_SUM] = {emit__BUILD_SUM, 96, 8},
    [_CALL_BUILTIN_FAST] = {emit__CALL_BUILTIN_FAST, 96, 8},
    [_CHECK_FUNCTION_VERSION] = {emit__CHECK_FUNCTION_VERSION, 48, 16},
    [_CHECK_STACK_SPACE] = {emit__CHECK_STACK_SPACE, 40, 8},
    [_CHECK_VALIDITY] = {emit__CHECK_VALIDITY, 24, 8},
    [_COMPARE_OP_INT] = {emit__COMPARE_OP_INT, 80, 8},
    [_COPY] = {emit__COPY, 72, 8},
    [_DEOPT] = {emit__DEOPT, 16, 8},
    [_EXIT_TRACE] = {emit__EXIT_TRACE, 40, 16},
    [_FATAL_ERROR] = {emit__FATAL_ERROR, 56, 8},
    [_GUARD_IS_FALSE_POP] = {emit__GUARD_IS_FALSE_POP, 24, 0},
    [_GUARD_IS_TRUE_POP] = {emit__GUARD_IS_TRUE_POP, 24, 0},
    [_GUARD_NOS_NOT_NULL] = {emit__GUARD_NOS_NOT_NULL, 16, 0},
    [_JUMP_TO_TOP] = {emit__JUMP_TO_TOP, 16, 0},
    [_LOAD_CONST_INLINE] = {emit__LOAD_CONST_INLINE, 24, 8},
    [_LOAD_CONST_INLINE_BORROW] = {emit__LOAD_CONST_INLINE_BORROW, 32, 16},
    [_LOAD_FAST] = {emit__LOAD_FAST, 32, 8},
    [_LOAD_GLOBAL_BUILTIN] = {emit__LOAD_GLOBAL_BUILTIN, 40, 16},
    [_LOAD_SMALL_INT] = {emit__LOAD_SMALL_INT, 32, 72},
    [_MAKE_WARM] = {emit__MAKE_WARM, 32, 8},
    [_NOP] = {emit__NOP, 8, 0},
    [_POP_TOP] = {emit__POP_TOP, 56, 0},
    [_RESUME_CHECK] = {emit__RESUME_CHECK, 80, 0},
    [_SET_IP] = {emit__SET_IP, 16, 8},
    [_START_EXECUTOR] = {emit__START_EXECUTOR, 72, 8},
    [_STORE_FAST] = {emit__STORE_FAST, 32, 8},
    [_STORE_GLOBAL_COUNTER] = {emit__STORE_GLOBAL_COUNTER, 64, 24},
    [_SWAP] = {emit__SWAP, 40, 8},
    [_TO_BOOL_INT] = {emit__TO_BOOL_INT, 80, 0},
};
