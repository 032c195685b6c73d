void
emit_trampoline(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 56                            pushl   %esi
    // 1: 8b 44 24 08                   movl    0x8(%esp), %eax
    // 5: 8b 4c 24 0c                   movl    0xc(%esp), %ecx
    // 9: 8b 74 24 10                   movl    0x10(%esp), %esi
    // d: ff 46 18                      incl    0x18(%esi)
    // 10: 56                            pushl   %esi
    // 11: 51                            pushl   %ecx
    // 12: 50                            pushl   %eax
    // 13: e8 00 00 00 00                calll   0x18 <__JIT_ENTRY+0x18>
    // 00000014:  IMAGE_REL_I386_REL32 __JIT_CONTINUE
    // 18: 83 c4 0c                      addl    $0xc, %esp
    // 1b: ff 4e 18                      decl    0x18(%esi)
    // 1e: 5e                            popl    %esi
    // 1f: c3                            retl
    const unsigned char code_body[32] = {
        0x56, 0x8b, 0x44, 0x24, 0x08, 0x8b, 0x4c, 0x24,
        0x0c, 0x8b, 0x74, 0x24, 0x10, 0xff, 0x46, 0x18,
        0x56, 0x51, 0x50, 0xe8, 0x00, 0x00, 0x00, 0x00,
        0x83, 0xc4, 0x0c, 0xff, 0x4e, 0x18, 0x5e, 0xc3,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x14, (uintptr_t)code + sizeof(code_body) + -0x4);
}

void
emit__BINARY_OP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 55                            pushl   %ebp
    // 1: 53                            pushl   %ebx
    // 2: 57                            pushl   %edi
    // 3: 56                            pushl   %esi
    // 4: 50                            pushl   %eax
    // 5: 8b 7c 24 20                   movl    0x20(%esp), %edi
    // 9: 8b 5c 24 1c                   movl    0x1c(%esp), %ebx
    // d: 8b 44 24 18                   movl    0x18(%esp), %eax
    // 11: 89 04 24                      movl    %eax, (%esp)
    // 14: 8b 6b f0                      movl    -0x10(%ebx), %ebp
    // 17: 8b 4b f4                      movl    -0xc(%ebx), %ecx
    // 1a: 8b 53 fc                      movl    -0x4(%ebx), %edx
    // 1d: 8b 43 f8                      movl    -0x8(%ebx), %eax
    // 20: be 00 00 00 00                movl    $0x0, %esi
    // 00000021:  IMAGE_REL_I386_DIR32 __JIT_OPARG
    // 25: 66 83 fe 02                   cmpw    $0x2, %si
    // 29: 74 1c                         je      0x47 <__JIT_ENTRY+0x47>
    // 2b: 0f b7 f6                      movzwl  %si, %esi
    // 2e: 83 fe 01                      cmpl    $0x1, %esi
    // 31: 74 0a                         je      0x3d <__JIT_ENTRY+0x3d>
    // 33: 85 f6                         testl   %esi, %esi
    // 35: 75 16                         jne     0x4d <__JIT_ENTRY+0x4d>
    // 37: 01 e8                         addl    %ebp, %eax
    // 39: 11 ca                         adcl    %ecx, %edx
    // 3b: eb 2b                         jmp     0x68 <__JIT_ENTRY+0x68>
    // 3d: 29 c5                         subl    %eax, %ebp
    // 3f: 19 d1                         sbbl    %edx, %ecx
    // 41: 89 e8                         movl    %ebp, %eax
    // 43: 89 ca                         movl    %ecx, %edx
    // 45: eb 21                         jmp     0x68 <__JIT_ENTRY+0x68>
    // 47: 21 e8                         andl    %ebp, %eax
    // 49: 21 ca                         andl    %ecx, %edx
    // 4b: eb 1b                         jmp     0x68 <__JIT_ENTRY+0x68>
    // 4d: be 00 00 00 00                movl    $0x0, %esi
    // 0000004e:  IMAGE_REL_I386_DIR32 __JIT_OPARG
    // 52: 0f b7 f6                      movzwl  %si, %esi
    // 55: 56                            pushl   %esi
    // 56: 52                            pushl   %edx
    // 57: 50                            pushl   %eax
    // 58: 51                            pushl   %ecx
    // 59: 55                            pushl   %ebp
    // 5a: e8 00 00 00 00                calll   0x5f <__JIT_ENTRY+0x5f>
    // 0000005b:  IMAGE_REL_I386_REL32 _PySpam_BinaryOp
    // 5f: 83 c4 14                      addl    $0x14, %esp
    // 62: 89 c1                         movl    %eax, %ecx
    // 64: 09 d1                         orl     %edx, %ecx
    // 66: 74 24                         je      0x8c <__JIT_ENTRY+0x8c>
    // 68: 8d 4b f8                      leal    -0x8(%ebx), %ecx
    // 6b: 89 43 f0                      movl    %eax, -0x10(%ebx)
    // 6e: 89 53 f4                      movl    %edx, -0xc(%ebx)
    // 71: 89 7c 24 20                   movl    %edi, 0x20(%esp)
    // 75: 89 4c 24 1c                   movl    %ecx, 0x1c(%esp)
    // 79: 8b 04 24                      movl    (%esp), %eax
    // 7c: 89 44 24 18                   movl    %eax, 0x18(%esp)
    // 80: 83 c4 04                      addl    $0x4, %esp
    // 83: 5e                            popl    %esi
    // 84: 5f                            popl    %edi
    // 85: 5b                            popl    %ebx
    // 86: 5d                            popl    %ebp
    // 87: e9 00 00 00 00                jmp     0x8c <__JIT_ENTRY+0x8c>
    // 00000088:  IMAGE_REL_I386_REL32 __JIT_CONTINUE
    // 8c: 89 7c 24 20                   movl    %edi, 0x20(%esp)
    // 90: 89 5c 24 1c                   movl    %ebx, 0x1c(%esp)
    // 94: 8b 04 24                      movl    (%esp), %eax
    // 97: 89 44 24 18                   movl    %eax, 0x18(%esp)
    // 9b: 83 c4 04                      addl    $0x4, %esp
    // 9e: 5e                            popl    %esi
    // 9f: 5f                            popl    %edi
    // a0: 5b                            popl    %ebx
    // a1: 5d                            popl    %ebp
    // a2: e9 00 00 00 00                jmp     0xa7 <__JIT_ENTRY+0xa7>
    // 000000a3:  IMAGE_REL_I386_REL32 __JIT_ERROR_TARGET
    const unsigned char code_body[167] = {
        0x55, 0x53, 0x57, 0x56, 0x50, 0x8b, 0x7c, 0x24,
        0x20, 0x8b, 0x5c, 0x24, 0x1c, 0x8b, 0x44, 0x24,
        0x18, 0x89, 0x04, 0x24, 0x8b, 0x6b, 0xf0, 0x8b,
        0x4b, 0xf4, 0x8b, 0x53, 0xfc, 0x8b, 0x43, 0xf8,
        0xbe, 0x00, 0x00, 0x00, 0x00, 0x66, 0x83, 0xfe,
        0x02, 0x74, 0x1c, 0x0f, 0xb7, 0xf6, 0x83, 0xfe,
        0x01, 0x74, 0x0a, 0x85, 0xf6, 0x75, 0x16, 0x01,
        0xe8, 0x11, 0xca, 0xeb, 0x2b, 0x29, 0xc5, 0x19,
        0xd1, 0x89, 0xe8, 0x89, 0xca, 0xeb, 0x21, 0x21,
        0xe8, 0x21, 0xca, 0xeb, 0x1b, 0xbe, 0x00, 0x00,
        0x00, 0x00, 0x0f, 0xb7, 0xf6, 0x56, 0x52, 0x50,
        0x51, 0x55, 0xe8, 0x00, 0x00, 0x00, 0x00, 0x83,
        0xc4, 0x14, 0x89, 0xc1, 0x09, 0xd1, 0x74, 0x24,
        0x8d, 0x4b, 0xf8, 0x89, 0x43, 0xf0, 0x89, 0x53,
        0xf4, 0x89, 0x7c, 0x24, 0x20, 0x89, 0x4c, 0x24,
        0x1c, 0x8b, 0x04, 0x24, 0x89, 0x44, 0x24, 0x18,
        0x83, 0xc4, 0x04, 0x5e, 0x5f, 0x5b, 0x5d, 0xe9,
        0x00, 0x00, 0x00, 0x00, 0x89, 0x7c, 0x24, 0x20,
        0x89, 0x5c, 0x24, 0x1c, 0x8b, 0x04, 0x24, 0x89,
        0x44, 0x24, 0x18, 0x83, 0xc4, 0x04, 0x5e, 0x5f,
        0x5b, 0x5d, 0xe9, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_32(code + 0x21, instruction->oparg);
    patch_32(code + 0x4e, instruction->oparg);
    patch_x86_64_32rx(code + 0x5b, (uintptr_t)&PySpam_BinaryOp + -0x4);
    patch_x86_64_32rx(code + 0x88, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_x86_64_32rx(code + 0xa3, instruction_starts[instruction->error_target] + -0x4);
}

void
emit__BINARY_OP_ADD_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 55                            pushl   %ebp
    // 1: 89 e5                         movl    %esp, %ebp
    // 3: 53                            pushl   %ebx
    // 4: 57                            pushl   %edi
    // 5: 56                            pushl   %esi
    // 6: 83 e4 f8                      andl    $-0x8, %esp
    // 9: 83 ec 10                      subl    $0x10, %esp
    // c: 8b 75 10                      movl    0x10(%ebp), %esi
    // f: 8b 7d 0c                      movl    0xc(%ebp), %edi
    // 12: 8b 5d 08                      movl    0x8(%ebp), %ebx
    // 15: 89 e0                         movl    %esp, %eax
    // 17: 50                            pushl   %eax
    // 18: ff 77 fc                      pushl   -0x4(%edi)
    // 1b: ff 77 f8                      pushl   -0x8(%edi)
    // 1e: ff 77 f4                      pushl   -0xc(%edi)
    // 21: ff 77 f0                      pushl   -0x10(%edi)
    // 24: e8 00 00 00 00                calll   0x29 <__JIT_ENTRY+0x29>
    // 00000025:  IMAGE_REL_I386_REL32 _PySpam_Add
    // 29: 83 c4 14                      addl    $0x14, %esp
    // 2c: 85 c0                         testl   %eax, %eax
    // 2e: 78 25                         js      0x55 <__JIT_ENTRY+0x55>
    // 30: 8b 04 24                      movl    (%esp), %eax
    // 33: 8b 4c 24 04                   movl    0x4(%esp), %ecx
    // 37: 89 47 f0                      movl    %eax, -0x10(%edi)
    // 3a: 89 4f f4                      movl    %ecx, -0xc(%edi)
    // 3d: 89 5d 08                      movl    %ebx, 0x8(%ebp)
    // 40: 8d 47 f8                      leal    -0x8(%edi), %eax
    // 43: 89 45 0c                      movl    %eax, 0xc(%ebp)
    // 46: 89 75 10                      movl    %esi, 0x10(%ebp)
    // 49: 8d 65 f4                      leal    -0xc(%ebp), %esp
    // 4c: 5e                            popl    %esi
    // 4d: 5f                            popl    %edi
    // 4e: 5b                            popl    %ebx
    // 4f: 5d                            popl    %ebp
    // 50: e9 00 00 00 00                jmp     0x55 <__JIT_ENTRY+0x55>
    // 00000051:  IMAGE_REL_I386_REL32 __JIT_CONTINUE
    // 55: 89 75 10                      movl    %esi, 0x10(%ebp)
    // 58: 89 7d 0c                      movl    %edi, 0xc(%ebp)
    // 5b: 89 5d 08                      movl    %ebx, 0x8(%ebp)
    // 5e: 8d 65 f4                      leal    -0xc(%ebp), %esp
    // 61: 5e                            popl    %esi
    // 62: 5f                            popl    %edi
    // 63: 5b                            popl    %ebx
    // 64: 5d                            popl    %ebp
    // 65: e9 00 00 00 00                jmp     0x6a <__JIT_ENTRY+0x6a>
    // 00000066:  IMAGE_REL_I386_REL32 __JIT_ERROR_TARGET
    const unsigned char code_body[106] = {
        0x55, 0x89, 0xe5, 0x53, 0x57, 0x56, 0x83, 0xe4,
        0xf8, 0x83, 0xec, 0x10, 0x8b, 0x75, 0x10, 0x8b,
        0x7d, 0x0c, 0x8b, 0x5d, 0x08, 0x89, 0xe0, 0x50,
        0xff, 0x77, 0xfc, 0xff, 0x77, 0xf8, 0xff, 0x77,
        0xf4, 0xff, 0x77, 0xf0, 0xe8, 0x00, 0x00, 0x00,
        0x00, 0x83, 0xc4, 0x14, 0x85, 0xc0, 0x78, 0x25,
        0x8b, 0x04, 0x24, 0x8b, 0x4c, 0x24, 0x04, 0x89,
        0x47, 0xf0, 0x89, 0x4f, 0xf4, 0x89, 0x5d, 0x08,
        0x8d, 0x47, 0xf8, 0x89, 0x45, 0x0c, 0x89, 0x75,
        0x10, 0x8d, 0x65, 0xf4, 0x5e, 0x5f, 0x5b, 0x5d,
        0xe9, 0x00, 0x00, 0x00, 0x00, 0x89, 0x75, 0x10,
        0x89, 0x7d, 0x0c, 0x89, 0x5d, 0x08, 0x8d, 0x65,
        0xf4, 0x5e, 0x5f, 0x5b, 0x5d, 0xe9, 0x00, 0x00,
        0x00, 0x00,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x25, (uintptr_t)&PySpam_Add + -0x4);
    patch_x86_64_32rx(code + 0x51, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_x86_64_32rx(code + 0x66, instruction_starts[instruction->error_target] + -0x4);
}

void
emit__BINARY_OP_MULTIPLY_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 57                            pushl   %edi
    // 1: 56                            pushl   %esi
    // 2: 8b 4c 24 14                   movl    0x14(%esp), %ecx
    // 6: 8b 54 24 10                   movl    0x10(%esp), %edx
    // a: 8b 44 24 0c                   movl    0xc(%esp), %eax
    // e: 8b 72 f0                      movl    -0x10(%edx), %esi
    // 11: 0f af 72 f8                   imull   -0x8(%edx), %esi
    // 15: 71 13                         jno     0x2a <__JIT_ENTRY+0x2a>
    // 17: 89 4c 24 14                   movl    %ecx, 0x14(%esp)
    // 1b: 89 54 24 10                   movl    %edx, 0x10(%esp)
    // 1f: 89 44 24 0c                   movl    %eax, 0xc(%esp)
    // 23: 5e                            popl    %esi
    // 24: 5f                            popl    %edi
    // 25: e9 00 00 00 00                jmp     0x2a <__JIT_ENTRY+0x2a>
    // 00000026:  IMAGE_REL_I386_REL32 __JIT_JUMP_TARGET
    // 2a: 8d 7a f8                      leal    -0x8(%edx), %edi
    // 2d: 89 72 f0                      movl    %esi, -0x10(%edx)
    // 30: c1 fe 1f                      sarl    $0x1f, %esi
    // 33: 89 72 f4                      movl    %esi, -0xc(%edx)
    // 36: 89 4c 24 14                   movl    %ecx, 0x14(%esp)
    // 3a: 89 7c 24 10                   movl    %edi, 0x10(%esp)
    // 3e: 89 44 24 0c                   movl    %eax, 0xc(%esp)
    // 42: 5e                            popl    %esi
    // 43: 5f                            popl    %edi
    // 44: e9 00 00 00 00                jmp     0x49 <__JIT_ENTRY+0x49>
    // 00000045:  IMAGE_REL_I386_REL32 __JIT_CONTINUE
    const unsigned char code_body[68] = {
        0x57, 0x56, 0x8b, 0x4c, 0x24, 0x14, 0x8b, 0x54,
        0x24, 0x10, 0x8b, 0x44, 0x24, 0x0c, 0x8b, 0x72,
        0xf0, 0x0f, 0xaf, 0x72, 0xf8, 0x71, 0x13, 0x89,
        0x4c, 0x24, 0x14, 0x89, 0x54, 0x24, 0x10, 0x89,
        0x44, 0x24, 0x0c, 0x5e, 0x5f, 0xe9, 0x00, 0x00,
        0x00, 0x00, 0x8d, 0x7a, 0xf8, 0x89, 0x72, 0xf0,
        0xc1, 0xfe, 0x1f, 0x89, 0x72, 0xf4, 0x89, 0x4c,
        0x24, 0x14, 0x89, 0x7c, 0x24, 0x10, 0x89, 0x44,
        0x24, 0x0c, 0x5e, 0x5f,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x26, instruction_starts[instruction->jump_target] + -0x4);
}

void
emit__BINARY_OP_SUBTRACT_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 53                            pushl   %ebx
    // 1: 57                            pushl   %edi
    // 2: 56                            pushl   %esi
    // 3: 8b 4c 24 18                   movl    0x18(%esp), %ecx
    // 7: 8b 54 24 14                   movl    0x14(%esp), %edx
    // b: 8b 44 24 10                   movl    0x10(%esp), %eax
    // f: 8b 72 f0                      movl    -0x10(%edx), %esi
    // 12: 2b 72 f8                      subl    -0x8(%edx), %esi
    // 15: 8b 7a f4                      movl    -0xc(%edx), %edi
    // 18: 1b 7a fc                      sbbl    -0x4(%edx), %edi
    // 1b: 71 14                         jno     0x31 <__JIT_ENTRY+0x31>
    // 1d: 89 4c 24 18                   movl    %ecx, 0x18(%esp)
    // 21: 89 54 24 14                   movl    %edx, 0x14(%esp)
    // 25: 89 44 24 10                   movl    %eax, 0x10(%esp)
    // 29: 5e                            popl    %esi
    // 2a: 5f                            popl    %edi
    // 2b: 5b                            popl    %ebx
    // 2c: e9 00 00 00 00                jmp     0x31 <__JIT_ENTRY+0x31>
    // 0000002d:  IMAGE_REL_I386_REL32 __JIT_JUMP_TARGET
    // 31: 8d 5a f8                      leal    -0x8(%edx), %ebx
    // 34: 89 72 f0                      movl    %esi, -0x10(%edx)
    // 37: 89 7a f4                      movl    %edi, -0xc(%edx)
    // 3a: 89 4c 24 18                   movl    %ecx, 0x18(%esp)
    // 3e: 89 5c 24 14                   movl    %ebx, 0x14(%esp)
    // 42: 89 44 24 10                   movl    %eax, 0x10(%esp)
    // 46: 5e                            popl    %esi
    // 47: 5f                            popl    %edi
    // 48: 5b                            popl    %ebx
    // 49: e9 00 00 00 00                jmp     0x4e <__JIT_ENTRY+0x4e>
    // 0000004a:  IMAGE_REL_I386_REL32 __JIT_CONTINUE
    const unsigned char code_body[73] = {
        0x53, 0x57, 0x56, 0x8b, 0x4c, 0x24, 0x18, 0x8b,
        0x54, 0x24, 0x14, 0x8b, 0x44, 0x24, 0x10, 0x8b,
        0x72, 0xf0, 0x2b, 0x72, 0xf8, 0x8b, 0x7a, 0xf4,
        0x1b, 0x7a, 0xfc, 0x71, 0x14, 0x89, 0x4c, 0x24,
        0x18, 0x89, 0x54, 0x24, 0x14, 0x89, 0x44, 0x24,
        0x10, 0x5e, 0x5f, 0x5b, 0xe9, 0x00, 0x00, 0x00,
        0x00, 0x8d, 0x5a, 0xf8, 0x89, 0x72, 0xf0, 0x89,
        0x7a, 0xf4, 0x89, 0x4c, 0x24, 0x18, 0x89, 0x5c,
        0x24, 0x14, 0x89, 0x44, 0x24, 0x10, 0x5e, 0x5f,
        0x5b,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x2d, instruction_starts[instruction->jump_target] + -0x4);
}

void
emit__BUILD_SUM(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 55                            pushl   %ebp
    // 1: 53                            pushl   %ebx
    // 2: 57                            pushl   %edi
    // 3: 56                            pushl   %esi
    // 4: 8b 4c 24 1c                   movl    0x1c(%esp), %ecx
    // 8: 8b 54 24 18                   movl    0x18(%esp), %edx
    // c: 8b 6c 24 14                   movl    0x14(%esp), %ebp
    // 10: b8 00 00 00 00                movl    $0x0, %eax
    // 00000011:  IMAGE_REL_I386_DIR32 __JIT_OPARG
    // 15: be 00 00 00 00                movl    $0x0, %esi
    // 00000016:  IMAGE_REL_I386_DIR32 __JIT_OPARG
    // 1a: 83 e6 03                      andl    $0x3, %esi
    // 1d: 46                            incl    %esi
    // 1e: 8b 7a f8                      movl    -0x8(%edx), %edi
    // 21: 8b 5a fc                      movl    -0x4(%edx), %ebx
    // 24: a8 03                         testb   $0x3, %al
    // 26: 74 1c                         je      0x44 <__JIT_ENTRY+0x44>
    // 28: 03 7a f0                      addl    -0x10(%edx), %edi
    // 2b: 13 5a f4                      adcl    -0xc(%edx), %ebx
    // 2e: 83 fe 02                      cmpl    $0x2, %esi
    // 31: 74 11                         je      0x44 <__JIT_ENTRY+0x44>
    // 33: 03 7a e8                      addl    -0x18(%edx), %edi
    // 36: 13 5a ec                      adcl    -0x14(%edx), %ebx
    // 39: 83 fe 03                      cmpl    $0x3, %esi
    // 3c: 74 06                         je      0x44 <__JIT_ENTRY+0x44>
    // 3e: 03 7a e0                      addl    -0x20(%edx), %edi
    // 41: 13 5a e4                      adcl    -0x1c(%edx), %ebx
    // 44: c1 e6 03                      shll    $0x3, %esi
    // 47: 29 f2                         subl    %esi, %edx
    // 49: 89 5a 04                      movl    %ebx, 0x4(%edx)
    // 4c: 89 3a                         movl    %edi, (%edx)
    // 4e: 83 c2 08                      addl    $0x8, %edx
    // 51: 89 4c 24 1c                   movl    %ecx, 0x1c(%esp)
    // 55: 89 54 24 18                   movl    %edx, 0x18(%esp)
    // 59: 89 6c 24 14                   movl    %ebp, 0x14(%esp)
    // 5d: 5e                            popl    %esi
    // 5e: 5f                            popl    %edi
    // 5f: 5b                            popl    %ebx
    // 60: 5d                            popl    %ebp
    // 61: e9 00 00 00 00                jmp     0x66 <__JIT_ENTRY+0x66>
    // 00000062:  IMAGE_REL_I386_REL32 __JIT_CONTINUE
    const unsigned char code_body[97] = {
        0x55, 0x53, 0x57, 0x56, 0x8b, 0x4c, 0x24, 0x1c,
        0x8b, 0x54, 0x24, 0x18, 0x8b, 0x6c, 0x24, 0x14,
        0xb8, 0x00, 0x00, 0x00, 0x00, 0xbe, 0x00, 0x00,
        0x00, 0x00, 0x83, 0xe6, 0x03, 0x46, 0x8b, 0x7a,
        0xf8, 0x8b, 0x5a, 0xfc, 0xa8, 0x03, 0x74, 0x1c,
        0x03, 0x7a, 0xf0, 0x13, 0x5a, 0xf4, 0x83, 0xfe,
        0x02, 0x74, 0x11, 0x03, 0x7a, 0xe8, 0x13, 0x5a,
        0xec, 0x83, 0xfe, 0x03, 0x74, 0x06, 0x03, 0x7a,
        0xe0, 0x13, 0x5a, 0xe4, 0xc1, 0xe6, 0x03, 0x29,
        0xf2, 0x89, 0x5a, 0x04, 0x89, 0x3a, 0x83, 0xc2,
        0x08, 0x89, 0x4c, 0x24, 0x1c, 0x89, 0x54, 0x24,
        0x18, 0x89, 0x6c, 0x24, 0x14, 0x5e, 0x5f, 0x5b,
        0x5d,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_32(code + 0x11, instruction->oparg);
    patch_32(code + 0x16, instruction->oparg);
}

void
emit__CALL_BUILTIN_FAST(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 55                            pushl   %ebp
    // 1: 53                            pushl   %ebx
    // 2: 57                            pushl   %edi
    // 3: 56                            pushl   %esi
    // 4: 8b 7c 24 1c                   movl    0x1c(%esp), %edi
    // 8: 8b 5c 24 18                   movl    0x18(%esp), %ebx
    // c: 8b 74 24 14                   movl    0x14(%esp), %esi
    // 10: b8 00 00 00 00                movl    $0x0, %eax
    // 00000011:  IMAGE_REL_I386_DIR32 __JIT_OPARG
    // 15: 83 e0 03                      andl    $0x3, %eax
    // 18: 8d 0c c5 00 00 00 00          leal    (,%eax,8), %ecx
    // 1f: 89 dd                         movl    %ebx, %ebp
    // 21: 29 cd                         subl    %ecx, %ebp
    // 23: 50                            pushl   %eax
    // 24: 55                            pushl   %ebp
    // 25: 56                            pushl   %esi
    // 26: e8 00 00 00 00                calll   0x2b <__JIT_ENTRY+0x2b>
    // 00000027:  IMAGE_REL_I386_REL32 _PySpam_Call3
    // 2b: 83 c4 0c                      addl    $0xc, %esp
    // 2e: 85 c0                         testl   %eax, %eax
    // 30: 74 22                         je      0x54 <__JIT_ENTRY+0x54>
    // 32: 89 45 00                      movl    %eax, (%ebp)
    // 35: c7 45 04 00 00 00 00          movl    $0x0, 0x4(%ebp)
    // 3c: 83 c5 08                      addl    $0x8, %ebp
    // 3f: 89 7c 24 1c                   movl    %edi, 0x1c(%esp)
    // 43: 89 6c 24 18                   movl    %ebp, 0x18(%esp)
    // 47: 89 74 24 14                   movl    %esi, 0x14(%esp)
    // 4b: 5e                            popl    %esi
    // 4c: 5f                            popl    %edi
    // 4d: 5b                            popl    %ebx
    // 4e: 5d                            popl    %ebp
    // 4f: e9 00 00 00 00                jmp     0x54 <__JIT_ENTRY+0x54>
    // 00000050:  IMAGE_REL_I386_REL32 __JIT_CONTINUE
    // 54: 89 7c 24 1c                   movl    %edi, 0x1c(%esp)
    // 58: 89 5c 24 18                   movl    %ebx, 0x18(%esp)
    // 5c: 89 74 24 14                   movl    %esi, 0x14(%esp)
    // 60: 5e                            popl    %esi
    // 61: 5f                            popl    %edi
    // 62: 5b                            popl    %ebx
    // 63: 5d                            popl    %ebp
    // 64: e9 00 00 00 00                jmp     0x69 <__JIT_ENTRY+0x69>
    // 00000065:  IMAGE_REL_I386_REL32 __JIT_ERROR_TARGET
    const unsigned char code_body[105] = {
        0x55, 0x53, 0x57, 0x56, 0x8b, 0x7c, 0x24, 0x1c,
        0x8b, 0x5c, 0x24, 0x18, 0x8b, 0x74, 0x24, 0x14,
        0xb8, 0x00, 0x00, 0x00, 0x00, 0x83, 0xe0, 0x03,
        0x8d, 0x0c, 0xc5, 0x00, 0x00, 0x00, 0x00, 0x89,
        0xdd, 0x29, 0xcd, 0x50, 0x55, 0x56, 0xe8, 0x00,
        0x00, 0x00, 0x00, 0x83, 0xc4, 0x0c, 0x85, 0xc0,
        0x74, 0x22, 0x89, 0x45, 0x00, 0xc7, 0x45, 0x04,
        0x00, 0x00, 0x00, 0x00, 0x83, 0xc5, 0x08, 0x89,
        0x7c, 0x24, 0x1c, 0x89, 0x6c, 0x24, 0x18, 0x89,
        0x74, 0x24, 0x14, 0x5e, 0x5f, 0x5b, 0x5d, 0xe9,
        0x00, 0x00, 0x00, 0x00, 0x89, 0x7c, 0x24, 0x1c,
        0x89, 0x5c, 0x24, 0x18, 0x89, 0x74, 0x24, 0x14,
        0x5e, 0x5f, 0x5b, 0x5d, 0xe9, 0x00, 0x00, 0x00,
        0x00,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_32(code + 0x11, instruction->oparg);
    patch_x86_64_32rx(code + 0x27, (uintptr_t)&PySpam_Call3 + -0x4);
    patch_x86_64_32rx(code + 0x50, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_x86_64_32rx(code + 0x65, instruction_starts[instruction->error_target] + -0x4);
}

void
emit__CHECK_FUNCTION_VERSION(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 57                            pushl   %edi
    // 1: 56                            pushl   %esi
    // 2: 8b 54 24 14                   movl    0x14(%esp), %edx
    // 6: 8b 4c 24 10                   movl    0x10(%esp), %ecx
    // a: 8b 44 24 0c                   movl    0xc(%esp), %eax
    // e: 81 78 0c 00 00 00 00          cmpl    $0x0, 0xc(%eax)
    // 00000011:  IMAGE_REL_I386_DIR32 __JIT_OPERAND0_LO
    // 15: 75 27                         jne     0x3e <__JIT_ENTRY+0x3e>
    // 17: be 00 00 00 00                movl    $0x0, %esi
    // 00000018:  IMAGE_REL_I386_DIR32 __JIT_OPERAND1_HI
    // 1c: 33 70 1c                      xorl    0x1c(%eax), %esi
    // 1f: bf 00 00 00 00                movl    $0x0, %edi
    // 00000020:  IMAGE_REL_I386_DIR32 __JIT_OPERAND1_LO
    // 24: 33 78 18                      xorl    0x18(%eax), %edi
    // 27: 09 f7                         orl     %esi, %edi
    // 29: 75 13                         jne     0x3e <__JIT_ENTRY+0x3e>
    // 2b: 89 54 24 14                   movl    %edx, 0x14(%esp)
    // 2f: 89 4c 24 10                   movl    %ecx, 0x10(%esp)
    // 33: 89 44 24 0c                   movl    %eax, 0xc(%esp)
    // 37: 5e                            popl    %esi
    // 38: 5f                            popl    %edi
    // 39: e9 00 00 00 00                jmp     0x3e <__JIT_ENTRY+0x3e>
    // 0000003a:  IMAGE_REL_I386_REL32 __JIT_CONTINUE
    // 3e: 89 54 24 14                   movl    %edx, 0x14(%esp)
    // 42: 89 4c 24 10                   movl    %ecx, 0x10(%esp)
    // 46: 89 44 24 0c                   movl    %eax, 0xc(%esp)
    // 4a: 5e                            popl    %esi
    // 4b: 5f                            popl    %edi
    // 4c: e9 00 00 00 00                jmp     0x51 <__JIT_ENTRY+0x51>
    // 0000004d:  IMAGE_REL_I386_REL32 __JIT_JUMP_TARGET
    const unsigned char code_body[81] = {
        0x57, 0x56, 0x8b, 0x54, 0x24, 0x14, 0x8b, 0x4c,
        0x24, 0x10, 0x8b, 0x44, 0x24, 0x0c, 0x81, 0x78,
        0x0c, 0x00, 0x00, 0x00, 0x00, 0x75, 0x27, 0xbe,
        0x00, 0x00, 0x00, 0x00, 0x33, 0x70, 0x1c, 0xbf,
        0x00, 0x00, 0x00, 0x00, 0x33, 0x78, 0x18, 0x09,
        0xf7, 0x75, 0x13, 0x89, 0x54, 0x24, 0x14, 0x89,
        0x4c, 0x24, 0x10, 0x89, 0x44, 0x24, 0x0c, 0x5e,
        0x5f, 0xe9, 0x00, 0x00, 0x00, 0x00, 0x89, 0x54,
        0x24, 0x14, 0x89, 0x4c, 0x24, 0x10, 0x89, 0x44,
        0x24, 0x0c, 0x5e, 0x5f, 0xe9, 0x00, 0x00, 0x00,
        0x00,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_32(code + 0x11, (instruction->operand & UINT32_MAX));
    patch_32(code + 0x18, (instruction->operand1 >> 32));
    patch_32(code + 0x20, (instruction->operand1 & UINT32_MAX));
    patch_x86_64_32rx(code + 0x3a, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_x86_64_32rx(code + 0x4d, instruction_starts[instruction->jump_target] + -0x4);
}

void
emit__CHECK_STACK_SPACE(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 56                            pushl   %esi
    // 1: 8b 54 24 10                   movl    0x10(%esp), %edx
    // 5: 8b 4c 24 0c                   movl    0xc(%esp), %ecx
    // 9: 8b 44 24 08                   movl    0x8(%esp), %eax
    // d: be 00 00 00 00                movl    $0x0, %esi
    // 0000000e:  IMAGE_REL_I386_DIR32 __JIT_OPARG
    // 12: 83 e6 0f                      andl    $0xf, %esi
    // 15: 46                            incl    %esi
    // 16: 39 72 10                      cmpl    %esi, 0x10(%edx)
    // 19: 73 12                         jae     0x2d <__JIT_ENTRY+0x2d>
    // 1b: 89 54 24 10                   movl    %edx, 0x10(%esp)
    // 1f: 89 4c 24 0c                   movl    %ecx, 0xc(%esp)
    // 23: 89 44 24 08                   movl    %eax, 0x8(%esp)
    // 27: 5e                            popl    %esi
    // 28: e9 00 00 00 00                jmp     0x2d <__JIT_ENTRY+0x2d>
    // 00000029:  IMAGE_REL_I386_REL32 __JIT_JUMP_TARGET
    // 2d: 89 54 24 10                   movl    %edx, 0x10(%esp)
    // 31: 89 4c 24 0c                   movl    %ecx, 0xc(%esp)
    // 35: 89 44 24 08                   movl    %eax, 0x8(%esp)
    // 39: 5e                            popl    %esi
    // 3a: e9 00 00 00 00                jmp     0x3f <__JIT_ENTRY+0x3f>
    // 0000003b:  IMAGE_REL_I386_REL32 __JIT_CONTINUE
    const unsigned char code_body[58] = {
        0x56, 0x8b, 0x54, 0x24, 0x10, 0x8b, 0x4c, 0x24,
        0x0c, 0x8b, 0x44, 0x24, 0x08, 0xbe, 0x00, 0x00,
        0x00, 0x00, 0x83, 0xe6, 0x0f, 0x46, 0x39, 0x72,
        0x10, 0x73, 0x12, 0x89, 0x54, 0x24, 0x10, 0x89,
        0x4c, 0x24, 0x0c, 0x89, 0x44, 0x24, 0x08, 0x5e,
        0xe9, 0x00, 0x00, 0x00, 0x00, 0x89, 0x54, 0x24,
        0x10, 0x89, 0x4c, 0x24, 0x0c, 0x89, 0x44, 0x24,
        0x08, 0x5e,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_32(code + 0xe, instruction->oparg);
    patch_x86_64_32rx(code + 0x29, instruction_starts[instruction->jump_target] + -0x4);
}

void
emit__CHECK_VALIDITY(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 8b 54 24 0c                   movl    0xc(%esp), %edx
    // 4: 8b 4c 24 08                   movl    0x8(%esp), %ecx
    // 8: 8b 44 24 04                   movl    0x4(%esp), %eax
    // c: 83 3d 08 00 00 00 00          cmpl    $0x0, 0x8
    // 0000000e:  IMAGE_REL_I386_DIR32 __JIT_EXECUTOR
    // 13: 74 11                         je      0x26 <__JIT_ENTRY+0x26>
    // 15: 89 54 24 0c                   movl    %edx, 0xc(%esp)
    // 19: 89 4c 24 08                   movl    %ecx, 0x8(%esp)
    // 1d: 89 44 24 04                   movl    %eax, 0x4(%esp)
    // 21: e9 00 00 00 00                jmp     0x26 <__JIT_ENTRY+0x26>
    // 00000022:  IMAGE_REL_I386_REL32 __JIT_CONTINUE
    // 26: 89 54 24 0c                   movl    %edx, 0xc(%esp)
    // 2a: 89 4c 24 08                   movl    %ecx, 0x8(%esp)
    // 2e: 89 44 24 04                   movl    %eax, 0x4(%esp)
    // 32: e9 00 00 00 00                jmp     0x37 <__JIT_ENTRY+0x37>
    // 00000033:  IMAGE_REL_I386_REL32 __JIT_JUMP_TARGET
    const unsigned char code_body[55] = {
        0x8b, 0x54, 0x24, 0x0c, 0x8b, 0x4c, 0x24, 0x08,
        0x8b, 0x44, 0x24, 0x04, 0x83, 0x3d, 0x08, 0x00,
        0x00, 0x00, 0x00, 0x74, 0x11, 0x89, 0x54, 0x24,
        0x0c, 0x89, 0x4c, 0x24, 0x08, 0x89, 0x44, 0x24,
        0x04, 0xe9, 0x00, 0x00, 0x00, 0x00, 0x89, 0x54,
        0x24, 0x0c, 0x89, 0x4c, 0x24, 0x08, 0x89, 0x44,
        0x24, 0x04, 0xe9, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_32(code + 0xe, (uintptr_t)executor + 0x8);
    patch_x86_64_32rx(code + 0x22, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_x86_64_32rx(code + 0x33, instruction_starts[instruction->jump_target] + -0x4);
}

void
emit__COMPARE_OP_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 55                            pushl   %ebp
    // 1: 53                            pushl   %ebx
    // 2: 57                            pushl   %edi
    // 3: 56                            pushl   %esi
    // 4: 83 ec 08                      subl    $0x8, %esp
    // 7: 8b 44 24 24                   movl    0x24(%esp), %eax
    // b: 89 04 24                      movl    %eax, (%esp)
    // e: 8b 54 24 20                   movl    0x20(%esp), %edx
    // 12: 8b 74 24 1c                   movl    0x1c(%esp), %esi
    // 16: 8b 5a f0                      movl    -0x10(%edx), %ebx
    // 19: 8b 7a f4                      movl    -0xc(%edx), %edi
    // 1c: 8d 42 f8                      leal    -0x8(%edx), %eax
    // 1f: 89 44 24 04                   movl    %eax, 0x4(%esp)
    // 23: b9 00 00 00 00                movl    $0x0, %ecx
    // 00000024:  IMAGE_REL_I386_DIR32 __JIT_OPARG
    // 28: 83 e1 03                      andl    $0x3, %ecx
    // 2b: 8b 6a fc                      movl    -0x4(%edx), %ebp
    // 2e: 8b 42 f8                      movl    -0x8(%edx), %eax
    // 31: 66 83 f9 01                   cmpw    $0x1, %cx
    // 35: 74 0d                         je      0x44 <__JIT_ENTRY+0x44>
    // 37: 85 c9                         testl   %ecx, %ecx
    // 39: 75 14                         jne     0x4f <__JIT_ENTRY+0x4f>
    // 3b: 39 c3                         cmpl    %eax, %ebx
    // 3d: 19 ef                         sbbl    %ebp, %edi
    // 3f: 0f 9c c0                      setl    %al
    // 42: eb 14                         jmp     0x58 <__JIT_ENTRY+0x58>
    // 44: 31 c3                         xorl    %eax, %ebx
    // 46: 31 ef                         xorl    %ebp, %edi
    // 48: 09 df                         orl     %ebx, %edi
    // 4a: 0f 94 c0                      sete    %al
    // 4d: eb 09                         jmp     0x58 <__JIT_ENTRY+0x58>
    // 4f: 31 c3                         xorl    %eax, %ebx
    // 51: 31 ef                         xorl    %ebp, %edi
    // 53: 09 df                         orl     %ebx, %edi
    // 55: 0f 95 c0                      setne   %al
    // 58: 8b 0c 24                      movl    (%esp), %ecx
    // 5b: 0f b6 c0                      movzbl  %al, %eax
    // 5e: 83 c8 10                      orl     $0x10, %eax
    // 61: 89 42 f0                      movl    %eax, -0x10(%edx)
    // 64: c7 42 f4 00 00 00 00          movl    $0x0, -0xc(%edx)
    // 6b: 89 4c 24 24                   movl    %ecx, 0x24(%esp)
    // 6f: 8b 44 24 04                   movl    0x4(%esp), %eax
    // 73: 89 44 24 20                   movl    %eax, 0x20(%esp)
    // 77: 89 74 24 1c                   movl    %esi, 0x1c(%esp)
    // 7b: 83 c4 08                      addl    $0x8, %esp
    // 7e: 5e                            popl    %esi
    // 7f: 5f                            popl    %edi
    // 80: 5b                            popl    %ebx
    // 81: 5d                            popl    %ebp
    // 82: e9 00 00 00 00                jmp     0x87 <__JIT_ENTRY+0x87>
    // 00000083:  IMAGE_REL_I386_REL32 __JIT_CONTINUE
    const unsigned char code_body[130] = {
        0x55, 0x53, 0x57, 0x56, 0x83, 0xec, 0x08, 0x8b,
        0x44, 0x24, 0x24, 0x89, 0x04, 0x24, 0x8b, 0x54,
        0x24, 0x20, 0x8b, 0x74, 0x24, 0x1c, 0x8b, 0x5a,
        0xf0, 0x8b, 0x7a, 0xf4, 0x8d, 0x42, 0xf8, 0x89,
        0x44, 0x24, 0x04, 0xb9, 0x00, 0x00, 0x00, 0x00,
        0x83, 0xe1, 0x03, 0x8b, 0x6a, 0xfc, 0x8b, 0x42,
        0xf8, 0x66, 0x83, 0xf9, 0x01, 0x74, 0x0d, 0x85,
        0xc9, 0x75, 0x14, 0x39, 0xc3, 0x19, 0xef, 0x0f,
        0x9c, 0xc0, 0xeb, 0x14, 0x31, 0xc3, 0x31, 0xef,
        0x09, 0xdf, 0x0f, 0x94, 0xc0, 0xeb, 0x09, 0x31,
        0xc3, 0x31, 0xef, 0x09, 0xdf, 0x0f, 0x95, 0xc0,
        0x8b, 0x0c, 0x24, 0x0f, 0xb6, 0xc0, 0x83, 0xc8,
        0x10, 0x89, 0x42, 0xf0, 0xc7, 0x42, 0xf4, 0x00,
        0x00, 0x00, 0x00, 0x89, 0x4c, 0x24, 0x24, 0x8b,
        0x44, 0x24, 0x04, 0x89, 0x44, 0x24, 0x20, 0x89,
        0x74, 0x24, 0x1c, 0x83, 0xc4, 0x08, 0x5e, 0x5f,
        0x5b, 0x5d,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_32(code + 0x24, instruction->oparg);
}

void
emit__COPY(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 53                            pushl   %ebx
    // 1: 57                            pushl   %edi
    // 2: 56                            pushl   %esi
    // 3: 8b 74 24 10                   movl    0x10(%esp), %esi
    // 7: 8b 7c 24 18                   movl    0x18(%esp), %edi
    // b: 8b 5c 24 14                   movl    0x14(%esp), %ebx
    // f: b8 00 00 00 00                movl    $0x0, %eax
    // 00000010:  IMAGE_REL_I386_DIR32 __JIT_OPARG
    // 14: f7 d0                         notl    %eax
    // 16: 0d fc ff 00 00                orl     $0xfffc, %eax           # imm = 0xFFFC
    // 1b: 98                            cwtl
    // 1c: ff 74 c3 04                   pushl   0x4(%ebx,%eax,8)
    // 20: ff 34 c3                      pushl   (%ebx,%eax,8)
    // 23: e8 00 00 00 00                calll   0x28 <__JIT_ENTRY+0x28>
    // 00000024:  IMAGE_REL_I386_REL32 _PyRef_Dup
    // 28: 83 c4 08                      addl    $0x8, %esp
    // 2b: 89 53 04                      movl    %edx, 0x4(%ebx)
    // 2e: 89 03                         movl    %eax, (%ebx)
    // 30: 83 c3 08                      addl    $0x8, %ebx
    // 33: 89 7c 24 18                   movl    %edi, 0x18(%esp)
    // 37: 89 5c 24 14                   movl    %ebx, 0x14(%esp)
    // 3b: 89 74 24 10                   movl    %esi, 0x10(%esp)
    // 3f: 5e                            popl    %esi
    // 40: 5f                            popl    %edi
    // 41: 5b                            popl    %ebx
    // 42: e9 00 00 00 00                jmp     0x47 <__JIT_ENTRY+0x47>
    // 00000043:  IMAGE_REL_I386_REL32 __JIT_CONTINUE
    const unsigned char code_body[66] = {
        0x53, 0x57, 0x56, 0x8b, 0x74, 0x24, 0x10, 0x8b,
        0x7c, 0x24, 0x18, 0x8b, 0x5c, 0x24, 0x14, 0xb8,
        0x00, 0x00, 0x00, 0x00, 0xf7, 0xd0, 0x0d, 0xfc,
        0xff, 0x00, 0x00, 0x98, 0xff, 0x74, 0xc3, 0x04,
        0xff, 0x34, 0xc3, 0xe8, 0x00, 0x00, 0x00, 0x00,
        0x83, 0xc4, 0x08, 0x89, 0x53, 0x04, 0x89, 0x03,
        0x83, 0xc3, 0x08, 0x89, 0x7c, 0x24, 0x18, 0x89,
        0x5c, 0x24, 0x14, 0x89, 0x74, 0x24, 0x10, 0x5e,
        0x5f, 0x5b,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_32(code + 0x10, instruction->oparg);
    patch_x86_64_32rx(code + 0x24, (uintptr_t)&PyRef_Dup + -0x4);
}

void
emit__DEOPT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 8b 44 24 0c                   movl    0xc(%esp), %eax
    // 4: 8b 4c 24 08                   movl    0x8(%esp), %ecx
    // 8: 8b 54 24 04                   movl    0x4(%esp), %edx
    // c: c7 42 08 00 00 00 00          movl    $0x0, 0x8(%edx)
    // 0000000f:  IMAGE_REL_I386_DIR32 __JIT_TARGET
    // 13: 89 54 24 04                   movl    %edx, 0x4(%esp)
    // 17: 89 4c 24 08                   movl    %ecx, 0x8(%esp)
    // 1b: 89 44 24 0c                   movl    %eax, 0xc(%esp)
    // 1f: e9 00 00 00 00                jmp     0x24 <__JIT_ENTRY+0x24>
    // 00000020:  IMAGE_REL_I386_REL32 __JIT_ERROR_TARGET
    const unsigned char code_body[36] = {
        0x8b, 0x44, 0x24, 0x0c, 0x8b, 0x4c, 0x24, 0x08,
        0x8b, 0x54, 0x24, 0x04, 0xc7, 0x42, 0x08, 0x00,
        0x00, 0x00, 0x00, 0x89, 0x54, 0x24, 0x04, 0x89,
        0x4c, 0x24, 0x08, 0x89, 0x44, 0x24, 0x0c, 0xe9,
        0x00, 0x00, 0x00, 0x00,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_32(code + 0xf, instruction->target);
    patch_x86_64_32rx(code + 0x20, instruction_starts[instruction->error_target] + -0x4);
}

void
emit__EXIT_TRACE(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 8b 44 24 08                   movl    0x8(%esp), %eax
    // 4: 8b 4c 24 0c                   movl    0xc(%esp), %ecx
    // 8: 8b 54 24 04                   movl    0x4(%esp), %edx
    // c: c7 42 08 00 00 00 00          movl    $0x0, 0x8(%edx)
    // 0000000f:  IMAGE_REL_I386_DIR32 __JIT_TARGET
    // 13: c7 41 14 00 00 00 00          movl    $0x0, 0x14(%ecx)
    // 00000016:  IMAGE_REL_I386_DIR32 __JIT_TARGET
    // 1a: ff 05 10 00 00 00             incl    0x10
    // 0000001c:  IMAGE_REL_I386_DIR32 __JIT_EXECUTOR
    // 20: 89 54 24 04                   movl    %edx, 0x4(%esp)
    // 24: 89 44 24 08                   movl    %eax, 0x8(%esp)
    // 28: 89 4c 24 0c                   movl    %ecx, 0xc(%esp)
    // 2c: e9 00 00 00 00                jmp     0x31 <__JIT_ENTRY+0x31>
    // 0000002d:  IMAGE_REL_I386_REL32 __JIT_JUMP_TARGET
    const unsigned char code_body[49] = {
        0x8b, 0x44, 0x24, 0x08, 0x8b, 0x4c, 0x24, 0x0c,
        0x8b, 0x54, 0x24, 0x04, 0xc7, 0x42, 0x08, 0x00,
        0x00, 0x00, 0x00, 0xc7, 0x41, 0x14, 0x00, 0x00,
        0x00, 0x00, 0xff, 0x05, 0x10, 0x00, 0x00, 0x00,
        0x89, 0x54, 0x24, 0x04, 0x89, 0x44, 0x24, 0x08,
        0x89, 0x4c, 0x24, 0x0c, 0xe9, 0x00, 0x00, 0x00,
        0x00,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_32(code + 0xf, instruction->target);
    patch_32(code + 0x16, instruction->target);
    patch_32(code + 0x1c, (uintptr_t)executor + 0x10);
    patch_x86_64_32rx(code + 0x2d, instruction_starts[instruction->jump_target] + -0x4);
}

void
emit__FATAL_ERROR(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 53                            pushl   %ebx
    // 1: 57                            pushl   %edi
    // 2: 56                            pushl   %esi
    // 3: 8b 74 24 14                   movl    0x14(%esp), %esi
    // 7: 8b 7c 24 10                   movl    0x10(%esp), %edi
    // b: 8b 5c 24 18                   movl    0x18(%esp), %ebx
    // f: 68 00 00 00 00                pushl   $0x0
    // 00000010:  IMAGE_REL_I386_DIR32 __JIT_TARGET
    // 14: 53                            pushl   %ebx
    // 15: e8 00 00 00 00                calll   0x1a <__JIT_ENTRY+0x1a>
    // 00000016:  IMAGE_REL_I386_REL32 _PySpam_Fatal
    // 1a: 83 c4 08                      addl    $0x8, %esp
    // 1d: 89 7c 24 10                   movl    %edi, 0x10(%esp)
    // 21: 89 74 24 14                   movl    %esi, 0x14(%esp)
    // 25: 89 5c 24 18                   movl    %ebx, 0x18(%esp)
    // 29: 5e                            popl    %esi
    // 2a: 5f                            popl    %edi
    // 2b: 5b                            popl    %ebx
    // 2c: e9 00 00 00 00                jmp     0x31 <__JIT_ENTRY+0x31>
    // 0000002d:  IMAGE_REL_I386_REL32 __JIT_ERROR_TARGET
    const unsigned char code_body[49] = {
        0x53, 0x57, 0x56, 0x8b, 0x74, 0x24, 0x14, 0x8b,
        0x7c, 0x24, 0x10, 0x8b, 0x5c, 0x24, 0x18, 0x68,
        0x00, 0x00, 0x00, 0x00, 0x53, 0xe8, 0x00, 0x00,
        0x00, 0x00, 0x83, 0xc4, 0x08, 0x89, 0x7c, 0x24,
        0x10, 0x89, 0x74, 0x24, 0x14, 0x89, 0x5c, 0x24,
        0x18, 0x5e, 0x5f, 0x5b, 0xe9, 0x00, 0x00, 0x00,
        0x00,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_32(code + 0x10, instruction->target);
    patch_x86_64_32rx(code + 0x16, (uintptr_t)&PySpam_Fatal + -0x4);
    patch_x86_64_32rx(code + 0x2d, instruction_starts[instruction->error_target] + -0x4);
}

void
emit__GUARD_IS_FALSE_POP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 57                            pushl   %edi
    // 1: 56                            pushl   %esi
    // 2: 8b 4c 24 14                   movl    0x14(%esp), %ecx
    // 6: 8b 44 24 0c                   movl    0xc(%esp), %eax
    // a: 8b 74 24 10                   movl    0x10(%esp), %esi
    // e: 8d 56 f8                      leal    -0x8(%esi), %edx
    // 11: 8b 7e f8                      movl    -0x8(%esi), %edi
    // 14: 83 f7 10                      xorl    $0x10, %edi
    // 17: 0b 7e fc                      orl     -0x4(%esi), %edi
    // 1a: 75 13                         jne     0x2f <__JIT_ENTRY+0x2f>
    // 1c: 89 4c 24 14                   movl    %ecx, 0x14(%esp)
    // 20: 89 54 24 10                   movl    %edx, 0x10(%esp)
    // 24: 89 44 24 0c                   movl    %eax, 0xc(%esp)
    // 28: 5e                            popl    %esi
    // 29: 5f                            popl    %edi
    // 2a: e9 00 00 00 00                jmp     0x2f <__JIT_ENTRY+0x2f>
    // 0000002b:  IMAGE_REL_I386_REL32 __JIT_CONTINUE
    // 2f: 89 4c 24 14                   movl    %ecx, 0x14(%esp)
    // 33: 89 54 24 10                   movl    %edx, 0x10(%esp)
    // 37: 89 44 24 0c                   movl    %eax, 0xc(%esp)
    // 3b: 5e                            popl    %esi
    // 3c: 5f                            popl    %edi
    // 3d: e9 00 00 00 00                jmp     0x42 <__JIT_ENTRY+0x42>
    // 0000003e:  IMAGE_REL_I386_REL32 __JIT_JUMP_TARGET
    const unsigned char code_body[66] = {
        0x57, 0x56, 0x8b, 0x4c, 0x24, 0x14, 0x8b, 0x44,
        0x24, 0x0c, 0x8b, 0x74, 0x24, 0x10, 0x8d, 0x56,
        0xf8, 0x8b, 0x7e, 0xf8, 0x83, 0xf7, 0x10, 0x0b,
        0x7e, 0xfc, 0x75, 0x13, 0x89, 0x4c, 0x24, 0x14,
        0x89, 0x54, 0x24, 0x10, 0x89, 0x44, 0x24, 0x0c,
        0x5e, 0x5f, 0xe9, 0x00, 0x00, 0x00, 0x00, 0x89,
        0x4c, 0x24, 0x14, 0x89, 0x54, 0x24, 0x10, 0x89,
        0x44, 0x24, 0x0c, 0x5e, 0x5f, 0xe9, 0x00, 0x00,
        0x00, 0x00,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x2b, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_x86_64_32rx(code + 0x3e, instruction_starts[instruction->jump_target] + -0x4);
}

void
emit__GUARD_IS_TRUE_POP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 57                            pushl   %edi
    // 1: 56                            pushl   %esi
    // 2: 8b 4c 24 14                   movl    0x14(%esp), %ecx
    // 6: 8b 44 24 0c                   movl    0xc(%esp), %eax
    // a: 8b 74 24 10                   movl    0x10(%esp), %esi
    // e: 8d 56 f8                      leal    -0x8(%esi), %edx
    // 11: 8b 7e f8                      movl    -0x8(%esi), %edi
    // 14: 83 f7 11                      xorl    $0x11, %edi
    // 17: 0b 7e fc                      orl     -0x4(%esi), %edi
    // 1a: 75 13                         jne     0x2f <__JIT_ENTRY+0x2f>
    // 1c: 89 4c 24 14                   movl    %ecx, 0x14(%esp)
    // 20: 89 54 24 10                   movl    %edx, 0x10(%esp)
    // 24: 89 44 24 0c                   movl    %eax, 0xc(%esp)
    // 28: 5e                            popl    %esi
    // 29: 5f                            popl    %edi
    // 2a: e9 00 00 00 00                jmp     0x2f <__JIT_ENTRY+0x2f>
    // 0000002b:  IMAGE_REL_I386_REL32 __JIT_CONTINUE
    // 2f: 89 4c 24 14                   movl    %ecx, 0x14(%esp)
    // 33: 89 54 24 10                   movl    %edx, 0x10(%esp)
    // 37: 89 44 24 0c                   movl    %eax, 0xc(%esp)
    // 3b: 5e                            popl    %esi
    // 3c: 5f                            popl    %edi
    // 3d: e9 00 00 00 00                jmp     0x42 <__JIT_ENTRY+0x42>
    // 0000003e:  IMAGE_REL_I386_REL32 __JIT_JUMP_TARGET
    const unsigned char code_body[66] = {
        0x57, 0x56, 0x8b, 0x4c, 0x24, 0x14, 0x8b, 0x44,
        0x24, 0x0c, 0x8b, 0x74, 0x24, 0x10, 0x8d, 0x56,
        0xf8, 0x8b, 0x7e, 0xf8, 0x83, 0xf7, 0x11, 0x0b,
        0x7e, 0xfc, 0x75, 0x13, 0x89, 0x4c, 0x24, 0x14,
        0x89, 0x54, 0x24, 0x10, 0x89, 0x44, 0x24, 0x0c,
        0x5e, 0x5f, 0xe9, 0x00, 0x00, 0x00, 0x00, 0x89,
        0x4c, 0x24, 0x14, 0x89, 0x54, 0x24, 0x10, 0x89,
        0x44, 0x24, 0x0c, 0x5e, 0x5f, 0xe9, 0x00, 0x00,
        0x00, 0x00,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x2b, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_x86_64_32rx(code + 0x3e, instruction_starts[instruction->jump_target] + -0x4);
}

void
emit__GUARD_NOS_NOT_NULL(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 56                            pushl   %esi
    // 1: 8b 54 24 10                   movl    0x10(%esp), %edx
    // 5: 8b 4c 24 0c                   movl    0xc(%esp), %ecx
    // 9: 8b 44 24 08                   movl    0x8(%esp), %eax
    // d: 8b 71 f0                      movl    -0x10(%ecx), %esi
    // 10: 0b 71 f4                      orl     -0xc(%ecx), %esi
    // 13: 74 12                         je      0x27 <__JIT_ENTRY+0x27>
    // 15: 89 54 24 10                   movl    %edx, 0x10(%esp)
    // 19: 89 4c 24 0c                   movl    %ecx, 0xc(%esp)
    // 1d: 89 44 24 08                   movl    %eax, 0x8(%esp)
    // 21: 5e                            popl    %esi
    // 22: e9 00 00 00 00                jmp     0x27 <__JIT_ENTRY+0x27>
    // 00000023:  IMAGE_REL_I386_REL32 __JIT_CONTINUE
    // 27: 89 54 24 10                   movl    %edx, 0x10(%esp)
    // 2b: 89 4c 24 0c                   movl    %ecx, 0xc(%esp)
    // 2f: 89 44 24 08                   movl    %eax, 0x8(%esp)
    // 33: 5e                            popl    %esi
    // 34: e9 00 00 00 00                jmp     0x39 <__JIT_ENTRY+0x39>
    // 00000035:  IMAGE_REL_I386_REL32 __JIT_JUMP_TARGET
    const unsigned char code_body[57] = {
        0x56, 0x8b, 0x54, 0x24, 0x10, 0x8b, 0x4c, 0x24,
        0x0c, 0x8b, 0x44, 0x24, 0x08, 0x8b, 0x71, 0xf0,
        0x0b, 0x71, 0xf4, 0x74, 0x12, 0x89, 0x54, 0x24,
        0x10, 0x89, 0x4c, 0x24, 0x0c, 0x89, 0x44, 0x24,
        0x08, 0x5e, 0xe9, 0x00, 0x00, 0x00, 0x00, 0x89,
        0x54, 0x24, 0x10, 0x89, 0x4c, 0x24, 0x0c, 0x89,
        0x44, 0x24, 0x08, 0x5e, 0xe9, 0x00, 0x00, 0x00,
        0x00,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x23, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_x86_64_32rx(code + 0x35, instruction_starts[instruction->jump_target] + -0x4);
}

void
emit__JUMP_TO_TOP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 8b 54 24 0c                   movl    0xc(%esp), %edx
    // 4: 8b 4c 24 08                   movl    0x8(%esp), %ecx
    // 8: 8b 44 24 04                   movl    0x4(%esp), %eax
    // c: f6 42 0c 01                   testb   $0x1, 0xc(%edx)
    // 10: 75 11                         jne     0x23 <__JIT_ENTRY+0x23>
    // 12: 89 54 24 0c                   movl    %edx, 0xc(%esp)
    // 16: 89 4c 24 08                   movl    %ecx, 0x8(%esp)
    // 1a: 89 44 24 04                   movl    %eax, 0x4(%esp)
    // 1e: e9 00 00 00 00                jmp     0x23 <__JIT_ENTRY+0x23>
    // 0000001f:  IMAGE_REL_I386_REL32 __JIT_JUMP_TARGET
    // 23: 89 54 24 0c                   movl    %edx, 0xc(%esp)
    // 27: 89 4c 24 08                   movl    %ecx, 0x8(%esp)
    // 2b: 89 44 24 04                   movl    %eax, 0x4(%esp)
    // 2f: e9 00 00 00 00                jmp     0x34 <__JIT_ENTRY+0x34>
    // 00000030:  IMAGE_REL_I386_REL32 __JIT_ERROR_TARGET
    const unsigned char code_body[52] = {
        0x8b, 0x54, 0x24, 0x0c, 0x8b, 0x4c, 0x24, 0x08,
        0x8b, 0x44, 0x24, 0x04, 0xf6, 0x42, 0x0c, 0x01,
        0x75, 0x11, 0x89, 0x54, 0x24, 0x0c, 0x89, 0x4c,
        0x24, 0x08, 0x89, 0x44, 0x24, 0x04, 0xe9, 0x00,
        0x00, 0x00, 0x00, 0x89, 0x54, 0x24, 0x0c, 0x89,
        0x4c, 0x24, 0x08, 0x89, 0x44, 0x24, 0x04, 0xe9,
        0x00, 0x00, 0x00, 0x00,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x1f, instruction_starts[instruction->jump_target] + -0x4);
    patch_x86_64_32rx(code + 0x30, instruction_starts[instruction->error_target] + -0x4);
}

void
emit__LOAD_CONST_INLINE(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 56                            pushl   %esi
    // 1: 8b 44 24 10                   movl    0x10(%esp), %eax
    // 5: 8b 4c 24 08                   movl    0x8(%esp), %ecx
    // 9: 8b 54 24 0c                   movl    0xc(%esp), %edx
    // d: be 00 00 00 00                movl    $0x0, %esi
    // 0000000e:  IMAGE_REL_I386_DIR32 __JIT_OPERAND0_LO
    // 12: 83 ce 01                      orl     $0x1, %esi
    // 15: 89 32                         movl    %esi, (%edx)
    // 17: c7 42 04 00 00 00 00          movl    $0x0, 0x4(%edx)
    // 0000001a:  IMAGE_REL_I386_DIR32 __JIT_OPERAND0_HI
    // 1e: 83 c2 08                      addl    $0x8, %edx
    // 21: 89 54 24 0c                   movl    %edx, 0xc(%esp)
    // 25: 89 4c 24 08                   movl    %ecx, 0x8(%esp)
    // 29: 89 44 24 10                   movl    %eax, 0x10(%esp)
    // 2d: 5e                            popl    %esi
    // 2e: e9 00 00 00 00                jmp     0x33 <__JIT_ENTRY+0x33>
    // 0000002f:  IMAGE_REL_I386_REL32 __JIT_CONTINUE
    const unsigned char code_body[46] = {
        0x56, 0x8b, 0x44, 0x24, 0x10, 0x8b, 0x4c, 0x24,
        0x08, 0x8b, 0x54, 0x24, 0x0c, 0xbe, 0x00, 0x00,
        0x00, 0x00, 0x83, 0xce, 0x01, 0x89, 0x32, 0xc7,
        0x42, 0x04, 0x00, 0x00, 0x00, 0x00, 0x83, 0xc2,
        0x08, 0x89, 0x54, 0x24, 0x0c, 0x89, 0x4c, 0x24,
        0x08, 0x89, 0x44, 0x24, 0x10, 0x5e,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_32(code + 0xe, (instruction->operand & UINT32_MAX));
    patch_32(code + 0x1a, (instruction->operand >> 32));
}

void
emit__LOAD_CONST_INLINE_BORROW(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 57                            pushl   %edi
    // 1: 56                            pushl   %esi
    // 2: 8b 44 24 14                   movl    0x14(%esp), %eax
    // 6: 8b 4c 24 0c                   movl    0xc(%esp), %ecx
    // a: ba 00 00 00 00                movl    $0x0, %edx
    // 0000000b:  IMAGE_REL_I386_DIR32 __JIT_OPERAND0_LO
    // f: be 00 00 00 00                movl    $0x0, %esi
    // 00000010:  IMAGE_REL_I386_DIR32 __JIT_OPERAND1_LO
    // 14: 8d 3c f5 00 00 00 00          leal    (,%esi,8), %edi
    // 1b: 31 d7                         xorl    %edx, %edi
    // 1d: ba 00 00 00 00                movl    $0x0, %edx
    // 0000001e:  IMAGE_REL_I386_DIR32 __JIT_OPERAND1_HI
    // 22: 0f a4 f2 03                   shldl   $0x3, %esi, %edx
    // 26: be 00 00 00 00                movl    $0x0, %esi
    // 00000027:  IMAGE_REL_I386_DIR32 __JIT_OPERAND0_HI
    // 2b: 31 f2                         xorl    %esi, %edx
    // 2d: 8b 74 24 10                   movl    0x10(%esp), %esi
    // 31: 89 56 04                      movl    %edx, 0x4(%esi)
    // 34: 89 3e                         movl    %edi, (%esi)
    // 36: 83 c6 08                      addl    $0x8, %esi
    // 39: 89 74 24 10                   movl    %esi, 0x10(%esp)
    // 3d: 89 4c 24 0c                   movl    %ecx, 0xc(%esp)
    // 41: 89 44 24 14                   movl    %eax, 0x14(%esp)
    // 45: 5e                            popl    %esi
    // 46: 5f                            popl    %edi
    // 47: e9 00 00 00 00                jmp     0x4c <__JIT_ENTRY+0x4c>
    // 00000048:  IMAGE_REL_I386_REL32 __JIT_CONTINUE
    const unsigned char code_body[71] = {
        0x57, 0x56, 0x8b, 0x44, 0x24, 0x14, 0x8b, 0x4c,
        0x24, 0x0c, 0xba, 0x00, 0x00, 0x00, 0x00, 0xbe,
        0x00, 0x00, 0x00, 0x00, 0x8d, 0x3c, 0xf5, 0x00,
        0x00, 0x00, 0x00, 0x31, 0xd7, 0xba, 0x00, 0x00,
        0x00, 0x00, 0x0f, 0xa4, 0xf2, 0x03, 0xbe, 0x00,
        0x00, 0x00, 0x00, 0x31, 0xf2, 0x8b, 0x74, 0x24,
        0x10, 0x89, 0x56, 0x04, 0x89, 0x3e, 0x83, 0xc6,
        0x08, 0x89, 0x74, 0x24, 0x10, 0x89, 0x4c, 0x24,
        0x0c, 0x89, 0x44, 0x24, 0x14, 0x5e, 0x5f,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_32(code + 0xb, (instruction->operand & UINT32_MAX));
    patch_32(code + 0x10, (instruction->operand1 & UINT32_MAX));
    patch_32(code + 0x1e, (instruction->operand1 >> 32));
    patch_32(code + 0x27, (instruction->operand >> 32));
}

void
emit__LOAD_FAST(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 57                            pushl   %edi
    // 1: 56                            pushl   %esi
    // 2: 8b 44 24 14                   movl    0x14(%esp), %eax
    // 6: 8b 4c 24 10                   movl    0x10(%esp), %ecx
    // a: 8b 54 24 0c                   movl    0xc(%esp), %edx
    // e: be 00 00 00 00                movl    $0x0, %esi
    // 0000000f:  IMAGE_REL_I386_DIR32 __JIT_OPARG
    // 13: 83 e6 07                      andl    $0x7, %esi
    // 16: 8b 7c f2 20                   movl    0x20(%edx,%esi,8), %edi
    // 1a: 8b 74 f2 24                   movl    0x24(%edx,%esi,8), %esi
    // 1e: 89 39                         movl    %edi, (%ecx)
    // 20: 89 71 04                      movl    %esi, 0x4(%ecx)
    // 23: 83 c1 08                      addl    $0x8, %ecx
    // 26: 89 4c 24 10                   movl    %ecx, 0x10(%esp)
    // 2a: 89 54 24 0c                   movl    %edx, 0xc(%esp)
    // 2e: 89 44 24 14                   movl    %eax, 0x14(%esp)
    // 32: 5e                            popl    %esi
    // 33: 5f                            popl    %edi
    // 34: e9 00 00 00 00                jmp     0x39 <__JIT_ENTRY+0x39>
    // 00000035:  IMAGE_REL_I386_REL32 __JIT_CONTINUE
    const unsigned char code_body[52] = {
        0x57, 0x56, 0x8b, 0x44, 0x24, 0x14, 0x8b, 0x4c,
        0x24, 0x10, 0x8b, 0x54, 0x24, 0x0c, 0xbe, 0x00,
        0x00, 0x00, 0x00, 0x83, 0xe6, 0x07, 0x8b, 0x7c,
        0xf2, 0x20, 0x8b, 0x74, 0xf2, 0x24, 0x89, 0x39,
        0x89, 0x71, 0x04, 0x83, 0xc1, 0x08, 0x89, 0x4c,
        0x24, 0x10, 0x89, 0x54, 0x24, 0x0c, 0x89, 0x44,
        0x24, 0x14, 0x5e, 0x5f,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_32(code + 0xf, instruction->oparg);
}

void
emit__LOAD_GLOBAL_BUILTIN(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 56                            pushl   %esi
    // 1: 8b 54 24 10                   movl    0x10(%esp), %edx
    // 5: 8b 4c 24 0c                   movl    0xc(%esp), %ecx
    // 9: 8b 44 24 08                   movl    0x8(%esp), %eax
    // d: be 00 00 00 00                movl    $0x0, %esi
    // 0000000e:  IMAGE_REL_I386_DIR32 __JIT_OPARG
    // 12: 83 e6 0f                      andl    $0xf, %esi
    // 15: 8b 34 b5 00 00 00 00          movl    (,%esi,4), %esi
    // 00000018:  IMAGE_REL_I386_DIR32 _PyGlobal_Table
    // 1c: 85 f6                         testl   %esi, %esi
    // 1e: 74 1e                         je      0x3e <__JIT_ENTRY+0x3e>
    // 20: 89 31                         movl    %esi, (%ecx)
    // 22: c7 41 04 00 00 00 00          movl    $0x0, 0x4(%ecx)
    // 29: 83 c1 08                      addl    $0x8, %ecx
    // 2c: 89 54 24 10                   movl    %edx, 0x10(%esp)
    // 30: 89 4c 24 0c                   movl    %ecx, 0xc(%esp)
    // 34: 89 44 24 08                   movl    %eax, 0x8(%esp)
    // 38: 5e                            popl    %esi
    // 39: e9 00 00 00 00                jmp     0x3e <__JIT_ENTRY+0x3e>
    // 0000003a:  IMAGE_REL_I386_REL32 __JIT_CONTINUE
    // 3e: 89 54 24 10                   movl    %edx, 0x10(%esp)
    // 42: 89 4c 24 0c                   movl    %ecx, 0xc(%esp)
    // 46: 89 44 24 08                   movl    %eax, 0x8(%esp)
    // 4a: 5e                            popl    %esi
    // 4b: e9 00 00 00 00                jmp     0x50 <__JIT_ENTRY+0x50>
    // 0000004c:  IMAGE_REL_I386_REL32 __JIT_ERROR_TARGET
    const unsigned char code_body[80] = {
        0x56, 0x8b, 0x54, 0x24, 0x10, 0x8b, 0x4c, 0x24,
        0x0c, 0x8b, 0x44, 0x24, 0x08, 0xbe, 0x00, 0x00,
        0x00, 0x00, 0x83, 0xe6, 0x0f, 0x8b, 0x34, 0xb5,
        0x00, 0x00, 0x00, 0x00, 0x85, 0xf6, 0x74, 0x1e,
        0x89, 0x31, 0xc7, 0x41, 0x04, 0x00, 0x00, 0x00,
        0x00, 0x83, 0xc1, 0x08, 0x89, 0x54, 0x24, 0x10,
        0x89, 0x4c, 0x24, 0x0c, 0x89, 0x44, 0x24, 0x08,
        0x5e, 0xe9, 0x00, 0x00, 0x00, 0x00, 0x89, 0x54,
        0x24, 0x10, 0x89, 0x4c, 0x24, 0x0c, 0x89, 0x44,
        0x24, 0x08, 0x5e, 0xe9, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_32(code + 0xe, instruction->oparg);
    patch_32(code + 0x18, (uintptr_t)&PyGlobal_Table);
    patch_x86_64_32rx(code + 0x3a, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_x86_64_32rx(code + 0x4c, instruction_starts[instruction->error_target] + -0x4);
}

void
emit__LOAD_SMALL_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 57                            pushl   %edi
    // 1: 56                            pushl   %esi
    // 2: 8b 44 24 14                   movl    0x14(%esp), %eax
    // 6: 8b 4c 24 0c                   movl    0xc(%esp), %ecx
    // a: 8b 54 24 10                   movl    0x10(%esp), %edx
    // e: be 00 00 00 00                movl    $0x0, %esi
    // 0000000f:  IMAGE_REL_I386_DIR32 __JIT_OPARG
    // 13: 83 e6 07                      andl    $0x7, %esi
    // 16: 8b 3c f5 00 00 00 00          movl    (,%esi,8), %edi
    // 00000019:  IMAGE_REL_I386_DIR32 __JIT_ENTRY.small_ints
    // 1d: 8b 34 f5 04 00 00 00          movl    0x4(,%esi,8), %esi
    // 00000020:  IMAGE_REL_I386_DIR32 __JIT_ENTRY.small_ints
    // 24: 89 72 04                      movl    %esi, 0x4(%edx)
    // 27: 89 3a                         movl    %edi, (%edx)
    // 29: 83 c2 08                      addl    $0x8, %edx
    // 2c: 89 54 24 10                   movl    %edx, 0x10(%esp)
    // 30: 89 4c 24 0c                   movl    %ecx, 0xc(%esp)
    // 34: 89 44 24 14                   movl    %eax, 0x14(%esp)
    // 38: 5e                            popl    %esi
    // 39: 5f                            popl    %edi
    // 3a: e9 00 00 00 00                jmp     0x3f <__JIT_ENTRY+0x3f>
    // 0000003b:  IMAGE_REL_I386_REL32 __JIT_CONTINUE
    const unsigned char code_body[58] = {
        0x57, 0x56, 0x8b, 0x44, 0x24, 0x14, 0x8b, 0x4c,
        0x24, 0x0c, 0x8b, 0x54, 0x24, 0x10, 0xbe, 0x00,
        0x00, 0x00, 0x00, 0x83, 0xe6, 0x07, 0x8b, 0x3c,
        0xf5, 0x00, 0x00, 0x00, 0x00, 0x8b, 0x34, 0xf5,
        0x04, 0x00, 0x00, 0x00, 0x89, 0x72, 0x04, 0x89,
        0x3a, 0x83, 0xc2, 0x08, 0x89, 0x54, 0x24, 0x10,
        0x89, 0x4c, 0x24, 0x0c, 0x89, 0x44, 0x24, 0x14,
        0x5e, 0x5f,
    };
    // 0: .rdata (64 bytes)
    const unsigned char data_body[64] = {
        0x11, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0xef, 0xcd, 0xab, 0x89, 0x67, 0x45, 0x23, 0x01,
        0xef, 0xbe, 0xad, 0xde, 0x00, 0x00, 0x00, 0x00,
        0x10, 0x32, 0x54, 0x76, 0x98, 0xba, 0xdc, 0xfe,
        0x21, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80,
        0x0d, 0xf0, 0xfe, 0xca, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(data, data_body, sizeof(data_body));
    memcpy(code, code_body, sizeof(code_body));
    patch_32(code + 0xf, instruction->oparg);
    patch_32(code + 0x19, (uintptr_t)data);
    patch_32(code + 0x20, (uintptr_t)data + 0x4);
}

void
emit__MAKE_WARM(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 8b 44 24 04                   movl    0x4(%esp), %eax
    // 4: 8b 4c 24 08                   movl    0x8(%esp), %ecx
    // 8: 8b 54 24 0c                   movl    0xc(%esp), %edx
    // c: c7 05 0c 00 00 00 01 00 00 00 movl    $0x1, 0xc
    // 0000000e:  IMAGE_REL_I386_DIR32 __JIT_EXECUTOR
    // 16: 83 42 20 01                   addl    $0x1, 0x20(%edx)
    // 1a: 83 52 24 00                   adcl    $0x0, 0x24(%edx)
    // 1e: 89 4c 24 08                   movl    %ecx, 0x8(%esp)
    // 22: 89 44 24 04                   movl    %eax, 0x4(%esp)
    // 26: 89 54 24 0c                   movl    %edx, 0xc(%esp)
    // 2a: e9 00 00 00 00                jmp     0x2f <__JIT_ENTRY+0x2f>
    // 0000002b:  IMAGE_REL_I386_REL32 __JIT_CONTINUE
    const unsigned char code_body[42] = {
        0x8b, 0x44, 0x24, 0x04, 0x8b, 0x4c, 0x24, 0x08,
        0x8b, 0x54, 0x24, 0x0c, 0xc7, 0x05, 0x0c, 0x00,
        0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x83, 0x42,
        0x20, 0x01, 0x83, 0x52, 0x24, 0x00, 0x89, 0x4c,
        0x24, 0x08, 0x89, 0x44, 0x24, 0x04, 0x89, 0x54,
        0x24, 0x0c,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_32(code + 0xe, (uintptr_t)executor + 0xc);
}

void
emit__NOP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 8b 44 24 0c                   movl    0xc(%esp), %eax
    // 4: 8b 4c 24 08                   movl    0x8(%esp), %ecx
    // 8: 8b 54 24 04                   movl    0x4(%esp), %edx
    // c: 89 54 24 04                   movl    %edx, 0x4(%esp)
    // 10: 89 4c 24 08                   movl    %ecx, 0x8(%esp)
    // 14: 89 44 24 0c                   movl    %eax, 0xc(%esp)
    // 18: e9 00 00 00 00                jmp     0x1d <__JIT_ENTRY+0x1d>
    // 00000019:  IMAGE_REL_I386_REL32 __JIT_CONTINUE
    const unsigned char code_body[24] = {
        0x8b, 0x44, 0x24, 0x0c, 0x8b, 0x4c, 0x24, 0x08,
        0x8b, 0x54, 0x24, 0x04, 0x89, 0x54, 0x24, 0x04,
        0x89, 0x4c, 0x24, 0x08, 0x89, 0x44, 0x24, 0x0c,
    };
    memcpy(code, code_body, sizeof(code_body));
}

void
emit__POP_TOP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 53                            pushl   %ebx
    // 1: 57                            pushl   %edi
    // 2: 56                            pushl   %esi
    // 3: 8b 7c 24 18                   movl    0x18(%esp), %edi
    // 7: 8b 74 24 10                   movl    0x10(%esp), %esi
    // b: 8b 4c 24 14                   movl    0x14(%esp), %ecx
    // f: 8d 59 f8                      leal    -0x8(%ecx), %ebx
    // 12: 8b 41 f8                      movl    -0x8(%ecx), %eax
    // 15: a8 01                         testb   $0x1, %al
    // 17: 74 0c                         je      0x25 <__JIT_ENTRY+0x25>
    // 19: ff 71 fc                      pushl   -0x4(%ecx)
    // 1c: 50                            pushl   %eax
    // 1d: e8 00 00 00 00                calll   0x22 <__JIT_ENTRY+0x22>
    // 0000001e:  IMAGE_REL_I386_REL32 _PyRef_Close
    // 22: 83 c4 08                      addl    $0x8, %esp
    // 25: 89 7c 24 18                   movl    %edi, 0x18(%esp)
    // 29: 89 5c 24 14                   movl    %ebx, 0x14(%esp)
    // 2d: 89 74 24 10                   movl    %esi, 0x10(%esp)
    // 31: 5e                            popl    %esi
    // 32: 5f                            popl    %edi
    // 33: 5b                            popl    %ebx
    // 34: e9 00 00 00 00                jmp     0x39 <__JIT_ENTRY+0x39>
    // 00000035:  IMAGE_REL_I386_REL32 __JIT_CONTINUE
    const unsigned char code_body[52] = {
        0x53, 0x57, 0x56, 0x8b, 0x7c, 0x24, 0x18, 0x8b,
        0x74, 0x24, 0x10, 0x8b, 0x4c, 0x24, 0x14, 0x8d,
        0x59, 0xf8, 0x8b, 0x41, 0xf8, 0xa8, 0x01, 0x74,
        0x0c, 0xff, 0x71, 0xfc, 0x50, 0xe8, 0x00, 0x00,
        0x00, 0x00, 0x83, 0xc4, 0x08, 0x89, 0x7c, 0x24,
        0x18, 0x89, 0x5c, 0x24, 0x14, 0x89, 0x74, 0x24,
        0x10, 0x5e, 0x5f, 0x5b,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x1e, (uintptr_t)&PyRef_Close + -0x4);
}

void
emit__RESUME_CHECK(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 53                            pushl   %ebx
    // 1: 57                            pushl   %edi
    // 2: 56                            pushl   %esi
    // 3: 8b 5c 24 18                   movl    0x18(%esp), %ebx
    // 7: 8b 7c 24 14                   movl    0x14(%esp), %edi
    // b: 8b 74 24 10                   movl    0x10(%esp), %esi
    // f: 8b 43 0c                      movl    0xc(%ebx), %eax
    // 12: 3b 46 0c                      cmpl    0xc(%esi), %eax
    // 15: 75 14                         jne     0x2b <__JIT_ENTRY+0x2b>
    // 17: 89 5c 24 18                   movl    %ebx, 0x18(%esp)
    // 1b: 89 7c 24 14                   movl    %edi, 0x14(%esp)
    // 1f: 89 74 24 10                   movl    %esi, 0x10(%esp)
    // 23: 5e                            popl    %esi
    // 24: 5f                            popl    %edi
    // 25: 5b                            popl    %ebx
    // 26: e9 00 00 00 00                jmp     0x2b <__JIT_ENTRY+0x2b>
    // 00000027:  IMAGE_REL_I386_REL32 __JIT_CONTINUE
    // 2b: 53                            pushl   %ebx
    // 2c: e8 00 00 00 00                calll   0x31 <__JIT_ENTRY+0x31>
    // 0000002d:  IMAGE_REL_I386_REL32 _PyEggs_Periodic
    // 31: 83 c4 04                      addl    $0x4, %esp
    // 34: 85 c0                         testl   %eax, %eax
    // 36: 78 14                         js      0x4c <__JIT_ENTRY+0x4c>
    // 38: 89 5c 24 18                   movl    %ebx, 0x18(%esp)
    // 3c: 89 7c 24 14                   movl    %edi, 0x14(%esp)
    // 40: 89 74 24 10                   movl    %esi, 0x10(%esp)
    // 44: 5e                            popl    %esi
    // 45: 5f                            popl    %edi
    // 46: 5b                            popl    %ebx
    // 47: e9 00 00 00 00                jmp     0x4c <__JIT_ENTRY+0x4c>
    // 00000048:  IMAGE_REL_I386_REL32 __JIT_JUMP_TARGET
    // 4c: 89 5c 24 18                   movl    %ebx, 0x18(%esp)
    // 50: 89 7c 24 14                   movl    %edi, 0x14(%esp)
    // 54: 89 74 24 10                   movl    %esi, 0x10(%esp)
    // 58: 5e                            popl    %esi
    // 59: 5f                            popl    %edi
    // 5a: 5b                            popl    %ebx
    // 5b: e9 00 00 00 00                jmp     0x60 <__JIT_ENTRY+0x60>
    // 0000005c:  IMAGE_REL_I386_REL32 __JIT_ERROR_TARGET
    const unsigned char code_body[96] = {
        0x53, 0x57, 0x56, 0x8b, 0x5c, 0x24, 0x18, 0x8b,
        0x7c, 0x24, 0x14, 0x8b, 0x74, 0x24, 0x10, 0x8b,
        0x43, 0x0c, 0x3b, 0x46, 0x0c, 0x75, 0x14, 0x89,
        0x5c, 0x24, 0x18, 0x89, 0x7c, 0x24, 0x14, 0x89,
        0x74, 0x24, 0x10, 0x5e, 0x5f, 0x5b, 0xe9, 0x00,
        0x00, 0x00, 0x00, 0x53, 0xe8, 0x00, 0x00, 0x00,
        0x00, 0x83, 0xc4, 0x04, 0x85, 0xc0, 0x78, 0x14,
        0x89, 0x5c, 0x24, 0x18, 0x89, 0x7c, 0x24, 0x14,
        0x89, 0x74, 0x24, 0x10, 0x5e, 0x5f, 0x5b, 0xe9,
        0x00, 0x00, 0x00, 0x00, 0x89, 0x5c, 0x24, 0x18,
        0x89, 0x7c, 0x24, 0x14, 0x89, 0x74, 0x24, 0x10,
        0x5e, 0x5f, 0x5b, 0xe9, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x27, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_x86_64_32rx(code + 0x2d, (uintptr_t)&PyEggs_Periodic + -0x4);
    patch_x86_64_32rx(code + 0x48, instruction_starts[instruction->jump_target] + -0x4);
    patch_x86_64_32rx(code + 0x5c, instruction_starts[instruction->error_target] + -0x4);
}

void
emit__SET_IP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 8b 44 24 0c                   movl    0xc(%esp), %eax
    // 4: 8b 4c 24 08                   movl    0x8(%esp), %ecx
    // 8: 8b 54 24 04                   movl    0x4(%esp), %edx
    // c: c7 42 04 00 00 00 00          movl    $0x0, 0x4(%edx)
    // 0000000f:  IMAGE_REL_I386_DIR32 __JIT_OPERAND0_LO
    // 13: 89 54 24 04                   movl    %edx, 0x4(%esp)
    // 17: 89 4c 24 08                   movl    %ecx, 0x8(%esp)
    // 1b: 89 44 24 0c                   movl    %eax, 0xc(%esp)
    // 1f: e9 00 00 00 00                jmp     0x24 <__JIT_ENTRY+0x24>
    // 00000020:  IMAGE_REL_I386_REL32 __JIT_CONTINUE
    const unsigned char code_body[31] = {
        0x8b, 0x44, 0x24, 0x0c, 0x8b, 0x4c, 0x24, 0x08,
        0x8b, 0x54, 0x24, 0x04, 0xc7, 0x42, 0x04, 0x00,
        0x00, 0x00, 0x00, 0x89, 0x54, 0x24, 0x04, 0x89,
        0x4c, 0x24, 0x08, 0x89, 0x44, 0x24, 0x0c,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_32(code + 0xf, (instruction->operand & UINT32_MAX));
}

void
emit__START_EXECUTOR(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 53                            pushl   %ebx
    // 1: 57                            pushl   %edi
    // 2: 56                            pushl   %esi
    // 3: 8b 5c 24 18                   movl    0x18(%esp), %ebx
    // 7: 8b 7c 24 14                   movl    0x14(%esp), %edi
    // b: 8b 74 24 10                   movl    0x10(%esp), %esi
    // f: 8b 43 08                      movl    0x8(%ebx), %eax
    // 12: 85 c0                         testl   %eax, %eax
    // 14: 74 10                         je      0x26 <__JIT_ENTRY+0x26>
    // 16: c7 43 08 00 00 00 00          movl    $0x0, 0x8(%ebx)
    // 1d: 50                            pushl   %eax
    // 1e: e8 00 00 00 00                calll   0x23 <__JIT_ENTRY+0x23>
    // 0000001f:  IMAGE_REL_I386_REL32 _PyEggs_Release
    // 23: 83 c4 04                      addl    $0x4, %esp
    // 26: c7 43 04 00 00 00 00          movl    $0x0, 0x4(%ebx)
    // 00000029:  IMAGE_REL_I386_DIR32 __JIT_EXECUTOR
    // 2d: 89 5c 24 18                   movl    %ebx, 0x18(%esp)
    // 31: 89 7c 24 14                   movl    %edi, 0x14(%esp)
    // 35: 89 74 24 10                   movl    %esi, 0x10(%esp)
    // 39: 5e                            popl    %esi
    // 3a: 5f                            popl    %edi
    // 3b: 5b                            popl    %ebx
    // 3c: e9 00 00 00 00                jmp     0x41 <__JIT_ENTRY+0x41>
    // 0000003d:  IMAGE_REL_I386_REL32 __JIT_CONTINUE
    const unsigned char code_body[60] = {
        0x53, 0x57, 0x56, 0x8b, 0x5c, 0x24, 0x18, 0x8b,
        0x7c, 0x24, 0x14, 0x8b, 0x74, 0x24, 0x10, 0x8b,
        0x43, 0x08, 0x85, 0xc0, 0x74, 0x10, 0xc7, 0x43,
        0x08, 0x00, 0x00, 0x00, 0x00, 0x50, 0xe8, 0x00,
        0x00, 0x00, 0x00, 0x83, 0xc4, 0x04, 0xc7, 0x43,
        0x04, 0x00, 0x00, 0x00, 0x00, 0x89, 0x5c, 0x24,
        0x18, 0x89, 0x7c, 0x24, 0x14, 0x89, 0x74, 0x24,
        0x10, 0x5e, 0x5f, 0x5b,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x1f, (uintptr_t)&PyEggs_Release + -0x4);
    patch_32(code + 0x29, (uintptr_t)executor);
}

void
emit__STORE_FAST(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 53                            pushl   %ebx
    // 1: 57                            pushl   %edi
    // 2: 56                            pushl   %esi
    // 3: 8b 44 24 18                   movl    0x18(%esp), %eax
    // 7: 8b 4c 24 10                   movl    0x10(%esp), %ecx
    // b: 8b 54 24 14                   movl    0x14(%esp), %edx
    // f: be 00 00 00 00                movl    $0x0, %esi
    // 00000010:  IMAGE_REL_I386_DIR32 __JIT_OPARG
    // 14: 83 e6 07                      andl    $0x7, %esi
    // 17: 8d 7a f8                      leal    -0x8(%edx), %edi
    // 1a: 8b 5a f8                      movl    -0x8(%edx), %ebx
    // 1d: 8b 52 fc                      movl    -0x4(%edx), %edx
    // 20: 89 5c f1 20                   movl    %ebx, 0x20(%ecx,%esi,8)
    // 24: 89 54 f1 24                   movl    %edx, 0x24(%ecx,%esi,8)
    // 28: 89 7c 24 14                   movl    %edi, 0x14(%esp)
    // 2c: 89 4c 24 10                   movl    %ecx, 0x10(%esp)
    // 30: 89 44 24 18                   movl    %eax, 0x18(%esp)
    // 34: 5e                            popl    %esi
    // 35: 5f                            popl    %edi
    // 36: 5b                            popl    %ebx
    // 37: e9 00 00 00 00                jmp     0x3c <__JIT_ENTRY+0x3c>
    // 00000038:  IMAGE_REL_I386_REL32 __JIT_CONTINUE
    const unsigned char code_body[55] = {
        0x53, 0x57, 0x56, 0x8b, 0x44, 0x24, 0x18, 0x8b,
        0x4c, 0x24, 0x10, 0x8b, 0x54, 0x24, 0x14, 0xbe,
        0x00, 0x00, 0x00, 0x00, 0x83, 0xe6, 0x07, 0x8d,
        0x7a, 0xf8, 0x8b, 0x5a, 0xf8, 0x8b, 0x52, 0xfc,
        0x89, 0x5c, 0xf1, 0x20, 0x89, 0x54, 0xf1, 0x24,
        0x89, 0x7c, 0x24, 0x14, 0x89, 0x4c, 0x24, 0x10,
        0x89, 0x44, 0x24, 0x18, 0x5e, 0x5f, 0x5b,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_32(code + 0x10, instruction->oparg);
}

void
emit__STORE_GLOBAL_COUNTER(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 53                            pushl   %ebx
    // 1: 57                            pushl   %edi
    // 2: 56                            pushl   %esi
    // 3: 8b 44 24 18                   movl    0x18(%esp), %eax
    // 7: 8b 4c 24 10                   movl    0x10(%esp), %ecx
    // b: 8b 54 24 14                   movl    0x14(%esp), %edx
    // f: be 00 00 00 00                movl    $0x0, %esi
    // 00000010:  IMAGE_REL_I386_DIR32 __JIT_OPARG
    // 14: bf 00 00 00 00                movl    $0x0, %edi
    // 00000015:  IMAGE_REL_I386_DIR32 __JIT_OPARG
    // 19: 83 e7 07                      andl    $0x7, %edi
    // 1c: 8b 1d 00 00 00 00             movl    0x0, %ebx
    // 0000001e:  IMAGE_REL_I386_DIR32 _PyGlobal_Counter
    // 22: 01 df                         addl    %ebx, %edi
    // 24: 47                            incl    %edi
    // 25: 89 3d 00 00 00 00             movl    %edi, 0x0
    // 00000027:  IMAGE_REL_I386_DIR32 _PyGlobal_Counter
    // 2b: 8b 7a f8                      movl    -0x8(%edx), %edi
    // 2e: 83 c2 f8                      addl    $-0x8, %edx
    // 31: 83 e6 0f                      andl    $0xf, %esi
    // 34: 89 3c b5 00 00 00 00          movl    %edi, (,%esi,4)
    // 00000037:  IMAGE_REL_I386_DIR32 _PyGlobal_Table
    // 3b: 89 4c 24 10                   movl    %ecx, 0x10(%esp)
    // 3f: 89 54 24 14                   movl    %edx, 0x14(%esp)
    // 43: 89 44 24 18                   movl    %eax, 0x18(%esp)
    // 47: 5e                            popl    %esi
    // 48: 5f                            popl    %edi
    // 49: 5b                            popl    %ebx
    // 4a: e9 00 00 00 00                jmp     0x4f <__JIT_ENTRY+0x4f>
    // 0000004b:  IMAGE_REL_I386_REL32 __JIT_CONTINUE
    const unsigned char code_body[74] = {
        0x53, 0x57, 0x56, 0x8b, 0x44, 0x24, 0x18, 0x8b,
        0x4c, 0x24, 0x10, 0x8b, 0x54, 0x24, 0x14, 0xbe,
        0x00, 0x00, 0x00, 0x00, 0xbf, 0x00, 0x00, 0x00,
        0x00, 0x83, 0xe7, 0x07, 0x8b, 0x1d, 0x00, 0x00,
        0x00, 0x00, 0x01, 0xdf, 0x47, 0x89, 0x3d, 0x00,
        0x00, 0x00, 0x00, 0x8b, 0x7a, 0xf8, 0x83, 0xc2,
        0xf8, 0x83, 0xe6, 0x0f, 0x89, 0x3c, 0xb5, 0x00,
        0x00, 0x00, 0x00, 0x89, 0x4c, 0x24, 0x10, 0x89,
        0x54, 0x24, 0x14, 0x89, 0x44, 0x24, 0x18, 0x5e,
        0x5f, 0x5b,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_32(code + 0x10, instruction->oparg);
    patch_32(code + 0x15, instruction->oparg);
    patch_32(code + 0x1e, (uintptr_t)&PyGlobal_Counter);
    patch_32(code + 0x27, (uintptr_t)&PyGlobal_Counter);
    patch_32(code + 0x37, (uintptr_t)&PyGlobal_Table);
}

void
emit__SWAP(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 55                            pushl   %ebp
    // 1: 53                            pushl   %ebx
    // 2: 57                            pushl   %edi
    // 3: 56                            pushl   %esi
    // 4: 8b 44 24 1c                   movl    0x1c(%esp), %eax
    // 8: 8b 4c 24 14                   movl    0x14(%esp), %ecx
    // c: 8b 54 24 18                   movl    0x18(%esp), %edx
    // 10: be 00 00 00 00                movl    $0x0, %esi
    // 00000011:  IMAGE_REL_I386_DIR32 __JIT_OPARG
    // 15: 83 e6 01                      andl    $0x1, %esi
    // 18: bf fe ff ff ff                movl    $0xfffffffe, %edi       # imm = 0xFFFFFFFE
    // 1d: 29 f7                         subl    %esi, %edi
    // 1f: 8b 72 f8                      movl    -0x8(%edx), %esi
    // 22: 8b 1c fa                      movl    (%edx,%edi,8), %ebx
    // 25: 8b 6c fa 04                   movl    0x4(%edx,%edi,8), %ebp
    // 29: 89 5a f8                      movl    %ebx, -0x8(%edx)
    // 2c: 8b 5a fc                      movl    -0x4(%edx), %ebx
    // 2f: 89 6a fc                      movl    %ebp, -0x4(%edx)
    // 32: 89 34 fa                      movl    %esi, (%edx,%edi,8)
    // 35: 89 5c fa 04                   movl    %ebx, 0x4(%edx,%edi,8)
    // 39: 89 54 24 18                   movl    %edx, 0x18(%esp)
    // 3d: 89 4c 24 14                   movl    %ecx, 0x14(%esp)
    // 41: 89 44 24 1c                   movl    %eax, 0x1c(%esp)
    // 45: 5e                            popl    %esi
    // 46: 5f                            popl    %edi
    // 47: 5b                            popl    %ebx
    // 48: 5d                            popl    %ebp
    // 49: e9 00 00 00 00                jmp     0x4e <__JIT_ENTRY+0x4e>
    // 0000004a:  IMAGE_REL_I386_REL32 __JIT_CONTINUE
    const unsigned char code_body[73] = {
        0x55, 0x53, 0x57, 0x56, 0x8b, 0x44, 0x24, 0x1c,
        0x8b, 0x4c, 0x24, 0x14, 0x8b, 0x54, 0x24, 0x18,
        0xbe, 0x00, 0x00, 0x00, 0x00, 0x83, 0xe6, 0x01,
        0xbf, 0xfe, 0xff, 0xff, 0xff, 0x29, 0xf7, 0x8b,
        0x72, 0xf8, 0x8b, 0x1c, 0xfa, 0x8b, 0x6c, 0xfa,
        0x04, 0x89, 0x5a, 0xf8, 0x8b, 0x5a, 0xfc, 0x89,
        0x6a, 0xfc, 0x89, 0x34, 0xfa, 0x89, 0x5c, 0xfa,
        0x04, 0x89, 0x54, 0x24, 0x18, 0x89, 0x4c, 0x24,
        0x14, 0x89, 0x44, 0x24, 0x1c, 0x5e, 0x5f, 0x5b,
        0x5d,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_32(code + 0x11, instruction->oparg);
}

void
emit__TO_BOOL_INT(
    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])
{
    // 0: 53                            pushl   %ebx
    // 1: 57                            pushl   %edi
    // 2: 56                            pushl   %esi
    // 3: 8b 5c 24 18                   movl    0x18(%esp), %ebx
    // 7: 8b 7c 24 14                   movl    0x14(%esp), %edi
    // b: 8b 74 24 10                   movl    0x10(%esp), %esi
    // f: ff 77 fc                      pushl   -0x4(%edi)
    // 12: ff 77 f8                      pushl   -0x8(%edi)
    // 15: e8 00 00 00 00                calll   0x1a <__JIT_ENTRY+0x1a>
    // 00000016:  IMAGE_REL_I386_REL32 _PyEggs_Check
    // 1a: 83 c4 08                      addl    $0x8, %esp
    // 1d: 85 c0                         testl   %eax, %eax
    // 1f: 78 29                         js      0x4a <__JIT_ENTRY+0x4a>
    // 21: 83 f8 01                      cmpl    $0x1, %eax
    // 24: b8 11 00 00 00                movl    $0x11, %eax
    // 29: 83 d8 00                      sbbl    $0x0, %eax
    // 2c: 89 47 f8                      movl    %eax, -0x8(%edi)
    // 2f: c7 47 fc 00 00 00 00          movl    $0x0, -0x4(%edi)
    // 36: 89 5c 24 18                   movl    %ebx, 0x18(%esp)
    // 3a: 89 7c 24 14                   movl    %edi, 0x14(%esp)
    // 3e: 89 74 24 10                   movl    %esi, 0x10(%esp)
    // 42: 5e                            popl    %esi
    // 43: 5f                            popl    %edi
    // 44: 5b                            popl    %ebx
    // 45: e9 00 00 00 00                jmp     0x4a <__JIT_ENTRY+0x4a>
    // 00000046:  IMAGE_REL_I386_REL32 __JIT_CONTINUE
    // 4a: 89 5c 24 18                   movl    %ebx, 0x18(%esp)
    // 4e: 89 7c 24 14                   movl    %edi, 0x14(%esp)
    // 52: 89 74 24 10                   movl    %esi, 0x10(%esp)
    // 56: 5e                            popl    %esi
    // 57: 5f                            popl    %edi
    // 58: 5b                            popl    %ebx
    // 59: e9 00 00 00 00                jmp     0x5e <__JIT_ENTRY+0x5e>
    // 0000005a:  IMAGE_REL_I386_REL32 __JIT_ERROR_TARGET
    const unsigned char code_body[94] = {
        0x53, 0x57, 0x56, 0x8b, 0x5c, 0x24, 0x18, 0x8b,
        0x7c, 0x24, 0x14, 0x8b, 0x74, 0x24, 0x10, 0xff,
        0x77, 0xfc, 0xff, 0x77, 0xf8, 0xe8, 0x00, 0x00,
        0x00, 0x00, 0x83, 0xc4, 0x08, 0x85, 0xc0, 0x78,
        0x29, 0x83, 0xf8, 0x01, 0xb8, 0x11, 0x00, 0x00,
        0x00, 0x83, 0xd8, 0x00, 0x89, 0x47, 0xf8, 0xc7,
        0x47, 0xfc, 0x00, 0x00, 0x00, 0x00, 0x89, 0x5c,
        0x24, 0x18, 0x89, 0x7c, 0x24, 0x14, 0x89, 0x74,
        0x24, 0x10, 0x5e, 0x5f, 0x5b, 0xe9, 0x00, 0x00,
        0x00, 0x00, 0x89, 0x5c, 0x24, 0x18, 0x89, 0x7c,
        0x24, 0x14, 0x89, 0x74, 0x24, 0x10, 0x5e, 0x5f,
        0x5b, 0xe9, 0x00, 0x00, 0x00, 0x00,
    };
    memcpy(code, code_body, sizeof(code_body));
    patch_x86_64_32rx(code + 0x16, (uintptr_t)&PyEggs_Check + -0x4);
    patch_x86_64_32rx(code + 0x46, (uintptr_t)code + sizeof(code_body) + -0x4);
    patch_x86_64_32rx(code + 0x5a, instruction_starts[instruction->error_target] + -0x4);
}

typedef struct {
    void (*emit)(
        unsigned char *code, unsigned char *data, _PyExecutorObject *executor,
        const _PyUOpInstruction *instruction, uintptr_t instruction_starts[]);
    size_t code_size;
    size_t data_size;
} StencilGroup;

static const StencilGroup trampoline = {emit_trampoline, 32, 0};

static const StencilGroup stencil_groups[MAX_UOP_ID + 1] = {
    [_BINARY_OP] = {emit__BINARY_OP, 167, 0},
    [_BINARY_OP_ADD_INT] = {emit__BINARY_OP_ADD_INT, 106, 0},
    [_BINARY_OP_MULTIPLY_INT] = {emit__BINARY_OP_MULTIPLY_INT, 68, 0},
    [_BINARY_OP_SUBTRACT_INT] = {emit__BINARY_OP_SUBTRACT_INT, 73, 0},
    [_BUILD_SUM] = {emit__BUILD_SUM, 97, 0},
    [_CALL_BUILTIN_FAST] = {emit__CALL_BUILTIN_FAST, 105, 0},
    [_CHECK_FUNCTION_VERSION] = {emit__CHECK_FUNCTION_VERSION, 81, 0},
    [_CHECK_STACK_SPACE] = {emit__CHECK_STACK_SPACE, 58, 0},
    [_CHECK_VALIDITY] = {emit__CHECK_VALIDITY, 55, 0},
    [_COMPARE_OP_INT] = {emit__COMPARE_OP_INT, 130, 0},
    [_COPY] = {emit__COPY, 66, 0},
    [_DEOPT] = {emit__DEOPT, 36, 0},
    [_EXIT_TRACE] = {emit__EXIT_TRACE, 49, 0},
    [_FATAL_ERROR] = {emit__FATAL_ERROR, 49, 0},
    [_GUARD_IS_FALSE_POP] = {emit__GUARD_IS_FALSE_POP, 66, 0},
    [_GUARD_IS_TRUE_POP] = {emit__GUARD_IS_TRUE_POP, 66, 0},
    [_GUARD_NOS_NOT_NULL] = {emit__GUARD_NOS_NOT_NULL, 57, 0},
    [_JUMP_TO_TOP] = {emit__JUMP_TO_TOP, 52, 0},
    [_LOAD_CONST_INLINE] = {emit__LOAD_CONST_INLINE, 46, 0},
    [_LOAD_CONST_INLINE_BORROW] = {emit__LOAD_CONST_INLINE_BORROW, 71, 0},
    [_LOAD_FAST] = {emit__LOAD_FAST, 52, 0},
    [_LOAD_GLOBAL_BUILTIN] = {emit__LOAD_GLOBAL_BUILTIN, 80, 0},
    [_LOAD_SMALL_INT] = {emit__LOAD_SMALL_INT, 58, 64},
    [_MAKE_WARM] = {emit__MAKE_WARM, 42, 0},
    [_NOP] = {emit__NOP, 24, 0},
    [_POP_TOP] = {emit__POP_TOP, 52, 0},
    [_RESUME_CHECK] = {emit__RESUME_CHECK, 96, 0},
    [_SET_IP] = {emit__SET_IP, 31, 0},
    [_START_EXECUTOR] = {emit__START_EXECUTOR, 60, 0},
    [_STORE_FAST] = {emit__STORE_FAST, 55, 0},
    [_STORE_GLOBAL_COUNTER] = {emit__STORE_GLOBAL_COUNTER, 74, 0},
    [_SWAP] = {emit__SWAP, 73, 0},
    [_TO_BOOL_INT] = {emit__TO_BOOL_INT, 94, 0},
};
