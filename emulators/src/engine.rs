//! Thin owner of a raw Unicorn handle plus the few `uc_ctl` calls we need
//! (the safe wrapper's hooks go through an `Rc` per callback and its
//! `uc_ctl` helpers allocate; here every hook receives a plain pointer).

use core::ffi::{c_int, c_void};
use unicorn_engine::{
    uc_close, uc_ctl, uc_emu_start, uc_emu_stop, uc_engine, uc_error, uc_hook, uc_hook_add,
    uc_hook_del, uc_mem_map_ptr, uc_open, uc_query, uc_reg_read, uc_reg_read_batch, uc_reg_write,
    uc_reg_write_batch, Arch, ControlType, Mode, Query,
};

use crate::Error;

// uc_control_type numbers (unicorn.h) and the UC_CTL(type, nr, rw) encoding.
const CTL_PAGE_SIZE: u32 = 1;
const CTL_USE_EXITS: u32 = 4;
const CTL_EXITS: u32 = 6;
const CTL_CPU_MODEL: u32 = 7;
const CTL_TB_REMOVE_CACHE: u32 = 9;
const CTL_TB_FLUSH: u32 = 10;
const CTL_TLB_FLUSH: u32 = 11;
const CTL_TLB_TYPE: u32 = 12;
const CTL_TCG_BUFFER_SIZE: u32 = 13;
const CTL_IO_WRITE: u32 = 1;

fn ctl_write(ty: u32, nr: u32) -> ControlType {
    ControlType(ty | (nr << 26) | (CTL_IO_WRITE << 30))
}

pub(crate) fn check(call: &'static str, err: uc_error) -> Result<(), Error> {
    if err == uc_error::OK {
        Ok(())
    } else {
        Err(Error::Unicorn { call, err })
    }
}

pub(crate) struct Engine {
    pub(crate) uc: *mut uc_engine,
}

impl Engine {
    pub(crate) fn open(arch: Arch, mode: Mode) -> Result<Engine, Error> {
        let mut uc = core::ptr::null_mut();
        check("uc_open", unsafe { uc_open(arch, mode, &mut uc) })?;
        Ok(Engine { uc })
    }

    pub(crate) fn set_cpu_model(&self, model: i32) -> Result<(), Error> {
        check("uc_ctl(CPU_MODEL)", unsafe {
            uc_ctl(self.uc, ctl_write(CTL_CPU_MODEL, 1), model as c_int)
        })
    }

    /// Size of the translated-code buffer (before the CPU is initialised).
    /// When it is full, Unicorn flushes every translation and starts over.
    pub(crate) fn set_tcg_buffer_size(&self, size: u32) -> Result<(), Error> {
        check("uc_ctl(TCG_BUFFER_SIZE)", unsafe {
            uc_ctl(self.uc, ctl_write(CTL_TCG_BUFFER_SIZE, 1), size)
        })
    }

    /// Target page size (ARM targets only; before the CPU is initialised).
    pub(crate) fn set_page_size(&self, size: u32) -> Result<(), Error> {
        check("uc_ctl(PAGE_SIZE)", unsafe {
            uc_ctl(self.uc, ctl_write(CTL_PAGE_SIZE, 1), size)
        })
    }

    /// Switch to the virtual TLB (TLB fills go to a `UC_HOOK_TLB_FILL` hook).
    pub(crate) fn set_virtual_tlb(&self) -> Result<(), Error> {
        check("uc_ctl(TLB_TYPE)", unsafe {
            uc_ctl(self.uc, ctl_write(CTL_TLB_TYPE, 1), 1 as c_int)
        })
    }

    /// Enable the exits list (and leave it empty): `uc_emu_start`'s `until`
    /// argument is then ignored.  Without this, every `uc_emu_start`
    /// invalidates the translation block containing `until - 1` when it
    /// returns, which forces a retranslation of the last block each run.
    pub(crate) fn use_empty_exits(&self) -> Result<(), Error> {
        check("uc_ctl(USE_EXITS)", unsafe {
            uc_ctl(self.uc, ctl_write(CTL_USE_EXITS, 1), 1 as c_int)
        })
    }

    /// Set the exits list: the translator ends a block at an exit and the
    /// run stops there.
    pub(crate) fn set_exits(&self, exits: &[u64]) -> Result<(), Error> {
        check("uc_ctl(EXITS)", unsafe {
            uc_ctl(
                self.uc,
                ctl_write(CTL_EXITS, 2),
                exits.as_ptr(),
                exits.len() as usize,
            )
        })
    }

    pub(crate) fn flush_tlb(&self) {
        unsafe { uc_ctl(self.uc, ctl_write(CTL_TLB_FLUSH, 0)) };
    }

    pub(crate) fn flush_tbs(&self) {
        unsafe { uc_ctl(self.uc, ctl_write(CTL_TB_FLUSH, 0)) };
    }

    /// Invalidate translation blocks of the (virtual) range `[addr, end)`.
    /// Unicorn translates `addr` through the TLB (a fetch-type fill).
    pub(crate) fn remove_tb_cache(&self, addr: u64, end: u64) {
        unsafe { uc_ctl(self.uc, ctl_write(CTL_TB_REMOVE_CACHE, 2), addr, end) };
    }

    pub(crate) fn map_ptr(&self, addr: u64, size: u64, ptr: *mut u8) -> Result<(), Error> {
        check("uc_mem_map_ptr", unsafe {
            uc_mem_map_ptr(self.uc, addr, size, 7, ptr as *mut c_void)
        })
    }

    /// # Safety
    /// `cb` must have the C signature Unicorn expects for `ty` and
    /// `user_data` must outlive the hook.
    pub(crate) unsafe fn hook_add(
        &self,
        ty: u32,
        cb: *mut c_void,
        user_data: *mut c_void,
        begin: u64,
        end: u64,
    ) -> Result<uc_hook, Error> {
        let mut h: uc_hook = 0;
        check("uc_hook_add", unsafe {
            uc_hook_add(self.uc, &mut h, ty as c_int, cb, user_data, begin, end)
        })?;
        Ok(h)
    }

    /// # Safety
    /// As [`Engine::hook_add`], for a `UC_HOOK_INSN` hook of instruction `insn`.
    pub(crate) unsafe fn hook_add_insn(
        &self,
        cb: *mut c_void,
        user_data: *mut c_void,
        insn: i32,
    ) -> Result<uc_hook, Error> {
        let mut h: uc_hook = 0;
        check("uc_hook_add(INSN)", unsafe {
            uc_hook_add(
                self.uc,
                &mut h,
                unicorn_engine::HookType::INSN.0 as c_int,
                cb,
                user_data,
                1,
                0,
                insn as c_int,
            )
        })?;
        Ok(h)
    }

    pub(crate) fn hook_del(&self, h: uc_hook) {
        unsafe { uc_hook_del(self.uc, h) };
    }

    pub(crate) fn emu_start(&self, begin: u64, timeout_us: u64) -> uc_error {
        unsafe { uc_emu_start(self.uc, begin, 0, timeout_us, 0) }
    }

    pub(crate) fn timed_out(&self) -> bool {
        let mut r: usize = 0;
        unsafe { uc_query(self.uc, Query::TIMEOUT, &mut r) };
        r != 0
    }

    pub(crate) fn reg_read(&self, id: i32) -> u64 {
        let mut v: u64 = 0;
        unsafe { uc_reg_read(self.uc, id, &mut v as *mut u64 as *mut c_void) };
        v
    }

    pub(crate) fn reg_write(&self, id: i32, v: u64) {
        unsafe { uc_reg_write(self.uc, id, &v as *const u64 as *const c_void) };
    }

    pub(crate) fn reg_read_u128(&self, id: i32) -> u128 {
        let mut v = [0u8; 16];
        unsafe { uc_reg_read(self.uc, id, v.as_mut_ptr() as *mut c_void) };
        u128::from_le_bytes(v)
    }

    pub(crate) fn reg_write_u128(&self, id: i32, v: u128) {
        let b = v.to_le_bytes();
        unsafe { uc_reg_write(self.uc, id, b.as_ptr() as *const c_void) };
    }

    /// Read `ids.len()` registers into `out` (no allocation).
    pub(crate) fn reg_read_batch(&self, ids: &[i32], out: &mut [u64]) {
        let n = ids.len().min(out.len()).min(crate::MAX_FILE_REGS);
        let mut ptrs = [core::ptr::null_mut::<c_void>(); crate::MAX_FILE_REGS];
        for (i, v) in out[..n].iter_mut().enumerate() {
            *v = 0;
            ptrs[i] = v as *mut u64 as *mut c_void;
        }
        unsafe { uc_reg_read_batch(self.uc, ids.as_ptr(), ptrs.as_mut_ptr(), n as c_int) };
    }

    /// Write `ids.len()` registers from `vals` (no allocation).
    pub(crate) fn reg_write_batch(&self, ids: &[i32], vals: &[u64]) {
        let n = ids.len().min(vals.len()).min(crate::MAX_FILE_REGS);
        let mut ptrs = [core::ptr::null::<c_void>(); crate::MAX_FILE_REGS];
        for (i, v) in vals[..n].iter().enumerate() {
            ptrs[i] = v as *const u64 as *const c_void;
        }
        unsafe {
            uc_reg_write_batch(
                self.uc,
                ids.as_ptr(),
                ptrs.as_ptr() as *const *mut c_void,
                n as c_int,
            )
        };
    }
}

impl Drop for Engine {
    fn drop(&mut self) {
        if !self.uc.is_null() {
            unsafe { uc_close(self.uc) };
            self.uc = core::ptr::null_mut();
        }
    }
}

/// Stop the emulation from inside a hook.
pub(crate) fn stop(uc: *mut uc_engine) {
    unsafe { uc_emu_stop(uc) };
}
