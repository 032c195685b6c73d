void
emit_trampoline(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 55                            pushq   %rbp
    // 1: 41 57                         pushq   %r15
    // 3: 41 56                         pushq   %r14
    // 5: 41 55                         pushq   %r13
    // 7: 41 54                         pushq   %r12
    // 9: 53                            pushq   %rbx
    // a: 50                            pushq   %rax
    // b: 48 89 d5                      movq    %rdx, %rbp
    // e: ff 42 24                      incl    0x24(%rdx)
    // 11: 49 89 fc                      movq    %rdi, %r12
    // 14: 49 89 f5                      movq    %rsi, %r13
    // 17: 49 89 d6                      movq    %rdx, %r14
    // 1a: ff 15 00 00 00 00             callq   *(%rip)                 # 0x20 <_JIT_ENTRY+0x20>
    // 000000000000001c:  R_X86_64_GOTPCRELX   _JIT_CONTINUE-0x4
    // 20: ff 4d 24                      decl    0x24(%rbp)
    // 23: 48 83 c4 08                   addq    $0x8, %rsp
    // 27: 5b                            popq    %rbx
    // 28: 41 5c                         popq    %r12
    // 2a: 41 5d                         popq    %r13
    // 2c: 41 5e                         popq    %r14
    // 2e: 41 5f                         popq    %r15
    // 30: 5d                            popq    %rbp
    // 31: c3                            retq
    const unsigned char code_body[50] = {
        0x55, 0x41, 0x57, 0x41, 0x56, 0x41, 0x55, 0x41,
        0x54, 0x53, 0x50, 0x48, 0x89, 0xd5, 0xff, 0x42,
        0x24, 0x49, 0x89, 0xfc, 0x49, 0x89, 0xf5, 0x49,
        0x89, 0xd6, 0xff, 0x15, 0x00, 0x00, 0x00, 0x00,
        0xff, 0x4d, 0x24, 0x48, 0x83, 0xc4, 0x08, 0x5b,
        0x41, 0x5c, 0x41, 0x5d, 0x41, 0x5e, 0x41, 0x5f,
        0x5d, 0xc3,
    };
    // 0: CONTINUE
    const unsigned char data_body[8] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, (uintptr_t)code + sizeof(code_body));
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x1c, (uintptr_t)data + -0x4);
}

void
emit__BINARY_OP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 50                            pushq   %rax
    // 1: 49 8b 7d f0                   movq    -0x10(%r13), %rdi
    // 5: 49 8b 45 f8                   movq    -0x8(%r13), %rax
    // 9: 48 8b 0d 00 00 00 00          movq    (%rip), %rcx            # 0x10 <_JIT_ENTRY+0x10>
    // 000000000000000c:  R_X86_64_REX_GOTPCRELX       _JIT_OPARG-0x4
    // 10: 66 83 f9 02                   cmpw    $0x2, %cx
    // 14: 74 33                         je      0x49 <_JIT_ENTRY+0x49>
    // 16: 0f b7 c9                      movzwl  %cx, %ecx
    // 19: 83 f9 01                      cmpl    $0x1, %ecx
    // 1c: 74 16                         je      0x34 <_JIT_ENTRY+0x34>
    // 1e: 85 c9                         testl   %ecx, %ecx
    // 20: 75 39                         jne     0x5b <_JIT_ENTRY+0x5b>
    // 22: 48 01 f8                      addq    %rdi, %rax
    // 25: 49 89 45 f0                   movq    %rax, -0x10(%r13)
    // 29: 49 83 c5 f8                   addq    $-0x8, %r13
    // 2d: 58                            popq    %rax
    // 2e: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x34 <_JIT_ENTRY+0x34>
    // 0000000000000030:  R_X86_64_GOTPCRELX   _JIT_CONTINUE-0x4
    // 34: 48 29 c7                      subq    %rax, %rdi
    // 37: 48 89 f8                      movq    %rdi, %rax
    // 3a: 49 89 45 f0                   movq    %rax, -0x10(%r13)
    // 3e: 49 83 c5 f8                   addq    $-0x8, %r13
    // 42: 58                            popq    %rax
    // 43: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x49 <_JIT_ENTRY+0x49>
    // 0000000000000045:  R_X86_64_GOTPCRELX   _JIT_CONTINUE-0x4
    // 49: 48 21 f8                      andq    %rdi, %rax
    // 4c: 49 89 45 f0                   movq    %rax, -0x10(%r13)
    // 50: 49 83 c5 f8                   addq    $-0x8, %r13
    // 54: 58                            popq    %rax
    // 55: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x5b <_JIT_ENTRY+0x5b>
    // 0000000000000057:  R_X86_64_GOTPCRELX   _JIT_CONTINUE-0x4
    // 5b: 0f b7 15 00 00 00 00          movzwl  (%rip), %edx            # 0x62 <_JIT_ENTRY+0x62>
    // 000000000000005e:  R_X86_64_GOTPCREL    _JIT_OPARG-0x4
    // 62: 48 89 c6                      movq    %rax, %rsi
    // 65: ff 15 00 00 00 00             callq   *(%rip)                 # 0x6b <_JIT_ENTRY+0x6b>
    // 0000000000000067:  R_X86_64_GOTPCRELX   PySpam_BinaryOp-0x4
    // 6b: 48 85 c0                      testq   %rax, %rax
    // 6e: 75 b5                         jne     0x25 <_JIT_ENTRY+0x25>
    // 70: 58                            popq    %rax
    // 71: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x77 <_JIT_ENTRY+0x77>
    // 0000000000000073:  R_X86_64_GOTPCRELX   _JIT_ERROR_TARGET-0x4
    const unsigned char code_body[119] = {
        0x50, 0x49, 0x8b, 0x7d, 0xf0, 0x49, 0x8b, 0x45,
        0xf8, 0x48, 0x8b, 0x0d, 0x00, 0x00, 0x00, 0x00,
        0x66, 0x83, 0xf9, 0x02, 0x74, 0x33, 0x0f, 0xb7,
        0xc9, 0x83, 0xf9, 0x01, 0x74, 0x16, 0x85, 0xc9,
        0x75, 0x39, 0x48, 0x01, 0xf8, 0x49, 0x89, 0x45,
        0xf0, 0x49, 0x83, 0xc5, 0xf8, 0x58, 0xff, 0x25,
        0x00, 0x00, 0x00, 0x00, 0x48, 0x29, 0xc7, 0x48,
        0x89, 0xf8, 0x49, 0x89, 0x45, 0xf0, 0x49, 0x83,
        0xc5, 0xf8, 0x58, 0xff, 0x25, 0x00, 0x00, 0x00,
        0x00, 0x48, 0x21, 0xf8, 0x49, 0x89, 0x45, 0xf0,
        0x49, 0x83, 0xc5, 0xf8, 0x58, 0xff, 0x25, 0x00,
        0x00, 0x00, 0x00, 0x0f, 0xb7, 0x15, 0x00, 0x00,
        0x00, 0x00, 0x48, 0x89, 0xc6, 0xff, 0x15, 0x00,
        0x00, 0x00, 0x00, 0x48, 0x85, 0xc0, 0x75, 0xb5,
        0x58, 0xff, 0x25, 0x00, 0x00, 0x00, 0x00,
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
    patch_x86_64_32rx(code + 0xc, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0x30, (uintptr_t)data + 0x4);
    patch_x86_64_32rx(code + 0x45, (uintptr_t)data + 0x4);
    patch_x86_64_32rx(code + 0x57, (uintptr_t)data + 0x4);
    patch_32r(code + 0x5e, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0x67, (uintptr_t)data + 0xc);
    patch_x86_64_32rx(code + 0x73, (uintptr_t)data + 0x14);
}

void
emit__BINARY_OP_ADD_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 50                            pushq   %rax
    // 1: 49 8b 7d f0                   movq    -0x10(%r13), %rdi
    // 5: 49 8b 75 f8                   movq    -0x8(%r13), %rsi
    // 9: 48 89 e2                      movq    %rsp, %rdx
    // c: ff 15 00 00 00 00             callq   *(%rip)                 # 0x12 <_JIT_ENTRY+0x12>
    // 000000000000000e:  R_X86_64_GOTPCRELX   PySpam_Add-0x4
    // 12: 85 c0                         testl   %eax, %eax
    // 14: 78 13                         js      0x29 <_JIT_ENTRY+0x29>
    // 16: 48 8b 04 24                   movq    (%rsp), %rax
    // 1a: 49 89 45 f0                   movq    %rax, -0x10(%r13)
    // 1e: 49 83 c5 f8                   addq    $-0x8, %r13
    // 22: 58                            popq    %rax
    // 23: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x29 <_JIT_ENTRY+0x29>
    // 0000000000000025:  R_X86_64_GOTPCRELX   _JIT_CONTINUE-0x4
    // 29: 58                            popq    %rax
    // 2a: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x30 <_JIT_ENTRY+0x30>
    // 000000000000002c:  R_X86_64_GOTPCRELX   _JIT_ERROR_TARGET-0x4
    const unsigned char code_body[48] = {
        0x50, 0x49, 0x8b, 0x7d, 0xf0, 0x49, 0x8b, 0x75,
        0xf8, 0x48, 0x89, 0xe2, 0xff, 0x15, 0x00, 0x00,
        0x00, 0x00, 0x85, 0xc0, 0x78, 0x13, 0x48, 0x8b,
        0x04, 0x24, 0x49, 0x89, 0x45, 0xf0, 0x49, 0x83,
        0xc5, 0xf8, 0x58, 0xff, 0x25, 0x00, 0x00, 0x00,
        0x00, 0x58, 0xff, 0x25, 0x00, 0x00, 0x00, 0x00,
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
    patch_x86_64_32rx(code + 0xe, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0x25, (uintptr_t)data + 0x4);
    patch_x86_64_32rx(code + 0x2c, (uintptr_t)data + 0xc);
}

void
emit__BINARY_OP_MULTIPLY_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 41 8b 45 f0                   movl    -0x10(%r13), %eax
    // 4: 41 0f af 45 f8                imull   -0x8(%r13), %eax
    // 9: 71 06                         jno     0x11 <_JIT_ENTRY+0x11>
    // b: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x11 <_JIT_ENTRY+0x11>
    // 000000000000000d:  R_X86_64_GOTPCRELX   _JIT_JUMP_TARGET-0x4
    // 11: 48 98                         cltq
    // 13: 49 89 45 f0                   movq    %rax, -0x10(%r13)
    // 17: 49 83 c5 f8                   addq    $-0x8, %r13
    // 1b: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x21 <_JIT_ENTRY+0x21>
    // 000000000000001d:  R_X86_64_GOTPCRELX   _JIT_CONTINUE-0x4
    const unsigned char code_body[27] = {
        0x41, 0x8b, 0x45, 0xf0, 0x41, 0x0f, 0xaf, 0x45,
        0xf8, 0x71, 0x06, 0xff, 0x25, 0x00, 0x00, 0x00,
        0x00, 0x48, 0x98, 0x49, 0x89, 0x45, 0xf0, 0x49,
        0x83, 0xc5, 0xf8,
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
emit__BINARY_OP_SUBTRACT_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 49 8b 45 f0                   movq    -0x10(%r13), %rax
    // 4: 49 2b 45 f8                   subq    -0x8(%r13), %rax
    // 8: 71 06                         jno     0x10 <_JIT_ENTRY+0x10>
    // a: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x10 <_JIT_ENTRY+0x10>
    // 000000000000000c:  R_X86_64_GOTPCRELX   _JIT_JUMP_TARGET-0x4
    // 10: 49 89 45 f0                   movq    %rax, -0x10(%r13)
    // 14: 49 83 c5 f8                   addq    $-0x8, %r13
    // 18: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x1e <_JIT_ENTRY+0x1e>
    // 000000000000001a:  R_X86_64_GOTPCRELX   _JIT_CONTINUE-0x4
    const unsigned char code_body[24] = {
        0x49, 0x8b, 0x45, 0xf0, 0x49, 0x2b, 0x45, 0xf8,
        0x71, 0x06, 0xff, 0x25, 0x00, 0x00, 0x00, 0x00,
        0x49, 0x89, 0x45, 0xf0, 0x49, 0x83, 0xc5, 0xf8,
    };
    // 0: JUMP_TARGET
    const unsigned char data_body[8] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, instruction_starts[instruction->jump_target]);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0xc, (uintptr_t)data + -0x4);
}

void
emit__BUILD_SUM(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 48 8b 0d 00 00 00 00          movq    (%rip), %rcx            # 0x7 <_JIT_ENTRY+0x7>
    // 0000000000000003:  R_X86_64_REX_GOTPCRELX       _JIT_OPARG-0x4
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
    // 000000000000002f:  R_X86_64_GOTPCREL    _JIT_OPARG-0x4
    // 33: 83 e1 03                      andl    $0x3, %ecx
    // 36: ff c1                         incl    %ecx
    // 38: c1 e1 03                      shll    $0x3, %ecx
    // 3b: 49 29 cd                      subq    %rcx, %r13
    // 3e: 49 89 45 00                   movq    %rax, (%r13)
    // 42: 49 83 c5 08                   addq    $0x8, %r13
    // 46: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x4c <_JIT_ENTRY+0x4c>
    // 0000000000000048:  R_X86_64_GOTPCRELX   _JIT_CONTINUE-0x4
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
    patch_32r(code + 0x2f, (uintptr_t)data + -0x4);
}

void
emit__CALL_BUILTIN_FAST(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 50                            pushq   %rax
    // 1: 8b 15 00 00 00 00             movl    (%rip), %edx            # 0x7 <_JIT_ENTRY+0x7>
    // 0000000000000003:  R_X86_64_GOTPCRELX   _JIT_OPARG-0x4
    // 7: 83 e2 03                      andl    $0x3, %edx
    // a: 8d 04 d5 00 00 00 00          leal    (,%rdx,8), %eax
    // 11: 4c 89 eb                      movq    %r13, %rbx
    // 14: 48 29 c3                      subq    %rax, %rbx
    // 17: 4c 89 e7                      movq    %r12, %rdi
    // 1a: 48 89 de                      movq    %rbx, %rsi
    // 1d: ff 15 00 00 00 00             callq   *(%rip)                 # 0x23 <_JIT_ENTRY+0x23>
    // 000000000000001f:  R_X86_64_GOTPCRELX   PySpam_Call3-0x4
    // 23: 48 85 c0                      testq   %rax, %rax
    // 26: 74 11                         je      0x39 <_JIT_ENTRY+0x39>
    // 28: 48 89 03                      movq    %rax, (%rbx)
    // 2b: 48 83 c3 08                   addq    $0x8, %rbx
    // 2f: 49 89 dd                      movq    %rbx, %r13
    // 32: 58                            popq    %rax
    // 33: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x39 <_JIT_ENTRY+0x39>
    // 0000000000000035:  R_X86_64_GOTPCRELX   _JIT_CONTINUE-0x4
    // 39: 58                            popq    %rax
    // 3a: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x40 <_JIT_ENTRY+0x40>
    // 000000000000003c:  R_X86_64_GOTPCRELX   _JIT_ERROR_TARGET-0x4
    const unsigned char code_body[64] = {
        0x50, 0x8b, 0x15, 0x00, 0x00, 0x00, 0x00, 0x83,
        0xe2, 0x03, 0x8d, 0x04, 0xd5, 0x00, 0x00, 0x00,
        0x00, 0x4c, 0x89, 0xeb, 0x48, 0x29, 0xc3, 0x4c,
        0x89, 0xe7, 0x48, 0x89, 0xde, 0xff, 0x15, 0x00,
        0x00, 0x00, 0x00, 0x48, 0x85, 0xc0, 0x74, 0x11,
        0x48, 0x89, 0x03, 0x48, 0x83, 0xc3, 0x08, 0x49,
        0x89, 0xdd, 0x58, 0xff, 0x25, 0x00, 0x00, 0x00,
        0x00, 0x58, 0xff, 0x25, 0x00, 0x00, 0x00, 0x00,
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
    patch_x86_64_32rx(code + 0x3, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0x1f, (uintptr_t)data + 0x4);
    patch_x86_64_32rx(code + 0x35, (uintptr_t)data + 0xc);
    patch_x86_64_32rx(code + 0x3c, (uintptr_t)data + 0x14);
}

void
emit__CHECK_FUNCTION_VERSION(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 41 8b 44 24 14                movl    0x14(%r12), %eax
    // 5: 3b 05 00 00 00 00             cmpl    (%rip), %eax            # 0xb <_JIT_ENTRY+0xb>
    // 0000000000000007:  R_X86_64_GOTPCRELX   _JIT_OPERAND0-0x4
    // b: 75 14                         jne     0x21 <_JIT_ENTRY+0x21>
    // d: 49 8b 44 24 20                movq    0x20(%r12), %rax
    // 12: 48 3b 05 00 00 00 00          cmpq    (%rip), %rax            # 0x19 <_JIT_ENTRY+0x19>
    // 0000000000000015:  R_X86_64_REX_GOTPCRELX       _JIT_OPERAND1-0x4
    // 19: 75 06                         jne     0x21 <_JIT_ENTRY+0x21>
    // 1b: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x21 <_JIT_ENTRY+0x21>
    // 000000000000001d:  R_X86_64_GOTPCRELX   _JIT_CONTINUE-0x4
    // 21: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x27 <_JIT_ENTRY+0x27>
    // 0000000000000023:  R_X86_64_GOTPCRELX   _JIT_JUMP_TARGET-0x4
    const unsigned char code_body[39] = {
        0x41, 0x8b, 0x44, 0x24, 0x14, 0x3b, 0x05, 0x00,
        0x00, 0x00, 0x00, 0x75, 0x14, 0x49, 0x8b, 0x44,
        0x24, 0x20, 0x48, 0x3b, 0x05, 0x00, 0x00, 0x00,
        0x00, 0x75, 0x06, 0xff, 0x25, 0x00, 0x00, 0x00,
        0x00, 0xff, 0x25, 0x00, 0x00, 0x00, 0x00,
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
    patch_x86_64_32rx(code + 0x1d, (uintptr_t)data + 0xc);
    patch_x86_64_32rx(code + 0x23, (uintptr_t)data + 0x14);
}

void
emit__CHECK_STACK_SPACE(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 0f b7 05 00 00 00 00          movzwl  (%rip), %eax            # 0x7 <_JIT_ENTRY+0x7>
    // 0000000000000003:  R_X86_64_GOTPCREL    _JIT_OPARG-0x4
    // 7: 83 e0 0f                      andl    $0xf, %eax
    // a: ff c0                         incl    %eax
    // c: 41 39 46 1c                   cmpl    %eax, 0x1c(%r14)
    // 10: 73 06                         jae     0x18 <_JIT_ENTRY+0x18>
    // 12: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x18 <_JIT_ENTRY+0x18>
    // 0000000000000014:  R_X86_64_GOTPCRELX   _JIT_JUMP_TARGET-0x4
    // 18: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x1e <_JIT_ENTRY+0x1e>
    // 000000000000001a:  R_X86_64_GOTPCRELX   _JIT_CONTINUE-0x4
    const unsigned char code_body[24] = {
        0x0f, 0xb7, 0x05, 0x00, 0x00, 0x00, 0x00, 0x83,
        0xe0, 0x0f, 0xff, 0xc0, 0x41, 0x39, 0x46, 0x1c,
        0x73, 0x06, 0xff, 0x25, 0x00, 0x00, 0x00, 0x00,
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
    patch_32r(code + 0x3, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0x14, (uintptr_t)data + 0x4);
}

void
emit__CHECK_VALIDITY(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 48 8b 05 00 00 00 00          movq    (%rip), %rax            # 0x7 <_JIT_ENTRY+0x7>
    // 0000000000000003:  R_X86_64_REX_GOTPCRELX       _JIT_EXECUTOR-0x4
    // 7: 83 78 08 00                   cmpl    $0x0, 0x8(%rax)
    // b: 74 06                         je      0x13 <_JIT_ENTRY+0x13>
    // d: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x13 <_JIT_ENTRY+0x13>
    // 000000000000000f:  R_X86_64_GOTPCRELX   _JIT_CONTINUE-0x4
    // 13: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x19 <_JIT_ENTRY+0x19>
    // 0000000000000015:  R_X86_64_GOTPCRELX   _JIT_JUMP_TARGET-0x4
    const unsigned char code_body[25] = {
        0x48, 0x8b, 0x05, 0x00, 0x00, 0x00, 0x00, 0x83,
        0x78, 0x08, 0x00, 0x74, 0x06, 0xff, 0x25, 0x00,
        0x00, 0x00, 0x00, 0xff, 0x25, 0x00, 0x00, 0x00,
        0x00,
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
    patch_x86_64_32rx(code + 0xf, (uintptr_t)data + 0x4);
    patch_x86_64_32rx(code + 0x15, (uintptr_t)data + 0xc);
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
    // 000000000000000e:  R_X86_64_GOTPCRELX   _JIT_OPARG-0x4
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
    // 43: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x49 <_JIT_ENTRY+0x49>
    // 0000000000000045:  R_X86_64_GOTPCRELX   _JIT_CONTINUE-0x4
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
    // 0: 50                            pushq   %rax
    // 1: 8b 05 00 00 00 00             movl    (%rip), %eax            # 0x7 <_JIT_ENTRY+0x7>
    // 0000000000000003:  R_X86_64_GOTPCRELX   _JIT_OPARG-0x4
    // 7: f7 d0                         notl    %eax
    // 9: 0d fc ff 00 00                orl     $0xfffc, %eax           # imm = 0xFFFC
    // e: 48 0f bf c0                   movswq  %ax, %rax
    // 12: 49 8b 7c c5 00                movq    (%r13,%rax,8), %rdi
    // 17: ff 15 00 00 00 00             callq   *(%rip)                 # 0x1d <_JIT_ENTRY+0x1d>
    // 0000000000000019:  R_X86_64_GOTPCRELX   PyRef_Dup-0x4
    // 1d: 49 89 45 00                   movq    %rax, (%r13)
    // 21: 49 83 c5 08                   addq    $0x8, %r13
    // 25: 58                            popq    %rax
    // 26: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x2c <_JIT_ENTRY+0x2c>
    // 0000000000000028:  R_X86_64_GOTPCRELX   _JIT_CONTINUE-0x4
    const unsigned char code_body[38] = {
        0x50, 0x8b, 0x05, 0x00, 0x00, 0x00, 0x00, 0xf7,
        0xd0, 0x0d, 0xfc, 0xff, 0x00, 0x00, 0x48, 0x0f,
        0xbf, 0xc0, 0x49, 0x8b, 0x7c, 0xc5, 0x00, 0xff,
        0x15, 0x00, 0x00, 0x00, 0x00, 0x49, 0x89, 0x45,
        0x00, 0x49, 0x83, 0xc5, 0x08, 0x58,
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
    patch_x86_64_32rx(code + 0x3, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0x19, (uintptr_t)data + 0x4);
}

void
emit__DEOPT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 8b 05 00 00 00 00             movl    (%rip), %eax            # 0x6 <_JIT_ENTRY+0x6>
    // 0000000000000002:  R_X86_64_GOTPCRELX   _JIT_TARGET-0x4
    // 6: 41 89 44 24 10                movl    %eax, 0x10(%r12)
    // b: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x11 <_JIT_ENTRY+0x11>
    // 000000000000000d:  R_X86_64_GOTPCRELX   _JIT_ERROR_TARGET-0x4
    const unsigned char code_body[17] = {
        0x8b, 0x05, 0x00, 0x00, 0x00, 0x00, 0x41, 0x89,
        0x44, 0x24, 0x10, 0xff, 0x25, 0x00, 0x00, 0x00,
        0x00,
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
    patch_x86_64_32rx(code + 0xd, (uintptr_t)data + 0x4);
}

void
emit__EXIT_TRACE(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 8b 05 00 00 00 00             movl    (%rip), %eax            # 0x6 <_JIT_ENTRY+0x6>
    // 0000000000000002:  R_X86_64_GOTPCRELX   _JIT_TARGET-0x4
    // 6: 41 89 44 24 10                movl    %eax, 0x10(%r12)
    // b: 41 89 46 20                   movl    %eax, 0x20(%r14)
    // f: 48 8b 05 00 00 00 00          movq    (%rip), %rax            # 0x16 <_JIT_ENTRY+0x16>
    // 0000000000000012:  R_X86_64_REX_GOTPCRELX       _JIT_EXECUTOR-0x4
    // 16: ff 40 10                      incl    0x10(%rax)
    // 19: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x1f <_JIT_ENTRY+0x1f>
    // 000000000000001b:  R_X86_64_GOTPCRELX   _JIT_JUMP_TARGET-0x4
    const unsigned char code_body[31] = {
        0x8b, 0x05, 0x00, 0x00, 0x00, 0x00, 0x41, 0x89,
        0x44, 0x24, 0x10, 0x41, 0x89, 0x46, 0x20, 0x48,
        0x8b, 0x05, 0x00, 0x00, 0x00, 0x00, 0xff, 0x40,
        0x10, 0xff, 0x25, 0x00, 0x00, 0x00, 0x00,
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
    patch_x86_64_32rx(code + 0x1b, (uintptr_t)data + 0xc);
}

void
emit__FATAL_ERROR(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 50                            pushq   %rax
    // 1: 8b 35 00 00 00 00             movl    (%rip), %esi            # 0x7 <_JIT_ENTRY+0x7>
    // 0000000000000003:  R_X86_64_GOTPCRELX   _JIT_TARGET-0x4
    // 7: 4c 89 f7                      movq    %r14, %rdi
    // a: ff 15 00 00 00 00             callq   *(%rip)                 # 0x10 <_JIT_ENTRY+0x10>
    // 000000000000000c:  R_X86_64_GOTPCRELX   PySpam_Fatal-0x4
    // 10: 58                            popq    %rax
    // 11: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x17 <_JIT_ENTRY+0x17>
    // 0000000000000013:  R_X86_64_GOTPCRELX   _JIT_ERROR_TARGET-0x4
    const unsigned char code_body[23] = {
        0x50, 0x8b, 0x35, 0x00, 0x00, 0x00, 0x00, 0x4c,
        0x89, 0xf7, 0xff, 0x15, 0x00, 0x00, 0x00, 0x00,
        0x58, 0xff, 0x25, 0x00, 0x00, 0x00, 0x00,
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
    patch_x86_64_32rx(code + 0x3, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0xc, (uintptr_t)data + 0x4);
    patch_x86_64_32rx(code + 0x13, (uintptr_t)data + 0xc);
}

void
emit__GUARD_IS_FALSE_POP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 4c 89 e8                      movq    %r13, %rax
    // 3: 49 83 c5 f8                   addq    $-0x8, %r13
    // 7: 48 83 78 f8 10                cmpq    $0x10, -0x8(%rax)
    // c: 75 06                         jne     0x14 <_JIT_ENTRY+0x14>
    // e: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x14 <_JIT_ENTRY+0x14>
    // 0000000000000010:  R_X86_64_GOTPCRELX   _JIT_CONTINUE-0x4
    // 14: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x1a <_JIT_ENTRY+0x1a>
    // 0000000000000016:  R_X86_64_GOTPCRELX   _JIT_JUMP_TARGET-0x4
    const unsigned char code_body[26] = {
        0x4c, 0x89, 0xe8, 0x49, 0x83, 0xc5, 0xf8, 0x48,
        0x83, 0x78, 0xf8, 0x10, 0x75, 0x06, 0xff, 0x25,
        0x00, 0x00, 0x00, 0x00, 0xff, 0x25, 0x00, 0x00,
        0x00, 0x00,
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
    patch_x86_64_32rx(code + 0x10, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0x16, (uintptr_t)data + 0x4);
}

void
emit__GUARD_IS_TRUE_POP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 4c 89 e8                      movq    %r13, %rax
    // 3: 49 83 c5 f8                   addq    $-0x8, %r13
    // 7: 48 83 78 f8 11                cmpq    $0x11, -0x8(%rax)
    // c: 75 06                         jne     0x14 <_JIT_ENTRY+0x14>
    // e: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x14 <_JIT_ENTRY+0x14>
    // 0000000000000010:  R_X86_64_GOTPCRELX   _JIT_CONTINUE-0x4
    // 14: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x1a <_JIT_ENTRY+0x1a>
    // 0000000000000016:  R_X86_64_GOTPCRELX   _JIT_JUMP_TARGET-0x4
    const unsigned char code_body[26] = {
        0x4c, 0x89, 0xe8, 0x49, 0x83, 0xc5, 0xf8, 0x48,
        0x83, 0x78, 0xf8, 0x11, 0x75, 0x06, 0xff, 0x25,
        0x00, 0x00, 0x00, 0x00, 0xff, 0x25, 0x00, 0x00,
        0x00, 0x00,
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
    patch_x86_64_32rx(code + 0x10, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0x16, (uintptr_t)data + 0x4);
}

void
emit__GUARD_NOS_NOT_NULL(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 49 83 7d f0 00                cmpq    $0x0, -0x10(%r13)
    // 5: 74 06                         je      0xd <_JIT_ENTRY+0xd>
    // 7: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0xd <_JIT_ENTRY+0xd>
    // 0000000000000009:  R_X86_64_GOTPCRELX   _JIT_CONTINUE-0x4
    // d: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x13 <_JIT_ENTRY+0x13>
    // 000000000000000f:  R_X86_64_GOTPCRELX   _JIT_JUMP_TARGET-0x4
    const unsigned char code_body[19] = {
        0x49, 0x83, 0x7d, 0xf0, 0x00, 0x74, 0x06, 0xff,
        0x25, 0x00, 0x00, 0x00, 0x00, 0xff, 0x25, 0x00,
        0x00, 0x00, 0x00,
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
    patch_x86_64_32rx(code + 0x9, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0xf, (uintptr_t)data + 0x4);
}

void
emit__JUMP_TO_TOP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 41 f6 46 18 01                testb   $0x1, 0x18(%r14)
    // 5: 75 06                         jne     0xd <_JIT_ENTRY+0xd>
    // 7: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0xd <_JIT_ENTRY+0xd>
    // 0000000000000009:  R_X86_64_GOTPCRELX   _JIT_JUMP_TARGET-0x4
    // d: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x13 <_JIT_ENTRY+0x13>
    // 000000000000000f:  R_X86_64_GOTPCRELX   _JIT_ERROR_TARGET-0x4
    const unsigned char code_body[19] = {
        0x41, 0xf6, 0x46, 0x18, 0x01, 0x75, 0x06, 0xff,
        0x25, 0x00, 0x00, 0x00, 0x00, 0xff, 0x25, 0x00,
        0x00, 0x00, 0x00,
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
    patch_x86_64_32rx(code + 0x9, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0xf, (uintptr_t)data + 0x4);
}

void
emit__LOAD_CONST_INLINE(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 48 8b 05 00 00 00 00          movq    (%rip), %rax            # 0x7 <_JIT_ENTRY+0x7>
    // 0000000000000003:  R_X86_64_REX_GOTPCRELX       _JIT_OPERAND0-0x4
    // 7: 48 83 c8 01                   orq     $0x1, %rax
    // b: 49 89 45 00                   movq    %rax, (%r13)
    // f: 49 83 c5 08                   addq    $0x8, %r13
    // 13: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x19 <_JIT_ENTRY+0x19>
    // 0000000000000015:  R_X86_64_GOTPCRELX   _JIT_CONTINUE-0x4
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
    // 0000000000000003:  R_X86_64_REX_GOTPCRELX       _JIT_OPERAND1-0x4
    // 7: 48 c1 e0 03                   shlq    $0x3, %rax
    // b: 48 33 05 00 00 00 00          xorq    (%rip), %rax            # 0x12 <_JIT_ENTRY+0x12>
    // 000000000000000e:  R_X86_64_REX_GOTPCRELX       _JIT_OPERAND0-0x4
    // 12: 49 89 45 00                   movq    %rax, (%r13)
    // 16: 49 83 c5 08                   addq    $0x8, %r13
    // 1a: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x20 <_JIT_ENTRY+0x20>
    // 000000000000001c:  R_X86_64_GOTPCRELX   _JIT_CONTINUE-0x4
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
    // 0000000000000002:  R_X86_64_GOTPCRELX   _JIT_OPARG-0x4
    // 6: 83 e0 07                      andl    $0x7, %eax
    // 9: 49 8b 44 c4 28                movq    0x28(%r12,%rax,8), %rax
    // e: 49 89 45 00                   movq    %rax, (%r13)
    // 12: 49 83 c5 08                   addq    $0x8, %r13
    // 16: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x1c <_JIT_ENTRY+0x1c>
    // 0000000000000018:  R_X86_64_GOTPCRELX   _JIT_CONTINUE-0x4
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
    // 0000000000000002:  R_X86_64_GOTPCRELX   _JIT_OPARG-0x4
    // 6: 83 e0 0f                      andl    $0xf, %eax
    // 9: 48 8b 0d 00 00 00 00          movq    (%rip), %rcx            # 0x10 <_JIT_ENTRY+0x10>
    // 000000000000000c:  R_X86_64_REX_GOTPCRELX       PyGlobal_Table-0x4
    // 10: 48 8b 04 c1                   movq    (%rcx,%rax,8), %rax
    // 14: 48 85 c0                      testq   %rax, %rax
    // 17: 74 0e                         je      0x27 <_JIT_ENTRY+0x27>
    // 19: 49 89 45 00                   movq    %rax, (%r13)
    // 1d: 49 83 c5 08                   addq    $0x8, %r13
    // 21: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x27 <_JIT_ENTRY+0x27>
    // 0000000000000023:  R_X86_64_GOTPCRELX   _JIT_CONTINUE-0x4
    // 27: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x2d <_JIT_ENTRY+0x2d>
    // 0000000000000029:  R_X86_64_GOTPCRELX   _JIT_ERROR_TARGET-0x4
    const unsigned char code_body[45] = {
        0x8b, 0x05, 0x00, 0x00, 0x00, 0x00, 0x83, 0xe0,
        0x0f, 0x48, 0x8b, 0x0d, 0x00, 0x00, 0x00, 0x00,
        0x48, 0x8b, 0x04, 0xc1, 0x48, 0x85, 0xc0, 0x74,
        0x0e, 0x49, 0x89, 0x45, 0x00, 0x49, 0x83, 0xc5,
        0x08, 0xff, 0x25, 0x00, 0x00, 0x00, 0x00, 0xff,
        0x25, 0x00, 0x00, 0x00, 0x00,
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
    patch_x86_64_32rx(code + 0x23, (uintptr_t)data + 0xc);
    patch_x86_64_32rx(code + 0x29, (uintptr_t)data + 0x14);
}

void
emit__LOAD_SMALL_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 8b 05 00 00 00 00             movl    (%rip), %eax            # 0x6 <_JIT_ENTRY+0x6>
    // 0000000000000002:  R_X86_64_GOTPCRELX   _JIT_OPARG-0x4
    // 6: 83 e0 07                      andl    $0x7, %eax
    // 9: 48 8d 0d 00 00 00 00          leaq    (%rip), %rcx            # 0x10 <_JIT_ENTRY+0x10>
    // 000000000000000c:  R_X86_64_PC32        .rodata-0x4
    // 10: 48 8b 04 c1                   movq    (%rcx,%rax,8), %rax
    // 14: 49 89 45 00                   movq    %rax, (%r13)
    // 18: 49 83 c5 08                   addq    $0x8, %r13
    // 1c: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x22 <_JIT_ENTRY+0x22>
    // 000000000000001e:  R_X86_64_GOTPCRELX   _JIT_CONTINUE-0x4
    const unsigned char code_body[28] = {
        0x8b, 0x05, 0x00, 0x00, 0x00, 0x00, 0x83, 0xe0,
        0x07, 0x48, 0x8d, 0x0d, 0x00, 0x00, 0x00, 0x00,
        0x48, 0x8b, 0x04, 0xc1, 0x49, 0x89, 0x45, 0x00,
        0x49, 0x83, 0xc5, 0x08,
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
        0x0d, 0xf0, 0xfe, 0xca, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x40, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x2, (uintptr_t)data + 0x3c);
    patch_32r(code + 0xc, (uintptr_t)data + -0x4);
}

void
emit__MAKE_WARM(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 48 8b 05 00 00 00 00          movq    (%rip), %rax            # 0x7 <_JIT_ENTRY+0x7>
    // 0000000000000003:  R_X86_64_REX_GOTPCRELX       _JIT_EXECUTOR-0x4
    // 7: c7 40 0c 01 00 00 00          movl    $0x1, 0xc(%rax)
    // e: 49 ff 46 28                   incq    0x28(%r14)
    // 12: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x18 <_JIT_ENTRY+0x18>
    // 0000000000000014:  R_X86_64_GOTPCRELX   _JIT_CONTINUE-0x4
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
    // 0: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x6 <_JIT_ENTRY+0x6>
    // 0000000000000002:  R_X86_64_GOTPCRELX   _JIT_CONTINUE-0x4
}

void
emit__POP_TOP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 50                            pushq   %rax
    // 1: 49 8b 7d f8                   movq    -0x8(%r13), %rdi
    // 5: 49 83 c5 f8                   addq    $-0x8, %r13
    // 9: 40 f6 c7 01                   testb   $0x1, %dil
    // d: 74 06                         je      0x15 <_JIT_ENTRY+0x15>
    // f: ff 15 00 00 00 00             callq   *(%rip)                 # 0x15 <_JIT_ENTRY+0x15>
    // 0000000000000011:  R_X86_64_GOTPCRELX   PyRef_Close-0x4
    // 15: 58                            popq    %rax
    // 16: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x1c <_JIT_ENTRY+0x1c>
    // 0000000000000018:  R_X86_64_GOTPCRELX   _JIT_CONTINUE-0x4
    const unsigned char code_body[22] = {
        0x50, 0x49, 0x8b, 0x7d, 0xf8, 0x49, 0x83, 0xc5,
        0xf8, 0x40, 0xf6, 0xc7, 0x01, 0x74, 0x06, 0xff,
        0x15, 0x00, 0x00, 0x00, 0x00, 0x58,
    };
    // 0: &PyRef_Close+0x0
    const unsigned char data_body[8] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x0, (uintptr_t)&PyRef_Close);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x11, (uintptr_t)data + -0x4);
}

void
emit__RESUME_CHECK(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 50                            pushq   %rax
    // 1: 41 8b 46 18                   movl    0x18(%r14), %eax
    // 5: 41 3b 44 24 14                cmpl    0x14(%r12), %eax
    // a: 75 07                         jne     0x13 <_JIT_ENTRY+0x13>
    // c: 58                            popq    %rax
    // d: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x13 <_JIT_ENTRY+0x13>
    // 000000000000000f:  R_X86_64_GOTPCRELX   _JIT_CONTINUE-0x4
    // 13: 4c 89 f7                      movq    %r14, %rdi
    // 16: ff 15 00 00 00 00             callq   *(%rip)                 # 0x1c <_JIT_ENTRY+0x1c>
    // 0000000000000018:  R_X86_64_GOTPCRELX   PyEggs_Periodic-0x4
    // 1c: 85 c0                         testl   %eax, %eax
    // 1e: 78 07                         js      0x27 <_JIT_ENTRY+0x27>
    // 20: 58                            popq    %rax
    // 21: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x27 <_JIT_ENTRY+0x27>
    // 0000000000000023:  R_X86_64_GOTPCRELX   _JIT_JUMP_TARGET-0x4
    // 27: 58                            popq    %rax
    // 28: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x2e <_JIT_ENTRY+0x2e>
    // 000000000000002a:  R_X86_64_GOTPCRELX   _JIT_ERROR_TARGET-0x4
    const unsigned char code_body[46] = {
        0x50, 0x41, 0x8b, 0x46, 0x18, 0x41, 0x3b, 0x44,
        0x24, 0x14, 0x75, 0x07, 0x58, 0xff, 0x25, 0x00,
        0x00, 0x00, 0x00, 0x4c, 0x89, 0xf7, 0xff, 0x15,
        0x00, 0x00, 0x00, 0x00, 0x85, 0xc0, 0x78, 0x07,
        0x58, 0xff, 0x25, 0x00, 0x00, 0x00, 0x00, 0x58,
        0xff, 0x25, 0x00, 0x00, 0x00, 0x00,
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
    patch_x86_64_32rx(code + 0xf, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0x18, (uintptr_t)data + 0x4);
    patch_x86_64_32rx(code + 0x23, (uintptr_t)data + 0xc);
    patch_x86_64_32rx(code + 0x2a, (uintptr_t)data + 0x14);
}

void
emit__SET_IP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 48 8b 05 00 00 00 00          movq    (%rip), %rax            # 0x7 <_JIT_ENTRY+0x7>
    // 0000000000000003:  R_X86_64_REX_GOTPCRELX       _JIT_OPERAND0-0x4
    // 7: 49 89 44 24 08                movq    %rax, 0x8(%r12)
    // c: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x12 <_JIT_ENTRY+0x12>
    // 000000000000000e:  R_X86_64_GOTPCRELX   _JIT_CONTINUE-0x4
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
    // 0: 50                            pushq   %rax
    // 1: 49 8b 7e 10                   movq    0x10(%r14), %rdi
    // 5: 48 85 ff                      testq   %rdi, %rdi
    // 8: 74 0e                         je      0x18 <_JIT_ENTRY+0x18>
    // a: 49 c7 46 10 00 00 00 00       movq    $0x0, 0x10(%r14)
    // 12: ff 15 00 00 00 00             callq   *(%rip)                 # 0x18 <_JIT_ENTRY+0x18>
    // 0000000000000014:  R_X86_64_GOTPCRELX   PyEggs_Release-0x4
    // 18: 48 8b 05 00 00 00 00          movq    (%rip), %rax            # 0x1f <_JIT_ENTRY+0x1f>
    // 000000000000001b:  R_X86_64_REX_GOTPCRELX       _JIT_EXECUTOR-0x4
    // 1f: 49 89 46 08                   movq    %rax, 0x8(%r14)
    // 23: 58                            popq    %rax
    // 24: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x2a <_JIT_ENTRY+0x2a>
    // 0000000000000026:  R_X86_64_GOTPCRELX   _JIT_CONTINUE-0x4
    const unsigned char code_body[36] = {
        0x50, 0x49, 0x8b, 0x7e, 0x10, 0x48, 0x85, 0xff,
        0x74, 0x0e, 0x49, 0xc7, 0x46, 0x10, 0x00, 0x00,
        0x00, 0x00, 0xff, 0x15, 0x00, 0x00, 0x00, 0x00,
        0x48, 0x8b, 0x05, 0x00, 0x00, 0x00, 0x00, 0x49,
        0x89, 0x46, 0x08, 0x58,
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
    patch_x86_64_32rx(code + 0x14, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0x1b, (uintptr_t)data + 0x4);
}

void
emit__STORE_FAST(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 8b 05 00 00 00 00             movl    (%rip), %eax            # 0x6 <_JIT_ENTRY+0x6>
    // 0000000000000002:  R_X86_64_GOTPCRELX   _JIT_OPARG-0x4
    // 6: 83 e0 07                      andl    $0x7, %eax
    // 9: 49 8b 4d f8                   movq    -0x8(%r13), %rcx
    // d: 49 83 c5 f8                   addq    $-0x8, %r13
    // 11: 49 89 4c c4 28                movq    %rcx, 0x28(%r12,%rax,8)
    // 16: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x1c <_JIT_ENTRY+0x1c>
    // 0000000000000018:  R_X86_64_GOTPCRELX   _JIT_CONTINUE-0x4
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
    // 0000000000000002:  R_X86_64_GOTPCRELX   _JIT_OPARG-0x4
    // 6: 89 c1                         movl    %eax, %ecx
    // 8: 83 e1 07                      andl    $0x7, %ecx
    // b: 48 8b 15 00 00 00 00          movq    (%rip), %rdx            # 0x12 <_JIT_ENTRY+0x12>
    // 000000000000000e:  R_X86_64_REX_GOTPCRELX       PyGlobal_Counter-0x4
    // 12: 8b 32                         movl    (%rdx), %esi
    // 14: 01 f1                         addl    %esi, %ecx
    // 16: ff c1                         incl    %ecx
    // 18: 89 0a                         movl    %ecx, (%rdx)
    // 1a: 49 8b 4d f8                   movq    -0x8(%r13), %rcx
    // 1e: 49 83 c5 f8                   addq    $-0x8, %r13
    // 22: 83 e0 0f                      andl    $0xf, %eax
    // 25: 48 8b 15 00 00 00 00          movq    (%rip), %rdx            # 0x2c <_JIT_ENTRY+0x2c>
    // 0000000000000028:  R_X86_64_REX_GOTPCRELX       PyGlobal_Table-0x4
    // 2c: 48 89 0c c2                   movq    %rcx, (%rdx,%rax,8)
    // 30: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x36 <_JIT_ENTRY+0x36>
    // 0000000000000032:  R_X86_64_GOTPCRELX   _JIT_CONTINUE-0x4
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
    // 0000000000000003:  R_X86_64_REX_GOTPCRELX       _JIT_OPARG-0x4
    // 7: 83 e0 01                      andl    $0x1, %eax
    // a: 48 c7 c1 fe ff ff ff          movq    $-0x2, %rcx
    // 11: 48 29 c1                      subq    %rax, %rcx
    // 14: 49 8b 45 f8                   movq    -0x8(%r13), %rax
    // 18: 49 8b 54 cd 00                movq    (%r13,%rcx,8), %rdx
    // 1d: 49 89 55 f8                   movq    %rdx, -0x8(%r13)
    // 21: 49 89 44 cd 00                movq    %rax, (%r13,%rcx,8)
    // 26: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x2c <_JIT_ENTRY+0x2c>
    // 0000000000000028:  R_X86_64_GOTPCRELX   _JIT_CONTINUE-0x4
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
    // 0: 50                            pushq   %rax
    // 1: 49 8b 7d f8                   movq    -0x8(%r13), %rdi
    // 5: ff 15 00 00 00 00             callq   *(%rip)                 # 0xb <_JIT_ENTRY+0xb>
    // 0000000000000007:  R_X86_64_GOTPCRELX   PyEggs_Check-0x4
    // b: 85 c0                         testl   %eax, %eax
    // d: 78 17                         js      0x26 <_JIT_ENTRY+0x26>
    // f: 83 f8 01                      cmpl    $0x1, %eax
    // 12: b8 11 00 00 00                movl    $0x11, %eax
    // 17: 48 83 d8 00                   sbbq    $0x0, %rax
    // 1b: 49 89 45 f8                   movq    %rax, -0x8(%r13)
    // 1f: 58                            popq    %rax
    // 20: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x26 <_JIT_ENTRY+0x26>
    // 0000000000000022:  R_X86_64_GOTPCRELX   _JIT_CONTINUE-0x4
    // 26: 58                            popq    %rax
    // 27: ff 25 00 00 00 00             jmpq    *(%rip)                 # 0x2d <_JIT_ENTRY+0x2d>
    // 0000000000000029:  R_X86_64_GOTPCRELX   _JIT_ERROR_TARGET-0x4
    const unsigned char code_body[45] = {
        0x50, 0x49, 0x8b, 0x7d, 0xf8, 0xff, 0x15, 0x00,
        0x00, 0x00, 0x00, 0x85, 0xc0, 0x78, 0x17, 0x83,
        0xf8, 0x01, 0xb8, 0x11, 0x00, 0x00, 0x00, 0x48,
        0x83, 0xd8, 0x00, 0x49, 0x89, 0x45, 0xf8, 0x58,
        0xff, 0x25, 0x00, 0x00, 0x00, 0x00, 0x58, 0xff,
        0x25, 0x00, 0x00, 0x00, 0x00,
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
    patch_x86_64_32rx(code + 0x7, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0x22, (uintptr_t)data + 0x4);
    patch_x86_64_32rx(code + 0x29, (uintptr_t)data + 0xc);
}

typedef struct {
    void (*emit)(
        unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
        const _PyUOpInstruction *instruction, uintptr_t instruction_starts[]);
    size_t code_size;
    size_t data_size;
} StencilGroup;

static const StencilGroup trampoline = {emit_trampoline, 50, 8};

static const StencilGroup stencil_groups[MAX_UOP_ID + 1] = {
    [_BINARY_OP] = {emit__BINARY_OP, 119, 32},
    [_BINARY_OP_ADD_INT] = {emit__BINARY_OP_ADD_INT, 48, 24},
    [_BINARY_OP_MULTIPLY_INT] = {emit__BINARY_OP_MULTIPLY_INT, 27, 8},
    [_BINARY_OP_SUBTRACT_INT] = {emit__BINARY_OP_SUBTRACT_INT, 24, 8},
    [_BUILD_SUM] = {emit__BUILD_SUM, 70, 8},
    [_CALL_BUILTIN_FAST] = {emit__CALL_BUILTIN_FAST, 64, 32},
    [_CHECK_FUNCTION_VERSION] = {emit__CHECK_FUNCTION_VERSION, 39, 32},
    [_CHECK_STACK_SPACE] = {emit__CHECK_STACK_SPACE, 24, 16},
    [_CHECK_VALIDITY] = {emit__CHECK_VALIDITY, 25, 24},
    [_COMPARE_OP_INT] = {emit__COMPARE_OP_INT, 67, 8},
    [_COPY] = {emit__COPY, 38, 16},
    [_DEOPT] = {emit__DEOPT, 17, 16},
    [_EXIT_TRACE] = {emit__EXIT_TRACE, 31, 24},
    [_FATAL_ERROR] = {emit__FATAL_ERROR, 23, 24},
    [_GUARD_IS_FALSE_POP] = {emit__GUARD_IS_FALSE_POP, 26, 16},
    [_GUARD_IS_TRUE_POP] = {emit__GUARD_IS_TRUE_POP, 26, 16},
    [_GUARD_NOS_NOT_NULL] = {emit__GUARD_NOS_NOT_NULL, 19, 16},
    [_JUMP_TO_TOP] = {emit__JUMP_TO_TOP, 19, 16},
    [_LOAD_CONST_INLINE] = {emit__LOAD_CONST_INLINE, 19, 8},
    [_LOAD_CONST_INLINE_BORROW] = {emit__LOAD_CONST_INLINE_BORROW, 26, 16},
    [_LOAD_FAST] = {emit__LOAD_FAST, 22, 8},
    [_LOAD_GLOBAL_BUILTIN] = {emit__LOAD_GLOBAL_BUILTIN, 45, 32},
    [_LOAD_SMALL_INT] = {emit__LOAD_SMALL_INT, 28, 72},
    [_MAKE_WARM] = {emit__MAKE_WARM, 18, 8},
    [_NOP] = {emit__NOP, 0, 0},
    [_POP_TOP] = {emit__POP_TOP, 22, 8},
    [_RESUME_CHECK] = {emit__RESUME_CHECK, 46, 32},
    [_SET_IP] = {emit__SET_IP, 12, 8},
    [_START_EXECUTOR] = {emit__START_EXECUTOR, 36, 16},
    [_STORE_FAST] = {emit__STORE_FAST, 22, 8},
    [_STORE_GLOBAL_COUNTER] = {emit__STORE_GLOBAL_COUNTER, 48, 24},
    [_SWAP] = {emit__SWAP, 38, 8},
    [_TO_BOOL_INT] = {emit__TO_BOOL_INT, 45, 24},
};
