void
emit_shim(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
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
    // 1a: e8 00 00 00 00                callq   0x1f <_JIT_ENTRY+0x1f>
    // 000000000000001b:  R_X86_64_PLT32       _JIT_CONTINUE-0x4
    // 1f: ff 4d 24                      decl    0x24(%rbp)
    // 22: 48 83 c4 08                   addq    $0x8, %rsp
    // 26: 5b                            popq    %rbx
    // 27: 41 5c                         popq    %r12
    // 29: 41 5d                         popq    %r13
    // 2b: 41 5e                         popq    %r14
    // 2d: 41 5f                         popq    %r15
    // 2f: 5d                            popq    %rbp
    // 30: c3                            retq
    const unsigned char code_body[49] = {
        0x55, 0x41, 0x57, 0x41, 0x56, 0x41, 0x55, 0x41,
        0x54, 0x53, 0x50, 0x48, 0x89, 0xd5, 0xff, 0x42,
        0x24, 0x49, 0x89, 0xfc, 0x49, 0x89, 0xf5, 0x49,
        0x89, 0xd6, 0xe8, 0x00, 0x00, 0x00, 0x00, 0xff,
        0x4d, 0x24, 0x48, 0x83, 0xc4, 0x08, 0x5b, 0x41,
        0x5c, 0x41, 0x5d, 0x41, 0x5e, 0x41, 0x5f, 0x5d,
        0xc3,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_32r(code + 0x1b, (uintptr_t)code + sizeof(code_body) + -0x4);
}

void
emit__BINARY_OP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 49 8b 7d f0                   movq    -0x10(%r13), %rdi
    // 4: 49 8b 45 f8                   movq    -0x8(%r13), %rax
    // 8: 48 b9 00 00 00 00 00 00 00 00 movabsq $0x0, %rcx
    // 000000000000000a:  R_X86_64_64  _JIT_OPARG
    // 12: 66 83 f9 02                   cmpw    $0x2, %cx
    // 16: 74 19                         je      0x31 <_JIT_ENTRY+0x31>
    // 18: 0f b7 c9                      movzwl  %cx, %ecx
    // 1b: 83 f9 01                      cmpl    $0x1, %ecx
    // 1e: 74 09                         je      0x29 <_JIT_ENTRY+0x29>
    // 20: 85 c9                         testl   %ecx, %ecx
    // 22: 75 12                         jne     0x36 <_JIT_ENTRY+0x36>
    // 24: 48 01 f8                      addq    %rdi, %rax
    // 27: eb 2e                         jmp     0x57 <_JIT_ENTRY+0x57>
    // 29: 48 29 c7                      subq    %rax, %rdi
    // 2c: 48 89 f8                      movq    %rdi, %rax
    // 2f: eb 26                         jmp     0x57 <_JIT_ENTRY+0x57>
    // 31: 48 21 f8                      andq    %rdi, %rax
    // 34: eb 21                         jmp     0x57 <_JIT_ENTRY+0x57>
    // 36: 50                            pushq   %rax
    // 37: 48 b9 00 00 00 00 00 00 00 00 movabsq $0x0, %rcx
    // 0000000000000039:  R_X86_64_64  _JIT_OPARG
    // 41: 0f b7 d1                      movzwl  %cx, %edx
    // 44: 48 89 c6                      movq    %rax, %rsi
    // 47: ff 15 00 00 00 00             callq   *(%rip)                 # 0x4d <_JIT_ENTRY+0x4d>
    // 0000000000000049:  R_X86_64_GOTPCRELX   PySpam_BinaryOp-0x4
    // 4d: 48 85 c0                      testq   %rax, %rax
    // 50: 48 8d 64 24 08                leaq    0x8(%rsp), %rsp
    // 55: 74 0d                         je      0x64 <_JIT_ENTRY+0x64>
    // 57: 49 89 45 f0                   movq    %rax, -0x10(%r13)
    // 5b: 49 83 c5 f8                   addq    $-0x8, %r13
    // 5f: e9 00 00 00 00                jmp     0x64 <_JIT_ENTRY+0x64>
    // 0000000000000060:  R_X86_64_PLT32       _JIT_CONTINUE-0x4
    // 64: e9 00 00 00 00                jmp     0x69 <_JIT_ENTRY+0x69>
    // 0000000000000065:  R_X86_64_PLT32       _JIT_ERROR_TARGET-0x4
    const unsigned char code_body[105] = {
        0x49, 0x8b, 0x7d, 0xf0, 0x49, 0x8b, 0x45, 0xf8,
        0x48, 0xb9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x66, 0x83, 0xf9, 0x02, 0x74, 0x19,
        0x0f, 0xb7, 0xc9, 0x83, 0xf9, 0x01, 0x74, 0x09,
        0x85, 0xc9, 0x75, 0x12, 0x48, 0x01, 0xf8, 0xeb,
        0x2e, 0x48, 0x29, 0xc7, 0x48, 0x89, 0xf8, 0xeb,
        0x26, 0x48, 0x21, 0xf8, 0xeb, 0x21, 0x50, 0x48,
        0xb9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x0f, 0xb7, 0xd1, 0x48, 0x89, 0xc6, 0xff,
        0x15, 0x00, 0x00, 0x00, 0x00, 0x48, 0x85, 0xc0,
        0x48, 0x8d, 0x64, 0x24, 0x08, 0x74, 0x0d, 0x49,
        0x89, 0x45, 0xf0, 0x49, 0x83, 0xc5, 0xf8, 0xe9,
        0x00, 0x00, 0x00, 0x00, 0xe9,
    };
    // 0: &PySpam_BinaryOp+0x0
    patch_64(data + 0x0, (uintptr_t)&PySpam_BinaryOp);
    memcpy(code, code_body, sizeof(code_body));
    patch_64(code + 0xa, instruction->oparg);
    patch_64(code + 0x39, instruction->oparg);
    patch_x86_64_32rx(code + 0x49, (uintptr_t)data + -0x4);
    patch_32r(code + 0x60, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_32r(code + 0x65, state->instruction_starts[instruction->error_target] + -0x4);
}

void
emit__BINARY_OP_ADD_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 50                            pushq   %rax
    // 1: 49 8b 7d f0                   movq    -0x10(%r13), %rdi
    // 5: 49 8b 75 f8                   movq    -0x8(%r13), %rsi
    // 9: 48 89 e2                      movq    %rsp, %rdx
    // c: ff 15 00 00 00 00             callq   *(%rip)                 # 0x12 <_JIT_ENTRY+0x12>
    // 000000000000000e:  R_X86_64_GOTPCRELX   PySpam_Add-0x4
    // 12: 85 c0                         testl   %eax, %eax
    // 14: 78 12                         js      0x28 <_JIT_ENTRY+0x28>
    // 16: 48 8b 04 24                   movq    (%rsp), %rax
    // 1a: 49 89 45 f0                   movq    %rax, -0x10(%r13)
    // 1e: 49 83 c5 f8                   addq    $-0x8, %r13
    // 22: 58                            popq    %rax
    // 23: e9 00 00 00 00                jmp     0x28 <_JIT_ENTRY+0x28>
    // 0000000000000024:  R_X86_64_PLT32       _JIT_CONTINUE-0x4
    // 28: 58                            popq    %rax
    // 29: e9 00 00 00 00                jmp     0x2e <_JIT_ENTRY+0x2e>
    // 000000000000002a:  R_X86_64_PLT32       _JIT_ERROR_TARGET-0x4
    const unsigned char code_body[46] = {
        0x50, 0x49, 0x8b, 0x7d, 0xf0, 0x49, 0x8b, 0x75,
        0xf8, 0x48, 0x89, 0xe2, 0xff, 0x15, 0x00, 0x00,
        0x00, 0x00, 0x85, 0xc0, 0x78, 0x12, 0x48, 0x8b,
        0x04, 0x24, 0x49, 0x89, 0x45, 0xf0, 0x49, 0x83,
        0xc5, 0xf8, 0x58, 0xe9, 0x00, 0x00, 0x00, 0x00,
        0x58, 0xe9,
    };
    // 0: &PySpam_Add+0x0
    patch_64(data + 0x0, (uintptr_t)&PySpam_Add);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0xe, (uintptr_t)data + -0x4);
    patch_32r(code + 0x24, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_32r(code + 0x2a, state->instruction_starts[instruction->error_target] + -0x4);
}

void
emit__BINARY_OP_MULTIPLY_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 41 8b 45 f0                   movl    -0x10(%r13), %eax
    // 4: 41 0f af 45 f8                imull   -0x8(%r13), %eax
    // 9: 71 05                         jno     0x10 <_JIT_ENTRY+0x10>
    // b: e9 00 00 00 00                jmp     0x10 <_JIT_ENTRY+0x10>
    // 000000000000000c:  R_X86_64_PLT32       _JIT_JUMP_TARGET-0x4
    // 10: 48 98                         cltq
    // 12: 49 89 45 f0                   movq    %rax, -0x10(%r13)
    // 16: 49 83 c5 f8                   addq    $-0x8, %r13
    // 1a: e9 00 00 00 00                jmp     0x1f <_JIT_ENTRY+0x1f>
    // 000000000000001b:  R_X86_64_PLT32       _JIT_CONTINUE-0x4
    const unsigned char code_body[26] = {
        0x41, 0x8b, 0x45, 0xf0, 0x41, 0x0f, 0xaf, 0x45,
        0xf8, 0x71, 0x05, 0xe9, 0x00, 0x00, 0x00, 0x00,
        0x48, 0x98, 0x49, 0x89, 0x45, 0xf0, 0x49, 0x83,
        0xc5, 0xf8,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_32r(code + 0xc, state->instruction_starts[instruction->jump_target] + -0x4);
}

void
emit__BINARY_OP_SUBTRACT_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 49 8b 45 f0                   movq    -0x10(%r13), %rax
    // 4: 49 2b 45 f8                   subq    -0x8(%r13), %rax
    // 8: 71 05                         jno     0xf <_JIT_ENTRY+0xf>
    // a: e9 00 00 00 00                jmp     0xf <_JIT_ENTRY+0xf>
    // 000000000000000b:  R_X86_64_PLT32       _JIT_JUMP_TARGET-0x4
    // f: 49 89 45 f0                   movq    %rax, -0x10(%r13)
    // 13: 49 83 c5 f8                   addq    $-0x8, %r13
    // 17: e9 00 00 00 00                jmp     0x1c <_JIT_ENTRY+0x1c>
    // 0000000000000018:  R_X86_64_PLT32       _JIT_CONTINUE-0x4
    const unsigned char code_body[23] = {
        0x49, 0x8b, 0x45, 0xf0, 0x49, 0x2b, 0x45, 0xf8,
        0x71, 0x05, 0xe9, 0x00, 0x00, 0x00, 0x00, 0x49,
        0x89, 0x45, 0xf0, 0x49, 0x83, 0xc5, 0xf8,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_32r(code + 0xb, state->instruction_starts[instruction->jump_target] + -0x4);
}

void
emit__BUILD_SUM(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 48 b9 00 00 00 00 00 00 00 00 movabsq $0x0, %rcx
    // 0000000000000002:  R_X86_64_64  _JIT_OPARG
    // a: f7 d1                         notl    %ecx
    // c: 48 83 c9 fc                   orq     $-0x4, %rcx
    // 10: 31 d2                         xorl    %edx, %edx
    // 12: 31 c0                         xorl    %eax, %eax
    // 14: 66 66 66 2e 0f 1f 84 00 00 00 00 00   nopw    %cs:(%rax,%rax)
    // 20: 49 03 44 d5 f8                addq    -0x8(%r13,%rdx,8), %rax
    // 25: 48 ff ca                      decq    %rdx
    // 28: 48 39 d1                      cmpq    %rdx, %rcx
    // 2b: 75 f3                         jne     0x20 <_JIT_ENTRY+0x20>
    // 2d: 48 b9 00 00 00 00 00 00 00 00 movabsq $0x0, %rcx
    // 000000000000002f:  R_X86_64_64  _JIT_OPARG
    // 37: 83 e1 03                      andl    $0x3, %ecx
    // 3a: ff c1                         incl    %ecx
    // 3c: c1 e1 03                      shll    $0x3, %ecx
    // 3f: 49 29 cd                      subq    %rcx, %r13
    // 42: 49 89 45 00                   movq    %rax, (%r13)
    // 46: 49 83 c5 08                   addq    $0x8, %r13
    // 4a: e9 00 00 00 00                jmp     0x4f <_JIT_ENTRY+0x4f>
    // 000000000000004b:  R_X86_64_PLT32       _JIT_CONTINUE-0x4
    const unsigned char code_body[74] = {
        0x48, 0xb9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0xf7, 0xd1, 0x48, 0x83, 0xc9, 0xfc,
        0x31, 0xd2, 0x31, 0xc0, 0x66, 0x66, 0x66, 0x2e,
        0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x49, 0x03, 0x44, 0xd5, 0xf8, 0x48, 0xff, 0xca,
        0x48, 0x39, 0xd1, 0x75, 0xf3, 0x48, 0xb9, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x83,
        0xe1, 0x03, 0xff, 0xc1, 0xc1, 0xe1, 0x03, 0x49,
        0x29, 0xcd, 0x49, 0x89, 0x45, 0x00, 0x49, 0x83,
        0xc5, 0x08,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_64(code + 0x2, instruction->oparg);
    patch_64(code + 0x2f, instruction->oparg);
}

void
emit__CALL_BUILTIN_FAST(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 50                            pushq   %rax
    // 1: 48 ba 00 00 00 00 00 00 00 00 movabsq $0x0, %rdx
    // 0000000000000003:  R_X86_64_64  _JIT_OPARG
    // b: 83 e2 03                      andl    $0x3, %edx
    // e: 8d 04 d5 00 00 00 00          leal    (,%rdx,8), %eax
    // 15: 4c 89 eb                      movq    %r13, %rbx
    // 18: 48 29 c3                      subq    %rax, %rbx
    // 1b: 4c 89 e7                      movq    %r12, %rdi
    // 1e: 48 89 de                      movq    %rbx, %rsi
    // 21: ff 15 00 00 00 00             callq   *(%rip)                 # 0x27 <_JIT_ENTRY+0x27>
    // 0000000000000023:  R_X86_64_GOTPCRELX   PySpam_Call3-0x4
    // 27: 48 85 c0                      testq   %rax, %rax
    // 2a: 74 10                         je      0x3c <_JIT_ENTRY+0x3c>
    // 2c: 48 89 03                      movq    %rax, (%rbx)
    // 2f: 48 83 c3 08                   addq    $0x8, %rbx
    // 33: 49 89 dd                      movq    %rbx, %r13
    // 36: 58                            popq    %rax
    // 37: e9 00 00 00 00                jmp     0x3c <_JIT_ENTRY+0x3c>
    // 0000000000000038:  R_X86_64_PLT32       _JIT_CONTINUE-0x4
    // 3c: 58                            popq    %rax
    // 3d: e9 00 00 00 00                jmp     0x42 <_JIT_ENTRY+0x42>
    // 000000000000003e:  R_X86_64_PLT32       _JIT_ERROR_TARGET-0x4
    const unsigned char code_body[66] = {
        0x50, 0x48, 0xba, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x83, 0xe2, 0x03, 0x8d, 0x04,
        0xd5, 0x00, 0x00, 0x00, 0x00, 0x4c, 0x89, 0xeb,
        0x48, 0x29, 0xc3, 0x4c, 0x89, 0xe7, 0x48, 0x89,
        0xde, 0xff, 0x15, 0x00, 0x00, 0x00, 0x00, 0x48,
        0x85, 0xc0, 0x74, 0x10, 0x48, 0x89, 0x03, 0x48,
        0x83, 0xc3, 0x08, 0x49, 0x89, 0xdd, 0x58, 0xe9,
        0x00, 0x00, 0x00, 0x00, 0x58, 0xe9,
    };
    // 0: &PySpam_Call3+0x0
    patch_64(data + 0x0, (uintptr_t)&PySpam_Call3);
    memcpy(code, code_body, sizeof(code_body));
    patch_64(code + 0x3, instruction->oparg);
    patch_x86_64_32rx(code + 0x23, (uintptr_t)data + -0x4);
    patch_32r(code + 0x38, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_32r(code + 0x3e, state->instruction_starts[instruction->error_target] + -0x4);
}

void
emit__CHECK_FUNCTION_VERSION(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 48 b8 00 00 00 00 00 00 00 00 movabsq $0x0, %rax
    // 0000000000000002:  R_X86_64_64  _JIT_OPERAND0
    // a: 41 39 44 24 14                cmpl    %eax, 0x14(%r12)
    // f: 0f 85 00 00 00 00             jne     0x15 <_JIT_ENTRY+0x15>
    // 0000000000000011:  R_X86_64_PLT32       _JIT_JUMP_TARGET-0x4
    // 15: 48 b8 00 00 00 00 00 00 00 00 movabsq $0x0, %rax
    // 0000000000000017:  R_X86_64_64  _JIT_OPERAND1
    // 1f: 49 39 44 24 20                cmpq    %rax, 0x20(%r12)
    // 24: 0f 84 00 00 00 00             je      0x2a <_JIT_ENTRY+0x2a>
    // 0000000000000026:  R_X86_64_PLT32       _JIT_CONTINUE-0x4
    // 2a: e9 00 00 00 00                jmp     0x2f <_JIT_ENTRY+0x2f>
    // 000000000000002b:  R_X86_64_PLT32       _JIT_JUMP_TARGET-0x4
    const unsigned char code_body[47] = {
        0x48, 0xb8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x41, 0x39, 0x44, 0x24, 0x14, 0x0f,
        0x85, 0x00, 0x00, 0x00, 0x00, 0x48, 0xb8, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x49,
        0x39, 0x44, 0x24, 0x20, 0x0f, 0x84, 0x00, 0x00,
        0x00, 0x00, 0xe9,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_64(code + 0x2, instruction->operand0);
    patch_32r(code + 0x11, state->instruction_starts[instruction->jump_target] + -0x4);
    patch_64(code + 0x17, instruction->operand1);
    patch_32r(code + 0x26, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_32r(code + 0x2b, state->instruction_starts[instruction->jump_target] + -0x4);
}

void
emit__CHECK_STACK_SPACE(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 48 b8 00 00 00 00 00 00 00 00 movabsq $0x0, %rax
    // 0000000000000002:  R_X86_64_64  _JIT_OPARG
    // a: 83 e0 0f                      andl    $0xf, %eax
    // d: ff c0                         incl    %eax
    // f: 41 39 46 1c                   cmpl    %eax, 0x1c(%r14)
    // 13: 0f 83 00 00 00 00             jae     0x19 <_JIT_ENTRY+0x19>
    // 0000000000000015:  R_X86_64_PLT32       _JIT_CONTINUE-0x4
    // 19: e9 00 00 00 00                jmp     0x1e <_JIT_ENTRY+0x1e>
    // 000000000000001a:  R_X86_64_PLT32       _JIT_JUMP_TARGET-0x4
    const unsigned char code_body[30] = {
        0x48, 0xb8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x83, 0xe0, 0x0f, 0xff, 0xc0, 0x41,
        0x39, 0x46, 0x1c, 0x0f, 0x83, 0x00, 0x00, 0x00,
        0x00, 0xe9,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_64(code + 0x2, instruction->oparg);
    patch_32r(code + 0x15, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_32r(code + 0x1a, state->instruction_starts[instruction->jump_target] + -0x4);
}

void
emit__CHECK_VALIDITY(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 48 b8 00 00 00 00 00 00 00 00 movabsq $0x0, %rax
    // 0000000000000002:  R_X86_64_64  _JIT_EXECUTOR+0x8
    // a: 83 38 00                      cmpl    $0x0, (%rax)
    // d: 0f 85 00 00 00 00             jne     0x13 <_JIT_ENTRY+0x13>
    // 000000000000000f:  R_X86_64_PLT32       _JIT_CONTINUE-0x4
    // 13: e9 00 00 00 00                jmp     0x18 <_JIT_ENTRY+0x18>
    // 0000000000000014:  R_X86_64_PLT32       _JIT_JUMP_TARGET-0x4
    const unsigned char code_body[24] = {
        0x48, 0xb8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x83, 0x38, 0x00, 0x0f, 0x85, 0x00,
        0x00, 0x00, 0x00, 0xe9,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_64(code + 0x2, (uintptr_t)executor + 0x8);
    patch_32r(code + 0xf, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_32r(code + 0x14, state->instruction_starts[instruction->jump_target] + -0x4);
}

void
emit__COMPARE_OP_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 49 8b 4d f0                   movq    -0x10(%r13), %rcx
    // 4: 49 8b 55 f8                   movq    -0x8(%r13), %rdx
    // 8: 49 8d 45 f8                   leaq    -0x8(%r13), %rax
    // c: 48 be 00 00 00 00 00 00 00 00 movabsq $0x0, %rsi
    // 000000000000000e:  R_X86_64_64  _JIT_OPARG
    // 16: 83 e6 03                      andl    $0x3, %esi
    // 19: 66 83 fe 01                   cmpw    $0x1, %si
    // 1d: 74 0c                         je      0x2b <_JIT_ENTRY+0x2b>
    // 1f: 85 f6                         testl   %esi, %esi
    // 21: 75 10                         jne     0x33 <_JIT_ENTRY+0x33>
    // 23: 48 39 d1                      cmpq    %rdx, %rcx
    // 26: 0f 9c c1                      setl    %cl
    // 29: eb 0e                         jmp     0x39 <_JIT_ENTRY+0x39>
    // 2b: 48 39 d1                      cmpq    %rdx, %rcx
    // 2e: 0f 94 c1                      sete    %cl
    // 31: eb 06                         jmp     0x39 <_JIT_ENTRY+0x39>
    // 33: 48 39 d1                      cmpq    %rdx, %rcx
    // 36: 0f 95 c1                      setne   %cl
    // 39: 0f b6 c9                      movzbl  %cl, %ecx
    // 3c: 48 83 c9 10                   orq     $0x10, %rcx
    // 40: 49 89 4d f0                   movq    %rcx, -0x10(%r13)
    // 44: 49 89 c5                      movq    %rax, %r13
    // 47: e9 00 00 00 00                jmp     0x4c <_JIT_ENTRY+0x4c>
    // 0000000000000048:  R_X86_64_PLT32       _JIT_CONTINUE-0x4
    const unsigned char code_body[71] = {
        0x49, 0x8b, 0x4d, 0xf0, 0x49, 0x8b, 0x55, 0xf8,
        0x49, 0x8d, 0x45, 0xf8, 0x48, 0xbe, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x83, 0xe6,
        0x03, 0x66, 0x83, 0xfe, 0x01, 0x74, 0x0c, 0x85,
        0xf6, 0x75, 0x10, 0x48, 0x39, 0xd1, 0x0f, 0x9c,
        0xc1, 0xeb, 0x0e, 0x48, 0x39, 0xd1, 0x0f, 0x94,
        0xc1, 0xeb, 0x06, 0x48, 0x39, 0xd1, 0x0f, 0x95,
        0xc1, 0x0f, 0xb6, 0xc9, 0x48, 0x83, 0xc9, 0x10,
        0x49, 0x89, 0x4d, 0xf0, 0x49, 0x89, 0xc5,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_64(code + 0xe, instruction->oparg);
}

void
emit__COPY(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 55                            pushq   %rbp
    // 1: 48 89 e5                      movq    %rsp, %rbp
    // 4: 48 b8 00 00 00 00 00 00 00 00 movabsq $0x0, %rax
    // 0000000000000006:  R_X86_64_64  _JIT_OPARG
    // e: f7 d0                         notl    %eax
    // 10: 0d fc ff 00 00                orl     $0xfffc, %eax           # imm = 0xFFFC
    // 15: 48 0f bf c0                   movswq  %ax, %rax
    // 19: 49 8b 7c c5 00                movq    (%r13,%rax,8), %rdi
    // 1e: ff 15 00 00 00 00             callq   *(%rip)                 # 0x24 <_JIT_ENTRY+0x24>
    // 0000000000000020:  R_X86_64_GOTPCRELX   PyRef_Dup-0x4
    // 24: 49 89 45 00                   movq    %rax, (%r13)
    // 28: 49 83 c5 08                   addq    $0x8, %r13
    // 2c: 5d                            popq    %rbp
    // 2d: e9 00 00 00 00                jmp     0x32 <_JIT_ENTRY+0x32>
    // 000000000000002e:  R_X86_64_PLT32       _JIT_CONTINUE-0x4
    const unsigned char code_body[45] = {
        0x55, 0x48, 0x89, 0xe5, 0x48, 0xb8, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xf7, 0xd0,
        0x0d, 0xfc, 0xff, 0x00, 0x00, 0x48, 0x0f, 0xbf,
        0xc0, 0x49, 0x8b, 0x7c, 0xc5, 0x00, 0xff, 0x15,
        0x00, 0x00, 0x00, 0x00, 0x49, 0x89, 0x45, 0x00,
        0x49, 0x83, 0xc5, 0x08, 0x5d,
    };
    // 0: &PyRef_Dup+0x0
    patch_64(data + 0x0, (uintptr_t)&PyRef_Dup);
    memcpy(code, code_body, sizeof(code_body));
    patch_64(code + 0x6, instruction->oparg);
    patch_x86_64_32rx(code + 0x20, (uintptr_t)data + -0x4);
}

void
emit__DEOPT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 48 b8 00 00 00 00 00 00 00 00 movabsq $0x0, %rax
    // 0000000000000002:  R_X86_64_64  _JIT_TARGET
    // a: 41 89 44 24 10                movl    %eax, 0x10(%r12)
    // f: e9 00 00 00 00                jmp     0x14 <_JIT_ENTRY+0x14>
    // 0000000000000010:  R_X86_64_PLT32       _JIT_ERROR_TARGET-0x4
    const unsigned char code_body[20] = {
        0x48, 0xb8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x41, 0x89, 0x44, 0x24, 0x10, 0xe9,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_64(code + 0x2, instruction->target);
    patch_32r(code + 0x10, state->instruction_starts[instruction->error_target] + -0x4);
}

void
emit__EXIT_TRACE(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 48 b8 00 00 00 00 00 00 00 00 movabsq $0x0, %rax
    // 0000000000000002:  R_X86_64_64  _JIT_TARGET
    // a: 41 89 44 24 10                movl    %eax, 0x10(%r12)
    // f: 41 89 46 20                   movl    %eax, 0x20(%r14)
    // 13: 48 b8 00 00 00 00 00 00 00 00 movabsq $0x0, %rax
    // 0000000000000015:  R_X86_64_64  _JIT_EXECUTOR+0x10
    // 1d: ff 00                         incl    (%rax)
    // 1f: e9 00 00 00 00                jmp     0x24 <_JIT_ENTRY+0x24>
    // 0000000000000020:  R_X86_64_PLT32       _JIT_JUMP_TARGET-0x4
    const unsigned char code_body[36] = {
        0x48, 0xb8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x41, 0x89, 0x44, 0x24, 0x10, 0x41,
        0x89, 0x46, 0x20, 0x48, 0xb8, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0xff, 0x00, 0xe9,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_64(code + 0x2, instruction->target);
    patch_64(code + 0x15, (uintptr_t)executor + 0x10);
    patch_32r(code + 0x20, state->instruction_starts[instruction->jump_target] + -0x4);
}

void
emit__FATAL_ERROR(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 50                            pushq   %rax
    // 1: 48 be 00 00 00 00 00 00 00 00 movabsq $0x0, %rsi
    // 0000000000000003:  R_X86_64_64  _JIT_TARGET
    // b: 4c 89 f7                      movq    %r14, %rdi
    // e: ff 15 00 00 00 00             callq   *(%rip)                 # 0x14 <_JIT_ENTRY+0x14>
    // 0000000000000010:  R_X86_64_GOTPCRELX   PySpam_Fatal-0x4
    // 14: 58                            popq    %rax
    // 15: e9 00 00 00 00                jmp     0x1a <_JIT_ENTRY+0x1a>
    // 0000000000000016:  R_X86_64_PLT32       _JIT_ERROR_TARGET-0x4
    const unsigned char code_body[26] = {
        0x50, 0x48, 0xbe, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x4c, 0x89, 0xf7, 0xff, 0x15,
        0x00, 0x00, 0x00, 0x00, 0x58, 0xe9,
    };
    // 0: &PySpam_Fatal+0x0
    patch_64(data + 0x0, (uintptr_t)&PySpam_Fatal);
    memcpy(code, code_body, sizeof(code_body));
    patch_64(code + 0x3, instruction->target);
    patch_x86_64_32rx(code + 0x10, (uintptr_t)data + -0x4);
    patch_32r(code + 0x16, state->instruction_starts[instruction->error_target] + -0x4);
}

void
emit__GUARD_IS_FALSE_POP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 4c 89 e8                      movq    %r13, %rax
    // 3: 49 83 c5 f8                   addq    $-0x8, %r13
    // 7: 48 83 78 f8 10                cmpq    $0x10, -0x8(%rax)
    // c: 0f 84 00 00 00 00             je      0x12 <_JIT_ENTRY+0x12>
    // 000000000000000e:  R_X86_64_PLT32       _JIT_CONTINUE-0x4
    // 12: e9 00 00 00 00                jmp     0x17 <_JIT_ENTRY+0x17>
    // 0000000000000013:  R_X86_64_PLT32       _JIT_JUMP_TARGET-0x4
    const unsigned char code_body[23] = {
        0x4c, 0x89, 0xe8, 0x49, 0x83, 0xc5, 0xf8, 0x48,
        0x83, 0x78, 0xf8, 0x10, 0x0f, 0x84, 0x00, 0x00,
        0x00, 0x00, 0xe9,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_32r(code + 0xe, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_32r(code + 0x13, state->instruction_starts[instruction->jump_target] + -0x4);
}

void
emit__GUARD_IS_TRUE_POP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 4c 89 e8                      movq    %r13, %rax
    // 3: 49 83 c5 f8                   addq    $-0x8, %r13
    // 7: 48 83 78 f8 11                cmpq    $0x11, -0x8(%rax)
    // c: 0f 84 00 00 00 00             je      0x12 <_JIT_ENTRY+0x12>
    // 000000000000000e:  R_X86_64_PLT32       _JIT_CONTINUE-0x4
    // 12: e9 00 00 00 00                jmp     0x17 <_JIT_ENTRY+0x17>
    // 0000000000000013:  R_X86_64_PLT32       _JIT_JUMP_TARGET-0x4
    const unsigned char code_body[23] = {
        0x4c, 0x89, 0xe8, 0x49, 0x83, 0xc5, 0xf8, 0x48,
        0x83, 0x78, 0xf8, 0x11, 0x0f, 0x84, 0x00, 0x00,
        0x00, 0x00, 0xe9,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_32r(code + 0xe, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_32r(code + 0x13, state->instruction_starts[instruction->jump_target] + -0x4);
}

void
emit__GUARD_NOS_NOT_NULL(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 49 83 7d f0 00                cmpq    $0x0, -0x10(%r13)
    // 5: 0f 85 00 00 00 00             jne     0xb <_JIT_ENTRY+0xb>
    // 0000000000000007:  R_X86_64_PLT32       _JIT_CONTINUE-0x4
    // b: e9 00 00 00 00                jmp     0x10 <_JIT_ENTRY+0x10>
    // 000000000000000c:  R_X86_64_PLT32       _JIT_JUMP_TARGET-0x4
    const unsigned char code_body[16] = {
        0x49, 0x83, 0x7d, 0xf0, 0x00, 0x0f, 0x85, 0x00,
        0x00, 0x00, 0x00, 0xe9,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_32r(code + 0x7, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_32r(code + 0xc, state->instruction_starts[instruction->jump_target] + -0x4);
}

void
emit__JUMP_TO_TOP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 41 f6 46 18 01                testb   $0x1, 0x18(%r14)
    // 5: 0f 84 00 00 00 00             je      0xb <_JIT_ENTRY+0xb>
    // 0000000000000007:  R_X86_64_PLT32       _JIT_JUMP_TARGET-0x4
    // b: e9 00 00 00 00                jmp     0x10 <_JIT_ENTRY+0x10>
    // 000000000000000c:  R_X86_64_PLT32       _JIT_ERROR_TARGET-0x4
    const unsigned char code_body[16] = {
        0x41, 0xf6, 0x46, 0x18, 0x01, 0x0f, 0x84, 0x00,
        0x00, 0x00, 0x00, 0xe9,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_32r(code + 0x7, state->instruction_starts[instruction->jump_target] + -0x4);
    patch_32r(code + 0xc, state->instruction_starts[instruction->error_target] + -0x4);
}

void
emit__LOAD_CONST_INLINE(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 48 b8 00 00 00 00 00 00 00 00 movabsq $0x0, %rax
    // 0000000000000002:  R_X86_64_64  _JIT_OPERAND0
    // a: 48 83 c8 01                   orq     $0x1, %rax
    // e: 49 89 45 00                   movq    %rax, (%r13)
    // 12: 49 83 c5 08                   addq    $0x8, %r13
    // 16: e9 00 00 00 00                jmp     0x1b <_JIT_ENTRY+0x1b>
    // 0000000000000017:  R_X86_64_PLT32       _JIT_CONTINUE-0x4
    const unsigned char code_body[22] = {
        0x48, 0xb8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x48, 0x83, 0xc8, 0x01, 0x49, 0x89,
        0x45, 0x00, 0x49, 0x83, 0xc5, 0x08,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_64(code + 0x2, instruction->operand0);
}

void
emit__LOAD_CONST_INLINE_BORROW(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 48 b8 00 00 00 00 00 00 00 00 movabsq $0x0, %rax
    // 0000000000000002:  R_X86_64_64  _JIT_OPERAND1
    // a: 48 c1 e0 03                   shlq    $0x3, %rax
    // e: 48 b9 00 00 00 00 00 00 00 00 movabsq $0x0, %rcx
    // 0000000000000010:  R_X86_64_64  _JIT_OPERAND0
    // 18: 48 31 c1                      xorq    %rax, %rcx
    // 1b: 49 89 4d 00                   movq    %rcx, (%r13)
    // 1f: 49 83 c5 08                   addq    $0x8, %r13
    // 23: e9 00 00 00 00                jmp     0x28 <_JIT_ENTRY+0x28>
    // 0000000000000024:  R_X86_64_PLT32       _JIT_CONTINUE-0x4
    const unsigned char code_body[35] = {
        0x48, 0xb8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x48, 0xc1, 0xe0, 0x03, 0x48, 0xb9,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x48, 0x31, 0xc1, 0x49, 0x89, 0x4d, 0x00, 0x49,
        0x83, 0xc5, 0x08,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_64(code + 0x2, instruction->operand1);
    patch_64(code + 0x10, instruction->operand0);
}

void
emit__LOAD_FAST(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 48 b8 00 00 00 00 00 00 00 00 movabsq $0x0, %rax
    // 0000000000000002:  R_X86_64_64  _JIT_OPARG
    // a: 83 e0 07                      andl    $0x7, %eax
    // d: 49 8b 44 c4 28                movq    0x28(%r12,%rax,8), %rax
    // 12: 49 89 45 00                   movq    %rax, (%r13)
    // 16: 49 83 c5 08                   addq    $0x8, %r13
    // 1a: e9 00 00 00 00                jmp     0x1f <_JIT_ENTRY+0x1f>
    // 000000000000001b:  R_X86_64_PLT32       _JIT_CONTINUE-0x4
    const unsigned char code_body[26] = {
        0x48, 0xb8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x83, 0xe0, 0x07, 0x49, 0x8b, 0x44,
        0xc4, 0x28, 0x49, 0x89, 0x45, 0x00, 0x49, 0x83,
        0xc5, 0x08,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_64(code + 0x2, instruction->oparg);
}

void
emit__LOAD_GLOBAL_BUILTIN(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 48 b8 00 00 00 00 00 00 00 00 movabsq $0x0, %rax
    // 0000000000000002:  R_X86_64_64  _JIT_OPARG
    // a: 83 e0 0f                      andl    $0xf, %eax
    // d: 48 b9 00 00 00 00 00 00 00 00 movabsq $0x0, %rcx
    // 000000000000000f:  R_X86_64_64  PyGlobal_Table
    // 17: 48 8b 04 c1                   movq    (%rcx,%rax,8), %rax
    // 1b: 48 85 c0                      testq   %rax, %rax
    // 1e: 74 0d                         je      0x2d <_JIT_ENTRY+0x2d>
    // 20: 49 89 45 00                   movq    %rax, (%r13)
    // 24: 49 83 c5 08                   addq    $0x8, %r13
    // 28: e9 00 00 00 00                jmp     0x2d <_JIT_ENTRY+0x2d>
    // 0000000000000029:  R_X86_64_PLT32       _JIT_CONTINUE-0x4
    // 2d: e9 00 00 00 00                jmp     0x32 <_JIT_ENTRY+0x32>
    // 000000000000002e:  R_X86_64_PLT32       _JIT_ERROR_TARGET-0x4
    const unsigned char code_body[50] = {
        0x48, 0xb8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x83, 0xe0, 0x0f, 0x48, 0xb9, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x48,
        0x8b, 0x04, 0xc1, 0x48, 0x85, 0xc0, 0x74, 0x0d,
        0x49, 0x89, 0x45, 0x00, 0x49, 0x83, 0xc5, 0x08,
        0xe9, 0x00, 0x00, 0x00, 0x00, 0xe9,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_64(code + 0x2, instruction->oparg);
    patch_64(code + 0xf, (uintptr_t)&PyGlobal_Table);
    patch_32r(code + 0x29, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_32r(code + 0x2e, state->instruction_starts[instruction->error_target] + -0x4);
}

void
emit__LOAD_SMALL_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 48 b8 00 00 00 00 00 00 00 00 movabsq $0x0, %rax
    // 0000000000000002:  R_X86_64_64  _JIT_OPARG
    // a: 83 e0 07                      andl    $0x7, %eax
    // d: 48 b9 00 00 00 00 00 00 00 00 movabsq $0x0, %rcx
    // 000000000000000f:  R_X86_64_64  .lrodata
    // 17: 48 8b 04 c1                   movq    (%rcx,%rax,8), %rax
    // 1b: 49 89 45 00                   movq    %rax, (%r13)
    // 1f: 49 83 c5 08                   addq    $0x8, %r13
    // 23: e9 00 00 00 00                jmp     0x28 <_JIT_ENTRY+0x28>
    // 0000000000000024:  R_X86_64_PLT32       _JIT_CONTINUE-0x4
    const unsigned char code_body[35] = {
        0x48, 0xb8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x83, 0xe0, 0x07, 0x48, 0xb9, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x48,
        0x8b, 0x04, 0xc1, 0x49, 0x89, 0x45, 0x00, 0x49,
        0x83, 0xc5, 0x08,
    };
    // 0: .lrodata (64 bytes)
    const unsigned char data_body[64] = {
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
    memcpy(code, code_body, sizeof(code_body));
    patch_64(code + 0x2, instruction->oparg);
    patch_64(code + 0xf, (uintptr_t)data);
}

void
emit__MAKE_WARM(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 48 b8 00 00 00 00 00 00 00 00 movabsq $0x0, %rax
    // 0000000000000002:  R_X86_64_64  _JIT_EXECUTOR+0xc
    // a: c7 00 01 00 00 00             movl    $0x1, (%rax)
    // 10: 49 ff 46 28                   incq    0x28(%r14)
    // 14: e9 00 00 00 00                jmp     0x19 <_JIT_ENTRY+0x19>
    // 0000000000000015:  R_X86_64_PLT32       _JIT_CONTINUE-0x4
    const unsigned char code_body[20] = {
        0x48, 0xb8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0xc7, 0x00, 0x01, 0x00, 0x00, 0x00,
        0x49, 0xff, 0x46, 0x28,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_64(code + 0x2, (uintptr_t)executor + 0xc);
}

void
emit__NOP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: e9 00 00 00 00                jmp     0x5 <_JIT_ENTRY+0x5>
    // 0000000000000001:  R_X86_64_PLT32       _JIT_CONTINUE-0x4
}

void
emit__POP_TOP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 49 8b 7d f8                   movq    -0x8(%r13), %rdi
    // 4: 49 83 c5 f8                   addq    $-0x8, %r13
    // 8: 40 f6 c7 01                   testb   $0x1, %dil
    // c: 0f 84 00 00 00 00             je      0x12 <_JIT_ENTRY+0x12>
    // 000000000000000e:  R_X86_64_PLT32       _JIT_CONTINUE-0x4
    // 12: 50                            pushq   %rax
    // 13: ff 15 00 00 00 00             callq   *(%rip)                 # 0x19 <_JIT_ENTRY+0x19>
    // 0000000000000015:  R_X86_64_GOTPCRELX   PyRef_Close-0x4
    // 19: 48 83 c4 08                   addq    $0x8, %rsp
    // 1d: e9 00 00 00 00                jmp     0x22 <_JIT_ENTRY+0x22>
    // 000000000000001e:  R_X86_64_PLT32       _JIT_CONTINUE-0x4
    const unsigned char code_body[29] = {
        0x49, 0x8b, 0x7d, 0xf8, 0x49, 0x83, 0xc5, 0xf8,
        0x40, 0xf6, 0xc7, 0x01, 0x0f, 0x84, 0x00, 0x00,
        0x00, 0x00, 0x50, 0xff, 0x15, 0x00, 0x00, 0x00,
        0x00, 0x48, 0x83, 0xc4, 0x08,
    };
    // 0: &PyRef_Close+0x0
    patch_64(data + 0x0, (uintptr_t)&PyRef_Close);
    memcpy(code, code_body, sizeof(code_body));
    patch_32r(code + 0xe, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_x86_64_32rx(code + 0x15, (uintptr_t)data + -0x4);
}

void
emit__RESUME_CHECK(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 41 8b 46 18                   movl    0x18(%r14), %eax
    // 4: 41 3b 44 24 14                cmpl    0x14(%r12), %eax
    // 9: 0f 84 00 00 00 00             je      0xf <_JIT_ENTRY+0xf>
    // 000000000000000b:  R_X86_64_PLT32       _JIT_CONTINUE-0x4
    // f: 50                            pushq   %rax
    // 10: 4c 89 f7                      movq    %r14, %rdi
    // 13: ff 15 00 00 00 00             callq   *(%rip)                 # 0x19 <_JIT_ENTRY+0x19>
    // 0000000000000015:  R_X86_64_GOTPCRELX   PyEggs_Periodic-0x4
    // 19: 85 c0                         testl   %eax, %eax
    // 1b: 48 8d 64 24 08                leaq    0x8(%rsp), %rsp
    // 20: 0f 88 00 00 00 00             js      0x26 <_JIT_ENTRY+0x26>
    // 0000000000000022:  R_X86_64_PLT32       _JIT_ERROR_TARGET-0x4
    // 26: e9 00 00 00 00                jmp     0x2b <_JIT_ENTRY+0x2b>
    // 0000000000000027:  R_X86_64_PLT32       _JIT_JUMP_TARGET-0x4
    const unsigned char code_body[43] = {
        0x41, 0x8b, 0x46, 0x18, 0x41, 0x3b, 0x44, 0x24,
        0x14, 0x0f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x50,
        0x4c, 0x89, 0xf7, 0xff, 0x15, 0x00, 0x00, 0x00,
        0x00, 0x85, 0xc0, 0x48, 0x8d, 0x64, 0x24, 0x08,
        0x0f, 0x88, 0x00, 0x00, 0x00, 0x00, 0xe9,
    };
    // 0: &PyEggs_Periodic+0x0
    patch_64(data + 0x0, (uintptr_t)&PyEggs_Periodic);
    memcpy(code, code_body, sizeof(code_body));
    patch_32r(code + 0xb, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_x86_64_32rx(code + 0x15, (uintptr_t)data + -0x4);
    patch_32r(code + 0x22, state->instruction_starts[instruction->error_target] + -0x4);
    patch_32r(code + 0x27, state->instruction_starts[instruction->jump_target] + -0x4);
}

void
emit__SET_IP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 48 b8 00 00 00 00 00 00 00 00 movabsq $0x0, %rax
    // 0000000000000002:  R_X86_64_64  _JIT_OPERAND0
    // a: 49 89 44 24 08                movq    %rax, 0x8(%r12)
    // f: e9 00 00 00 00                jmp     0x14 <_JIT_ENTRY+0x14>
    // 0000000000000010:  R_X86_64_PLT32       _JIT_CONTINUE-0x4
    const unsigned char code_body[15] = {
        0x48, 0xb8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x49, 0x89, 0x44, 0x24, 0x08,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_64(code + 0x2, instruction->operand0);
}

void
emit__START_EXECUTOR(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 49 8b 7e 10                   movq    0x10(%r14), %rdi
    // 4: 48 85 ff                      testq   %rdi, %rdi
    // 7: 74 13                         je      0x1c <_JIT_ENTRY+0x1c>
    // 9: 50                            pushq   %rax
    // a: 49 c7 46 10 00 00 00 00       movq    $0x0, 0x10(%r14)
    // 12: ff 15 00 00 00 00             callq   *(%rip)                 # 0x18 <_JIT_ENTRY+0x18>
    // 0000000000000014:  R_X86_64_GOTPCRELX   PyEggs_Release-0x4
    // 18: 48 83 c4 08                   addq    $0x8, %rsp
    // 1c: 48 b8 00 00 00 00 00 00 00 00 movabsq $0x0, %rax
    // 000000000000001e:  R_X86_64_64  _JIT_EXECUTOR
    // 26: 49 89 46 08                   movq    %rax, 0x8(%r14)
    // 2a: e9 00 00 00 00                jmp     0x2f <_JIT_ENTRY+0x2f>
    // 000000000000002b:  R_X86_64_PLT32       _JIT_CONTINUE-0x4
    const unsigned char code_body[42] = {
        0x49, 0x8b, 0x7e, 0x10, 0x48, 0x85, 0xff, 0x74,
        0x13, 0x50, 0x49, 0xc7, 0x46, 0x10, 0x00, 0x00,
        0x00, 0x00, 0xff, 0x15, 0x00, 0x00, 0x00, 0x00,
        0x48, 0x83, 0xc4, 0x08, 0x48, 0xb8, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x49, 0x89,
        0x46, 0x08,
    };
    // 0: &PyEggs_Release+0x0
    patch_64(data + 0x0, (uintptr_t)&PyEggs_Release);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x14, (uintptr_t)data + -0x4);
    patch_64(code + 0x1e, (uintptr_t)executor);
}

void
emit__STORE_FAST(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 48 b8 00 00 00 00 00 00 00 00 movabsq $0x0, %rax
    // 0000000000000002:  R_X86_64_64  _JIT_OPARG
    // a: 83 e0 07                      andl    $0x7, %eax
    // d: 49 8b 4d f8                   movq    -0x8(%r13), %rcx
    // 11: 49 83 c5 f8                   addq    $-0x8, %r13
    // 15: 49 89 4c c4 28                movq    %rcx, 0x28(%r12,%rax,8)
    // 1a: e9 00 00 00 00                jmp     0x1f <_JIT_ENTRY+0x1f>
    // 000000000000001b:  R_X86_64_PLT32       _JIT_CONTINUE-0x4
    const unsigned char code_body[26] = {
        0x48, 0xb8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x83, 0xe0, 0x07, 0x49, 0x8b, 0x4d,
        0xf8, 0x49, 0x83, 0xc5, 0xf8, 0x49, 0x89, 0x4c,
        0xc4, 0x28,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_64(code + 0x2, instruction->oparg);
}

void
emit__STORE_GLOBAL_COUNTER(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 48 b8 00 00 00 00 00 00 00 00 movabsq $0x0, %rax
    // 0000000000000002:  R_X86_64_64  _JIT_OPARG
    // a: 89 c1                         movl    %eax, %ecx
    // c: 83 e1 07                      andl    $0x7, %ecx
    // f: 48 ba 00 00 00 00 00 00 00 00 movabsq $0x0, %rdx
    // 0000000000000011:  R_X86_64_64  PyGlobal_Counter
    // 19: 8b 32                         movl    (%rdx), %esi
    // 1b: 01 f1                         addl    %esi, %ecx
    // 1d: ff c1                         incl    %ecx
    // 1f: 89 0a                         movl    %ecx, (%rdx)
    // 21: 49 8b 4d f8                   movq    -0x8(%r13), %rcx
    // 25: 49 83 c5 f8                   addq    $-0x8, %r13
    // 29: 83 e0 0f                      andl    $0xf, %eax
    // 2c: 48 ba 00 00 00 00 00 00 00 00 movabsq $0x0, %rdx
    // 000000000000002e:  R_X86_64_64  PyGlobal_Table
    // 36: 48 89 0c c2                   movq    %rcx, (%rdx,%rax,8)
    // 3a: e9 00 00 00 00                jmp     0x3f <_JIT_ENTRY+0x3f>
    // 000000000000003b:  R_X86_64_PLT32       _JIT_CONTINUE-0x4
    const unsigned char code_body[58] = {
        0x48, 0xb8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x89, 0xc1, 0x83, 0xe1, 0x07, 0x48,
        0xba, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x8b, 0x32, 0x01, 0xf1, 0xff, 0xc1, 0x89,
        0x0a, 0x49, 0x8b, 0x4d, 0xf8, 0x49, 0x83, 0xc5,
        0xf8, 0x83, 0xe0, 0x0f, 0x48, 0xba, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x48, 0x89,
        0x0c, 0xc2,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_64(code + 0x2, instruction->oparg);
    patch_64(code + 0x11, (uintptr_t)&PyGlobal_Counter);
    patch_64(code + 0x2e, (uintptr_t)&PyGlobal_Table);
}

void
emit__SWAP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 48 b8 00 00 00 00 00 00 00 00 movabsq $0x0, %rax
    // 0000000000000002:  R_X86_64_64  _JIT_OPARG
    // a: 83 e0 01                      andl    $0x1, %eax
    // d: 48 c7 c1 fe ff ff ff          movq    $-0x2, %rcx
    // 14: 48 29 c1                      subq    %rax, %rcx
    // 17: 49 8b 45 f8                   movq    -0x8(%r13), %rax
    // 1b: 49 8b 54 cd 00                movq    (%r13,%rcx,8), %rdx
    // 20: 49 89 55 f8                   movq    %rdx, -0x8(%r13)
    // 24: 49 89 44 cd 00                movq    %rax, (%r13,%rcx,8)
    // 29: e9 00 00 00 00                jmp     0x2e <_JIT_ENTRY+0x2e>
    // 000000000000002a:  R_X86_64_PLT32       _JIT_CONTINUE-0x4
    const unsigned char code_body[41] = {
        0x48, 0xb8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x83, 0xe0, 0x01, 0x48, 0xc7, 0xc1,
        0xfe, 0xff, 0xff, 0xff, 0x48, 0x29, 0xc1, 0x49,
        0x8b, 0x45, 0xf8, 0x49, 0x8b, 0x54, 0xcd, 0x00,
        0x49, 0x89, 0x55, 0xf8, 0x49, 0x89, 0x44, 0xcd,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_64(code + 0x2, instruction->oparg);
}

void
emit__TO_BOOL_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 50                            pushq   %rax
    // 1: 49 8b 7d f8                   movq    -0x8(%r13), %rdi
    // 5: ff 15 00 00 00 00             callq   *(%rip)                 # 0xb <_JIT_ENTRY+0xb>
    // 0000000000000007:  R_X86_64_GOTPCRELX   PyEggs_Check-0x4
    // b: 85 c0                         testl   %eax, %eax
    // d: 78 16                         js      0x25 <_JIT_ENTRY+0x25>
    // f: 83 f8 01                      cmpl    $0x1, %eax
    // 12: b8 11 00 00 00                movl    $0x11, %eax
    // 17: 48 83 d8 00                   sbbq    $0x0, %rax
    // 1b: 49 89 45 f8                   movq    %rax, -0x8(%r13)
    // 1f: 58                            popq    %rax
    // 20: e9 00 00 00 00                jmp     0x25 <_JIT_ENTRY+0x25>
    // 0000000000000021:  R_X86_64_PLT32       _JIT_CONTINUE-0x4
    // 25: 58                            popq    %rax
    // 26: e9 00 00 00 00                jmp     0x2b <_JIT_ENTRY+0x2b>
    // 0000000000000027:  R_X86_64_PLT32       _JIT_ERROR_TARGET-0x4
    const unsigned char code_body[43] = {
        0x50, 0x49, 0x8b, 0x7d, 0xf8, 0xff, 0x15, 0x00,
        0x00, 0x00, 0x00, 0x85, 0xc0, 0x78, 0x16, 0x83,
        0xf8, 0x01, 0xb8, 0x11, 0x00, 0x00, 0x00, 0x48,
        0x83, 0xd8, 0x00, 0x49, 0x89, 0x45, 0xf8, 0x58,
        0xe9, 0x00, 0x00, 0x00, 0x00, 0x58, 0xe9,
    };
    // 0: &PyEggs_Check+0x0
    patch_64(data + 0x0, (uintptr_t)&PyEggs_Check);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x7, (uintptr_t)data + -0x4);
    patch_32r(code + 0x21, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_32r(code + 0x27, state->instruction_starts[instruction->error_target] + -0x4);
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

static const StencilGroup shim = {emit_shim, 49, 0, {0}};

static const StencilGroup stencil_groups[MAX_UOP_ID + 1] = {
    [_BINARY_OP] = {emit__BINARY_OP, 105, 8, {0}},
    [_BINARY_OP_ADD_INT] = {emit__BINARY_OP_ADD_INT, 46, 8, {0}},
    [_BINARY_OP_MULTIPLY_INT] = {emit__BINARY_OP_MULTIPLY_INT, 26, 0, {0}},
    [_BINARY_OP_SUBTRACT_INT] = {emit__BINARY_OP_SUBTRACT_INT, 23, 0, {0}},
    [_BUILD_SUM] = {emit__BUILD_SUM, 74, 0, {0}},
    [_CALL_BUILTIN_FAST] = {emit__CALL_BUILTIN_FAST, 66, 8, {0}},
    [_CHECK_FUNCTION_VERSION] = {emit__CHECK_FUNCTION_VERSION, 47, 0, {0}},
    [_CHECK_STACK_SPACE] = {emit__CHECK_STACK_SPACE, 30, 0, {0}},
    [_CHECK_VALIDITY] = {emit__CHECK_VALIDITY, 24, 0, {0}},
    [_COMPARE_OP_INT] = {emit__COMPARE_OP_INT, 71, 0, {0}},
    [_COPY] = {emit__COPY, 45, 8, {0}},
    [_DEOPT] = {emit__DEOPT, 20, 0, {0}},
    [_EXIT_TRACE] = {emit__EXIT_TRACE, 36, 0, {0}},
    [_FATAL_ERROR] = {emit__FATAL_ERROR, 26, 8, {0}},
    [_GUARD_IS_FALSE_POP] = {emit__GUARD_IS_FALSE_POP, 23, 0, {0}},
    [_GUARD_IS_TRUE_POP] = {emit__GUARD_IS_TRUE_POP, 23, 0, {0}},
    [_GUARD_NOS_NOT_NULL] = {emit__GUARD_NOS_NOT_NULL, 16, 0, {0}},
    [_JUMP_TO_TOP] = {emit__JUMP_TO_TOP, 16, 0, {0}},
    [_LOAD_CONST_INLINE] = {emit__LOAD_CONST_INLINE, 22, 0, {0}},
    [_LOAD_CONST_INLINE_BORROW] = {emit__LOAD_CONST_INLINE_BORROW, 35, 0, {0}},
    [_LOAD_FAST] = {emit__LOAD_FAST, 26, 0, {0}},
    [_LOAD_GLOBAL_BUILTIN] = {emit__LOAD_GLOBAL_BUILTIN, 50, 0, {0}},
    [_LOAD_SMALL_INT] = {emit__LOAD_SMALL_INT, 35, 64, {0}},
    [_MAKE_WARM] = {emit__MAKE_WARM, 20, 0, {0}},
    [_NOP] = {emit__NOP, 0, 0, {0}},
    [_POP_TOP] = {emit__POP_TOP, 29, 8, {0}},
    [_RESUME_CHECK] = {emit__RESUME_CHECK, 43, 8, {0}},
    [_SET_IP] = {emit__SET_IP, 15, 0, {0}},
    [_START_EXECUTOR] = {emit__START_EXECUTOR, 42, 8, {0}},
    [_STORE_FAST] = {emit__STORE_FAST, 26, 0, {0}},
    [_STORE_GLOBAL_COUNTER] = {emit__STORE_GLOBAL_COUNTER, 58, 0, {0}},
    [_SWAP] = {emit__SWAP, 41, 0, {0}},
    [_TO_BOOL_INT] = {emit__TO_BOOL_INT, 43, 8, {0}},
};

static const void * const symbols_map[1] = {
    0
};
