//! Whole-stencil execution in a sandbox.
//!
//! Each trial places a group as the runtime would inside a trace, patches it
//! with random hole values, and runs it from its entry to its exit under
//! Unicorn, in a small world:
//!
//! * the frame, the value stack and the thread state are regions whose words
//!   are pointers into a sandbox heap (whose words point into the heap too),
//!   so that dereference chains stay inside the sandbox;
//! * every external symbol is a region whose first byte is a stub: reaching
//!   it records a call (the arguments read as the native convention passes
//!   them) and returns a chosen value (NULL, a small integer, all ones, a
//!   heap pointer), so both success and failure paths run; its other bytes
//!   are the symbol's data, pointer-filled like the heap;
//! * the exits (CONTINUE, JUMP_TARGET, ERROR_TARGET) and the shim's return
//!   address are sentinels in non-executable memory.
//!
//! A run must end at an exit, touch nothing outside the world, execute
//! nothing but the stencil, its trampolines and stubs, leave the stack
//! pointer and the registers the convention preserves as it found them, and
//! finish within its instruction budget. What it did is recorded as a
//! normalised [`Trace`].

use super::HoleSite;
use crate::convention::{self, Role, Slot};
use crate::finding::{Finding, FindingKind, Severity};
use crate::model::{Group, GroupRole, Part, Span, StencilSet};
use crate::patch::{self, PatchOptions, PatchedGroup};
use crate::placement::{self, SymbolReach, Trial};
use crate::seed::{item_rng, ItemRng};
use crate::target::Arch;
use crate::trace::{Event, ExitKind, Trace, Value};
use rand::{Rng, RngExt};
const _: () = assert!(HEAP_LEN.is_power_of_two());
use rayon::prelude::*;
use std::collections::BTreeMap;
use stencil_emulators::{
    aarch64, with_sandbox, x86, Isa, Perms, Reg, RegFile, Region, Sandbox, Stop,
};

pub const CHECK: &str = "sandbox";

/// What the sandbox does; the defaults are what `--all` runs.
#[derive(Clone, Debug)]
pub struct SandboxConfig {
    pub trials: u32,
    pub seed: u64,
    /// Instructions a run may execute before it is "did not terminate".
    pub budget: u64,
    pub patch: PatchOptions,
    pub reach: SymbolReach,
    /// Mixed into the placement's seed: another salt gives every trial the
    /// same semantic state at another placement.
    pub placement_salt: u32,
    /// Keep every trial's trace in the stats (for the equivalence checks).
    pub keep_traces: bool,
    /// Bytes of the lazily materialised scratch region one trial may touch
    /// (`--max-sandbox-memory`); more is a `LimitExceeded` finding.
    pub max_memory: u64,
    /// Wall-clock limit of one trial in milliseconds (`--run-timeout-ms`;
    /// 0: none), a `LimitExceeded` finding when hit. Checked between the
    /// emulator runs of a trial (at external calls) and, inside one, by the
    /// emulator's own timer, which costs a thread per run and so is armed
    /// only when the run's budget is at least `timeout_min_budget`.
    pub timeout_ms: u64,
    pub timeout_min_budget: u64,
}

/// Defaults of the sandbox's limits (see [`SandboxConfig`]).
pub const DEFAULT_MAX_MEMORY: u64 = 256 << 10;
pub const DEFAULT_TIMEOUT_MS: u64 = 2_000;
pub const DEFAULT_TIMEOUT_MIN_BUDGET: u64 = 10_000_000;

impl Default for SandboxConfig {
    fn default() -> Self {
        SandboxConfig {
            trials: 64,
            seed: crate::run::DEFAULT_SEED,
            budget: 200_000,
            patch: PatchOptions::default(),
            reach: SymbolReach::Mixed,
            placement_salt: 0,
            keep_traces: false,
            max_memory: DEFAULT_MAX_MEMORY,
            timeout_ms: DEFAULT_TIMEOUT_MS,
            timeout_min_budget: DEFAULT_TIMEOUT_MIN_BUDGET,
        }
    }
}

/// Coverage of one group over its trials: which exits were reached and
/// which external functions called, how often.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Coverage {
    pub exits: BTreeMap<String, u64>,
    pub calls: BTreeMap<String, u64>,
    /// Exits the stencil's holes name that no trial reached.
    pub unreached: Vec<String>,
    /// The instructions (code offset, length) through which trials left
    /// the stencil: the jump, or the call through the slot of its target.
    pub exit_sites: std::collections::BTreeSet<(u64, u32)>,
}

#[derive(Clone, Debug, Default)]
pub struct SandboxStats {
    pub runs: u64,
    pub instructions: u64,
    pub violations: u64,
    pub coverage: BTreeMap<String, Coverage>,
    /// Per uop, every trial's run (with `keep_traces`).
    pub runs_by_group: BTreeMap<String, Vec<TrialRun>>,
}

/// How the JIT's arguments are passed on entry to a stencil.
#[derive(Clone, Debug)]
pub struct Entry {
    /// The JIT argument slots in use, in order.
    pub slots: Vec<Slot>,
    pub roles: &'static [Role],
    /// Whether `slots` was derived by running the shim (else the documented
    /// table).
    pub derived: bool,
}

// Sizes of the world's regions.
const WORD_REGION: u64 = 0x1000;
const HEAP_LEN: u64 = 0x4000;
const MACHINE_STACK_LEN: u64 = 0x4000;
const SYMBOL_LEN: u64 = 0x1000;
const EXIT_LEN: u64 = 0x10;
/// A lazily materialised read-write region at the top of the world (inside
/// its reserved span, above the return sentinel): nothing points into it,
/// but a stencil that walks memory there is stopped by the
/// `--max-sandbox-memory` cap rather than by the region's end. Its
/// contents are not part of the trace.
const SCRATCH_LEN: u64 = 0xf_0000;

fn scratch_base(w: &World) -> u64 {
    w.return_sentinel + 0x1000
}
const POISON: u64 = 0xdead_beef_0000_0000;

/// Region tags.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[repr(u32)]
enum Tag {
    Code = 1,
    Trampolines,
    Data,
    Frame,
    Stack,
    ThreadState,
    Heap,
    MachineStack,
    Return,
    Continue,
    JumpTarget,
    ErrorTarget,
    Scratch,
    Symbol0 = 64,
}

/// One trial's world: where everything is and what it initially holds.
struct World {
    trial: Trial,
    image: PatchedGroup,
    /// (name, base, len, perms, bytes, tag)
    regions: Vec<(String, u64, u64, Perms, Vec<u8>, u32)>,
    /// Symbol name → base address.
    symbols: Vec<(String, u64)>,
    exits: Vec<(String, u64)>,
    return_sentinel: u64,
    entry_sp: u64,
    roles: Vec<(Role, u64)>,
    heap: u64,
    /// The values a stub may return, in the order it hands them out.
    returns: Vec<u64>,
}

/// The result of one trial.
#[derive(Clone, Debug)]
pub struct TrialRun {
    pub trace: Trace,
    /// What went wrong, if anything: (kind, message, code offset of the
    /// instruction).
    pub violation: Option<(FindingKind, String, Option<u64>)>,
    pub instructions: u64,
    /// The instruction (code offset, length) the run left the stencil
    /// through.
    pub exit_site: Option<(u64, u32)>,
}

pub fn isa(arch: Arch) -> Isa {
    super::oracle::isa(arch)
}

/// Runs every uop group's trials and the shim's derivation.
pub fn check_set(set: &StencilSet, config: &SandboxConfig) -> (Vec<Finding>, SandboxStats) {
    let (entry, mut findings) = derive_entry(set, config);
    let results: Vec<(Vec<Finding>, SandboxStats)> = set
        .groups
        .par_iter()
        .filter(|g| g.role == GroupRole::Uop)
        .map(|group| {
            with_sandbox(isa(set.target.arch()), |sb| {
                check_group(set, group, &entry, config, sb)
            })
        })
        .collect();
    let mut stats = SandboxStats::default();
    for (f, s) in results {
        findings.extend(f);
        stats.runs += s.runs;
        stats.instructions += s.instructions;
        stats.violations += s.violations;
        stats.coverage.extend(s.coverage);
        stats.runs_by_group.extend(s.runs_by_group);
    }
    (findings, stats)
}

fn check_group(
    set: &StencilSet,
    group: &Group,
    entry: &Entry,
    config: &SandboxConfig,
    sb: &mut Sandbox,
) -> (Vec<Finding>, SandboxStats) {
    let mut stats = SandboxStats::default();
    let mut coverage = Coverage::default();
    let mut first: Option<(u32, FindingKind, String, Option<u64>)> = None;
    let mut failures = 0;
    let mut kept = Vec::new();
    for t in 0..config.trials {
        let run = run_trial(set, group, entry, t, config, sb);
        stats.runs += 1;
        stats.instructions += run.instructions;
        for e in &run.trace.events {
            match e {
                Event::Call { symbol, .. } => {
                    *coverage.calls.entry(symbol.clone()).or_default() += 1
                }
                Event::Exit { how, .. } => *coverage.exits.entry(how.to_string()).or_default() += 1,
                Event::Write { .. } => {}
            }
        }
        if let Some((kind, message, at)) = &run.violation {
            failures += 1;
            if first.is_none() {
                first = Some((t, *kind, message.clone(), *at));
            }
        }
        if let Some(site) = run.exit_site {
            coverage.exit_sites.insert(site);
        }
        // A limit hit once is hit again: do not spend it on every trial.
        let limit_hit = matches!(run.violation, Some((FindingKind::LimitExceeded, ..)));
        if config.keep_traces {
            kept.push(run);
        }
        if limit_hit {
            break;
        }
    }
    if config.keep_traces {
        stats.runs_by_group.insert(group.name.clone(), kept);
    }
    stats.violations = failures;
    let mut possible: Vec<&str> = group
        .code
        .holes
        .iter()
        .chain(&group.data.holes)
        .filter_map(|h| h.operand.value())
        .filter_map(|v| match v.base {
            crate::model::HoleValue::Continue => Some("CONTINUE"),
            crate::model::HoleValue::JumpTarget => Some("JUMP_TARGET"),
            crate::model::HoleValue::ErrorTarget => Some("ERROR_TARGET"),
            _ => None,
        })
        .collect();
    possible.sort();
    possible.dedup();
    coverage.unreached = possible
        .into_iter()
        .filter(|e| !coverage.exits.contains_key(*e))
        .map(str::to_owned)
        .collect();
    stats.coverage.insert(group.name.clone(), coverage);
    let mut findings = Vec::new();
    if let Some((trial, kind, message, at)) = first {
        let mut f = Finding::error(
            kind,
            CHECK,
            Span::new(&set.source, group.span.line),
            format!(
                "{message} (trial {trial}{})",
                if failures > 1 {
                    format!("; {failures} of {} trials fail", config.trials)
                } else {
                    String::new()
                }
            ),
        )
        .with_target(set.target)
        .with_stencil(&group.name);
        if let Some(off) = at {
            if let Some(c) = group.code.disassembly_at(off) {
                f = f.with_context(c.text.trim().to_owned());
            }
            let body = &group.code.body;
            let start = (off as usize).min(body.len());
            f = f.with_bytes(&body[start..(start + 8).min(body.len())]);
        }
        findings.push(f);
    }
    (findings, stats)
}

/// Runs trial `t` of `group` and returns its trace and verdict. Everything
/// random is drawn from the trial's own seed, so the same trial with other
/// patch options (relaxation off, trampolines forced) starts from the same
/// state.
pub fn run_trial(
    set: &StencilSet,
    group: &Group,
    entry: &Entry,
    t: u32,
    config: &SandboxConfig,
    sb: &mut Sandbox,
) -> TrialRun {
    let world = match build_world(set, group, entry, config, t) {
        Ok(w) => w,
        Err(message) => {
            return TrialRun {
                trace: Trace::default(),
                violation: Some((FindingKind::PatchFailed, message, None)),
                instructions: 0,
                exit_site: None,
            }
        }
    };
    // The limits of this check on the thread's shared sandbox, restored
    // for the other checks afterwards.
    let (cap, timeout) = {
        let c = sb.config();
        (c.materialise_cap, (c.timeout_us, c.timeout_min_budget))
    };
    sb.set_materialise_cap(config.max_memory);
    sb.set_timeout(
        config.timeout_ms.saturating_mul(1000),
        config.timeout_min_budget,
    );
    let run = Runner::new(set, group, entry, &world, config, sb).run();
    sb.set_materialise_cap(cap);
    sb.set_timeout(timeout.0, timeout.1);
    run
}

// ---- the world ----------------------------------------------------------------

/// The generator for one part of a trial's semantic state: seeded by the
/// uop and the trial only, so that the same uop on every target and shape
/// starts from an equivalent state (cross-target equivalence compares them).
fn state_rng(config: &SandboxConfig, group: &Group, t: u32, part: &str) -> ItemRng {
    item_rng(config.seed, &[&group.name, "state", &t.to_string(), part])
}

/// Where a trial puts things and the patched bytes: everything about it
/// that does not depend on the world's contents.
pub(crate) struct Setup {
    trial: Trial,
    pub(crate) image: PatchedGroup,
    exits: Vec<(String, u64)>,
    base: u64,
}

/// The placement, hole values and patched image of trial `t`.
pub(crate) fn setup(
    set: &StencilSet,
    group: &Group,
    config: &SandboxConfig,
    t: u32,
) -> Result<Setup, String> {
    let arch = set.target.arch();
    let ptr = u64::from(arch.pointer_width());
    // Where things are: per target and shape.
    let rng = &mut item_rng(
        config.seed,
        &[
            set.target.triple(),
            set.shape.name(),
            &group.name,
            CHECK,
            &t.to_string(),
            &config.placement_salt.to_string(),
        ],
    );
    let mut trial = placement::sample(set, group, config.reach, rng);
    // What the uop is run with: the same everywhere.
    {
        let values = &mut state_rng(config, group, t, "values");
        // Opargs are mostly small (local indexes, operator numbers), so
        // switches on them take every case.
        trial.values.oparg = match values.random_range(0..4u8) {
            0 | 1 => values.random_range(0..8),
            2 => values.random_range(0..256),
            _ => values.random(),
        };
        trial.values.operand0 = semantic_operand(values);
        trial.values.operand1 = semantic_operand(values);
        trial.values.target = values.random();
    }
    let code = trial.placement.code;
    let code_len = group.code.body.len() as u64;
    // Exits: CONTINUE right after the code (the next uop), the jump and
    // error targets as other uops' starts before it.
    trial.values.jump_target = code.wrapping_sub(0x40);
    trial.values.error_target = code.wrapping_sub(0x80);
    let exits = vec![
        ("CONTINUE".to_owned(), code + code_len),
        ("JUMP_TARGET".to_owned(), trial.values.jump_target),
        ("ERROR_TARGET".to_owned(), trial.values.error_target),
    ];

    // The world of pointers, placed away from the trace block and symbols.
    let (lo, hi) = placement::user_space(arch);
    let world_len = HEAP_LEN + 4 * WORD_REGION + MACHINE_STACK_LEN + 0x10_0000;
    let occupied: Vec<(u64, u64)> = std::iter::once((trial.block, trial.block + trial.block_len))
        .chain(trial.values.symbols.values().map(|&a| (a, a + SYMBOL_LEN)))
        .chain(exits.iter().map(|e| (e.1, e.1 + EXIT_LEN)))
        .collect();
    // On 64-bit targets the world's low 32 bits are fixed, so that a heap
    // pointer used as an `int` (a stub's return value, say) means the same
    // wherever the world is placed: placement must not change behaviour.
    //
    // Better still, the world is at the same address for a given uop and
    // trial on every target (drawn from the semantic state, not the
    // placement), so that even arithmetic on pointers (a sum of stack items)
    // gives the same numbers everywhere. Only a collision with this target's
    // code, data or symbols moves it.
    let low = 0x4000_0000u64;
    let world_rng = &mut state_rng(config, group, t, "world");
    let mut base = 0;
    // Retries draw from the same semantic stream, so that a placement that
    // collides moves the world to the next address every other placement
    // would also try first; on i686 the world stays below 2 GiB, so that its
    // addresses are positive as `int` wherever it lands.
    for _ in 0..64 {
        let b = if ptr == 8 {
            (world_rng.random_range((lo >> 32) + 1..hi >> 32) << 32) | low
        } else {
            placement::align_down(
                world_rng.random_range(0x1000_0000..0x7fff_0000 - world_len),
                0x1_0000,
            )
        };
        if b + world_len < hi && occupied.iter().all(|&(s, e)| e <= b || s >= b + world_len) {
            base = b;
            break;
        }
    }
    if base == 0 {
        return Err("no room for the sandbox world".into());
    }
    let executor = base + 0x100;
    trial.values.executor = executor;

    // Patch; a patch error is the patcher's or the oracle's finding, but a
    // stencil that cannot be patched cannot be run either.
    let memory = |_addr: u64| None::<u64>;
    let mut image = patch::patch_group(
        set,
        group,
        &trial.values,
        &trial.placement,
        &config.patch,
        &memory,
    );
    // i686: jit.c's 64-bit `V - P` trips a debug-build assert where the
    // wrapped 32-bit field is still right (the oracle counts these); run what
    // a release build writes.
    if !image.errors.is_empty()
        && image
            .errors
            .iter()
            .all(|e| matches!(e.kind, patch::PatchErrorKind::DisplacementWraps { .. }))
    {
        let release = PatchOptions {
            release_writes: true,
            ..config.patch
        };
        image = patch::patch_group(
            set,
            group,
            &trial.values,
            &trial.placement,
            &release,
            &memory,
        );
        image.errors.clear();
    }
    if let Some(e) = image.errors.first() {
        return Err(format!(
            "cannot patch the stencil at this placement: {}",
            e.kind
        ));
    }

    Ok(Setup {
        trial,
        image,
        exits,
        base,
    })
}

fn build_world(
    set: &StencilSet,
    group: &Group,
    entry: &Entry,
    config: &SandboxConfig,
    t: u32,
) -> Result<World, String> {
    let arch = set.target.arch();
    let ptr = u64::from(arch.pointer_width());
    let Setup {
        trial,
        image,
        exits,
        base,
    } = setup(set, group, config, t)?;
    let heap = base;
    let frame = heap + HEAP_LEN;
    let stack = frame + WORD_REGION;
    let tstate = stack + WORD_REGION;
    let machine_stack = tstate + WORD_REGION + 0x1000;
    let return_sentinel = machine_stack + MACHINE_STACK_LEN + 0x1000;
    let executor = trial.values.executor;
    let heap_ptr =
        |rng: &mut ItemRng| heap + placement::align_down(rng.random_range(0..HEAP_LEN / 2), 16);
    // Words are pointers: mostly into the heap, some to the group's external
    // symbols (so that `ob_type == &PyLong_Type`-style checks go both ways);
    // every one may be dereferenced safely.
    // (BTreeMap order: by name, the same on every target.)
    let symbol_addrs: Vec<u64> = trial.values.symbols.values().copied().collect();
    // Words are pointers. Frame, value stack and thread state hold heap
    // pointers only: the world sits at the same address on every target, so
    // even arithmetic on them (a sum of stack items) is placement-free.
    // Objects (the heap and external data) also point at the group's
    // external symbols, as `ob_type` fields do, so that type checks go both
    // ways; every word may be dereferenced safely.
    // One raw 64-bit draw per word (this runs for every word of every
    // region of every trial): low bits pick symbol-or-heap, the rest the
    // offset. HEAP_LEN is a power of two, so the offset is unbiased.
    let pointer_fill = |len: u64, objects: bool, rng: &mut ItemRng| -> Vec<u8> {
        let width = ptr as usize;
        let mut bytes = vec![0u8; len as usize];
        let symbols = symbol_addrs.len() as u64;
        for word in bytes.chunks_exact_mut(width) {
            let r = rng.next_u64();
            let p = if objects && symbols > 0 && r & 3 == 0 {
                symbol_addrs[((r >> 2) % symbols) as usize]
            } else {
                heap + ((r >> 8) & (HEAP_LEN / 2 - 1) & !15)
            };
            word.copy_from_slice(&p.to_le_bytes()[..width]);
        }
        bytes
    };
    let fill = |name: &str, len: u64| {
        let objects = !matches!(name, "frame" | "stack" | "tstate");
        pointer_fill(len, objects, &mut state_rng(config, group, t, name))
    };
    let mut regions: Vec<(String, u64, u64, Perms, Vec<u8>, u32)> = Vec::new();
    regions.push((
        "heap".into(),
        heap,
        HEAP_LEN,
        Perms::RW,
        fill("heap", HEAP_LEN),
        Tag::Heap as u32,
    ));
    regions.push((
        "frame".into(),
        frame,
        WORD_REGION,
        Perms::RW,
        fill("frame", WORD_REGION),
        Tag::Frame as u32,
    ));
    regions.push((
        "stack".into(),
        stack,
        WORD_REGION,
        Perms::RW,
        fill("stack", WORD_REGION),
        Tag::Stack as u32,
    ));
    regions.push((
        "tstate".into(),
        tstate,
        WORD_REGION,
        Perms::RW,
        fill("tstate", WORD_REGION),
        Tag::ThreadState as u32,
    ));
    regions.push((
        "machine-stack".into(),
        machine_stack,
        MACHINE_STACK_LEN,
        Perms::RW,
        vec![0xcc; MACHINE_STACK_LEN as usize],
        Tag::MachineStack as u32,
    ));
    regions.push((
        "RETURN".into(),
        return_sentinel,
        EXIT_LEN,
        Perms::R,
        Vec::new(),
        Tag::Return as u32,
    ));
    // Exit sentinels hold block-ending instructions: never executed (they
    // are not executable), but the translator, which decodes ahead from the
    // stencil's last instruction into CONTINUE, stops there.
    let stopper = arch.block_stopper().to_vec();
    for (i, (name, addr)) in exits.iter().enumerate() {
        let tag = [Tag::Continue, Tag::JumpTarget, Tag::ErrorTarget][i] as u32;
        regions.push((
            name.clone(),
            *addr,
            EXIT_LEN,
            Perms::R,
            stopper.clone(),
            tag,
        ));
    }
    let mut symbols: Vec<(String, u64)> = trial
        .values
        .symbols
        .iter()
        .map(|(k, v)| (k.clone(), *v))
        .collect();
    symbols.sort_by_key(|s| s.1);
    for (i, (name, addr)) in symbols.iter().enumerate() {
        regions.push((
            format!("&{name}"),
            *addr,
            SYMBOL_LEN,
            Perms::RW,
            fill(name, SYMBOL_LEN),
            Tag::Symbol0 as u32 + i as u32,
        ));
    }

    // The JIT's arguments: the executor, the frame, the stack pointer (in the
    // middle of the value stack, so that both pushes and pops stay inside),
    // and the thread state.
    let roles: Vec<(Role, u64)> = entry
        .roles
        .iter()
        .map(|r| {
            (
                *r,
                match r {
                    Role::Executor => executor,
                    Role::Frame => frame,
                    Role::StackPointer => stack + WORD_REGION / 2,
                    Role::ThreadState => tstate,
                },
            )
        })
        .collect();

    // The machine stack as the shim leaves it: a return address into the
    // shim on top, 16-byte alignment as after a call; on i686 the cdecl
    // arguments above it.
    let top = machine_stack + MACHINE_STACK_LEN - 0x800;
    let entry_sp = match arch {
        Arch::X86_64 => top - 8,
        Arch::I686 => top - 4,
        Arch::Aarch64 => top,
    };
    {
        let stack_region = regions
            .iter_mut()
            .find(|r| r.0 == "machine-stack")
            .expect("pushed above");
        let mut put = |addr: u64, v: u64| {
            let off = (addr - machine_stack) as usize;
            stack_region.4[off..off + ptr as usize]
                .copy_from_slice(&v.to_le_bytes()[..ptr as usize]);
        };
        if arch != Arch::Aarch64 {
            put(entry_sp, return_sentinel);
        }
        if arch == Arch::I686 {
            for (i, (_, v)) in roles.iter().enumerate() {
                put(entry_sp + 4 * (i as u64 + 1), *v);
            }
        }
    }

    let returns_rng = &mut state_rng(config, group, t, "returns");
    let returns = (0..16)
        .map(|_| match returns_rng.random_range(0..5u8) {
            0 => 0,
            1 => 1,
            2 => u64::MAX & arch.address_mask(),
            _ => heap_ptr(returns_rng),
        })
        .collect();
    Ok(World {
        trial,
        image,
        regions,
        symbols,
        exits,
        return_sentinel,
        entry_sp,
        roles,
        heap,
        returns,
    })
}

// ---- running ------------------------------------------------------------------

struct Runner<'a> {
    set: &'a StencilSet,
    entry: &'a Entry,
    w: &'a World,
    config: &'a SandboxConfig,
    sb: &'a mut Sandbox,
    arch: Arch,
    /// Current contents of the writable regions, to find what a segment of
    /// the run wrote.
    snapshots: Vec<Vec<u8>>,
    events: Vec<Event>,
    instructions: u64,
    calls: usize,
}

impl<'a> Runner<'a> {
    fn new(
        set: &'a StencilSet,
        group: &'a Group,
        entry: &'a Entry,
        w: &'a World,
        config: &'a SandboxConfig,
        sb: &'a mut Sandbox,
    ) -> Self {
        let _ = group;
        Runner {
            set,
            entry,
            w,
            config,
            sb,
            arch: set.target.arch(),
            snapshots: Vec::new(),
            events: Vec::new(),
            instructions: 0,
            calls: 0,
        }
    }

    fn run(mut self) -> TrialRun {
        let p = &self.w.trial.placement;
        let mut regions: Vec<Region> = vec![Region::with_bytes(
            p.code,
            &self.w.image.code,
            Perms::RX,
            Tag::Code as u32,
        )];
        if !self.w.image.trampolines.is_empty() {
            regions.push(Region::with_bytes(
                p.trampolines,
                &self.w.image.trampolines,
                Perms::RX,
                Tag::Trampolines as u32,
            ));
        }
        if !self.w.image.data.is_empty() {
            regions.push(Region::with_bytes(
                p.data,
                &self.w.image.data,
                Perms::R,
                Tag::Data as u32,
            ));
        }
        for (_, addr, len, perms, bytes, tag) in &self.w.regions {
            let r = Region::new(*addr, *len, *perms, *tag);
            regions.push(if bytes.is_empty() {
                r
            } else {
                r.init_bytes(bytes)
            });
        }
        regions.push(
            Region::new(
                scratch_base(self.w),
                SCRATCH_LEN,
                Perms::RW,
                Tag::Scratch as u32,
            )
            .lazy(),
        );
        if let Err(e) = self.sb.reset(&regions) {
            return self.verdict(Some((
                FindingKind::SandboxFault,
                format!("cannot lay out the sandbox: {e}"),
                None,
            )));
        }
        self.sb.set_access_log(false);
        self.snapshots = self
            .w
            .regions
            .iter()
            .filter(|r| r.3.contains(Perms::W))
            .map(|r| r.4.clone())
            .collect();
        // Registers: poison everywhere, then the JIT's arguments.
        let mut regs = RegFile::new(self.sb.isa());
        for (i, v) in regs.as_mut_slice().iter_mut().enumerate() {
            *v = (POISON | (i as u64) << 8) & self.arch.address_mask();
        }
        self.sb.set_all(&regs);
        set_flags(self.sb, 0);
        for (slot, (_, value)) in self.entry.slots.iter().zip(&self.w.roles) {
            if let Slot::Reg(r) = slot {
                self.sb.set_reg(*r, *value);
            }
        }
        self.sb.set_sp(self.w.entry_sp);
        if self.arch == Arch::Aarch64 {
            self.sb.set_reg(aarch64::Reg::X30, self.w.return_sentinel);
        }
        let before = self.sb.get_all();
        let preserved: Vec<(Reg, u64)> = convention::preserved(self.set.target)
            .into_iter()
            .map(|r| (r, self.sb.reg(r)))
            .collect();

        let mut pc = p.code;
        let started = std::time::Instant::now();
        loop {
            if self.config.timeout_ms > 0
                && started.elapsed().as_millis() >= u128::from(self.config.timeout_ms)
            {
                let v = self.timed_out(pc);
                return self.verdict(Some(v));
            }
            let budget = self.config.budget.saturating_sub(self.instructions);
            let out = self.sb.run(pc, budget);
            self.instructions += out.instructions;
            self.record_writes();
            match out.stop {
                Stop::FetchFromNonExecutable { addr, .. } | Stop::FetchUnmapped { addr } => {
                    if let Some(name) = self
                        .w
                        .exits
                        .iter()
                        .find(|e| e.1 == addr)
                        .map(|e| e.0.clone())
                    {
                        let v = self.check_leave(&preserved, self.w.entry_sp, &before);
                        self.exit(ExitKind::Exit(name));
                        return self.verdict(v);
                    }
                    if addr == self.w.return_sentinel {
                        let v = self.check_leave(
                            &preserved,
                            self.w.entry_sp
                                + u64::from(self.arch.pointer_width())
                                    * u64::from(self.arch != Arch::Aarch64),
                            &before,
                        );
                        self.exit(ExitKind::Return);
                        return self.verdict(v);
                    }
                    if let Some(symbol) = self
                        .w
                        .symbols
                        .iter()
                        .find(|s| s.1 == addr)
                        .map(|s| s.0.clone())
                    {
                        match self.call_stub(&symbol) {
                            Some(next) => {
                                pc = next;
                                continue;
                            }
                            None => {
                                let v = self.check_leave(&preserved, self.w.entry_sp, &before);
                                self.exit(ExitKind::TailCall(symbol));
                                return self.verdict(v);
                            }
                        }
                    }
                    if (self.w.heap..self.w.heap + HEAP_LEN).contains(&addr) {
                        // Control went to a pointer loaded from an object:
                        // another executor's code.
                        let v = self.check_leave(&preserved, self.w.entry_sp, &before);
                        let to = self.normalize(addr);
                        self.exit(ExitKind::Indirect(to));
                        return self.verdict(v);
                    }
                    let at = self.last_code_offset();
                    let into = self
                        .w
                        .regions
                        .iter()
                        .find(|r| (r.1..r.1 + r.2).contains(&addr))
                        .map(|r| r.0.clone())
                        .or_else(|| self.read_only_region(addr).map(str::to_owned));
                    let from = at.map_or(String::new(), |o| format!(" (from code+{o:#x})"));
                    let msg = match into {
                        Some(region) => format!(
                            "jumps into data: {} is in the {region}, not code{from}",
                            self.describe(addr)
                        ),
                        None => format!(
                            "executes {} outside the stencil's code, trampolines and stubs{from}",
                            self.describe(addr)
                        ),
                    };
                    return self.verdict(Some((FindingKind::ExecutionOutsideCode, msg, at)));
                }
                Stop::ReadViolation { addr, size, pc }
                | Stop::WriteViolation { addr, size, pc } => {
                    let write = matches!(out.stop, Stop::WriteViolation { .. });
                    let at = self.code_offset(pc);
                    let (kind, msg) = match self.read_only_region(addr) {
                        Some(region) if write => (
                            FindingKind::WriteToReadOnly,
                            format!(
                                "writes {size} bytes at {} in the stencil's {region}, which is read-only once patched{}",
                                self.describe(addr),
                                self.where_(pc)
                            ),
                        ),
                        _ => (
                            FindingKind::SandboxViolation,
                            format!(
                                "{} {size} bytes at {}, outside the sandbox's memory{}",
                                if write { "writes" } else { "reads" },
                                self.describe(addr),
                                self.where_(pc)
                            ),
                        ),
                    };
                    return self.verdict(Some((kind, msg, at)));
                }
                Stop::Timeout { pc } => {
                    let v = self.timed_out(pc);
                    return self.verdict(Some(v));
                }
                Stop::BudgetExhausted { pc } => {
                    let msg = format!(
                        "did not terminate: still running after {} instructions (--budget){}",
                        self.instructions,
                        self.where_(pc)
                    );
                    let at = self.code_offset(pc);
                    return self.verdict(Some((FindingKind::DidNotTerminate, msg, at)));
                }
                Stop::Interrupt { intno, pc } => {
                    let name = match (self.arch, intno) {
                        (Arch::X86_64 | Arch::I686, x86::INT_GENERAL_PROTECTION) => {
                            general_protection(self.sb, self.arch, pc)
                        }
                        _ => interrupt_name(self.arch, intno),
                    };
                    let msg = format!("executes a {name}{}", self.where_(pc));
                    let at = self.code_offset(pc);
                    return self.verdict(Some((FindingKind::ForbiddenInstruction, msg, at)));
                }
                Stop::InvalidInstruction { pc } => {
                    let msg = format!(
                        "executes an undefined or privileged instruction{}",
                        self.where_(pc)
                    );
                    let at = self.code_offset(pc);
                    return self.verdict(Some((FindingKind::ForbiddenInstruction, msg, at)));
                }
                Stop::MaterialiseCapExceeded { addr, pc } => {
                    let msg = format!(
                        "touches more than the {} bytes of memory one sandbox run may materialise (--max-sandbox-memory) at {}{}; not checked further",
                        self.config.max_memory,
                        self.describe(addr),
                        self.where_(pc)
                    );
                    let at = self.code_offset(pc);
                    return self.verdict(Some((FindingKind::LimitExceeded, msg, at)));
                }
                Stop::Other(message) => {
                    return self.verdict(Some((FindingKind::SandboxFault, message, None)));
                }
                Stop::ReachedExit { pc } => {
                    // Whole-stencil runs set no exits list.
                    let msg = format!("stopped at an unexpected emulator exit {pc:#x}");
                    return self.verdict(Some((FindingKind::SandboxFault, msg, None)));
                }
            }
        }
    }

    /// The wall-clock limit was hit with `pc` next.
    fn timed_out(&self, pc: u64) -> (FindingKind, String, Option<u64>) {
        let msg = format!(
            "still running after the wall-clock limit of {} ms per run (--run-timeout-ms; {} instructions){}; not checked further",
            self.config.timeout_ms,
            self.instructions,
            self.where_(pc)
        );
        (FindingKind::LimitExceeded, msg, self.code_offset(pc))
    }

    fn verdict(self, violation: Option<(FindingKind, String, Option<u64>)>) -> TrialRun {
        let exit_site = if violation.is_none() {
            let (_, size) = self.sb.last_instruction();
            self.last_code_offset().map(|off| (off, size))
        } else {
            None
        };
        TrialRun {
            exit_site,
            trace: Trace {
                events: self.events,
            },
            violation,
            instructions: self.instructions,
        }
    }

    /// The stack pointer and preserved registers when the stencil leaves.
    fn check_leave(
        &mut self,
        preserved: &[(Reg, u64)],
        expected_sp: u64,
        _before: &RegFile,
    ) -> Option<(FindingKind, String, Option<u64>)> {
        let sp = self.sb.sp();
        let at = self.last_code_offset();
        if sp != expected_sp {
            let d = sp.wrapping_sub(expected_sp) as i64;
            return Some((
                FindingKind::StackImbalance,
                format!("leaves with the stack pointer {d:+} bytes off from where it entered"),
                at,
            ));
        }
        for (r, v) in preserved {
            let now = self.sb.reg(*r);
            if now != *v && Some(*r) != Some(self.sb.isa().sp_reg()) {
                return Some((
                    FindingKind::RegisterClobbered,
                    format!(
                        "leaves with {} = {:#x}, but the convention preserves it ({:#x} on entry)",
                        r.name(),
                        now,
                        v
                    ),
                    at,
                ));
            }
        }
        // The thread state and executor never change between stencils; they
        // must still be where the next stencil looks for them.
        for (slot, (role, value)) in self.entry.slots.iter().zip(&self.w.roles) {
            if !matches!(role, Role::ThreadState | Role::Executor) {
                continue;
            }
            let now = self.read_slot(*slot);
            if now != *value {
                return Some((
                    FindingKind::RegisterClobbered,
                    format!(
                        "leaves with {} (the JIT's {} argument) = {}, not the {} it was entered with",
                        slot.name(),
                        role.name(),
                        self.describe(now),
                        self.describe(*value)
                    ),
                    at,
                ));
            }
        }
        None
    }

    fn read_slot(&mut self, slot: Slot) -> u64 {
        match slot {
            Slot::Reg(r) => self.sb.reg(r),
            Slot::Stack(off) => self.sb.read_ptr(self.sb.sp() + off).unwrap_or(0),
        }
    }

    fn exit(&mut self, how: ExitKind) {
        let state: Vec<(String, Value)> = self
            .entry
            .slots
            .iter()
            .zip(&self.w.roles)
            .map(|(slot, (role, _))| {
                let v = self.read_slot(*slot);
                (role.name().to_owned(), self.normalize(v))
            })
            .collect();
        self.events.push(Event::Exit { how, state });
    }

    /// An external call reached its stub: record it, return a value, and
    /// resume at the return address. `None` if it was a tail call (no
    /// return address into the stencil).
    fn call_stub(&mut self, symbol: &str) -> Option<u64> {
        let isa = self.sb.isa();
        let ret_addr = match self.arch {
            Arch::X86_64 | Arch::I686 => self.sb.read_ptr(self.sb.sp()).unwrap_or(0),
            Arch::Aarch64 => self.sb.reg(aarch64::Reg::X30),
        };
        let p = &self.w.trial.placement;
        let in_stencil = (p.code..p.code + self.w.image.code.len() as u64).contains(&ret_addr)
            || (p.trampolines..p.trampolines + self.w.image.trampolines.len() as u64)
                .contains(&ret_addr);
        if !in_stencil {
            return None;
        }
        // Arguments as the native convention passes them; the last one the
        // stencil set ends the list (unset registers still hold poison).
        let slots = convention::native_arguments(self.set.target);
        let mut raw: Vec<u64> = Vec::new();
        for slot in &slots {
            raw.push(match slot {
                Slot::Reg(r) => self.sb.reg(*r),
                // On x86 the call pushed the return address: arguments
                // start one word above the stack pointer.
                Slot::Stack(off) => self.sb.read_ptr(self.sb.sp() + off).unwrap_or(0),
            });
        }
        let set_args = raw
            .iter()
            .rposition(|&v| !self.is_poison(v))
            .map_or(0, |i| i + 1);
        let args: Vec<Value> = raw[..set_args].iter().map(|&v| self.normalize(v)).collect();
        let returned = self.w.returns[self.calls % self.w.returns.len()];
        self.calls += 1;
        // Out-parameters: a pointer into the caller's own stack frame is
        // filled in by the callee, as C functions with `T *out` do, so the
        // stencil never reads an uninitialised local.
        let ms = self
            .w
            .regions
            .iter()
            .find(|r| r.0 == "machine-stack")
            .map(|r| (r.1, r.2));
        for &v in &raw[..set_args] {
            if let Some((base, len)) = ms {
                if (base..base + len).contains(&v) && v >= self.sb.sp() {
                    let out = self.w.returns[(self.calls + 7) % self.w.returns.len()];
                    let _ = self.sb.write_ptr(v, out);
                }
            }
        }
        let returned_norm = self.normalize(returned);
        self.events.push(Event::Call {
            symbol: symbol.to_owned(),
            args,
            returned: returned_norm,
        });
        // The callee returns: the value in the return register, its
        // caller-saved registers clobbered (poisoned), the return address
        // popped.
        for r in caller_saved(self.set.target) {
            let i = r.file_index().unwrap_or(0) as u64;
            self.sb
                .set_reg(r, (POISON | 0x80 << 8 | i << 8) & self.arch.address_mask());
        }
        self.sb
            .set_reg(convention::native_return(self.arch), returned);
        if let Some(high) = convention::native_return_high(self.arch) {
            self.sb.set_reg(high, 0);
        }
        match self.arch {
            Arch::X86_64 | Arch::I686 => {
                let sp = self.sb.sp() + u64::from(self.arch.pointer_width());
                self.sb.set_sp(sp);
            }
            Arch::Aarch64 => {}
        }
        let _ = isa;
        Some(ret_addr)
    }

    fn is_poison(&self, v: u64) -> bool {
        let mask = self.arch.address_mask();
        v & mask & 0xffff_ffff_0000_0000 == POISON & mask & 0xffff_ffff_0000_0000
            && (self.arch != Arch::I686 || v & 0xffff_0000 == POISON & 0xffff_0000)
    }

    /// Stores the stencil made since the last look, as events: changed
    /// pointer-sized words of every writable region.
    fn record_writes(&mut self) {
        let first = self.events.len();
        self.collect_writes();
        // Within one segment (between calls) the order of stores is the
        // compiler's choice; order them by where they went.
        self.events[first..].sort();
    }

    fn collect_writes(&mut self) {
        let width = u64::from(self.arch.pointer_width()) as usize;
        let writable: Vec<(String, u64, u64)> = self
            .w
            .regions
            .iter()
            .filter(|r| r.3.contains(Perms::W))
            .map(|r| (r.0.clone(), r.1, r.2))
            .collect();
        for (i, (name, base, len)) in writable.iter().enumerate() {
            if name == "machine-stack" {
                continue; // spills and return addresses: not behaviour
            }
            let mut now = vec![0u8; *len as usize];
            if self.sb.read_into(*base, &mut now).is_err() {
                continue;
            }
            let old = &self.snapshots[i];
            if now == *old {
                continue;
            }
            for off in (0..now.len()).step_by(width) {
                let (a, b) = (&now[off..off + width], &old[off..off + width]);
                if a != b {
                    let mut w = [0u8; 8];
                    w[..width].copy_from_slice(a);
                    let value = u64::from_le_bytes(w);
                    let to = Value::In {
                        region: name.trim_start_matches('&').to_owned(),
                        offset: off as u64,
                    };
                    let to = if name.starts_with('&') {
                        Value::Symbol {
                            name: name[1..].to_owned(),
                            offset: off as u64,
                        }
                    } else {
                        to
                    };
                    let value = self.normalize(value);
                    self.events.push(Event::Write {
                        to,
                        size: width as u32,
                        value,
                    });
                }
            }
            self.snapshots[i] = now;
        }
    }

    /// A value in the words a maintainer uses.
    fn normalize(&self, v: u64) -> Value {
        let mask = self.arch.address_mask();
        let v = v & mask;
        if self.is_poison(v) {
            return Value::Unset;
        }
        for (name, addr) in &self.w.exits {
            if v == *addr {
                return Value::Exit(name.clone());
            }
        }
        if v == self.w.return_sentinel {
            return Value::Exit("RETURN".into());
        }
        for (name, base, len, _, _, _) in &self.w.regions {
            if (*base..*base + *len).contains(&v) {
                if name == "machine-stack" {
                    // The address of a local: where in the frame depends on
                    // the compiler and target.
                    return Value::In {
                        region: "local".into(),
                        offset: 0,
                    };
                }
                return if let Some(sym) = name.strip_prefix('&') {
                    Value::Symbol {
                        name: sym.to_owned(),
                        offset: v - base,
                    }
                } else {
                    Value::In {
                        region: name.clone(),
                        offset: v - base,
                    }
                };
            }
        }
        let p = &self.w.trial.placement;
        if (p.code..p.code + self.w.image.code.len() as u64).contains(&v) {
            return Value::In {
                region: "code".into(),
                offset: v - p.code,
            };
        }
        if (p.data..p.data + self.w.image.data.len() as u64).contains(&v) {
            return Value::In {
                region: "data".into(),
                offset: v - p.data,
            };
        }
        let vals = &self.w.trial.values;
        let operands: [(&str, u64); 7] = [
            ("OPERAND0", vals.operand0),
            ("OPERAND1", vals.operand1),
            ("OPERAND0_LO", vals.operand0 & 0xffff_ffff),
            ("OPERAND1_LO", vals.operand1 & 0xffff_ffff),
            ("TARGET", u64::from(vals.target)),
            ("OPARG", u64::from(vals.oparg)),
            ("OPERAND0_HI", vals.operand0 >> 32),
        ];
        for (name, value) in operands {
            let d = v.wrapping_sub(value & mask) as i64;
            if value > 0xff && d.unsigned_abs() <= 0x40 {
                return Value::Operand {
                    name: name.into(),
                    offset: d,
                };
            }
        }
        Value::Number(v)
    }

    fn describe(&self, addr: u64) -> String {
        match self.normalize(addr) {
            Value::Number(n) => format!("{n:#x}"),
            other => format!("{addr:#x} ({other})"),
        }
    }

    /// The stencil's own read-only parts: its code, trampolines and data.
    fn read_only_region(&self, addr: u64) -> Option<&'static str> {
        let p = &self.w.trial.placement;
        let img = &self.w.image;
        if (p.code..p.code + img.code.len() as u64).contains(&addr) {
            Some("code")
        } else if (p.trampolines..p.trampolines + img.trampolines.len() as u64).contains(&addr) {
            Some("trampolines")
        } else if (p.data..p.data + img.data.len() as u64).contains(&addr) {
            Some("data")
        } else {
            None
        }
    }

    fn code_offset(&self, pc: u64) -> Option<u64> {
        let p = &self.w.trial.placement;
        (p.code..p.code + self.w.image.code.len() as u64)
            .contains(&pc)
            .then(|| pc - p.code)
    }

    fn last_code_offset(&self) -> Option<u64> {
        self.code_offset(self.sb.last_instruction().0)
    }

    /// " at code+0x1c" (the instruction's offset in the stencil), or where
    /// else it is.
    fn where_(&self, pc: u64) -> String {
        match self.code_offset(pc) {
            Some(off) => format!(" at code+{off:#x}"),
            None => format!(" at {}", self.describe(pc)),
        }
    }
}

fn set_flags(sb: &mut Sandbox, flags: u64) {
    match sb.isa() {
        Isa::X86_64 => sb.set_reg(x86::Reg::Rflags, 0x202 | flags),
        Isa::X86_32 => sb.set_reg(x86::Reg32::Eflags, 0x202 | flags),
        Isa::Aarch64 => sb.set_reg(aarch64::Reg::Nzcv, flags),
    }
}

/// Registers a native C callee may clobber (poisoned after a stub returns).
fn caller_saved(target: crate::target::Target) -> Vec<Reg> {
    use crate::target::Target::*;
    use x86::Reg::*;
    match target {
        X86_64Linux | X86_64Darwin => [Rcx, Rdx, Rsi, Rdi, R8, R9, R10, R11]
            .into_iter()
            .map(Into::into)
            .collect(),
        X86_64Windows => [Rcx, Rdx, R8, R9, R10, R11]
            .into_iter()
            .map(Into::into)
            .collect(),
        I686Windows => [x86::Reg32::Ecx].into_iter().map(Into::into).collect(),
        Aarch64Linux | Aarch64Darwin | Aarch64Windows => (1..=17)
            .filter(|&n| n != 18)
            .map(|n| aarch64::Reg::x(n).into())
            .collect(),
    }
}

fn interrupt_name(arch: Arch, intno: u32) -> String {
    match arch {
        Arch::X86_64 | Arch::I686 => match intno {
            x86::INTNO_SYSCALL => "system call (syscall)".into(),
            x86::INTNO_SYSENTER => "system call (sysenter)".into(),
            x86::INTNO_HLT => "hlt".into(),
            x86::INTNO_IO => "port I/O instruction (in/out), privileged in user mode".into(),
            3 => "breakpoint (int3)".into(),
            0 => "division by zero".into(),
            6 => "undefined instruction (ud2)".into(),
            n => format!("software interrupt (int {n:#x})"),
        },
        Arch::Aarch64 => match intno {
            aarch64::EXCP_SVC => "system call (svc)".into(),
            aarch64::EXCP_BRK => "breakpoint (brk)".into(),
            aarch64::EXCP_HVC => "hypervisor call (hvc)".into(),
            aarch64::EXCP_SMC => "secure monitor call (smc)".into(),
            aarch64::EXCP_WFI => "wait for interrupt (wfi)".into(),
            1 => "undefined instruction (udf)".into(),
            n => format!("exception {n}"),
        },
    }
}

/// What a general-protection fault at `pc` means: in user mode, mostly a
/// privileged instruction, named from its bytes.
fn general_protection(sb: &Sandbox, arch: Arch, pc: u64) -> String {
    let bytes: Vec<u8> = (0..16u64)
        .map_while(|i| sb.read_u8(pc.wrapping_add(i)).ok())
        .collect();
    match x86::privileged_mnemonic(&bytes, arch == Arch::X86_64) {
        Some(m) => format!("privileged instruction ({m}; general-protection fault in user mode)"),
        None => "general-protection fault".into(),
    }
}

// ---- the shim: deriving the entry state --------------------------------------------

/// The JIT's argument slots, derived by running the set's shim with marker
/// values in the native argument slots and seeing where they are when the
/// shim hands over to the first uop. Falls back to the documented table
/// (three arguments) for sets without a shim, and reports a disagreement.
pub fn derive_entry(set: &StencilSet, config: &SandboxConfig) -> (Entry, Vec<Finding>) {
    let documented = convention::jit_arguments(set.target);
    let fallback = Entry {
        slots: documented[..3].to_vec(),
        roles: convention::roles(3),
        derived: false,
    };
    let Some(shim) = set
        .groups
        .iter()
        .find(|g| g.role == GroupRole::Shim && !g.code.body.is_empty())
    else {
        return (fallback, Vec::new());
    };
    let derived = with_sandbox(isa(set.target.arch()), |sb| run_shim(set, shim, config, sb));
    let (found, stop) = match derived {
        Ok(x) => x,
        Err(message) => {
            let f = Finding::error(
                FindingKind::ConventionMismatch,
                CHECK,
                Span::new(&set.source, shim.span.line),
                format!("cannot derive the JIT's entry state from the shim: {message}; using the documented table"),
            )
            .with_target(set.target)
            .with_stencil(&shim.name);
            return (fallback, vec![f]);
        }
    };
    // found[i] = index into `documented` of the slot holding native arg i.
    // An argument counts as passed only if the shim moved it: a native
    // argument register that is also a JIT argument register (x3, rcx) still
    // holds its marker when the shim never touched it.
    let natives = convention::native_arguments(set.target);
    let moved = |i: usize| match (found[i], natives.get(i)) {
        (Some(j), Some(Slot::Reg(r))) => documented[j] != Slot::Reg(*r),
        (Some(_), _) => true,
        (None, _) => false,
    };
    let count = (0..found.len()).take_while(|&i| moved(i)).count();
    if count < 3 {
        let f = Finding::error(
            FindingKind::ConventionMismatch,
            CHECK,
            Span::new(&set.source, shim.span.line),
            format!(
                "the shim hands over ({stop}) with only {count} of its native arguments in the JIT's argument slots ({}); using the documented table",
                found
                    .iter()
                    .enumerate()
                    .map(|(i, f)| format!("arg{i} → {}", f.map_or("nowhere".into(), |j| documented[j].name())))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )
        .with_target(set.target)
        .with_stencil(&shim.name);
        return (fallback, vec![f]);
    }
    let slots: Vec<Slot> = found[..count]
        .iter()
        .map(|f| documented[f.unwrap_or(0)])
        .collect();
    let mut findings = Vec::new();
    for (i, slot) in slots.iter().enumerate() {
        if *slot != documented[i] {
            findings.push(
                Finding::error(
                    FindingKind::ConventionMismatch,
                    CHECK,
                    Span::new(&set.source, shim.span.line),
                    format!(
                        "the shim passes native argument {i} in {}, but the documented convention puts the JIT's argument {i} in {}",
                        slot.name(),
                        documented[i].name()
                    ),
                )
                .with_target(set.target)
                .with_stencil(&shim.name),
            );
        }
    }
    let entry = Entry {
        roles: convention::roles(count),
        slots: slots
            .into_iter()
            .take(convention::roles(count).len())
            .collect(),
        derived: true,
    };
    (entry, findings)
}

/// Runs the shim; returns, per native argument, which documented JIT slot
/// holds its marker when control leaves the shim.
fn run_shim(
    set: &StencilSet,
    shim: &Group,
    config: &SandboxConfig,
    sb: &mut Sandbox,
) -> Result<(Vec<Option<usize>>, String), String> {
    let arch = set.target.arch();
    let ptr = u64::from(arch.pointer_width());
    let mut rng = item_rng(
        config.seed,
        &[set.target.triple(), set.shape.name(), "shim"],
    );
    let trial = placement::sample(set, shim, SymbolReach::Near, &mut rng);
    let memory = |_addr: u64| None::<u64>;
    let image = patch::patch_group(
        set,
        shim,
        &trial.values,
        &trial.placement,
        &PatchOptions::default(),
        &memory,
    );
    if let Some(e) = image.errors.first() {
        return Err(format!("it cannot be patched: {}", e.kind));
    }
    let p = &trial.placement;
    let code_end = p.code + image.code.len() as u64;
    // Markers: each native argument points at its own pointer-filled page,
    // so that the shim may dereference it (e.g. `exec->jit_code`).
    let (lo, hi) = placement::user_space(arch);
    let base = loop {
        let b = placement::align_down(rng.random_range(lo + 0x10_0000..hi - 0x20_0000), 0x1_0000);
        if b + 0x20_0000 < trial.block || b > trial.block + trial.block_len + 0x1000 {
            break b;
        }
    };
    let natives = convention::native_arguments(set.target);
    let markers: Vec<u64> = (0..natives.len() as u64)
        .map(|i| base + 0x1_0000 * (i + 1))
        .collect();
    let pages: Vec<Vec<u8>> = markers
        .iter()
        .map(|m| {
            let target = m + 0x800; // pointers within the same page
            (0..0x1000 / ptr)
                .flat_map(|_| target.to_le_bytes()[..ptr as usize].to_vec())
                .collect()
        })
        .collect();
    let machine_stack = base + 0x10_0000;
    let ret = machine_stack + 0x2_0000;
    let mut stack = vec![0u8; 0x1_0000];
    let entry_sp = machine_stack + 0x8000 - ptr; // as after the native call
    let mut put = |addr: u64, v: u64| {
        let off = (addr - machine_stack) as usize;
        stack[off..off + ptr as usize].copy_from_slice(&v.to_le_bytes()[..ptr as usize]);
    };
    if arch != Arch::Aarch64 {
        put(entry_sp, ret);
    }
    for (slot, m) in natives.iter().zip(&markers) {
        if let Slot::Stack(off) = slot {
            put(entry_sp + off, *m);
        }
    }
    let mut regions = vec![Region::with_bytes(p.code, &image.code, Perms::RX, 1)];
    if !image.data.is_empty() {
        regions.push(Region::with_bytes(p.data, &image.data, Perms::R, 2));
    }
    for (m, page) in markers.iter().zip(&pages) {
        regions.push(Region::with_bytes(*m, page, Perms::RW, 3));
    }
    regions.push(Region::with_bytes(machine_stack, &stack, Perms::RW, 4));
    regions.push(Region::new(ret, 16, Perms::R, 5));
    sb.reset(&regions).map_err(|e| e.to_string())?;
    for (slot, m) in natives.iter().zip(&markers) {
        if let Slot::Reg(r) = slot {
            sb.set_reg(*r, *m);
        }
    }
    sb.set_sp(if arch == Arch::Aarch64 {
        entry_sp + ptr
    } else {
        entry_sp
    });
    if arch == Arch::Aarch64 {
        sb.set_reg(aarch64::Reg::X30, ret);
    }
    let out = sb.run(p.code, config.budget);
    let stop = match out.stop {
        Stop::FetchFromNonExecutable { addr, .. } | Stop::FetchUnmapped { addr } => {
            if (p.code..code_end).contains(&addr) {
                return Err(format!("it stops inside itself at {addr:#x}"));
            }
            if addr == ret {
                return Err("it returns without handing over to a uop".into());
            }
            format!("to {addr:#x}")
        }
        other => return Err(format!("it stops with {other:?}")),
    };
    let documented = convention::jit_arguments(set.target);
    let found = markers
        .iter()
        .map(|m| {
            documented.iter().position(|slot| match slot {
                Slot::Reg(r) => sb.reg(*r) == *m,
                Slot::Stack(off) => sb.read_ptr(sb.sp() + off).ok() == Some(*m),
            })
        })
        .collect();
    Ok((found, stop))
}

/// The findings of a group's trials, attributed to a hole where one is
/// involved. (Used by checks that build on the sandbox.)
pub fn hole_site<'a>(set: &'a StencilSet, group: &'a Group, index: usize) -> Option<HoleSite<'a>> {
    group.code.holes.get(index).map(|hole| HoleSite {
        set,
        group,
        part: Part::Code,
        index,
        hole,
    })
}

#[allow(dead_code)]
fn unused(_: Severity, r: &mut ItemRng) -> u64 {
    r.next_u64()
}

/// An operand as uops use them: small integers, pointer-like values, or any
/// 64 bits.
fn semantic_operand(rng: &mut ItemRng) -> u64 {
    match rng.random_range(0..4u8) {
        0 => rng.random_range(0..256),
        1 => placement::align_down(rng.random_range(0x1_0000..0x7fff_ffff_0000), 8),
        _ => rng.random(),
    }
}
