//! Hole value evaluation with C's integer semantics.
//!
//! A header spells every hole value as a C expression `base + symbol + addend`
//! (each term optional), which the compiler evaluates with the usual
//! arithmetic conversions before passing it to a `patch_*` function whose
//! parameter is `uint64_t`. The terms do not all have the same type:
//!
//! | term                                   | C type        |
//! |----------------------------------------|---------------|
//! | `(uintptr_t)code`, `data`, `executor`, `instruction_starts[..]`, `(uintptr_t)&Sym` | `uintptr_t` |
//! | `(uintptr_t)code + sizeof(code_body)`  | `uintptr_t`   |
//! | `instruction->oparg` (`uint16_t`)      | `int` (promoted) |
//! | `instruction->target`                  | `uint32_t`    |
//! | `instruction->operand0`, `(.. >> 32)`, `(.. & UINT32_MAX)` | `uint64_t` |
//! | the addend, a hex literal `0x10` / `-0x4` | `int`, `unsigned`, `long long` or `unsigned long long` by magnitude |
//!
//! On 64-bit targets `uintptr_t` is 64 bits, so almost everything wraps
//! modulo 2^64. On i686 `uintptr_t` is 32 bits: sums of addresses wrap modulo
//! 2^32, **but** an expression that involves a `uint64_t` operand does not
//! (it is computed in 64 bits), which is exactly how a full 64-bit operand
//! can reach `patch_32` on i686 (gh-117512). And `OPERAND0_LO + -0x4` is a
//! `uint64_t` expression, so it wraps modulo 2^64, not 2^32. Modelling the
//! types is what makes those cases come out as the runtime computes them.

use super::{HoleValues, PatchErrorKind};
use crate::model::{HoleValue, ValueExpr};
use crate::target::Arch;

/// The C integer types that occur in hole expressions (ILP32, LP64 and LLP64
/// agree on these widths; `long` never occurs because the addend is a hex
/// literal, whose type ladder skips to `long long` on ILP32/LLP64 and to a
/// 64-bit `long` on LP64, which has the same width and signedness).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum CType {
    /// `int`
    I32,
    /// `unsigned int`, `uint32_t`, `uintptr_t` on i686
    U32,
    /// `long long` (or LP64 `long`)
    I64,
    /// `uint64_t`, `uintptr_t` on 64-bit targets
    U64,
}

impl CType {
    fn bits(self) -> u32 {
        match self {
            CType::I32 | CType::U32 => 32,
            CType::I64 | CType::U64 => 64,
        }
    }

    fn signed(self) -> bool {
        matches!(self, CType::I32 | CType::I64)
    }

    fn mask(self) -> u64 {
        if self.bits() == 64 {
            u64::MAX
        } else {
            (1u64 << self.bits()) - 1
        }
    }

    fn uintptr(arch: Arch) -> CType {
        if arch.pointer_width() == 4 {
            CType::U32
        } else {
            CType::U64
        }
    }

    /// The usual arithmetic conversions (C11 6.3.1.8) restricted to these
    /// four types.
    fn common(a: CType, b: CType) -> CType {
        if a == b {
            return a;
        }
        if a.signed() == b.signed() {
            return if a.bits() >= b.bits() { a } else { b };
        }
        let (unsigned, signed) = if a.signed() { (b, a) } else { (a, b) };
        if unsigned.bits() >= signed.bits() {
            unsigned
        } else {
            // The wider signed type can represent every value of the
            // narrower unsigned one.
            signed
        }
    }
}

/// A value of a C integer type; `bits` holds the object representation,
/// already reduced modulo 2^width.
#[derive(Copy, Clone, Debug)]
struct CValue {
    ty: CType,
    bits: u64,
}

impl CValue {
    fn new(ty: CType, v: u64) -> CValue {
        CValue {
            ty,
            bits: v & ty.mask(),
        }
    }

    /// The mathematical value.
    fn math(self) -> i128 {
        if self.ty.signed() {
            let shift = 64 - self.ty.bits();
            (((self.bits << shift) as i64) >> shift) as i128
        } else {
            self.bits as i128
        }
    }

    /// Conversion to another integer type: the value modulo 2^width.
    fn convert(self, to: CType) -> CValue {
        CValue::new(to, self.math() as u64)
    }

    fn add(self, other: CValue) -> CValue {
        let ty = CType::common(self.ty, other.ty);
        let a = self.convert(ty).bits;
        let b = other.convert(ty).bits;
        CValue::new(ty, a.wrapping_add(b))
    }

    /// Passing the value to a `uint64_t` parameter.
    fn to_u64(self) -> u64 {
        self.math() as u64
    }
}

/// The type and value of a hex literal `0x<magnitude>`, negated when the
/// addend is negative (`-0x4` is unary minus applied to an `int`; `-0x80000000`
/// is unary minus applied to an `unsigned int`, which stays unsigned).
fn addend_literal(addend: i64) -> CValue {
    let magnitude = addend.unsigned_abs();
    let ty = if magnitude <= i32::MAX as u64 {
        CType::I32
    } else if magnitude <= u32::MAX as u64 {
        CType::U32
    } else if magnitude <= i64::MAX as u64 {
        CType::I64
    } else {
        CType::U64
    };
    let literal = CValue::new(ty, magnitude);
    if addend < 0 {
        CValue::new(ty, 0u64.wrapping_sub(literal.bits))
    } else {
        literal
    }
}

fn base_term(base: HoleValue, values: &HoleValues, code_len: u64, arch: Arch) -> Option<CValue> {
    let ptr = CType::uintptr(arch);
    let term = match base {
        HoleValue::Code => CValue::new(ptr, values.code),
        HoleValue::Continue => CValue::new(ptr, values.code).add(CValue::new(ptr, code_len)),
        HoleValue::Data => CValue::new(ptr, values.data),
        HoleValue::Executor => CValue::new(ptr, values.executor),
        HoleValue::Oparg => CValue::new(CType::I32, values.oparg as u64),
        HoleValue::Operand0 => CValue::new(CType::U64, values.operand0),
        HoleValue::Operand0Hi => CValue::new(CType::U64, values.operand0 >> 32),
        HoleValue::Operand0Lo => CValue::new(CType::U64, values.operand0 & 0xffff_ffff),
        HoleValue::Operand1 => CValue::new(CType::U64, values.operand1),
        HoleValue::Operand1Hi => CValue::new(CType::U64, values.operand1 >> 32),
        HoleValue::Operand1Lo => CValue::new(CType::U64, values.operand1 & 0xffff_ffff),
        HoleValue::Target => CValue::new(CType::U32, values.target as u64),
        HoleValue::JumpTarget => CValue::new(ptr, values.jump_target),
        HoleValue::ErrorTarget => CValue::new(ptr, values.error_target),
        HoleValue::Zero => return None,
    };
    Some(term)
}

/// Evaluates a hole's value expression as the C compiler does for the
/// header's `patch_*(loc, <expr>)` call, and returns the `uint64_t` the patch
/// function receives.
///
/// `code_len` is `sizeof(code_body)` (for `CONTINUE`). Address-typed inputs
/// (`code`, `data`, `executor`, jump/error targets, symbol addresses) are
/// `uintptr_t`, so on i686 they are taken modulo 2^32 and their sums wrap
/// there; see the module documentation for the terms that are wider.
pub fn evaluate(
    expr: &ValueExpr,
    values: &HoleValues,
    code_len: u64,
    arch: Arch,
) -> Result<u64, PatchErrorKind> {
    let mut acc = base_term(expr.base, values, code_len, arch);
    if let Some(name) = &expr.symbol {
        let addr = values
            .symbols
            .get(name)
            .copied()
            .ok_or_else(|| PatchErrorKind::UnknownSymbol(name.clone()))?;
        let sym = CValue::new(CType::uintptr(arch), addr);
        acc = Some(match acc {
            Some(a) => a.add(sym),
            None => sym,
        });
    }
    // The writer leaves out a zero addend unless it is the only term; either
    // way a zero `int` does not change the sum's type or value.
    if expr.addend != 0 || acc.is_none() {
        let lit = addend_literal(expr.addend);
        acc = Some(match acc {
            Some(a) => a.add(lit),
            None => lit,
        });
    }
    Ok(acc.map_or(0, CValue::to_u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vals() -> HoleValues {
        let mut v = HoleValues {
            code: 0x7000_1000,
            data: 0x7000_8000,
            executor: 0x1234_5678,
            oparg: 3,
            operand0: 0x1122_3344_5566_7788,
            operand1: 0x8000_0000_0000_0001,
            target: 42,
            jump_target: 0x7000_2000,
            error_target: 0x7000_3000,
            ..HoleValues::default()
        };
        v.symbols.insert("PyFoo".into(), 0x5555_0000);
        v
    }

    fn ev(base: HoleValue, sym: Option<&str>, addend: i64, arch: Arch) -> u64 {
        evaluate(&ValueExpr::new(base, sym, addend), &vals(), 0x40, arch).unwrap()
    }

    #[test]
    fn bases_and_continue() {
        let a = Arch::X86_64;
        assert_eq!(ev(HoleValue::Code, None, 0, a), 0x7000_1000);
        assert_eq!(ev(HoleValue::Continue, None, 0, a), 0x7000_1040);
        assert_eq!(ev(HoleValue::Data, None, 8, a), 0x7000_8008);
        assert_eq!(ev(HoleValue::Executor, None, 0, a), 0x1234_5678);
        assert_eq!(ev(HoleValue::Oparg, None, 0, a), 3);
        assert_eq!(ev(HoleValue::Target, None, 0, a), 42);
        assert_eq!(ev(HoleValue::JumpTarget, None, 0, a), 0x7000_2000);
        assert_eq!(ev(HoleValue::ErrorTarget, None, 0, a), 0x7000_3000);
        assert_eq!(ev(HoleValue::Zero, None, 0, a), 0);
        assert_eq!(ev(HoleValue::Zero, None, -4, a), (-4i64) as u64);
        assert_eq!(ev(HoleValue::Zero, Some("PyFoo"), -4, a), 0x5554_fffc);
    }

    #[test]
    fn hi_lo_halves() {
        let a = Arch::I686;
        assert_eq!(ev(HoleValue::Operand0Hi, None, 0, a), 0x1122_3344);
        assert_eq!(ev(HoleValue::Operand0Lo, None, 0, a), 0x5566_7788);
        assert_eq!(ev(HoleValue::Operand1Hi, None, 0, a), 0x8000_0000);
        assert_eq!(ev(HoleValue::Operand1Lo, None, 0, a), 1);
    }

    #[test]
    fn i686_addresses_wrap_at_32_bits() {
        let mut v = vals();
        v.code = 0xffff_fff0;
        let e = ValueExpr::new(HoleValue::Continue, None, 0);
        assert_eq!(evaluate(&e, &v, 0x20, Arch::I686).unwrap(), 0x10);
        assert_eq!(evaluate(&e, &v, 0x20, Arch::X86_64).unwrap(), 0x1_0000_0010);
        let e = ValueExpr::new(HoleValue::Code, None, -0xffff_fff1);
        assert_eq!(evaluate(&e, &v, 0, Arch::I686).unwrap(), 0xffff_ffff);
        // Address inputs are uintptr_t: a 64-bit symbol address is truncated.
        v.symbols.insert("Far".into(), 0x1_0000_0004);
        let e = ValueExpr::new(HoleValue::Zero, Some("Far"), 0);
        assert_eq!(evaluate(&e, &v, 0, Arch::I686).unwrap(), 4);
    }

    #[test]
    fn i686_operands_are_64_bit_expressions() {
        // `instruction->operand0` is uint64_t even on i686: no wrap.
        assert_eq!(
            ev(HoleValue::Operand0, None, 0, Arch::I686),
            0x1122_3344_5566_7788
        );
        // `(operand0 & UINT32_MAX) + -0x4` is a uint64_t expression.
        let mut v = vals();
        v.operand0 = 0x1_0000_0000;
        let e = ValueExpr::new(HoleValue::Operand0Lo, None, -4);
        assert_eq!(evaluate(&e, &v, 0, Arch::I686).unwrap(), u64::MAX - 3);
        // operand + (uintptr_t)&sym is computed in 64 bits too.
        let e = ValueExpr::new(HoleValue::Operand0, Some("PyFoo"), 0);
        assert_eq!(
            evaluate(&e, &vals(), 0, Arch::I686).unwrap(),
            0x1122_3344_5566_7788 + 0x5555_0000
        );
    }

    #[test]
    fn int_and_uint32_terms() {
        let mut v = vals();
        v.oparg = 0;
        v.target = 0;
        // oparg is promoted to int: 0 + -4 is the int -4, sign-extended.
        let e = ValueExpr::new(HoleValue::Oparg, None, -4);
        assert_eq!(evaluate(&e, &v, 0, Arch::X86_64).unwrap(), (-4i64) as u64);
        // target is uint32_t: 0 + -4 wraps modulo 2^32 even on 64-bit targets.
        let e = ValueExpr::new(HoleValue::Target, None, -4);
        assert_eq!(evaluate(&e, &v, 0, Arch::X86_64).unwrap(), 0xffff_fffc);
        // -0x80000000 is unsigned int: stays 0x80000000.
        let e = ValueExpr::new(HoleValue::Zero, None, -0x8000_0000);
        assert_eq!(evaluate(&e, &v, 0, Arch::X86_64).unwrap(), 0x8000_0000);
        // -0x100000000 is long long.
        let e = ValueExpr::new(HoleValue::Zero, None, -0x1_0000_0000);
        assert_eq!(
            evaluate(&e, &v, 0, Arch::X86_64).unwrap(),
            (-0x1_0000_0000i64) as u64
        );
        // (uintptr_t)code + -0x80000000 on x86-64: the unsigned int literal
        // 0x80000000 is zero-extended, so this *adds* 2 GiB.
        let e = ValueExpr::new(HoleValue::Code, None, -0x8000_0000);
        assert_eq!(
            evaluate(&e, &v, 0, Arch::X86_64).unwrap(),
            0x7000_1000 + 0x8000_0000
        );
    }

    #[test]
    fn unknown_symbol_is_an_error() {
        let e = ValueExpr::new(HoleValue::Zero, Some("Nope"), 0);
        assert_eq!(
            evaluate(&e, &vals(), 0, Arch::Aarch64),
            Err(PatchErrorKind::UnknownSymbol("Nope".into()))
        );
    }

    #[test]
    fn usual_arithmetic_conversions() {
        use CType::*;
        assert_eq!(CType::common(I32, U32), U32);
        assert_eq!(CType::common(I32, U64), U64);
        assert_eq!(CType::common(U32, I64), I64);
        assert_eq!(CType::common(I64, U64), U64);
        assert_eq!(CType::common(I32, I64), I64);
    }
}
