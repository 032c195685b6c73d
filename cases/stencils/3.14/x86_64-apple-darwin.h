void
emit_shim(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 55                            pushq   %rbp
    // 1: 48 89 e5                      movq    %rsp, %rbp
    // 4: 41 57                         pushq   %r15
    // 6: 41 56                         pushq   %r14
    // 8: 41 55                         pushq   %r13
    // a: 41 54                         pushq   %r12
    // c: 53                            pushq   %rbx
    // d: 50                            pushq   %rax
    // e: 48 89 55 d0                   movq    %rdx, -0x30(%rbp)
    // 12: ff 42 24                      incl    0x24(%rdx)
    // 15: 49 89 fc                      movq    %rdi, %r12
    // 18: 49 89 f5                      movq    %rsi, %r13
    // 1b: 49 89 d6                      movq    %rdx, %r14
    // 1e: e8 00 00 00 00                callq   0x23 <__JIT_ENTRY+0x23>
    // 000000000000001f:  X86_64_RELOC_BRANCH  __JIT_CONTINUE
    // 23: 48 8b 4d d0                   movq    -0x30(%rbp), %rcx
    // 27: ff 49 24                      decl    0x24(%rcx)
    // 2a: 48 83 c4 08                   addq    $0x8, %rsp
    // 2e: 5b                            popq    %rbx
    // 2f: 41 5c                         popq    %r12
    // 31: 41 5d                         popq    %r13
    // 33: 41 5e                         popq    %r14
    // 35: 41 5f                         popq    %r15
    // 37: 5d                            popq    %rbp
    // 38: c3                            retq
    const unsigned char code_body[57] = {
        0x55, 0x48, 0x89, 0xe5, 0x41, 0x57, 0x41, 0x56,
        0x41, 0x55, 0x41, 0x54, 0x53, 0x50, 0x48, 0x89,
        0x55, 0xd0, 0xff, 0x42, 0x24, 0x49, 0x89, 0xfc,
        0x49, 0x89, 0xf5, 0x49, 0x89, 0xd6, 0xe8, 0x00,
        0x00, 0x00, 0x00, 0x48, 0x8b, 0x4d, 0xd0, 0xff,
        0x49, 0x24, 0x48, 0x83, 0xc4, 0x08, 0x5b, 0x41,
        0x5c, 0x41, 0x5d, 0x41, 0x5e, 0x41, 0x5f, 0x5d,
        0xc3,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_32r(code + 0x1f, (uintptr_t)code + sizeof(code_body) + -0x4);
}

void
emit__BINARY_OP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 49 8b 7d f0                   movq    -0x10(%r13), %rdi
    // 4: 49 8b 45 f8                   movq    -0x8(%r13), %rax
    // 8: 48 8b 0d 00 00 00 00          movq    (%rip), %rcx            ## 0xf <__JIT_ENTRY+0xf>
    // 000000000000000b:  X86_64_RELOC_GOT_LOAD        __JIT_OPARG@GOTPCREL
    // f: 66 83 f9 02                   cmpw    $0x2, %cx
    // 13: 74 2f                         je      0x44 <__JIT_ENTRY+0x44>
    // 15: 0f b7 c9                      movzwl  %cx, %ecx
    // 18: 83 f9 01                      cmpl    $0x1, %ecx
    // 1b: 74 14                         je      0x31 <__JIT_ENTRY+0x31>
    // 1d: 85 c9                         testl   %ecx, %ecx
    // 1f: 75 33                         jne     0x54 <__JIT_ENTRY+0x54>
    // 21: 48 01 f8                      addq    %rdi, %rax
    // 24: 49 89 45 f0                   movq    %rax, -0x10(%r13)
    // 28: 49 83 c5 f8                   addq    $-0x8, %r13
    // 2c: e9 00 00 00 00                jmp     0x31 <__JIT_ENTRY+0x31>
    // 000000000000002d:  X86_64_RELOC_BRANCH  __JIT_CONTINUE
    // 31: 48 29 c7                      subq    %rax, %rdi
    // 34: 48 89 f8                      movq    %rdi, %rax
    // 37: 49 89 45 f0                   movq    %rax, -0x10(%r13)
    // 3b: 49 83 c5 f8                   addq    $-0x8, %r13
    // 3f: e9 00 00 00 00                jmp     0x44 <__JIT_ENTRY+0x44>
    // 0000000000000040:  X86_64_RELOC_BRANCH  __JIT_CONTINUE
    // 44: 48 21 f8                      andq    %rdi, %rax
    // 47: 49 89 45 f0                   movq    %rax, -0x10(%r13)
    // 4b: 49 83 c5 f8                   addq    $-0x8, %r13
    // 4f: e9 00 00 00 00                jmp     0x54 <__JIT_ENTRY+0x54>
    // 0000000000000050:  X86_64_RELOC_BRANCH  __JIT_CONTINUE
    // 54: 55                            pushq   %rbp
    // 55: 48 89 e5                      movq    %rsp, %rbp
    // 58: 0f b7 15 00 00 00 00          movzwl  (%rip), %edx            ## 0x5f <__JIT_ENTRY+0x5f>
    // 000000000000005b:  X86_64_RELOC_GOT     __JIT_OPARG@GOTPCREL
    // 5f: 48 89 c6                      movq    %rax, %rsi
    // 62: ff 15 00 00 00 00             callq   *(%rip)                 ## 0x68 <__JIT_ENTRY+0x68>
    // 0000000000000064:  X86_64_RELOC_GOT     _PySpam_BinaryOp@GOTPCREL
    // 68: 48 85 c0                      testq   %rax, %rax
    // 6b: 5d                            popq    %rbp
    // 6c: 75 b6                         jne     0x24 <__JIT_ENTRY+0x24>
    // 6e: e9 00 00 00 00                jmp     0x73 <__JIT_ENTRY+0x73>
    // 000000000000006f:  X86_64_RELOC_BRANCH  __JIT_ERROR_TARGET
    const unsigned char code_body[115] = {
        0x49, 0x8b, 0x7d, 0xf0, 0x49, 0x8b, 0x45, 0xf8,
        0x48, 0x8b, 0x0d, 0x00, 0x00, 0x00, 0x00, 0x66,
        0x83, 0xf9, 0x02, 0x74, 0x2f, 0x0f, 0xb7, 0xc9,
        0x83, 0xf9, 0x01, 0x74, 0x14, 0x85, 0xc9, 0x75,
        0x33, 0x48, 0x01, 0xf8, 0x49, 0x89, 0x45, 0xf0,
        0x49, 0x83, 0xc5, 0xf8, 0xe9, 0x00, 0x00, 0x00,
        0x00, 0x48, 0x29, 0xc7, 0x48, 0x89, 0xf8, 0x49,
        0x89, 0x45, 0xf0, 0x49, 0x83, 0xc5, 0xf8, 0xe9,
        0x00, 0x00, 0x00, 0x00, 0x48, 0x21, 0xf8, 0x49,
        0x89, 0x45, 0xf0, 0x49, 0x83, 0xc5, 0xf8, 0xe9,
        0x00, 0x00, 0x00, 0x00, 0x55, 0x48, 0x89, 0xe5,
        0x0f, 0xb7, 0x15, 0x00, 0x00, 0x00, 0x00, 0x48,
        0x89, 0xc6, 0xff, 0x15, 0x00, 0x00, 0x00, 0x00,
        0x48, 0x85, 0xc0, 0x5d, 0x75, 0xb6, 0xe9,
    };
    // 0: &PySpam_BinaryOp+0x0
    // 8: OPARG
    patch_64(data + 0x0, (uintptr_t)&PySpam_BinaryOp);
    patch_64(data + 0x8, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0xb, (uintptr_t)data + 0x4);
    patch_32r(code + 0x2d, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_32r(code + 0x40, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_32r(code + 0x50, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_x86_64_32rx(code + 0x5b, (uintptr_t)data + 0x4);
    patch_x86_64_32rx(code + 0x64, (uintptr_t)data + -0x4);
    patch_32r(code + 0x6f, state->instruction_starts[instruction->error_target] + -0x4);
}

void
emit__BINARY_OP_ADD_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 55                            pushq   %rbp
    // 1: 48 89 e5                      movq    %rsp, %rbp
    // 4: 48 83 ec 10                   subq    $0x10, %rsp
    // 8: 49 8b 7d f0                   movq    -0x10(%r13), %rdi
    // c: 49 8b 75 f8                   movq    -0x8(%r13), %rsi
    // 10: 48 8d 55 f8                   leaq    -0x8(%rbp), %rdx
    // 14: ff 15 00 00 00 00             callq   *(%rip)                 ## 0x1a <__JIT_ENTRY+0x1a>
    // 0000000000000016:  X86_64_RELOC_GOT     _PySpam_Add@GOTPCREL
    // 1a: 85 c0                         testl   %eax, %eax
    // 1c: 78 16                         js      0x34 <__JIT_ENTRY+0x34>
    // 1e: 48 8b 45 f8                   movq    -0x8(%rbp), %rax
    // 22: 49 89 45 f0                   movq    %rax, -0x10(%r13)
    // 26: 49 83 c5 f8                   addq    $-0x8, %r13
    // 2a: 48 83 c4 10                   addq    $0x10, %rsp
    // 2e: 5d                            popq    %rbp
    // 2f: e9 00 00 00 00                jmp     0x34 <__JIT_ENTRY+0x34>
    // 0000000000000030:  X86_64_RELOC_BRANCH  __JIT_CONTINUE
    // 34: 48 83 c4 10                   addq    $0x10, %rsp
    // 38: 5d                            popq    %rbp
    // 39: e9 00 00 00 00                jmp     0x3e <__JIT_ENTRY+0x3e>
    // 000000000000003a:  X86_64_RELOC_BRANCH  __JIT_ERROR_TARGET
    const unsigned char code_body[62] = {
        0x55, 0x48, 0x89, 0xe5, 0x48, 0x83, 0xec, 0x10,
        0x49, 0x8b, 0x7d, 0xf0, 0x49, 0x8b, 0x75, 0xf8,
        0x48, 0x8d, 0x55, 0xf8, 0xff, 0x15, 0x00, 0x00,
        0x00, 0x00, 0x85, 0xc0, 0x78, 0x16, 0x48, 0x8b,
        0x45, 0xf8, 0x49, 0x89, 0x45, 0xf0, 0x49, 0x83,
        0xc5, 0xf8, 0x48, 0x83, 0xc4, 0x10, 0x5d, 0xe9,
        0x00, 0x00, 0x00, 0x00, 0x48, 0x83, 0xc4, 0x10,
        0x5d, 0xe9,
    };
    // 0: &PySpam_Add+0x0
    patch_64(data + 0x0, (uintptr_t)&PySpam_Add);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x16, (uintptr_t)data + -0x4);
    patch_32r(code + 0x30, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_32r(code + 0x3a, state->instruction_starts[instruction->error_target] + -0x4);
}

void
emit__BINARY_OP_MULTIPLY_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 55                            pushq   %rbp
    // 1: 48 89 e5                      movq    %rsp, %rbp
    // 4: 41 8b 45 f0                   movl    -0x10(%r13), %eax
    // 8: 41 0f af 45 f8                imull   -0x8(%r13), %eax
    // d: 71 06                         jno     0x15 <__JIT_ENTRY+0x15>
    // f: 5d                            popq    %rbp
    // 10: e9 00 00 00 00                jmp     0x15 <__JIT_ENTRY+0x15>
    // 0000000000000011:  X86_64_RELOC_BRANCH  __JIT_JUMP_TARGET
    // 15: 48 98                         cltq
    // 17: 49 89 45 f0                   movq    %rax, -0x10(%r13)
    // 1b: 49 83 c5 f8                   addq    $-0x8, %r13
    // 1f: 5d                            popq    %rbp
    // 20: e9 00 00 00 00                jmp     0x25 <__JIT_ENTRY+0x25>
    // 0000000000000021:  X86_64_RELOC_BRANCH  __JIT_CONTINUE
    const unsigned char code_body[32] = {
        0x55, 0x48, 0x89, 0xe5, 0x41, 0x8b, 0x45, 0xf0,
        0x41, 0x0f, 0xaf, 0x45, 0xf8, 0x71, 0x06, 0x5d,
        0xe9, 0x00, 0x00, 0x00, 0x00, 0x48, 0x98, 0x49,
        0x89, 0x45, 0xf0, 0x49, 0x83, 0xc5, 0xf8, 0x5d,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_32r(code + 0x11, state->instruction_starts[instruction->jump_target] + -0x4);
}

void
emit__BINARY_OP_SUBTRACT_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 55                            pushq   %rbp
    // 1: 48 89 e5                      movq    %rsp, %rbp
    // 4: 49 8b 45 f0                   movq    -0x10(%r13), %rax
    // 8: 49 2b 45 f8                   subq    -0x8(%r13), %rax
    // c: 71 06                         jno     0x14 <__JIT_ENTRY+0x14>
    // e: 5d                            popq    %rbp
    // f: e9 00 00 00 00                jmp     0x14 <__JIT_ENTRY+0x14>
    // 0000000000000010:  X86_64_RELOC_BRANCH  __JIT_JUMP_TARGET
    // 14: 49 89 45 f0                   movq    %rax, -0x10(%r13)
    // 18: 49 83 c5 f8                   addq    $-0x8, %r13
    // 1c: 5d                            popq    %rbp
    // 1d: e9 00 00 00 00                jmp     0x22 <__JIT_ENTRY+0x22>
    // 000000000000001e:  X86_64_RELOC_BRANCH  __JIT_CONTINUE
    const unsigned char code_body[29] = {
        0x55, 0x48, 0x89, 0xe5, 0x49, 0x8b, 0x45, 0xf0,
        0x49, 0x2b, 0x45, 0xf8, 0x71, 0x06, 0x5d, 0xe9,
        0x00, 0x00, 0x00, 0x00, 0x49, 0x89, 0x45, 0xf0,
        0x49, 0x83, 0xc5, 0xf8, 0x5d,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_32r(code + 0x10, state->instruction_starts[instruction->jump_target] + -0x4);
}

void
emit__BUILD_SUM(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 55                            pushq   %rbp
    // 1: 48 89 e5                      movq    %rsp, %rbp
    // 4: 48 8b 0d 00 00 00 00          movq    (%rip), %rcx            ## 0xb <__JIT_ENTRY+0xb>
    // 0000000000000007:  X86_64_RELOC_GOT_LOAD        __JIT_OPARG@GOTPCREL
    // b: 49 8b 45 f8                   movq    -0x8(%r13), %rax
    // f: f6 c1 03                      testb   $0x3, %cl
    // 12: 74 1c                         je      0x30 <__JIT_ENTRY+0x30>
    // 14: 83 e1 03                      andl    $0x3, %ecx
    // 17: 48 ff c1                      incq    %rcx
    // 1a: 49 03 45 f0                   addq    -0x10(%r13), %rax
    // 1e: 83 f9 02                      cmpl    $0x2, %ecx
    // 21: 74 0d                         je      0x30 <__JIT_ENTRY+0x30>
    // 23: 49 03 45 e8                   addq    -0x18(%r13), %rax
    // 27: 83 f9 03                      cmpl    $0x3, %ecx
    // 2a: 74 04                         je      0x30 <__JIT_ENTRY+0x30>
    // 2c: 49 03 45 e0                   addq    -0x20(%r13), %rax
    // 30: 0f b7 0d 00 00 00 00          movzwl  (%rip), %ecx            ## 0x37 <__JIT_ENTRY+0x37>
    // 0000000000000033:  X86_64_RELOC_GOT     __JIT_OPARG@GOTPCREL
    // 37: 83 e1 03                      andl    $0x3, %ecx
    // 3a: ff c1                         incl    %ecx
    // 3c: c1 e1 03                      shll    $0x3, %ecx
    // 3f: 49 29 cd                      subq    %rcx, %r13
    // 42: 49 89 45 00                   movq    %rax, (%r13)
    // 46: 49 83 c5 08                   addq    $0x8, %r13
    // 4a: 5d                            popq    %rbp
    // 4b: e9 00 00 00 00                jmp     0x50 <__JIT_ENTRY+0x50>
    // 000000000000004c:  X86_64_RELOC_BRANCH  __JIT_CONTINUE
    const unsigned char code_body[75] = {
        0x55, 0x48, 0x89, 0xe5, 0x48, 0x8b, 0x0d, 0x00,
        0x00, 0x00, 0x00, 0x49, 0x8b, 0x45, 0xf8, 0xf6,
        0xc1, 0x03, 0x74, 0x1c, 0x83, 0xe1, 0x03, 0x48,
        0xff, 0xc1, 0x49, 0x03, 0x45, 0xf0, 0x83, 0xf9,
        0x02, 0x74, 0x0d, 0x49, 0x03, 0x45, 0xe8, 0x83,
        0xf9, 0x03, 0x74, 0x04, 0x49, 0x03, 0x45, 0xe0,
        0x0f, 0xb7, 0x0d, 0x00, 0x00, 0x00, 0x00, 0x83,
        0xe1, 0x03, 0xff, 0xc1, 0xc1, 0xe1, 0x03, 0x49,
        0x29, 0xcd, 0x49, 0x89, 0x45, 0x00, 0x49, 0x83,
        0xc5, 0x08, 0x5d,
    };
    // 0: OPARG
    patch_64(data + 0x0, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x7, (uintptr_t)data + -0x4);
    patch_x86_64_32rx(code + 0x33, (uintptr_t)data + -0x4);
}

void
emit__CALL_BUILTIN_FAST(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 55                            pushq   %rbp
    // 1: 48 89 e5                      movq    %rsp, %rbp
    // 4: 8b 15 00 00 00 00             movl    (%rip), %edx            ## 0xa <__JIT_ENTRY+0xa>
    // 0000000000000006:  X86_64_RELOC_GOT     __JIT_OPARG@GOTPCREL
    // a: 83 e2 03                      andl    $0x3, %edx
    // d: 8d 04 d5 00 00 00 00          leal    (,%rdx,8), %eax
    // 14: 4c 89 eb                      movq    %r13, %rbx
    // 17: 48 29 c3                      subq    %rax, %rbx
    // 1a: 4c 89 e7                      movq    %r12, %rdi
    // 1d: 48 89 de                      movq    %rbx, %rsi
    // 20: ff 15 00 00 00 00             callq   *(%rip)                 ## 0x26 <__JIT_ENTRY+0x26>
    // 0000000000000022:  X86_64_RELOC_GOT     _PySpam_Call3@GOTPCREL
    // 26: 48 85 c0                      testq   %rax, %rax
    // 29: 74 10                         je      0x3b <__JIT_ENTRY+0x3b>
    // 2b: 48 89 03                      movq    %rax, (%rbx)
    // 2e: 48 83 c3 08                   addq    $0x8, %rbx
    // 32: 49 89 dd                      movq    %rbx, %r13
    // 35: 5d                            popq    %rbp
    // 36: e9 00 00 00 00                jmp     0x3b <__JIT_ENTRY+0x3b>
    // 0000000000000037:  X86_64_RELOC_BRANCH  __JIT_CONTINUE
    // 3b: 5d                            popq    %rbp
    // 3c: e9 00 00 00 00                jmp     0x41 <__JIT_ENTRY+0x41>
    // 000000000000003d:  X86_64_RELOC_BRANCH  __JIT_ERROR_TARGET
    const unsigned char code_body[65] = {
        0x55, 0x48, 0x89, 0xe5, 0x8b, 0x15, 0x00, 0x00,
        0x00, 0x00, 0x83, 0xe2, 0x03, 0x8d, 0x04, 0xd5,
        0x00, 0x00, 0x00, 0x00, 0x4c, 0x89, 0xeb, 0x48,
        0x29, 0xc3, 0x4c, 0x89, 0xe7, 0x48, 0x89, 0xde,
        0xff, 0x15, 0x00, 0x00, 0x00, 0x00, 0x48, 0x85,
        0xc0, 0x74, 0x10, 0x48, 0x89, 0x03, 0x48, 0x83,
        0xc3, 0x08, 0x49, 0x89, 0xdd, 0x5d, 0xe9, 0x00,
        0x00, 0x00, 0x00, 0x5d, 0xe9,
    };
    // 0: &PySpam_Call3+0x0
    // 8: OPARG
    patch_64(data + 0x0, (uintptr_t)&PySpam_Call3);
    patch_64(data + 0x8, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x6, (uintptr_t)data + 0x4);
    patch_x86_64_32rx(code + 0x22, (uintptr_t)data + -0x4);
    patch_32r(code + 0x37, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_32r(code + 0x3d, state->instruction_starts[instruction->error_target] + -0x4);
}

void
emit__CHECK_FUNCTION_VERSION(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 55                            pushq   %rbp
    // 1: 48 89 e5                      movq    %rsp, %rbp
    // 4: 41 8b 44 24 14                movl    0x14(%r12), %eax
    // 9: 3b 05 00 00 00 00             cmpl    (%rip), %eax            ## 0xf <__JIT_ENTRY+0xf>
    // 000000000000000b:  X86_64_RELOC_GOT     __JIT_OPERAND0@GOTPCREL
    // f: 75 14                         jne     0x25 <__JIT_ENTRY+0x25>
    // 11: 49 8b 44 24 20                movq    0x20(%r12), %rax
    // 16: 48 3b 05 00 00 00 00          cmpq    (%rip), %rax            ## 0x1d <__JIT_ENTRY+0x1d>
    // 0000000000000019:  X86_64_RELOC_GOT     __JIT_OPERAND1@GOTPCREL
    // 1d: 75 06                         jne     0x25 <__JIT_ENTRY+0x25>
    // 1f: 5d                            popq    %rbp
    // 20: e9 00 00 00 00                jmp     0x25 <__JIT_ENTRY+0x25>
    // 0000000000000021:  X86_64_RELOC_BRANCH  __JIT_CONTINUE
    // 25: 5d                            popq    %rbp
    // 26: e9 00 00 00 00                jmp     0x2b <__JIT_ENTRY+0x2b>
    // 0000000000000027:  X86_64_RELOC_BRANCH  __JIT_JUMP_TARGET
    const unsigned char code_body[43] = {
        0x55, 0x48, 0x89, 0xe5, 0x41, 0x8b, 0x44, 0x24,
        0x14, 0x3b, 0x05, 0x00, 0x00, 0x00, 0x00, 0x75,
        0x14, 0x49, 0x8b, 0x44, 0x24, 0x20, 0x48, 0x3b,
        0x05, 0x00, 0x00, 0x00, 0x00, 0x75, 0x06, 0x5d,
        0xe9, 0x00, 0x00, 0x00, 0x00, 0x5d, 0xe9,
    };
    // 0: OPERAND1
    // 8: OPERAND0
    patch_64(data + 0x0, instruction->operand1);
    patch_64(data + 0x8, instruction->operand0);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0xb, (uintptr_t)data + 0x4);
    patch_x86_64_32rx(code + 0x19, (uintptr_t)data + -0x4);
    patch_32r(code + 0x21, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_32r(code + 0x27, state->instruction_starts[instruction->jump_target] + -0x4);
}

void
emit__CHECK_STACK_SPACE(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 55                            pushq   %rbp
    // 1: 48 89 e5                      movq    %rsp, %rbp
    // 4: 0f b7 05 00 00 00 00          movzwl  (%rip), %eax            ## 0xb <__JIT_ENTRY+0xb>
    // 0000000000000007:  X86_64_RELOC_GOT     __JIT_OPARG@GOTPCREL
    // b: 83 e0 0f                      andl    $0xf, %eax
    // e: ff c0                         incl    %eax
    // 10: 41 39 46 1c                   cmpl    %eax, 0x1c(%r14)
    // 14: 73 06                         jae     0x1c <__JIT_ENTRY+0x1c>
    // 16: 5d                            popq    %rbp
    // 17: e9 00 00 00 00                jmp     0x1c <__JIT_ENTRY+0x1c>
    // 0000000000000018:  X86_64_RELOC_BRANCH  __JIT_JUMP_TARGET
    // 1c: 5d                            popq    %rbp
    // 1d: e9 00 00 00 00                jmp     0x22 <__JIT_ENTRY+0x22>
    // 000000000000001e:  X86_64_RELOC_BRANCH  __JIT_CONTINUE
    const unsigned char code_body[29] = {
        0x55, 0x48, 0x89, 0xe5, 0x0f, 0xb7, 0x05, 0x00,
        0x00, 0x00, 0x00, 0x83, 0xe0, 0x0f, 0xff, 0xc0,
        0x41, 0x39, 0x46, 0x1c, 0x73, 0x06, 0x5d, 0xe9,
        0x00, 0x00, 0x00, 0x00, 0x5d,
    };
    // 0: OPARG
    patch_64(data + 0x0, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x7, (uintptr_t)data + -0x4);
    patch_32r(code + 0x18, state->instruction_starts[instruction->jump_target] + -0x4);
}

void
emit__CHECK_VALIDITY(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 55                            pushq   %rbp
    // 1: 48 89 e5                      movq    %rsp, %rbp
    // 4: 48 8b 05 00 00 00 00          movq    (%rip), %rax            ## 0xb <__JIT_ENTRY+0xb>
    // 0000000000000007:  X86_64_RELOC_GOT_LOAD        __JIT_EXECUTOR@GOTPCREL
    // b: 83 78 08 00                   cmpl    $0x0, 0x8(%rax)
    // f: 74 06                         je      0x17 <__JIT_ENTRY+0x17>
    // 11: 5d                            popq    %rbp
    // 12: e9 00 00 00 00                jmp     0x17 <__JIT_ENTRY+0x17>
    // 0000000000000013:  X86_64_RELOC_BRANCH  __JIT_CONTINUE
    // 17: 5d                            popq    %rbp
    // 18: e9 00 00 00 00                jmp     0x1d <__JIT_ENTRY+0x1d>
    // 0000000000000019:  X86_64_RELOC_BRANCH  __JIT_JUMP_TARGET
    const unsigned char code_body[29] = {
        0x55, 0x48, 0x89, 0xe5, 0x48, 0x8b, 0x05, 0x00,
        0x00, 0x00, 0x00, 0x83, 0x78, 0x08, 0x00, 0x74,
        0x06, 0x5d, 0xe9, 0x00, 0x00, 0x00, 0x00, 0x5d,
        0xe9,
    };
    // 0: EXECUTOR
    patch_64(data + 0x0, (uintptr_t)executor);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x7, (uintptr_t)data + -0x4);
    patch_32r(code + 0x13, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_32r(code + 0x19, state->instruction_starts[instruction->jump_target] + -0x4);
}

void
emit__COMPARE_OP_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 55                            pushq   %rbp
    // 1: 48 89 e5                      movq    %rsp, %rbp
    // 4: 49 8b 4d f0                   movq    -0x10(%r13), %rcx
    // 8: 49 8b 55 f8                   movq    -0x8(%r13), %rdx
    // c: 49 8d 45 f8                   leaq    -0x8(%r13), %rax
    // 10: 8b 35 00 00 00 00             movl    (%rip), %esi            ## 0x16 <__JIT_ENTRY+0x16>
    // 0000000000000012:  X86_64_RELOC_GOT     __JIT_OPARG@GOTPCREL
    // 16: 83 e6 03                      andl    $0x3, %esi
    // 19: 66 83 fe 01                   cmpw    $0x1, %si
    // 1d: 74 0c                         je      0x2b <__JIT_ENTRY+0x2b>
    // 1f: 85 f6                         testl   %esi, %esi
    // 21: 75 10                         jne     0x33 <__JIT_ENTRY+0x33>
    // 23: 48 39 d1                      cmpq    %rdx, %rcx
    // 26: 0f 9c c1                      setl    %cl
    // 29: eb 0e                         jmp     0x39 <__JIT_ENTRY+0x39>
    // 2b: 48 39 d1                      cmpq    %rdx, %rcx
    // 2e: 0f 94 c1                      sete    %cl
    // 31: eb 06                         jmp     0x39 <__JIT_ENTRY+0x39>
    // 33: 48 39 d1                      cmpq    %rdx, %rcx
    // 36: 0f 95 c1                      setne   %cl
    // 39: 0f b6 c9                      movzbl  %cl, %ecx
    // 3c: 48 83 c9 10                   orq     $0x10, %rcx
    // 40: 49 89 4d f0                   movq    %rcx, -0x10(%r13)
    // 44: 49 89 c5                      movq    %rax, %r13
    // 47: 5d                            popq    %rbp
    // 48: e9 00 00 00 00                jmp     0x4d <__JIT_ENTRY+0x4d>
    // 0000000000000049:  X86_64_RELOC_BRANCH  __JIT_CONTINUE
    const unsigned char code_body[72] = {
        0x55, 0x48, 0x89, 0xe5, 0x49, 0x8b, 0x4d, 0xf0,
        0x49, 0x8b, 0x55, 0xf8, 0x49, 0x8d, 0x45, 0xf8,
        0x8b, 0x35, 0x00, 0x00, 0x00, 0x00, 0x83, 0xe6,
        0x03, 0x66, 0x83, 0xfe, 0x01, 0x74, 0x0c, 0x85,
        0xf6, 0x75, 0x10, 0x48, 0x39, 0xd1, 0x0f, 0x9c,
        0xc1, 0xeb, 0x0e, 0x48, 0x39, 0xd1, 0x0f, 0x94,
        0xc1, 0xeb, 0x06, 0x48, 0x39, 0xd1, 0x0f, 0x95,
        0xc1, 0x0f, 0xb6, 0xc9, 0x48, 0x83, 0xc9, 0x10,
        0x49, 0x89, 0x4d, 0xf0, 0x49, 0x89, 0xc5, 0x5d,
    };
    // 0: OPARG
    patch_64(data + 0x0, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x12, (uintptr_t)data + -0x4);
}

void
emit__COPY(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 55                            pushq   %rbp
    // 1: 48 89 e5                      movq    %rsp, %rbp
    // 4: 8b 05 00 00 00 00             movl    (%rip), %eax            ## 0xa <__JIT_ENTRY+0xa>
    // 0000000000000006:  X86_64_RELOC_GOT     __JIT_OPARG@GOTPCREL
    // a: f7 d0                         notl    %eax
    // c: 0d fc ff 00 00                orl     $0xfffc, %eax           ## imm = 0xFFFC
    // 11: 48 0f bf c0                   movswq  %ax, %rax
    // 15: 49 8b 7c c5 00                movq    (%r13,%rax,8), %rdi
    // 1a: ff 15 00 00 00 00             callq   *(%rip)                 ## 0x20 <__JIT_ENTRY+0x20>
    // 000000000000001c:  X86_64_RELOC_GOT     _PyRef_Dup@GOTPCREL
    // 20: 49 89 45 00                   movq    %rax, (%r13)
    // 24: 49 83 c5 08                   addq    $0x8, %r13
    // 28: 5d                            popq    %rbp
    // 29: e9 00 00 00 00                jmp     0x2e <__JIT_ENTRY+0x2e>
    // 000000000000002a:  X86_64_RELOC_BRANCH  __JIT_CONTINUE
    const unsigned char code_body[41] = {
        0x55, 0x48, 0x89, 0xe5, 0x8b, 0x05, 0x00, 0x00,
        0x00, 0x00, 0xf7, 0xd0, 0x0d, 0xfc, 0xff, 0x00,
        0x00, 0x48, 0x0f, 0xbf, 0xc0, 0x49, 0x8b, 0x7c,
        0xc5, 0x00, 0xff, 0x15, 0x00, 0x00, 0x00, 0x00,
        0x49, 0x89, 0x45, 0x00, 0x49, 0x83, 0xc5, 0x08,
        0x5d,
    };
    // 0: &PyRef_Dup+0x0
    // 8: OPARG
    patch_64(data + 0x0, (uintptr_t)&PyRef_Dup);
    patch_64(data + 0x8, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x6, (uintptr_t)data + 0x4);
    patch_x86_64_32rx(code + 0x1c, (uintptr_t)data + -0x4);
}

void
emit__DEOPT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 55                            pushq   %rbp
    // 1: 48 89 e5                      movq    %rsp, %rbp
    // 4: 8b 05 00 00 00 00             movl    (%rip), %eax            ## 0xa <__JIT_ENTRY+0xa>
    // 0000000000000006:  X86_64_RELOC_GOT     __JIT_TARGET@GOTPCREL
    // a: 41 89 44 24 10                movl    %eax, 0x10(%r12)
    // f: 5d                            popq    %rbp
    // 10: e9 00 00 00 00                jmp     0x15 <__JIT_ENTRY+0x15>
    // 0000000000000011:  X86_64_RELOC_BRANCH  __JIT_ERROR_TARGET
    const unsigned char code_body[21] = {
        0x55, 0x48, 0x89, 0xe5, 0x8b, 0x05, 0x00, 0x00,
        0x00, 0x00, 0x41, 0x89, 0x44, 0x24, 0x10, 0x5d,
        0xe9,
    };
    // 0: TARGET
    patch_64(data + 0x0, instruction->target);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x6, (uintptr_t)data + -0x4);
    patch_32r(code + 0x11, state->instruction_starts[instruction->error_target] + -0x4);
}

void
emit__EXIT_TRACE(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 55                            pushq   %rbp
    // 1: 48 89 e5                      movq    %rsp, %rbp
    // 4: 8b 05 00 00 00 00             movl    (%rip), %eax            ## 0xa <__JIT_ENTRY+0xa>
    // 0000000000000006:  X86_64_RELOC_GOT     __JIT_TARGET@GOTPCREL
    // a: 41 89 44 24 10                movl    %eax, 0x10(%r12)
    // f: 41 89 46 20                   movl    %eax, 0x20(%r14)
    // 13: 48 8b 05 00 00 00 00          movq    (%rip), %rax            ## 0x1a <__JIT_ENTRY+0x1a>
    // 0000000000000016:  X86_64_RELOC_GOT_LOAD        __JIT_EXECUTOR@GOTPCREL
    // 1a: ff 40 10                      incl    0x10(%rax)
    // 1d: 5d                            popq    %rbp
    // 1e: e9 00 00 00 00                jmp     0x23 <__JIT_ENTRY+0x23>
    // 000000000000001f:  X86_64_RELOC_BRANCH  __JIT_JUMP_TARGET
    const unsigned char code_body[35] = {
        0x55, 0x48, 0x89, 0xe5, 0x8b, 0x05, 0x00, 0x00,
        0x00, 0x00, 0x41, 0x89, 0x44, 0x24, 0x10, 0x41,
        0x89, 0x46, 0x20, 0x48, 0x8b, 0x05, 0x00, 0x00,
        0x00, 0x00, 0xff, 0x40, 0x10, 0x5d, 0xe9,
    };
    // 0: EXECUTOR
    // 8: TARGET
    patch_64(data + 0x0, (uintptr_t)executor);
    patch_64(data + 0x8, instruction->target);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x6, (uintptr_t)data + 0x4);
    patch_x86_64_32rx(code + 0x16, (uintptr_t)data + -0x4);
    patch_32r(code + 0x1f, state->instruction_starts[instruction->jump_target] + -0x4);
}

void
emit__FATAL_ERROR(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 55                            pushq   %rbp
    // 1: 48 89 e5                      movq    %rsp, %rbp
    // 4: 8b 35 00 00 00 00             movl    (%rip), %esi            ## 0xa <__JIT_ENTRY+0xa>
    // 0000000000000006:  X86_64_RELOC_GOT     __JIT_TARGET@GOTPCREL
    // a: 4c 89 f7                      movq    %r14, %rdi
    // d: ff 15 00 00 00 00             callq   *(%rip)                 ## 0x13 <__JIT_ENTRY+0x13>
    // 000000000000000f:  X86_64_RELOC_GOT     _PySpam_Fatal@GOTPCREL
    // 13: 5d                            popq    %rbp
    // 14: e9 00 00 00 00                jmp     0x19 <__JIT_ENTRY+0x19>
    // 0000000000000015:  X86_64_RELOC_BRANCH  __JIT_ERROR_TARGET
    const unsigned char code_body[25] = {
        0x55, 0x48, 0x89, 0xe5, 0x8b, 0x35, 0x00, 0x00,
        0x00, 0x00, 0x4c, 0x89, 0xf7, 0xff, 0x15, 0x00,
        0x00, 0x00, 0x00, 0x5d, 0xe9,
    };
    // 0: &PySpam_Fatal+0x0
    // 8: TARGET
    patch_64(data + 0x0, (uintptr_t)&PySpam_Fatal);
    patch_64(data + 0x8, instruction->target);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x6, (uintptr_t)data + 0x4);
    patch_x86_64_32rx(code + 0xf, (uintptr_t)data + -0x4);
    patch_32r(code + 0x15, state->instruction_starts[instruction->error_target] + -0x4);
}

void
emit__GUARD_IS_FALSE_POP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 55                            pushq   %rbp
    // 1: 48 89 e5                      movq    %rsp, %rbp
    // 4: 4c 89 e8                      movq    %r13, %rax
    // 7: 49 83 c5 f8                   addq    $-0x8, %r13
    // b: 48 83 78 f8 10                cmpq    $0x10, -0x8(%rax)
    // 10: 75 06                         jne     0x18 <__JIT_ENTRY+0x18>
    // 12: 5d                            popq    %rbp
    // 13: e9 00 00 00 00                jmp     0x18 <__JIT_ENTRY+0x18>
    // 0000000000000014:  X86_64_RELOC_BRANCH  __JIT_CONTINUE
    // 18: 5d                            popq    %rbp
    // 19: e9 00 00 00 00                jmp     0x1e <__JIT_ENTRY+0x1e>
    // 000000000000001a:  X86_64_RELOC_BRANCH  __JIT_JUMP_TARGET
    const unsigned char code_body[30] = {
        0x55, 0x48, 0x89, 0xe5, 0x4c, 0x89, 0xe8, 0x49,
        0x83, 0xc5, 0xf8, 0x48, 0x83, 0x78, 0xf8, 0x10,
        0x75, 0x06, 0x5d, 0xe9, 0x00, 0x00, 0x00, 0x00,
        0x5d, 0xe9,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_32r(code + 0x14, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_32r(code + 0x1a, state->instruction_starts[instruction->jump_target] + -0x4);
}

void
emit__GUARD_IS_TRUE_POP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 55                            pushq   %rbp
    // 1: 48 89 e5                      movq    %rsp, %rbp
    // 4: 4c 89 e8                      movq    %r13, %rax
    // 7: 49 83 c5 f8                   addq    $-0x8, %r13
    // b: 48 83 78 f8 11                cmpq    $0x11, -0x8(%rax)
    // 10: 75 06                         jne     0x18 <__JIT_ENTRY+0x18>
    // 12: 5d                            popq    %rbp
    // 13: e9 00 00 00 00                jmp     0x18 <__JIT_ENTRY+0x18>
    // 0000000000000014:  X86_64_RELOC_BRANCH  __JIT_CONTINUE
    // 18: 5d                            popq    %rbp
    // 19: e9 00 00 00 00                jmp     0x1e <__JIT_ENTRY+0x1e>
    // 000000000000001a:  X86_64_RELOC_BRANCH  __JIT_JUMP_TARGET
    const unsigned char code_body[30] = {
        0x55, 0x48, 0x89, 0xe5, 0x4c, 0x89, 0xe8, 0x49,
        0x83, 0xc5, 0xf8, 0x48, 0x83, 0x78, 0xf8, 0x11,
        0x75, 0x06, 0x5d, 0xe9, 0x00, 0x00, 0x00, 0x00,
        0x5d, 0xe9,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_32r(code + 0x14, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_32r(code + 0x1a, state->instruction_starts[instruction->jump_target] + -0x4);
}

void
emit__GUARD_NOS_NOT_NULL(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 55                            pushq   %rbp
    // 1: 48 89 e5                      movq    %rsp, %rbp
    // 4: 49 83 7d f0 00                cmpq    $0x0, -0x10(%r13)
    // 9: 74 06                         je      0x11 <__JIT_ENTRY+0x11>
    // b: 5d                            popq    %rbp
    // c: e9 00 00 00 00                jmp     0x11 <__JIT_ENTRY+0x11>
    // 000000000000000d:  X86_64_RELOC_BRANCH  __JIT_CONTINUE
    // 11: 5d                            popq    %rbp
    // 12: e9 00 00 00 00                jmp     0x17 <__JIT_ENTRY+0x17>
    // 0000000000000013:  X86_64_RELOC_BRANCH  __JIT_JUMP_TARGET
    const unsigned char code_body[23] = {
        0x55, 0x48, 0x89, 0xe5, 0x49, 0x83, 0x7d, 0xf0,
        0x00, 0x74, 0x06, 0x5d, 0xe9, 0x00, 0x00, 0x00,
        0x00, 0x5d, 0xe9,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_32r(code + 0xd, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_32r(code + 0x13, state->instruction_starts[instruction->jump_target] + -0x4);
}

void
emit__JUMP_TO_TOP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 55                            pushq   %rbp
    // 1: 48 89 e5                      movq    %rsp, %rbp
    // 4: 41 f6 46 18 01                testb   $0x1, 0x18(%r14)
    // 9: 75 06                         jne     0x11 <__JIT_ENTRY+0x11>
    // b: 5d                            popq    %rbp
    // c: e9 00 00 00 00                jmp     0x11 <__JIT_ENTRY+0x11>
    // 000000000000000d:  X86_64_RELOC_BRANCH  __JIT_JUMP_TARGET
    // 11: 5d                            popq    %rbp
    // 12: e9 00 00 00 00                jmp     0x17 <__JIT_ENTRY+0x17>
    // 0000000000000013:  X86_64_RELOC_BRANCH  __JIT_ERROR_TARGET
    const unsigned char code_body[23] = {
        0x55, 0x48, 0x89, 0xe5, 0x41, 0xf6, 0x46, 0x18,
        0x01, 0x75, 0x06, 0x5d, 0xe9, 0x00, 0x00, 0x00,
        0x00, 0x5d, 0xe9,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_32r(code + 0xd, state->instruction_starts[instruction->jump_target] + -0x4);
    patch_32r(code + 0x13, state->instruction_starts[instruction->error_target] + -0x4);
}

void
emit__LOAD_CONST_INLINE(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 55                            pushq   %rbp
    // 1: 48 89 e5                      movq    %rsp, %rbp
    // 4: 48 8b 05 00 00 00 00          movq    (%rip), %rax            ## 0xb <__JIT_ENTRY+0xb>
    // 0000000000000007:  X86_64_RELOC_GOT_LOAD        __JIT_OPERAND0@GOTPCREL
    // b: 48 83 c8 01                   orq     $0x1, %rax
    // f: 49 89 45 00                   movq    %rax, (%r13)
    // 13: 49 83 c5 08                   addq    $0x8, %r13
    // 17: 5d                            popq    %rbp
    // 18: e9 00 00 00 00                jmp     0x1d <__JIT_ENTRY+0x1d>
    // 0000000000000019:  X86_64_RELOC_BRANCH  __JIT_CONTINUE
    const unsigned char code_body[24] = {
        0x55, 0x48, 0x89, 0xe5, 0x48, 0x8b, 0x05, 0x00,
        0x00, 0x00, 0x00, 0x48, 0x83, 0xc8, 0x01, 0x49,
        0x89, 0x45, 0x00, 0x49, 0x83, 0xc5, 0x08, 0x5d,
    };
    // 0: OPERAND0
    patch_64(data + 0x0, instruction->operand0);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x7, (uintptr_t)data + -0x4);
}

void
emit__LOAD_CONST_INLINE_BORROW(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 55                            pushq   %rbp
    // 1: 48 89 e5                      movq    %rsp, %rbp
    // 4: 48 8b 05 00 00 00 00          movq    (%rip), %rax            ## 0xb <__JIT_ENTRY+0xb>
    // 0000000000000007:  X86_64_RELOC_GOT_LOAD        __JIT_OPERAND1@GOTPCREL
    // b: 48 c1 e0 03                   shlq    $0x3, %rax
    // f: 48 33 05 00 00 00 00          xorq    (%rip), %rax            ## 0x16 <__JIT_ENTRY+0x16>
    // 0000000000000012:  X86_64_RELOC_GOT     __JIT_OPERAND0@GOTPCREL
    // 16: 49 89 45 00                   movq    %rax, (%r13)
    // 1a: 49 83 c5 08                   addq    $0x8, %r13
    // 1e: 5d                            popq    %rbp
    // 1f: e9 00 00 00 00                jmp     0x24 <__JIT_ENTRY+0x24>
    // 0000000000000020:  X86_64_RELOC_BRANCH  __JIT_CONTINUE
    const unsigned char code_body[31] = {
        0x55, 0x48, 0x89, 0xe5, 0x48, 0x8b, 0x05, 0x00,
        0x00, 0x00, 0x00, 0x48, 0xc1, 0xe0, 0x03, 0x48,
        0x33, 0x05, 0x00, 0x00, 0x00, 0x00, 0x49, 0x89,
        0x45, 0x00, 0x49, 0x83, 0xc5, 0x08, 0x5d,
    };
    // 0: OPERAND0
    // 8: OPERAND1
    patch_64(data + 0x0, instruction->operand0);
    patch_64(data + 0x8, instruction->operand1);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x7, (uintptr_t)data + 0x4);
    patch_x86_64_32rx(code + 0x12, (uintptr_t)data + -0x4);
}

void
emit__LOAD_FAST(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 55                            pushq   %rbp
    // 1: 48 89 e5                      movq    %rsp, %rbp
    // 4: 8b 05 00 00 00 00             movl    (%rip), %eax            ## 0xa <__JIT_ENTRY+0xa>
    // 0000000000000006:  X86_64_RELOC_GOT     __JIT_OPARG@GOTPCREL
    // a: 83 e0 07                      andl    $0x7, %eax
    // d: 49 8b 44 c4 28                movq    0x28(%r12,%rax,8), %rax
    // 12: 49 89 45 00                   movq    %rax, (%r13)
    // 16: 49 83 c5 08                   addq    $0x8, %r13
    // 1a: 5d                            popq    %rbp
    // 1b: e9 00 00 00 00                jmp     0x20 <__JIT_ENTRY+0x20>
    // 000000000000001c:  X86_64_RELOC_BRANCH  __JIT_CONTINUE
    const unsigned char code_body[27] = {
        0x55, 0x48, 0x89, 0xe5, 0x8b, 0x05, 0x00, 0x00,
        0x00, 0x00, 0x83, 0xe0, 0x07, 0x49, 0x8b, 0x44,
        0xc4, 0x28, 0x49, 0x89, 0x45, 0x00, 0x49, 0x83,
        0xc5, 0x08, 0x5d,
    };
    // 0: OPARG
    patch_64(data + 0x0, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x6, (uintptr_t)data + -0x4);
}

void
emit__LOAD_GLOBAL_BUILTIN(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 55                            pushq   %rbp
    // 1: 48 89 e5                      movq    %rsp, %rbp
    // 4: 8b 05 00 00 00 00             movl    (%rip), %eax            ## 0xa <__JIT_ENTRY+0xa>
    // 0000000000000006:  X86_64_RELOC_GOT     __JIT_OPARG@GOTPCREL
    // a: 83 e0 0f                      andl    $0xf, %eax
    // d: 48 8b 0d 00 00 00 00          movq    (%rip), %rcx            ## 0x14 <__JIT_ENTRY+0x14>
    // 0000000000000010:  X86_64_RELOC_GOT_LOAD        _PyGlobal_Table@GOTPCREL
    // 14: 48 8b 04 c1                   movq    (%rcx,%rax,8), %rax
    // 18: 48 85 c0                      testq   %rax, %rax
    // 1b: 74 0e                         je      0x2b <__JIT_ENTRY+0x2b>
    // 1d: 49 89 45 00                   movq    %rax, (%r13)
    // 21: 49 83 c5 08                   addq    $0x8, %r13
    // 25: 5d                            popq    %rbp
    // 26: e9 00 00 00 00                jmp     0x2b <__JIT_ENTRY+0x2b>
    // 0000000000000027:  X86_64_RELOC_BRANCH  __JIT_CONTINUE
    // 2b: 5d                            popq    %rbp
    // 2c: e9 00 00 00 00                jmp     0x31 <__JIT_ENTRY+0x31>
    // 000000000000002d:  X86_64_RELOC_BRANCH  __JIT_ERROR_TARGET
    const unsigned char code_body[49] = {
        0x55, 0x48, 0x89, 0xe5, 0x8b, 0x05, 0x00, 0x00,
        0x00, 0x00, 0x83, 0xe0, 0x0f, 0x48, 0x8b, 0x0d,
        0x00, 0x00, 0x00, 0x00, 0x48, 0x8b, 0x04, 0xc1,
        0x48, 0x85, 0xc0, 0x74, 0x0e, 0x49, 0x89, 0x45,
        0x00, 0x49, 0x83, 0xc5, 0x08, 0x5d, 0xe9, 0x00,
        0x00, 0x00, 0x00, 0x5d, 0xe9,
    };
    // 0: &PyGlobal_Table+0x0
    // 8: OPARG
    patch_64(data + 0x0, (uintptr_t)&PyGlobal_Table);
    patch_64(data + 0x8, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x6, (uintptr_t)data + 0x4);
    patch_x86_64_32rx(code + 0x10, (uintptr_t)data + -0x4);
    patch_32r(code + 0x27, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_32r(code + 0x2d, state->instruction_starts[instruction->error_target] + -0x4);
}

void
emit__LOAD_SMALL_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 55                            pushq   %rbp
    // 1: 48 89 e5                      movq    %rsp, %rbp
    // 4: 8b 05 00 00 00 00             movl    (%rip), %eax            ## 0xa <__JIT_ENTRY+0xa>
    // 0000000000000006:  X86_64_RELOC_GOT     __JIT_OPARG@GOTPCREL
    // a: 83 e0 07                      andl    $0x7, %eax
    // d: 48 8d 0d 00 00 00 00          leaq    (%rip), %rcx            ## 0x14 <__JIT_ENTRY+0x14>
    // 0000000000000010:  X86_64_RELOC_SIGNED  __JIT_ENTRY.small_ints
    // 14: 48 8b 04 c1                   movq    (%rcx,%rax,8), %rax
    // 18: 49 89 45 00                   movq    %rax, (%r13)
    // 1c: 49 83 c5 08                   addq    $0x8, %r13
    // 20: 5d                            popq    %rbp
    // 21: e9 00 00 00 00                jmp     0x26 <__JIT_ENTRY+0x26>
    // 0000000000000022:  X86_64_RELOC_BRANCH  __JIT_CONTINUE
    const unsigned char code_body[33] = {
        0x55, 0x48, 0x89, 0xe5, 0x8b, 0x05, 0x00, 0x00,
        0x00, 0x00, 0x83, 0xe0, 0x07, 0x48, 0x8d, 0x0d,
        0x00, 0x00, 0x00, 0x00, 0x48, 0x8b, 0x04, 0xc1,
        0x49, 0x89, 0x45, 0x00, 0x49, 0x83, 0xc5, 0x08,
        0x5d,
    };
    // a: __const (64 bytes)
    // 50: OPARG
    const unsigned char data_body[88] = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x11, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0xef, 0xcd, 0xab, 0x89, 0x67, 0x45,
        0x23, 0x01, 0xef, 0xbe, 0xad, 0xde, 0x00, 0x00,
        0x00, 0x00, 0x10, 0x32, 0x54, 0x76, 0x98, 0xba,
        0xdc, 0xfe, 0x21, 0x04, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
        0xff, 0x7f, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x80, 0x0d, 0xf0, 0xfe, 0xca,
    };
    memcpy(data, data_body, sizeof(data_body));
    patch_64(data + 0x50, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x6, (uintptr_t)data + 0x4c);
    patch_32r(code + 0x10, (uintptr_t)data + 0x6);
}

void
emit__MAKE_WARM(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 55                            pushq   %rbp
    // 1: 48 89 e5                      movq    %rsp, %rbp
    // 4: 48 8b 05 00 00 00 00          movq    (%rip), %rax            ## 0xb <__JIT_ENTRY+0xb>
    // 0000000000000007:  X86_64_RELOC_GOT_LOAD        __JIT_EXECUTOR@GOTPCREL
    // b: c7 40 0c 01 00 00 00          movl    $0x1, 0xc(%rax)
    // 12: 49 ff 46 28                   incq    0x28(%r14)
    // 16: 5d                            popq    %rbp
    // 17: e9 00 00 00 00                jmp     0x1c <__JIT_ENTRY+0x1c>
    // 0000000000000018:  X86_64_RELOC_BRANCH  __JIT_CONTINUE
    const unsigned char code_body[23] = {
        0x55, 0x48, 0x89, 0xe5, 0x48, 0x8b, 0x05, 0x00,
        0x00, 0x00, 0x00, 0xc7, 0x40, 0x0c, 0x01, 0x00,
        0x00, 0x00, 0x49, 0xff, 0x46, 0x28, 0x5d,
    };
    // 0: EXECUTOR
    patch_64(data + 0x0, (uintptr_t)executor);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x7, (uintptr_t)data + -0x4);
}

void
emit__NOP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 55                            pushq   %rbp
    // 1: 48 89 e5                      movq    %rsp, %rbp
    // 4: 5d                            popq    %rbp
    // 5: e9 00 00 00 00                jmp     0xa <__JIT_ENTRY+0xa>
    // 0000000000000006:  X86_64_RELOC_BRANCH  __JIT_CONTINUE
    const unsigned char code_body[5] = {
        0x55, 0x48, 0x89, 0xe5, 0x5d,
    };
    memcpy(code, code_body, sizeof(code_body));
}

void
emit__POP_TOP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 49 8b 7d f8                   movq    -0x8(%r13), %rdi
    // 4: 49 83 c5 f8                   addq    $-0x8, %r13
    // 8: 40 f6 c7 01                   testb   $0x1, %dil
    // c: 0f 84 00 00 00 00             je      0x12 <__JIT_ENTRY+0x12>
    // 000000000000000e:  X86_64_RELOC_BRANCH  __JIT_CONTINUE
    // 12: 55                            pushq   %rbp
    // 13: 48 89 e5                      movq    %rsp, %rbp
    // 16: ff 15 00 00 00 00             callq   *(%rip)                 ## 0x1c <__JIT_ENTRY+0x1c>
    // 0000000000000018:  X86_64_RELOC_GOT     _PyRef_Close@GOTPCREL
    // 1c: 5d                            popq    %rbp
    // 1d: e9 00 00 00 00                jmp     0x22 <__JIT_ENTRY+0x22>
    // 000000000000001e:  X86_64_RELOC_BRANCH  __JIT_CONTINUE
    const unsigned char code_body[29] = {
        0x49, 0x8b, 0x7d, 0xf8, 0x49, 0x83, 0xc5, 0xf8,
        0x40, 0xf6, 0xc7, 0x01, 0x0f, 0x84, 0x00, 0x00,
        0x00, 0x00, 0x55, 0x48, 0x89, 0xe5, 0xff, 0x15,
        0x00, 0x00, 0x00, 0x00, 0x5d,
    };
    // 0: &PyRef_Close+0x0
    patch_64(data + 0x0, (uintptr_t)&PyRef_Close);
    memcpy(code, code_body, sizeof(code_body));
    patch_32r(code + 0xe, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_x86_64_32rx(code + 0x18, (uintptr_t)data + -0x4);
}

void
emit__RESUME_CHECK(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 41 8b 46 18                   movl    0x18(%r14), %eax
    // 4: 41 3b 44 24 14                cmpl    0x14(%r12), %eax
    // 9: 0f 84 00 00 00 00             je      0xf <__JIT_ENTRY+0xf>
    // 000000000000000b:  X86_64_RELOC_BRANCH  __JIT_CONTINUE
    // f: 55                            pushq   %rbp
    // 10: 48 89 e5                      movq    %rsp, %rbp
    // 13: 4c 89 f7                      movq    %r14, %rdi
    // 16: ff 15 00 00 00 00             callq   *(%rip)                 ## 0x1c <__JIT_ENTRY+0x1c>
    // 0000000000000018:  X86_64_RELOC_GOT     _PyEggs_Periodic@GOTPCREL
    // 1c: 85 c0                         testl   %eax, %eax
    // 1e: 5d                            popq    %rbp
    // 1f: 0f 88 00 00 00 00             js      0x25 <__JIT_ENTRY+0x25>
    // 0000000000000021:  X86_64_RELOC_BRANCH  __JIT_ERROR_TARGET
    // 25: e9 00 00 00 00                jmp     0x2a <__JIT_ENTRY+0x2a>
    // 0000000000000026:  X86_64_RELOC_BRANCH  __JIT_JUMP_TARGET
    const unsigned char code_body[42] = {
        0x41, 0x8b, 0x46, 0x18, 0x41, 0x3b, 0x44, 0x24,
        0x14, 0x0f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x55,
        0x48, 0x89, 0xe5, 0x4c, 0x89, 0xf7, 0xff, 0x15,
        0x00, 0x00, 0x00, 0x00, 0x85, 0xc0, 0x5d, 0x0f,
        0x88, 0x00, 0x00, 0x00, 0x00, 0xe9,
    };
    // 0: &PyEggs_Periodic+0x0
    patch_64(data + 0x0, (uintptr_t)&PyEggs_Periodic);
    memcpy(code, code_body, sizeof(code_body));
    patch_32r(code + 0xb, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_x86_64_32rx(code + 0x18, (uintptr_t)data + -0x4);
    patch_32r(code + 0x21, state->instruction_starts[instruction->error_target] + -0x4);
    patch_32r(code + 0x26, state->instruction_starts[instruction->jump_target] + -0x4);
}

void
emit__SET_IP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 55                            pushq   %rbp
    // 1: 48 89 e5                      movq    %rsp, %rbp
    // 4: 48 8b 05 00 00 00 00          movq    (%rip), %rax            ## 0xb <__JIT_ENTRY+0xb>
    // 0000000000000007:  X86_64_RELOC_GOT_LOAD        __JIT_OPERAND0@GOTPCREL
    // b: 49 89 44 24 08                movq    %rax, 0x8(%r12)
    // 10: 5d                            popq    %rbp
    // 11: e9 00 00 00 00                jmp     0x16 <__JIT_ENTRY+0x16>
    // 0000000000000012:  X86_64_RELOC_BRANCH  __JIT_CONTINUE
    const unsigned char code_body[17] = {
        0x55, 0x48, 0x89, 0xe5, 0x48, 0x8b, 0x05, 0x00,
        0x00, 0x00, 0x00, 0x49, 0x89, 0x44, 0x24, 0x08,
        0x5d,
    };
    // 0: OPERAND0
    patch_64(data + 0x0, instruction->operand0);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x7, (uintptr_t)data + -0x4);
}

void
emit__START_EXECUTOR(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 55                            pushq   %rbp
    // 1: 48 89 e5                      movq    %rsp, %rbp
    // 4: 49 8b 7e 10                   movq    0x10(%r14), %rdi
    // 8: 48 85 ff                      testq   %rdi, %rdi
    // b: 74 0e                         je      0x1b <__JIT_ENTRY+0x1b>
    // d: 49 c7 46 10 00 00 00 00       movq    $0x0, 0x10(%r14)
    // 15: ff 15 00 00 00 00             callq   *(%rip)                 ## 0x1b <__JIT_ENTRY+0x1b>
    // 0000000000000017:  X86_64_RELOC_GOT     _PyEggs_Release@GOTPCREL
    // 1b: 48 8b 05 00 00 00 00          movq    (%rip), %rax            ## 0x22 <__JIT_ENTRY+0x22>
    // 000000000000001e:  X86_64_RELOC_GOT_LOAD        __JIT_EXECUTOR@GOTPCREL
    // 22: 49 89 46 08                   movq    %rax, 0x8(%r14)
    // 26: 5d                            popq    %rbp
    // 27: e9 00 00 00 00                jmp     0x2c <__JIT_ENTRY+0x2c>
    // 0000000000000028:  X86_64_RELOC_BRANCH  __JIT_CONTINUE
    const unsigned char code_body[39] = {
        0x55, 0x48, 0x89, 0xe5, 0x49, 0x8b, 0x7e, 0x10,
        0x48, 0x85, 0xff, 0x74, 0x0e, 0x49, 0xc7, 0x46,
        0x10, 0x00, 0x00, 0x00, 0x00, 0xff, 0x15, 0x00,
        0x00, 0x00, 0x00, 0x48, 0x8b, 0x05, 0x00, 0x00,
        0x00, 0x00, 0x49, 0x89, 0x46, 0x08, 0x5d,
    };
    // 0: EXECUTOR
    // 8: &PyEggs_Release+0x0
    patch_64(data + 0x0, (uintptr_t)executor);
    patch_64(data + 0x8, (uintptr_t)&PyEggs_Release);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x17, (uintptr_t)data + 0x4);
    patch_x86_64_32rx(code + 0x1e, (uintptr_t)data + -0x4);
}

void
emit__STORE_FAST(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 55                            pushq   %rbp
    // 1: 48 89 e5                      movq    %rsp, %rbp
    // 4: 8b 05 00 00 00 00             movl    (%rip), %eax            ## 0xa <__JIT_ENTRY+0xa>
    // 0000000000000006:  X86_64_RELOC_GOT     __JIT_OPARG@GOTPCREL
    // a: 83 e0 07                      andl    $0x7, %eax
    // d: 49 8b 4d f8                   movq    -0x8(%r13), %rcx
    // 11: 49 83 c5 f8                   addq    $-0x8, %r13
    // 15: 49 89 4c c4 28                movq    %rcx, 0x28(%r12,%rax,8)
    // 1a: 5d                            popq    %rbp
    // 1b: e9 00 00 00 00                jmp     0x20 <__JIT_ENTRY+0x20>
    // 000000000000001c:  X86_64_RELOC_BRANCH  __JIT_CONTINUE
    const unsigned char code_body[27] = {
        0x55, 0x48, 0x89, 0xe5, 0x8b, 0x05, 0x00, 0x00,
        0x00, 0x00, 0x83, 0xe0, 0x07, 0x49, 0x8b, 0x4d,
        0xf8, 0x49, 0x83, 0xc5, 0xf8, 0x49, 0x89, 0x4c,
        0xc4, 0x28, 0x5d,
    };
    // 0: OPARG
    patch_64(data + 0x0, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x6, (uintptr_t)data + -0x4);
}

void
emit__STORE_GLOBAL_COUNTER(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 55                            pushq   %rbp
    // 1: 48 89 e5                      movq    %rsp, %rbp
    // 4: 8b 05 00 00 00 00             movl    (%rip), %eax            ## 0xa <__JIT_ENTRY+0xa>
    // 0000000000000006:  X86_64_RELOC_GOT     __JIT_OPARG@GOTPCREL
    // a: 89 c1                         movl    %eax, %ecx
    // c: 83 e1 07                      andl    $0x7, %ecx
    // f: 48 8b 15 00 00 00 00          movq    (%rip), %rdx            ## 0x16 <__JIT_ENTRY+0x16>
    // 0000000000000012:  X86_64_RELOC_GOT_LOAD        _PyGlobal_Counter@GOTPCREL
    // 16: 8b 32                         movl    (%rdx), %esi
    // 18: 01 f1                         addl    %esi, %ecx
    // 1a: ff c1                         incl    %ecx
    // 1c: 89 0a                         movl    %ecx, (%rdx)
    // 1e: 49 8b 4d f8                   movq    -0x8(%r13), %rcx
    // 22: 49 83 c5 f8                   addq    $-0x8, %r13
    // 26: 83 e0 0f                      andl    $0xf, %eax
    // 29: 48 8b 15 00 00 00 00          movq    (%rip), %rdx            ## 0x30 <__JIT_ENTRY+0x30>
    // 000000000000002c:  X86_64_RELOC_GOT_LOAD        _PyGlobal_Table@GOTPCREL
    // 30: 48 89 0c c2                   movq    %rcx, (%rdx,%rax,8)
    // 34: 5d                            popq    %rbp
    // 35: e9 00 00 00 00                jmp     0x3a <__JIT_ENTRY+0x3a>
    // 0000000000000036:  X86_64_RELOC_BRANCH  __JIT_CONTINUE
    const unsigned char code_body[53] = {
        0x55, 0x48, 0x89, 0xe5, 0x8b, 0x05, 0x00, 0x00,
        0x00, 0x00, 0x89, 0xc1, 0x83, 0xe1, 0x07, 0x48,
        0x8b, 0x15, 0x00, 0x00, 0x00, 0x00, 0x8b, 0x32,
        0x01, 0xf1, 0xff, 0xc1, 0x89, 0x0a, 0x49, 0x8b,
        0x4d, 0xf8, 0x49, 0x83, 0xc5, 0xf8, 0x83, 0xe0,
        0x0f, 0x48, 0x8b, 0x15, 0x00, 0x00, 0x00, 0x00,
        0x48, 0x89, 0x0c, 0xc2, 0x5d,
    };
    // 0: &PyGlobal_Table+0x0
    // 8: &PyGlobal_Counter+0x0
    // 10: OPARG
    patch_64(data + 0x0, (uintptr_t)&PyGlobal_Table);
    patch_64(data + 0x8, (uintptr_t)&PyGlobal_Counter);
    patch_64(data + 0x10, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x6, (uintptr_t)data + 0xc);
    patch_x86_64_32rx(code + 0x12, (uintptr_t)data + 0x4);
    patch_x86_64_32rx(code + 0x2c, (uintptr_t)data + -0x4);
}

void
emit__SWAP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 55                            pushq   %rbp
    // 1: 48 89 e5                      movq    %rsp, %rbp
    // 4: 48 8b 05 00 00 00 00          movq    (%rip), %rax            ## 0xb <__JIT_ENTRY+0xb>
    // 0000000000000007:  X86_64_RELOC_GOT_LOAD        __JIT_OPARG@GOTPCREL
    // b: 83 e0 01                      andl    $0x1, %eax
    // e: 48 c7 c1 fe ff ff ff          movq    $-0x2, %rcx
    // 15: 48 29 c1                      subq    %rax, %rcx
    // 18: 49 8b 45 f8                   movq    -0x8(%r13), %rax
    // 1c: 49 8b 54 cd 00                movq    (%r13,%rcx,8), %rdx
    // 21: 49 89 55 f8                   movq    %rdx, -0x8(%r13)
    // 25: 49 89 44 cd 00                movq    %rax, (%r13,%rcx,8)
    // 2a: 5d                            popq    %rbp
    // 2b: e9 00 00 00 00                jmp     0x30 <__JIT_ENTRY+0x30>
    // 000000000000002c:  X86_64_RELOC_BRANCH  __JIT_CONTINUE
    const unsigned char code_body[43] = {
        0x55, 0x48, 0x89, 0xe5, 0x48, 0x8b, 0x05, 0x00,
        0x00, 0x00, 0x00, 0x83, 0xe0, 0x01, 0x48, 0xc7,
        0xc1, 0xfe, 0xff, 0xff, 0xff, 0x48, 0x29, 0xc1,
        0x49, 0x8b, 0x45, 0xf8, 0x49, 0x8b, 0x54, 0xcd,
        0x00, 0x49, 0x89, 0x55, 0xf8, 0x49, 0x89, 0x44,
        0xcd, 0x00, 0x5d,
    };
    // 0: OPARG
    patch_64(data + 0x0, instruction->oparg);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x7, (uintptr_t)data + -0x4);
}

void
emit__TO_BOOL_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, jit_state *state)
{
    // 0: 55                            pushq   %rbp
    // 1: 48 89 e5                      movq    %rsp, %rbp
    // 4: 49 8b 7d f8                   movq    -0x8(%r13), %rdi
    // 8: ff 15 00 00 00 00             callq   *(%rip)                 ## 0xe <__JIT_ENTRY+0xe>
    // 000000000000000a:  X86_64_RELOC_GOT     _PyEggs_Check@GOTPCREL
    // e: 85 c0                         testl   %eax, %eax
    // 10: 78 16                         js      0x28 <__JIT_ENTRY+0x28>
    // 12: 83 f8 01                      cmpl    $0x1, %eax
    // 15: b8 11 00 00 00                movl    $0x11, %eax
    // 1a: 48 83 d8 00                   sbbq    $0x0, %rax
    // 1e: 49 89 45 f8                   movq    %rax, -0x8(%r13)
    // 22: 5d                            popq    %rbp
    // 23: e9 00 00 00 00                jmp     0x28 <__JIT_ENTRY+0x28>
    // 0000000000000024:  X86_64_RELOC_BRANCH  __JIT_CONTINUE
    // 28: 5d                            popq    %rbp
    // 29: e9 00 00 00 00                jmp     0x2e <__JIT_ENTRY+0x2e>
    // 000000000000002a:  X86_64_RELOC_BRANCH  __JIT_ERROR_TARGET
    const unsigned char code_body[46] = {
        0x55, 0x48, 0x89, 0xe5, 0x49, 0x8b, 0x7d, 0xf8,
        0xff, 0x15, 0x00, 0x00, 0x00, 0x00, 0x85, 0xc0,
        0x78, 0x16, 0x83, 0xf8, 0x01, 0xb8, 0x11, 0x00,
        0x00, 0x00, 0x48, 0x83, 0xd8, 0x00, 0x49, 0x89,
        0x45, 0xf8, 0x5d, 0xe9, 0x00, 0x00, 0x00, 0x00,
        0x5d, 0xe9,
    };
    // 0: &PyEggs_Check+0x0
    patch_64(data + 0x0, (uintptr_t)&PyEggs_Check);
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0xa, (uintptr_t)data + -0x4);
    patch_32r(code + 0x24, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_32r(code + 0x2a, state->instruction_starts[instruction->error_target] + -0x4);
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

static const StencilGroup shim = {emit_shim, 57, 0, {0}};

static const StencilGroup stencil_groups[MAX_UOP_ID + 1] = {
    [_BINARY_OP] = {emit__BINARY_OP, 115, 16, {0}},
    [_BINARY_OP_ADD_INT] = {emit__BINARY_OP_ADD_INT, 62, 8, {0}},
    [_BINARY_OP_MULTIPLY_INT] = {emit__BINARY_OP_MULTIPLY_INT, 32, 0, {0}},
    [_BINARY_OP_SUBTRACT_INT] = {emit__BINARY_OP_SUBTRACT_INT, 29, 0, {0}},
    [_BUILD_SUM] = {emit__BUILD_SUM, 75, 8, {0}},
    [_CALL_BUILTIN_FAST] = {emit__CALL_BUILTIN_FAST, 65, 16, {0}},
    [_CHECK_FUNCTION_VERSION] = {emit__CHECK_FUNCTION_VERSION, 43, 16, {0}},
    [_CHECK_STACK_SPACE] = {emit__CHECK_STACK_SPACE, 29, 8, {0}},
    [_CHECK_VALIDITY] = {emit__CHECK_VALIDITY, 29, 8, {0}},
    [_COMPARE_OP_INT] = {emit__COMPARE_OP_INT, 72, 8, {0}},
    [_COPY] = {emit__COPY, 41, 16, {0}},
    [_DEOPT] = {emit__DEOPT, 21, 8, {0}},
    [_EXIT_TRACE] = {emit__EXIT_TRACE, 35, 16, {0}},
    [_FATAL_ERROR] = {emit__FATAL_ERROR, 25, 16, {0}},
    [_GUARD_IS_FALSE_POP] = {emit__GUARD_IS_FALSE_POP, 30, 0, {0}},
    [_GUARD_IS_TRUE_POP] = {emit__GUARD_IS_TRUE_POP, 30, 0, {0}},
    [_GUARD_NOS_NOT_NULL] = {emit__GUARD_NOS_NOT_NULL, 23, 0, {0}},
    [_JUMP_TO_TOP] = {emit__JUMP_TO_TOP, 23, 0, {0}},
    [_LOAD_CONST_INLINE] = {emit__LOAD_CONST_INLINE, 24, 8, {0}},
    [_LOAD_CONST_INLINE_BORROW] = {emit__LOAD_CONST_INLINE_BORROW, 31, 16, {0}},
    [_LOAD_FAST] = {emit__LOAD_FAST, 27, 8, {0}},
    [_LOAD_GLOBAL_BUILTIN] = {emit__LOAD_GLOBAL_BUILTIN, 49, 16, {0}},
    [_LOAD_SMALL_INT] = {emit__LOAD_SMALL_INT, 33, 88, {0}},
    [_MAKE_WARM] = {emit__MAKE_WARM, 23, 8, {0}},
    [_NOP] = {emit__NOP, 5, 0, {0}},
    [_POP_TOP] = {emit__POP_TOP, 29, 8, {0}},
    [_RESUME_CHECK] = {emit__RESUME_CHECK, 42, 8, {0}},
    [_SET_IP] = {emit__SET_IP, 17, 8, {0}},
    [_START_EXECUTOR] = {emit__START_EXECUTOR, 39, 16, {0}},
    [_STORE_FAST] = {emit__STORE_FAST, 27, 8, {0}},
    [_STORE_GLOBAL_COUNTER] = {emit__STORE_GLOBAL_COUNTER, 53, 24, {0}},
    [_SWAP] = {emit__SWAP, 43, 8, {0}},
    [_TO_BOOL_INT] = {emit__TO_BOOL_INT, 46, 8, {0}},
};

static const void * const symbols_map[1] = {
    0
};
