void
emit_trampoline(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 41 57                         pushq   %r15
    // 2: 41 56                         pushq   %r14
    // 4: 41 55                         pushq   %r13
    // 6: 41 54                         pushq   %r12
    // 8: 56                            pushq   %rsi
    // 9: 57                            pushq   %rdi
    // a: 55                            pushq   %rbp
    // b: 53                            pushq   %rbx
    // c: 48 81 ec a8 00 00 00          subq    $0xa8, %rsp
    // 13: 44 0f 29 bc 24 90 00 00 00    movaps  %xmm15, 0x90(%rsp)
    // 1c: 44 0f 29 b4 24 80 00 00 00    movaps  %xmm14, 0x80(%rsp)
    // 25: 44 0f 29 6c 24 70             movaps  %xmm13, 0x70(%rsp)
    // 2b: 44 0f 29 64 24 60             movaps  %xmm12, 0x60(%rsp)
    // 31: 44 0f 29 5c 24 50             movaps  %xmm11, 0x50(%rsp)
    // 37: 44 0f 29 54 24 40             movaps  %xmm10, 0x40(%rsp)
    // 3d: 44 0f 29 4c 24 30             movaps  %xmm9, 0x30(%rsp)
    // 43: 44 0f 29 44 24 20             movaps  %xmm8, 0x20(%rsp)
    // 49: 0f 29 7c 24 10                movaps  %xmm7, 0x10(%rsp)
    // 4e: 0f 29 34 24                   movaps  %xmm6, (%rsp)
    // 52: 4c 89 c5                      movq    %r8, %rbp
    // 55: 41 ff 40 24                   incl    0x24(%r8)
    // 59: 49 89 cc                      movq    %rcx, %r12
    // 5c: 49 89 d5                      movq    %rdx, %r13
    // 5f: 4d 89 c6                      movq    %r8, %r14
    // 62: ff 15 00 00 00 00             callq   *(%rip)                 # 0x68 <_JIT_ENTRY+0x68>
    // 0000000000000064:  IMAGE_REL_AMD64_REL32        __imp__JIT_CONTINUE
    // 68: ff 4d 24                      decl    0x24(%rbp)
    // 6b: 0f 28 34 24                   movaps  (%rsp), %xmm6
    // 6f: 0f 28 7c 24 10                movaps  0x10(%rsp), %xmm7
    // 74: 44 0f 28 44 24 20             movaps  0x20(%rsp), %xmm8
    // 7a: 44 0f 28 4c 24 30             movaps  0x30(%rsp), %xmm9
    // 80: 44 0f 28 54 24 40             movaps  0x40(%rsp), %xmm10
    // 86: 44 0f 28 5c 24 50             movaps  0x50(%rsp), %xmm11
    // 8c: 44 0f 28 64 24 60             movaps  0x60(%rsp), %xmm12
    // 92: 44 0f 28 6c 24 70             movaps  0x70(%rsp), %xmm13
    // 98: 44 0f 28 b4 24 80 00 00 00    movaps  0x80(%rsp), %xmm14
    // a1: 44 0f 28 bc 24 90 00 00 00    movaps  0x90(%rsp), %xmm15
    // aa: 48 81 c4 a8 00 00 00          addq    $0xa8, %rsp
    // b1: 5b                            popq    %rbx
    // b2: 5d                            popq    %rbp
    // b3: 5f                            popq    %rdi
    // b4: 5e                            popq    %rsi
    // b5: 41 5c                         popq    %r12
    // b7: 41 5d                         popq    %r13
    // b9: 41 5e                         popq    %r14
    // bb: 41 5f                         popq    %r15
    // bd: c3                            retq
    const unsigned char code_body[190] = {
        0x41, 0x57, 0x41, 0x56, 0x41, 0x55, 0x41, 0x54,
        0x56, 0x57, 0x55, 0x53, 0x48, 0x81, 0xec, 0xa8,
        0x00, 0x00, 0x00, 0x44, 0x0f, 0x29, 0xbc, 0x24,
        0x90, 0x00, 0x00, 0x00, 0x44, 0x0f, 0x29, 0xb4,
        0x24, 0x80, 0x00, 0x00, 0x00, 0x44, 0x0f, 0x29,
        0x6c, 0x24, 0x70, 0x44, 0x0f, 0x29, 0x64, 0x24,
        0x60, 0x44, 0x0f, 0x29, 0x5c, 0x24, 0x50, 0x44,
        0x0f, 0x29, 0x54, 0x24, 0x40, 0x44, 0x0f, 0x29,
        0x4c, 0x24, 0x30, 0x44, 0x0f, 0x29, 0x44, 0x24,
        0x20, 0x0f, 0x29, 0x7c, 0x24, 0x10, 0x0f, 0x29,
        0x34, 0x24, 0x4c, 0x89, 0xc5, 0x41, 0xff, 0x40,
        0x24, 0x49, 0x89, 0xcc, 0x49, 0x89, 0xd5, 0x4d,
        0x89, 0xc6, 0xff, 0x15, 0x00, 0x00, 0x00, 0x00,
        0xff, 0x4d, 0x24, 0x0f, 0x28, 0x34, 0x24, 0x0f,
        0x28, 0x7c, 0x24, 0x10, 0x44, 0x0f, 0x28, 0x44,
        0x24, 0x20, 0x44, 0x0f, 0x28, 0x4c, 0x24, 0x30,
        0x44, 0x0f, 0x28, 0x54, 0x24, 0x40, 0x44, 0x0f,
        0x28, 0x5c, 0x24, 0x50, 0x44, 0x0f, 0x28, 0x64,
        0x24, 0x60, 0x44, 0x0f, 0x28, 0x6c, 0x24, 0x70,
        0x44, 0x0f, 0x28, 0xb4, 0x24, 0x80, 0x00, 0x00,
        0x00, 0x44, 0x0f, 0x28, 0xbc, 0x24, 0x90, 0x00,
        0x00, 0x00, 0x48, 0x81, 0xc4, 0xa8, 0x00, 0x00,
        0x00, 0x5b, 0x5d, 0x5f, 0x5e, 0x41, 0x5c, 0x41,
        0x5d, 0x41, 0x5e, 0x41, 0x5f, 0xc3,
    };
    // 0: CONTINUE
    const unsigned char data_body[8] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, (uintptr_t)code + sizeof(code_body));
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x64, (uintptr_t)data + -0x4);
}

void
emit__BINARY_OP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 48 83 ec 28                   subq    $0x28, %rsp
    // 4: 49 8b 4d f0                   movq    -0x10(%r13), %rcx
    // 8: 49 8b 45 f8                   movq    -0x8(%r13), %rax
    // c: 48 8b 15 00 00 00 00          movq    (%rip), %rdx            # 0x13 <_JIT_ENTRY+0x13>
    // 000000000000000f:  IMAGE_REL_AMD64_REL32        __imp__JIT_OPARG
    // 13: 66 83 fa 02                   cmpw    $0x2, %dx
    // 17: 74 3b                         je      0x54 <_JIT_ENTRY+0x54>
    // 19: 0f b7 d2                      movzwl  %dx, %edx
    // 1c: 83 fa 01                      cmpl    $0x1, %edx
    // 1f: 74 1a                         je      0x3b <_JIT_ENTRY+0x3b>
    // 21: 85 d2                         testl   %edx, %edx
    // 23: 75 45                         jne     0x6a <_JIT_ENTRY+0x6a>
    // 25: 48 01 c8                      addq    %rcx, %rax
    // 28: 49 89 45 f0                   movq    %rax, -0x10(%r13)
    // 2c: 49 83 c5 f8                   addq    $-0x8, %r13
    // 30: 48 83 c4 28                   addq    $0x28, %rsp
    // 34: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x3b <_JIT_ENTRY+0x3b>
    // 0000000000000037:  IMAGE_REL_AMD64_REL32        __imp__JIT_CONTINUE
    // 3b: 48 29 c1                      subq    %rax, %rcx
    // 3e: 48 89 c8                      movq    %rcx, %rax
    // 41: 49 89 45 f0                   movq    %rax, -0x10(%r13)
    // 45: 49 83 c5 f8                   addq    $-0x8, %r13
    // 49: 48 83 c4 28                   addq    $0x28, %rsp
    // 4d: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x54 <_JIT_ENTRY+0x54>
    // 0000000000000050:  IMAGE_REL_AMD64_REL32        __imp__JIT_CONTINUE
    // 54: 48 21 c8                      andq    %rcx, %rax
    // 57: 49 89 45 f0                   movq    %rax, -0x10(%r13)
    // 5b: 49 83 c5 f8                   addq    $-0x8, %r13
    // 5f: 48 83 c4 28                   addq    $0x28, %rsp
    // 63: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x6a <_JIT_ENTRY+0x6a>
    // 0000000000000066:  IMAGE_REL_AMD64_REL32        __imp__JIT_CONTINUE
    // 6a: 44 0f b7 05 00 00 00 00       movzwl  (%rip), %r8d            # 0x72 <_JIT_ENTRY+0x72>
    // 000000000000006e:  IMAGE_REL_AMD64_REL32        __imp__JIT_OPARG
    // 72: 48 89 c2                      movq    %rax, %rdx
    // 75: ff 15 00 00 00 00             callq   *(%rip)                 # 0x7b <_JIT_ENTRY+0x7b>
    // 0000000000000077:  IMAGE_REL_AMD64_REL32        __imp_PySpam_BinaryOp
    // 7b: 48 85 c0                      testq   %rax, %rax
    // 7e: 75 a8                         jne     0x28 <_JIT_ENTRY+0x28>
    // 80: 48 83 c4 28                   addq    $0x28, %rsp
    // 84: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x8b <_JIT_ENTRY+0x8b>
    // 0000000000000087:  IMAGE_REL_AMD64_REL32        __imp__JIT_ERROR_TARGET
    const unsigned char code_body[139] = {
        0x48, 0x83, 0xec, 0x28, 0x49, 0x8b, 0x4d, 0xf0,
        0x49, 0x8b, 0x45, 0xf8, 0x48, 0x8b, 0x15, 0x00,
        0x00, 0x00, 0x00, 0x66, 0x83, 0xfa, 0x02, 0x74,
        0x3b, 0x0f, 0xb7, 0xd2, 0x83, 0xfa, 0x01, 0x74,
        0x1a, 0x85, 0xd2, 0x75, 0x45, 0x48, 0x01, 0xc8,
        0x49, 0x89, 0x45, 0xf0, 0x49, 0x83, 0xc5, 0xf8,
        0x48, 0x83, 0xc4, 0x28, 0x48, 0xff, 0x25, 0x00,
        0x00, 0x00, 0x00, 0x48, 0x29, 0xc1, 0x48, 0x89,
        0xc8, 0x49, 0x89, 0x45, 0xf0, 0x49, 0x83, 0xc5,
        0xf8, 0x48, 0x83, 0xc4, 0x28, 0x48, 0xff, 0x25,
        0x00, 0x00, 0x00, 0x00, 0x48, 0x21, 0xc8, 0x49,
        0x89, 0x45, 0xf0, 0x49, 0x83, 0xc5, 0xf8, 0x48,
        0x83, 0xc4, 0x28, 0x48, 0xff, 0x25, 0x00, 0x00,
        0x00, 0x00, 0x44, 0x0f, 0xb7, 0x05, 0x00, 0x00,
        0x00, 0x00, 0x48, 0x89, 0xc2, 0xff, 0x15, 0x00,
        0x00, 0x00, 0x00, 0x48, 0x85, 0xc0, 0x75, 0xa8,
        0x48, 0x83, 0xc4, 0x28, 0x48, 0xff, 0x25, 0x00,
        0x00, 0x00, 0x00,
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
    patch_x86_64_32rx(code + 0xf, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0x37, (uintptr_t)data + 0x4);
    patch_x86_64_32rx(code + 0x50, (uintptr_t)data + 0x4);
    patch_x86_64_32rx(code + 0x66, (uintptr_t)data + 0x4);
    patch_x86_64_32rx(code + 0x6e, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0x77, (uintptr_t)data + 0xc);
    patch_x86_64_32rx(code + 0x87, (uintptr_t)data + 0x14);
}

void
emit__BINARY_OP_ADD_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 48 83 ec 28                   subq    $0x28, %rsp
    // 4: 49 8b 4d f0                   movq    -0x10(%r13), %rcx
    // 8: 49 8b 55 f8                   movq    -0x8(%r13), %rdx
    // c: 4c 8d 44 24 20                leaq    0x20(%rsp), %r8
    // 11: ff 15 00 00 00 00             callq   *(%rip)                 # 0x17 <_JIT_ENTRY+0x17>
    // 0000000000000013:  IMAGE_REL_AMD64_REL32        __imp_PySpam_Add
    // 17: 85 c0                         testl   %eax, %eax
    // 19: 78 18                         js      0x33 <_JIT_ENTRY+0x33>
    // 1b: 48 8b 44 24 20                movq    0x20(%rsp), %rax
    // 20: 49 89 45 f0                   movq    %rax, -0x10(%r13)
    // 24: 49 83 c5 f8                   addq    $-0x8, %r13
    // 28: 48 83 c4 28                   addq    $0x28, %rsp
    // 2c: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x33 <_JIT_ENTRY+0x33>
    // 000000000000002f:  IMAGE_REL_AMD64_REL32        __imp__JIT_CONTINUE
    // 33: 48 83 c4 28                   addq    $0x28, %rsp
    // 37: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x3e <_JIT_ENTRY+0x3e>
    // 000000000000003a:  IMAGE_REL_AMD64_REL32        __imp__JIT_ERROR_TARGET
    const unsigned char code_body[62] = {
        0x48, 0x83, 0xec, 0x28, 0x49, 0x8b, 0x4d, 0xf0,
        0x49, 0x8b, 0x55, 0xf8, 0x4c, 0x8d, 0x44, 0x24,
        0x20, 0xff, 0x15, 0x00, 0x00, 0x00, 0x00, 0x85,
        0xc0, 0x78, 0x18, 0x48, 0x8b, 0x44, 0x24, 0x20,
        0x49, 0x89, 0x45, 0xf0, 0x49, 0x83, 0xc5, 0xf8,
        0x48, 0x83, 0xc4, 0x28, 0x48, 0xff, 0x25, 0x00,
        0x00, 0x00, 0x00, 0x48, 0x83, 0xc4, 0x28, 0x48,
        0xff, 0x25, 0x00, 0x00, 0x00, 0x00,
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
    patch_x86_64_32rx(code + 0x13, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0x2f, (uintptr_t)data + 0x4);
    patch_x86_64_32rx(code + 0x3a, (uintptr_t)data + 0xc);
}

void
emit__BINARY_OP_MULTIPLY_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 41 8b 45 f0                   movl    -0x10(%r13), %eax
    // 4: 41 0f af 45 f8                imull   -0x8(%r13), %eax
    // 9: 71 07                         jno     0x12 <_JIT_ENTRY+0x12>
    // b: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x12 <_JIT_ENTRY+0x12>
    // 000000000000000e:  IMAGE_REL_AMD64_REL32        __imp__JIT_JUMP_TARGET
    // 12: 48 98                         cltq
    // 14: 49 89 45 f0                   movq    %rax, -0x10(%r13)
    // 18: 49 83 c5 f8                   addq    $-0x8, %r13
    // 1c: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x23 <_JIT_ENTRY+0x23>
    // 000000000000001f:  IMAGE_REL_AMD64_REL32        __imp__JIT_CONTINUE
    const unsigned char code_body[28] = {
        0x41, 0x8b, 0x45, 0xf0, 0x41, 0x0f, 0xaf, 0x45,
        0xf8, 0x71, 0x07, 0x48, 0xff, 0x25, 0x00, 0x00,
        0x00, 0x00, 0x48, 0x98, 0x49, 0x89, 0x45, 0xf0,
        0x49, 0x83, 0xc5, 0xf8,
    };
    // 0: JUMP_TARGET
    const unsigned char data_body[8] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction_starts[instruction->jump_target]);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0xe, (uintptr_t)data + -0x4);
}

void
emit__BINARY_OP_SUBTRACT_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 49 8b 45 f0                   movq    -0x10(%r13), %rax
    // 4: 49 2b 45 f8                   subq    -0x8(%r13), %rax
    // 8: 71 07                         jno     0x11 <_JIT_ENTRY+0x11>
    // a: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x11 <_JIT_ENTRY+0x11>
    // 000000000000000d:  IMAGE_REL_AMD64_REL32        __imp__JIT_JUMP_TARGET
    // 11: 49 89 45 f0                   movq    %rax, -0x10(%r13)
    // 15: 49 83 c5 f8                   addq    $-0x8, %r13
    // 19: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x20 <_JIT_ENTRY+0x20>
    // 000000000000001c:  IMAGE_REL_AMD64_REL32        __imp__JIT_CONTINUE
    const unsigned char code_body[25] = {
        0x49, 0x8b, 0x45, 0xf0, 0x49, 0x2b, 0x45, 0xf8,
        0x71, 0x07, 0x48, 0xff, 0x25, 0x00, 0x00, 0x00,
        0x00, 0x49, 0x89, 0x45, 0xf0, 0x49, 0x83, 0xc5,
        0xf8,
    };
    // 0: JUMP_TARGET
    const unsigned char data_body[8] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction_starts[instruction->jump_target]);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0xd, (uintptr_t)data + -0x4);
}

void
emit__BUILD_SUM(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 48 8b 0d 00 00 00 00          movq    (%rip), %rcx            # 0x7 <_JIT_ENTRY+0x7>
    // 0000000000000003:  IMAGE_REL_AMD64_REL32        __imp__JIT_OPARG
    // 7: 49 8b 45 f8                   movq    -0x8(%r13), %rax
    // b: f6 c1 03                      testb   $0x3, %cl
    // e: 74 1c                         je      0x2c <_JIT_ENTRY+0x2c>
    // 10: 83 e1 03                      andl    $0x3, %ecx
    // 13: 48 ff c1                      incq    %rcx
    // 16: 49 03 45 f0                   addq    -0x10(%r13), %rax
    // 1a: 83 f9 02                      cmpl    $0x2, %ecx
    // 1d: 74 0d                         je      0x2c <_JIT_ENTRY+0x2c>
    // 1f: 49 03 45 e8                   addq    -0x18(%r13), %rax
    // 23: 83 f9 03                      cmpl    $0x3, %ecx
    // 26: 74 04                         je      0x2c <_JIT_ENTRY+0x2c>
    // 28: 49 03 45 e0                   addq    -0x20(%r13), %rax
    // 2c: 0f b7 0d 00 00 00 00          movzwl  (%rip), %ecx            # 0x33 <_JIT_ENTRY+0x33>
    // 000000000000002f:  IMAGE_REL_AMD64_REL32        __imp__JIT_OPARG
    // 33: 83 e1 03                      andl    $0x3, %ecx
    // 36: ff c1                         incl    %ecx
    // 38: c1 e1 03                      shll    $0x3, %ecx
    // 3b: 49 29 cd                      subq    %rcx, %r13
    // 3e: 49 89 45 00                   movq    %rax, (%r13)
    // 42: 49 83 c5 08                   addq    $0x8, %r13
    // 46: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x4d <_JIT_ENTRY+0x4d>
    // 0000000000000049:  IMAGE_REL_AMD64_REL32        __imp__JIT_CONTINUE
    const unsigned char code_body[70] = {
        0x48, 0x8b, 0x0d, 0x00, 0x00, 0x00, 0x00, 0x49,
        0x8b, 0x45, 0xf8, 0xf6, 0xc1, 0x03, 0x74, 0x1c,
        0x83, 0xe1, 0x03, 0x48, 0xff, 0xc1, 0x49, 0x03,
        0x45, 0xf0, 0x83, 0xf9, 0x02, 0x74, 0x0d, 0x49,
        0x03, 0x45, 0xe8, 0x83, 0xf9, 0x03, 0x74, 0x04,
        0x49, 0x03, 0x45, 0xe0, 0x0f, 0xb7, 0x0d, 0x00,
        0x00, 0x00, 0x00, 0x83, 0xe1, 0x03, 0xff, 0xc1,
        0xc1, 0xe1, 0x03, 0x49, 0x29, 0xcd, 0x49, 0x89,
        0x45, 0x00, 0x49, 0x83, 0xc5, 0x08,
    };
    // 0: OPARG
    const unsigned char data_body[8] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x3, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0x2f, (uintptr_t)data + -0x4);
}

void
emit__CALL_BUILTIN_FAST(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 48 83 ec 28                   subq    $0x28, %rsp
    // 4: 44 8b 05 00 00 00 00          movl    (%rip), %r8d            # 0xb <_JIT_ENTRY+0xb>
    // 0000000000000007:  IMAGE_REL_AMD64_REL32        __imp__JIT_OPARG
    // b: 41 83 e0 03                   andl    $0x3, %r8d
    // f: 42 8d 04 c5 00 00 00 00       leal    (,%r8,8), %eax
    // 17: 4c 89 ee                      movq    %r13, %rsi
    // 1a: 48 29 c6                      subq    %rax, %rsi
    // 1d: 4c 89 e1                      movq    %r12, %rcx
    // 20: 48 89 f2                      movq    %rsi, %rdx
    // 23: ff 15 00 00 00 00             callq   *(%rip)                 # 0x29 <_JIT_ENTRY+0x29>
    // 0000000000000025:  IMAGE_REL_AMD64_REL32        __imp_PySpam_Call3
    // 29: 48 85 c0                      testq   %rax, %rax
    // 2c: 74 15                         je      0x43 <_JIT_ENTRY+0x43>
    // 2e: 48 89 06                      movq    %rax, (%rsi)
    // 31: 48 83 c6 08                   addq    $0x8, %rsi
    // 35: 49 89 f5                      movq    %rsi, %r13
    // 38: 48 83 c4 28                   addq    $0x28, %rsp
    // 3c: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x43 <_JIT_ENTRY+0x43>
    // 000000000000003f:  IMAGE_REL_AMD64_REL32        __imp__JIT_CONTINUE
    // 43: 48 83 c4 28                   addq    $0x28, %rsp
    // 47: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x4e <_JIT_ENTRY+0x4e>
    // 000000000000004a:  IMAGE_REL_AMD64_REL32        __imp__JIT_ERROR_TARGET
    const unsigned char code_body[78] = {
        0x48, 0x83, 0xec, 0x28, 0x44, 0x8b, 0x05, 0x00,
        0x00, 0x00, 0x00, 0x41, 0x83, 0xe0, 0x03, 0x42,
        0x8d, 0x04, 0xc5, 0x00, 0x00, 0x00, 0x00, 0x4c,
        0x89, 0xee, 0x48, 0x29, 0xc6, 0x4c, 0x89, 0xe1,
        0x48, 0x89, 0xf2, 0xff, 0x15, 0x00, 0x00, 0x00,
        0x00, 0x48, 0x85, 0xc0, 0x74, 0x15, 0x48, 0x89,
        0x06, 0x48, 0x83, 0xc6, 0x08, 0x49, 0x89, 0xf5,
        0x48, 0x83, 0xc4, 0x28, 0x48, 0xff, 0x25, 0x00,
        0x00, 0x00, 0x00, 0x48, 0x83, 0xc4, 0x28, 0x48,
        0xff, 0x25, 0x00, 0x00, 0x00, 0x00,
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
    patch_x86_64_32rx(code + 0x7, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0x25, (uintptr_t)data + 0x4);
    patch_x86_64_32rx(code + 0x3f, (uintptr_t)data + 0xc);
    patch_x86_64_32rx(code + 0x4a, (uintptr_t)data + 0x14);
}

void
emit__CHECK_FUNCTION_VERSION(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 41 8b 44 24 14                movl    0x14(%r12), %eax
    // 5: 3b 05 00 00 00 00             cmpl    (%rip), %eax            # 0xb <_JIT_ENTRY+0xb>
    // 0000000000000007:  IMAGE_REL_AMD64_REL32        __imp__JIT_OPERAND0
    // b: 75 15                         jne     0x22 <_JIT_ENTRY+0x22>
    // d: 49 8b 44 24 20                movq    0x20(%r12), %rax
    // 12: 48 3b 05 00 00 00 00          cmpq    (%rip), %rax            # 0x19 <_JIT_ENTRY+0x19>
    // 0000000000000015:  IMAGE_REL_AMD64_REL32        __imp__JIT_OPERAND1
    // 19: 75 07                         jne     0x22 <_JIT_ENTRY+0x22>
    // 1b: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x22 <_JIT_ENTRY+0x22>
    // 000000000000001e:  IMAGE_REL_AMD64_REL32        __imp__JIT_CONTINUE
    // 22: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x29 <_JIT_ENTRY+0x29>
    // 0000000000000025:  IMAGE_REL_AMD64_REL32        __imp__JIT_JUMP_TARGET
    const unsigned char code_body[41] = {
        0x41, 0x8b, 0x44, 0x24, 0x14, 0x3b, 0x05, 0x00,
        0x00, 0x00, 0x00, 0x75, 0x15, 0x49, 0x8b, 0x44,
        0x24, 0x20, 0x48, 0x3b, 0x05, 0x00, 0x00, 0x00,
        0x00, 0x75, 0x07, 0x48, 0xff, 0x25, 0x00, 0x00,
        0x00, 0x00, 0x48, 0xff, 0x25, 0x00, 0x00, 0x00,
        0x00,
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
    patch_x86_64_32rx(code + 0x7, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0x15, (uintptr_t)data + 0x4);
    patch_x86_64_32rx(code + 0x1e, (uintptr_t)data + 0xc);
    patch_x86_64_32rx(code + 0x25, (uintptr_t)data + 0x14);
}

void
emit__CHECK_STACK_SPACE(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 0f b7 05 00 00 00 00          movzwl  (%rip), %eax            # 0x7 <_JIT_ENTRY+0x7>
    // 0000000000000003:  IMAGE_REL_AMD64_REL32        __imp__JIT_OPARG
    // 7: 83 e0 0f                      andl    $0xf, %eax
    // a: ff c0                         incl    %eax
    // c: 41 39 46 1c                   cmpl    %eax, 0x1c(%r14)
    // 10: 73 07                         jae     0x19 <_JIT_ENTRY+0x19>
    // 12: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x19 <_JIT_ENTRY+0x19>
    // 0000000000000015:  IMAGE_REL_AMD64_REL32        __imp__JIT_JUMP_TARGET
    // 19: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x20 <_JIT_ENTRY+0x20>
    // 000000000000001c:  IMAGE_REL_AMD64_REL32        __imp__JIT_CONTINUE
    const unsigned char code_body[25] = {
        0x0f, 0xb7, 0x05, 0x00, 0x00, 0x00, 0x00, 0x83,
        0xe0, 0x0f, 0xff, 0xc0, 0x41, 0x39, 0x46, 0x1c,
        0x73, 0x07, 0x48, 0xff, 0x25, 0x00, 0x00, 0x00,
        0x00,
    };
    // 0: OPARG
    // 8: JUMP_TARGET
    const unsigned char data_body[16] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->oparg);
    patch_64(data + 0x8, instruction_starts[instruction->jump_target]);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x3, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0x15, (uintptr_t)data + 0x4);
}

void
emit__CHECK_VALIDITY(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 48 8b 05 00 00 00 00          movq    (%rip), %rax            # 0x7 <_JIT_ENTRY+0x7>
    // 0000000000000003:  IMAGE_REL_AMD64_REL32        __imp__JIT_EXECUTOR
    // 7: 83 78 08 00                   cmpl    $0x0, 0x8(%rax)
    // b: 74 07                         je      0x14 <_JIT_ENTRY+0x14>
    // d: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x14 <_JIT_ENTRY+0x14>
    // 0000000000000010:  IMAGE_REL_AMD64_REL32        __imp__JIT_CONTINUE
    // 14: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x1b <_JIT_ENTRY+0x1b>
    // 0000000000000017:  IMAGE_REL_AMD64_REL32        __imp__JIT_JUMP_TARGET
    const unsigned char code_body[27] = {
        0x48, 0x8b, 0x05, 0x00, 0x00, 0x00, 0x00, 0x83,
        0x78, 0x08, 0x00, 0x74, 0x07, 0x48, 0xff, 0x25,
        0x00, 0x00, 0x00, 0x00, 0x48, 0xff, 0x25, 0x00,
        0x00, 0x00, 0x00,
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
    patch_x86_64_32rx(code + 0x3, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0x10, (uintptr_t)data + 0x4);
    patch_x86_64_32rx(code + 0x17, (uintptr_t)data + 0xc);
}

void
emit__COMPARE_OP_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 49 8b 4d f0                   movq    -0x10(%r13), %rcx
    // 4: 49 8b 55 f8                   movq    -0x8(%r13), %rdx
    // 8: 49 8d 45 f8                   leaq    -0x8(%r13), %rax
    // c: 8b 35 00 00 00 00             movl    (%rip), %esi            # 0x12 <_JIT_ENTRY+0x12>
    // 000000000000000e:  IMAGE_REL_AMD64_REL32        __imp__JIT_OPARG
    // 12: 83 e6 03                      andl    $0x3, %esi
    // 15: 66 83 fe 01                   cmpw    $0x1, %si
    // 19: 74 0c                         je      0x27 <_JIT_ENTRY+0x27>
    // 1b: 85 f6                         testl   %esi, %esi
    // 1d: 75 10                         jne     0x2f <_JIT_ENTRY+0x2f>
    // 1f: 48 39 d1                      cmpq    %rdx, %rcx
    // 22: 0f 9c c1                      setl    %cl
    // 25: eb 0e                         jmp     0x35 <_JIT_ENTRY+0x35>
    // 27: 48 39 d1                      cmpq    %rdx, %rcx
    // 2a: 0f 94 c1                      sete    %cl
    // 2d: eb 06                         jmp     0x35 <_JIT_ENTRY+0x35>
    // 2f: 48 39 d1                      cmpq    %rdx, %rcx
    // 32: 0f 95 c1                      setne   %cl
    // 35: 0f b6 c9                      movzbl  %cl, %ecx
    // 38: 48 83 c9 10                   orq     $0x10, %rcx
    // 3c: 49 89 4d f0                   movq    %rcx, -0x10(%r13)
    // 40: 49 89 c5                      movq    %rax, %r13
    // 43: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x4a <_JIT_ENTRY+0x4a>
    // 0000000000000046:  IMAGE_REL_AMD64_REL32        __imp__JIT_CONTINUE
    const unsigned char code_body[67] = {
        0x49, 0x8b, 0x4d, 0xf0, 0x49, 0x8b, 0x55, 0xf8,
        0x49, 0x8d, 0x45, 0xf8, 0x8b, 0x35, 0x00, 0x00,
        0x00, 0x00, 0x83, 0xe6, 0x03, 0x66, 0x83, 0xfe,
        0x01, 0x74, 0x0c, 0x85, 0xf6, 0x75, 0x10, 0x48,
        0x39, 0xd1, 0x0f, 0x9c, 0xc1, 0xeb, 0x0e, 0x48,
        0x39, 0xd1, 0x0f, 0x94, 0xc1, 0xeb, 0x06, 0x48,
        0x39, 0xd1, 0x0f, 0x95, 0xc1, 0x0f, 0xb6, 0xc9,
        0x48, 0x83, 0xc9, 0x10, 0x49, 0x89, 0x4d, 0xf0,
        0x49, 0x89, 0xc5,
    };
    // 0: OPARG
    const unsigned char data_body[8] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0xe, (uintptr_t)data + -0x4);
}

void
emit__COPY(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 48 83 ec 28                   subq    $0x28, %rsp
    // 4: 8b 05 00 00 00 00             movl    (%rip), %eax            # 0xa <_JIT_ENTRY+0xa>
    // 0000000000000006:  IMAGE_REL_AMD64_REL32        __imp__JIT_OPARG
    // a: f7 d0                         notl    %eax
    // c: 0d fc ff 00 00                orl     $0xfffc, %eax           # imm = 0xFFFC
    // 11: 48 0f bf c0                   movswq  %ax, %rax
    // 15: 49 8b 4c c5 00                movq    (%r13,%rax,8), %rcx
    // 1a: ff 15 00 00 00 00             callq   *(%rip)                 # 0x20 <_JIT_ENTRY+0x20>
    // 000000000000001c:  IMAGE_REL_AMD64_REL32        __imp_PyRef_Dup
    // 20: 49 89 45 00                   movq    %rax, (%r13)
    // 24: 49 83 c5 08                   addq    $0x8, %r13
    // 28: 48 83 c4 28                   addq    $0x28, %rsp
    // 2c: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x33 <_JIT_ENTRY+0x33>
    // 000000000000002f:  IMAGE_REL_AMD64_REL32        __imp__JIT_CONTINUE
    const unsigned char code_body[44] = {
        0x48, 0x83, 0xec, 0x28, 0x8b, 0x05, 0x00, 0x00,
        0x00, 0x00, 0xf7, 0xd0, 0x0d, 0xfc, 0xff, 0x00,
        0x00, 0x48, 0x0f, 0xbf, 0xc0, 0x49, 0x8b, 0x4c,
        0xc5, 0x00, 0xff, 0x15, 0x00, 0x00, 0x00, 0x00,
        0x49, 0x89, 0x45, 0x00, 0x49, 0x83, 0xc5, 0x08,
        0x48, 0x83, 0xc4, 0x28,
    };
    // 0: OPARG
    // 8: &PyRef_Dup+0x0
    const unsigned char data_body[16] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->oparg);
    patch_64(data + 0x8, (uintptr_t)&PyRef_Dup);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x6, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0x1c, (uintptr_t)data + 0x4);
}

void
emit__DEOPT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 8b 05 00 00 00 00             movl    (%rip), %eax            # 0x6 <_JIT_ENTRY+0x6>
    // 0000000000000002:  IMAGE_REL_AMD64_REL32        __imp__JIT_TARGET
    // 6: 41 89 44 24 10                movl    %eax, 0x10(%r12)
    // b: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x12 <_JIT_ENTRY+0x12>
    // 000000000000000e:  IMAGE_REL_AMD64_REL32        __imp__JIT_ERROR_TARGET
    const unsigned char code_body[18] = {
        0x8b, 0x05, 0x00, 0x00, 0x00, 0x00, 0x41, 0x89,
        0x44, 0x24, 0x10, 0x48, 0xff, 0x25, 0x00, 0x00,
        0x00, 0x00,
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
    patch_x86_64_32rx(code + 0x2, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0xe, (uintptr_t)data + 0x4);
}

void
emit__EXIT_TRACE(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 8b 05 00 00 00 00             movl    (%rip), %eax            # 0x6 <_JIT_ENTRY+0x6>
    // 0000000000000002:  IMAGE_REL_AMD64_REL32        __imp__JIT_TARGET
    // 6: 41 89 44 24 10                movl    %eax, 0x10(%r12)
    // b: 41 89 46 20                   movl    %eax, 0x20(%r14)
    // f: 48 8b 05 00 00 00 00          movq    (%rip), %rax            # 0x16 <_JIT_ENTRY+0x16>
    // 0000000000000012:  IMAGE_REL_AMD64_REL32        __imp__JIT_EXECUTOR
    // 16: ff 40 10                      incl    0x10(%rax)
    // 19: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x20 <_JIT_ENTRY+0x20>
    // 000000000000001c:  IMAGE_REL_AMD64_REL32        __imp__JIT_JUMP_TARGET
    const unsigned char code_body[32] = {
        0x8b, 0x05, 0x00, 0x00, 0x00, 0x00, 0x41, 0x89,
        0x44, 0x24, 0x10, 0x41, 0x89, 0x46, 0x20, 0x48,
        0x8b, 0x05, 0x00, 0x00, 0x00, 0x00, 0xff, 0x40,
        0x10, 0x48, 0xff, 0x25, 0x00, 0x00, 0x00, 0x00,
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
    patch_x86_64_32rx(code + 0x2, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0x12, (uintptr_t)data + 0x4);
    patch_x86_64_32rx(code + 0x1c, (uintptr_t)data + 0xc);
}

void
emit__FATAL_ERROR(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 48 83 ec 28                   subq    $0x28, %rsp
    // 4: 8b 15 00 00 00 00             movl    (%rip), %edx            # 0xa <_JIT_ENTRY+0xa>
    // 0000000000000006:  IMAGE_REL_AMD64_REL32        __imp__JIT_TARGET
    // a: 4c 89 f1                      movq    %r14, %rcx
    // d: ff 15 00 00 00 00             callq   *(%rip)                 # 0x13 <_JIT_ENTRY+0x13>
    // 000000000000000f:  IMAGE_REL_AMD64_REL32        __imp_PySpam_Fatal
    // 13: 48 83 c4 28                   addq    $0x28, %rsp
    // 17: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x1e <_JIT_ENTRY+0x1e>
    // 000000000000001a:  IMAGE_REL_AMD64_REL32        __imp__JIT_ERROR_TARGET
    const unsigned char code_body[30] = {
        0x48, 0x83, 0xec, 0x28, 0x8b, 0x15, 0x00, 0x00,
        0x00, 0x00, 0x4c, 0x89, 0xf1, 0xff, 0x15, 0x00,
        0x00, 0x00, 0x00, 0x48, 0x83, 0xc4, 0x28, 0x48,
        0xff, 0x25, 0x00, 0x00, 0x00, 0x00,
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
    patch_x86_64_32rx(code + 0x6, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0xf, (uintptr_t)data + 0x4);
    patch_x86_64_32rx(code + 0x1a, (uintptr_t)data + 0xc);
}

void
emit__GUARD_IS_FALSE_POP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 4c 89 e8                      movq    %r13, %rax
    // 3: 49 83 c5 f8                   addq    $-0x8, %r13
    // 7: 48 83 78 f8 10                cmpq    $0x10, -0x8(%rax)
    // c: 75 07                         jne     0x15 <_JIT_ENTRY+0x15>
    // e: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x15 <_JIT_ENTRY+0x15>
    // 0000000000000011:  IMAGE_REL_AMD64_REL32        __imp__JIT_CONTINUE
    // 15: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x1c <_JIT_ENTRY+0x1c>
    // 0000000000000018:  IMAGE_REL_AMD64_REL32        __imp__JIT_JUMP_TARGET
    const unsigned char code_body[28] = {
        0x4c, 0x89, 0xe8, 0x49, 0x83, 0xc5, 0xf8, 0x48,
        0x83, 0x78, 0xf8, 0x10, 0x75, 0x07, 0x48, 0xff,
        0x25, 0x00, 0x00, 0x00, 0x00, 0x48, 0xff, 0x25,
        0x00, 0x00, 0x00, 0x00,
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
    patch_x86_64_32rx(code + 0x11, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0x18, (uintptr_t)data + 0x4);
}

void
emit__GUARD_IS_TRUE_POP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 4c 89 e8                      movq    %r13, %rax
    // 3: 49 83 c5 f8                   addq    $-0x8, %r13
    // 7: 48 83 78 f8 11                cmpq    $0x11, -0x8(%rax)
    // c: 75 07                         jne     0x15 <_JIT_ENTRY+0x15>
    // e: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x15 <_JIT_ENTRY+0x15>
    // 0000000000000011:  IMAGE_REL_AMD64_REL32        __imp__JIT_CONTINUE
    // 15: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x1c <_JIT_ENTRY+0x1c>
    // 0000000000000018:  IMAGE_REL_AMD64_REL32        __imp__JIT_JUMP_TARGET
    const unsigned char code_body[28] = {
        0x4c, 0x89, 0xe8, 0x49, 0x83, 0xc5, 0xf8, 0x48,
        0x83, 0x78, 0xf8, 0x11, 0x75, 0x07, 0x48, 0xff,
        0x25, 0x00, 0x00, 0x00, 0x00, 0x48, 0xff, 0x25,
        0x00, 0x00, 0x00, 0x00,
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
    patch_x86_64_32rx(code + 0x11, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0x18, (uintptr_t)data + 0x4);
}

void
emit__GUARD_NOS_NOT_NULL(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 49 83 7d f0 00                cmpq    $0x0, -0x10(%r13)
    // 5: 74 07                         je      0xe <_JIT_ENTRY+0xe>
    // 7: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0xe <_JIT_ENTRY+0xe>
    // 000000000000000a:  IMAGE_REL_AMD64_REL32        __imp__JIT_CONTINUE
    // e: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x15 <_JIT_ENTRY+0x15>
    // 0000000000000011:  IMAGE_REL_AMD64_REL32        __imp__JIT_JUMP_TARGET
    const unsigned char code_body[21] = {
        0x49, 0x83, 0x7d, 0xf0, 0x00, 0x74, 0x07, 0x48,
        0xff, 0x25, 0x00, 0x00, 0x00, 0x00, 0x48, 0xff,
        0x25, 0x00, 0x00, 0x00, 0x00,
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
    patch_x86_64_32rx(code + 0xa, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0x11, (uintptr_t)data + 0x4);
}

void
emit__JUMP_TO_TOP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 41 f6 46 18 01                testb   $0x1, 0x18(%r14)
    // 5: 75 07                         jne     0xe <_JIT_ENTRY+0xe>
    // 7: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0xe <_JIT_ENTRY+0xe>
    // 000000000000000a:  IMAGE_REL_AMD64_REL32        __imp__JIT_JUMP_TARGET
    // e: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x15 <_JIT_ENTRY+0x15>
    // 0000000000000011:  IMAGE_REL_AMD64_REL32        __imp__JIT_ERROR_TARGET
    const unsigned char code_body[21] = {
        0x41, 0xf6, 0x46, 0x18, 0x01, 0x75, 0x07, 0x48,
        0xff, 0x25, 0x00, 0x00, 0x00, 0x00, 0x48, 0xff,
        0x25, 0x00, 0x00, 0x00, 0x00,
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
    patch_x86_64_32rx(code + 0xa, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0x11, (uintptr_t)data + 0x4);
}

void
emit__LOAD_CONST_INLINE(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 48 8b 05 00 00 00 00          movq    (%rip), %rax            # 0x7 <_JIT_ENTRY+0x7>
    // 0000000000000003:  IMAGE_REL_AMD64_REL32        __imp__JIT_OPERAND0
    // 7: 48 83 c8 01                   orq     $0x1, %rax
    // b: 49 89 45 00                   movq    %rax, (%r13)
    // f: 49 83 c5 08                   addq    $0x8, %r13
    // 13: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x1a <_JIT_ENTRY+0x1a>
    // 0000000000000016:  IMAGE_REL_AMD64_REL32        __imp__JIT_CONTINUE
    const unsigned char code_body[19] = {
        0x48, 0x8b, 0x05, 0x00, 0x00, 0x00, 0x00, 0x48,
        0x83, 0xc8, 0x01, 0x49, 0x89, 0x45, 0x00, 0x49,
        0x83, 0xc5, 0x08,
    };
    // 0: OPERAND0
    const unsigned char data_body[8] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->operand);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x3, (uintptr_t)data + -0x4);
}

void
emit__LOAD_CONST_INLINE_BORROW(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 48 8b 05 00 00 00 00          movq    (%rip), %rax            # 0x7 <_JIT_ENTRY+0x7>
    // 0000000000000003:  IMAGE_REL_AMD64_REL32        __imp__JIT_OPERAND1
    // 7: 48 c1 e0 03                   shlq    $0x3, %rax
    // b: 48 33 05 00 00 00 00          xorq    (%rip), %rax            # 0x12 <_JIT_ENTRY+0x12>
    // 000000000000000e:  IMAGE_REL_AMD64_REL32        __imp__JIT_OPERAND0
    // 12: 49 89 45 00                   movq    %rax, (%r13)
    // 16: 49 83 c5 08                   addq    $0x8, %r13
    // 1a: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x21 <_JIT_ENTRY+0x21>
    // 000000000000001d:  IMAGE_REL_AMD64_REL32        __imp__JIT_CONTINUE
    const unsigned char code_body[26] = {
        0x48, 0x8b, 0x05, 0x00, 0x00, 0x00, 0x00, 0x48,
        0xc1, 0xe0, 0x03, 0x48, 0x33, 0x05, 0x00, 0x00,
        0x00, 0x00, 0x49, 0x89, 0x45, 0x00, 0x49, 0x83,
        0xc5, 0x08,
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
    patch_x86_64_32rx(code + 0x3, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0xe, (uintptr_t)data + 0x4);
}

void
emit__LOAD_FAST(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 8b 05 00 00 00 00             movl    (%rip), %eax            # 0x6 <_JIT_ENTRY+0x6>
    // 0000000000000002:  IMAGE_REL_AMD64_REL32        __imp__JIT_OPARG
    // 6: 83 e0 07                      andl    $0x7, %eax
    // 9: 49 8b 44 c4 28                movq    0x28(%r12,%rax,8), %rax
    // e: 49 89 45 00                   movq    %rax, (%r13)
    // 12: 49 83 c5 08                   addq    $0x8, %r13
    // 16: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x1d <_JIT_ENTRY+0x1d>
    // 0000000000000019:  IMAGE_REL_AMD64_REL32        __imp__JIT_CONTINUE
    const unsigned char code_body[22] = {
        0x8b, 0x05, 0x00, 0x00, 0x00, 0x00, 0x83, 0xe0,
        0x07, 0x49, 0x8b, 0x44, 0xc4, 0x28, 0x49, 0x89,
        0x45, 0x00, 0x49, 0x83, 0xc5, 0x08,
    };
    // 0: OPARG
    const unsigned char data_body[8] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x2, (uintptr_t)data + -0x4);
}

void
emit__LOAD_GLOBAL_BUILTIN(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 8b 05 00 00 00 00             movl    (%rip), %eax            # 0x6 <_JIT_ENTRY+0x6>
    // 0000000000000002:  IMAGE_REL_AMD64_REL32        __imp__JIT_OPARG
    // 6: 83 e0 0f                      andl    $0xf, %eax
    // 9: 48 8b 0d 00 00 00 00          movq    (%rip), %rcx            # 0x10 <_JIT_ENTRY+0x10>
    // 000000000000000c:  IMAGE_REL_AMD64_REL32        __imp_PyGlobal_Table
    // 10: 48 8b 04 c1                   movq    (%rcx,%rax,8), %rax
    // 14: 48 85 c0                      testq   %rax, %rax
    // 17: 74 0f                         je      0x28 <_JIT_ENTRY+0x28>
    // 19: 49 89 45 00                   movq    %rax, (%r13)
    // 1d: 49 83 c5 08                   addq    $0x8, %r13
    // 21: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x28 <_JIT_ENTRY+0x28>
    // 0000000000000024:  IMAGE_REL_AMD64_REL32        __imp__JIT_CONTINUE
    // 28: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x2f <_JIT_ENTRY+0x2f>
    // 000000000000002b:  IMAGE_REL_AMD64_REL32        __imp__JIT_ERROR_TARGET
    const unsigned char code_body[47] = {
        0x8b, 0x05, 0x00, 0x00, 0x00, 0x00, 0x83, 0xe0,
        0x0f, 0x48, 0x8b, 0x0d, 0x00, 0x00, 0x00, 0x00,
        0x48, 0x8b, 0x04, 0xc1, 0x48, 0x85, 0xc0, 0x74,
        0x0f, 0x49, 0x89, 0x45, 0x00, 0x49, 0x83, 0xc5,
        0x08, 0x48, 0xff, 0x25, 0x00, 0x00, 0x00, 0x00,
        0x48, 0xff, 0x25, 0x00, 0x00, 0x00, 0x00,
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
    patch_x86_64_32rx(code + 0x2, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0xc, (uintptr_t)data + 0x4);
    patch_x86_64_32rx(code + 0x24, (uintptr_t)data + 0xc);
    patch_x86_64_32rx(code + 0x2b, (uintptr_t)data + 0x14);
}

void
emit__LOAD_SMALL_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 8b 05 00 00 00 00             movl    (%rip), %eax            # 0x6 <_JIT_ENTRY+0x6>
    // 0000000000000002:  IMAGE_REL_AMD64_REL32        __imp__JIT_OPARG
    // 6: 83 e0 07                      andl    $0x7, %eax
    // 9: 48 8d 0d 00 00 00 00          leaq    (%rip), %rcx            # 0x10 <_JIT_ENTRY+0x10>
    // 000000000000000c:  IMAGE_REL_AMD64_REL32        _JIT_ENTRY.small_ints
    // 10: 48 8b 04 c1                   movq    (%rcx,%rax,8), %rax
    // 14: 49 89 45 00                   movq    %rax, (%r13)
    // 18: 49 83 c5 08                   addq    $0x8, %r13
    // 1c: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x23 <_JIT_ENTRY+0x23>
    // 000000000000001f:  IMAGE_REL_AMD64_REL32        __imp__JIT_CONTINUE
    const unsigned char code_body[28] = {
        0x8b, 0x05, 0x00, 0x00, 0x00, 0x00, 0x83, 0xe0,
        0x07, 0x48, 0x8d, 0x0d, 0x00, 0x00, 0x00, 0x00,
        0x48, 0x8b, 0x04, 0xc1, 0x49, 0x89, 0x45, 0x00,
        0x49, 0x83, 0xc5, 0x08,
    };
    // 0: .rdata (64 bytes)
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
    patch_x86_64_32rx(code + 0x2, (uintptr_t)data + 0x3c);
    patch_x86_64_32rx(code + 0xc, (uintptr_t)data + -0x4);
}

void
emit__MAKE_WARM(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 48 8b 05 00 00 00 00          movq    (%rip), %rax            # 0x7 <_JIT_ENTRY+0x7>
    // 0000000000000003:  IMAGE_REL_AMD64_REL32        __imp__JIT_EXECUTOR
    // 7: c7 40 0c 01 00 00 00          movl    $0x1, 0xc(%rax)
    // e: 49 ff 46 28                   incq    0x28(%r14)
    // 12: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x19 <_JIT_ENTRY+0x19>
    // 0000000000000015:  IMAGE_REL_AMD64_REL32        __imp__JIT_CONTINUE
    const unsigned char code_body[18] = {
        0x48, 0x8b, 0x05, 0x00, 0x00, 0x00, 0x00, 0xc7,
        0x40, 0x0c, 0x01, 0x00, 0x00, 0x00, 0x49, 0xff,
        0x46, 0x28,
    };
    // 0: EXECUTOR
    const unsigned char data_body[8] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, (uintptr_t)executor);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x3, (uintptr_t)data + -0x4);
}

void
emit__NOP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x7 <_JIT_ENTRY+0x7>
    // 0000000000000003:  IMAGE_REL_AMD64_REL32        __imp__JIT_CONTINUE
}

void
emit__POP_TOP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 48 83 ec 28                   subq    $0x28, %rsp
    // 4: 49 8b 4d f8                   movq    -0x8(%r13), %rcx
    // 8: 49 83 c5 f8                   addq    $-0x8, %r13
    // c: f6 c1 01                      testb   $0x1, %cl
    // f: 74 06                         je      0x17 <_JIT_ENTRY+0x17>
    // 11: ff 15 00 00 00 00             callq   *(%rip)                 # 0x17 <_JIT_ENTRY+0x17>
    // 0000000000000013:  IMAGE_REL_AMD64_REL32        __imp_PyRef_Close
    // 17: 48 83 c4 28                   addq    $0x28, %rsp
    // 1b: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x22 <_JIT_ENTRY+0x22>
    // 000000000000001e:  IMAGE_REL_AMD64_REL32        __imp__JIT_CONTINUE
    const unsigned char code_body[27] = {
        0x48, 0x83, 0xec, 0x28, 0x49, 0x8b, 0x4d, 0xf8,
        0x49, 0x83, 0xc5, 0xf8, 0xf6, 0xc1, 0x01, 0x74,
        0x06, 0xff, 0x15, 0x00, 0x00, 0x00, 0x00, 0x48,
        0x83, 0xc4, 0x28,
    };
    // 0: &PyRef_Close+0x0
    const unsigned char data_body[8] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, (uintptr_t)&PyRef_Close);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x13, (uintptr_t)data + -0x4);
}

void
emit__RESUME_CHECK(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 48 83 ec 28                   subq    $0x28, %rsp
    // 4: 41 8b 46 18                   movl    0x18(%r14), %eax
    // 8: 41 3b 44 24 14                cmpl    0x14(%r12), %eax
    // d: 75 0b                         jne     0x1a <_JIT_ENTRY+0x1a>
    // f: 48 83 c4 28                   addq    $0x28, %rsp
    // 13: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x1a <_JIT_ENTRY+0x1a>
    // 0000000000000016:  IMAGE_REL_AMD64_REL32        __imp__JIT_CONTINUE
    // 1a: 4c 89 f1                      movq    %r14, %rcx
    // 1d: ff 15 00 00 00 00             callq   *(%rip)                 # 0x23 <_JIT_ENTRY+0x23>
    // 000000000000001f:  IMAGE_REL_AMD64_REL32        __imp_PyEggs_Periodic
    // 23: 48 83 c4 28                   addq    $0x28, %rsp
    // 27: 85 c0                         testl   %eax, %eax
    // 29: 78 07                         js      0x32 <_JIT_ENTRY+0x32>
    // 2b: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x32 <_JIT_ENTRY+0x32>
    // 000000000000002e:  IMAGE_REL_AMD64_REL32        __imp__JIT_JUMP_TARGET
    // 32: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x39 <_JIT_ENTRY+0x39>
    // 0000000000000035:  IMAGE_REL_AMD64_REL32        __imp__JIT_ERROR_TARGET
    const unsigned char code_body[57] = {
        0x48, 0x83, 0xec, 0x28, 0x41, 0x8b, 0x46, 0x18,
        0x41, 0x3b, 0x44, 0x24, 0x14, 0x75, 0x0b, 0x48,
        0x83, 0xc4, 0x28, 0x48, 0xff, 0x25, 0x00, 0x00,
        0x00, 0x00, 0x4c, 0x89, 0xf1, 0xff, 0x15, 0x00,
        0x00, 0x00, 0x00, 0x48, 0x83, 0xc4, 0x28, 0x85,
        0xc0, 0x78, 0x07, 0x48, 0xff, 0x25, 0x00, 0x00,
        0x00, 0x00, 0x48, 0xff, 0x25, 0x00, 0x00, 0x00,
        0x00,
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
    patch_x86_64_32rx(code + 0x16, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0x1f, (uintptr_t)data + 0x4);
    patch_x86_64_32rx(code + 0x2e, (uintptr_t)data + 0xc);
    patch_x86_64_32rx(code + 0x35, (uintptr_t)data + 0x14);
}

void
emit__SET_IP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 48 8b 05 00 00 00 00          movq    (%rip), %rax            # 0x7 <_JIT_ENTRY+0x7>
    // 0000000000000003:  IMAGE_REL_AMD64_REL32        __imp__JIT_OPERAND0
    // 7: 49 89 44 24 08                movq    %rax, 0x8(%r12)
    // c: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x13 <_JIT_ENTRY+0x13>
    // 000000000000000f:  IMAGE_REL_AMD64_REL32        __imp__JIT_CONTINUE
    const unsigned char code_body[12] = {
        0x48, 0x8b, 0x05, 0x00, 0x00, 0x00, 0x00, 0x49,
        0x89, 0x44, 0x24, 0x08,
    };
    // 0: OPERAND0
    const unsigned char data_body[8] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->operand);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x3, (uintptr_t)data + -0x4);
}

void
emit__START_EXECUTOR(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 48 83 ec 28                   subq    $0x28, %rsp
    // 4: 49 8b 4e 10                   movq    0x10(%r14), %rcx
    // 8: 48 85 c9                      testq   %rcx, %rcx
    // b: 74 0e                         je      0x1b <_JIT_ENTRY+0x1b>
    // d: 49 c7 46 10 00 00 00 00       movq    $0x0, 0x10(%r14)
    // 15: ff 15 00 00 00 00             callq   *(%rip)                 # 0x1b <_JIT_ENTRY+0x1b>
    // 0000000000000017:  IMAGE_REL_AMD64_REL32        __imp_PyEggs_Release
    // 1b: 48 8b 05 00 00 00 00          movq    (%rip), %rax            # 0x22 <_JIT_ENTRY+0x22>
    // 000000000000001e:  IMAGE_REL_AMD64_REL32        __imp__JIT_EXECUTOR
    // 22: 49 89 46 08                   movq    %rax, 0x8(%r14)
    // 26: 48 83 c4 28                   addq    $0x28, %rsp
    // 2a: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x31 <_JIT_ENTRY+0x31>
    // 000000000000002d:  IMAGE_REL_AMD64_REL32        __imp__JIT_CONTINUE
    const unsigned char code_body[42] = {
        0x48, 0x83, 0xec, 0x28, 0x49, 0x8b, 0x4e, 0x10,
        0x48, 0x85, 0xc9, 0x74, 0x0e, 0x49, 0xc7, 0x46,
        0x10, 0x00, 0x00, 0x00, 0x00, 0xff, 0x15, 0x00,
        0x00, 0x00, 0x00, 0x48, 0x8b, 0x05, 0x00, 0x00,
        0x00, 0x00, 0x49, 0x89, 0x46, 0x08, 0x48, 0x83,
        0xc4, 0x28,
    };
    // 0: &PyEggs_Release+0x0
    // 8: EXECUTOR
    const unsigned char data_body[16] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, (uintptr_t)&PyEggs_Release);
    patch_64(data + 0x8, (uintptr_t)executor);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x17, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0x1e, (uintptr_t)data + 0x4);
}

void
emit__STORE_FAST(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 8b 05 00 00 00 00             movl    (%rip), %eax            # 0x6 <_JIT_ENTRY+0x6>
    // 0000000000000002:  IMAGE_REL_AMD64_REL32        __imp__JIT_OPARG
    // 6: 83 e0 07                      andl    $0x7, %eax
    // 9: 49 8b 4d f8                   movq    -0x8(%r13), %rcx
    // d: 49 83 c5 f8                   addq    $-0x8, %r13
    // 11: 49 89 4c c4 28                movq    %rcx, 0x28(%r12,%rax,8)
    // 16: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x1d <_JIT_ENTRY+0x1d>
    // 0000000000000019:  IMAGE_REL_AMD64_REL32        __imp__JIT_CONTINUE
    const unsigned char code_body[22] = {
        0x8b, 0x05, 0x00, 0x00, 0x00, 0x00, 0x83, 0xe0,
        0x07, 0x49, 0x8b, 0x4d, 0xf8, 0x49, 0x83, 0xc5,
        0xf8, 0x49, 0x89, 0x4c, 0xc4, 0x28,
    };
    // 0: OPARG
    const unsigned char data_body[8] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x2, (uintptr_t)data + -0x4);
}

void
emit__STORE_GLOBAL_COUNTER(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 8b 05 00 00 00 00             movl    (%rip), %eax            # 0x6 <_JIT_ENTRY+0x6>
    // 0000000000000002:  IMAGE_REL_AMD64_REL32        __imp__JIT_OPARG
    // 6: 89 c1                         movl    %eax, %ecx
    // 8: 83 e1 07                      andl    $0x7, %ecx
    // b: 48 8b 15 00 00 00 00          movq    (%rip), %rdx            # 0x12 <_JIT_ENTRY+0x12>
    // 000000000000000e:  IMAGE_REL_AMD64_REL32        __imp_PyGlobal_Counter
    // 12: 8b 32                         movl    (%rdx), %esi
    // 14: 01 f1                         addl    %esi, %ecx
    // 16: ff c1                         incl    %ecx
    // 18: 89 0a                         movl    %ecx, (%rdx)
    // 1a: 49 8b 4d f8                   movq    -0x8(%r13), %rcx
    // 1e: 49 83 c5 f8                   addq    $-0x8, %r13
    // 22: 83 e0 0f                      andl    $0xf, %eax
    // 25: 48 8b 15 00 00 00 00          movq    (%rip), %rdx            # 0x2c <_JIT_ENTRY+0x2c>
    // 0000000000000028:  IMAGE_REL_AMD64_REL32        __imp_PyGlobal_Table
    // 2c: 48 89 0c c2                   movq    %rcx, (%rdx,%rax,8)
    // 30: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x37 <_JIT_ENTRY+0x37>
    // 0000000000000033:  IMAGE_REL_AMD64_REL32        __imp__JIT_CONTINUE
    const unsigned char code_body[48] = {
        0x8b, 0x05, 0x00, 0x00, 0x00, 0x00, 0x89, 0xc1,
        0x83, 0xe1, 0x07, 0x48, 0x8b, 0x15, 0x00, 0x00,
        0x00, 0x00, 0x8b, 0x32, 0x01, 0xf1, 0xff, 0xc1,
        0x89, 0x0a, 0x49, 0x8b, 0x4d, 0xf8, 0x49, 0x83,
        0xc5, 0xf8, 0x83, 0xe0, 0x0f, 0x48, 0x8b, 0x15,
        0x00, 0x00, 0x00, 0x00, 0x48, 0x89, 0x0c, 0xc2,
    };
    // 0: OPARG
    // 8: &PyGlobal_Counter+0x0
    // 10: &PyGlobal_Table+0x0
    const unsigned char data_body[24] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->oparg);
    patch_64(data + 0x8, (uintptr_t)&PyGlobal_Counter);
    patch_64(data + 0x10, (uintptr_t)&PyGlobal_Table);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x2, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0xe, (uintptr_t)data + 0x4);
    patch_x86_64_32rx(code + 0x28, (uintptr_t)data + 0xc);
}

void
emit__SWAP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 48 8b 05 00 00 00 00          movq    (%rip), %rax            # 0x7 <_JIT_ENTRY+0x7>
    // 0000000000000003:  IMAGE_REL_AMD64_REL32        __imp__JIT_OPARG
    // 7: 83 e0 01                      andl    $0x1, %eax
    // a: 48 c7 c1 fe ff ff ff          movq    $-0x2, %rcx
    // 11: 48 29 c1                      subq    %rax, %rcx
    // 14: 49 8b 45 f8                   movq    -0x8(%r13), %rax
    // 18: 49 8b 54 cd 00                movq    (%r13,%rcx,8), %rdx
    // 1d: 49 89 55 f8                   movq    %rdx, -0x8(%r13)
    // 21: 49 89 44 cd 00                movq    %rax, (%r13,%rcx,8)
    // 26: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x2d <_JIT_ENTRY+0x2d>
    // 0000000000000029:  IMAGE_REL_AMD64_REL32        __imp__JIT_CONTINUE
    const unsigned char code_body[38] = {
        0x48, 0x8b, 0x05, 0x00, 0x00, 0x00, 0x00, 0x83,
        0xe0, 0x01, 0x48, 0xc7, 0xc1, 0xfe, 0xff, 0xff,
        0xff, 0x48, 0x29, 0xc1, 0x49, 0x8b, 0x45, 0xf8,
        0x49, 0x8b, 0x54, 0xcd, 0x00, 0x49, 0x89, 0x55,
        0xf8, 0x49, 0x89, 0x44, 0xcd, 0x00,
    };
    // 0: OPARG
    const unsigned char data_body[8] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x3, (uintptr_t)data + -0x4);
}

void
emit__TO_BOOL_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 48 83 ec 28                   subq    $0x28, %rsp
    // 4: 49 8b 4d f8                   movq    -0x8(%r13), %rcx
    // 8: ff 15 00 00 00 00             callq   *(%rip)                 # 0xe <_JIT_ENTRY+0xe>
    // 000000000000000a:  IMAGE_REL_AMD64_REL32        __imp_PyEggs_Check
    // e: 85 c0                         testl   %eax, %eax
    // 10: 78 1b                         js      0x2d <_JIT_ENTRY+0x2d>
    // 12: 83 f8 01                      cmpl    $0x1, %eax
    // 15: b8 11 00 00 00                movl    $0x11, %eax
    // 1a: 48 83 d8 00                   sbbq    $0x0, %rax
    // 1e: 49 89 45 f8                   movq    %rax, -0x8(%r13)
    // 22: 48 83 c4 28                   addq    $0x28, %rsp
    // 26: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x2d <_JIT_ENTRY+0x2d>
    // 0000000000000029:  IMAGE_REL_AMD64_REL32        __imp__JIT_CONTINUE
    // 2d: 48 83 c4 28                   addq    $0x28, %rsp
    // 31: 48 ff 25 00 00 00 00          jmpq    *(%rip)                 # 0x38 <_JIT_ENTRY+0x38>
    // 0000000000000034:  IMAGE_REL_AMD64_REL32        __imp__JIT_ERROR_TARGET
    const unsigned char code_body[56] = {
        0x48, 0x83, 0xec, 0x28, 0x49, 0x8b, 0x4d, 0xf8,
        0xff, 0x15, 0x00, 0x00, 0x00, 0x00, 0x85, 0xc0,
        0x78, 0x1b, 0x83, 0xf8, 0x01, 0xb8, 0x11, 0x00,
        0x00, 0x00, 0x48, 0x83, 0xd8, 0x00, 0x49, 0x89,
        0x45, 0xf8, 0x48, 0x83, 0xc4, 0x28, 0x48, 0xff,
        0x25, 0x00, 0x00, 0x00, 0x00, 0x48, 0x83, 0xc4,
        0x28, 0x48, 0xff, 0x25, 0x00, 0x00, 0x00, 0x00,
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
    patch_x86_64_32rx(code + 0xa, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0x29, (uintptr_t)data + 0x4);
    patch_x86_64_32rx(code + 0x34, (uintptr_t)data + 0xc);
}

typedef struct {
    void (*emit)(
        unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
        const _PyUOpInstruction *instruction, uintptr_t instruction_starts[]);
    size_t code_size;
    size_t data_size;
} StencilGroup;

static const StencilGroup trampoline = {emit_trampoline, 190, 8};

static const StencilGroup stencil_groups[MAX_UOP_ID + 1] = {
    [_BINARY_OP] = {emit__BINARY_OP, 139, 32},
    [_BINARY_OP_ADD_INT] = {emit__BINARY_OP_ADD_INT, 62, 24},
    [_BINARY_OP_MULTIPLY_INT] = {emit__BINARY_OP_MULTIPLY_INT, 28, 8},
    [_BINARY_OP_SUBTRACT_INT] = {emit__BINARY_OP_SUBTRACT_INT, 25, 8},
    [_BUILD_SUM] = {emit__BUILD_SUM, 70, 8},
    [_CALL_BUILTIN_FAST] = {emit__CALL_BUILTIN_FAST, 78, 32},
    [_CHECK_FUNCTION_VERSION] = {emit__CHECK_FUNCTION_VERSION, 41, 32},
    [_CHECK_STACK_SPACE] = {emit__CHECK_STACK_SPACE, 25, 16},
    [_CHECK_VALIDITY] = {emit__CHECK_VALIDITY, 27, 24},
    [_COMPARE_OP_INT] = {emit__COMPARE_OP_INT, 67, 8},
    [_COPY] = {emit__COPY, 44, 16},
    [_DEOPT] = {emit__DEOPT, 18, 16},
    [_EXIT_TRACE] = {emit__EXIT_TRACE, 32, 24},
    [_FATAL_ERROR] = {emit__FATAL_ERROR, 30, 24},
    [_GUARD_IS_FALSE_POP] = {emit__GUARD_IS_FALSE_POP, 28, 16},
    [_GUARD_IS_TRUE_POP] = {emit__GUARD_IS_TRUE_POP, 28, 16},
    [_GUARD_NOS_NOT_NULL] = {emit__GUARD_NOS_NOT_NULL, 21, 16},
    [_JUMP_TO_TOP] = {emit__JUMP_TO_TOP, 21, 16},
    [_LOAD_CONST_INLINE] = {emit__LOAD_CONST_INLINE, 19, 8},
    [_LOAD_CONST_INLINE_BORROW] = {emit__LOAD_CONST_INLINE_BORROW, 26, 16},
    [_LOAD_FAST] = {emit__LOAD_FAST, 22, 8},
    [_LOAD_GLOBAL_BUILTIN] = {emit__LOAD_GLOBAL_BUILTIN, 47, 32},
    [_LOAD_SMALL_INT] = {emit__LOAD_SMALL_INT, 28, 72},
    [_MAKE_WARM] = {emit__MAKE_WARM, 18, 8},
    [_NOP] = {emit__NOP, 0, 0},
    [_POP_TOP] = {emit__POP_TOP, 27, 8},
    [_RESUME_CHECK] = {emit__RESUME_CHECK, 57, 32},
    [_SET_IP] = {emit__SET_IP, 12, 8},
    [_START_EXECUTOR] = {emit__START_EXECUTOR, 42, 16},
    [_STORE_FAST] = {emit__STORE_FAST, 22, 8},
    [_STORE_GLOBAL_COUNTER] = {emit__STORE_GLOBAL_COUNTER, 48, 24},
    [_SWAP] = {emit__SWAP, 38, 8},
    [_TO_BOOL_INT] = {emit__TO_BOOL_INT, 56, 24},
};
