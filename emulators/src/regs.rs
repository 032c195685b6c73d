//! ISA-independent register handles and the bulk register file.

use crate::{aarch64, x86, Isa};

/// A register of one of the supported ISAs.  Per-ISA enums convert into it,
/// so `sandbox.set_reg(x86::Reg::Rax, 1)` works directly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reg {
    X86_64(x86::Reg),
    X86_32(x86::Reg32),
    Aarch64(aarch64::Reg),
}

impl From<x86::Reg> for Reg {
    fn from(r: x86::Reg) -> Self {
        Reg::X86_64(r)
    }
}

impl From<x86::Reg32> for Reg {
    fn from(r: x86::Reg32) -> Self {
        Reg::X86_32(r)
    }
}

impl From<aarch64::Reg> for Reg {
    fn from(r: aarch64::Reg) -> Self {
        Reg::Aarch64(r)
    }
}

impl Reg {
    /// The ISA this register belongs to.
    pub fn isa(self) -> Isa {
        match self {
            Reg::X86_64(_) => Isa::X86_64,
            Reg::X86_32(_) => Isa::X86_32,
            Reg::Aarch64(_) => Isa::Aarch64,
        }
    }

    /// Lower-case assembler name.
    pub fn name(self) -> &'static str {
        match self {
            Reg::X86_64(r) => r.name(),
            Reg::X86_32(r) => r.name(),
            Reg::Aarch64(r) => r.name(),
        }
    }

    /// Index in the bulk register file, if the register is part of it.
    pub fn file_index(self) -> Option<usize> {
        let i = match self {
            Reg::X86_64(r) => r as usize,
            Reg::X86_32(r) => r as usize,
            Reg::Aarch64(r) => r as usize,
        };
        (i < self.isa().file_len()).then_some(i)
    }

    pub(crate) fn uc_id(self) -> i32 {
        match self {
            Reg::X86_64(r) => r.uc_id(),
            Reg::X86_32(r) => r.uc_id(),
            Reg::Aarch64(r) => r.uc_id(),
        }
    }
}

/// Largest bulk register file (AArch64: x0-x30, sp, pc, nzcv).
pub const MAX_FILE_REGS: usize = 34;

/// The bulk register file of one ISA: general-purpose registers, stack
/// pointer, program counter and flags, in the order of [`Isa::reg_names`]
/// (x86-64: rax rcx rdx rbx rsp rbp rsi rdi r8-r15 rip rflags;
/// x86-32: eax ecx edx ebx esp ebp esi edi eip eflags;
/// AArch64: x0-x30 sp pc nzcv).  A plain `Copy` value: reading or writing
/// it does not allocate.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct RegFile {
    isa: Isa,
    vals: [u64; MAX_FILE_REGS],
}

impl RegFile {
    /// An all-zero register file.
    pub fn new(isa: Isa) -> Self {
        RegFile {
            isa,
            vals: [0; MAX_FILE_REGS],
        }
    }

    pub fn isa(&self) -> Isa {
        self.isa
    }

    pub fn len(&self) -> usize {
        self.isa.file_len()
    }

    pub fn is_empty(&self) -> bool {
        false
    }

    /// Values in file order.
    pub fn as_slice(&self) -> &[u64] {
        &self.vals[..self.len()]
    }

    /// Values in file order.
    pub fn as_mut_slice(&mut self) -> &mut [u64] {
        let n = self.len();
        &mut self.vals[..n]
    }

    /// Names in file order.
    pub fn names(&self) -> &'static [&'static str] {
        self.isa.reg_names()
    }

    fn index(&self, r: Reg) -> usize {
        assert_eq!(
            r.isa(),
            self.isa,
            "register {r:?} used with a {:?} register file",
            self.isa
        );
        r.file_index()
            .unwrap_or_else(|| panic!("register {r:?} is not part of the bulk register file"))
    }

    /// Value of a register of the file.  Panics if `r` is not part of it.
    pub fn get(&self, r: impl Into<Reg>) -> u64 {
        self.vals[self.index(r.into())]
    }

    /// Sets a register of the file.  Panics if `r` is not part of it.
    pub fn set(&mut self, r: impl Into<Reg>, v: u64) {
        let i = self.index(r.into());
        self.vals[i] = v;
    }

    /// `(name, value)` pairs in file order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, u64)> + '_ {
        self.names()
            .iter()
            .copied()
            .zip(self.as_slice().iter().copied())
    }
}

impl core::fmt::Debug for RegFile {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let mut m = f.debug_map();
        for (n, v) in self.iter() {
            m.entry(&n, &format_args!("{v:#x}"));
        }
        m.finish()
    }
}
