//! x86 registers (64-bit and 32-bit modes) and the interrupt numbers used in
//! [`Stop::Interrupt`](crate::Stop::Interrupt).

use unicorn_engine::RegisterX86 as U;

/// x86-64 registers.  The first 18 (`Rax`..=`Rflags`) form the bulk
/// register file ([`RegFile`](crate::RegFile)), in hardware encoding order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Reg {
    Rax = 0,
    Rcx,
    Rdx,
    Rbx,
    Rsp,
    Rbp,
    Rsi,
    Rdi,
    R8,
    R9,
    R10,
    R11,
    R12,
    R13,
    R14,
    R15,
    Rip,
    Rflags,
    /// Not part of the bulk register file.
    FsBase,
    /// Not part of the bulk register file.
    GsBase,
}

/// x86 32-bit registers.  The first 10 (`Eax`..=`Eflags`) form the bulk
/// register file, in hardware encoding order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Reg32 {
    Eax = 0,
    Ecx,
    Edx,
    Ebx,
    Esp,
    Ebp,
    Esi,
    Edi,
    Eip,
    Eflags,
}

impl Reg {
    /// All registers, in discriminant order.
    pub const ALL: [Reg; 20] = [
        Reg::Rax,
        Reg::Rcx,
        Reg::Rdx,
        Reg::Rbx,
        Reg::Rsp,
        Reg::Rbp,
        Reg::Rsi,
        Reg::Rdi,
        Reg::R8,
        Reg::R9,
        Reg::R10,
        Reg::R11,
        Reg::R12,
        Reg::R13,
        Reg::R14,
        Reg::R15,
        Reg::Rip,
        Reg::Rflags,
        Reg::FsBase,
        Reg::GsBase,
    ];

    /// The general-purpose registers (no rip/rflags), in encoding order.
    pub const GPRS: [Reg; 16] = [
        Reg::Rax,
        Reg::Rcx,
        Reg::Rdx,
        Reg::Rbx,
        Reg::Rsp,
        Reg::Rbp,
        Reg::Rsi,
        Reg::Rdi,
        Reg::R8,
        Reg::R9,
        Reg::R10,
        Reg::R11,
        Reg::R12,
        Reg::R13,
        Reg::R14,
        Reg::R15,
    ];

    /// Lower-case assembler name.
    pub fn name(self) -> &'static str {
        NAMES64[self as usize]
    }

    pub(crate) fn uc_id(self) -> i32 {
        UC_IDS64[self as usize] as i32
    }
}

impl Reg32 {
    /// All registers, in discriminant order.
    pub const ALL: [Reg32; 10] = [
        Reg32::Eax,
        Reg32::Ecx,
        Reg32::Edx,
        Reg32::Ebx,
        Reg32::Esp,
        Reg32::Ebp,
        Reg32::Esi,
        Reg32::Edi,
        Reg32::Eip,
        Reg32::Eflags,
    ];

    /// The general-purpose registers (no eip/eflags), in encoding order.
    pub const GPRS: [Reg32; 8] = [
        Reg32::Eax,
        Reg32::Ecx,
        Reg32::Edx,
        Reg32::Ebx,
        Reg32::Esp,
        Reg32::Ebp,
        Reg32::Esi,
        Reg32::Edi,
    ];

    /// Lower-case assembler name.
    pub fn name(self) -> &'static str {
        FILE32_NAMES[self as usize]
    }

    pub(crate) fn uc_id(self) -> i32 {
        UC_IDS32[self as usize] as i32
    }
}

const NAMES64: &[&str] = &[
    "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi", "r8", "r9", "r10", "r11", "r12", "r13",
    "r14", "r15", "rip", "rflags", "fs_base", "gs_base",
];

/// Names of the x86-64 bulk register file entries.
pub(crate) const FILE64_NAMES: &[&str] = NAMES64.split_at(18).0;

/// Names of the x86-32 bulk register file entries.
pub(crate) const FILE32_NAMES: &[&str] = &[
    "eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi", "eip", "eflags",
];

const UC_IDS64: [U; 20] = [
    U::RAX,
    U::RCX,
    U::RDX,
    U::RBX,
    U::RSP,
    U::RBP,
    U::RSI,
    U::RDI,
    U::R8,
    U::R9,
    U::R10,
    U::R11,
    U::R12,
    U::R13,
    U::R14,
    U::R15,
    U::RIP,
    U::RFLAGS,
    U::FS_BASE,
    U::GS_BASE,
];

const UC_IDS32: [U; 10] = [
    U::EAX,
    U::ECX,
    U::EDX,
    U::EBX,
    U::ESP,
    U::EBP,
    U::ESI,
    U::EDI,
    U::EIP,
    U::EFLAGS,
];

/// Unicorn ids of the x86-64 bulk register file, in file order.
pub(crate) fn file64_uc_ids() -> [i32; 18] {
    core::array::from_fn(|i| UC_IDS64[i] as i32)
}

/// Unicorn ids of the x86-32 bulk register file, in file order.
pub(crate) fn file32_uc_ids() -> [i32; 10] {
    core::array::from_fn(|i| UC_IDS32[i] as i32)
}

/// Unicorn id of `xmm{n}`.
pub(crate) fn xmm_uc_id(n: usize) -> i32 {
    U::XMM0 as i32 + n as i32
}

/// `int n` / CPU exceptions are reported with their vector number
/// (`int3` → 3, `int 0x80` → 0x80, divide error → 0, #GP → 13, ...).
/// The following pseudo numbers, above 255, report instructions that are not
/// interrupts on x86 but end a run the same way.
///
/// `syscall` (64-bit mode).
pub const INTNO_SYSCALL: u32 = 0x1_0000;
/// `sysenter`.
pub const INTNO_SYSENTER: u32 = 0x1_0001;
/// `hlt`.
pub const INTNO_HLT: u32 = 0x1_0002;
/// Port I/O (`in`, `out`, `ins`, `outs`): Unicorn does not check the I/O
/// privilege level, so these are caught by instruction hooks.
pub const INTNO_IO: u32 = 0x1_0003;
/// Vector of `int3` (breakpoint).
pub const INT_BREAKPOINT: u32 = 3;
/// Vector of a divide error (`div`/`idiv` by zero or overflow).
pub const INT_DIVIDE_ERROR: u32 = 0;
/// Vector of a general-protection fault.
pub const INT_GENERAL_PROTECTION: u32 = 13;

/// The privileged (CPL 0 only) instruction at the start of `bytes`, by
/// assembler name, if it is one: what a general-protection fault
/// ([`INT_GENERAL_PROTECTION`]) in user mode usually means.  `long`: 64-bit
/// mode (REX prefixes).  `None` for anything else (a #GP can also come from
/// a misaligned SSE operand or a bad segment load).
pub fn privileged_mnemonic(bytes: &[u8], long: bool) -> Option<&'static str> {
    let mut i = 0;
    // Legacy prefixes, then (64-bit mode) one REX prefix.
    while let Some(&b) = bytes.get(i) {
        match b {
            0x26 | 0x2e | 0x36 | 0x3e | 0x64 | 0x65 | 0x66 | 0x67 | 0xf0 | 0xf2 | 0xf3 => i += 1,
            _ => break,
        }
        if i >= 14 {
            return None;
        }
    }
    if long && bytes.get(i).is_some_and(|b| b & 0xf0 == 0x40) {
        i += 1;
    }
    let op = *bytes.get(i)?;
    let modrm = bytes.get(i + 2).copied();
    let reg = |m: Option<u8>| m.map(|m| (m >> 3) & 7);
    Some(match op {
        0xf4 => "hlt",
        0xfa => "cli",
        0xfb => "sti",
        0xe4 | 0xe5 | 0xec | 0xed => "in",
        0xe6 | 0xe7 | 0xee | 0xef => "out",
        0x6c | 0x6d => "ins",
        0x6e | 0x6f => "outs",
        0x0f => match *bytes.get(i + 1)? {
            0x00 => match reg(modrm)? {
                2 => "lldt",
                3 => "ltr",
                _ => return None,
            },
            0x01 => match modrm? {
                0xf8 => "swapgs",
                0xc1 => "vmcall",
                0xc8 => "monitor",
                0xc9 => "mwait",
                0xd1 => "xsetbv",
                m if m < 0xc0 => match reg(Some(m))? {
                    2 => "lgdt",
                    3 => "lidt",
                    6 => "lmsw",
                    7 => "invlpg",
                    _ => return None,
                },
                m => match reg(Some(m))? {
                    6 => "lmsw",
                    _ => return None,
                },
            },
            0x06 => "clts",
            0x07 => "sysret",
            0x08 => "invd",
            0x09 => "wbinvd",
            0x20 | 0x22 => "mov cr",
            0x21 | 0x23 => "mov dr",
            0x30 => "wrmsr",
            0x32 => "rdmsr",
            0x33 => "rdpmc",
            0x35 => "sysexit",
            _ => return None,
        },
        _ => return None,
    })
}
