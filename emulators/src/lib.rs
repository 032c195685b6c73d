//! Bounded, reusable Unicorn sandboxes for x86-64, x86-32 (i686) and AArch64.
//!
//! The crate knows nothing about what it runs: a caller declares memory
//! [`Region`]s with permissions and a tag, sets registers, and calls
//! [`Sandbox::run`] with an instruction budget.  The run ends with a precise
//! [`Stop`] reason.
//!
//! ```
//! use stencil_emulators::{x86::Reg, Isa, Perms, Region, Sandbox, Stop};
//!
//! let mut sb = Sandbox::new(Isa::X86_64).unwrap();
//! // mov eax, 7 ; jmp 0x2000 (an exit sentinel: declared, not executable)
//! let code = [0xb8, 7, 0, 0, 0, 0xe9, 0xf6, 0x0f, 0, 0];
//! sb.reset(&[
//!     Region::with_bytes(0x1000, &code, Perms::RX, 1),
//!     Region::new(0x2000, 0x10, Perms::R, 2),
//! ])
//! .unwrap();
//! let out = sb.run(0x1000, 1000);
//! assert_eq!(out.stop, Stop::FetchFromNonExecutable { addr: 0x2000, region: Some(2) });
//! assert_eq!(sb.reg(Reg::Rax), 7);
//! ```
//!
//! # Design
//!
//! * One engine per [`Sandbox`], reused across runs ([`with_sandbox`] keeps
//!   one per ISA per thread).  [`Sandbox::reset`] rewrites memory contents and
//!   registers; nothing is mapped or unmapped in Unicorn after creation.
//! * Unicorn runs with its *virtual TLB*: a fixed pool of physical pages is
//!   mapped once, and a `UC_HOOK_TLB_FILL` hook binds guest virtual pages
//!   (anywhere in the 64- or 32-bit space) to pool slots.  Bound pages stay
//!   cached across runs; when the pool is full the least recently used page
//!   outside the current layout is evicted, so the number of mapped pages is
//!   bounded by [`SandboxConfig::page_budget`].  The TLB-fill hook only hands
//!   out pages of the current layout, so stale pages are inaccessible; the
//!   TLB is flushed only when an entry handed out earlier no longer matches.
//! * Denied data accesses get a TLB entry to an unmapped "trap" page, so
//!   Unicorn reports them through its `*_UNMAPPED` hooks with the exact
//!   address and size.  A fetch from a declared but non-executable page (an
//!   exit sentinel) is mapped to a shared page of `hlt`/`brk`, and the
//!   per-instruction hook stops before it executes: unlike a fetch fault this
//!   keeps the translation cached, so an exit costs almost nothing.
//! * Pages whose bytes do not all share one permission (a 16-byte object
//!   next to undeclared bytes, or an exit next to code) live in a "mixed"
//!   pool with byte-precise data checks (a memory hook bounded to that pool)
//!   and byte-precise fetch checks.
//! * Writable pages are first handed to the TLB read-only; the first write
//!   refills with write access and marks the page dirty, so a reset only
//!   rewrites pages the guest may have written (or whose contents changed).
//!   Translated code of a page is invalidated only when its bytes change.
//! * The instruction budget, the instruction count and the PC of the current
//!   instruction come from one `UC_HOOK_CODE` callback.  This is the same
//!   mechanism (and cost) as Unicorn's own `count` argument, which is
//!   implemented as a per-instruction hook; it makes the budget exact and
//!   gives every stop the address of the instruction responsible.
//! * Guest code runs in user mode ([`SandboxConfig::user_mode`]): x86 at
//!   CPL 3, AArch64 at EL0, entered once when the engine is created.  A
//!   privileged instruction then faults at its own address (x86: vector 13,
//!   named by [`x86::privileged_mnemonic`]; port I/O, which Unicorn does not
//!   check, through instruction hooks as [`x86::INTNO_IO`]; AArch64:
//!   [`Stop::InvalidInstruction`]) instead of executing.

pub mod aarch64;
mod engine;
mod memory;
mod pool;
mod regs;
mod sandbox;
pub mod x86;

pub use memory::{Init, Perms, Region, PAGE_SIZE};
pub use pool::{with_sandbox, with_sandbox_config};
pub use regs::{Reg, RegFile, MAX_FILE_REGS};
pub use sandbox::{
    Access, AccessKind, RegionInfo, RunOutcome, Sandbox, SandboxConfig, Stats, Stop,
};

/// Instruction-set architecture of a sandbox.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Isa {
    /// x86-64 (long mode).
    X86_64,
    /// x86 32-bit protected mode (i686).
    X86_32,
    /// AArch64 (little endian).
    Aarch64,
}

impl Isa {
    /// All supported ISAs.
    pub const ALL: [Isa; 3] = [Isa::X86_64, Isa::X86_32, Isa::Aarch64];

    /// Width of a virtual address in bits.
    pub fn address_bits(self) -> u32 {
        match self {
            Isa::X86_32 => 32,
            Isa::X86_64 | Isa::Aarch64 => 64,
        }
    }

    /// Width of a general-purpose register / pointer in bytes.
    pub fn pointer_size(self) -> usize {
        match self {
            Isa::X86_32 => 4,
            Isa::X86_64 | Isa::Aarch64 => 8,
        }
    }

    /// Number of entries of the bulk register file ([`RegFile`]):
    /// general-purpose registers, then stack pointer, program counter and
    /// flags in the order given by [`Isa::reg_names`].
    pub fn file_len(self) -> usize {
        self.reg_names().len()
    }

    /// Names of the bulk register file entries, in order.
    pub fn reg_names(self) -> &'static [&'static str] {
        match self {
            Isa::X86_64 => x86::FILE64_NAMES,
            Isa::X86_32 => x86::FILE32_NAMES,
            Isa::Aarch64 => aarch64::FILE_NAMES,
        }
    }

    /// The program counter register.
    pub fn pc_reg(self) -> Reg {
        match self {
            Isa::X86_64 => x86::Reg::Rip.into(),
            Isa::X86_32 => x86::Reg32::Eip.into(),
            Isa::Aarch64 => aarch64::Reg::Pc.into(),
        }
    }

    /// The stack pointer register.
    pub fn sp_reg(self) -> Reg {
        match self {
            Isa::X86_64 => x86::Reg::Rsp.into(),
            Isa::X86_32 => x86::Reg32::Esp.into(),
            Isa::Aarch64 => aarch64::Reg::Sp.into(),
        }
    }

    /// Number of 128-bit vector registers readable with [`Sandbox::vreg`]
    /// (xmm0-15 / xmm0-7 / q0-31).
    pub fn vreg_count(self) -> usize {
        match self {
            Isa::X86_64 => 16,
            Isa::X86_32 => 8,
            Isa::Aarch64 => 32,
        }
    }
}

/// Errors from setting up a sandbox or a run (not from the guest program:
/// those are [`Stop`] reasons).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A Unicorn API call failed.
    #[error("unicorn call {call} failed: {err:?}")]
    Unicorn {
        call: &'static str,
        err: unicorn_engine::uc_error,
    },
    /// A region declaration is malformed.
    #[error("region #{index} at {addr:#x} (+{len:#x}) is invalid: {reason}")]
    InvalidRegion {
        index: usize,
        addr: u64,
        len: u64,
        reason: &'static str,
    },
    /// Two declared regions overlap.
    #[error("regions #{a} and #{b} overlap")]
    OverlappingRegions { a: usize, b: usize },
    /// The declared (non-lazy) regions need more pages than the page pool.
    #[error("the declared regions need more than the {budget} pages of the {zone} page pool")]
    PageBudget { zone: &'static str, budget: usize },
    /// A host-side memory access touched bytes outside the declared regions.
    #[error("{addr:#x} (+{len:#x}) is not inside the declared regions")]
    NotDeclared { addr: u64, len: u64 },
    /// A register does not belong to the sandbox's ISA.
    #[error("register {reg:?} does not belong to {isa:?}")]
    WrongIsa { reg: Reg, isa: Isa },
}
