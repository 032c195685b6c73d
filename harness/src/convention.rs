//! Calling-convention facts per target: where the JIT passes its arguments
//! between stencils, where a native C function receives and returns values,
//! and what must survive a stencil.
//!
//! These tables are the documented fallback; for every set with a shim the
//! sandbox derives the JIT's argument registers by running the shim and
//! checks that the two agree.

use crate::target::{Arch, Target};
use stencil_emulators::{aarch64, x86, Reg};

/// Where one argument lives.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, serde::Serialize)]
pub enum Slot {
    /// A register.
    Reg(#[serde(serialize_with = "reg_name")] Reg),
    /// A stack word at `sp + offset` (bytes), as on entry to the function
    /// (after the call pushed its return address, on x86).
    Stack(u64),
}

fn reg_name<S: serde::Serializer>(r: &Reg, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(r.name())
}

impl Slot {
    pub fn name(self) -> String {
        match self {
            Slot::Reg(r) => r.name().to_owned(),
            Slot::Stack(off) => format!("[sp+{off:#x}]"),
        }
    }
}

/// The JIT's own convention between stencils (LLVM's `preserve_none` on
/// x86-64 and AArch64, cdecl on i686): argument slots in order.
pub fn jit_arguments(target: Target) -> Vec<Slot> {
    use x86::Reg::*;
    match target.arch() {
        // LLVM 19 preserve_none, x86-64: r12, r13, r14, r15, rdi, rsi, rdx,
        // rcx, r8, r9, r11, rax.
        Arch::X86_64 => [R12, R13, R14, R15, Rdi, Rsi, Rdx, Rcx, R8, R9, R11, Rax]
            .into_iter()
            .map(|r| Slot::Reg(r.into()))
            .collect(),
        // LLVM 19 preserve_none, AArch64: x20..x28, x0..x7, x9..x14, and x15
        // except on Windows (where it is reserved).
        Arch::Aarch64 => {
            let mut regs: Vec<u8> = (20..=28).chain(0..=7).chain(9..=14).collect();
            if target != Target::Aarch64Windows {
                regs.push(15);
            }
            regs.into_iter()
                .map(|n| Slot::Reg(aarch64::Reg::x(n as usize).into()))
                .collect()
        }
        // cdecl: on the stack above the return address.
        Arch::I686 => (1..=6).map(|i| Slot::Stack(4 * i)).collect(),
    }
}

/// The native C convention's integer argument slots, in order.
pub fn native_arguments(target: Target) -> Vec<Slot> {
    use x86::Reg::*;
    match target {
        Target::X86_64Linux | Target::X86_64Darwin => [Rdi, Rsi, Rdx, Rcx, R8, R9]
            .into_iter()
            .map(|r| Slot::Reg(r.into()))
            .collect(),
        Target::X86_64Windows => [Rcx, Rdx, R8, R9]
            .into_iter()
            .map(|r| Slot::Reg(r.into()))
            .collect(),
        Target::I686Windows => (1..=6).map(|i| Slot::Stack(4 * i)).collect(),
        Target::Aarch64Linux | Target::Aarch64Darwin | Target::Aarch64Windows => (0..8)
            .map(|n| Slot::Reg(aarch64::Reg::x(n).into()))
            .collect(),
    }
}

/// Where a native C function returns an integer or pointer.
pub fn native_return(arch: Arch) -> Reg {
    match arch {
        Arch::X86_64 => x86::Reg::Rax.into(),
        Arch::I686 => x86::Reg32::Eax.into(),
        Arch::Aarch64 => aarch64::Reg::X0.into(),
    }
}

/// Registers a native C function may clobber and the JIT convention does
/// not use for arguments on i686 (edx carries the high half of 64-bit
/// returns).
pub fn native_return_high(arch: Arch) -> Option<Reg> {
    (arch == Arch::I686).then(|| x86::Reg32::Edx.into())
}

/// Registers that must hold the same value when a stencil leaves as when it
/// was entered, beyond its argument slots: the stack pointer always; on
/// i686 cdecl's callee-saved registers; on Darwin and Windows AArch64 the
/// platform register x18, which user code must never touch.
pub fn preserved(target: Target) -> Vec<Reg> {
    match target.arch() {
        Arch::X86_64 => vec![x86::Reg::Rsp.into()],
        Arch::I686 => [
            x86::Reg32::Esp,
            x86::Reg32::Ebx,
            x86::Reg32::Esi,
            x86::Reg32::Edi,
            x86::Reg32::Ebp,
        ]
        .into_iter()
        .map(Into::into)
        .collect(),
        Arch::Aarch64 => {
            let mut r = vec![aarch64::Reg::Sp.into()];
            if target != Target::Aarch64Linux {
                r.push(aarch64::Reg::X18.into());
            }
            r
        }
    }
}

/// The roles of the JIT's arguments, given how many the shim passes: three
/// in 3.13/3.14 (`frame, stack_pointer, tstate`), four in later versions
/// (`executor, frame, stack_pointer, tstate`).
pub fn roles(count: usize) -> &'static [Role] {
    match count {
        0..=3 => &[Role::Frame, Role::StackPointer, Role::ThreadState],
        _ => &[
            Role::Executor,
            Role::Frame,
            Role::StackPointer,
            Role::ThreadState,
        ],
    }
}

/// What a JIT argument is.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Executor,
    Frame,
    StackPointer,
    ThreadState,
}

impl Role {
    pub fn name(self) -> &'static str {
        match self {
            Role::Executor => "executor",
            Role::Frame => "frame",
            Role::StackPointer => "stack_pointer",
            Role::ThreadState => "tstate",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preserve_none_order_matches_llvm_19() {
        let x = jit_arguments(Target::X86_64Linux);
        assert_eq!(x[0], Slot::Reg(x86::Reg::R12.into()));
        assert_eq!(x[2], Slot::Reg(x86::Reg::R14.into()));
        let a = jit_arguments(Target::Aarch64Darwin);
        assert_eq!(a[0], Slot::Reg(aarch64::Reg::x(20).into()));
        assert_eq!(a[9], Slot::Reg(aarch64::Reg::x(0).into()));
        assert!(a.contains(&Slot::Reg(aarch64::Reg::x(15).into())));
        assert!(
            !jit_arguments(Target::Aarch64Windows).contains(&Slot::Reg(aarch64::Reg::x(15).into()))
        );
        assert_eq!(jit_arguments(Target::I686Windows)[0], Slot::Stack(4));
    }

    #[test]
    fn roles_follow_the_shim_arity() {
        assert_eq!(roles(3)[0], Role::Frame);
        assert_eq!(roles(4)[0], Role::Executor);
        assert_eq!(roles(4)[3], Role::ThreadState);
    }
}
