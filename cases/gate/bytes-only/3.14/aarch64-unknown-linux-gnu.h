void
emit_shim(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: d102c3ff      sub     sp, sp, #0xb0
    // 4: b9402448      ldr     w8, [x2, #0x24]
    // 8: a90957f6      stp     x22, x21, [sp, #0x90]
    // c: aa0103f5      mov     x21, x1
    // 10: a90a4ff4      stp     x20, x19, [sp, #0xa0]
    // 14: aa0003f4      mov     x20, x0
    // 18: aa0203f6      mov     x22, x2
    // 1c: 11000508      add     w8, w8, #0x1
    // 20: 6d013bef      stp     d15, d14, [sp, #0x10]
    // 24: 6d0233ed      stp     d13, d12, [sp, #0x20]
    // 28: 6d032beb      stp     d11, d10, [sp, #0x30]
    // 2c: 6d0423e9      stp     d9, d8, [sp, #0x40]
    // 30: a9057bfd      stp     x29, x30, [sp, #0x50]
    // 34: 910143fd      add     x29, sp, #0x50
    // 38: a9066ffc      stp     x28, x27, [sp, #0x60]
    // 3c: a90767fa      stp     x26, x25, [sp, #0x70]
    // 40: a9085ff8      stp     x24, x23, [sp, #0x80]
    // 44: f90007e2      str     x2, [sp, #0x8]
    // 48: b9002448      str     w8, [x2, #0x24]
    // 4c: 94000000      bl      0x4c <_JIT_ENTRY+0x4c>
    // 000000000000004c:  R_AARCH64_CALL26     _JIT_CONTINUE
    // 50: f94007e9      ldr     x9, [sp, #0x8]
    // 54: a94a4ff4      ldp     x20, x19, [sp, #0xa0]
    // 58: a94957f6      ldp     x22, x21, [sp, #0x90]
    // 5c: b9402528      ldr     w8, [x9, #0x24]
    // 60: a9485ff8      ldp     x24, x23, [sp, #0x80]
    // 64: a94767fa      ldp     x26, x25, [sp, #0x70]
    // 68: 51000508      sub     w8, w8, #0x1
    // 6c: a9466ffc      ldp     x28, x27, [sp, #0x60]
    // 70: b9002528      str     w8, [x9, #0x24]
    // 74: a9457bfd      ldp     x29, x30, [sp, #0x50]
    // 78: 6d4423e9      ldp     d9, d8, [sp, #0x40]
    // 7c: 6d432beb      ldp     d11, d10, [sp, #0x30]
    // 80: 6d4233ed      ldp     d13, d12, [sp, #0x20]
    // 84: 6d413bef      ldp     d15, d14, [sp, #0x10]
    // 88: 9102c3ff      add     sp, sp, #0xb0
    // 8c: d65f03c0      ret
    const unsigned char code_body[144] = {
        0xff, 0xc3, 0x02, 0xd1, 0x48, 0x24, 0x40, 0xb9,
        0xf6, 0x57, 0x09, 0xa9, 0xf5, 0x03, 0x01, 0xaa,
        0xf4, 0x4f, 0x0a, 0xa9, 0xf4, 0x03, 0x00, 0xaa,
        0xf6, 0x03, 0x02, 0xaa, 0x08, 0x05, 0x00, 0x11,
        0xef, 0x3b, 0x01, 0x6d, 0xed, 0x33, 0x02, 0x6d,
        0xeb, 0x2b, 0x03, 0x6d, 0xe9, 0x23, 0x04, 0x6d,
        0xfd, 0x7b, 0x05, 0xa9, 0xfd, 0x43, 0x01, 0x91,
        0xfc, 0x6f, 0x06, 0xa9, 0xfa, 0x67, 0x07, 0xa9,
        0xf8, 0x5f, 0x08, 0xa9, 0xe2, 0x07, 0x00, 0xf9,
        0x48, 0x24, 0x00, 0xb9, 0x00, 0x00, 0x00, 0x94,
        0xe9, 0x07, 0x40, 0xf9, 0xf4, 0x4f, 0x4a, 0xa9,
        0xf6, 0x57, 0x49, 0xa9, 0x28, 0x25, 0x40, 0xb9,
        0xf8, 0x5f, 0x48, 0xa9, 0xfa, 0x67, 0x47, 0xa9,
        0x08, 0x05, 0x00, 0x51, 0xfc, 0x6f, 0x46, 0xa9,
        0x28, 0x25, 0x00, 0xb9, 0xfd, 0x7b, 0x45, 0xa9,
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
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: aa1503f3      mov     x19, x21
    // 4: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000004:  R_AARCH64_ADR_GOT_PAGE       _JIT_OPARG
    // 8: f85f8e61      ldr     x1, [x19, #-0x8]!
    // c: f85f8260      ldur    x0, [x19, #-0x8]
    // 10: f9400108      ldr     x8, [x8]
    // 0000000000000010:  R_AARCH64_LD64_GOT_LO12_NC   _JIT_OPARG
    // 14: 12003d08      and     w8, w8, #0xffff
    // 18: 7100091f      cmp     w8, #0x2
    // 1c: 54000180      b.eq    0x4c <_JIT_ENTRY+0x4c>
    // 20: 7100051f      cmp     w8, #0x1
    // 24: 540000c0      b.eq    0x3c <_JIT_ENTRY+0x3c>
    // 28: 350001a8      cbnz    w8, 0x5c <_JIT_ENTRY+0x5c>
    // 2c: 8b000020      add     x0, x1, x0
    // 30: f81f02a0      stur    x0, [x21, #-0x10]
    // 34: aa1303f5      mov     x21, x19
    // 38: 14000000      b       0x38 <_JIT_ENTRY+0x38>
    // 0000000000000038:  R_AARCH64_JUMP26     _JIT_CONTINUE
    // 3c: cb010000      sub     x0, x0, x1
    // 40: f81f02a0      stur    x0, [x21, #-0x10]
    // 44: aa1303f5      mov     x21, x19
    // 48: 14000000      b       0x48 <_JIT_ENTRY+0x48>
    // 0000000000000048:  R_AARCH64_JUMP26     _JIT_CONTINUE
    // 4c: 8a000020      and     x0, x1, x0
    // 50: f81f02a0      stur    x0, [x21, #-0x10]
    // 54: aa1303f5      mov     x21, x19
    // 58: 14000000      b       0x58 <_JIT_ENTRY+0x58>
    // 0000000000000058:  R_AARCH64_JUMP26     _JIT_CONTINUE
    // 5c: a9bf7bfd      stp     x29, x30, [sp, #-0x10]!
    // 60: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000060:  R_AARCH64_ADR_GOT_PAGE       _JIT_OPARG
    // 64: 90000009      adrp    x9, 0x0 <_JIT_ENTRY>
    // 0000000000000064:  R_AARCH64_ADR_GOT_PAGE       PySpam_BinaryOp
    // 68: 910003fd      mov     x29, sp
    // 6c: f9400108      ldr     x8, [x8]
    // 000000000000006c:  R_AARCH64_LD64_GOT_LO12_NC   _JIT_OPARG
    // 70: f9400129      ldr     x9, [x9]
    // 0000000000000070:  R_AARCH64_LD64_GOT_LO12_NC   PySpam_BinaryOp
    // 74: 12003d02      and     w2, w8, #0xffff
    // 78: d63f0120      blr     x9
    // 7c: a8c17bfd      ldp     x29, x30, [sp], #0x10
    // 80: b5fffd80      cbnz    x0, 0x30 <_JIT_ENTRY+0x30>
    // 84: 14000000      b       0x84 <_JIT_ENTRY+0x84>
    // 0000000000000084:  R_AARCH64_JUMP26     _JIT_ERROR_TARGET
    const unsigned char code_body[136] = {
        0xf3, 0x03, 0x15, 0xaa, 0x08, 0x00, 0x00, 0x90,
        0x61, 0x8e, 0x5f, 0xf8, 0x60, 0x82, 0x5f, 0xf8,
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
        0x08, 0x00, 0x00, 0x90, 0x09, 0x00, 0x00, 0x90,
        0xfd, 0x03, 0x00, 0x91, 0x08, 0x01, 0x40, 0xf9,
        0x29, 0x01, 0x40, 0xf9, 0x02, 0x3d, 0x00, 0x12,
        0x20, 0x01, 0x3f, 0xd6, 0xfd, 0x7b, 0xc1, 0xa8,
        0x80, 0xfd, 0xff, 0xb5, 0x00, 0x00, 0x00, 0x14,
    };
    // 0: OPARG
    // 8: &PySpam_BinaryOp+0x0
    patch_64(data + 0x0, instruction->oparg);
    patch_64(data + 0x8, (uintptr_t)&PySpam_BinaryOp);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x4, (uintptr_t)data);
    patch_aarch64_12x(code + 0x10, (uintptr_t)data);
    patch_aarch64_26r(code + 0x38, (uintptr_t)code + sizeof(code_body));
    patch_aarch64_26r(code + 0x48, (uintptr_t)code + sizeof(code_body));
    patch_aarch64_26r(code + 0x58, (uintptr_t)code + sizeof(code_body));
    patch_aarch64_21rx(code + 0x60, (uintptr_t)data);
    patch_aarch64_21rx(code + 0x64, (uintptr_t)data + 0x8);
    patch_aarch64_12x(code + 0x6c, (uintptr_t)data);
    patch_aarch64_12x(code + 0x70, (uintptr_t)data + 0x8);
    patch_aarch64_26r(code + 0x84, state->instruction_starts[instruction->error_target]);
}

void
emit__BINARY_OP_ADD_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: d10083ff      sub     sp, sp, #0x20
    // 4: a9017bfd      stp     x29, x30, [sp, #0x10]
    // 8: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000008:  R_AARCH64_ADR_GOT_PAGE       PySpam_Add
    // c: aa1503f3      mov     x19, x21
    // 10: f85f8ea1      ldr     x1, [x21, #-0x8]!
    // 14: f85f82a0      ldur    x0, [x21, #-0x8]
    // 18: f9400108      ldr     x8, [x8]
    // 0000000000000018:  R_AARCH64_LD64_GOT_LO12_NC   PySpam_Add
    // 1c: 910023e2      add     x2, sp, #0x8
    // 20: 910043fd      add     x29, sp, #0x10
    // 24: d63f0100      blr     x8
    // 28: 37f800c0      tbnz    w0, #0x1f, 0x40 <_JIT_ENTRY+0x40>
    // 2c: f94007e8      ldr     x8, [sp, #0x8]
    // 30: a9417bfd      ldp     x29, x30, [sp, #0x10]
    // 34: f81f0268      stur    x8, [x19, #-0x10]
    // 38: 910083ff      add     sp, sp, #0x20
    // 3c: 14000000      b       0x3c <_JIT_ENTRY+0x3c>
    // 000000000000003c:  R_AARCH64_JUMP26     _JIT_CONTINUE
    // 40: a9417bfd      ldp     x29, x30, [sp, #0x10]
    // 44: aa1303f5      mov     x21, x19
    // 48: 910083ff      add     sp, sp, #0x20
    // 4c: 14000000      b       0x4c <_JIT_ENTRY+0x4c>
    // 000000000000004c:  R_AARCH64_JUMP26     _JIT_ERROR_TARGET
    const unsigned char code_body[80] = {
        0xff, 0x83, 0x00, 0xd1, 0xfd, 0x7b, 0x01, 0xa9,
        0x08, 0x00, 0x00, 0x90, 0xf3, 0x03, 0x15, 0xaa,
        0xa1, 0x8e, 0x5f, 0xf8, 0xa0, 0x82, 0x5f, 0xf8,
        0x08, 0x01, 0x40, 0xf9, 0xe2, 0x23, 0x00, 0x91,
        0xfd, 0x43, 0x00, 0x91, 0x00, 0x01, 0x3f, 0xd6,
        0xc0, 0x00, 0xf8, 0x37, 0xe8, 0x07, 0x40, 0xf9,
        0xfd, 0x7b, 0x41, 0xa9, 0x68, 0x02, 0x1f, 0xf8,
        0xff, 0x83, 0x00, 0x91, 0x00, 0x00, 0x00, 0x14,
        0xfd, 0x7b, 0x41, 0xa9, 0xf5, 0x03, 0x13, 0xaa,
        0xff, 0x83, 0x00, 0x91, 0x00, 0x00, 0x00, 0x14,
    };
    // 0: &PySpam_Add+0x0
    patch_64(data + 0x0, (uintptr_t)&PySpam_Add);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x8, (uintptr_t)data);
    patch_aarch64_12x(code + 0x18, (uintptr_t)data);
    patch_aarch64_26r(code + 0x3c, (uintptr_t)code + sizeof(code_body));
    patch_aarch64_26r(code + 0x4c, state->instruction_starts[instruction->error_target]);
}

void
emit__BINARY_OP_MULTIPLY_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: aa1503e8      mov     x8, x21
    // 4: b89f8d09      ldrsw   x9, [x8, #-0x8]!
    // 8: b89f810a      ldursw  x10, [x8, #-0x8]
    // c: 9b297d49      smull   x9, w10, w9
    // 10: eb29c13f      cmp     x9, w9, sxtw
    // 14: 54000040      b.eq    0x1c <_JIT_ENTRY+0x1c>
    // 18: 14000000      b       0x18 <_JIT_ENTRY+0x18>
    // 0000000000000018:  R_AARCH64_JUMP26     _JIT_JUMP_TARGET
    // 1c: aa1503ea      mov     x10, x21
    // 20: aa0803f5      mov     x21, x8
    // 24: 93407d29      sxtw    x9, w9
    // 28: f81f0149      stur    x9, [x10, #-0x10]
    // 2c: 14000000      b       0x2c <_JIT_ENTRY+0x2c>
    // 000000000000002c:  R_AARCH64_JUMP26     _JIT_CONTINUE
    const unsigned char code_body[48] = {
        0xe8, 0x03, 0x15, 0xaa, 0x09, 0x8d, 0x9f, 0xb8,
        0x0a, 0x81, 0x9f, 0xb8, 0x49, 0x7d, 0x29, 0x9b,
        0x3f, 0xc1, 0x29, 0xeb, 0x40, 0x00, 0x00, 0x54,
        0x00, 0x00, 0x00, 0x14, 0xea, 0x03, 0x15, 0xaa,
        0xf5, 0x03, 0x08, 0xaa, 0x29, 0x7d, 0x40, 0x93,
        0x49, 0x01, 0x1f, 0xf8, 0x1f, 0x20, 0x03, 0xd5,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_26r(code + 0x18, state->instruction_starts[instruction->jump_target]);
}

void
emit__BINARY_OP_SUBTRACT_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: aa1503e8      mov     x8, x21
    // 4: f85f8d09      ldr     x9, [x8, #-0x8]!
    // 8: f85f810a      ldur    x10, [x8, #-0x8]
    // c: eb090149      subs    x9, x10, x9
    // 10: 54000047      b.vc    0x18 <_JIT_ENTRY+0x18>
    // 14: 14000000      b       0x14 <_JIT_ENTRY+0x14>
    // 0000000000000014:  R_AARCH64_JUMP26     _JIT_JUMP_TARGET
    // 18: aa1503ea      mov     x10, x21
    // 1c: aa0803f5      mov     x21, x8
    // 20: f81f0149      stur    x9, [x10, #-0x10]
    // 24: 14000000      b       0x24 <_JIT_ENTRY+0x24>
    // 0000000000000024:  R_AARCH64_JUMP26     _JIT_CONTINUE
    const unsigned char code_body[40] = {
        0xe8, 0x03, 0x15, 0xaa, 0x09, 0x8d, 0x5f, 0xf8,
        0x0a, 0x81, 0x5f, 0xf8, 0x49, 0x01, 0x09, 0xeb,
        0x47, 0x00, 0x00, 0x54, 0x00, 0x00, 0x00, 0x14,
        0xea, 0x03, 0x15, 0xaa, 0xf5, 0x03, 0x08, 0xaa,
        0x49, 0x01, 0x1f, 0xf8, 0x1f, 0x20, 0x03, 0xd5,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_26r(code + 0x14, state->instruction_starts[instruction->jump_target]);
}

void
emit__BUILD_SUM(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 90000009      adrp    x9, 0x0 <_JIT_ENTRY>
    // 0000000000000000:  R_AARCH64_ADR_GOT_PAGE       _JIT_OPARG
    // 4: aa1f03e8      mov     x8, xzr
    // 8: d10022aa      sub     x10, x21, #0x8
    // c: f9400129      ldr     x9, [x9]
    // 000000000000000c:  R_AARCH64_LD64_GOT_LO12_NC   _JIT_OPARG
    // 10: 92400529      and     x9, x9, #0x3
    // 14: 91000529      add     x9, x9, #0x1
    // 18: f85f854b      ldr     x11, [x10], #-0x8
    // 1c: f1000529      subs    x9, x9, #0x1
    // 20: 8b080168      add     x8, x11, x8
    // 24: 54ffffa1      b.ne    0x18 <_JIT_ENTRY+0x18>
    // 28: 90000009      adrp    x9, 0x0 <_JIT_ENTRY>
    // 0000000000000028:  R_AARCH64_ADR_GOT_PAGE       _JIT_OPARG
    // 2c: f9400129      ldr     x9, [x9]
    // 000000000000002c:  R_AARCH64_LD64_GOT_LO12_NC   _JIT_OPARG
    // 30: 12000529      and     w9, w9, #0x3
    // 34: 11000529      add     w9, w9, #0x1
    // 38: cb294eb5      sub     x21, x21, w9, uxtw #3
    // 3c: f80086a8      str     x8, [x21], #0x8
    // 40: 14000000      b       0x40 <_JIT_ENTRY+0x40>
    // 0000000000000040:  R_AARCH64_JUMP26     _JIT_CONTINUE
    const unsigned char code_body[64] = {
        0x09, 0x00, 0x00, 0x90, 0xe8, 0x03, 0x1f, 0xaa,
        0xaa, 0x22, 0x00, 0xd1, 0x29, 0x01, 0x40, 0xf9,
        0x29, 0x05, 0x40, 0x92, 0x29, 0x05, 0x00, 0x91,
        0x4b, 0x85, 0x5f, 0xf8, 0x29, 0x05, 0x00, 0xf1,
        0x68, 0x01, 0x08, 0x8b, 0xa1, 0xff, 0xff, 0x54,
        0x09, 0x00, 0x00, 0x90, 0x29, 0x01, 0x40, 0xf9,
        0x29, 0x05, 0x00, 0x12, 0x29, 0x05, 0x00, 0x11,
        0xb5, 0x4e, 0x29, 0xcb, 0xa8, 0x86, 0x00, 0xf8,
    };
    // 0: OPARG
    patch_64(data + 0x0, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_12x(code + 0xc, (uintptr_t)data);
    patch_aarch64_33rx(code + 0x28, (uintptr_t)data);
}

void
emit__CALL_BUILTIN_FAST(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: a9bf7bfd      stp     x29, x30, [sp, #-0x10]!
    // 4: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000004:  R_AARCH64_ADR_GOT_PAGE       _JIT_OPARG
    // 8: aa1403e0      mov     x0, x20
    // c: 910003fd      mov     x29, sp
    // 10: f9400108      ldr     x8, [x8]
    // 0000000000000010:  R_AARCH64_LD64_GOT_LO12_NC   _JIT_OPARG
    // 14: 92400509      and     x9, x8, #0x3
    // 18: 12000502      and     w2, w8, #0x3
    // 1c: cb090eb3      sub     x19, x21, x9, lsl #3
    // 20: 90000009      adrp    x9, 0x0 <_JIT_ENTRY>
    // 0000000000000020:  R_AARCH64_ADR_GOT_PAGE       PySpam_Call3
    // 24: f9400129      ldr     x9, [x9]
    // 0000000000000024:  R_AARCH64_LD64_GOT_LO12_NC   PySpam_Call3
    // 28: aa1303e1      mov     x1, x19
    // 2c: d63f0120      blr     x9
    // 30: b40000a0      cbz     x0, 0x44 <_JIT_ENTRY+0x44>
    // 34: f8008660      str     x0, [x19], #0x8
    // 38: aa1303f5      mov     x21, x19
    // 3c: a8c17bfd      ldp     x29, x30, [sp], #0x10
    // 40: 14000000      b       0x40 <_JIT_ENTRY+0x40>
    // 0000000000000040:  R_AARCH64_JUMP26     _JIT_CONTINUE
    // 44: a8c17bfd      ldp     x29, x30, [sp], #0x10
    // 48: 14000000      b       0x48 <_JIT_ENTRY+0x48>
    // 0000000000000048:  R_AARCH64_JUMP26     _JIT_ERROR_TARGET
    const unsigned char code_body[80] = {
        0xfd, 0x7b, 0xbf, 0xa9, 0x08, 0x00, 0x00, 0x90,
        0xe0, 0x03, 0x14, 0xaa, 0xfd, 0x03, 0x00, 0x91,
        0x08, 0x01, 0x40, 0xf9, 0x09, 0x05, 0x40, 0x92,
        0x02, 0x05, 0x00, 0x12, 0xb3, 0x0e, 0x09, 0xcb,
        0x09, 0x00, 0x00, 0x90, 0x29, 0x01, 0x40, 0xf9,
        0xe1, 0x03, 0x13, 0xaa, 0x20, 0x01, 0x3f, 0xd6,
        0xa0, 0x00, 0x00, 0xb4, 0x60, 0x86, 0x00, 0xf8,
        0xf5, 0x03, 0x13, 0xaa, 0xfd, 0x7b, 0xc1, 0xa8,
        0x00, 0x00, 0x00, 0x14, 0xfd, 0x7b, 0xc1, 0xa8,
        0x00, 0x00, 0x00, 0x14, 0x1f, 0x20, 0x03, 0xd5,
    };
    // 0: OPARG
    // 8: &PySpam_Call3+0x0
    patch_64(data + 0x0, instruction->oparg);
    patch_64(data + 0x8, (uintptr_t)&PySpam_Call3);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x4, (uintptr_t)data);
    patch_aarch64_12x(code + 0x10, (uintptr_t)data);
    patch_aarch64_33rx(code + 0x20, (uintptr_t)data + 0x8);
    patch_aarch64_26r(code + 0x40, (uintptr_t)code + sizeof(code_body));
    patch_aarch64_26r(code + 0x48, state->instruction_starts[instruction->error_target]);
}

void
emit__CHECK_FUNCTION_VERSION(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 90000009      adrp    x9, 0x0 <_JIT_ENTRY>
    // 0000000000000000:  R_AARCH64_ADR_GOT_PAGE       _JIT_OPERAND0
    // 4: b9401688      ldr     w8, [x20, #0x14]
    // 8: f9400129      ldr     x9, [x9]
    // 0000000000000008:  R_AARCH64_LD64_GOT_LO12_NC   _JIT_OPERAND0
    // c: 6b09011f      cmp     w8, w9
    // 10: 540000e1      b.ne    0x2c <_JIT_ENTRY+0x2c>
    // 14: 90000009      adrp    x9, 0x0 <_JIT_ENTRY>
    // 0000000000000014:  R_AARCH64_ADR_GOT_PAGE       _JIT_OPERAND1
    // 18: f9401288      ldr     x8, [x20, #0x20]
    // 1c: f9400129      ldr     x9, [x9]
    // 000000000000001c:  R_AARCH64_LD64_GOT_LO12_NC   _JIT_OPERAND1
    // 20: eb09011f      cmp     x8, x9
    // 24: 54000041      b.ne    0x2c <_JIT_ENTRY+0x2c>
    // 28: 14000000      b       0x28 <_JIT_ENTRY+0x28>
    // 0000000000000028:  R_AARCH64_JUMP26     _JIT_CONTINUE
    // 2c: 14000000      b       0x2c <_JIT_ENTRY+0x2c>
    // 000000000000002c:  R_AARCH64_JUMP26     _JIT_JUMP_TARGET
    const unsigned char code_body[48] = {
        0x09, 0x00, 0x00, 0x90, 0x88, 0x16, 0x40, 0xb9,
        0x29, 0x01, 0x40, 0xf9, 0x1f, 0x01, 0x09, 0x6b,
        0xe1, 0x00, 0x00, 0x54, 0x09, 0x00, 0x00, 0x90,
        0x88, 0x12, 0x40, 0xf9, 0x29, 0x01, 0x40, 0xf9,
        0x1f, 0x01, 0x09, 0xeb, 0x41, 0x00, 0x00, 0x54,
        0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00, 0x14,
    };
    // 0: OPERAND0
    // 8: OPERAND1
    patch_64(data + 0x0, instruction->operand0);
    patch_64(data + 0x8, instruction->operand1);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_12x(code + 0x8, (uintptr_t)data);
    patch_aarch64_21rx(code + 0x14, (uintptr_t)data + 0x8);
    patch_aarch64_12x(code + 0x1c, (uintptr_t)data + 0x8);
    patch_aarch64_26r(code + 0x28, (uintptr_t)code + sizeof(code_body));
    patch_aarch64_26r(code + 0x2c, state->instruction_starts[instruction->jump_target]);
}

void
emit__CHECK_STACK_SPACE(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000000:  R_AARCH64_ADR_GOT_PAGE       _JIT_OPARG
    // 4: f9400108      ldr     x8, [x8]
    // 0000000000000004:  R_AARCH64_LD64_GOT_LO12_NC   _JIT_OPARG
    // 8: b9401ec9      ldr     w9, [x22, #0x1c]
    // c: 12000d08      and     w8, w8, #0xf
    // 10: 11000508      add     w8, w8, #0x1
    // 14: 6b08013f      cmp     w9, w8
    // 18: 54000042      b.hs    0x20 <_JIT_ENTRY+0x20>
    // 1c: 14000000      b       0x1c <_JIT_ENTRY+0x1c>
    // 000000000000001c:  R_AARCH64_JUMP26     _JIT_JUMP_TARGET
    // 20: 14000000      b       0x20 <_JIT_ENTRY+0x20>
    // 0000000000000020:  R_AARCH64_JUMP26     _JIT_CONTINUE
    const unsigned char code_body[32] = {
        0x08, 0x00, 0x00, 0x90, 0x08, 0x01, 0x40, 0xf9,
        0xc9, 0x1e, 0x40, 0xb9, 0x08, 0x0d, 0x00, 0x12,
        0x08, 0x05, 0x00, 0x11, 0x3f, 0x01, 0x08, 0x6b,
        0x42, 0x00, 0x00, 0x54, 0x00, 0x00, 0x00, 0x14,
    };
    // 0: OPARG
    patch_64(data + 0x0, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_26r(code + 0x1c, state->instruction_starts[instruction->jump_target]);
}

void
emit__CHECK_VALIDITY(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000000:  R_AARCH64_ADR_GOT_PAGE       _JIT_EXECUTOR
    // 4: f9400108      ldr     x8, [x8]
    // 0000000000000004:  R_AARCH64_LD64_GOT_LO12_NC   _JIT_EXECUTOR
    // 8: b9400908      ldr     w8, [x8, #0x8]
    // c: 34000048      cbz     w8, 0x14 <_JIT_ENTRY+0x14>
    // 10: 14000000      b       0x10 <_JIT_ENTRY+0x10>
    // 0000000000000010:  R_AARCH64_JUMP26     _JIT_CONTINUE
    // 14: 14000000      b       0x14 <_JIT_ENTRY+0x14>
    // 0000000000000014:  R_AARCH64_JUMP26     _JIT_JUMP_TARGET
    const unsigned char code_body[24] = {
        0x08, 0x00, 0x00, 0x90, 0x08, 0x01, 0x40, 0xf9,
        0x08, 0x09, 0x40, 0xb9, 0x48, 0x00, 0x00, 0x34,
        0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00, 0x14,
    };
    // 0: EXECUTOR
    patch_64(data + 0x0, (uintptr_t)executor);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_26r(code + 0x10, (uintptr_t)code + sizeof(code_body));
    patch_aarch64_26r(code + 0x14, state->instruction_starts[instruction->jump_target]);
}

void
emit__COMPARE_OP_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 9000000b      adrp    x11, 0x0 <_JIT_ENTRY>
    // 0000000000000000:  R_AARCH64_ADR_GOT_PAGE       _JIT_OPARG
    // 4: aa1503e8      mov     x8, x21
    // 8: f85f8ea9      ldr     x9, [x21, #-0x8]!
    // c: f85f82aa      ldur    x10, [x21, #-0x8]
    // 10: f940016b      ldr     x11, [x11]
    // 0000000000000010:  R_AARCH64_LD64_GOT_LO12_NC   _JIT_OPARG
    // 14: eb09015f      cmp     x10, x9
    // 18: 12000569      and     w9, w11, #0x3
    // 1c: 1a9f17ea      cset    w10, eq
    // 20: 1a9f07eb      cset    w11, ne
    // 24: 1a9fa7ec      cset    w12, lt
    // 28: 7100013f      cmp     w9, #0x0
    // 2c: 1a8c116b      csel    w11, w11, w12, ne
    // 30: 7100053f      cmp     w9, #0x1
    // 34: 1a8b0149      csel    w9, w10, w11, eq
    // 38: 5280020a      mov     w10, #0x10              // =16
    // 3c: 7100013f      cmp     w9, #0x0
    // 40: 9a8a0549      cinc    x9, x10, ne
    // 44: f81f0109      stur    x9, [x8, #-0x10]
    // 48: 14000000      b       0x48 <_JIT_ENTRY+0x48>
    // 0000000000000048:  R_AARCH64_JUMP26     _JIT_CONTINUE
    const unsigned char code_body[72] = {
        0x0b, 0x00, 0x00, 0x90, 0xe8, 0x03, 0x15, 0xaa,
        0xa9, 0x8e, 0x5f, 0xf8, 0xaa, 0x82, 0x5f, 0xf8,
        0x6b, 0x01, 0x40, 0xf9, 0x5f, 0x01, 0x09, 0xeb,
        0x69, 0x05, 0x00, 0x12, 0xea, 0x17, 0x9f, 0x1a,
        0xeb, 0x07, 0x9f, 0x1a, 0xec, 0xa7, 0x9f, 0x1a,
        0x3f, 0x01, 0x00, 0x71, 0x6b, 0x11, 0x8c, 0x1a,
        0x3f, 0x05, 0x00, 0x71, 0x49, 0x01, 0x8b, 0x1a,
        0x0a, 0x02, 0x80, 0x52, 0x3f, 0x01, 0x00, 0x71,
        0x49, 0x05, 0x8a, 0x9a, 0x09, 0x01, 0x1f, 0xf8,
    };
    // 0: OPARG
    patch_64(data + 0x0, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_12x(code + 0x10, (uintptr_t)data);
}

void
emit__COPY(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: a9bf7bfd      stp     x29, x30, [sp, #-0x10]!
    // 4: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000004:  R_AARCH64_ADR_GOT_PAGE       _JIT_OPARG
    // 8: 910003fd      mov     x29, sp
    // c: aa1503f3      mov     x19, x21
    // 10: f9400108      ldr     x8, [x8]
    // 0000000000000010:  R_AARCH64_LD64_GOT_LO12_NC   _JIT_OPARG
    // 14: 2a2803e8      mvn     w8, w8
    // 18: 321e7508      orr     w8, w8, #0xfffffffc
    // 1c: f868daa0      ldr     x0, [x21, w8, sxtw #3]
    // 20: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000020:  R_AARCH64_ADR_GOT_PAGE       PyRef_Dup
    // 24: f9400108      ldr     x8, [x8]
    // 0000000000000024:  R_AARCH64_LD64_GOT_LO12_NC   PyRef_Dup
    // 28: d63f0100      blr     x8
    // 2c: 910022b5      add     x21, x21, #0x8
    // 30: f9000260      str     x0, [x19]
    // 34: a8c17bfd      ldp     x29, x30, [sp], #0x10
    // 38: 14000000      b       0x38 <_JIT_ENTRY+0x38>
    // 0000000000000038:  R_AARCH64_JUMP26     _JIT_CONTINUE
    const unsigned char code_body[56] = {
        0xfd, 0x7b, 0xbf, 0xa9, 0x08, 0x00, 0x00, 0x90,
        0xfd, 0x03, 0x00, 0x91, 0xf3, 0x03, 0x15, 0xaa,
        0x08, 0x01, 0x40, 0xf9, 0xe8, 0x03, 0x28, 0x2a,
        0x08, 0x75, 0x1e, 0x32, 0xa0, 0xda, 0x68, 0xf8,
        0x08, 0x00, 0x00, 0x90, 0x08, 0x01, 0x40, 0xf9,
        0x00, 0x01, 0x3f, 0xd6, 0xb5, 0x22, 0x00, 0x91,
        0x60, 0x02, 0x00, 0xf9, 0xfd, 0x7b, 0xc1, 0xa8,
    };
    // 0: OPARG
    // 8: &PyRef_Dup+0x0
    patch_64(data + 0x0, instruction->oparg);
    patch_64(data + 0x8, (uintptr_t)&PyRef_Dup);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x4, (uintptr_t)data);
    patch_aarch64_12x(code + 0x10, (uintptr_t)data);
    patch_aarch64_33rx(code + 0x20, (uintptr_t)data + 0x8);
}

void
emit__DEOPT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000000:  R_AARCH64_ADR_GOT_PAGE       _JIT_TARGET
    // 4: f9400108      ldr     x8, [x8]
    // 0000000000000004:  R_AARCH64_LD64_GOT_LO12_NC   _JIT_TARGET
    // 8: b9001288      str     w8, [x20, #0x10]
    // c: 14000000      b       0xc <_JIT_ENTRY+0xc>
    // 000000000000000c:  R_AARCH64_JUMP26     _JIT_ERROR_TARGET
    const unsigned char code_body[16] = {
        0x08, 0x00, 0x00, 0x90, 0x08, 0x01, 0x40, 0xf9,
        0x88, 0x12, 0x00, 0xb9, 0x00, 0x00, 0x00, 0x14,
    };
    // 0: TARGET
    patch_64(data + 0x0, instruction->target);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_26r(code + 0xc, state->instruction_starts[instruction->error_target]);
}

void
emit__EXIT_TRACE(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000000:  R_AARCH64_ADR_GOT_PAGE       _JIT_EXECUTOR
    // 4: 90000009      adrp    x9, 0x0 <_JIT_ENTRY>
    // 0000000000000004:  R_AARCH64_ADR_GOT_PAGE       _JIT_TARGET
    // 8: f9400108      ldr     x8, [x8]
    // 0000000000000008:  R_AARCH64_LD64_GOT_LO12_NC   _JIT_EXECUTOR
    // c: f9400129      ldr     x9, [x9]
    // 000000000000000c:  R_AARCH64_LD64_GOT_LO12_NC   _JIT_TARGET
    // 10: b940110a      ldr     w10, [x8, #0x10]
    // 14: b9001289      str     w9, [x20, #0x10]
    // 18: b90022c9      str     w9, [x22, #0x20]
    // 1c: 11000549      add     w9, w10, #0x1
    // 20: b9001109      str     w9, [x8, #0x10]
    // 24: 14000000      b       0x24 <_JIT_ENTRY+0x24>
    // 0000000000000024:  R_AARCH64_JUMP26     _JIT_JUMP_TARGET
    const unsigned char code_body[40] = {
        0x08, 0x00, 0x00, 0x90, 0x09, 0x00, 0x00, 0x90,
        0x08, 0x01, 0x40, 0xf9, 0x29, 0x01, 0x40, 0xf9,
        0x0a, 0x11, 0x40, 0xb9, 0x89, 0x12, 0x00, 0xb9,
        0xc9, 0x22, 0x00, 0xb9, 0x49, 0x05, 0x00, 0x11,
        0x09, 0x11, 0x00, 0xb9, 0x00, 0x00, 0x00, 0x14,
    };
    // 0: EXECUTOR
    // 8: TARGET
    patch_64(data + 0x0, (uintptr_t)executor);
    patch_64(data + 0x8, instruction->target);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_21rx(code + 0x4, (uintptr_t)data + 0x8);
    patch_aarch64_12x(code + 0x8, (uintptr_t)data);
    patch_aarch64_12x(code + 0xc, (uintptr_t)data + 0x8);
    patch_aarch64_26r(code + 0x24, state->instruction_starts[instruction->jump_target]);
}

void
emit__FATAL_ERROR(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: a9bf7bfd      stp     x29, x30, [sp, #-0x10]!
    // 4: 90000001      adrp    x1, 0x0 <_JIT_ENTRY>
    // 0000000000000004:  R_AARCH64_ADR_GOT_PAGE       _JIT_TARGET
    // 8: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000008:  R_AARCH64_ADR_GOT_PAGE       PySpam_Fatal
    // c: aa1603e0      mov     x0, x22
    // 10: f9400021      ldr     x1, [x1]
    // 0000000000000010:  R_AARCH64_LD64_GOT_LO12_NC   _JIT_TARGET
    // 14: f9400108      ldr     x8, [x8]
    // 0000000000000014:  R_AARCH64_LD64_GOT_LO12_NC   PySpam_Fatal
    // 18: 910003fd      mov     x29, sp
    // 1c: d63f0100      blr     x8
    // 20: a8c17bfd      ldp     x29, x30, [sp], #0x10
    // 24: 14000000      b       0x24 <_JIT_ENTRY+0x24>
    // 0000000000000024:  R_AARCH64_JUMP26     _JIT_ERROR_TARGET
    const unsigned char code_body[40] = {
        0xfd, 0x7b, 0xbf, 0xa9, 0x01, 0x00, 0x00, 0x90,
        0x08, 0x00, 0x00, 0x90, 0xe0, 0x03, 0x16, 0xaa,
        0x21, 0x00, 0x40, 0xf9, 0x08, 0x01, 0x40, 0xf9,
        0xfd, 0x03, 0x00, 0x91, 0x00, 0x01, 0x3f, 0xd6,
        0xfd, 0x7b, 0xc1, 0xa8, 0x00, 0x00, 0x00, 0x14,
    };
    // 0: TARGET
    // 8: &PySpam_Fatal+0x0
    patch_64(data + 0x0, instruction->target);
    patch_64(data + 0x8, (uintptr_t)&PySpam_Fatal);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x4, (uintptr_t)data);
    patch_aarch64_21rx(code + 0x8, (uintptr_t)data + 0x8);
    patch_aarch64_12x(code + 0x10, (uintptr_t)data);
    patch_aarch64_12x(code + 0x14, (uintptr_t)data + 0x8);
    patch_aarch64_26r(code + 0x24, state->instruction_starts[instruction->error_target]);
}

void
emit__GUARD_IS_FALSE_POP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: f85f8ea8      ldr     x8, [x21, #-0x8]!
    // 4: f100411f      cmp     x8, #0x10
    // 8: 54000041      b.ne    0x10 <_JIT_ENTRY+0x10>
    // c: 14000000      b       0xc <_JIT_ENTRY+0xc>
    // 000000000000000c:  R_AARCH64_JUMP26     _JIT_CONTINUE
    // 10: 14000000      b       0x10 <_JIT_ENTRY+0x10>
    // 0000000000000010:  R_AARCH64_JUMP26     _JIT_JUMP_TARGET
    const unsigned char code_body[24] = {
        0xa8, 0x8e, 0x5f, 0xf8, 0x1f, 0x41, 0x00, 0xf1,
        0x41, 0x00, 0x00, 0x54, 0x00, 0x00, 0x00, 0x14,
        0x00, 0x00, 0x00, 0x14, 0x1f, 0x20, 0x03, 0xd5,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_26r(code + 0xc, (uintptr_t)code + sizeof(code_body));
    patch_aarch64_26r(code + 0x10, state->instruction_starts[instruction->jump_target]);
}

void
emit__GUARD_IS_TRUE_POP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: f85f8ea8      ldr     x8, [x21, #-0x8]!
    // 4: f100451f      cmp     x8, #0x11
    // 8: 54000041      b.ne    0x10 <_JIT_ENTRY+0x10>
    // c: 14000000      b       0xc <_JIT_ENTRY+0xc>
    // 000000000000000c:  R_AARCH64_JUMP26     _JIT_CONTINUE
    // 10: 14000000      b       0x10 <_JIT_ENTRY+0x10>
    // 0000000000000010:  R_AARCH64_JUMP26     _JIT_JUMP_TARGET
    const unsigned char code_body[24] = {
        0xa8, 0x8e, 0x5f, 0xf8, 0x1f, 0x45, 0x00, 0xf1,
        0x41, 0x00, 0x00, 0x54, 0x00, 0x00, 0x00, 0x14,
        0x00, 0x00, 0x00, 0x14, 0x1f, 0x20, 0x03, 0xd5,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_26r(code + 0xc, (uintptr_t)code + sizeof(code_body));
    patch_aarch64_26r(code + 0x10, state->instruction_starts[instruction->jump_target]);
}

void
emit__GUARD_NOS_NOT_NULL(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: f85f02a8      ldur    x8, [x21, #-0x10]
    // 4: b4000048      cbz     x8, 0xc <_JIT_ENTRY+0xc>
    // 8: 14000000      b       0x8 <_JIT_ENTRY+0x8>
    // 0000000000000008:  R_AARCH64_JUMP26     _JIT_CONTINUE
    // c: 14000000      b       0xc <_JIT_ENTRY+0xc>
    // 000000000000000c:  R_AARCH64_JUMP26     _JIT_JUMP_TARGET
    const unsigned char code_body[16] = {
        0xa8, 0x02, 0x5f, 0xf8, 0x48, 0x00, 0x00, 0xb4,
        0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00, 0x14,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_26r(code + 0x8, (uintptr_t)code + sizeof(code_body));
    patch_aarch64_26r(code + 0xc, state->instruction_starts[instruction->jump_target]);
}

void
emit__JUMP_TO_TOP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 394062c8      ldrb    w8, [x22, #0x18]
    // 4: 37000048      tbnz    w8, #0x0, 0xc <_JIT_ENTRY+0xc>
    // 8: 14000000      b       0x8 <_JIT_ENTRY+0x8>
    // 0000000000000008:  R_AARCH64_JUMP26     _JIT_JUMP_TARGET
    // c: 14000000      b       0xc <_JIT_ENTRY+0xc>
    // 000000000000000c:  R_AARCH64_JUMP26     _JIT_ERROR_TARGET
    const unsigned char code_body[16] = {
        0xc8, 0x62, 0x40, 0x39, 0x48, 0x00, 0x00, 0x37,
        0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00, 0x14,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_26r(code + 0x8, state->instruction_starts[instruction->jump_target]);
    patch_aarch64_26r(code + 0xc, state->instruction_starts[instruction->error_target]);
}

void
emit__LOAD_CONST_INLINE(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000000:  R_AARCH64_ADR_GOT_PAGE       _JIT_OPERAND0
    // 4: f9400108      ldr     x8, [x8]
    // 0000000000000004:  R_AARCH64_LD64_GOT_LO12_NC   _JIT_OPERAND0
    // 8: b2400108      orr     x8, x8, #0x1
    // c: f80086a8      str     x8, [x21], #0x8
    // 10: 14000000      b       0x10 <_JIT_ENTRY+0x10>
    // 0000000000000010:  R_AARCH64_JUMP26     _JIT_CONTINUE
    const unsigned char code_body[16] = {
        0x08, 0x00, 0x00, 0x90, 0x08, 0x01, 0x40, 0xf9,
        0x08, 0x01, 0x40, 0xb2, 0xa8, 0x86, 0x00, 0xf8,
    };
    // 0: OPERAND0
    patch_64(data + 0x0, instruction->operand0);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x0, (uintptr_t)data);
}

void
emit__LOAD_CONST_INLINE_BORROW(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000000:  R_AARCH64_ADR_GOT_PAGE       _JIT_OPERAND1
    // 4: 90000009      adrp    x9, 0x0 <_JIT_ENTRY>
    // 0000000000000004:  R_AARCH64_ADR_GOT_PAGE       _JIT_OPERAND0
    // 8: f9400108      ldr     x8, [x8]
    // 0000000000000008:  R_AARCH64_LD64_GOT_LO12_NC   _JIT_OPERAND1
    // c: f9400129      ldr     x9, [x9]
    // 000000000000000c:  R_AARCH64_LD64_GOT_LO12_NC   _JIT_OPERAND0
    // 10: ca080d28      eor     x8, x9, x8, lsl #3
    // 14: f80086a8      str     x8, [x21], #0x8
    // 18: 14000000      b       0x18 <_JIT_ENTRY+0x18>
    // 0000000000000018:  R_AARCH64_JUMP26     _JIT_CONTINUE
    const unsigned char code_body[24] = {
        0x08, 0x00, 0x00, 0x90, 0x09, 0x00, 0x00, 0x90,
        0x08, 0x01, 0x40, 0xf9, 0x29, 0x01, 0x40, 0xf9,
        0x28, 0x0d, 0x08, 0xca, 0xa8, 0x86, 0x00, 0xf8,
    };
    // 0: OPERAND1
    // 8: OPERAND0
    patch_64(data + 0x0, instruction->operand1);
    patch_64(data + 0x8, instruction->operand0);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_21rx(code + 0x4, (uintptr_t)data + 0x8);
    patch_aarch64_12x(code + 0x8, (uintptr_t)data);
    patch_aarch64_12x(code + 0xc, (uintptr_t)data + 0x8);
}

void
emit__LOAD_FAST(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000000:  R_AARCH64_ADR_GOT_PAGE       _JIT_OPARG
    // 4: f9400108      ldr     x8, [x8]
    // 0000000000000004:  R_AARCH64_LD64_GOT_LO12_NC   _JIT_OPARG
    // 8: 92400908      and     x8, x8, #0x7
    // c: 8b080e88      add     x8, x20, x8, lsl #3
    // 10: f9401508      ldr     x8, [x8, #0x28]
    // 14: f80086a8      str     x8, [x21], #0x8
    // 18: 14000000      b       0x18 <_JIT_ENTRY+0x18>
    // 0000000000000018:  R_AARCH64_JUMP26     _JIT_CONTINUE
    const unsigned char code_body[24] = {
        0x08, 0x00, 0x00, 0x90, 0x08, 0x01, 0x40, 0xf9,
        0x08, 0x09, 0x40, 0x92, 0x88, 0x0e, 0x08, 0x8b,
        0x08, 0x15, 0x40, 0xf9, 0xa8, 0x86, 0x00, 0xf8,
    };
    // 0: OPARG
    patch_64(data + 0x0, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x0, (uintptr_t)data);
}

void
emit__LOAD_GLOBAL_BUILTIN(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000000:  R_AARCH64_ADR_GOT_PAGE       _JIT_OPARG
    // 4: 90000009      adrp    x9, 0x0 <_JIT_ENTRY>
    // 0000000000000004:  R_AARCH64_ADR_GOT_PAGE       PyGlobal_Table
    // 8: f9400108      ldr     x8, [x8]
    // 0000000000000008:  R_AARCH64_LD64_GOT_LO12_NC   _JIT_OPARG
    // c: f9400129      ldr     x9, [x9]
    // 000000000000000c:  R_AARCH64_LD64_GOT_LO12_NC   PyGlobal_Table
    // 10: 92400d08      and     x8, x8, #0xf
    // 14: f8687928      ldr     x8, [x9, x8, lsl #3]
    // 18: b4000068      cbz     x8, 0x24 <_JIT_ENTRY+0x24>
    // 1c: f80086a8      str     x8, [x21], #0x8
    // 20: 14000000      b       0x20 <_JIT_ENTRY+0x20>
    // 0000000000000020:  R_AARCH64_JUMP26     _JIT_CONTINUE
    // 24: 14000000      b       0x24 <_JIT_ENTRY+0x24>
    // 0000000000000024:  R_AARCH64_JUMP26     _JIT_ERROR_TARGET
    const unsigned char code_body[40] = {
        0x08, 0x00, 0x00, 0x90, 0x09, 0x00, 0x00, 0x90,
        0x08, 0x01, 0x40, 0xf9, 0x29, 0x01, 0x40, 0xf9,
        0x08, 0x0d, 0x40, 0x92, 0x28, 0x79, 0x68, 0xf8,
        0x68, 0x00, 0x00, 0xb4, 0xa8, 0x86, 0x00, 0xf8,
        0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00, 0x14,
    };
    // 0: OPARG
    // 8: &PyGlobal_Table+0x0
    patch_64(data + 0x0, instruction->oparg);
    patch_64(data + 0x8, (uintptr_t)&PyGlobal_Table);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_21rx(code + 0x4, (uintptr_t)data + 0x8);
    patch_aarch64_12x(code + 0x8, (uintptr_t)data);
    patch_aarch64_12x(code + 0xc, (uintptr_t)data + 0x8);
    patch_aarch64_26r(code + 0x20, (uintptr_t)code + sizeof(code_body));
    patch_aarch64_26r(code + 0x24, state->instruction_starts[instruction->error_target]);
}

void
emit__LOAD_SMALL_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000000:  R_AARCH64_ADR_GOT_PAGE       _JIT_OPARG
    // 4: 90000009      adrp    x9, 0x0 <_JIT_ENTRY>
    // 0000000000000004:  R_AARCH64_ADR_PREL_PG_HI21   .rodata
    // 8: 91000129      add     x9, x9, #0x0
    // 0000000000000008:  R_AARCH64_ADD_ABS_LO12_NC    .rodata
    // c: f9400108      ldr     x8, [x8]
    // 000000000000000c:  R_AARCH64_LD64_GOT_LO12_NC   _JIT_OPARG
    // 10: 92400908      and     x8, x8, #0x7
    // 14: f8687928      ldr     x8, [x9, x8, lsl #3]
    // 18: f80086a8      str     x8, [x21], #0x8
    // 1c: 14000000      b       0x1c <_JIT_ENTRY+0x1c>
    // 000000000000001c:  R_AARCH64_JUMP26     _JIT_CONTINUE
    const unsigned char code_body[32] = {
        0x08, 0x00, 0x00, 0x90, 0x09, 0x00, 0x00, 0x90,
        0x29, 0x01, 0x00, 0x91, 0x08, 0x01, 0x40, 0xf9,
        0x08, 0x09, 0x40, 0x92, 0x28, 0x79, 0x68, 0xf8,
        0xa8, 0x86, 0x00, 0xf8, 0x1f, 0x20, 0x03, 0xd5,
    };
    // 0: .rodata (64 bytes)
    // 40: OPARG
    const unsigned char data_body[72] = {
        0x11, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0xef, 0xcd, 0xab, 0x89, 0x67, 0x45, 0x23, 0x01,
        0xef, 0xbe, 0xad, 0xde, 0x00, 0x00, 0x00, 0x00,
        0x10, 0x32, 0x54, 0x76, 0x98, 0xba, 0xdc, 0xfe,
        0x21, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80,
        0x0d, 0xf0, 0xfe, 0xca,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x40, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x0, (uintptr_t)data + 0x40);
    patch_aarch64_21r(code + 0x4, (uintptr_t)data);
    patch_aarch64_12(code + 0x8, (uintptr_t)data);
    patch_aarch64_12x(code + 0xc, (uintptr_t)data + 0x40);
}

void
emit__MAKE_WARM(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000000:  R_AARCH64_ADR_GOT_PAGE       _JIT_EXECUTOR
    // 4: 5280002a      mov     w10, #0x1               // =1
    // 8: f9400108      ldr     x8, [x8]
    // 0000000000000008:  R_AARCH64_LD64_GOT_LO12_NC   _JIT_EXECUTOR
    // c: f94016c9      ldr     x9, [x22, #0x28]
    // 10: b9000d0a      str     w10, [x8, #0xc]
    // 14: 91000528      add     x8, x9, #0x1
    // 18: f90016c8      str     x8, [x22, #0x28]
    // 1c: 14000000      b       0x1c <_JIT_ENTRY+0x1c>
    // 000000000000001c:  R_AARCH64_JUMP26     _JIT_CONTINUE
    const unsigned char code_body[32] = {
        0x08, 0x00, 0x00, 0x90, 0x2a, 0x00, 0x80, 0x52,
        0x08, 0x01, 0x40, 0xf9, 0xc9, 0x16, 0x40, 0xf9,
        0x0a, 0x0d, 0x00, 0xb9, 0x28, 0x05, 0x00, 0x91,
        0xc8, 0x16, 0x00, 0xf9, 0x1f, 0x20, 0x03, 0xd5,
    };
    // 0: EXECUTOR
    patch_64(data + 0x0, (uintptr_t)executor);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_12x(code + 0x8, (uintptr_t)data);
}

void
emit__NOP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 14000000      b       0x0 <_JIT_ENTRY>
    // 0000000000000000:  R_AARCH64_JUMP26     _JIT_CONTINUE
}

void
emit__POP_TOP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: f85f8ea0      ldr     x0, [x21, #-0x8]!
    // 4: 360000e0      tbz     w0, #0x0, 0x20 <_JIT_ENTRY+0x20>
    // 8: a9bf7bfd      stp     x29, x30, [sp, #-0x10]!
    // c: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 000000000000000c:  R_AARCH64_ADR_GOT_PAGE       PyRef_Close
    // 10: 910003fd      mov     x29, sp
    // 14: f9400108      ldr     x8, [x8]
    // 0000000000000014:  R_AARCH64_LD64_GOT_LO12_NC   PyRef_Close
    // 18: d63f0100      blr     x8
    // 1c: a8c17bfd      ldp     x29, x30, [sp], #0x10
    // 20: 14000000      b       0x20 <_JIT_ENTRY+0x20>
    // 0000000000000020:  R_AARCH64_JUMP26     _JIT_CONTINUE
    const unsigned char code_body[32] = {
        0xa0, 0x8e, 0x5f, 0xf8, 0xe0, 0x00, 0x00, 0x36,
        0xfd, 0x7b, 0xbf, 0xa9, 0x08, 0x00, 0x00, 0x90,
        0xfd, 0x03, 0x00, 0x91, 0x08, 0x01, 0x40, 0xf9,
        0x00, 0x01, 0x3f, 0xd6, 0xfd, 0x7b, 0xc1, 0xa8,
    };
    // 0: &PyRef_Close+0x0
    patch_64(data + 0x0, (uintptr_t)&PyRef_Close);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0xc, (uintptr_t)data);
    patch_aarch64_12x(code + 0x14, (uintptr_t)data);
}

void
emit__RESUME_CHECK(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: b9401ac8      ldr     w8, [x22, #0x18]
    // 4: b9401689      ldr     w9, [x20, #0x14]
    // 8: 6b09011f      cmp     w8, w9
    // c: 54000041      b.ne    0x14 <_JIT_ENTRY+0x14>
    // 10: 14000000      b       0x10 <_JIT_ENTRY+0x10>
    // 0000000000000010:  R_AARCH64_JUMP26     _JIT_CONTINUE
    // 14: a9bf7bfd      stp     x29, x30, [sp, #-0x10]!
    // 18: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000018:  R_AARCH64_ADR_GOT_PAGE       PyEggs_Periodic
    // 1c: aa1603e0      mov     x0, x22
    // 20: 910003fd      mov     x29, sp
    // 24: f9400108      ldr     x8, [x8]
    // 0000000000000024:  R_AARCH64_LD64_GOT_LO12_NC   PyEggs_Periodic
    // 28: d63f0100      blr     x8
    // 2c: a8c17bfd      ldp     x29, x30, [sp], #0x10
    // 30: 37f80040      tbnz    w0, #0x1f, 0x38 <_JIT_ENTRY+0x38>
    // 34: 14000000      b       0x34 <_JIT_ENTRY+0x34>
    // 0000000000000034:  R_AARCH64_JUMP26     _JIT_JUMP_TARGET
    // 38: 14000000      b       0x38 <_JIT_ENTRY+0x38>
    // 0000000000000038:  R_AARCH64_JUMP26     _JIT_ERROR_TARGET
    const unsigned char code_body[64] = {
        0xc8, 0x1a, 0x40, 0xb9, 0x89, 0x16, 0x40, 0xb9,
        0x1f, 0x01, 0x09, 0x6b, 0x41, 0x00, 0x00, 0x54,
        0x00, 0x00, 0x00, 0x14, 0xfd, 0x7b, 0xbf, 0xa9,
        0x08, 0x00, 0x00, 0x90, 0xe0, 0x03, 0x16, 0xaa,
        0xfd, 0x03, 0x00, 0x91, 0x08, 0x01, 0x40, 0xf9,
        0x00, 0x01, 0x3f, 0xd6, 0xfd, 0x7b, 0xc1, 0xa8,
        0x40, 0x00, 0xf8, 0x37, 0x00, 0x00, 0x00, 0x14,
        0x00, 0x00, 0x00, 0x14, 0x1f, 0x20, 0x03, 0xd5,
    };
    // 0: &PyEggs_Periodic+0x0
    patch_64(data + 0x0, (uintptr_t)&PyEggs_Periodic);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_26r(code + 0x10, (uintptr_t)code + sizeof(code_body));
    patch_aarch64_21rx(code + 0x18, (uintptr_t)data);
    patch_aarch64_12x(code + 0x24, (uintptr_t)data);
    patch_aarch64_26r(code + 0x34, state->instruction_starts[instruction->jump_target]);
    patch_aarch64_26r(code + 0x38, state->instruction_starts[instruction->error_target]);
}

void
emit__SET_IP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000000:  R_AARCH64_ADR_GOT_PAGE       _JIT_OPERAND0
    // 4: f9400108      ldr     x8, [x8]
    // 0000000000000004:  R_AARCH64_LD64_GOT_LO12_NC   _JIT_OPERAND0
    // 8: f9000688      str     x8, [x20, #0x8]
    // c: 14000000      b       0xc <_JIT_ENTRY+0xc>
    // 000000000000000c:  R_AARCH64_JUMP26     _JIT_CONTINUE
    const unsigned char code_body[16] = {
        0x08, 0x00, 0x00, 0x90, 0x08, 0x01, 0x40, 0xf9,
        0x88, 0x06, 0x00, 0xf9, 0x1f, 0x20, 0x03, 0xd5,
    };
    // 0: OPERAND0
    patch_64(data + 0x0, instruction->operand0);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x0, (uintptr_t)data);
}

void
emit__START_EXECUTOR(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: f9400ac0      ldr     x0, [x22, #0x10]
    // 4: b4000100      cbz     x0, 0x24 <_JIT_ENTRY+0x24>
    // 8: a9bf7bfd      stp     x29, x30, [sp, #-0x10]!
    // c: f9000adf      str     xzr, [x22, #0x10]
    // 10: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000010:  R_AARCH64_ADR_GOT_PAGE       PyEggs_Release
    // 14: 910003fd      mov     x29, sp
    // 18: f9400108      ldr     x8, [x8]
    // 0000000000000018:  R_AARCH64_LD64_GOT_LO12_NC   PyEggs_Release
    // 1c: d63f0100      blr     x8
    // 20: a8c17bfd      ldp     x29, x30, [sp], #0x10
    // 24: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000024:  R_AARCH64_ADR_GOT_PAGE       _JIT_EXECUTOR
    // 28: f9400108      ldr     x8, [x8]
    // 0000000000000028:  R_AARCH64_LD64_GOT_LO12_NC   _JIT_EXECUTOR
    // 2c: f90006c8      str     x8, [x22, #0x8]
    // 30: 14000000      b       0x30 <_JIT_ENTRY+0x30>
    // 0000000000000030:  R_AARCH64_JUMP26     _JIT_CONTINUE
    const unsigned char code_body[48] = {
        0xc0, 0x0a, 0x40, 0xf9, 0x00, 0x01, 0x00, 0xb4,
        0xfd, 0x7b, 0xbf, 0xa9, 0xdf, 0x0a, 0x00, 0xf9,
        0x08, 0x00, 0x00, 0x90, 0xfd, 0x03, 0x00, 0x91,
        0x08, 0x01, 0x40, 0xf9, 0x00, 0x01, 0x3f, 0xd6,
        0xfd, 0x7b, 0xc1, 0xa8, 0x08, 0x00, 0x00, 0x90,
        0x08, 0x01, 0x40, 0xf9, 0xc8, 0x06, 0x00, 0xf9,
    };
    // 0: &PyEggs_Release+0x0
    // 8: EXECUTOR
    patch_64(data + 0x0, (uintptr_t)&PyEggs_Release);
    patch_64(data + 0x8, (uintptr_t)executor);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x10, (uintptr_t)data);
    patch_aarch64_12x(code + 0x18, (uintptr_t)data);
    patch_aarch64_33rx(code + 0x24, (uintptr_t)data + 0x8);
}

void
emit__STORE_FAST(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000000:  R_AARCH64_ADR_GOT_PAGE       _JIT_OPARG
    // 4: f9400108      ldr     x8, [x8]
    // 0000000000000004:  R_AARCH64_LD64_GOT_LO12_NC   _JIT_OPARG
    // 8: f85f8ea9      ldr     x9, [x21, #-0x8]!
    // c: 92400908      and     x8, x8, #0x7
    // 10: 8b080e88      add     x8, x20, x8, lsl #3
    // 14: f9001509      str     x9, [x8, #0x28]
    // 18: 14000000      b       0x18 <_JIT_ENTRY+0x18>
    // 0000000000000018:  R_AARCH64_JUMP26     _JIT_CONTINUE
    const unsigned char code_body[24] = {
        0x08, 0x00, 0x00, 0x90, 0x08, 0x01, 0x40, 0xf9,
        0xa9, 0x8e, 0x5f, 0xf8, 0x08, 0x09, 0x40, 0x92,
        0x88, 0x0e, 0x08, 0x8b, 0x09, 0x15, 0x00, 0xf9,
    };
    // 0: OPARG
    patch_64(data + 0x0, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_33rx(code + 0x0, (uintptr_t)data);
}

void
emit__STORE_GLOBAL_COUNTER(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000000:  R_AARCH64_ADR_GOT_PAGE       PyGlobal_Counter
    // 4: 90000009      adrp    x9, 0x0 <_JIT_ENTRY>
    // 0000000000000004:  R_AARCH64_ADR_GOT_PAGE       _JIT_OPARG
    // 8: f9400108      ldr     x8, [x8]
    // 0000000000000008:  R_AARCH64_LD64_GOT_LO12_NC   PyGlobal_Counter
    // c: f9400129      ldr     x9, [x9]
    // 000000000000000c:  R_AARCH64_LD64_GOT_LO12_NC   _JIT_OPARG
    // 10: b940010a      ldr     w10, [x8]
    // 14: 1200092b      and     w11, w9, #0x7
    // 18: 12000d29      and     w9, w9, #0xf
    // 1c: 0b0a016a      add     w10, w11, w10
    // 20: 9000000b      adrp    x11, 0x0 <_JIT_ENTRY>
    // 0000000000000020:  R_AARCH64_ADR_GOT_PAGE       PyGlobal_Table
    // 24: 1100054a      add     w10, w10, #0x1
    // 28: f940016b      ldr     x11, [x11]
    // 0000000000000028:  R_AARCH64_LD64_GOT_LO12_NC   PyGlobal_Table
    // 2c: b900010a      str     w10, [x8]
    // 30: f85f8ea8      ldr     x8, [x21, #-0x8]!
    // 34: f8295968      str     x8, [x11, w9, uxtw #3]
    // 38: 14000000      b       0x38 <_JIT_ENTRY+0x38>
    // 0000000000000038:  R_AARCH64_JUMP26     _JIT_CONTINUE
    const unsigned char code_body[56] = {
        0x08, 0x00, 0x00, 0x90, 0x09, 0x00, 0x00, 0x90,
        0x08, 0x01, 0x40, 0xf9, 0x29, 0x01, 0x40, 0xf9,
        0x0a, 0x01, 0x40, 0xb9, 0x2b, 0x09, 0x00, 0x12,
        0x29, 0x0d, 0x00, 0x12, 0x6a, 0x01, 0x0a, 0x0b,
        0x0b, 0x00, 0x00, 0x90, 0x4a, 0x05, 0x00, 0x11,
        0x6b, 0x01, 0x40, 0xf9, 0x0a, 0x01, 0x00, 0xb9,
        0xa8, 0x8e, 0x5f, 0xf8, 0x68, 0x59, 0x29, 0xf8,
    };
    // 0: &PyGlobal_Counter+0x0
    // 8: OPARG
    // 10: &PyGlobal_Table+0x0
    patch_64(data + 0x0, (uintptr_t)&PyGlobal_Counter);
    patch_64(data + 0x8, instruction->oparg);
    patch_64(data + 0x10, (uintptr_t)&PyGlobal_Table);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_21rx(code + 0x4, (uintptr_t)data + 0x8);
    patch_aarch64_12x(code + 0x8, (uintptr_t)data);
    patch_aarch64_12x(code + 0xc, (uintptr_t)data + 0x8);
    patch_aarch64_21rx(code + 0x20, (uintptr_t)data + 0x10);
    patch_aarch64_12x(code + 0x28, (uintptr_t)data + 0x10);
}

void
emit__SWAP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000000:  R_AARCH64_ADR_GOT_PAGE       _JIT_OPARG
    // 4: 92800029      mov     x9, #-0x2               // =-2
    // 8: f9400108      ldr     x8, [x8]
    // 0000000000000008:  R_AARCH64_LD64_GOT_LO12_NC   _JIT_OPARG
    // c: f85f82aa      ldur    x10, [x21, #-0x8]
    // 10: 92400108      and     x8, x8, #0x1
    // 14: cb080128      sub     x8, x9, x8
    // 18: f8687aa9      ldr     x9, [x21, x8, lsl #3]
    // 1c: f81f82a9      stur    x9, [x21, #-0x8]
    // 20: f8287aaa      str     x10, [x21, x8, lsl #3]
    // 24: 14000000      b       0x24 <_JIT_ENTRY+0x24>
    // 0000000000000024:  R_AARCH64_JUMP26     _JIT_CONTINUE
    const unsigned char code_body[40] = {
        0x08, 0x00, 0x00, 0x90, 0x29, 0x00, 0x80, 0x92,
        0x08, 0x01, 0x40, 0xf9, 0xaa, 0x82, 0x5f, 0xf8,
        0x08, 0x01, 0x40, 0x92, 0x28, 0x01, 0x08, 0xcb,
        0xa9, 0x7a, 0x68, 0xf8, 0xa9, 0x82, 0x1f, 0xf8,
        0xaa, 0x7a, 0x28, 0xf8, 0x1f, 0x20, 0x03, 0xd5,
    };
    // 0: OPARG
    patch_64(data + 0x0, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x0, (uintptr_t)data);
    patch_aarch64_12x(code + 0x8, (uintptr_t)data);
}

void
emit__TO_BOOL_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: a9bf7bfd      stp     x29, x30, [sp, #-0x10]!
    // 4: 90000008      adrp    x8, 0x0 <_JIT_ENTRY>
    // 0000000000000004:  R_AARCH64_ADR_GOT_PAGE       PyEggs_Check
    // 8: f85f82a0      ldur    x0, [x21, #-0x8]
    // c: 910003fd      mov     x29, sp
    // 10: f9400108      ldr     x8, [x8]
    // 0000000000000010:  R_AARCH64_LD64_GOT_LO12_NC   PyEggs_Check
    // 14: d63f0100      blr     x8
    // 18: 37f800e0      tbnz    w0, #0x1f, 0x34 <_JIT_ENTRY+0x34>
    // 1c: 7100001f      cmp     w0, #0x0
    // 20: 52800208      mov     w8, #0x10               // =16
    // 24: 9a880508      cinc    x8, x8, ne
    // 28: f81f82a8      stur    x8, [x21, #-0x8]
    // 2c: a8c17bfd      ldp     x29, x30, [sp], #0x10
    // 30: 14000000      b       0x30 <_JIT_ENTRY+0x30>
    // 0000000000000030:  R_AARCH64_JUMP26     _JIT_CONTINUE
    // 34: a8c17bfd      ldp     x29, x30, [sp], #0x10
    // 38: 14000000      b       0x38 <_JIT_ENTRY+0x38>
    // 0000000000000038:  R_AARCH64_JUMP26     _JIT_ERROR_TARGET
    const unsigned char code_body[64] = {
        0xfd, 0x7b, 0xbf, 0xa9, 0x08, 0x00, 0x00, 0x90,
        0xa0, 0x82, 0x5f, 0xf8, 0xfd, 0x03, 0x00, 0x91,
        0x08, 0x01, 0x40, 0xf9, 0x00, 0x01, 0x3f, 0xd6,
        0xe0, 0x00, 0xf8, 0x37, 0x1f, 0x00, 0x00, 0x71,
        0x08, 0x02, 0x80, 0x52, 0x08, 0x05, 0x88, 0x9a,
        0xa8, 0x82, 0x1f, 0xf8, 0xfd, 0x7b, 0xc1, 0xa8,
        0x00, 0x00, 0x00, 0x14, 0xfd, 0x7b, 0xc1, 0xa8,
        0x00, 0x00, 0x00, 0x14, 0x1f, 0x20, 0x03, 0xd5,
    };
    // 0: &PyEggs_Check+0x0
    patch_64(data + 0x0, (uintptr_t)&PyEggs_Check);
    memcpy(code, code_body, sizeof(code_body));
    patch_aarch64_21rx(code + 0x4, (uintptr_t)data);
    patch_aarch64_12x(code + 0x10, (uintptr_t)data);
    patch_aarch64_26r(code + 0x30, (uintptr_t)code + sizeof(code_body));
    patch_aarch64_26r(code + 0x38, state->instruction_starts[instruction->error_target]);
}

static_assert(SYMBOL_MASK_WORDS >= 1, "SYMBOL_MASK_WORDS too small");

typedef struct {
    void (*emit)(
        unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
        const _PyUOpInstruction *instruction, jit_state *state);
    size_t code_size;
    size_t data_size;
    symbol_mask trampoline_mask;
} StencilGroup;

static const StencilGroup shim = {emit_shim, 144, 0, {0}};

static const StencilGroup stencil_groups[MAX_UOP_ID + 1] = {
    [_BINARY_OP] = {emit__BINARY_OP, 136, 16, {0}},
    [_BINARY_OP_ADD_INT] = {emit__BINARY_OP_ADD_INT, 80, 8, {0}},
    [_BINARY_OP_MULTIPLY_INT] = {emit__BINARY_OP_MULTIPLY_INT, 48, 0, {0}},
    [_BINARY_OP_SUBTRACT_INT] = {emit__BINARY_OP_SUBTRACT_INT, 40, 0, {0}},
    [_BUILD_SUM] = {emit__BUILD_SUM, 64, 8, {0}},
    [_CALL_BUILTIN_FAST] = {emit__CALL_BUILTIN_FAST, 80, 16, {0}},
    [_CHECK_FUNCTION_VERSION] = {emit__CHECK_FUNCTION_VERSION, 48, 16, {0}},
    [_CHECK_STACK_SPACE] = {emit__CHECK_STACK_SPACE, 32, 8, {0}},
    [_CHECK_VALIDITY] = {emit__CHECK_VALIDITY, 24, 8, {0}},
    [_COMPARE_OP_INT] = {emit__COMPARE_OP_INT, 72, 8, {0}},
    [_COPY] = {emit__COPY, 56, 16, {0}},
    [_DEOPT] = {emit__DEOPT, 16, 8, {0}},
    [_EXIT_TRACE] = {emit__EXIT_TRACE, 40, 16, {0}},
    [_FATAL_ERROR] = {emit__FATAL_ERROR, 40, 16, {0}},
    [_GUARD_IS_FALSE_POP] = {emit__GUARD_IS_FALSE_POP, 24, 0, {0}},
    [_GUARD_IS_TRUE_POP] = {emit__GUARD_IS_TRUE_POP, 24, 0, {0}},
    [_GUARD_NOS_NOT_NULL] = {emit__GUARD_NOS_NOT_NULL, 16, 0, {0}},
    [_JUMP_TO_TOP] = {emit__JUMP_TO_TOP, 16, 0, {0}},
    [_LOAD_CONST_INLINE] = {emit__LOAD_CONST_INLINE, 16, 8, {0}},
    [_LOAD_CONST_INLINE_BORROW] = {emit__LOAD_CONST_INLINE_BORROW, 24, 16, {0}},
    [_LOAD_FAST] = {emit__LOAD_FAST, 24, 8, {0}},
    [_LOAD_GLOBAL_BUILTIN] = {emit__LOAD_GLOBAL_BUILTIN, 40, 16, {0}},
    [_LOAD_SMALL_INT] = {emit__LOAD_SMALL_INT, 32, 72, {0}},
    [_MAKE_WARM] = {emit__MAKE_WARM, 32, 8, {0}},
    [_NOP] = {emit__NOP, 0, 0, {0}},
    [_POP_TOP] = {emit__POP_TOP, 32, 8, {0}},
    [_RESUME_CHECK] = {emit__RESUME_CHECK, 64, 8, {0}},
    [_SET_IP] = {emit__SET_IP, 16, 8, {0}},
    [_START_EXECUTOR] = {emit__START_EXECUTOR, 48, 16, {0}},
    [_STORE_FAST] = {emit__STORE_FAST, 24, 8, {0}},
    [_STORE_GLOBAL_COUNTER] = {emit__STORE_GLOBAL_COUNTER, 56, 24, {0}},
    [_SWAP] = {emit__SWAP, 40, 8, {0}},
    [_TO_BOOL_INT] = {emit__TO_BOOL_INT, 64, 8, {0}},
};

static const void * const symbols_map[1] = {
    0
};
