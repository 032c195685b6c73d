//! Dropping the emulated CPU to user mode once, when a sandbox is created.
//!
//! Unicorn starts x86 at CPL 0 and AArch64 at EL1, where privileged
//! instructions (`cli`, `mov cr0`, `wrmsr`, `in`/`out`, `lgdt`, ...;
//! `msr daifset`, `msr sctlr_el1`, `tlbi`, `eret`, ...) simply execute.  In
//! user mode the CPU itself refuses them: x86 raises a general-protection
//! fault (vector 13, [`Stop::Interrupt`]), AArch64 an undefined-instruction
//! exception ([`Stop::InvalidInstruction`]), with the exact PC, and nothing
//! is executed.  It costs nothing per run: the user-mode state is part of the
//! snapshot [`Sandbox::reset`] restores.
//!
//! * x86 (both modes): a four-entry GDT, a one-instruction stub (`iret`) and
//!   a stack are laid out at the top of the address space; the stub returns
//!   to CPL 3 through flat user code and data segments and stops at an exit
//!   sentinel.  The GDT is only read again if the guest loads a segment
//!   register, which is then a read outside the sandbox's memory.
//! * AArch64: PSTATE is set to EL0t and SCTLR_EL1 configured as Linux does
//!   for user space (EL0 may read CTR_EL0, use `dc zva` and cache
//!   maintenance by address, execute `wfe` and `wfi`; `msr daif*` and every
//!   EL1 system register or instruction trap).  A guest `wfi` ends the run
//!   like `hlt` on x86 (see `Sandbox::classify`).

use core::ffi::c_void;

use unicorn_engine::{uc_reg_read, uc_reg_write, RegisterARM64, RegisterX86};

use super::{Sandbox, Stop};
use crate::memory::Perms;
use crate::{Error, Isa, Region};

/// `uc_x86_mmr` (unicorn/x86.h).
#[repr(C)]
struct X86Mmr {
    selector: u16,
    base: u64,
    limit: u32,
    flags: u32,
}

/// `uc_arm64_cp_reg` (unicorn/arm64.h).
#[repr(C)]
#[derive(Default)]
struct Arm64CpReg {
    crn: u32,
    crm: u32,
    op0: u32,
    op1: u32,
    op2: u32,
    val: u64,
}

/// Region tags of the one-off layout (never seen by callers).
const TAG: u32 = 0xffff_ff00;

/// User code and data selectors (GDT entries 3 and 4, RPL 3).
pub(crate) const USER_CS: u64 = 0x18 | 3;
pub(crate) const USER_SS: u64 = 0x20 | 3;

const SCTLR_UMA: u64 = 1 << 9;
const SCTLR_DZE: u64 = 1 << 14;
const SCTLR_UCT: u64 = 1 << 15;
const SCTLR_NTWI: u64 = 1 << 16;
const SCTLR_NTWE: u64 = 1 << 18;
const SCTLR_UCI: u64 = 1 << 26;

impl Sandbox {
    /// Switch the CPU to user mode (CPL 3 / EL0); call once, before the
    /// initial context is saved.
    pub(super) fn enter_user_mode(&mut self) -> Result<(), Error> {
        match self.isa {
            Isa::X86_64 | Isa::X86_32 => self.x86_user_mode(),
            Isa::Aarch64 => self.aarch64_user_mode(),
        }
    }

    fn x86_user_mode(&mut self) -> Result<(), Error> {
        let long = self.isa == Isa::X86_64;
        let base: u64 = if long {
            0xffff_ffff_ffe0_0000
        } else {
            0xffe0_0000
        };
        // The stack segment of the initial 32-bit state is 16-bit (its
        // hidden flags are zero): `iret` pops through `sp & 0xffff` there.
        let stack_at = if long { base + 0x2000 } else { 0xf000 };
        let (gdt_at, stub_at, exit_at) = (base, base + 0x1000, base + 0x3000);
        // Flat descriptors: kernel code, kernel data, user code, user data.
        let code_flags: u64 = if long {
            0x00af_0000_0000_ffff
        } else {
            0x00cf_0000_0000_ffff
        };
        let gdt: Vec<u8> = [
            0,
            code_flags | 0x9a << 40,
            0x00cf_9200_0000_ffff,
            code_flags | 0xfa << 40,
            0x00cf_f200_0000_ffff,
        ]
        .iter()
        .flat_map(|d: &u64| d.to_le_bytes())
        .collect();
        // iret frame: ip, cs, flags, sp, ss (words of the mode's width).
        let frame = [exit_at, USER_CS, 0x2, stack_at + 0xf00, USER_SS];
        let word = if long { 8 } else { 4 };
        let frame_at = stack_at + 0x800;
        let mut stack = vec![0u8; 0x1000];
        for (i, v) in frame.iter().enumerate() {
            let off = 0x800 + i * word;
            stack[off..off + word].copy_from_slice(&v.to_le_bytes()[..word]);
        }
        let stub: &[u8] = if long { &[0x48, 0xcf] } else { &[0xcf] };
        let regions = [
            Region::with_bytes(gdt_at, &gdt, Perms::R, TAG),
            Region::with_bytes(stub_at, stub, Perms::RX, TAG + 1),
            Region::with_bytes(stack_at, &stack, Perms::RW, TAG + 2),
            Region::new(exit_at, 0x10, Perms::R, TAG + 3),
        ];
        let stale = self.st_mut().mem.reset_layout(&regions)?;
        self.need_flush |= stale;
        let gdtr = X86Mmr {
            selector: 0,
            base: gdt_at,
            limit: (gdt.len() - 1) as u32,
            flags: 0,
        };
        unsafe {
            uc_reg_write(
                self.engine.uc,
                RegisterX86::GDTR as i32,
                &gdtr as *const X86Mmr as *const c_void,
            )
        };
        self.set_sp(frame_at);
        let out = self.run(stub_at, 4);
        let _ = self.st_mut().mem.reset_layout(&[]);
        self.need_flush = true;
        match out.stop {
            Stop::FetchFromNonExecutable { addr, .. } if addr == exit_at => Ok(()),
            _ => Err(Error::Unicorn {
                call: "iret to user mode",
                err: unicorn_engine::uc_error::EXCEPTION,
            }),
        }
    }

    fn aarch64_user_mode(&mut self) -> Result<(), Error> {
        let uc = self.engine.uc;
        let mut sctlr = Arm64CpReg {
            op0: 3,
            crn: 1,
            ..Default::default()
        };
        let mut pstate: u64 = 0;
        unsafe {
            uc_reg_read(
                uc,
                RegisterARM64::PSTATE as i32,
                &mut pstate as *mut u64 as *mut c_void,
            );
            // EL0t (M[3:0] = 0), AArch64.
            let el0 = pstate & !0x1f;
            uc_reg_write(
                uc,
                RegisterARM64::PSTATE as i32,
                &el0 as *const u64 as *const c_void,
            );
            uc_reg_read(
                uc,
                RegisterARM64::CP_REG as i32,
                &mut sctlr as *mut Arm64CpReg as *mut c_void,
            );
        }
        // nTWI stays set: Unicorn ends a run at an exits-list address by
        // imitating `wfi`, which must not trap.
        sctlr.val =
            (sctlr.val | SCTLR_UCT | SCTLR_DZE | SCTLR_UCI | SCTLR_NTWE | SCTLR_NTWI) & !SCTLR_UMA;
        // Writing a system register also rebuilds the cached CPU flags, so
        // the new exception level takes effect.
        let err = unsafe {
            uc_reg_write(
                uc,
                RegisterARM64::CP_REG as i32,
                &sctlr as *const Arm64CpReg as *const c_void,
            )
        };
        crate::engine::check("uc_reg_write(SCTLR_EL1)", err)
    }
}
