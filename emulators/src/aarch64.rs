//! AArch64 registers and the exception numbers used in
//! [`Stop::Interrupt`](crate::Stop::Interrupt).

use unicorn_engine::RegisterARM64 as U;

/// AArch64 registers.  The first 34 (`X0`..=`Nzcv`) form the bulk register
/// file ([`RegFile`](crate::RegFile)).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Reg {
    X0 = 0,
    X1,
    X2,
    X3,
    X4,
    X5,
    X6,
    X7,
    X8,
    X9,
    X10,
    X11,
    X12,
    X13,
    X14,
    X15,
    X16,
    X17,
    X18,
    X19,
    X20,
    X21,
    X22,
    X23,
    X24,
    X25,
    X26,
    X27,
    X28,
    /// Frame pointer.
    X29,
    /// Link register.
    X30,
    Sp,
    Pc,
    /// Condition flags, in bits 31..28 (N, Z, C, V) as in `mrs x0, nzcv`.
    Nzcv,
    /// Not part of the bulk register file.
    Fpcr,
    /// Not part of the bulk register file.
    Fpsr,
    /// Not part of the bulk register file.
    TpidrEl0,
}

impl Reg {
    /// Alias of [`Reg::X29`].
    pub const FP: Reg = Reg::X29;
    /// Alias of [`Reg::X30`].
    pub const LR: Reg = Reg::X30;

    /// All registers, in discriminant order.
    pub const ALL: [Reg; 37] = [
        Reg::X0,
        Reg::X1,
        Reg::X2,
        Reg::X3,
        Reg::X4,
        Reg::X5,
        Reg::X6,
        Reg::X7,
        Reg::X8,
        Reg::X9,
        Reg::X10,
        Reg::X11,
        Reg::X12,
        Reg::X13,
        Reg::X14,
        Reg::X15,
        Reg::X16,
        Reg::X17,
        Reg::X18,
        Reg::X19,
        Reg::X20,
        Reg::X21,
        Reg::X22,
        Reg::X23,
        Reg::X24,
        Reg::X25,
        Reg::X26,
        Reg::X27,
        Reg::X28,
        Reg::X29,
        Reg::X30,
        Reg::Sp,
        Reg::Pc,
        Reg::Nzcv,
        Reg::Fpcr,
        Reg::Fpsr,
        Reg::TpidrEl0,
    ];

    /// `x{n}` for n in 0..=30.
    pub fn x(n: usize) -> Reg {
        assert!(n <= 30, "x{n} does not exist");
        Reg::ALL[n]
    }

    /// Lower-case assembler name.
    pub fn name(self) -> &'static str {
        NAMES[self as usize]
    }

    pub(crate) fn uc_id(self) -> i32 {
        let i = self as usize;
        if i <= 28 {
            U::X0 as i32 + i as i32
        } else {
            (match self {
                Reg::X29 => U::X29,
                Reg::X30 => U::X30,
                Reg::Sp => U::SP,
                Reg::Pc => U::PC,
                Reg::Nzcv => U::NZCV,
                Reg::Fpcr => U::FPCR,
                Reg::Fpsr => U::FPSR,
                Reg::TpidrEl0 => U::TPIDR_EL0,
                _ => unreachable!(),
            }) as i32
        }
    }
}

const NAMES: &[&str] = &[
    "x0",
    "x1",
    "x2",
    "x3",
    "x4",
    "x5",
    "x6",
    "x7",
    "x8",
    "x9",
    "x10",
    "x11",
    "x12",
    "x13",
    "x14",
    "x15",
    "x16",
    "x17",
    "x18",
    "x19",
    "x20",
    "x21",
    "x22",
    "x23",
    "x24",
    "x25",
    "x26",
    "x27",
    "x28",
    "x29",
    "x30",
    "sp",
    "pc",
    "nzcv",
    "fpcr",
    "fpsr",
    "tpidr_el0",
];

/// Names of the bulk register file entries.
pub(crate) const FILE_NAMES: &[&str] = NAMES.split_at(34).0;

/// Unicorn ids of the bulk register file, in file order.
pub(crate) fn file_uc_ids() -> [i32; 34] {
    core::array::from_fn(|i| Reg::ALL[i].uc_id())
}

/// Unicorn id of `q{n}`.
pub(crate) fn q_uc_id(n: usize) -> i32 {
    U::Q0 as i32 + n as i32
}

/// Unicorn id of `d{n}`.
pub(crate) fn d_uc_id(n: usize) -> i32 {
    U::D0 as i32 + n as i32
}

pub(crate) const CPACR_EL1: i32 = U::CPACR_EL1 as i32;

/// Exception number of an undefined instruction (reported as
/// [`Stop::InvalidInstruction`](crate::Stop::InvalidInstruction), never as an
/// interrupt).
pub const EXCP_UDEF: u32 = 1;
/// Exception number of `svc` (QEMU `EXCP_SWI`).
pub const EXCP_SVC: u32 = 2;
/// Exception number of a prefetch abort.
pub const EXCP_PREFETCH_ABORT: u32 = 3;
/// Exception number of a data abort (e.g. a misaligned exclusive access).
pub const EXCP_DATA_ABORT: u32 = 4;
/// Exception number of `brk` (QEMU `EXCP_BKPT`).
pub const EXCP_BRK: u32 = 7;
/// Exception number of `hvc` (QEMU `EXCP_HVC`).
pub const EXCP_HVC: u32 = 11;
/// Exception number of `smc` (QEMU `EXCP_SMC`).
pub const EXCP_SMC: u32 = 13;
/// Pseudo exception number (not QEMU's) of `wfi`, which halts the CPU and so
/// ends a run.
pub const EXCP_WFI: u32 = 0x1_0000;
/// The `wfi` instruction word.
pub(crate) const INSN_WFI: u32 = 0xd503_207f;
