// The stencil template: one uop's body inside a function `_JIT_ENTRY` that
// takes (frame, stack_pointer, tstate) in the JIT's calling convention and
// leaves only by tail calls. Compiled once per uop with
// -D_JIT_OPCODE=<uop name>; every other case is dead code and disappears.

#include "sv_jit.h"

#ifndef _JIT_OPCODE
#  error "compile with -D_JIT_OPCODE=<uop name>"
#endif

SV_JIT_SIGNATURE(_JIT_ENTRY)
{
    // The run-time values a uop may use, each one a hole. Unused ones leave
    // no trace in the object.
    PATCH_VALUE(SvExecutor *, current_executor, _JIT_EXECUTOR)
    PATCH_VALUE(uint16_t, oparg, _JIT_OPARG)
    PATCH_VALUE(uint32_t, target, _JIT_TARGET)
    PATCH_OPERAND(operand0, _JIT_OPERAND0)
    PATCH_OPERAND(operand1, _JIT_OPERAND1)
    (void)current_executor;
    (void)oparg;
    (void)target;
    (void)operand0;
    (void)operand1;

    switch (_JIT_OPCODE) {
#include "uops.inc"
        default:
            __builtin_unreachable();
    }
    CONTINUE();
}
