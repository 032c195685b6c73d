// stencil-verify's own stand-in for the headers a CPython JIT template sees.
//
// Nothing here is CPython's: the types are small, self-contained imitations
// with the same *shape* (an interpreter frame, a stack of 8-byte references,
// a thread state, an executor) so that the compiled stencils exercise the
// same kinds of machine code and relocations as the real ones.
//
// The header deliberately includes no system header: every target is
// compiled from this one Linux host, and the objects must not depend on
// which libc headers happen to be installed.

#ifndef SV_JIT_H
#define SV_JIT_H

typedef __UINT8_TYPE__ uint8_t;
typedef __UINT16_TYPE__ uint16_t;
typedef __UINT32_TYPE__ uint32_t;
typedef __UINT64_TYPE__ uint64_t;
typedef __INT32_TYPE__ int32_t;
typedef __INT64_TYPE__ int64_t;
typedef __UINTPTR_TYPE__ uintptr_t;
typedef __INTPTR_TYPE__ intptr_t;

#define SV_NULL ((void *)0)

// ---------------------------------------------------------------------------
// Target conventions.
//
// The JIT's own calling convention: `preserve_none` where LLVM 19 supports it
// (x86-64 and AArch64), the platform default (cdecl) on i686 Windows.
#if defined(__i386__)
#  define SV_JIT_CC
#else
#  define SV_JIT_CC __attribute__((preserve_none))
#endif

// What `PyAPI_FUNC`/`PyAPI_DATA` amount to in a shared-library CPython build:
// on Windows every C-API symbol is imported from the DLL, so its address is
// loaded from an import slot (`__imp_<name>`), which the build step turns into
// a data slot of the stencil. i686 builds pass -DPy_NO_ENABLE_SHARED and
// reference symbols directly, as CPython's i686 stencils do.
#if defined(_WIN32) && !defined(Py_NO_ENABLE_SHARED)
#  define SV_API __declspec(dllimport)
#else
#  define SV_API
#endif

// ---------------------------------------------------------------------------
// The interpreter's stand-in types.

// A stack item: a tagged 8-byte reference on every target (also on i686).
typedef struct {
    uint64_t bits;
} SvRef;

#define SV_REF_FALSE ((uint64_t)0x10)
#define SV_REF_TRUE ((uint64_t)0x11)
#define SV_REF_NULL ((uint64_t)0)

typedef uint16_t SvCodeUnit;

typedef struct SvFrame {
    struct SvFrame *previous;
    SvCodeUnit *instr_ptr;
    uint32_t instr_offset;
    uint32_t func_version;
    uint32_t flags;
    uint32_t stack_depth;
    uint64_t counter;
    SvRef localsplus[8];
} SvFrame;

typedef struct SvExecutor {
    uint64_t refcount;
    uint32_t valid;
    uint32_t warm;
    uint32_t exit_count;
    uint32_t pad;
    void *jit_code;
} SvExecutor;

typedef struct SvThreadState {
    SvFrame *current_frame;
    SvExecutor *current_executor;
    SvExecutor *previous_executor;
    uint32_t eval_breaker;
    uint32_t stack_remaining;
    uint32_t last_exit_target;
    uint32_t depth;
    uint64_t uops_executed;
    uint64_t last_error;
} SvThreadState;

// The signature of every stencil and of every exit it can leave through.
typedef SV_JIT_CC SvCodeUnit *(*sv_jit_func)(
    SvFrame *frame, SvRef *stack_pointer, SvThreadState *tstate);

#define SV_JIT_SIGNATURE(NAME) \
    SV_JIT_CC SvCodeUnit *NAME(SvFrame *frame, SvRef *stack_pointer, SvThreadState *tstate)

// ---------------------------------------------------------------------------
// Holes.
//
// A hole's value is the *address* of an undefined extern symbol: the build
// step recognises the `_JIT_*` names and turns each relocation against them
// into a patch of the corresponding run-time value.
#define PATCH_VALUE(TYPE, NAME, ALIAS) \
    SV_API extern char ALIAS;          \
    TYPE NAME = (TYPE)(uintptr_t)&ALIAS;

// 64-bit operands: one hole on 64-bit targets, two 32-bit halves on i686
// (a 32-bit address cannot carry 64 bits).
#if __SIZEOF_POINTER__ == 8
#  define PATCH_OPERAND(NAME, ALIAS) PATCH_VALUE(uint64_t, NAME, ALIAS)
#else
#  define PATCH_OPERAND(NAME, ALIAS)                                  \
    PATCH_VALUE(uint32_t, NAME##_hi, ALIAS##_HI)                      \
    PATCH_VALUE(uint32_t, NAME##_lo, ALIAS##_LO)                      \
    uint64_t NAME = ((uint64_t)NAME##_hi << 32) | (uint64_t)NAME##_lo;
#endif

// The three ways out of a stencil. Each is a tail call (a jump) to a symbol
// the build step turns into a code address: the next stencil, the uop's jump
// target, or its error target. As in CPython's template, the exit is declared
// as an extern *object* whose address is cast to the JIT's function type (a
// preserve_none function of the same signature as the stencil): clang then
// emits a direct `jmp`/`b` to the symbol. Declared as a function instead,
// -fno-plt would route every exit through a GOT slot.
#define TAIL_CALL(EXIT)                                                    \
    do {                                                                   \
        SV_API extern char EXIT;                                           \
        __attribute__((musttail)) return ((sv_jit_func)(uintptr_t)&EXIT)(  \
            frame, stack_pointer, tstate);                                 \
    } while (0)

#define CONTINUE() TAIL_CALL(_JIT_CONTINUE)
#define JUMP_TO_JUMP_TARGET() TAIL_CALL(_JIT_JUMP_TARGET)
#define JUMP_TO_ERROR() TAIL_CALL(_JIT_ERROR_TARGET)

// ---------------------------------------------------------------------------
// External C functions and data the stencils use (stand-ins for the C API).
SV_API int PySpam_Add(uint64_t a, uint64_t b, uint64_t *out);
SV_API uint64_t PySpam_BinaryOp(uint64_t a, uint64_t b, int op);
SV_API void *PySpam_Call3(SvFrame *frame, SvRef *args, int nargs);
SV_API void PySpam_Fatal(SvThreadState *tstate, uint32_t target);
SV_API int PyEggs_Check(uint64_t value);
SV_API int PyEggs_Periodic(SvThreadState *tstate);
SV_API void PyEggs_Release(SvExecutor *executor);
SV_API void PyRef_Close(uint64_t ref);
SV_API uint64_t PyRef_Dup(uint64_t ref);

SV_API extern int PyGlobal_Counter;
SV_API extern void *PyGlobal_Table[];

// ---------------------------------------------------------------------------
// The uops, named like CPython's. The order is irrelevant: each template is
// compiled with -D_JIT_OPCODE=<name> and only that case survives.
#define SV_UOPS(X)                \
    X(_BINARY_OP)                 \
    X(_BINARY_OP_ADD_INT)         \
    X(_BINARY_OP_MULTIPLY_INT)    \
    X(_BINARY_OP_SUBTRACT_INT)    \
    X(_BUILD_SUM)                 \
    X(_CALL_BUILTIN_FAST)         \
    X(_CHECK_FUNCTION_VERSION)    \
    X(_CHECK_STACK_SPACE)         \
    X(_CHECK_VALIDITY)            \
    X(_COMPARE_OP_INT)            \
    X(_COPY)                      \
    X(_DEOPT)                     \
    X(_EXIT_TRACE)                \
    X(_FATAL_ERROR)               \
    X(_GUARD_IS_FALSE_POP)        \
    X(_GUARD_IS_TRUE_POP)         \
    X(_GUARD_NOS_NOT_NULL)        \
    X(_JUMP_TO_TOP)               \
    X(_LOAD_CONST_INLINE)         \
    X(_LOAD_CONST_INLINE_BORROW)  \
    X(_LOAD_FAST)                 \
    X(_LOAD_GLOBAL_BUILTIN)       \
    X(_LOAD_SMALL_INT)            \
    X(_MAKE_WARM)                 \
    X(_NOP)                       \
    X(_POP_TOP)                   \
    X(_RESUME_CHECK)              \
    X(_SET_IP)                    \
    X(_START_EXECUTOR)            \
    X(_STORE_FAST)                \
    X(_STORE_GLOBAL_COUNTER)      \
    X(_SWAP)                      \
    X(_TO_BOOL_INT)

#define SV_ENUM_ITEM(NAME) NAME,
enum {
    SV_UOP_FIRST_ = 0,
    SV_UOPS(SV_ENUM_ITEM)
    SV_UOP_COUNT_
};
#undef SV_ENUM_ITEM

#endif // SV_JIT_H
