//! Which external symbols a CPython build can provide.
//!
//! A stencil may only reference symbols that the interpreter binary exports:
//! C-API functions and data. Compiler-runtime helpers that clang emits behind
//! the template author's back (outline atomics, stack probes, soft division,
//! stack protector, TLS access) are not exported, so a stencil that calls
//! one fails to link at run time on that platform only (gh-130834).

use regex::Regex;
use std::sync::OnceLock;

/// Why a symbol cannot be provided, if it cannot.
pub fn unprovidable_reason(symbol: &str) -> Option<&'static str> {
    // COFF i686 and Mach-O spell C names with a leading underscore; a header
    // normally strips it, but a stray one must not hide a helper.
    for name in [symbol, symbol.strip_prefix('_').unwrap_or(symbol)] {
        for (pattern, reason) in patterns() {
            if pattern.is_match(name) {
                return Some(reason);
            }
        }
    }
    None
}

fn patterns() -> &'static [(Regex, &'static str)] {
    static PATTERNS: OnceLock<Vec<(Regex, &'static str)>> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        let table: [(&str, &str); 9] = [
            (
                r"^__aarch64_(cas|swp|ldadd|ldclr|ldeor|ldset)\d+(_(relax|acq|rel|acq_rel|sync))?$",
                "AArch64 outline-atomics helper from compiler-rt/libgcc (gh-130834)",
            ),
            (
                r"^(__chkstk(_darwin|_ms)?|_?_alloca_probe(_\d+)?|__probestack|___chkstk_ms)$",
                "stack-probe helper emitted for large stack frames",
            ),
            (
                r"^_?_(all|aull)(div|rem|mul|shl|shr|dvrm)$",
                "MSVC 64-bit arithmetic helper (i686)",
            ),
            (
                r"^__(u?(div|mod|divmod)|mul|mulo|neg|cmp|ucmp)[sdt]i[234]$",
                "compiler-rt integer arithmetic helper",
            ),
            (
                r"^__(ashl|ashr|lshr)[dt]i3$|^__(clz|ctz|ffs|popcount|parity|bswap)[sdt]i2$",
                "compiler-rt bit-manipulation helper",
            ),
            (
                r"^__(fix(uns)?[sdtx]f[sdt]i|float(un)?[sdt]i[sdtx]f|(add|sub|mul|div|pow)[sdtx]f3|extend[sdh]f[sdtx]f2|trunc[sdtx]f[sdh]f2)$",
                "compiler-rt floating-point helper",
            ),
            (
                r"^(__stack_chk_(fail|guard)|__security_(cookie|check_cookie|init_cookie)|__GSHandlerCheck)$",
                "stack-protector runtime symbol",
            ),
            (
                r"^(__emutls_get_address|__emutls_v\..*|__tls_get_addr|_tlv_bootstrap|_tls_index|__tlregdtor)$",
                "thread-local-storage runtime symbol",
            ),
            (
                r"^(__cxa_\w+|_Unwind_\w+|__gxx_personality_v0|__C_specific_handler|__CxxFrameHandler\d?)$",
                "C++/unwinder runtime symbol",
            ),
        ];
        table
            .iter()
            .filter_map(|(p, r)| Regex::new(p).ok().map(|re| (re, *r)))
            .collect()
    })
}

/// Whether a symbol name can be a C identifier (what `(uintptr_t)&Name` needs).
pub fn is_c_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c == '_' || c.is_ascii_alphabetic())
        && chars.all(|c| c == '_' || c.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compiler_runtime_helpers_are_unprovidable() {
        for s in [
            "__aarch64_ldadd8_acq_rel",
            "__aarch64_cas4_relax",
            "__aarch64_swp1_acq",
            "__chkstk",
            "___chkstk_ms",
            "__chkstk_darwin",
            "_alldiv",
            "__aullrem",
            "__udivdi3",
            "__divti3",
            "__muloti4",
            "__ashldi3",
            "__popcountdi2",
            "__fixdfdi",
            "__floatundidf",
            "__stack_chk_fail",
            "__security_check_cookie",
            "__tls_get_addr",
            "_Unwind_Resume",
        ] {
            assert!(unprovidable_reason(s).is_some(), "{s} should be flagged");
        }
    }

    #[test]
    fn c_api_symbols_are_providable() {
        for s in [
            "PyLong_FromLong",
            "_Py_Dealloc",
            "_PyRuntime",
            "_PyEval_BinaryOps",
            "memcpy",
            "PyFloat_Type",
            "__aarch64_not_a_helper",
            "_Py_divmod",
        ] {
            assert!(unprovidable_reason(s).is_none(), "{s} should be allowed");
        }
    }

    #[test]
    fn identifiers() {
        assert!(is_c_identifier("_Py_Dealloc"));
        assert!(is_c_identifier("a1"));
        assert!(!is_c_identifier("1a"));
        assert!(!is_c_identifier("a-b"));
        assert!(!is_c_identifier(""));
    }
}
