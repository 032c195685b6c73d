void
emit_trampoline(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 6db63bef      stp     d15, d14, [sp, #-0xa0]!
    // 4: b9402448      ldr     w8, [x2, #0x24]
    // 8: 6d0133ed      stp     d13, d12, [sp, #0x10]
    // c: 6d022beb      stp     d11, d10, [sp, #0x20]
    // 10: 11000508      add     w8, w8, #0x1
    // 14: 6d0323e9      stp     d9, d8, [sp, #0x30]
    // 18: a90477fe      stp     x30, x29, [sp, #0x40]
    // 1c: aa0203fd      mov     x29, x2
    // 20: a9056ffc      stp     x28, x27, [sp, #0x50]
    // 24: a90667fa      stp     x26, x25, [sp, #0x60]
    // 28: a9075ff8      stp     x24, x23, [sp, #0x70]
    // 2c: a90857f6      stp     x22, x21, [sp, #0x80]
    // 30: aa0103f5      mov     x21, x1
    // 34: aa0203f6      mov     x22, x2
    // 38: a9094ff4      stp     x20, x19, [sp, #0x90]
    // 3c: aa0003f4      mov     x20, x0
    // 40: b9002448      str     w8, [x2, #0x24]
    // 44: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000044:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_CONTINUE
    // 48: f9400108      ldr     x8, [x8]
    // 0000000000000048:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_CONTINUE
    // 4c: d63f0100      blr     x8
    // 50: b94027a8      ldr     w8, [x29, #0x24]
    // 54: a9494ff4      ldp     x20, x19, [sp, #0x90]
    // 58: a94857f6      ldp     x22, x21, [sp, #0x80]
    // 5c: 51000508      sub     w8, w8, #0x1
    // 60: a9475ff8      ldp     x24, x23, [sp, #0x70]
    // 64: b90027a8      str     w8, [x29, #0x24]
    // 68: a94667fa      ldp     x26, x25, [sp, #0x60]
    // 6c: a9456ffc      ldp     x28, x27, [sp, #0x50]
    // 70: a94477fe      ldp     x30, x29, [sp, #0x40]
    // 74: 6d4323e9      ldp     d9, d8, [sp, #0x30]
    // 78: 6d422beb      ldp     d11, d10, [sp, #0x20]
    // 7c: 6d4133ed      ldp     d13, d12, [sp, #0x10]
    // 80: 6cca3bef      ldp     d15, d14, [sp], #0xa0
    // 84: d65f03c0      ret
    const unsigned char code_body[136] = {
        0xef, 0x3b, 0xb6, 0x6d, 0x48, 0x24, 0x40, 0xb9,
        0xed, 0x33, 0x01, 0x6d, 0xeb, 0x2b, 0x02, 0x6d,
        0x08, 0x05, 0x00, 0x11, 0xe9, 0x23, 0x03, 0x6d,
        0xfe, 0x77, 0x04, 0xa9, 0xfd, 0x03, 0x02, 0xaa,
        0xfc, 0x6f, 0x05, 0xa9, 0xfa, 0x67, 0x06, 0xa9,
        0xf8, 0x5f, 0x07, 0xa9, 0xf6, 0x57, 0x08, 0xa9,
        0xf5, 0x03, 0x01, 0xaa, 0xf6, 0x03, 0x02, 0xaa,
        0xf4, 0x4f, 0x09, 0xa9, 0xf4, 0x03, 0x00, 0xaa,
        0x48, 0x24, 0x00, 0xb9, 0x08, 0x00, 0x00, 0x90,
        0x08, 0x01, 0x40, 0xf9, 0x00, 0x01, 0x3f, 0xd6,
        0xa8, 0x27, 0x40, 0xb9, 0xf4, 0x4f, 0x49, 0xa9,
        0xf6, 0x57, 0x48, 0xa9, 0x08, 0x05, 0x00, 0x51,
        0xf8, 0x5f, 0x47, 0xa9, 0xa8, 0x27, 0x00, 0xb9,
        0xfa, 0x67, 0x46, 0xa9, 0xfc, 0x6f, 0x45, 0xa9,
        0xfe, 0x77, 0x44, 0xa9, 0xe9, 0x23, 0x43, 0x6d,
        0xeb, 0x2b, 0x42, 0x6d, 0xed, 0x33, 0x41, 0x6d,
        0xef, 0x3b, 0xca, 0x6c, 0xc0, 0x03, 0x5f, 0xd6,
    };
    // 0: CONTINUE
    const unsigned char data_body[8] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, (uintptr_t)code + sizeof(code_body));
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x44, (uintptr_t)data);
}

void
emit__BINARY_OP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: f81f0ffe      str     x30, [sp, #-0x10]!
    // 4: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000004:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_OPARG
    // 8: aa1503f3      mov     x19, x21
    // c: f9400108      ldr     x8, [x8]
    // 000000000000000c:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_OPARG
    // 10: f85f8ea1      ldr     x1, [x21, #-0x8]!
    // 14: f85f82a0      ldur    x0, [x21, #-0x8]
    // 18: 12003d08      and     w8, w8, #0xffff
    // 1c: 7100091f      cmp     w8, #0x2
    // 20: 54000200      b.eq    0x60 <_JIT_ENTRY+0x60>
    // 24: 7100051f      cmp     w8, #0x1
    // 28: 54000100      b.eq    0x48 <_JIT_ENTRY+0x48>
    // 2c: 35000268      cbnz    w8, 0x78 <_JIT_ENTRY+0x78>
    // 30: 8b000020      add     x0, x1, x0
    // 34: 90000001      adrp    x1, 0x0 <_JIT_ENTRY>
    // 0000000000000034:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_CONTINUE
    // 38: f9400021      ldr     x1, [x1]
    // 0000000000000038:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_CONTINUE
    // 3c: f81f0260      stur    x0, [x19, #-0x10]
    // 40: f84107fe      ldr     x30, [sp], #0x10
    // 44: d61f0020      br      x1
    // 48: cb010000      sub     x0, x0, x1
    // 4c: 90000001      adrp    x1, 0x0 <_JIT_ENTRY>
    // 000000000000004c:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_CONTINUE
    // 50: f9400021      ldr     x1, [x1]
    // 0000000000000050:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_CONTINUE
    // 54: f81f0260      stur    x0, [x19, #-0x10]
    // 58: f84107fe      ldr     x30, [sp], #0x10
    // 5c: d61f0020      br      x1
    // 60: 8a000020      and     x0, x1, x0
    // 64: 90000001      adrp    x1, 0x0 <_JIT_ENTRY>
    // 0000000000000064:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_CONTINUE
    // 68: f9400021      ldr     x1, [x1]
    // 0000000000000068:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_CONTINUE
    // 6c: f81f0260      stur    x0, [x19, #-0x10]
    // 70: f84107fe      ldr     x30, [sp], #0x10
    // 74: d61f0020      br      x1
    // 78: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000078:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_OPARG
    // 7c: 90000009      adrp    x9, 0x0 <_JIT_ENTRY>
    // 000000000000007c:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp_PySpam_BinaryOp
    // 80: f9400108      ldr     x8, [x8]
    // 0000000000000080:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_OPARG
    // 84: f9400129      ldr     x9, [x9]
    // 0000000000000084:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp_PySpam_BinaryOp
    // 88: 12003d02      and     w2, w8, #0xffff
    // 8c: d63f0120      blr     x9
    // 90: b5fffd20      cbnz    x0, 0x34 <_JIT_ENTRY+0x34>
    // 94: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000094:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_ERROR_TARGET
    // 98: aa1303f5      mov     x21, x19
    // 9c: f9400000      ldr     x0, [x0]
    // 000000000000009c:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_ERROR_TARGET
    // a0: f84107fe      ldr     x30, [sp], #0x10
    // a4: d61f0000      br      x0
    const unsigned char code_body[168] = {
        0xfe, 0x0f, 0x1f, 0xf8, 0x08, 0x00, 0x00, 0x90,
        0xf3, 0x03, 0x15, 0xaa, 0x08, 0x01, 0x40, 0xf9,
        0xa1, 0x8e, 0x5f, 0xf8, 0xa0, 0x82, 0x5f, 0xf8,
        0x08, 0x3d, 0x00, 0x12, 0x1f, 0x09, 0x00, 0x71,
        0x00, 0x02, 0x00, 0x54, 0x1f, 0x05, 0x00, 0x71,
        0x00, 0x01, 0x00, 0x54, 0x68, 0x02, 0x00, 0x35,
        0x20, 0x00, 0x00, 0x8b, 0x01, 0x00, 0x00, 0x90,
        0x21, 0x00, 0x40, 0xf9, 0x60, 0x02, 0x1f, 0xf8,
        0xfe, 0x07, 0x41, 0xf8, 0x20, 0x00, 0x1f, 0xd6,
        0x00, 0x00, 0x01, 0xcb, 0x01, 0x00, 0x00, 0x90,
        0x21, 0x00, 0x40, 0xf9, 0x60, 0x02, 0x1f, 0xf8,
        0xfe, 0x07, 0x41, 0xf8, 0x20, 0x00, 0x1f, 0xd6,
        0x20, 0x00, 0x00, 0x8a, 0x01, 0x00, 0x00, 0x90,
        0x21, 0x00, 0x40, 0xf9, 0x60, 0x02, 0x1f, 0xf8,
        0xfe, 0x07, 0x41, 0xf8, 0x20, 0x00, 0x1f, 0xd6,
        0x08, 0x00, 0x00, 0x90, 0x09, 0x00, 0x00, 0x90,
        0x08, 0x01, 0x40, 0xf9, 0x29, 0x01, 0x40, 0xf9,
        0x02, 0x3d, 0x00, 0x12, 0x20, 0x01, 0x3f, 0xd6,
        0x20, 0xfd, 0xff, 0xb5, 0x00, 0x00, 0x00, 0x90,
        0xf5, 0x03, 0x13, 0xaa, 0x00, 0x00, 0x40, 0xf9,
        0xfe, 0x07, 0x41, 0xf8, 0x00, 0x00, 0x1f, 0xd6,
    };
    // 0: OPARG
    // 8: CONTINUE
    // 10: &PySpam_BinaryOp+0x0
    // 18: ERROR_TARGET
    const unsigned char data_body[32] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->oparg);
    patch_64(data + 0x8, (uintptr_t)code + sizeof(code_body));
    patch_64(data + 0x10, (uintptr_t)&PySpam_BinaryOp);
    patch_64(data + 0x18, instruction_starts[instruction->error_target]);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x4, (uintptr_t)data);
    patch_aarch64_12x(code + 0xc, (uintptr_t)data);
    patch_aarch64_33rx(code + 0x34, (uintptr_t)data + 0x8);
    patch_aarch64_33rx(code + 0x4c, (uintptr_t)data + 0x8);
    patch_aarch64_33rx(code + 0x64, (uintptr_t)data + 0x8);
    patch_aarch64_21rx(code + 0x78, (uintptr_t)data);
    patch_aarch64_21rx(code + 0x7c, (uintptr_t)data + 0x10);
    patch_aarch64_12x(code + 0x80, (uintptr_t)data);
    patch_aarch64_12x(code + 0x84, (uintptr_t)data + 0x10);
    patch_aarch64_21rx(code + 0x94, (uintptr_t)data + 0x18);
    patch_aarch64_12x(code + 0x9c, (uintptr_t)data + 0x18);
}

void
emit__BINARY_OP_ADD_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: f81f0ffe      str     x30, [sp, #-0x10]!
    // 4: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000004:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp_PySpam_Add
    // 8: aa1503f3      mov     x19, x21
    // c: 910023e2      add     x2, sp, #0x8
    // 10: f85f8ea1      ldr     x1, [x21, #-0x8]!
    // 14: f85f82a0      ldur    x0, [x21, #-0x8]
    // 18: f9400108      ldr     x8, [x8]
    // 0000000000000018:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp_PySpam_Add
    // 1c: d63f0100      blr     x8
    // 20: 37f800e0      tbnz    w0, #0x1f, 0x3c <_JIT_ENTRY+0x3c>
    // 24: f94007e8      ldr     x8, [sp, #0x8]
    // 28: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000028:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_CONTINUE
    // 2c: f9400000      ldr     x0, [x0]
    // 000000000000002c:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_CONTINUE
    // 30: f81f0268      stur    x8, [x19, #-0x10]
    // 34: f84107fe      ldr     x30, [sp], #0x10
    // 38: d61f0000      br      x0
    // 3c: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 000000000000003c:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_ERROR_TARGET
    // 40: aa1303f5      mov     x21, x19
    // 44: f9400000      ldr     x0, [x0]
    // 0000000000000044:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_ERROR_TARGET
    // 48: f84107fe      ldr     x30, [sp], #0x10
    // 4c: d61f0000      br      x0
    const unsigned char code_body[80] = {
        0xfe, 0x0f, 0x1f, 0xf8, 0x08, 0x00, 0x00, 0x90,
        0xf3, 0x03, 0x15, 0xaa, 0xe2, 0x23, 0x00, 0x91,
        0xa1, 0x8e, 0x5f, 0xf8, 0xa0, 0x82, 0x5f, 0xf8,
        0x08, 0x01, 0x40, 0xf9, 0x00, 0x01, 0x3f, 0xd6,
        0xe0, 0x00, 0xf8, 0x37, 0xe8, 0x07, 0x40, 0xf9,
        0x00, 0x00, 0x00, 0x90, 0x00, 0x00, 0x40, 0xf9,
        0x68, 0x02, 0x1f, 0xf8, 0xfe, 0x07, 0x41, 0xf8,
        0x00, 0x00, 0x1f, 0xd6, 0x00, 0x00, 0x00, 0x90,
        0xf5, 0x03, 0x13, 0xaa, 0x00, 0x00, 0x40, 0xf9,
        0xfe, 0x07, 0x41, 0xf8, 0x00, 0x00, 0x1f, 0xd6,
    };
    // 0: &PySpam_Add+0x0
    // 8: CONTINUE
    // 10: ERROR_TARGET
    const unsigned char data_body[24] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, (uintptr_t)&PySpam_Add);
    patch_64(data + 0x8, (uintptr_t)code + sizeof(code_body));
    patch_64(data + 0x10, instruction_starts[instruction->error_target]);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x4, (uintptr_t)data);
    patch_aarch64_12x(code + 0x18, (uintptr_t)data);
    patch_aarch64_33rx(code + 0x28, (uintptr_t)data + 0x8);
    patch_aarch64_21rx(code + 0x3c, (uintptr_t)data + 0x10);
    patch_aarch64_12x(code + 0x44, (uintptr_t)data + 0x10);
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
    // 14: 54000080      b.eq    0x24 <_JIT_ENTRY+0x24>
    // 18: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000018:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_JUMP_TARGET
    // 1c: f9400000      ldr     x0, [x0]
    // 000000000000001c:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_JUMP_TARGET
    // 20: d61f0000      br      x0
    // 24: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000024:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_CONTINUE
    // 28: aa1503ea      mov     x10, x21
    // 2c: aa0803f5      mov     x21, x8
    // 30: 93407d29      sxtw    x9, w9
    // 34: f9400000      ldr     x0, [x0]
    // 0000000000000034:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_CONTINUE
    // 38: f81f0149      stur    x9, [x10, #-0x10]
    // 3c: d61f0000      br      x0
    const unsigned char code_body[64] = {
        0xe8, 0x03, 0x15, 0xaa, 0x09, 0x8d, 0x9f, 0xb8,
        0x0a, 0x81, 0x9f, 0xb8, 0x49, 0x7d, 0x29, 0x9b,
        0x3f, 0xc1, 0x29, 0xeb, 0x80, 0x00, 0x00, 0x54,
        0x00, 0x00, 0x00, 0x90, 0x00, 0x00, 0x40, 0xf9,
        0x00, 0x00, 0x1f, 0xd6, 0x00, 0x00, 0x00, 0x90,
        0xea, 0x03, 0x15, 0xaa, 0xf5, 0x03, 0x08, 0xaa,
        0x29, 0x7d, 0x40, 0x93, 0x00, 0x00, 0x40, 0xf9,
        0x49, 0x01, 0x1f, 0xf8, 0x00, 0x00, 0x1f, 0xd6,
    };
    // 0: JUMP_TARGET
    // 8: CONTINUE
    const unsigned char data_body[16] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction_starts[instruction->jump_target]);
    patch_64(data + 0x8, (uintptr_t)code + sizeof(code_body));
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x18, (uintptr_t)data);
    patch_aarch64_21rx(code + 0x24, (uintptr_t)data + 0x8);
    patch_aarch64_12x(code + 0x34, (uintptr_t)data + 0x8);
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
    // 10: 54000087      b.vc    0x20 <_JIT_ENTRY+0x20>
    // 14: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000014:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_JUMP_TARGET
    // 18: f9400000      ldr     x0, [x0]
    // 0000000000000018:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_JUMP_TARGET
    // 1c: d61f0000      br      x0
    // 20: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000020:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_CONTINUE
    // 24: aa1503ea      mov     x10, x21
    // 28: aa0803f5      mov     x21, x8
    // 2c: f9400000      ldr     x0, [x0]
    // 000000000000002c:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_CONTINUE
    // 30: f81f0149      stur    x9, [x10, #-0x10]
    // 34: d61f0000      br      x0
    const unsigned char code_body[56] = {
        0xe8, 0x03, 0x15, 0xaa, 0x09, 0x8d, 0x5f, 0xf8,
        0x0a, 0x81, 0x5f, 0xf8, 0x49, 0x01, 0x09, 0xeb,
        0x87, 0x00, 0x00, 0x54, 0x00, 0x00, 0x00, 0x90,
        0x00, 0x00, 0x40, 0xf9, 0x00, 0x00, 0x1f, 0xd6,
        0x00, 0x00, 0x00, 0x90, 0xea, 0x03, 0x15, 0xaa,
        0xf5, 0x03, 0x08, 0xaa, 0x00, 0x00, 0x40, 0xf9,
        0x49, 0x01, 0x1f, 0xf8, 0x00, 0x00, 0x1f, 0xd6,
    };
    // 0: JUMP_TARGET
    // 8: CONTINUE
    const unsigned char data_body[16] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction_starts[instruction->jump_target]);
    patch_64(data + 0x8, (uintptr_t)code + sizeof(code_body));
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x14, (uintptr_t)data);
    patch_aarch64_21rx(code + 0x20, (uintptr_t)data + 0x8);
    patch_aarch64_12x(code + 0x2c, (uintptr_t)data + 0x8);
}

void
emit__BUILD_SUM(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 90000009      adrp    x9, 0x0 <_JIT_ENTRY>
    // 0000000000000000:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_OPARG
    // 4: f9400129      ldr     x9, [x9]
    // 0000000000000004:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_OPARG
    // 8: f85f82a8      ldur    x8, [x21, #-0x8]
    // c: 7200053f      tst     w9, #0x3
    // 10: 540001a0      b.eq    0x44 <_JIT_ENTRY+0x44>
    // 14: 92400529      and     x9, x9, #0x3
    // 18: f85f02aa      ldur    x10, [x21, #-0x10]
    // 1c: 91000529      add     x9, x9, #0x1
    // 20: f100093f      cmp     x9, #0x2
    // 24: 8b080148      add     x8, x10, x8
    // 28: 540000e0      b.eq    0x44 <_JIT_ENTRY+0x44>
    // 2c: f85e82aa      ldur    x10, [x21, #-0x18]
    // 30: f1000d3f      cmp     x9, #0x3
    // 34: 8b080148      add     x8, x10, x8
    // 38: 54000060      b.eq    0x44 <_JIT_ENTRY+0x44>
    // 3c: f85e02a9      ldur    x9, [x21, #-0x20]
    // 40: 8b080128      add     x8, x9, x8
    // 44: 90000009      adrp    x9, 0x0 <_JIT_ENTRY>
    // 0000000000000044:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_OPARG
    // 48: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000048:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_CONTINUE
    // 4c: f9400129      ldr     x9, [x9]
    // 000000000000004c:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_OPARG
    // 50: f9400000      ldr     x0, [x0]
    // 0000000000000050:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_CONTINUE
    // 54: 12000529      and     w9, w9, #0x3
    // 58: 11000529      add     w9, w9, #0x1
    // 5c: cb294eb5      sub     x21, x21, w9, uxtw #3
    // 60: f80086a8      str     x8, [x21], #0x8
    // 64: d61f0000      br      x0
    const unsigned char code_body[104] = {
        0x09, 0x00, 0x00, 0x90, 0x29, 0x01, 0x40, 0xf9,
        0xa8, 0x82, 0x5f, 0xf8, 0x3f, 0x05, 0x00, 0x72,
        0xa0, 0x01, 0x00, 0x54, 0x29, 0x05, 0x40, 0x92,
        0xaa, 0x02, 0x5f, 0xf8, 0x29, 0x05, 0x00, 0x91,
        0x3f, 0x09, 0x00, 0xf1, 0x48, 0x01, 0x08, 0x8b,
        0xe0, 0x00, 0x00, 0x54, 0xaa, 0x82, 0x5e, 0xf8,
        0x3f, 0x0d, 0x00, 0xf1, 0x48, 0x01, 0x08, 0x8b,
        0x60, 0x00, 0x00, 0x54, 0xa9, 0x02, 0x5e, 0xf8,
        0x28, 0x01, 0x08, 0x8b, 0x09, 0x00, 0x00, 0x90,
        0x00, 0x00, 0x00, 0x90, 0x29, 0x01, 0x40, 0xf9,
        0x00, 0x00, 0x40, 0xf9, 0x29, 0x05, 0x00, 0x12,
        0x29, 0x05, 0x00, 0x11, 0xb5, 0x4e, 0x29, 0xcb,
        0xa8, 0x86, 0x00, 0xf8, 0x00, 0x00, 0x1f, 0xd6,
    };
    // 0: OPARG
    // 8: CONTINUE
    const unsigned char data_body[16] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->oparg);
    patch_64(data + 0x8, (uintptr_t)code + sizeof(code_body));
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_21rx(code + 0x44, (uintptr_t)data);
    patch_aarch64_21rx(code + 0x48, (uintptr_t)data + 0x8);
    patch_aarch64_12x(code + 0x4c, (uintptr_t)data);
    patch_aarch64_12x(code + 0x50, (uintptr_t)data + 0x8);
}

void
emit__CALL_BUILTIN_FAST(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: f81f0ffe      str     x30, [sp, #-0x10]!
    // 4: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000004:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_OPARG
    // 8: aa1403e0      mov     x0, x20
    // c: f9400108      ldr     x8, [x8]
    // 000000000000000c:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_OPARG
    // 10: 92400509      and     x9, x8, #0x3
    // 14: 12000502      and     w2, w8, #0x3
    // 18: cb090eb3      sub     x19, x21, x9, lsl #3
    // 1c: 90000009      adrp    x9, 0x0 <_JIT_ENTRY>
    // 000000000000001c:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp_PySpam_Call3
    // 20: f9400129      ldr     x9, [x9]
    // 0000000000000020:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp_PySpam_Call3
    // 24: aa1303e1      mov     x1, x19
    // 28: d63f0120      blr     x9
    // 2c: b40000e0      cbz     x0, 0x48 <_JIT_ENTRY+0x48>
    // 30: f8008660      str     x0, [x19], #0x8
    // 34: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000034:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_CONTINUE
    // 38: f9400000      ldr     x0, [x0]
    // 0000000000000038:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_CONTINUE
    // 3c: aa1303f5      mov     x21, x19
    // 40: f84107fe      ldr     x30, [sp], #0x10
    // 44: d61f0000      br      x0
    // 48: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000048:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_ERROR_TARGET
    // 4c: f9400000      ldr     x0, [x0]
    // 000000000000004c:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_ERROR_TARGET
    // 50: f84107fe      ldr     x30, [sp], #0x10
    // 54: d61f0000      br      x0
    const unsigned char code_body[88] = {
        0xfe, 0x0f, 0x1f, 0xf8, 0x08, 0x00, 0x00, 0x90,
        0xe0, 0x03, 0x14, 0xaa, 0x08, 0x01, 0x40, 0xf9,
        0x09, 0x05, 0x40, 0x92, 0x02, 0x05, 0x00, 0x12,
        0xb3, 0x0e, 0x09, 0xcb, 0x09, 0x00, 0x00, 0x90,
        0x29, 0x01, 0x40, 0xf9, 0xe1, 0x03, 0x13, 0xaa,
        0x20, 0x01, 0x3f, 0xd6, 0xe0, 0x00, 0x00, 0xb4,
        0x60, 0x86, 0x00, 0xf8, 0x00, 0x00, 0x00, 0x90,
        0x00, 0x00, 0x40, 0xf9, 0xf5, 0x03, 0x13, 0xaa,
        0xfe, 0x07, 0x41, 0xf8, 0x00, 0x00, 0x1f, 0xd6,
        0x00, 0x00, 0x00, 0x90, 0x00, 0x00, 0x40, 0xf9,
        0xfe, 0x07, 0x41, 0xf8, 0x00, 0x00, 0x1f, 0xd6,
    };
    // 0: OPARG
    // 8: &PySpam_Call3+0x0
    // 10: CONTINUE
    // 18: ERROR_TARGET
    const unsigned char data_body[32] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->oparg);
    patch_64(data + 0x8, (uintptr_t)&PySpam_Call3);
    patch_64(data + 0x10, (uintptr_t)code + sizeof(code_body));
    patch_64(data + 0x18, instruction_starts[instruction->error_target]);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x4, (uintptr_t)data);
    patch_aarch64_12x(code + 0xc, (uintptr_t)data);
    patch_aarch64_33rx(code + 0x1c, (uintptr_t)data + 0x8);
    patch_aarch64_33rx(code + 0x34, (uintptr_t)data + 0x10);
    patch_aarch64_33rx(code + 0x48, (uintptr_t)data + 0x18);
}

void
emit__CHECK_FUNCTION_VERSION(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 90000009      adrp    x9, 0x0 <_JIT_ENTRY>
    // 0000000000000000:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_OPERAND0
    // 4: b9401688      ldr     w8, [x20, #0x14]
    // 8: f9400129      ldr     x9, [x9]
    // 0000000000000008:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_OPERAND0
    // c: 6b09011f      cmp     w8, w9
    // 10: 54000121      b.ne    0x34 <_JIT_ENTRY+0x34>
    // 14: 90000009      adrp    x9, 0x0 <_JIT_ENTRY>
    // 0000000000000014:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_OPERAND1
    // 18: f9401288      ldr     x8, [x20, #0x20]
    // 1c: f9400129      ldr     x9, [x9]
    // 000000000000001c:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_OPERAND1
    // 20: eb09011f      cmp     x8, x9
    // 24: 54000081      b.ne    0x34 <_JIT_ENTRY+0x34>
    // 28: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000028:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_CONTINUE
    // 2c: f9400000      ldr     x0, [x0]
    // 000000000000002c:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_CONTINUE
    // 30: d61f0000      br      x0
    // 34: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000034:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_JUMP_TARGET
    // 38: f9400000      ldr     x0, [x0]
    // 0000000000000038:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_JUMP_TARGET
    // 3c: d61f0000      br      x0
    const unsigned char code_body[64] = {
        0x09, 0x00, 0x00, 0x90, 0x88, 0x16, 0x40, 0xb9,
        0x29, 0x01, 0x40, 0xf9, 0x1f, 0x01, 0x09, 0x6b,
        0x21, 0x01, 0x00, 0x54, 0x09, 0x00, 0x00, 0x90,
        0x88, 0x12, 0x40, 0xf9, 0x29, 0x01, 0x40, 0xf9,
        0x1f, 0x01, 0x09, 0xeb, 0x81, 0x00, 0x00, 0x54,
        0x00, 0x00, 0x00, 0x90, 0x00, 0x00, 0x40, 0xf9,
        0x00, 0x00, 0x1f, 0xd6, 0x00, 0x00, 0x00, 0x90,
        0x00, 0x00, 0x40, 0xf9, 0x00, 0x00, 0x1f, 0xd6,
    };
    // 0: OPERAND0
    // 8: OPERAND1
    // 10: CONTINUE
    // 18: JUMP_TARGET
    const unsigned char data_body[32] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->operand);
    patch_64(data + 0x8, instruction->operand1);
    patch_64(data + 0x10, (uintptr_t)code + sizeof(code_body));
    patch_64(data + 0x18, instruction_starts[instruction->jump_target]);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_12x(code + 0x8, (uintptr_t)data);
    patch_aarch64_21rx(code + 0x14, (uintptr_t)data + 0x8);
    patch_aarch64_12x(code + 0x1c, (uintptr_t)data + 0x8);
    patch_aarch64_33rx(code + 0x28, (uintptr_t)data + 0x10);
    patch_aarch64_33rx(code + 0x34, (uintptr_t)data + 0x18);
}

void
emit__CHECK_STACK_SPACE(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000000:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_OPARG
    // 4: f9400108      ldr     x8, [x8]
    // 0000000000000004:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_OPARG
    // 8: b9401ec9      ldr     w9, [x22, #0x1c]
    // c: 12000d08      and     w8, w8, #0xf
    // 10: 11000508      add     w8, w8, #0x1
    // 14: 6b08013f      cmp     w9, w8
    // 18: 54000082      b.hs    0x28 <_JIT_ENTRY+0x28>
    // 1c: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 000000000000001c:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_JUMP_TARGET
    // 20: f9400000      ldr     x0, [x0]
    // 0000000000000020:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_JUMP_TARGET
    // 24: d61f0000      br      x0
    // 28: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000028:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_CONTINUE
    // 2c: f9400000      ldr     x0, [x0]
    // 000000000000002c:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_CONTINUE
    // 30: d61f0000      br      x0
    // 34: 00 00 00 00 (padding)
    const unsigned char code_body[56] = {
        0x08, 0x00, 0x00, 0x90, 0x08, 0x01, 0x40, 0xf9,
        0xc9, 0x1e, 0x40, 0xb9, 0x08, 0x0d, 0x00, 0x12,
        0x08, 0x05, 0x00, 0x11, 0x3f, 0x01, 0x08, 0x6b,
        0x82, 0x00, 0x00, 0x54, 0x00, 0x00, 0x00, 0x90,
        0x00, 0x00, 0x40, 0xf9, 0x00, 0x00, 0x1f, 0xd6,
        0x00, 0x00, 0x00, 0x90, 0x00, 0x00, 0x40, 0xf9,
        0x00, 0x00, 0x1f, 0xd6, 0x00, 0x00, 0x00, 0x00,
    };
    // 0: OPARG
    // 8: JUMP_TARGET
    // 10: CONTINUE
    const unsigned char data_body[24] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->oparg);
    patch_64(data + 0x8, instruction_starts[instruction->jump_target]);
    patch_64(data + 0x10, (uintptr_t)code + sizeof(code_body));
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_33rx(code + 0x1c, (uintptr_t)data + 0x8);
    patch_aarch64_33rx(code + 0x28, (uintptr_t)data + 0x10);
}

void
emit__CHECK_VALIDITY(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000000:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_EXECUTOR
    // 4: f9400108      ldr     x8, [x8]
    // 0000000000000004:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_EXECUTOR
    // 8: b9400908      ldr     w8, [x8, #0x8]
    // c: 34000088      cbz     w8, 0x1c <_JIT_ENTRY+0x1c>
    // 10: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000010:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_CONTINUE
    // 14: f9400000      ldr     x0, [x0]
    // 0000000000000014:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_CONTINUE
    // 18: d61f0000      br      x0
    // 1c: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 000000000000001c:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_JUMP_TARGET
    // 20: f9400000      ldr     x0, [x0]
    // 0000000000000020:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_JUMP_TARGET
    // 24: d61f0000      br      x0
    const unsigned char code_body[40] = {
        0x08, 0x00, 0x00, 0x90, 0x08, 0x01, 0x40, 0xf9,
        0x08, 0x09, 0x40, 0xb9, 0x88, 0x00, 0x00, 0x34,
        0x00, 0x00, 0x00, 0x90, 0x00, 0x00, 0x40, 0xf9,
        0x00, 0x00, 0x1f, 0xd6, 0x00, 0x00, 0x00, 0x90,
        0x00, 0x00, 0x40, 0xf9, 0x00, 0x00, 0x1f, 0xd6,
    };
    // 0: EXECUTOR
    // 8: CONTINUE
    // 10: JUMP_TARGET
    const unsigned char data_body[24] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, (uintptr_t)executor);
    patch_64(data + 0x8, (uintptr_t)code + sizeof(code_body));
    patch_64(data + 0x10, instruction_starts[instruction->jump_target]);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_33rx(code + 0x10, (uintptr_t)data + 0x8);
    patch_aarch64_33rx(code + 0x1c, (uintptr_t)data + 0x10);
}

void
emit__COMPARE_OP_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 9000000b      adrp    x11, 0x0 <_JIT_ENTRY>
    // 0000000000000000:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_OPARG
    // 4: aa1503e8      mov     x8, x21
    // 8: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000008:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_CONTINUE
    // c: f85f8ea9      ldr     x9, [x21, #-0x8]!
    // 10: f85f82aa      ldur    x10, [x21, #-0x8]
    // 14: f940016b      ldr     x11, [x11]
    // 0000000000000014:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_OPARG
    // 18: f9400000      ldr     x0, [x0]
    // 0000000000000018:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_CONTINUE
    // 1c: eb09015f      cmp     x10, x9
    // 20: 12000569      and     w9, w11, #0x3
    // 24: 1a9f17ea      cset    w10, eq
    // 28: 1a9f07eb      cset    w11, ne
    // 2c: 1a9fa7ec      cset    w12, lt
    // 30: 7100013f      cmp     w9, #0x0
    // 34: 1a8c116b      csel    w11, w11, w12, ne
    // 38: 7100053f      cmp     w9, #0x1
    // 3c: 1a8b0149      csel    w9, w10, w11, eq
    // 40: 5280020a      mov     w10, #0x10              // =16
    // 44: 7100013f      cmp     w9, #0x0
    // 48: 9a8a0549      cinc    x9, x10, ne
    // 4c: f81f0109      stur    x9, [x8, #-0x10]
    // 50: d61f0000      br      x0
    // 54: 00 00 00 00 (padding)
    const unsigned char code_body[88] = {
        0x0b, 0x00, 0x00, 0x90, 0xe8, 0x03, 0x15, 0xaa,
        0x00, 0x00, 0x00, 0x90, 0xa9, 0x8e, 0x5f, 0xf8,
        0xaa, 0x82, 0x5f, 0xf8, 0x6b, 0x01, 0x40, 0xf9,
        0x00, 0x00, 0x40, 0xf9, 0x5f, 0x01, 0x09, 0xeb,
        0x69, 0x05, 0x00, 0x12, 0xea, 0x17, 0x9f, 0x1a,
        0xeb, 0x07, 0x9f, 0x1a, 0xec, 0xa7, 0x9f, 0x1a,
        0x3f, 0x01, 0x00, 0x71, 0x6b, 0x11, 0x8c, 0x1a,
        0x3f, 0x05, 0x00, 0x71, 0x49, 0x01, 0x8b, 0x1a,
        0x0a, 0x02, 0x80, 0x52, 0x3f, 0x01, 0x00, 0x71,
        0x49, 0x05, 0x8a, 0x9a, 0x09, 0x01, 0x1f, 0xf8,
        0x00, 0x00, 0x1f, 0xd6, 0x00, 0x00, 0x00, 0x00,
    };
    // 0: OPARG
    // 8: CONTINUE
    const unsigned char data_body[16] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->oparg);
    patch_64(data + 0x8, (uintptr_t)code + sizeof(code_body));
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_21rx(code + 0x8, (uintptr_t)data + 0x8);
    patch_aarch64_12x(code + 0x14, (uintptr_t)data);
    patch_aarch64_12x(code + 0x18, (uintptr_t)data + 0x8);
}

void
emit__COPY(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: f81f0ffe      str     x30, [sp, #-0x10]!
    // 4: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000004:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_OPARG
    // 8: aa1503f3      mov     x19, x21
    // c: f9400108      ldr     x8, [x8]
    // 000000000000000c:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_OPARG
    // 10: 2a2803e8      mvn     w8, w8
    // 14: 321e7508      orr     w8, w8, #0xfffffffc
    // 18: f868daa0      ldr     x0, [x21, w8, sxtw #3]
    // 1c: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 000000000000001c:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp_PyRef_Dup
    // 20: f9400108      ldr     x8, [x8]
    // 0000000000000020:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp_PyRef_Dup
    // 24: d63f0100      blr     x8
    // 28: 90000001      adrp    x1, 0x0 <_JIT_ENTRY>
    // 0000000000000028:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_CONTINUE
    // 2c: 910022b5      add     x21, x21, #0x8
    // 30: f9400021      ldr     x1, [x1]
    // 0000000000000030:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_CONTINUE
    // 34: f9000260      str     x0, [x19]
    // 38: f84107fe      ldr     x30, [sp], #0x10
    // 3c: d61f0020      br      x1
    const unsigned char code_body[64] = {
        0xfe, 0x0f, 0x1f, 0xf8, 0x08, 0x00, 0x00, 0x90,
        0xf3, 0x03, 0x15, 0xaa, 0x08, 0x01, 0x40, 0xf9,
        0xe8, 0x03, 0x28, 0x2a, 0x08, 0x75, 0x1e, 0x32,
        0xa0, 0xda, 0x68, 0xf8, 0x08, 0x00, 0x00, 0x90,
        0x08, 0x01, 0x40, 0xf9, 0x00, 0x01, 0x3f, 0xd6,
        0x01, 0x00, 0x00, 0x90, 0xb5, 0x22, 0x00, 0x91,
        0x21, 0x00, 0x40, 0xf9, 0x60, 0x02, 0x00, 0xf9,
        0xfe, 0x07, 0x41, 0xf8, 0x20, 0x00, 0x1f, 0xd6,
    };
    // 0: OPARG
    // 8: &PyRef_Dup+0x0
    // 10: CONTINUE
    const unsigned char data_body[24] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->oparg);
    patch_64(data + 0x8, (uintptr_t)&PyRef_Dup);
    patch_64(data + 0x10, (uintptr_t)code + sizeof(code_body));
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x4, (uintptr_t)data);
    patch_aarch64_12x(code + 0xc, (uintptr_t)data);
    patch_aarch64_33rx(code + 0x1c, (uintptr_t)data + 0x8);
    patch_aarch64_21rx(code + 0x28, (uintptr_t)data + 0x10);
    patch_aarch64_12x(code + 0x30, (uintptr_t)data + 0x10);
}

void
emit__DEOPT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000000:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_TARGET
    // 4: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000004:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_ERROR_TARGET
    // 8: f9400108      ldr     x8, [x8]
    // 0000000000000008:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_TARGET
    // c: f9400000      ldr     x0, [x0]
    // 000000000000000c:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_ERROR_TARGET
    // 10: b9001288      str     w8, [x20, #0x10]
    // 14: d61f0000      br      x0
    const unsigned char code_body[24] = {
        0x08, 0x00, 0x00, 0x90, 0x00, 0x00, 0x00, 0x90,
        0x08, 0x01, 0x40, 0xf9, 0x00, 0x00, 0x40, 0xf9,
        0x88, 0x12, 0x00, 0xb9, 0x00, 0x00, 0x1f, 0xd6,
    };
    // 0: TARGET
    // 8: ERROR_TARGET
    const unsigned char data_body[16] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->target);
    patch_64(data + 0x8, instruction_starts[instruction->error_target]);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_21rx(code + 0x4, (uintptr_t)data + 0x8);
    patch_aarch64_12x(code + 0x8, (uintptr_t)data);
    patch_aarch64_12x(code + 0xc, (uintptr_t)data + 0x8);
}

void
emit__EXIT_TRACE(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000000:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_TARGET
    // 4: 90000009      adrp    x9, 0x0 <_JIT_ENTRY>
    // 0000000000000004:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_EXECUTOR
    // 8: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000008:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_JUMP_TARGET
    // c: f9400108      ldr     x8, [x8]
    // 000000000000000c:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_TARGET
    // 10: f9400129      ldr     x9, [x9]
    // 0000000000000010:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_EXECUTOR
    // 14: b9001288      str     w8, [x20, #0x10]
    // 18: b940112a      ldr     w10, [x9, #0x10]
    // 1c: f9400000      ldr     x0, [x0]
    // 000000000000001c:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_JUMP_TARGET
    // 20: b90022c8      str     w8, [x22, #0x20]
    // 24: 11000548      add     w8, w10, #0x1
    // 28: b9001128      str     w8, [x9, #0x10]
    // 2c: d61f0000      br      x0
    const unsigned char code_body[48] = {
        0x08, 0x00, 0x00, 0x90, 0x09, 0x00, 0x00, 0x90,
        0x00, 0x00, 0x00, 0x90, 0x08, 0x01, 0x40, 0xf9,
        0x29, 0x01, 0x40, 0xf9, 0x88, 0x12, 0x00, 0xb9,
        0x2a, 0x11, 0x40, 0xb9, 0x00, 0x00, 0x40, 0xf9,
        0xc8, 0x22, 0x00, 0xb9, 0x48, 0x05, 0x00, 0x11,
        0x28, 0x11, 0x00, 0xb9, 0x00, 0x00, 0x1f, 0xd6,
    };
    // 0: TARGET
    // 8: EXECUTOR
    // 10: JUMP_TARGET
    const unsigned char data_body[24] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->target);
    patch_64(data + 0x8, (uintptr_t)executor);
    patch_64(data + 0x10, instruction_starts[instruction->jump_target]);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_21rx(code + 0x4, (uintptr_t)data + 0x8);
    patch_aarch64_21rx(code + 0x8, (uintptr_t)data + 0x10);
    patch_aarch64_12x(code + 0xc, (uintptr_t)data);
    patch_aarch64_12x(code + 0x10, (uintptr_t)data + 0x8);
    patch_aarch64_12x(code + 0x1c, (uintptr_t)data + 0x10);
}

void
emit__FATAL_ERROR(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: f81f0ffe      str     x30, [sp, #-0x10]!
    // 4: 90000001      adrp    x1, 0x0 <_JIT_ENTRY>
    // 0000000000000004:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_TARGET
    // 8: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000008:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp_PySpam_Fatal
    // c: aa1603e0      mov     x0, x22
    // 10: f9400021      ldr     x1, [x1]
    // 0000000000000010:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_TARGET
    // 14: f9400108      ldr     x8, [x8]
    // 0000000000000014:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp_PySpam_Fatal
    // 18: d63f0100      blr     x8
    // 1c: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 000000000000001c:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_ERROR_TARGET
    // 20: f9400000      ldr     x0, [x0]
    // 0000000000000020:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_ERROR_TARGET
    // 24: f84107fe      ldr     x30, [sp], #0x10
    // 28: d61f0000      br      x0
    // 2c: 00 00 00 00 (padding)
    const unsigned char code_body[48] = {
        0xfe, 0x0f, 0x1f, 0xf8, 0x01, 0x00, 0x00, 0x90,
        0x08, 0x00, 0x00, 0x90, 0xe0, 0x03, 0x16, 0xaa,
        0x21, 0x00, 0x40, 0xf9, 0x08, 0x01, 0x40, 0xf9,
        0x00, 0x01, 0x3f, 0xd6, 0x00, 0x00, 0x00, 0x90,
        0x00, 0x00, 0x40, 0xf9, 0xfe, 0x07, 0x41, 0xf8,
        0x00, 0x00, 0x1f, 0xd6, 0x00, 0x00, 0x00, 0x00,
    };
    // 0: TARGET
    // 8: &PySpam_Fatal+0x0
    // 10: ERROR_TARGET
    const unsigned char data_body[24] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->target);
    patch_64(data + 0x8, (uintptr_t)&PySpam_Fatal);
    patch_64(data + 0x10, instruction_starts[instruction->error_target]);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x4, (uintptr_t)data);
    patch_aarch64_21rx(code + 0x8, (uintptr_t)data + 0x8);
    patch_aarch64_12x(code + 0x10, (uintptr_t)data);
    patch_aarch64_12x(code + 0x14, (uintptr_t)data + 0x8);
    patch_aarch64_33rx(code + 0x1c, (uintptr_t)data + 0x10);
}

void
emit__GUARD_IS_FALSE_POP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: f85f8ea8      ldr     x8, [x21, #-0x8]!
    // 4: f100411f      cmp     x8, #0x10
    // 8: 54000081      b.ne    0x18 <_JIT_ENTRY+0x18>
    // c: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 000000000000000c:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_CONTINUE
    // 10: f9400000      ldr     x0, [x0]
    // 0000000000000010:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_CONTINUE
    // 14: d61f0000      br      x0
    // 18: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000018:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_JUMP_TARGET
    // 1c: f9400000      ldr     x0, [x0]
    // 000000000000001c:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_JUMP_TARGET
    // 20: d61f0000      br      x0
    // 24: 00 00 00 00 (padding)
    const unsigned char code_body[40] = {
        0xa8, 0x8e, 0x5f, 0xf8, 0x1f, 0x41, 0x00, 0xf1,
        0x81, 0x00, 0x00, 0x54, 0x00, 0x00, 0x00, 0x90,
        0x00, 0x00, 0x40, 0xf9, 0x00, 0x00, 0x1f, 0xd6,
        0x00, 0x00, 0x00, 0x90, 0x00, 0x00, 0x40, 0xf9,
        0x00, 0x00, 0x1f, 0xd6, 0x00, 0x00, 0x00, 0x00,
    };
    // 0: CONTINUE
    // 8: JUMP_TARGET
    const unsigned char data_body[16] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, (uintptr_t)code + sizeof(code_body));
    patch_64(data + 0x8, instruction_starts[instruction->jump_target]);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0xc, (uintptr_t)data);
    patch_aarch64_33rx(code + 0x18, (uintptr_t)data + 0x8);
}

void
emit__GUARD_IS_TRUE_POP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: f85f8ea8      ldr     x8, [x21, #-0x8]!
    // 4: f100451f      cmp     x8, #0x11
    // 8: 54000081      b.ne    0x18 <_JIT_ENTRY+0x18>
    // c: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 000000000000000c:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_CONTINUE
    // 10: f9400000      ldr     x0, [x0]
    // 0000000000000010:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_CONTINUE
    // 14: d61f0000      br      x0
    // 18: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000018:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_JUMP_TARGET
    // 1c: f9400000      ldr     x0, [x0]
    // 000000000000001c:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_JUMP_TARGET
    // 20: d61f0000      br      x0
    // 24: 00 00 00 00 (padding)
    const unsigned char code_body[40] = {
        0xa8, 0x8e, 0x5f, 0xf8, 0x1f, 0x45, 0x00, 0xf1,
        0x81, 0x00, 0x00, 0x54, 0x00, 0x00, 0x00, 0x90,
        0x00, 0x00, 0x40, 0xf9, 0x00, 0x00, 0x1f, 0xd6,
        0x00, 0x00, 0x00, 0x90, 0x00, 0x00, 0x40, 0xf9,
        0x00, 0x00, 0x1f, 0xd6, 0x00, 0x00, 0x00, 0x00,
    };
    // 0: CONTINUE
    // 8: JUMP_TARGET
    const unsigned char data_body[16] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, (uintptr_t)code + sizeof(code_body));
    patch_64(data + 0x8, instruction_starts[instruction->jump_target]);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0xc, (uintptr_t)data);
    patch_aarch64_33rx(code + 0x18, (uintptr_t)data + 0x8);
}

void
emit__GUARD_NOS_NOT_NULL(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: f85f02a8      ldur    x8, [x21, #-0x10]
    // 4: b4000088      cbz     x8, 0x14 <_JIT_ENTRY+0x14>
    // 8: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000008:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_CONTINUE
    // c: f9400000      ldr     x0, [x0]
    // 000000000000000c:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_CONTINUE
    // 10: d61f0000      br      x0
    // 14: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000014:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_JUMP_TARGET
    // 18: f9400000      ldr     x0, [x0]
    // 0000000000000018:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_JUMP_TARGET
    // 1c: d61f0000      br      x0
    const unsigned char code_body[32] = {
        0xa8, 0x02, 0x5f, 0xf8, 0x88, 0x00, 0x00, 0xb4,
        0x00, 0x00, 0x00, 0x90, 0x00, 0x00, 0x40, 0xf9,
        0x00, 0x00, 0x1f, 0xd6, 0x00, 0x00, 0x00, 0x90,
        0x00, 0x00, 0x40, 0xf9, 0x00, 0x00, 0x1f, 0xd6,
    };
    // 0: CONTINUE
    // 8: JUMP_TARGET
    const unsigned char data_body[16] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, (uintptr_t)code + sizeof(code_body));
    patch_64(data + 0x8, instruction_starts[instruction->jump_target]);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x8, (uintptr_t)data);
    patch_aarch64_33rx(code + 0x14, (uintptr_t)data + 0x8);
}

void
emit__JUMP_TO_TOP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 394062c8      ldrb    w8, [x22, #0x18]
    // 4: 37000088      tbnz    w8, #0x0, 0x14 <_JIT_ENTRY+0x14>
    // 8: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000008:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_JUMP_TARGET
    // c: f9400000      ldr     x0, [x0]
    // 000000000000000c:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_JUMP_TARGET
    // 10: d61f0000      br      x0
    // 14: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000014:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_ERROR_TARGET
    // 18: f9400000      ldr     x0, [x0]
    // 0000000000000018:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_ERROR_TARGET
    // 1c: d61f0000      br      x0
    const unsigned char code_body[32] = {
        0xc8, 0x62, 0x40, 0x39, 0x88, 0x00, 0x00, 0x37,
        0x00, 0x00, 0x00, 0x90, 0x00, 0x00, 0x40, 0xf9,
        0x00, 0x00, 0x1f, 0xd6, 0x00, 0x00, 0x00, 0x90,
        0x00, 0x00, 0x40, 0xf9, 0x00, 0x00, 0x1f, 0xd6,
    };
    // 0: JUMP_TARGET
    // 8: ERROR_TARGET
    const unsigned char data_body[16] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction_starts[instruction->jump_target]);
    patch_64(data + 0x8, instruction_starts[instruction->error_target]);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x8, (uintptr_t)data);
    patch_aarch64_33rx(code + 0x14, (uintptr_t)data + 0x8);
}

void
emit__LOAD_CONST_INLINE(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000000:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_OPERAND0
    // 4: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000004:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_CONTINUE
    // 8: f9400108      ldr     x8, [x8]
    // 0000000000000008:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_OPERAND0
    // c: f9400000      ldr     x0, [x0]
    // 000000000000000c:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_CONTINUE
    // 10: b2400108      orr     x8, x8, #0x1
    // 14: f80086a8      str     x8, [x21], #0x8
    // 18: d61f0000      br      x0
    // 1c: 00 00 00 00 (padding)
    const unsigned char code_body[32] = {
        0x08, 0x00, 0x00, 0x90, 0x00, 0x00, 0x00, 0x90,
        0x08, 0x01, 0x40, 0xf9, 0x00, 0x00, 0x40, 0xf9,
        0x08, 0x01, 0x40, 0xb2, 0xa8, 0x86, 0x00, 0xf8,
        0x00, 0x00, 0x1f, 0xd6, 0x00, 0x00, 0x00, 0x00,
    };
    // 0: OPERAND0
    // 8: CONTINUE
    const unsigned char data_body[16] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->operand);
    patch_64(data + 0x8, (uintptr_t)code + sizeof(code_body));
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_21rx(code + 0x4, (uintptr_t)data + 0x8);
    patch_aarch64_12x(code + 0x8, (uintptr_t)data);
    patch_aarch64_12x(code + 0xc, (uintptr_t)data + 0x8);
}

void
emit__LOAD_CONST_INLINE_BORROW(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000000:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_OPERAND1
    // 4: 90000009      adrp    x9, 0x0 <_JIT_ENTRY>
    // 0000000000000004:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_OPERAND0
    // 8: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000008:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_CONTINUE
    // c: f9400108      ldr     x8, [x8]
    // 000000000000000c:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_OPERAND1
    // 10: f9400129      ldr     x9, [x9]
    // 0000000000000010:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_OPERAND0
    // 14: f9400000      ldr     x0, [x0]
    // 0000000000000014:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_CONTINUE
    // 18: ca080d28      eor     x8, x9, x8, lsl #3
    // 1c: f80086a8      str     x8, [x21], #0x8
    // 20: d61f0000      br      x0
    // 24: 00 00 00 00 (padding)
    const unsigned char code_body[40] = {
        0x08, 0x00, 0x00, 0x90, 0x09, 0x00, 0x00, 0x90,
        0x00, 0x00, 0x00, 0x90, 0x08, 0x01, 0x40, 0xf9,
        0x29, 0x01, 0x40, 0xf9, 0x00, 0x00, 0x40, 0xf9,
        0x28, 0x0d, 0x08, 0xca, 0xa8, 0x86, 0x00, 0xf8,
        0x00, 0x00, 0x1f, 0xd6, 0x00, 0x00, 0x00, 0x00,
    };
    // 0: OPERAND1
    // 8: OPERAND0
    // 10: CONTINUE
    const unsigned char data_body[24] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->operand1);
    patch_64(data + 0x8, instruction->operand);
    patch_64(data + 0x10, (uintptr_t)code + sizeof(code_body));
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_21rx(code + 0x4, (uintptr_t)data + 0x8);
    patch_aarch64_21rx(code + 0x8, (uintptr_t)data + 0x10);
    patch_aarch64_12x(code + 0xc, (uintptr_t)data);
    patch_aarch64_12x(code + 0x10, (uintptr_t)data + 0x8);
    patch_aarch64_12x(code + 0x14, (uintptr_t)data + 0x10);
}

void
emit__LOAD_FAST(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000000:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_OPARG
    // 4: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000004:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_CONTINUE
    // 8: f9400108      ldr     x8, [x8]
    // 0000000000000008:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_OPARG
    // c: 92400908      and     x8, x8, #0x7
    // 10: 8b080e88      add     x8, x20, x8, lsl #3
    // 14: f9401508      ldr     x8, [x8, #0x28]
    // 18: f9400000      ldr     x0, [x0]
    // 0000000000000018:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_CONTINUE
    // 1c: f80086a8      str     x8, [x21], #0x8
    // 20: d61f0000      br      x0
    // 24: 00 00 00 00 (padding)
    const unsigned char code_body[40] = {
        0x08, 0x00, 0x00, 0x90, 0x00, 0x00, 0x00, 0x90,
        0x08, 0x01, 0x40, 0xf9, 0x08, 0x09, 0x40, 0x92,
        0x88, 0x0e, 0x08, 0x8b, 0x08, 0x15, 0x40, 0xf9,
        0x00, 0x00, 0x40, 0xf9, 0xa8, 0x86, 0x00, 0xf8,
        0x00, 0x00, 0x1f, 0xd6, 0x00, 0x00, 0x00, 0x00,
    };
    // 0: OPARG
    // 8: CONTINUE
    const unsigned char data_body[16] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->oparg);
    patch_64(data + 0x8, (uintptr_t)code + sizeof(code_body));
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_21rx(code + 0x4, (uintptr_t)data + 0x8);
    patch_aarch64_12x(code + 0x8, (uintptr_t)data);
    patch_aarch64_12x(code + 0x18, (uintptr_t)data + 0x8);
}

void
emit__LOAD_GLOBAL_BUILTIN(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000000:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_OPARG
    // 4: 90000009      adrp    x9, 0x0 <_JIT_ENTRY>
    // 0000000000000004:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp_PyGlobal_Table
    // 8: f9400108      ldr     x8, [x8]
    // 0000000000000008:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_OPARG
    // c: f9400129      ldr     x9, [x9]
    // 000000000000000c:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp_PyGlobal_Table
    // 10: 92400d08      and     x8, x8, #0xf
    // 14: f8687928      ldr     x8, [x9, x8, lsl #3]
    // 18: b40000a8      cbz     x8, 0x2c <_JIT_ENTRY+0x2c>
    // 1c: f80086a8      str     x8, [x21], #0x8
    // 20: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000020:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_CONTINUE
    // 24: f9400000      ldr     x0, [x0]
    // 0000000000000024:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_CONTINUE
    // 28: d61f0000      br      x0
    // 2c: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 000000000000002c:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_ERROR_TARGET
    // 30: f9400000      ldr     x0, [x0]
    // 0000000000000030:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_ERROR_TARGET
    // 34: d61f0000      br      x0
    const unsigned char code_body[56] = {
        0x08, 0x00, 0x00, 0x90, 0x09, 0x00, 0x00, 0x90,
        0x08, 0x01, 0x40, 0xf9, 0x29, 0x01, 0x40, 0xf9,
        0x08, 0x0d, 0x40, 0x92, 0x28, 0x79, 0x68, 0xf8,
        0xa8, 0x00, 0x00, 0xb4, 0xa8, 0x86, 0x00, 0xf8,
        0x00, 0x00, 0x00, 0x90, 0x00, 0x00, 0x40, 0xf9,
        0x00, 0x00, 0x1f, 0xd6, 0x00, 0x00, 0x00, 0x90,
        0x00, 0x00, 0x40, 0xf9, 0x00, 0x00, 0x1f, 0xd6,
    };
    // 0: OPARG
    // 8: &PyGlobal_Table+0x0
    // 10: CONTINUE
    // 18: ERROR_TARGET
    const unsigned char data_body[32] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->oparg);
    patch_64(data + 0x8, (uintptr_t)&PyGlobal_Table);
    patch_64(data + 0x10, (uintptr_t)code + sizeof(code_body));
    patch_64(data + 0x18, instruction_starts[instruction->error_target]);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_21rx(code + 0x4, (uintptr_t)data + 0x8);
    patch_aarch64_12x(code + 0x8, (uintptr_t)data);
    patch_aarch64_12x(code + 0xc, (uintptr_t)data + 0x8);
    patch_aarch64_33rx(code + 0x20, (uintptr_t)data + 0x10);
    patch_aarch64_33rx(code + 0x2c, (uintptr_t)data + 0x18);
}

void
emit__LOAD_SMALL_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000000:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_OPARG
    // 4: 90000009      adrp    x9, 0x0 <_JIT_ENTRY>
    // 0000000000000004:  IMAGE_REL_ARM64_PAGEBASE_REL21       _JIT_ENTRY.small_ints
    // 8: 91000129      add     x9, x9, #0x0
    // 0000000000000008:  IMAGE_REL_ARM64_PAGEOFFSET_12A       _JIT_ENTRY.small_ints
    // c: f9400108      ldr     x8, [x8]
    // 000000000000000c:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_OPARG
    // 10: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000010:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_CONTINUE
    // 14: 92400908      and     x8, x8, #0x7
    // 18: f8687928      ldr     x8, [x9, x8, lsl #3]
    // 1c: f9400000      ldr     x0, [x0]
    // 000000000000001c:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_CONTINUE
    // 20: f80086a8      str     x8, [x21], #0x8
    // 24: d61f0000      br      x0
    const unsigned char code_body[40] = {
        0x08, 0x00, 0x00, 0x90, 0x09, 0x00, 0x00, 0x90,
        0x29, 0x01, 0x00, 0x91, 0x08, 0x01, 0x40, 0xf9,
        0x00, 0x00, 0x00, 0x90, 0x08, 0x09, 0x40, 0x92,
        0x28, 0x79, 0x68, 0xf8, 0x00, 0x00, 0x40, 0xf9,
        0xa8, 0x86, 0x00, 0xf8, 0x00, 0x00, 0x1f, 0xd6,
    };
    // 0: .rdata (64 bytes)
    // 40: OPARG
    // 48: CONTINUE
    const unsigned char data_body[80] = {
        0x11, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0xef, 0xcd, 0xab, 0x89, 0x67, 0x45, 0x23, 0x01,
        0xef, 0xbe, 0xad, 0xde, 0x00, 0x00, 0x00, 0x00,
        0x10, 0x32, 0x54, 0x76, 0x98, 0xba, 0xdc, 0xfe,
        0x21, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80,
        0x0d, 0xf0, 0xfe, 0xca, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x40, instruction->oparg);
    patch_64(data + 0x48, (uintptr_t)code + sizeof(code_body));
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x0, (uintptr_t)data + 0x40);
    patch_aarch64_21rx(code + 0x4, (uintptr_t)data);
    patch_aarch64_12(code + 0x8, (uintptr_t)data);
    patch_aarch64_12x(code + 0xc, (uintptr_t)data + 0x40);
    patch_aarch64_21rx(code + 0x10, (uintptr_t)data + 0x48);
    patch_aarch64_12x(code + 0x1c, (uintptr_t)data + 0x48);
}

void
emit__MAKE_WARM(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000000:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_EXECUTOR
    // 4: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000004:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_CONTINUE
    // 8: 5280002a      mov     w10, #0x1               // =1
    // c: f9400108      ldr     x8, [x8]
    // 000000000000000c:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_EXECUTOR
    // 10: f94016c9      ldr     x9, [x22, #0x28]
    // 14: f9400000      ldr     x0, [x0]
    // 0000000000000014:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_CONTINUE
    // 18: b9000d0a      str     w10, [x8, #0xc]
    // 1c: 91000528      add     x8, x9, #0x1
    // 20: f90016c8      str     x8, [x22, #0x28]
    // 24: d61f0000      br      x0
    const unsigned char code_body[40] = {
        0x08, 0x00, 0x00, 0x90, 0x00, 0x00, 0x00, 0x90,
        0x2a, 0x00, 0x80, 0x52, 0x08, 0x01, 0x40, 0xf9,
        0xc9, 0x16, 0x40, 0xf9, 0x00, 0x00, 0x40, 0xf9,
        0x0a, 0x0d, 0x00, 0xb9, 0x28, 0x05, 0x00, 0x91,
        0xc8, 0x16, 0x00, 0xf9, 0x00, 0x00, 0x1f, 0xd6,
    };
    // 0: EXECUTOR
    // 8: CONTINUE
    const unsigned char data_body[16] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, (uintptr_t)executor);
    patch_64(data + 0x8, (uintptr_t)code + sizeof(code_body));
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_21rx(code + 0x4, (uintptr_t)data + 0x8);
    patch_aarch64_12x(code + 0xc, (uintptr_t)data);
    patch_aarch64_12x(code + 0x14, (uintptr_t)data + 0x8);
}

void
emit__NOP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000000:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_CONTINUE
    // 4: f9400000      ldr     x0, [x0]
    // 0000000000000004:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_CONTINUE
    // 8: d61f0000      br      x0
    // c: 00 00 00 00 (padding)
    const unsigned char code_body[16] = {
        0x00, 0x00, 0x00, 0x90, 0x00, 0x00, 0x40, 0xf9,
        0x00, 0x00, 0x1f, 0xd6, 0x00, 0x00, 0x00, 0x00,
    };
    // 0: CONTINUE
    const unsigned char data_body[8] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, (uintptr_t)code + sizeof(code_body));
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x0, (uintptr_t)data);
}

void
emit__POP_TOP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: f81f0ffe      str     x30, [sp, #-0x10]!
    // 4: f85f8ea0      ldr     x0, [x21, #-0x8]!
    // 8: 36000080      tbz     w0, #0x0, 0x18 <_JIT_ENTRY+0x18>
    // c: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 000000000000000c:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp_PyRef_Close
    // 10: f9400108      ldr     x8, [x8]
    // 0000000000000010:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp_PyRef_Close
    // 14: d63f0100      blr     x8
    // 18: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000018:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_CONTINUE
    // 1c: f9400000      ldr     x0, [x0]
    // 000000000000001c:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_CONTINUE
    // 20: f84107fe      ldr     x30, [sp], #0x10
    // 24: d61f0000      br      x0
    const unsigned char code_body[40] = {
        0xfe, 0x0f, 0x1f, 0xf8, 0xa0, 0x8e, 0x5f, 0xf8,
        0x80, 0x00, 0x00, 0x36, 0x08, 0x00, 0x00, 0x90,
        0x08, 0x01, 0x40, 0xf9, 0x00, 0x01, 0x3f, 0xd6,
        0x00, 0x00, 0x00, 0x90, 0x00, 0x00, 0x40, 0xf9,
        0xfe, 0x07, 0x41, 0xf8, 0x00, 0x00, 0x1f, 0xd6,
    };
    // 0: &PyRef_Close+0x0
    // 8: CONTINUE
    const unsigned char data_body[16] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, (uintptr_t)&PyRef_Close);
    patch_64(data + 0x8, (uintptr_t)code + sizeof(code_body));
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0xc, (uintptr_t)data);
    patch_aarch64_33rx(code + 0x18, (uintptr_t)data + 0x8);
}

void
emit__RESUME_CHECK(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: f81f0ffe      str     x30, [sp, #-0x10]!
    // 4: b9401ac8      ldr     w8, [x22, #0x18]
    // 8: b9401689      ldr     w9, [x20, #0x14]
    // c: 6b09011f      cmp     w8, w9
    // 10: 540000a1      b.ne    0x24 <_JIT_ENTRY+0x24>
    // 14: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000014:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_CONTINUE
    // 18: f9400000      ldr     x0, [x0]
    // 0000000000000018:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_CONTINUE
    // 1c: f84107fe      ldr     x30, [sp], #0x10
    // 20: d61f0000      br      x0
    // 24: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000024:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp_PyEggs_Periodic
    // 28: aa1603e0      mov     x0, x22
    // 2c: f9400108      ldr     x8, [x8]
    // 000000000000002c:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp_PyEggs_Periodic
    // 30: d63f0100      blr     x8
    // 34: 37f800a0      tbnz    w0, #0x1f, 0x48 <_JIT_ENTRY+0x48>
    // 38: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000038:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_JUMP_TARGET
    // 3c: f9400000      ldr     x0, [x0]
    // 000000000000003c:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_JUMP_TARGET
    // 40: f84107fe      ldr     x30, [sp], #0x10
    // 44: d61f0000      br      x0
    // 48: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000048:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_ERROR_TARGET
    // 4c: f9400000      ldr     x0, [x0]
    // 000000000000004c:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_ERROR_TARGET
    // 50: f84107fe      ldr     x30, [sp], #0x10
    // 54: d61f0000      br      x0
    const unsigned char code_body[88] = {
        0xfe, 0x0f, 0x1f, 0xf8, 0xc8, 0x1a, 0x40, 0xb9,
        0x89, 0x16, 0x40, 0xb9, 0x1f, 0x01, 0x09, 0x6b,
        0xa1, 0x00, 0x00, 0x54, 0x00, 0x00, 0x00, 0x90,
        0x00, 0x00, 0x40, 0xf9, 0xfe, 0x07, 0x41, 0xf8,
        0x00, 0x00, 0x1f, 0xd6, 0x08, 0x00, 0x00, 0x90,
        0xe0, 0x03, 0x16, 0xaa, 0x08, 0x01, 0x40, 0xf9,
        0x00, 0x01, 0x3f, 0xd6, 0xa0, 0x00, 0xf8, 0x37,
        0x00, 0x00, 0x00, 0x90, 0x00, 0x00, 0x40, 0xf9,
        0xfe, 0x07, 0x41, 0xf8, 0x00, 0x00, 0x1f, 0xd6,
        0x00, 0x00, 0x00, 0x90, 0x00, 0x00, 0x40, 0xf9,
        0xfe, 0x07, 0x41, 0xf8, 0x00, 0x00, 0x1f, 0xd6,
    };
    // 0: CONTINUE
    // 8: &PyEggs_Periodic+0x0
    // 10: JUMP_TARGET
    // 18: ERROR_TARGET
    const unsigned char data_body[32] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, (uintptr_t)code + sizeof(code_body));
    patch_64(data + 0x8, (uintptr_t)&PyEggs_Periodic);
    patch_64(data + 0x10, instruction_starts[instruction->jump_target]);
    patch_64(data + 0x18, instruction_starts[instruction->error_target]);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x14, (uintptr_t)data);
    patch_aarch64_21rx(code + 0x24, (uintptr_t)data + 0x8);
    patch_aarch64_12x(code + 0x2c, (uintptr_t)data + 0x8);
    patch_aarch64_33rx(code + 0x38, (uintptr_t)data + 0x10);
    patch_aarch64_33rx(code + 0x48, (uintptr_t)data + 0x18);
}

void
emit__SET_IP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000000:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_OPERAND0
    // 4: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000004:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_CONTINUE
    // 8: f9400108      ldr     x8, [x8]
    // 0000000000000008:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_OPERAND0
    // c: f9400000      ldr     x0, [x0]
    // 000000000000000c:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_CONTINUE
    // 10: f9000688      str     x8, [x20, #0x8]
    // 14: d61f0000      br      x0
    const unsigned char code_body[24] = {
        0x08, 0x00, 0x00, 0x90, 0x00, 0x00, 0x00, 0x90,
        0x08, 0x01, 0x40, 0xf9, 0x00, 0x00, 0x40, 0xf9,
        0x88, 0x06, 0x00, 0xf9, 0x00, 0x00, 0x1f, 0xd6,
    };
    // 0: OPERAND0
    // 8: CONTINUE
    const unsigned char data_body[16] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->operand);
    patch_64(data + 0x8, (uintptr_t)code + sizeof(code_body));
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_21rx(code + 0x4, (uintptr_t)data + 0x8);
    patch_aarch64_12x(code + 0x8, (uintptr_t)data);
    patch_aarch64_12x(code + 0xc, (uintptr_t)data + 0x8);
}

void
emit__START_EXECUTOR(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: f81f0ffe      str     x30, [sp, #-0x10]!
    // 4: f9400ac0      ldr     x0, [x22, #0x10]
    // 8: b40000a0      cbz     x0, 0x1c <_JIT_ENTRY+0x1c>
    // c: f9000adf      str     xzr, [x22, #0x10]
    // 10: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000010:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp_PyEggs_Release
    // 14: f9400108      ldr     x8, [x8]
    // 0000000000000014:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp_PyEggs_Release
    // 18: d63f0100      blr     x8
    // 1c: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 000000000000001c:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_EXECUTOR
    // 20: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000020:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_CONTINUE
    // 24: f9400108      ldr     x8, [x8]
    // 0000000000000024:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_EXECUTOR
    // 28: f9400000      ldr     x0, [x0]
    // 0000000000000028:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_CONTINUE
    // 2c: f90006c8      str     x8, [x22, #0x8]
    // 30: f84107fe      ldr     x30, [sp], #0x10
    // 34: d61f0000      br      x0
    const unsigned char code_body[56] = {
        0xfe, 0x0f, 0x1f, 0xf8, 0xc0, 0x0a, 0x40, 0xf9,
        0xa0, 0x00, 0x00, 0xb4, 0xdf, 0x0a, 0x00, 0xf9,
        0x08, 0x00, 0x00, 0x90, 0x08, 0x01, 0x40, 0xf9,
        0x00, 0x01, 0x3f, 0xd6, 0x08, 0x00, 0x00, 0x90,
        0x00, 0x00, 0x00, 0x90, 0x08, 0x01, 0x40, 0xf9,
        0x00, 0x00, 0x40, 0xf9, 0xc8, 0x06, 0x00, 0xf9,
        0xfe, 0x07, 0x41, 0xf8, 0x00, 0x00, 0x1f, 0xd6,
    };
    // 0: &PyEggs_Release+0x0
    // 8: EXECUTOR
    // 10: CONTINUE
    const unsigned char data_body[24] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, (uintptr_t)&PyEggs_Release);
    patch_64(data + 0x8, (uintptr_t)executor);
    patch_64(data + 0x10, (uintptr_t)code + sizeof(code_body));
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x10, (uintptr_t)data);
    patch_aarch64_21rx(code + 0x1c, (uintptr_t)data + 0x8);
    patch_aarch64_21rx(code + 0x20, (uintptr_t)data + 0x10);
    patch_aarch64_12x(code + 0x24, (uintptr_t)data + 0x8);
    patch_aarch64_12x(code + 0x28, (uintptr_t)data + 0x10);
}

void
emit__STORE_FAST(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000000:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_OPARG
    // 4: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000004:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_CONTINUE
    // 8: f9400108      ldr     x8, [x8]
    // 0000000000000008:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_OPARG
    // c: f85f8ea9      ldr     x9, [x21, #-0x8]!
    // 10: f9400000      ldr     x0, [x0]
    // 0000000000000010:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_CONTINUE
    // 14: 92400908      and     x8, x8, #0x7
    // 18: 8b080e88      add     x8, x20, x8, lsl #3
    // 1c: f9001509      str     x9, [x8, #0x28]
    // 20: d61f0000      br      x0
    // 24: 00 00 00 00 (padding)
    const unsigned char code_body[40] = {
        0x08, 0x00, 0x00, 0x90, 0x00, 0x00, 0x00, 0x90,
        0x08, 0x01, 0x40, 0xf9, 0xa9, 0x8e, 0x5f, 0xf8,
        0x00, 0x00, 0x40, 0xf9, 0x08, 0x09, 0x40, 0x92,
        0x88, 0x0e, 0x08, 0x8b, 0x09, 0x15, 0x00, 0xf9,
        0x00, 0x00, 0x1f, 0xd6, 0x00, 0x00, 0x00, 0x00,
    };
    // 0: OPARG
    // 8: CONTINUE
    const unsigned char data_body[16] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->oparg);
    patch_64(data + 0x8, (uintptr_t)code + sizeof(code_body));
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_21rx(code + 0x4, (uintptr_t)data + 0x8);
    patch_aarch64_12x(code + 0x8, (uintptr_t)data);
    patch_aarch64_12x(code + 0x10, (uintptr_t)data + 0x8);
}

void
emit__STORE_GLOBAL_COUNTER(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000000:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp_PyGlobal_Counter
    // 4: 90000009      adrp    x9, 0x0 <_JIT_ENTRY>
    // 0000000000000004:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_OPARG
    // 8: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000008:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_CONTINUE
    // c: f9400108      ldr     x8, [x8]
    // 000000000000000c:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp_PyGlobal_Counter
    // 10: f9400129      ldr     x9, [x9]
    // 0000000000000010:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_OPARG
    // 14: b940010a      ldr     w10, [x8]
    // 18: 1200092b      and     w11, w9, #0x7
    // 1c: 0b0a016a      add     w10, w11, w10
    // 20: 9000000b      adrp    x11, 0x0 <_JIT_ENTRY>
    // 0000000000000020:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp_PyGlobal_Table
    // 24: 1100054a      add     w10, w10, #0x1
    // 28: f940016b      ldr     x11, [x11]
    // 0000000000000028:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp_PyGlobal_Table
    // 2c: b900010a      str     w10, [x8]
    // 30: 12000d28      and     w8, w9, #0xf
    // 34: f9400000      ldr     x0, [x0]
    // 0000000000000034:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_CONTINUE
    // 38: f85f8ea9      ldr     x9, [x21, #-0x8]!
    // 3c: f8285969      str     x9, [x11, w8, uxtw #3]
    // 40: d61f0000      br      x0
    // 44: 00 00 00 00 (padding)
    const unsigned char code_body[72] = {
        0x08, 0x00, 0x00, 0x90, 0x09, 0x00, 0x00, 0x90,
        0x00, 0x00, 0x00, 0x90, 0x08, 0x01, 0x40, 0xf9,
        0x29, 0x01, 0x40, 0xf9, 0x0a, 0x01, 0x40, 0xb9,
        0x2b, 0x09, 0x00, 0x12, 0x6a, 0x01, 0x0a, 0x0b,
        0x0b, 0x00, 0x00, 0x90, 0x4a, 0x05, 0x00, 0x11,
        0x6b, 0x01, 0x40, 0xf9, 0x0a, 0x01, 0x00, 0xb9,
        0x28, 0x0d, 0x00, 0x12, 0x00, 0x00, 0x40, 0xf9,
        0xa9, 0x8e, 0x5f, 0xf8, 0x69, 0x59, 0x28, 0xf8,
        0x00, 0x00, 0x1f, 0xd6, 0x00, 0x00, 0x00, 0x00,
    };
    // 0: &PyGlobal_Counter+0x0
    // 8: OPARG
    // 10: CONTINUE
    // 18: &PyGlobal_Table+0x0
    const unsigned char data_body[32] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, (uintptr_t)&PyGlobal_Counter);
    patch_64(data + 0x8, instruction->oparg);
    patch_64(data + 0x10, (uintptr_t)code + sizeof(code_body));
    patch_64(data + 0x18, (uintptr_t)&PyGlobal_Table);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_21rx(code + 0x4, (uintptr_t)data + 0x8);
    patch_aarch64_21rx(code + 0x8, (uintptr_t)data + 0x10);
    patch_aarch64_12x(code + 0xc, (uintptr_t)data);
    patch_aarch64_12x(code + 0x10, (uintptr_t)data + 0x8);
    patch_aarch64_21rx(code + 0x20, (uintptr_t)data + 0x18);
    patch_aarch64_12x(code + 0x28, (uintptr_t)data + 0x18);
    patch_aarch64_12x(code + 0x34, (uintptr_t)data + 0x10);
}

void
emit__SWAP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000000:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_OPARG
    // 4: 92800029      mov     x9, #-0x2               // =-2
    // 8: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000008:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_CONTINUE
    // c: f9400108      ldr     x8, [x8]
    // 000000000000000c:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_OPARG
    // 10: 92400108      and     x8, x8, #0x1
    // 14: cb080128      sub     x8, x9, x8
    // 18: f8687aa9      ldr     x9, [x21, x8, lsl #3]
    // 1c: f9400000      ldr     x0, [x0]
    // 000000000000001c:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_CONTINUE
    // 20: f85f82aa      ldur    x10, [x21, #-0x8]
    // 24: f81f82a9      stur    x9, [x21, #-0x8]
    // 28: f8287aaa      str     x10, [x21, x8, lsl #3]
    // 2c: d61f0000      br      x0
    const unsigned char code_body[48] = {
        0x08, 0x00, 0x00, 0x90, 0x29, 0x00, 0x80, 0x92,
        0x00, 0x00, 0x00, 0x90, 0x08, 0x01, 0x40, 0xf9,
        0x08, 0x01, 0x40, 0x92, 0x28, 0x01, 0x08, 0xcb,
        0xa9, 0x7a, 0x68, 0xf8, 0x00, 0x00, 0x40, 0xf9,
        0xaa, 0x82, 0x5f, 0xf8, 0xa9, 0x82, 0x1f, 0xf8,
        0xaa, 0x7a, 0x28, 0xf8, 0x00, 0x00, 0x1f, 0xd6,
    };
    // 0: OPARG
    // 8: CONTINUE
    const unsigned char data_body[16] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->oparg);
    patch_64(data + 0x8, (uintptr_t)code + sizeof(code_body));
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_21rx(code + 0x8, (uintptr_t)data + 0x8);
    patch_aarch64_12x(code + 0xc, (uintptr_t)data);
    patch_aarch64_12x(code + 0x1c, (uintptr_t)data + 0x8);
}

void
emit__TO_BOOL_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: f81f0ffe      str     x30, [sp, #-0x10]!
    // 4: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000004:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp_PyEggs_Check
    // 8: f85f82a0      ldur    x0, [x21, #-0x8]
    // c: f9400108      ldr     x8, [x8]
    // 000000000000000c:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp_PyEggs_Check
    // 10: d63f0100      blr     x8
    // 14: 37f80120      tbnz    w0, #0x1f, 0x38 <_JIT_ENTRY+0x38>
    // 18: 7100001f      cmp     w0, #0x0
    // 1c: 52800208      mov     w8, #0x10               // =16
    // 20: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000020:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_CONTINUE
    // 24: f9400000      ldr     x0, [x0]
    // 0000000000000024:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_CONTINUE
    // 28: 9a880508      cinc    x8, x8, ne
    // 2c: f81f82a8      stur    x8, [x21, #-0x8]
    // 30: f84107fe      ldr     x30, [sp], #0x10
    // 34: d61f0000      br      x0
    // 38: 90000000      adrp    x0, 0x0 <_JIT_ENTRY>
    // 0000000000000038:  IMAGE_REL_ARM64_PAGEBASE_REL21       __imp__JIT_ERROR_TARGET
    // 3c: f9400000      ldr     x0, [x0]
    // 000000000000003c:  IMAGE_REL_ARM64_PAGEOFFSET_12L       __imp__JIT_ERROR_TARGET
    // 40: f84107fe      ldr     x30, [sp], #0x10
    // 44: d61f0000      br      x0
    const unsigned char code_body[72] = {
        0xfe, 0x0f, 0x1f, 0xf8, 0x08, 0x00, 0x00, 0x90,
        0xa0, 0x82, 0x5f, 0xf8, 0x08, 0x01, 0x40, 0xf9,
        0x00, 0x01, 0x3f, 0xd6, 0x20, 0x01, 0xf8, 0x37,
        0x1f, 0x00, 0x00, 0x71, 0x08, 0x02, 0x80, 0x52,
        0x00, 0x00, 0x00, 0x90, 0x00, 0x00, 0x40, 0xf9,
        0x08, 0x05, 0x88, 0x9a, 0xa8, 0x82, 0x1f, 0xf8,
        0xfe, 0x07, 0x41, 0xf8, 0x00, 0x00, 0x1f, 0xd6,
        0x00, 0x00, 0x00, 0x90, 0x00, 0x00, 0x40, 0xf9,
        0xfe, 0x07, 0x41, 0xf8, 0x00, 0x00, 0x1f, 0xd6,
    };
    // 0: &PyEggs_Check+0x0
    // 8: CONTINUE
    // 10: ERROR_TARGET
    const unsigned char data_body[24] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, (uintptr_t)&PyEggs_Check);
    patch_64(data + 0x8, (uintptr_t)code + sizeof(code_body));
    patch_64(data + 0x10, instruction_starts[instruction->error_target]);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x4, (uintptr_t)data);
    patch_aarch64_12x(code + 0xc, (uintptr_t)data);
    patch_aarch64_33rx(code + 0x20, (uintptr_t)data + 0x8);
    patch_aarch64_33rx(code + 0x38, (uintptr_t)data + 0x10);
}

typedef struct {
    void (*emit)(
        unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
        const _PyUOpInstruction *instruction, uintptr_t instruction_starts[]);
    size_t code_size;
    size_t data_size;
} StencilGroup;

static const StencilGroup trampoline = {emit_trampoline, 136, 8};

static const StencilGroup stencil_groups[MAX_UOP_ID + 1] = {
    [_BINARY_OP] = {emit__BINARY_OP, 168, 32},
    [_BINARY_OP_ADD_INT] = {emit__BINARY_OP_ADD_INT, 80, 24},
    [_BINARY_OP_MULTIPLY_INT] = {emit__BINARY_OP_MULTIPLY_INT, 64, 16},
    [_BINARY_OP_SUBTRACT_INT] = {emit__BINARY_OP_SUBTRACT_INT, 56, 16},
    [_BUILD_SUM] = {emit__BUILD_SUM, 104, 16},
    [_CALL_BUILTIN_FAST] = {emit__CALL_BUILTIN_FAST, 88, 32},
    [_CHECK_FUNCTION_VERSION] = {emit__CHECK_FUNCTION_VERSION, 64, 32},
    [_CHECK_STACK_SPACE] = {emit__CHECK_STACK_SPACE, 56, 24},
    [_CHECK_VALIDITY] = {emit__CHECK_VALIDITY, 40, 24},
    [_COMPARE_OP_INT] = {emit__COMPARE_OP_INT, 88, 16},
    [_COPY] = {emit__COPY, 64, 24},
    [_DEOPT] = {emit__DEOPT, 24, 16},
    [_EXIT_TRACE] = {emit__EXIT_TRACE, 48, 24},
    [_FATAL_ERROR] = {emit__FATAL_ERROR, 48, 24},
    [_GUARD_IS_FALSE_POP] = {emit__GUARD_IS_FALSE_POP, 40, 16},
    [_GUARD_IS_TRUE_POP] = {emit__GUARD_IS_TRUE_POP, 40, 16},
    [_GUARD_NOS_NOT_NULL] = {emit__GUARD_NOS_NOT_NULL, 32, 16},
    [_JUMP_TO_TOP] = {emit__JUMP_TO_TOP, 32, 16},
    [_LOAD_CONST_INLINE] = {emit__LOAD_CONST_INLINE, 32, 16},
    [_LOAD_CONST_INLINE_BORROW] = {emit__LOAD_CONST_INLINE_BORROW, 40, 24},
    [_LOAD_FAST] = {emit__LOAD_FAST, 40, 16},
    [_LOAD_GLOBAL_BUILTIN] = {emit__LOAD_GLOBAL_BUILTIN, 56, 32},
    [_LOAD_SMALL_INT] = {emit__LOAD_SMALL_INT, 40, 80},
    [_MAKE_WARM] = {emit__MAKE_WARM, 40, 16},
    [_NOP] = {emit__NOP, 16, 8},
    [_POP_TOP] = {emit__POP_TOP, 40, 16},
    [_RESUME_CHECK] = {emit__RESUME_CHECK, 88, 32},
    [_SET_IP] = {emit__SET_IP, 24, 16},
    [_START_EXECUTOR] = {emit__START_EXECUTOR, 56, 24},
    [_STORE_FAST] = {emit__STORE_FAST, 40, 16},
    [_STORE_GLOBAL_COUNTER] = {emit__STORE_GLOBAL_COUNTER, 72, 32},
    [_SWAP] = {emit__SWAP, 48, 16},
    [_TO_BOOL_INT] = {emit__TO_BOOL_INT, 72, 24},
};
