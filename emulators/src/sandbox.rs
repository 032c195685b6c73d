//! The sandbox: one reusable Unicorn engine with its page cache, hooks and
//! run loop.

use core::ffi::c_void;
use core::mem::ManuallyDrop;

use unicorn_engine::{
    uc_context, uc_context_alloc, uc_context_free, uc_context_restore, uc_context_save, uc_engine,
    uc_error, Arch, Arm64CpuModel, HookType, MemType, Mode, Prot, TlbEntry, X86Insn,
};

use crate::engine::{self, check, Engine};
use crate::memory::{Kind, MemStats, Memory, Perms, MAX_ZONE_PAGES, MIXED_BASE, PAGE_SIZE};
use crate::{aarch64, x86, Error, Isa, Reg, RegFile, Region, MAX_FILE_REGS};

mod user_mode;

/// Why a run ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stop {
    /// Control reached `addr`, which is declared but not executable (or an
    /// undeclared byte of a page that is otherwise declared, `region: None`).
    /// This is how exit sentinels are implemented: put them in a
    /// non-executable region and jump there.
    FetchFromNonExecutable { addr: u64, region: Option<u32> },
    /// Control reached `addr`, on a page with no declared region.
    FetchUnmapped { addr: u64 },
    /// A data read of `size` bytes at `addr`, by the instruction at `pc`,
    /// touched undeclared or non-readable memory.
    ReadViolation { addr: u64, size: u32, pc: u64 },
    /// A data write of `size` bytes at `addr`, by the instruction at `pc`,
    /// touched undeclared or non-writable memory.
    WriteViolation { addr: u64, size: u32, pc: u64 },
    /// The instruction budget ran out; `pc` is the next instruction, not
    /// executed.  Exactly `budget` instructions were executed.
    BudgetExhausted { pc: u64 },
    /// The wall-clock guard fired (only armed for large budgets, see
    /// [`SandboxConfig::timeout_min_budget`]).
    Timeout { pc: u64 },
    /// A software interrupt, trap or CPU exception raised by the instruction
    /// at `pc`.  x86: the vector (`int3` → 3, `int 0x80` → 0x80, divide
    /// error → 0) or one of [`x86::INTNO_SYSCALL`], [`x86::INTNO_SYSENTER`],
    /// [`x86::INTNO_HLT`]; AArch64: QEMU's exception number
    /// ([`aarch64::EXCP_SVC`], [`aarch64::EXCP_BRK`], [`aarch64::EXCP_HVC`], ...).
    Interrupt { intno: u32, pc: u64 },
    /// Undefined encoding (x86 `ud2`, AArch64 `udf`, unallocated encodings,
    /// system registers not accessible at the current exception level).
    InvalidInstruction { pc: u64 },
    /// A lazy region needed another page beyond the materialisation cap.
    MaterialiseCapExceeded { addr: u64, pc: u64 },
    /// Control reached an address of the exits list ([`Sandbox::set_exits`])
    /// before executing the instruction there.
    ReachedExit { pc: u64 },
    /// Anything else (includes a message).
    Other(String),
}

/// Result of [`Sandbox::run`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunOutcome {
    pub stop: Stop,
    /// Instructions started (a faulting instruction counts; for
    /// [`Stop::BudgetExhausted`] this is exactly the budget).
    pub instructions: u64,
    /// Bytes of lazy regions materialised by the guest since the last
    /// [`Sandbox::reset`] (whole 4 KiB pages).
    pub materialised_bytes: u64,
}

/// Kind of a logged data access.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AccessKind {
    Read,
    Write,
}

/// One data access recorded by the access log.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Access {
    /// Address of the instruction.
    pub pc: u64,
    /// Guest virtual address accessed.
    pub addr: u64,
    pub size: u32,
    pub kind: AccessKind,
    /// Value written (writes only; zero for reads).
    pub value: u64,
}

/// A declared region of the current layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RegionInfo {
    pub addr: u64,
    pub len: u64,
    pub perms: Perms,
    pub tag: u32,
    pub lazy: bool,
}

/// Sandbox parameters (fixed at creation, except the materialisation cap).
#[derive(Clone, Debug)]
pub struct SandboxConfig {
    /// Pool of pages whose bytes share one permission: the bound on cached
    /// (mapped) pages; least recently used pages outside the current
    /// layout are evicted beyond it.  Host memory is reserved (not touched)
    /// up front: 4 KiB per page.
    pub page_budget: usize,
    /// Pool of pages with bytes of different permissions (or partly
    /// undeclared), which get byte-precise checks.
    pub mixed_page_budget: usize,
    /// Byte-precise checks on partially declared pages.  Costs a memory hook
    /// whose presence makes Unicorn use its slow path for every data access
    /// (measured cost: see the `floor` example).  When off, such a page
    /// simply gets the union of the permissions of its regions.
    pub subpage_checks: bool,
    /// Cap on bytes of lazy regions the guest may materialise in one run.
    pub materialise_cap: u64,
    /// Wall-clock guard in microseconds (0: never).  Unicorn 2.1 implements
    /// it by spawning and joining a thread per `uc_emu_start` (≈150 µs), so
    /// it is only armed for runs whose budget is at least
    /// `timeout_min_budget`; smaller budgets are bounded by the instruction
    /// count alone.
    pub timeout_us: u64,
    pub timeout_min_budget: u64,
    /// Unicorn CPU model (`uc_cpu_x86` / `uc_cpu_arm64` value); `None`: the
    /// default for x86, `Arm64CpuModel::MAX` for AArch64.
    pub cpu_model: Option<i32>,
    /// Bytes of host memory for translated code (Unicorn's default is
    /// 1 GiB per engine, which a long run of changing code fills and keeps
    /// resident).  When full, all translations are dropped and regenerated
    /// on demand.
    pub tcg_buffer_size: u32,
    /// Run guest code in user mode (x86 CPL 3, AArch64 EL0), as the JIT's
    /// code runs, so that privileged instructions fault instead of
    /// executing (see `sandbox/user_mode.rs`).  Off: Unicorn's default
    /// (CPL 0 / EL1).
    pub user_mode: bool,
}

impl Default for SandboxConfig {
    fn default() -> Self {
        SandboxConfig {
            page_budget: 4096,
            mixed_page_budget: 256,
            subpage_checks: true,
            materialise_cap: 16 << 20,
            timeout_us: 2_000_000,
            timeout_min_budget: 10_000_000,
            cpu_model: None,
            // Measured on the 300-group benchmark: 64 MiB kept ~170 MiB more
            // resident over a run than 16 MiB at the same speed; 8 MiB began
            // to cost time in retranslation.
            tcg_buffer_size: 16 << 20,
            user_mode: true,
        }
    }
}

/// Counters, for tuning.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    pub runs: u64,
    pub tlb_flushes: u64,
    /// Pages whose translated code was invalidated because their contents
    /// changed.
    pub tb_invalidations: u64,
    pub memory: MemStats,
}

/// State shared with the hooks (heap-allocated, stable address).
pub(crate) struct State {
    aarch64: bool,
    mem: Memory,
    icount: u64,
    budget: u64,
    last_pc: u64,
    /// Length in bytes of the instruction at `last_pc`, as the decoder saw it.
    last_size: u32,
    stop: Option<Stop>,
    log: Vec<Access>,
}

/// A reusable, bounded emulator for one ISA.  See the crate documentation.
pub struct Sandbox {
    engine: ManuallyDrop<Engine>,
    st: *mut State,
    ctx: *mut uc_context,
    isa: Isa,
    config: SandboxConfig,
    file_ids: [i32; MAX_FILE_REGS],
    log_hook: Option<unicorn_engine::uc_hook>,
    precise_hook: bool,
    need_flush: bool,
    pending: Vec<(u64, u64, bool)>,
    stats: Stats,
    /// The current exits list ([`Sandbox::set_exits`]); empty normally.
    exits: Vec<u64>,
}

// ---- hooks -----------------------------------------------------------------

#[inline]
unsafe fn state<'a>(ud: *mut c_void) -> &'a mut State {
    unsafe { &mut *(ud as *mut State) }
}

unsafe extern "C" fn hook_tlb_fill(
    _uc: *mut uc_engine,
    vaddr: u64,
    ty: MemType,
    out: *mut TlbEntry,
    ud: *mut c_void,
) -> bool {
    let st = unsafe { state(ud) };
    let kind = match ty {
        MemType::WRITE => Kind::Write,
        MemType::FETCH => Kind::Fetch,
        _ => Kind::Read,
    };
    let (pa, perms) = st.mem.tlb_fill(vaddr, kind);
    unsafe {
        (*out).paddr = pa;
        (*out).perms = Prot(perms as u32);
    }
    true
}

unsafe extern "C" fn hook_code(uc: *mut uc_engine, addr: u64, size: u32, ud: *mut c_void) {
    let st = unsafe { state(ud) };
    if st.stop.is_some() {
        engine::stop(uc);
        return;
    }
    // Unicorn passes 0xf1f1f1f1 as the size of an x86 instruction that
    // failed to decode: only its first byte is known to be fetched.
    let size = if size == 0 || size > 16 { 1 } else { size };
    let last = addr.wrapping_add(size as u64 - 1);
    // The instruction's own first byte not executable: report that byte,
    // even if its tail also crosses into a non-executable page.
    if !st.mem.x_holes.is_empty() {
        for &(a, b) in &st.mem.x_holes {
            if (a..=b).contains(&addr) {
                let region = st.mem.regions.find(addr).map(|d| d.tag);
                st.stop = Some(Stop::FetchFromNonExecutable { addr, region });
                engine::stop(uc);
                return;
            }
        }
    }
    if st.mem.n_exit != 0 {
        // A fetch from a declared non-executable page (an exit sentinel) is
        // mapped to the exit page: stop before the instruction executes.
        // Also catch an instruction whose tail lies on such a page.
        let bad = if st.mem.is_exit(addr) {
            Some(addr)
        } else if (addr ^ last) >> crate::memory::PAGE_SHIFT != 0 && st.mem.is_exit(last) {
            Some(last & !(PAGE_SIZE - 1))
        } else {
            None
        };
        if let Some(bad) = bad {
            st.stop = Some(classify_fetch(&st.mem, bad));
            engine::stop(uc);
            return;
        }
    }
    if !st.mem.x_holes.is_empty() {
        for &(a, b) in &st.mem.x_holes {
            if addr <= b && last >= a {
                let bad = addr.max(a);
                let region = st.mem.regions.find(bad).map(|d| d.tag);
                st.stop = Some(Stop::FetchFromNonExecutable { addr: bad, region });
                engine::stop(uc);
                return;
            }
        }
    }
    st.icount += 1;
    if st.icount > st.budget {
        st.stop = Some(Stop::BudgetExhausted { pc: addr });
        engine::stop(uc);
        return;
    }
    st.last_pc = addr;
    st.last_size = size;
}

unsafe extern "C" fn hook_unmapped(
    _uc: *mut uc_engine,
    ty: MemType,
    pa: u64,
    size: i32,
    _value: i64,
    ud: *mut c_void,
) -> bool {
    let st = unsafe { state(ud) };
    if st.stop.is_some() {
        return false;
    }
    let addr = st.mem.phys_to_virt(pa).unwrap_or(pa);
    let vpage = addr >> crate::memory::PAGE_SHIFT;
    let pc = st.last_pc;
    let size = size.max(0) as u32;
    st.stop = Some(if st.mem.cap_hit == Some(vpage) {
        Stop::MaterialiseCapExceeded { addr, pc }
    } else if st.mem.pool_exhausted == Some(vpage) {
        Stop::Other(format!(
            "page pool exhausted materialising {addr:#x} (pc {pc:#x})"
        ))
    } else {
        match ty {
            MemType::FETCH_UNMAPPED => classify_fetch(&st.mem, addr),
            MemType::WRITE_UNMAPPED => Stop::WriteViolation { addr, size, pc },
            _ => Stop::ReadViolation { addr, size, pc },
        }
    });
    false
}

fn classify_fetch(mem: &Memory, addr: u64) -> Stop {
    if let Some(d) = mem.regions.find(addr) {
        return Stop::FetchFromNonExecutable {
            addr,
            region: Some(d.tag),
        };
    }
    if mem.regions.page_declared(addr >> crate::memory::PAGE_SHIFT) {
        Stop::FetchFromNonExecutable { addr, region: None }
    } else {
        Stop::FetchUnmapped { addr }
    }
}

unsafe extern "C" fn hook_precise(
    uc: *mut uc_engine,
    ty: MemType,
    pa: u64,
    size: i32,
    _value: i64,
    ud: *mut c_void,
) {
    let st = unsafe { state(ud) };
    if st.stop.is_some() {
        return;
    }
    let write = ty == MemType::WRITE;
    let need = if write { Perms::W } else { Perms::R };
    let size = size.max(1) as u32;
    if let Some(addr) = st.mem.precise_violation(pa, size as u64, need) {
        let pc = st.last_pc;
        st.stop = Some(if write {
            Stop::WriteViolation { addr, size, pc }
        } else {
            Stop::ReadViolation { addr, size, pc }
        });
        engine::stop(uc);
    }
}

unsafe extern "C" fn hook_log(
    _uc: *mut uc_engine,
    ty: MemType,
    pa: u64,
    size: i32,
    value: i64,
    ud: *mut c_void,
) {
    let st = unsafe { state(ud) };
    let write = ty == MemType::WRITE;
    let size = size.max(0) as u32;
    let value = if write {
        let v = value as u64;
        if size >= 8 {
            v
        } else {
            v & ((1u64 << (8 * size)) - 1)
        }
    } else {
        0
    };
    st.log.push(Access {
        pc: st.last_pc,
        addr: st.mem.phys_to_virt(pa).unwrap_or(pa),
        size,
        kind: if write {
            AccessKind::Write
        } else {
            AccessKind::Read
        },
        value,
    });
}

unsafe extern "C" fn hook_intr(uc: *mut uc_engine, intno: u32, ud: *mut c_void) {
    let st = unsafe { state(ud) };
    if st.stop.is_none() {
        let pc = st.last_pc;
        st.stop = Some(if st.aarch64 && intno == aarch64::EXCP_UDEF {
            // Unicorn's AArch64 target delivers EXCP_UDEF through the
            // interrupt hook (no `stop_interrupt` for it).  `hvc`/`smc` are
            // UNDEFINED at EL1 on a CPU without EL2/EL3: recognise them.
            let mut w = [0u8; 4];
            let insn = st.mem.read(pc, &mut w).map(|_| u32::from_le_bytes(w));
            match insn {
                Ok(i) if i & 0xffe0_001f == 0xd400_0002 => Stop::Interrupt {
                    intno: aarch64::EXCP_HVC,
                    pc,
                },
                Ok(i) if i & 0xffe0_001f == 0xd400_0003 => Stop::Interrupt {
                    intno: aarch64::EXCP_SMC,
                    pc,
                },
                _ => Stop::InvalidInstruction { pc },
            }
        } else if !st.aarch64 && intno == x86::INT_GENERAL_PROTECTION {
            // In user mode a privileged instruction faults (#GP); report
            // `hlt` as before, as its own pseudo interrupt.
            let mut b = [0u8; 16];
            let n = (0..16)
                .take_while(|&k| st.mem.read(pc + k, &mut b[k as usize..=k as usize]).is_ok())
                .count();
            if x86::privileged_mnemonic(&b[..n], true) == Some("hlt") {
                Stop::Interrupt {
                    intno: x86::INTNO_HLT,
                    pc,
                }
            } else {
                Stop::Interrupt { intno, pc }
            }
        } else {
            Stop::Interrupt { intno, pc }
        });
    }
    engine::stop(uc);
}

/// Records a pseudo interrupt at the last instruction run (the first stop
/// of a run wins) and stops the engine.
unsafe fn stop_at_last_pc(uc: *mut uc_engine, ud: *mut c_void, intno: u32) {
    let st = unsafe { state(ud) };
    if st.stop.is_none() {
        st.stop = Some(Stop::Interrupt {
            intno,
            pc: st.last_pc,
        });
    }
    engine::stop(uc);
}

unsafe extern "C" fn hook_syscall(uc: *mut uc_engine, ud: *mut c_void) {
    unsafe { stop_at_last_pc(uc, ud, x86::INTNO_SYSCALL) }
}

/// `in`/`out`: port I/O, which user mode must not do (Unicorn does not
/// check the I/O privilege level): stop before anything else runs.
unsafe extern "C" fn hook_in(uc: *mut uc_engine, _port: u32, _size: i32, ud: *mut c_void) -> u32 {
    unsafe { stop_at_last_pc(uc, ud, x86::INTNO_IO) };
    0
}

unsafe extern "C" fn hook_out(
    uc: *mut uc_engine,
    _port: u32,
    _size: i32,
    _value: u32,
    ud: *mut c_void,
) {
    unsafe { stop_at_last_pc(uc, ud, x86::INTNO_IO) }
}

unsafe extern "C" fn hook_sysenter(uc: *mut uc_engine, ud: *mut c_void) {
    unsafe { stop_at_last_pc(uc, ud, x86::INTNO_SYSENTER) }
}

// ---- the sandbox -----------------------------------------------------------

impl Sandbox {
    /// A sandbox with the default configuration.
    pub fn new(isa: Isa) -> Result<Sandbox, Error> {
        Self::with_config(isa, SandboxConfig::default())
    }

    /// A sandbox with an explicit configuration.
    pub fn with_config(isa: Isa, config: SandboxConfig) -> Result<Sandbox, Error> {
        let (arch, mode) = match isa {
            Isa::X86_64 => (Arch::X86, Mode::MODE_64),
            Isa::X86_32 => (Arch::X86, Mode::MODE_32),
            Isa::Aarch64 => (Arch::ARM64, Mode::LITTLE_ENDIAN),
        };
        let engine = Engine::open(arch, mode)?;
        // The CPU model must be chosen before anything initialises the CPU.
        match (config.cpu_model, isa) {
            (Some(m), _) => engine.set_cpu_model(m)?,
            (None, Isa::Aarch64) => engine.set_cpu_model(Arm64CpuModel::MAX as i32)?,
            _ => {}
        }
        if config.tcg_buffer_size > 0 {
            engine.set_tcg_buffer_size(config.tcg_buffer_size)?;
        }
        if isa == Isa::Aarch64 {
            // Unicorn's ARM targets default to 1 KiB TLB pages; use the
            // granule of the page cache (4x fewer TLB fills).
            engine.set_page_size(PAGE_SIZE as u32)?;
        }
        engine.set_virtual_tlb()?;
        engine.use_empty_exits()?;

        let plain = config.page_budget.clamp(1, MAX_ZONE_PAGES);
        let mixed = config.mixed_page_budget.min(MAX_ZONE_PAGES);
        // Exit page contents: x86 `hlt`, AArch64 `brk #0xe817`; never
        // executed (the code hook stops first), but a safe stop if it were.
        let exit_insn: &[u8] = match isa {
            Isa::X86_64 | Isa::X86_32 => &[0xf4],
            Isa::Aarch64 => &[0xe0, 0x02, 0x3d, 0xd4],
        };
        let mut mem = Memory::new(
            plain,
            mixed,
            config.subpage_checks,
            isa.address_bits(),
            exit_insn,
        );
        mem.materialise_cap = config.materialise_cap;
        for (base, host, n) in mem.pools() {
            if n > 0 {
                engine.map_ptr(base, (n as u64) * PAGE_SIZE, host)?;
            }
        }
        engine.map_ptr(crate::memory::EXIT_PAGE, PAGE_SIZE, mem.exit_page_host())?;
        let precise = mem.subpage();
        let st = Box::into_raw(Box::new(State {
            aarch64: isa == Isa::Aarch64,
            mem,
            icount: 0,
            budget: 0,
            last_pc: 0,
            last_size: 0,
            stop: None,
            log: Vec::new(),
        }));
        let mut sb = Sandbox {
            engine: ManuallyDrop::new(engine),
            st,
            ctx: core::ptr::null_mut(),
            isa,
            config,
            file_ids: [0; MAX_FILE_REGS],
            log_hook: None,
            precise_hook: precise,
            need_flush: false,
            pending: Vec::with_capacity(64),
            stats: Stats::default(),
            exits: Vec::new(),
        };
        sb.install_hooks(mixed)?;
        match isa {
            Isa::X86_64 => sb.file_ids[..18].copy_from_slice(&x86::file64_uc_ids()),
            Isa::X86_32 => sb.file_ids[..10].copy_from_slice(&x86::file32_uc_ids()),
            Isa::Aarch64 => {
                sb.file_ids[..34].copy_from_slice(&aarch64::file_uc_ids());
                // FP/SIMD: CPACR_EL1.FPEN = 0b11, or every d/q access traps.
                let cpacr = sb.engine.reg_read(aarch64::CPACR_EL1);
                sb.engine.reg_write(aarch64::CPACR_EL1, cpacr | (3 << 20));
            }
        }
        // User mode (x86 CPL 3, AArch64 EL0): part of the snapshot below.
        if sb.config.user_mode {
            let regs = sb.get_all();
            sb.enter_user_mode()?;
            sb.set_all(&regs);
            sb.stats = Stats::default();
        }
        // Snapshot of the initial CPU state, restored by `reset`.
        check("uc_context_alloc", unsafe {
            uc_context_alloc(sb.engine.uc, &mut sb.ctx)
        })?;
        check("uc_context_save", unsafe {
            uc_context_save(sb.engine.uc, sb.ctx)
        })?;
        Ok(sb)
    }

    fn install_hooks(&mut self, mixed_pages: usize) -> Result<(), Error> {
        let ud = self.st as *mut c_void;
        let e = &self.engine;
        unsafe {
            e.hook_add(HookType::TLB_FILL.0, hook_tlb_fill as *mut c_void, ud, 1, 0)?;
            e.hook_add(HookType::CODE.0, hook_code as *mut c_void, ud, 1, 0)?;
            e.hook_add(
                (HookType::MEM_READ_UNMAPPED
                    | HookType::MEM_WRITE_UNMAPPED
                    | HookType::MEM_FETCH_UNMAPPED)
                    .0,
                hook_unmapped as *mut c_void,
                ud,
                1,
                0,
            )?;
            e.hook_add(HookType::INTR.0, hook_intr as *mut c_void, ud, 1, 0)?;
            if self.precise_hook {
                e.hook_add(
                    (HookType::MEM_READ | HookType::MEM_WRITE).0,
                    hook_precise as *mut c_void,
                    ud,
                    MIXED_BASE,
                    MIXED_BASE + (mixed_pages as u64) * PAGE_SIZE - 1,
                )?;
            }
            if matches!(self.isa, Isa::X86_64 | Isa::X86_32) {
                e.hook_add_insn(hook_syscall as *mut c_void, ud, X86Insn::SYSCALL as i32)?;
                e.hook_add_insn(hook_sysenter as *mut c_void, ud, X86Insn::SYSENTER as i32)?;
                e.hook_add_insn(hook_in as *mut c_void, ud, X86Insn::IN as i32)?;
                e.hook_add_insn(hook_out as *mut c_void, ud, X86Insn::OUT as i32)?;
            }
        }
        Ok(())
    }

    #[inline]
    fn st(&self) -> &State {
        unsafe { &*self.st }
    }

    #[inline]
    fn st_mut(&mut self) -> &mut State {
        unsafe { &mut *self.st }
    }

    pub fn isa(&self) -> Isa {
        self.isa
    }

    pub fn config(&self) -> &SandboxConfig {
        &self.config
    }

    /// Change the per-run materialisation cap (bytes).
    pub fn set_materialise_cap(&mut self, bytes: u64) {
        self.config.materialise_cap = bytes;
        self.st_mut().mem.materialise_cap = bytes;
    }

    /// Change the wall-clock guard: `timeout_us` per run (0: never), armed
    /// only for runs whose budget is at least `min_budget` (see
    /// [`SandboxConfig::timeout_us`]).
    pub fn set_timeout(&mut self, timeout_us: u64, min_budget: u64) {
        self.config.timeout_us = timeout_us;
        self.config.timeout_min_budget = min_budget;
    }

    /// Prepare a run: declare `regions` (replacing the previous layout),
    /// rewrite their contents (zeros or the given bytes) and reset every
    /// register to its initial value (all zero, except architectural
    /// constants such as x86 `rflags` bit 1 and the AArch64 FP enable).
    ///
    /// Pages are reused from the cache; nothing is mapped or unmapped in
    /// Unicorn.  Regions must not overlap; zero-length regions are ignored.
    pub fn reset(&mut self, regions: &[Region]) -> Result<(), Error> {
        self.reset_registers();
        if !self.exits.is_empty() {
            let _ = self.set_exits(&[]);
        }
        let stale = self.st_mut().mem.reset_layout(regions);
        match stale {
            Ok(stale) => {
                self.need_flush |= stale;
                Ok(())
            }
            Err(e) => {
                // Leave an empty (but consistent) layout behind.
                let _ = self.st_mut().mem.reset_layout(&[]);
                self.need_flush = true;
                Err(e)
            }
        }
    }

    /// Stop runs at these addresses (cleared by [`Sandbox::reset`]). The
    /// translator also ends its blocks there, so a run that only needs a
    /// few instructions translates only those: stepping single
    /// instructions at ever new addresses is then cheap. Reaching an exit
    /// ends the run with [`Stop::ReachedExit`].
    ///
    /// On AArch64 a *branch* landing on an exit ends differently: Unicorn
    /// halts a block that starts at an exit with an exception (it imitates
    /// WFI), which surfaces as a stop at the branch. Use exits there only
    /// for straight-line stepping.
    pub fn set_exits(&mut self, exits: &[u64]) -> Result<(), Error> {
        if self.exits == exits {
            return Ok(());
        }
        self.engine.set_exits(exits)?;
        // A block translated before an address became an exit runs past it:
        // drop the translations around the new exits.
        for &e in exits {
            self.engine
                .remove_tb_cache(e.saturating_sub(16), e.saturating_add(1));
        }
        self.exits.clear();
        self.exits.extend_from_slice(exits);
        Ok(())
    }

    /// Reset every register to its initial value (part of [`Sandbox::reset`]).
    pub fn reset_registers(&mut self) {
        unsafe { uc_context_restore(self.engine.uc, self.ctx) };
    }

    /// The regions of the current layout, sorted by address.
    pub fn regions(&self) -> impl Iterator<Item = RegionInfo> + '_ {
        self.st().mem.regions.v.iter().map(|d| RegionInfo {
            addr: d.start,
            len: d.last - d.start + 1,
            perms: d.perms,
            tag: d.tag,
            lazy: d.lazy,
        })
    }

    /// The declared region containing `addr`.
    pub fn region_at(&self, addr: u64) -> Option<RegionInfo> {
        self.st().mem.regions.find(addr).map(|d| RegionInfo {
            addr: d.start,
            len: d.last - d.start + 1,
            perms: d.perms,
            tag: d.tag,
            lazy: d.lazy,
        })
    }

    /// Turn the data-access log on or off (off by default).  When on, every
    /// data access of a run is recorded in order (see [`Sandbox::access_log`]).
    pub fn set_access_log(&mut self, on: bool) {
        match (on, self.log_hook) {
            (true, None) => {
                let ud = self.st as *mut c_void;
                let h = unsafe {
                    self.engine.hook_add(
                        (HookType::MEM_READ | HookType::MEM_WRITE).0,
                        hook_log as *mut c_void,
                        ud,
                        crate::memory::PLAIN_BASE,
                        crate::memory::TRAP_BASE - 1,
                    )
                };
                if let Ok(h) = h {
                    self.log_hook = Some(h);
                    if !self.precise_hook {
                        // Blocks translated without a memory hook have no
                        // callback on their fast path.
                        self.engine.flush_tbs();
                    }
                }
            }
            (false, Some(h)) => {
                self.engine.hook_del(h);
                self.log_hook = None;
                if !self.precise_hook {
                    self.engine.flush_tbs();
                }
            }
            _ => {}
        }
    }

    pub fn access_log_enabled(&self) -> bool {
        self.log_hook.is_some()
    }

    /// The address and length of the last instruction the run started (the
    /// one that faulted, or the last one executed). Its length comes from
    /// the emulator's own decoder, so `step(addr, 1)` then this tells an
    /// instruction's length whatever the instruction does.
    pub fn last_instruction(&self) -> (u64, u32) {
        (self.st().last_pc, self.st().last_size)
    }

    /// Data accesses of the last run, in order (empty if the log is off).
    pub fn access_log(&self) -> &[Access] {
        &self.st().log
    }

    /// Run from `start` for at most `budget` instructions.
    pub fn run(&mut self, start: u64, budget: u64) -> RunOutcome {
        self.stats.runs += 1;
        self.prepare_tlb();
        let timeout = if self.config.timeout_us > 0 && budget >= self.config.timeout_min_budget {
            self.config.timeout_us
        } else {
            0
        };
        {
            let st = self.st_mut();
            st.icount = 0;
            st.budget = budget;
            st.stop = None;
            st.last_pc = start;
            st.last_size = 0;
            st.log.clear();
        }
        let err = self.engine.emu_start(start, timeout);
        let recorded = self.st_mut().stop.take();
        let mut stop = match recorded {
            Some(s) => s,
            None => self.classify(err, timeout != 0),
        };
        // A block that *starts* at an exit halts through an exception
        // (AArch64 imitates WFI), reported at the previous instruction: the
        // program counter on the exit says what really happened.
        if !self.exits.is_empty()
            && matches!(
                stop,
                Stop::Interrupt { .. } | Stop::InvalidInstruction { .. } | Stop::Other(_)
            )
            && self.exits.contains(&self.pc())
        {
            stop = Stop::ReachedExit { pc: self.pc() };
        }
        let st = self.st();
        let instructions = match stop {
            Stop::BudgetExhausted { .. } => budget,
            _ => st.icount.min(budget),
        };
        RunOutcome {
            stop,
            instructions,
            materialised_bytes: st.mem.materialised,
        }
    }

    /// Run exactly `n` instructions from `start` (fewer if the program stops
    /// earlier); with the access log on, [`Sandbox::access_log`] then holds
    /// the accesses of those instructions.  Normally ends with
    /// [`Stop::BudgetExhausted`] whose `pc` is the next instruction.
    pub fn step(&mut self, start: u64, n: u64) -> RunOutcome {
        self.run(start, n)
    }

    /// Flush the TLB if the layout changed, and invalidate translated code of
    /// pages whose contents changed behind Unicorn's back.
    fn prepare_tlb(&mut self) {
        let mut flushed = false;
        if self.need_flush {
            self.flush_tlb();
            flushed = true;
            self.need_flush = false;
        }
        if self.st().mem.pending_inval.is_empty() {
            return;
        }
        // Unicorn invalidates by virtual address, translating it through the
        // TLB (as a fetch).  An executable page maps to its slot.  For a page
        // that is not executable in this layout, the TLB-fill hook is told to
        // map it to its slot just for the invalidation; the TLB must not hold
        // an older entry for it (say, to the exit page) before, nor keep the
        // temporary one after.
        let mut pending = core::mem::take(&mut self.pending);
        self.st_mut().mem.take_pending(&mut pending);
        let overriding = pending.iter().any(|&(_, _, executable)| !executable);
        if overriding && !flushed {
            self.flush_tlb();
        }
        for &(vpage, pa, executable) in &pending {
            let va = vpage << crate::memory::PAGE_SHIFT;
            self.st_mut().mem.inval_override = (!executable).then_some((vpage, pa));
            self.engine.remove_tb_cache(va, va + PAGE_SIZE);
            self.stats.tb_invalidations += 1;
        }
        self.st_mut().mem.inval_override = None;
        if overriding {
            self.flush_tlb();
        }
        self.pending = pending;
    }

    fn flush_tlb(&mut self) {
        self.engine.flush_tlb();
        self.st_mut().mem.tlb_flushed();
        self.stats.tlb_flushes += 1;
    }

    fn classify(&self, err: uc_error, timed: bool) -> Stop {
        let pc = self.pc();
        match err {
            uc_error::OK => {
                if timed && self.engine.timed_out() {
                    return Stop::Timeout { pc };
                }
                if self.exits.contains(&pc) {
                    return Stop::ReachedExit { pc };
                }
                let last = self.st().last_pc;
                if matches!(self.isa, Isa::X86_64 | Isa::X86_32) {
                    let mut b = [0u8; 1];
                    if self.st().mem.read(last, &mut b).is_ok() && b[0] == 0xf4 {
                        return Stop::Interrupt {
                            intno: x86::INTNO_HLT,
                            pc: last,
                        };
                    }
                }
                if self.isa == Isa::Aarch64 {
                    // `wfi` halts the CPU as `hlt` does on x86.
                    let mut w = [0u8; 4];
                    if self.st().mem.read(last, &mut w).is_ok()
                        && u32::from_le_bytes(w) == aarch64::INSN_WFI
                    {
                        return Stop::Interrupt {
                            intno: aarch64::EXCP_WFI,
                            pc: last,
                        };
                    }
                }
                Stop::Other(format!(
                    "emulation stopped without a reason at pc {pc:#x} (last instruction {last:#x})"
                ))
            }
            uc_error::INSN_INVALID => Stop::InvalidInstruction { pc },
            err => Stop::Other(format!("unicorn error {err:?} at pc {pc:#x}")),
        }
    }

    // ---- registers ----------------------------------------------------------

    fn check_isa(&self, r: Reg) {
        assert_eq!(
            r.isa(),
            self.isa,
            "register {r:?} used with a {:?} sandbox",
            self.isa
        );
    }

    /// Write a register (panics if it belongs to another ISA).
    pub fn set_reg(&mut self, r: impl Into<Reg>, v: u64) {
        let r = r.into();
        self.check_isa(r);
        self.engine.reg_write(r.uc_id(), v);
    }

    /// Read a register (panics if it belongs to another ISA).
    pub fn reg(&self, r: impl Into<Reg>) -> u64 {
        let r = r.into();
        self.check_isa(r);
        self.engine.reg_read(r.uc_id())
    }

    /// Program counter.
    pub fn pc(&self) -> u64 {
        self.reg(self.isa.pc_reg())
    }

    /// Stack pointer.
    pub fn sp(&self) -> u64 {
        self.reg(self.isa.sp_reg())
    }

    pub fn set_sp(&mut self, v: u64) {
        let r = self.isa.sp_reg();
        self.set_reg(r, v)
    }

    /// Read the bulk register file (one batched Unicorn call).
    pub fn get_all(&self) -> RegFile {
        let mut f = RegFile::new(self.isa);
        let n = self.isa.file_len();
        self.engine
            .reg_read_batch(&self.file_ids[..n], f.as_mut_slice());
        f
    }

    /// Write the bulk register file (one batched Unicorn call).  Panics if it
    /// belongs to another ISA.
    pub fn set_all(&mut self, f: &RegFile) {
        assert_eq!(f.isa(), self.isa, "register file of another ISA");
        let n = self.isa.file_len();
        self.engine
            .reg_write_batch(&self.file_ids[..n], f.as_slice());
    }

    /// 128-bit vector register `n` (x86: xmm{n}; AArch64: q{n}/v{n}).
    pub fn vreg(&self, n: usize) -> u128 {
        self.engine.reg_read_u128(self.vreg_id(n))
    }

    pub fn set_vreg(&mut self, n: usize, v: u128) {
        self.engine.reg_write_u128(self.vreg_id(n), v)
    }

    fn vreg_id(&self, n: usize) -> i32 {
        assert!(
            n < self.isa.vreg_count(),
            "vector register {n} out of range"
        );
        match self.isa {
            Isa::X86_64 | Isa::X86_32 => x86::xmm_uc_id(n),
            Isa::Aarch64 => aarch64::q_uc_id(n),
        }
    }

    /// AArch64 `d{n}` (low 64 bits of `v{n}`), e.g. to check the callee-saved
    /// d8-d15.  Panics on other ISAs.
    pub fn aarch64_d(&self, n: usize) -> u64 {
        assert_eq!(self.isa, Isa::Aarch64, "d registers are AArch64 only");
        assert!(n < 32);
        self.engine.reg_read(aarch64::d_uc_id(n))
    }

    pub fn set_aarch64_d(&mut self, n: usize, v: u64) {
        assert_eq!(self.isa, Isa::Aarch64, "d registers are AArch64 only");
        assert!(n < 32);
        self.engine.reg_write(aarch64::d_uc_id(n), v)
    }

    // ---- memory -------------------------------------------------------------

    /// Write bytes into declared regions (permissions are not checked;
    /// translated code of the page is invalidated if needed).
    pub fn write_bytes(&mut self, addr: u64, data: &[u8]) -> Result<(), Error> {
        self.st_mut().mem.write(addr, data)
    }

    /// Read bytes of declared regions (lazy pages not yet touched read as 0).
    pub fn read_into(&self, addr: u64, out: &mut [u8]) -> Result<(), Error> {
        self.st().mem.read(addr, out)
    }

    pub fn read_bytes(&self, addr: u64, len: usize) -> Result<Vec<u8>, Error> {
        let mut v = vec![0; len];
        self.read_into(addr, &mut v)?;
        Ok(v)
    }

    pub fn read_u8(&self, addr: u64) -> Result<u8, Error> {
        let mut b = [0; 1];
        self.read_into(addr, &mut b)?;
        Ok(b[0])
    }

    pub fn read_u16(&self, addr: u64) -> Result<u16, Error> {
        let mut b = [0; 2];
        self.read_into(addr, &mut b)?;
        Ok(u16::from_le_bytes(b))
    }

    pub fn read_u32(&self, addr: u64) -> Result<u32, Error> {
        let mut b = [0; 4];
        self.read_into(addr, &mut b)?;
        Ok(u32::from_le_bytes(b))
    }

    pub fn read_u64(&self, addr: u64) -> Result<u64, Error> {
        let mut b = [0; 8];
        self.read_into(addr, &mut b)?;
        Ok(u64::from_le_bytes(b))
    }

    /// Read a pointer-sized value (4 bytes on x86-32, 8 otherwise).
    pub fn read_ptr(&self, addr: u64) -> Result<u64, Error> {
        match self.isa.pointer_size() {
            4 => self.read_u32(addr).map(u64::from),
            _ => self.read_u64(addr),
        }
    }

    pub fn write_u8(&mut self, addr: u64, v: u8) -> Result<(), Error> {
        self.write_bytes(addr, &[v])
    }

    pub fn write_u16(&mut self, addr: u64, v: u16) -> Result<(), Error> {
        self.write_bytes(addr, &v.to_le_bytes())
    }

    pub fn write_u32(&mut self, addr: u64, v: u32) -> Result<(), Error> {
        self.write_bytes(addr, &v.to_le_bytes())
    }

    pub fn write_u64(&mut self, addr: u64, v: u64) -> Result<(), Error> {
        self.write_bytes(addr, &v.to_le_bytes())
    }

    /// Write a pointer-sized value (4 bytes on x86-32, 8 otherwise).
    pub fn write_ptr(&mut self, addr: u64, v: u64) -> Result<(), Error> {
        match self.isa.pointer_size() {
            4 => self.write_u32(addr, v as u32),
            _ => self.write_u64(addr, v),
        }
    }

    /// Guest pages currently bound to a pool slot (kept mapped across runs).
    pub fn mapped_pages(&self) -> usize {
        self.st().mem.cached_pages()
    }

    /// Upper bound of [`Sandbox::mapped_pages`].
    pub fn page_capacity(&self) -> usize {
        self.st().mem.capacity()
    }

    /// Bytes materialised from lazy regions since the last reset (guest
    /// accesses only).
    pub fn materialised_bytes(&self) -> u64 {
        self.st().mem.materialised
    }

    pub fn stats(&self) -> Stats {
        Stats {
            memory: self.st().mem.stats,
            ..self.stats
        }
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        unsafe {
            if !self.ctx.is_null() {
                uc_context_free(self.ctx);
            }
            // Close the engine before freeing the state its hooks point to
            // and the pool memory it maps.
            ManuallyDrop::drop(&mut self.engine);
            drop(Box::from_raw(self.st));
        }
    }
}

impl core::fmt::Debug for Sandbox {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Sandbox")
            .field("isa", &self.isa)
            .field("mapped_pages", &self.mapped_pages())
            .field("stats", &self.stats())
            .finish()
    }
}
