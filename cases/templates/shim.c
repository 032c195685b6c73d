// The shim: entered from C with the platform's native calling convention
// (frame, stack_pointer, tstate as the first three arguments of an ordinary
// function), it calls the first uop of the trace in the JIT's convention and
// returns what the trace returns. The call is *not* a tail call: the JIT's
// convention preserves no registers, so the shim saves the native
// callee-saved ones around it.

#include "sv_jit.h"

SvCodeUnit *
_JIT_ENTRY(SvFrame *frame, SvRef *stack_pointer, SvThreadState *tstate)
{
    // The first uop's address, as a hole (like every other run-time value):
    PATCH_VALUE(sv_jit_func, first_uop, _JIT_CONTINUE)
    tstate->depth += 1;
    SvCodeUnit *next = first_uop(frame, stack_pointer, tstate);
    tstate->depth -= 1;
    return next;
}
