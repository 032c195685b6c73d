//! Property-based fuzzing of every patch function, checked by the emulator.
//!
//! For one patch kind on one architecture, a proptest strategy draws a case:
//! an original instruction (or data word) from every instruction class the
//! kind is legal on, with registers, sizes, prefixes and the bits already in
//! the field varied; the location `P` anywhere in the architecture's user
//! address space; the value `V` in range and out of range, biased to the
//! edges of each encoding's range; for the relaxing kinds the 8-byte slot the
//! runtime inspects, near and far; for trampolines the symbol and the trace's
//! trampoline mask. The case is patched by the reference patcher
//! ([`patch::patch_group_with`], through [`Encoders`]) and then:
//!
//! - **range**: the patcher must report `OutOfRange`/`Misaligned` exactly
//!   when this module's own arithmetic (on the *range* of each form, never on
//!   its encoding) says the value cannot be expressed; on i686 it must report
//!   `DisplacementWraps` exactly when jit.c's 64-bit `V - P` leaves ±2 GiB;
//!   instruction classes jit.c asserts against (CBZ/CBNZ for `19r`, 128-bit
//!   `LDR/STR Q` for `12`) must be reported as asserting. For the relaxing
//!   kinds, which form the runtime picks is its policy, taken as documented:
//!   `32rx` relaxes when `S - 4 - P` is in `[-2^31, 2^31 - 1)` (one byte
//!   narrower than the displacement), `33rx` uses `ldr literal` within
//!   ±512 KiB (half of what the literal reaches).
//! - **no error when in range**: a value the form can express must patch
//!   without a range error.
//! - **meaning**: whenever the bytes are written, the instruction (one step;
//!   a pair, a relaxed `nop; call` or a branch through a trampoline a few
//!   steps) runs under the emulator with every register holding one fill
//!   value (sometimes zero), and what the CPU computed must be what the hole
//!   is for: the branch target, the effective address of the access, the
//!   register written, the value pushed. x86 PC-relative forms are fuzzed by
//!   their *intended* target `T` with `V = T - (end - P)`, as a stencil's
//!   addend makes it, so a displacement taken from the wrong end of the
//!   instruction shows. No other register may change: a relaxation must not
//!   have side effects the original instruction does not have.
//!
//! Cases where jit.c's own relaxation rule misfires on bytes that are not the
//! instruction it means to rewrite (a direct COFF `call rel32` whose previous
//! instruction ends in `0x8B`; a REX.B-prefixed `call [rip+X]`) are counted
//! as *runtime hazards*, not failures: the patcher reproduces jit.c there.
//!
//! Emulator facts this relies on: x86 code gets a `ud2` after it (else the
//! translator decodes the rest of the page, ~100x slower); the branch target
//! is read from the PC register, not from a fetch stop's address (which
//! names the first undeclared byte of the instruction there, and on x86-32
//! is sign-extended when a `jcc` wraps around 2^32).
//!
//! [`fuzz_kind`] is the entry point for the CLI (`stencil-verify fuzz`) and
//! the tests. Each `(kind, arch)` has its own proptest runner seeded from
//! `(seed, kind, arch)` with ChaCha, so a run is reproducible from the
//! command line whatever else runs in parallel.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Arc;
use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestError, TestRng, TestRunner};
use stencil_emulators::{with_sandbox, AccessKind, Isa, Perms, RegFile, Region, Sandbox, Stop};

use crate::model::{
    Group, GroupRole, Hole, HoleOperand, HoleValue, PatchKind, Shape, Span, Stencil, StencilSet,
    SymbolMapEntry, ValueExpr,
};
use crate::patch::{
    self, Encoders, HoleValues, PatchErrorKind, PatchOptions, PatchedGroup, Placement, Relaxation,
};
use crate::target::{Arch, Target};

// ---- public API ---------------------------------------------------------------

/// Every architecture, in report order.
pub const ARCHES: [Arch; 3] = [Arch::X86_64, Arch::I686, Arch::Aarch64];

/// The patch kinds legal on `arch`, in [`PatchKind::ALL`] order.
pub fn kinds_for(arch: Arch) -> Vec<PatchKind> {
    PatchKind::ALL
        .into_iter()
        .filter(|k| k.legal_on(arch))
        .collect()
}

/// A triple for `arch` where `kind` occurs (for reproduction commands).
pub fn default_triple(kind: PatchKind, arch: Arch) -> &'static str {
    match arch {
        Arch::X86_64 if kind == PatchKind::X86_64Trampoline => Target::X86_64Darwin.triple(),
        Arch::X86_64 => Target::X86_64Linux.triple(),
        Arch::I686 => Target::I686Windows.triple(),
        Arch::Aarch64 => Target::Aarch64Linux.triple(),
    }
}

/// Counters of one `(kind, arch)` run, over the generated cases (shrinking
/// steps are not counted).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FuzzStats {
    /// Cases whose patched bytes ran under the emulator and matched.
    pub executed: u64,
    /// Cases out of range (or misaligned) that the patcher rejected, as it must.
    pub rejected: u64,
    /// Cases whose instruction class jit.c asserts against but whose
    /// release-build bytes were run and are right (CBZ/CBNZ for `19r`).
    pub release_only: u64,
    /// Cases whose class jit.c asserts against and whose bytes are not run
    /// (128-bit `LDR/STR Q` for `12`).
    pub class_rejected: u64,
    /// i686 cases where jit.c's 64-bit `V - P` trips a debug-build assert
    /// but the wrapped 32-bit field is right (and was run).
    pub debug_wraps: u64,
    /// Relaxations the patcher applied, by kind.
    pub relaxed: BTreeMap<String, u64>,
    /// Trampoline kinds: calls that went through a trampoline slot.
    pub via_trampoline: u64,
    /// Runtime hazards: jit.c's relaxation rewrote bytes it does not own (see
    /// the module documentation); the patcher reproduces jit.c.
    pub hazards: u64,
    /// The hazards by cause.
    pub hazard_causes: BTreeMap<String, u64>,
    /// Emulator runs (single steps).
    pub emulator_steps: u64,
    /// Cases generated per instruction class ([`instruction_classes`]).
    pub classes: BTreeMap<String, u64>,
}

impl FuzzStats {
    fn merge(&mut self, o: &FuzzStats) {
        self.executed += o.executed;
        self.rejected += o.rejected;
        self.release_only += o.release_only;
        self.class_rejected += o.class_rejected;
        self.debug_wraps += o.debug_wraps;
        for (k, v) in &o.relaxed {
            *self.relaxed.entry(k.clone()).or_default() += v;
        }
        self.via_trampoline += o.via_trampoline;
        self.hazards += o.hazards;
        for (k, v) in &o.hazard_causes {
            *self.hazard_causes.entry(k.clone()).or_default() += v;
        }
        self.emulator_steps += o.emulator_steps;
        for (k, v) in &o.classes {
            *self.classes.entry(k.clone()).or_default() += v;
        }
    }
}

/// The result of fuzzing one patch kind on one architecture.
#[derive(Clone, Debug)]
pub struct FuzzOutcome {
    pub kind: PatchKind,
    pub arch: Arch,
    pub seed: u64,
    /// Cases asked for.
    pub cases: u32,
    /// Cases generated and checked (up to and including the first failure).
    pub cases_run: u64,
    /// 0, or 1: proptest stops at the first failing case and shrinks it.
    pub failures: u64,
    /// 1-based index of the first failing case.
    pub found_at: Option<u64>,
    /// Test runs spent shrinking the failure.
    pub shrink_steps: u64,
    /// The minimal failing case, described.
    pub failure: Option<String>,
    /// One runtime hazard per cause, shrunk, described.
    pub hazards: BTreeMap<String, String>,
    pub stats: FuzzStats,
    /// Time spent generating and checking cases (shrinking excluded).
    pub elapsed: Duration,
    /// Time spent shrinking.
    pub shrink_time: Duration,
}

impl FuzzOutcome {
    pub fn passed(&self) -> bool {
        self.failures == 0
    }

    pub fn cases_per_second(&self) -> f64 {
        let s = self.elapsed.as_secs_f64();
        if s > 0.0 {
            self.cases_run as f64 / s
        } else {
            0.0
        }
    }

    /// The command that replays this run (and so this failure).
    pub fn repro_command(&self, target: Option<&str>) -> String {
        format!(
            "stencil-verify fuzz --target {} --patch {} --cases {} --seed {:#x}",
            target.unwrap_or_else(|| default_triple(self.kind, self.arch)),
            self.kind.function(),
            self.cases,
            self.seed
        )
    }
}

/// Fuzzes `kind` on `arch` for `cases` cases with the reference patcher
/// using `encoders`. Deterministic for a given `(kind, arch, cases, seed)`.
///
/// Panics if `kind` is not legal on `arch` ([`PatchKind::legal_on`]).
pub fn fuzz_kind(
    kind: PatchKind,
    arch: Arch,
    cases: u32,
    seed: u64,
    encoders: &Encoders,
) -> FuzzOutcome {
    assert!(
        kind.legal_on(arch),
        "{} is not a patch function of {}",
        kind.function(),
        arch.name()
    );
    let ctx = Ctx {
        enc: *encoders,
        file: Arc::from("<fuzz>"),
    };
    let strategy = strategy(kind, arch);
    let run = drive(&ctx, &strategy, kind, arch, cases, seed, None);
    let mut hazards = BTreeMap::new();
    for (cause, (text, at)) in &run.progress.first_hazards {
        // Replay up to the first hazard of this cause, this time as a
        // failure, so that proptest shrinks it.
        let mut minimal = text.clone();
        if run.failure.is_none() {
            let at = u32::try_from(*at).unwrap_or(u32::MAX);
            let replay = drive(&ctx, &strategy, kind, arch, at, seed, Some(cause));
            if let Some(m) = replay.failure {
                minimal = m;
            }
        }
        hazards.insert(cause.to_string(), minimal);
    }
    let p = run.progress;
    FuzzOutcome {
        kind,
        arch,
        seed,
        cases,
        cases_run: p.cases_run,
        failures: u64::from(run.failure.is_some()),
        found_at: p.found_at,
        shrink_steps: p.shrink_steps,
        failure: run.failure,
        hazards,
        stats: p.stats,
        elapsed: run.elapsed,
        shrink_time: run.shrink_time,
    }
}

#[derive(Default)]
struct Progress {
    cases_run: u64,
    found_at: Option<u64>,
    shrink_steps: u64,
    stats: FuzzStats,
    /// The first hazard of each cause and the case it was seen at.
    first_hazards: BTreeMap<&'static str, (String, u64)>,
    found_time: Option<Instant>,
}

struct Driven {
    progress: Progress,
    failure: Option<String>,
    elapsed: Duration,
    shrink_time: Duration,
}

/// One proptest run of `cases` cases; with `hazards_fail`, runtime hazards
/// of that cause count as failures (to shrink one).
fn drive(
    ctx: &Ctx,
    strategy: &BoxedStrategy<Case>,
    kind: PatchKind,
    arch: Arch,
    cases: u32,
    seed: u64,
    hazards_fail: Option<&str>,
) -> Driven {
    let config = Config {
        cases,
        failure_persistence: None,
        source_file: None,
        fork: false,
        timeout: 0,
        max_shrink_iters: 4096,
        max_shrink_time: 60_000,
        max_local_rejects: 1_000_000,
        max_global_rejects: 1_000_000,
        verbose: 0,
        ..Config::default()
    };
    let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &seed_bytes(seed, kind, arch));
    let mut runner = TestRunner::new_with_rng(config, rng);
    let progress = RefCell::new(Progress::default());
    let start = Instant::now();
    let result = with_sandbox(isa(arch), |sb| {
        sb.set_access_log(true);
        let sb = RefCell::new(sb);
        runner
            .run(strategy, |case| {
                let mut sb = sb.borrow_mut();
                let mut local = FuzzStats::default();
                let verdict = check_case(ctx, &mut sb, &case, &mut local);
                let mut p = progress.borrow_mut();
                let shrinking = p.found_at.is_some();
                if shrinking {
                    p.shrink_steps += 1;
                } else {
                    p.cases_run += 1;
                    p.stats.merge(&local);
                }
                let failed = match verdict {
                    Verdict::Pass => None,
                    Verdict::Hazard(cause, text) if hazards_fail == Some(cause) => Some(text),
                    Verdict::Hazard(cause, text) => {
                        if !shrinking {
                            let at = p.cases_run;
                            p.first_hazards.entry(cause).or_insert((text, at));
                        }
                        None
                    }
                    Verdict::Fail(text) => Some(text),
                };
                match failed {
                    None => Ok(()),
                    Some(text) => {
                        if !shrinking {
                            p.found_at = Some(p.cases_run);
                            p.found_time = Some(Instant::now());
                        }
                        Err(TestCaseError::fail(text))
                    }
                }
            })
            .map_err(|e| match e {
                TestError::Fail(reason, _) => reason.to_string(),
                TestError::Abort(reason) => format!("proptest aborted: {reason}"),
            })
    });
    let end = Instant::now();
    let progress = progress.into_inner();
    let found = progress.found_time.unwrap_or(end);
    let failure = result.err();
    Driven {
        progress,
        failure,
        elapsed: found - start,
        shrink_time: end - found,
    }
}

/// The 32-byte ChaCha seed of one `(kind, arch)` run.
fn seed_bytes(seed: u64, kind: PatchKind, arch: Arch) -> [u8; 32] {
    let mut s = crate::seed::item_seed(seed, &["fuzz", kind.function(), arch.name()]);
    let mut out = [0u8; 32];
    for chunk in out.chunks_mut(8) {
        // SplitMix64 steps.
        s = s.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = s;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        chunk.copy_from_slice(&(z ^ (z >> 31)).to_le_bytes());
    }
    out
}

pub fn isa(arch: Arch) -> Isa {
    match arch {
        Arch::X86_64 => Isa::X86_64,
        Arch::I686 => Isa::X86_32,
        Arch::Aarch64 => Isa::Aarch64,
    }
}

// ---- machine facts ------------------------------------------------------------

/// The user address range a pointer may take (as the placement sampler
/// assumes): 47-bit user space on the 64-bit targets, the whole 32-bit space
/// (`/LARGEADDRESSAWARE`) on i686, minus the first and last 64 KiB.
fn space(arch: Arch) -> (u64, u64) {
    match arch {
        Arch::I686 => (0x1_0000, 0xffff_0000),
        Arch::X86_64 | Arch::Aarch64 => (0x1_0000, 0x7fff_ffff_0000),
    }
}

fn mask(arch: Arch) -> u64 {
    arch.address_mask()
}

fn in_i32(d: i64) -> bool {
    (-(1i64 << 31)..(1i64 << 31)).contains(&d)
}

fn hex_bytes(b: &[u8]) -> String {
    let mut s = String::new();
    for (i, x) in b.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        let _ = write!(s, "{x:02x}");
    }
    s
}

fn signed(v: i128) -> String {
    if v < 0 {
        format!("-{:#x}", v.unsigned_abs())
    } else {
        format!("{v:#x}")
    }
}

// ---- instruction forms ----------------------------------------------------------

/// A direct x86 branch with a rel32 field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RelOp {
    Jmp,
    Call,
    /// `jcc rel32` (0F 80+cc).
    Jcc(u8),
}

const CC_NAMES: [&str; 16] = [
    "jo", "jno", "jb", "jae", "je", "jne", "jbe", "ja", "js", "jns", "jp", "jnp", "jl", "jge",
    "jle", "jg",
];

impl RelOp {
    fn opcode(self) -> Vec<u8> {
        match self {
            RelOp::Jmp => vec![0xE9],
            RelOp::Call => vec![0xE8],
            RelOp::Jcc(cc) => vec![0x0F, 0x80 | (cc & 15)],
        }
    }

    fn name(self) -> &'static str {
        match self {
            RelOp::Jmp => "jmp",
            RelOp::Call => "call",
            RelOp::Jcc(cc) => CC_NAMES[cc as usize & 15],
        }
    }
}

/// i686 instructions with an absolute 32-bit memory operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AbsOp {
    /// `mov [abs32], r32` (89 /r).
    StoreReg,
    /// `mov [moffs32], eax` (A3).
    StoreEax,
    /// `mov r32, [abs32]` (8B /r).
    LoadReg,
    /// `mov eax, [moffs32]` (A1).
    LoadEax,
    /// `cmp byte [abs32], imm8` (80 /7 ib).
    CmpByte,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RexW {
    Required,
    Allowed,
    Forbidden,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RipEffect {
    Read,
    Write,
    Lea,
}

/// One x86-64 instruction with a `[rip + disp32]` operand.
struct RipDef {
    text: &'static str,
    /// Prefixes that go before REX (66, F2, F3).
    mandatory: &'static [u8],
    opcode: &'static [u8],
    /// The ModRM reg field when it is an opcode extension (`/digit`).
    digit: Option<u8>,
    /// Bytes of immediate after the displacement.
    imm: usize,
    rex_w: RexW,
    effect: RipEffect,
    /// Whether the ModRM reg field names an XMM register.
    xmm: bool,
}

const RIP_OPS: &[RipDef] = &[
    RipDef {
        text: "mov r64, qword [rip+X]",
        mandatory: &[],
        opcode: &[0x8B],
        digit: None,
        imm: 0,
        rex_w: RexW::Required,
        effect: RipEffect::Read,
        xmm: false,
    },
    RipDef {
        text: "mov r32, dword [rip+X]",
        mandatory: &[],
        opcode: &[0x8B],
        digit: None,
        imm: 0,
        rex_w: RexW::Forbidden,
        effect: RipEffect::Read,
        xmm: false,
    },
    RipDef {
        text: "lea r64, [rip+X]",
        mandatory: &[],
        opcode: &[0x8D],
        digit: None,
        imm: 0,
        rex_w: RexW::Required,
        effect: RipEffect::Lea,
        xmm: false,
    },
    RipDef {
        text: "cmp r64, qword [rip+X]",
        mandatory: &[],
        opcode: &[0x3B],
        digit: None,
        imm: 0,
        rex_w: RexW::Required,
        effect: RipEffect::Read,
        xmm: false,
    },
    RipDef {
        text: "add r32, dword [rip+X]",
        mandatory: &[],
        opcode: &[0x03],
        digit: None,
        imm: 0,
        rex_w: RexW::Forbidden,
        effect: RipEffect::Read,
        xmm: false,
    },
    RipDef {
        text: "mov qword [rip+X], r64",
        mandatory: &[],
        opcode: &[0x89],
        digit: None,
        imm: 0,
        rex_w: RexW::Required,
        effect: RipEffect::Write,
        xmm: false,
    },
    RipDef {
        text: "cmp qword [rip+X], imm8",
        mandatory: &[],
        opcode: &[0x83],
        digit: Some(7),
        imm: 1,
        rex_w: RexW::Required,
        effect: RipEffect::Read,
        xmm: false,
    },
    RipDef {
        text: "cmp dword [rip+X], imm32",
        mandatory: &[],
        opcode: &[0x81],
        digit: Some(7),
        imm: 4,
        rex_w: RexW::Forbidden,
        effect: RipEffect::Read,
        xmm: false,
    },
    RipDef {
        text: "cmp word [rip+X], imm16",
        mandatory: &[0x66],
        opcode: &[0x81],
        digit: Some(7),
        imm: 2,
        rex_w: RexW::Forbidden,
        effect: RipEffect::Read,
        xmm: false,
    },
    RipDef {
        text: "cmp byte [rip+X], imm8",
        mandatory: &[],
        opcode: &[0x80],
        digit: Some(7),
        imm: 1,
        rex_w: RexW::Allowed,
        effect: RipEffect::Read,
        xmm: false,
    },
    RipDef {
        text: "test byte [rip+X], imm8",
        mandatory: &[],
        opcode: &[0xF6],
        digit: Some(0),
        imm: 1,
        rex_w: RexW::Allowed,
        effect: RipEffect::Read,
        xmm: false,
    },
    RipDef {
        text: "add dword [rip+X], imm32",
        mandatory: &[],
        opcode: &[0x81],
        digit: Some(0),
        imm: 4,
        rex_w: RexW::Forbidden,
        effect: RipEffect::Read,
        xmm: false,
    },
    RipDef {
        text: "mov dword [rip+X], imm32",
        mandatory: &[],
        opcode: &[0xC7],
        digit: Some(0),
        imm: 4,
        rex_w: RexW::Forbidden,
        effect: RipEffect::Write,
        xmm: false,
    },
    RipDef {
        text: "mov qword [rip+X], simm32",
        mandatory: &[],
        opcode: &[0xC7],
        digit: Some(0),
        imm: 4,
        rex_w: RexW::Required,
        effect: RipEffect::Write,
        xmm: false,
    },
    RipDef {
        text: "mov byte [rip+X], imm8",
        mandatory: &[],
        opcode: &[0xC6],
        digit: Some(0),
        imm: 1,
        rex_w: RexW::Allowed,
        effect: RipEffect::Write,
        xmm: false,
    },
    RipDef {
        text: "movsd xmm, qword [rip+X]",
        mandatory: &[0xF2],
        opcode: &[0x0F, 0x10],
        digit: None,
        imm: 0,
        rex_w: RexW::Forbidden,
        effect: RipEffect::Read,
        xmm: true,
    },
    RipDef {
        text: "call qword [rip+X]",
        mandatory: &[],
        opcode: &[0xFF],
        digit: Some(2),
        imm: 0,
        rex_w: RexW::Allowed,
        effect: RipEffect::Read,
        xmm: false,
    },
    RipDef {
        text: "jmp qword [rip+X]",
        mandatory: &[],
        opcode: &[0xFF],
        digit: Some(4),
        imm: 0,
        rex_w: RexW::Allowed,
        effect: RipEffect::Read,
        xmm: false,
    },
];

/// The GOT-style loads `patch_x86_64_32rx` sits in (x86-64).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GotOp {
    /// `mov r64, [rip+X]` (REX.W 8B /r): relaxed to `lea`.
    Mov,
    /// `call [rip+X]` (FF 15): relaxed to `nop; call rel32`.
    Call,
    /// `jmp [rip+X]` (FF 25): relaxed to `nop; jmp rel32`.
    Jmp,
    /// `add r64, [rip+X]` (REX.W 03 /r): never relaxed.
    Add,
    /// `cmp r64, [rip+X]` (REX.W 3B /r): never relaxed.
    Cmp,
    /// `push [rip+X]` (FF 35): never relaxed.
    Push,
}

impl GotOp {
    fn name(self) -> &'static str {
        match self {
            GotOp::Mov => "mov r64, [rip+X]",
            GotOp::Call => "call [rip+X]",
            GotOp::Jmp => "jmp [rip+X]",
            GotOp::Add => "add r64, [rip+X]",
            GotOp::Cmp => "cmp r64, [rip+X]",
            GotOp::Push => "push [rip+X]",
        }
    }

    fn relaxable(self) -> bool {
        matches!(self, GotOp::Mov | GotOp::Call | GotOp::Jmp)
    }

    fn has_reg(self) -> bool {
        matches!(self, GotOp::Mov | GotOp::Add | GotOp::Cmp)
    }
}

/// AArch64 load/store (unsigned offset) classes: `(size, V, opc, name)`.
const LDST: &[(u32, u32, u32, &str)] = &[
    (0, 0, 0, "strb w"),
    (0, 0, 1, "ldrb w"),
    (0, 0, 2, "ldrsb x"),
    (0, 0, 3, "ldrsb w"),
    (1, 0, 0, "strh w"),
    (1, 0, 1, "ldrh w"),
    (1, 0, 2, "ldrsh x"),
    (1, 0, 3, "ldrsh w"),
    (2, 0, 0, "str w"),
    (2, 0, 1, "ldr w"),
    (2, 0, 2, "ldrsw x"),
    (3, 0, 0, "str x"),
    (3, 0, 1, "ldr x"),
    (0, 1, 0, "str b"),
    (0, 1, 1, "ldr b"),
    (1, 1, 0, "str h"),
    (1, 1, 1, "ldr h"),
    (2, 1, 0, "str s"),
    (2, 1, 1, "ldr s"),
    (3, 1, 0, "str d"),
    (3, 1, 1, "ldr d"),
    // 128-bit: jit.c asserts these never occur (its shift is the size field,
    // 0, instead of 4).
    (0, 1, 2, "str q"),
    (0, 1, 3, "ldr q"),
];

fn ldst_is_q(class: usize) -> bool {
    let (size, v, opc, _) = LDST[class];
    v == 1 && size == 0 && opc >= 2
}

fn ldst_scale(class: usize) -> u64 {
    if ldst_is_q(class) {
        16
    } else {
        1 << LDST[class].0
    }
}

fn ldst_is_store(class: usize) -> bool {
    LDST[class].2 == 0 || (ldst_is_q(class) && LDST[class].2 == 2)
}

/// The instruction (or data word) holding the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// A 64-bit data word, read back by a probe load.
    DataWord,
    /// `movabs r64, imm64` (REX.W B8+r).
    Movabs { reg: u8 },
    /// i686 `mov r32, imm32` (B8+r).
    MovImm32 { reg: u8 },
    /// i686 absolute memory operand.
    Abs { op: AbsOp, reg: u8 },
    /// i686 `push imm32`.
    PushImm32,
    /// `jmp/call/jcc rel32`, after one byte of the previous instruction.
    Rel { op: RelOp, prev: u8 },
    /// x86-64 `[rip + disp32]` operand: [`RIP_OPS`] entry, REX byte (0 = none), register.
    Rip { op: u8, rex: u8, reg: u8 },
    /// x86-64 GOT load (32rx), REX byte (0 = none), register.
    Got { op: GotOp, rex: u8, reg: u8 },
    /// ADD/ADDS/SUB/SUBS (immediate).
    AddSub {
        sf: bool,
        sub: bool,
        s: bool,
        rd: u8,
        rn: u8,
    },
    /// Load/store (unsigned offset): [`LDST`] entry.
    LdSt { class: u8, rt: u8, rn: u8 },
    /// 64-bit MOVZ/MOVK with hw = the kind's chunk.
    MovWide { movk: bool, rd: u8 },
    /// B.cond.
    BCond { cond: u8 },
    /// CBZ/CBNZ.
    Cbz { sf: bool, nz: bool, rt: u8 },
    /// ADRP.
    Adrp { rd: u8 },
    /// B / BL.
    Branch { link: bool },
    /// `adrp xN; ldr xN, [xN, #off]`.
    Pair { reg: u8 },
}

fn x86_reg_name(arch: Arch, r: u8) -> String {
    const N64: [&str; 16] = [
        "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi", "r8", "r9", "r10", "r11", "r12",
        "r13", "r14", "r15",
    ];
    const N32: [&str; 8] = ["eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"];
    match arch {
        Arch::I686 => N32[r as usize & 7].to_owned(),
        _ => N64[r as usize & 15].to_owned(),
    }
}

fn a64_reg(r: u8, x: bool, sp: bool) -> String {
    match (r, x, sp) {
        (31, true, true) => "sp".into(),
        (31, false, true) => "wsp".into(),
        (31, true, false) => "xzr".into(),
        (31, false, false) => "wzr".into(),
        (r, true, _) => format!("x{r}"),
        (r, false, _) => format!("w{r}"),
    }
}

/// Every instruction class the strategy of `kind` on `arch` draws from, as
/// counted in [`FuzzStats::classes`].
pub fn instruction_classes(kind: PatchKind, arch: Arch) -> Vec<String> {
    use PatchKind as K;
    let rel = || {
        ["jmp rel32", "call rel32", "jcc rel32"]
            .map(String::from)
            .to_vec()
    };
    let mut v: Vec<String> = match kind {
        K::Abs64 if arch == Arch::X86_64 => vec!["movabs r64, imm64".into(), "data word".into()],
        K::Abs64 => vec!["data word".into()],
        K::Abs32 => [
            "mov r32, imm32",
            "mov [abs32], r32",
            "mov [moffs32], eax",
            "mov r32, [abs32]",
            "mov eax, [moffs32]",
            "cmp byte [abs32], imm8",
            "push imm32",
        ]
        .map(String::from)
        .to_vec(),
        K::Rel32 if arch == Arch::X86_64 => {
            let mut v = rel();
            v.extend(RIP_OPS.iter().map(|d| d.text.to_string()));
            v
        }
        K::Rel32 | K::X86_64Trampoline => rel(),
        K::X86_64Rel32x if arch == Arch::X86_64 => {
            let mut v = rel();
            for op in [
                GotOp::Mov,
                GotOp::Call,
                GotOp::Jmp,
                GotOp::Add,
                GotOp::Cmp,
                GotOp::Push,
            ] {
                v.push(op.name().into());
            }
            v
        }
        K::X86_64Rel32x => rel(),
        K::Aarch64Lo12 | K::Aarch64Lo12x => {
            let mut v = Vec::new();
            for op in ["add", "adds", "sub", "subs"] {
                for w in ["w", "x"] {
                    v.push(format!("{op} {w} (immediate)"));
                }
            }
            v.extend(LDST.iter().map(|l| l.3.to_string()));
            v
        }
        K::Aarch64Mov16a | K::Aarch64Mov16b | K::Aarch64Mov16c | K::Aarch64Mov16d => {
            vec!["movz x".into(), "movk x".into()]
        }
        K::Aarch64Branch19 => ["b.cond", "cbz w", "cbz x", "cbnz w", "cbnz x"]
            .map(String::from)
            .to_vec(),
        K::Aarch64Page21 | K::Aarch64Page21x => vec!["adrp".into()],
        K::Aarch64Branch26 | K::Aarch64Trampoline => vec!["b".into(), "bl".into()],
        K::Aarch64Pair33x => vec!["adrp x; ldr x".into()],
    };
    v.sort();
    v
}

impl Form {
    /// The instruction class, registers and prefixes left out.
    fn class(&self) -> String {
        match *self {
            Form::DataWord => "data word".into(),
            Form::Movabs { .. } => "movabs r64, imm64".into(),
            Form::MovImm32 { .. } => "mov r32, imm32".into(),
            Form::Abs { op, .. } => match op {
                AbsOp::StoreReg => "mov [abs32], r32",
                AbsOp::StoreEax => "mov [moffs32], eax",
                AbsOp::LoadReg => "mov r32, [abs32]",
                AbsOp::LoadEax => "mov eax, [moffs32]",
                AbsOp::CmpByte => "cmp byte [abs32], imm8",
            }
            .into(),
            Form::PushImm32 => "push imm32".into(),
            Form::Rel { op, .. } => match op {
                RelOp::Jmp => "jmp rel32",
                RelOp::Call => "call rel32",
                RelOp::Jcc(_) => "jcc rel32",
            }
            .into(),
            Form::Rip { op, .. } => RIP_OPS[op as usize].text.into(),
            Form::Got { op, .. } => op.name().into(),
            Form::AddSub { sf, sub, s, .. } => format!(
                "{}{} {} (immediate)",
                if sub { "sub" } else { "add" },
                if s { "s" } else { "" },
                if sf { "x" } else { "w" }
            ),
            Form::LdSt { class, .. } => LDST[class as usize].3.into(),
            Form::MovWide { movk, .. } => (if movk { "movk x" } else { "movz x" }).into(),
            Form::BCond { .. } => "b.cond".into(),
            Form::Cbz { sf, nz, .. } => format!(
                "{} {}",
                if nz { "cbnz" } else { "cbz" },
                if sf { "x" } else { "w" }
            ),
            Form::Adrp { .. } => "adrp".into(),
            Form::Branch { link } => (if link { "bl" } else { "b" }).into(),
            Form::Pair { .. } => "adrp x; ldr x".into(),
        }
    }

    fn text(&self, arch: Arch, chunk: u8) -> String {
        match *self {
            Form::DataWord => "64-bit data word".into(),
            Form::Movabs { reg } => format!("movabs {}, imm64", x86_reg_name(arch, reg)),
            Form::MovImm32 { reg } => format!("mov {}, imm32", x86_reg_name(arch, reg)),
            Form::Abs { op, reg } => match op {
                AbsOp::StoreReg => format!("mov [abs32], {}", x86_reg_name(arch, reg)),
                AbsOp::StoreEax => "mov [moffs32], eax (A3)".into(),
                AbsOp::LoadReg => format!("mov {}, [abs32]", x86_reg_name(arch, reg)),
                AbsOp::LoadEax => "mov eax, [moffs32] (A1)".into(),
                AbsOp::CmpByte => "cmp byte [abs32], imm8".into(),
            },
            Form::PushImm32 => "push imm32".into(),
            Form::Rel { op, prev } => format!("{} rel32 (previous byte {prev:#04x})", op.name()),
            Form::Rip { op, rex, reg } => {
                let d = &RIP_OPS[op as usize];
                let r = if d.xmm {
                    format!("xmm{reg}")
                } else {
                    x86_reg_name(arch, reg)
                };
                let rex = if rex == 0 {
                    String::new()
                } else {
                    format!(" with REX {rex:#04x}")
                };
                format!("{}{rex} (r = {r})", d.text)
            }
            Form::Got { op, rex, reg } => {
                let rex = if rex == 0 {
                    String::new()
                } else {
                    format!(" with REX {rex:#04x}")
                };
                if op.has_reg() {
                    format!("{}{rex} (r = {})", op.name(), x86_reg_name(arch, reg))
                } else {
                    format!("{}{rex}", op.name())
                }
            }
            Form::AddSub { sf, sub, s, rd, rn } => format!(
                "{}{} {}, {}, #imm",
                if sub { "sub" } else { "add" },
                if s { "s" } else { "" },
                a64_reg(rd, sf, !s),
                a64_reg(rn, sf, true)
            ),
            Form::LdSt { class, rt, rn } => {
                let (_, v, _, name) = LDST[class as usize];
                let (mnemonic, reg) = name.split_once(' ').unwrap_or((name, "x"));
                let rt = if v == 1 || rt != 31 {
                    format!("{reg}{rt}")
                } else {
                    format!("{reg}zr")
                };
                format!("{mnemonic} {rt}, [{}, #imm]", a64_reg(rn, true, true))
            }
            Form::MovWide { movk, rd } => format!(
                "{} x{rd}, #imm16, lsl #{}",
                if movk { "movk" } else { "movz" },
                16 * chunk
            ),
            Form::BCond { cond } => {
                const C: [&str; 16] = [
                    "eq", "ne", "cs", "cc", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt",
                    "le", "al", "nv",
                ];
                format!("b.{}", C[cond as usize & 15])
            }
            Form::Cbz { sf, nz, rt } => format!(
                "{} {}",
                if nz { "cbnz" } else { "cbz" },
                a64_reg(rt, sf, false)
            ),
            Form::Adrp { rd } => format!("adrp x{rd}"),
            Form::Branch { link } => (if link { "bl" } else { "b" }).into(),
            Form::Pair { reg } => format!("adrp x{reg}; ldr x{reg}, [x{reg}, #off]"),
        }
    }
}

// ---- cases -----------------------------------------------------------------------

/// Trampoline setup of a trampoline-kind case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tramp {
    /// Address of the trace's trampoline region (slot 0).
    pub region: u64,
    /// The trace's trampoline mask (two 32-bit words).
    pub mask: [u32; 2],
    pub ordinal: u32,
    /// `PatchOptions::force_trampolines`.
    pub force: bool,
}

/// One generated case.
#[derive(Clone, Debug)]
pub struct Case {
    pub kind: PatchKind,
    pub arch: Arch,
    pub form: Form,
    /// The original bytes: the instruction(s) holding the field (x86 `Rel`
    /// forms: preceded by the last byte of the previous instruction); for
    /// [`Form::DataWord`] the data word.
    pub body: Vec<u8>,
    /// Address of `body[0]`.
    pub base: u64,
    /// Offset of the field in `body` (`P = base + field`).
    pub field: usize,
    /// Offset in `body` where execution starts.
    pub exec: usize,
    /// `V` (for trampoline kinds: the symbol's address).
    pub value: u64,
    /// The 8 bytes the relaxation inspects: the GOT slot (`32rx` at `V + 4`,
    /// `33rx` at `V`) or, for a COFF direct branch, the callee's first bytes.
    pub slot: Option<u64>,
    /// Every general-purpose register holds this before the run.
    pub fill: u64,
    pub tramp: Option<Tramp>,
}

impl Case {
    fn p(&self) -> u64 {
        self.base.wrapping_add(self.field as u64) & mask(self.arch)
    }

    fn end(&self) -> u64 {
        self.base.wrapping_add(self.body.len() as u64) & mask(self.arch)
    }

    fn chunk(&self) -> u8 {
        match self.kind {
            PatchKind::Aarch64Mov16b => 1,
            PatchKind::Aarch64Mov16c => 2,
            PatchKind::Aarch64Mov16d => 3,
            _ => 0,
        }
    }

    /// The intended target of an x86 PC-relative field: `V + (end - P)`.
    fn x86_target(&self) -> u64 {
        let k = self.end().wrapping_sub(self.p());
        self.value.wrapping_add(k) & mask(self.arch)
    }

    /// Where the GOT slot or the callee is: `V + 4` (32rx), `V` (33rx).
    fn slot_addr(&self) -> u64 {
        match self.kind {
            PatchKind::Aarch64Pair33x => self.value,
            _ => self.value.wrapping_add(4) & mask(self.arch),
        }
    }

    fn describe(&self) -> String {
        let mut s = String::new();
        let p = self.p();
        let _ = writeln!(
            s,
            "{} on {}: {}",
            self.kind.function(),
            self.arch.name(),
            self.form.text(self.arch, self.chunk())
        );
        let _ = write!(s, "  P = {p:#x}, V = {:#x}", self.value);
        let relative = matches!(
            self.kind,
            PatchKind::Rel32
                | PatchKind::X86_64Rel32x
                | PatchKind::X86_64Trampoline
                | PatchKind::Aarch64Branch19
                | PatchKind::Aarch64Branch26
                | PatchKind::Aarch64Pair33x
                | PatchKind::Aarch64Trampoline
        );
        if relative {
            let d = i128::from(self.value.wrapping_sub(p) as i64);
            let d = if self.arch == Arch::I686 && self.value <= u64::from(u32::MAX) {
                i128::from(self.value) - i128::from(p)
            } else {
                d
            };
            let _ = write!(s, " (V - P = {})", signed(d));
        }
        if self.arch != Arch::Aarch64
            && matches!(self.kind, PatchKind::Rel32 | PatchKind::X86_64Rel32x)
            && !matches!(self.form, Form::Got { .. })
        {
            let _ = write!(s, ", intended target T = {:#x}", self.target_for_report());
        }
        if self.kind == PatchKind::Aarch64Page21 || self.kind == PatchKind::Aarch64Page21x {
            let pages = i128::from((self.value >> 12) as i64) - i128::from((p >> 12) as i64);
            let _ = write!(s, ", page delta {}", signed(pages));
        }
        s.push('\n');
        if let Some(slot) = self.slot {
            let _ = writeln!(
                s,
                "  8 bytes at {:#x} (what the relaxation inspects) = {slot:#x}",
                self.slot_addr()
            );
        }
        if let Some(t) = self.tramp {
            let _ = writeln!(
                s,
                "  trampolines at {:#x}, mask {:#010x}_{:08x}, ordinal {}, force_trampolines {}",
                t.region, t.mask[1], t.mask[0], t.ordinal, t.force
            );
        }
        let _ = writeln!(s, "  register fill {:#x}", self.fill);
        let _ = writeln!(
            s,
            "  original {} at {:#x} (field at +{})",
            hex_bytes(&self.body),
            self.base,
            self.field
        );
        s
    }

    fn target_for_report(&self) -> u64 {
        match self.kind {
            PatchKind::X86_64Rel32x => self.slot_addr(),
            _ => self.x86_target(),
        }
    }
}

// ---- strategies ------------------------------------------------------------------

fn bits_of(limit: i64) -> u32 {
    64 - (limit as u64).leading_zeros()
}

/// A signed quantity (a displacement, a page delta) with `[-limit, limit)`
/// its encodable range in units of `align`: uniform in range, at the edges
/// (±3 units), short, and far out of range.
fn edge_delta(limit: i64, align: i64) -> BoxedStrategy<i64> {
    let n = limit / align;
    let lo_bits = bits_of(limit) + 1;
    prop_oneof![
        4 => (-n..n).prop_map(move |k| k * align),
        4 => (any::<bool>(), -3i64..3).prop_map(move |(hi, k)| if hi { limit + k * align } else { -limit + k * align }),
        1 => (-64i64..64).prop_map(move |k| k * align),
        1 => (lo_bits..47u32, any::<bool>(), any::<u64>()).prop_map(|(bits, neg, r)| {
            let half = 1u64 << (bits - 1);
            let m = (half + r % half) as i64;
            if neg { -m } else { m }
        }),
    ]
    .boxed()
}

/// `edge_delta` plus, sometimes, a misalignment of 1..align bytes.
fn edge_delta_misaligned(limit: i64, align: i64) -> BoxedStrategy<i64> {
    (
        edge_delta(limit, align),
        prop_oneof![8 => Just(0i64), 1 => 1i64..align],
    )
        .prop_map(|(d, m)| d + m)
        .boxed()
}

/// Raw material for a location: uniform, at the ends of the space, at page
/// starts and ends.
fn p_raw() -> BoxedStrategy<u64> {
    prop_oneof![
        6 => any::<u64>(),
        1 => Just(0u64),
        1 => Just(u64::MAX),
        2 => any::<u64>().prop_map(|x| x & !0xfff),
        2 => any::<u64>().prop_map(|x| x | 0xffc),
    ]
    .boxed()
}

/// A location for `len` bytes aligned to `align` such that `P + r` lies in
/// the space for every offset `r` of `reach` (when possible).
fn place(arch: Arch, raw: u64, align: u64, len: u64, reach: &[i128]) -> u64 {
    let (lo, hi) = space(arch);
    let (lo, hi) = (i128::from(lo), i128::from(hi));
    let mut lo_p = lo;
    let mut hi_p = hi - i128::from(len) - 16;
    for &r in reach {
        lo_p = lo_p.max(lo - r);
        hi_p = hi_p.min(hi - 16 - r);
    }
    let a = i128::from(align);
    if lo_p + a >= hi_p {
        lo_p = lo;
        hi_p = hi - i128::from(len) - 16;
    }
    let mut p = i128::from(raw % (hi as u64));
    if !(lo_p..hi_p).contains(&p) {
        p = lo_p + i128::from(raw) % (hi_p - lo_p);
    }
    p -= p.rem_euclid(a);
    if p < lo_p {
        p += a;
    }
    p as u64
}

/// A 64-bit value: uniform, and the edges of 16-, 32- and 64-bit ranges.
fn value64() -> BoxedStrategy<u64> {
    prop_oneof![
        4 => any::<u64>(),
        2 => prop::sample::select(vec![
            0u64, 1, u64::MAX, 1 << 63, (1 << 63) - 1, u32::MAX as u64, 1 << 32,
            0x7fff_ffff, 0x8000_0000, 0xffff, 0x1_0000, 0x7fff_ffff_ffff,
        ]),
        1 => any::<u32>().prop_map(u64::from),
    ]
    .boxed()
}

/// A value for a 32-bit absolute field: in range with its edges, and beyond.
fn value32() -> BoxedStrategy<u64> {
    prop_oneof![
        4 => any::<u32>().prop_map(u64::from),
        2 => prop::sample::select(vec![0u64, 1, 0xffff_ffff, 0x7fff_ffff, 0x8000_0000, 0xffff, 0x1_0000]),
        1 => (0u64..4).prop_map(|k| (1u64 << 32) + k),
        1 => any::<u64>().prop_map(|v| v | (1 << 32)),
    ]
    .boxed()
}

/// A 64-bit value biased to the edges of each 16-bit chunk.
fn value_chunks() -> BoxedStrategy<u64> {
    let chunk = || {
        prop_oneof![
            3 => any::<u16>(),
            1 => prop::sample::select(vec![0u16, 0xffff, 0x8000, 0x7fff, 1]),
        ]
    };
    (chunk(), chunk(), chunk(), chunk())
        .prop_map(|(a, b, c, d)| {
            u64::from(a) | u64::from(b) << 16 | u64::from(c) << 32 | u64::from(d) << 48
        })
        .boxed()
}

/// The register fill: zero sometimes, else an address-like value.
fn fill() -> BoxedStrategy<u64> {
    prop_oneof![
        1 => Just(0u64),
        4 => any::<u64>().prop_map(|x| ((x % 0x7fff_ffff_0000) & !0xf) | 0x10),
        1 => any::<u64>(),
    ]
    .boxed()
}

/// Where an 8-byte value that must be reached from `P` lies: near `P + 4`
/// (offset biased to the ±2 GiB edges), anywhere in the space, or any value.
#[derive(Clone, Copy, Debug)]
enum Near {
    Close(i64),
    Far(u64),
    Raw(u64),
}

fn near_far(limit: i64, align: i64) -> BoxedStrategy<Near> {
    prop_oneof![
        3 => edge_delta(limit, align).prop_map(Near::Close),
        1 => any::<u64>().prop_map(Near::Far),
        1 => value64().prop_map(Near::Raw),
    ]
    .boxed()
}

impl Near {
    /// Resolves against `origin`; `addressable` keeps the result in the space.
    fn resolve(self, arch: Arch, origin: u64, addressable: bool, align: u64) -> u64 {
        let (lo, hi) = space(arch);
        let v = match self {
            Near::Close(d) => origin.wrapping_add(d as u64) & mask(arch),
            Near::Far(r) => lo + r % (hi - lo),
            Near::Raw(v) => v,
        };
        let v = if addressable && !(lo..hi).contains(&v) {
            lo + v % (hi - lo)
        } else {
            v
        };
        v & !(align - 1)
    }

    fn offset(self) -> Option<i128> {
        match self {
            Near::Close(d) => Some(i128::from(d)),
            _ => None,
        }
    }
}

fn x86_rel_op() -> BoxedStrategy<RelOp> {
    prop_oneof![
        1 => Just(RelOp::Jmp),
        1 => Just(RelOp::Call),
        2 => (0u8..16).prop_map(RelOp::Jcc),
    ]
    .boxed()
}

fn prev_byte() -> BoxedStrategy<u8> {
    prop_oneof![6 => any::<u8>(), 2 => Just(0x8Bu8), 1 => Just(0xFFu8)].boxed()
}

fn rel_body(op: RelOp, prev: u8, orig: u32) -> (Vec<u8>, usize) {
    let mut b = vec![prev];
    b.extend(op.opcode());
    let field = b.len();
    b.extend_from_slice(&orig.to_le_bytes());
    (b, field)
}

fn rip_body(op: u8, rex: u8, reg: u8, orig: u32, imm: u32) -> (Vec<u8>, usize) {
    let d = &RIP_OPS[op as usize];
    let mut b = d.mandatory.to_vec();
    if rex != 0 {
        b.push(rex);
    }
    b.extend_from_slice(d.opcode);
    let regf = d.digit.unwrap_or(reg & 7);
    b.push((regf << 3) | 0b101);
    let field = b.len();
    b.extend_from_slice(&orig.to_le_bytes());
    b.extend_from_slice(&imm.to_le_bytes()[..d.imm]);
    (b, field)
}

/// The REX byte for a RIP-relative form: W as the form needs, R from the
/// register, random X/B (ignored with RIP-relative addressing), or none when
/// nothing requires one and `none` says so.
fn rip_rex(op: u8, reg: u8, xb: u8, want_w: bool, none: bool) -> u8 {
    let d = &RIP_OPS[op as usize];
    let r = if d.digit.is_none() && reg >= 8 {
        0x44
    } else {
        0x40
    };
    let w = match d.rex_w {
        RexW::Required => true,
        RexW::Allowed => want_w,
        RexW::Forbidden => false,
    };
    if !w && r == 0x40 && none {
        return 0;
    }
    r | (xb & 3) | if w { 0x08 } else { 0 }
}

fn got_body(op: GotOp, rex: u8, reg: u8, orig: u32) -> (Vec<u8>, usize) {
    let mut b = Vec::new();
    if rex != 0 {
        b.push(rex);
    }
    match op {
        GotOp::Mov => b.extend_from_slice(&[0x8B, ((reg & 7) << 3) | 5]),
        GotOp::Add => b.extend_from_slice(&[0x03, ((reg & 7) << 3) | 5]),
        GotOp::Cmp => b.extend_from_slice(&[0x3B, ((reg & 7) << 3) | 5]),
        GotOp::Call => b.extend_from_slice(&[0xFF, 0x15]),
        GotOp::Jmp => b.extend_from_slice(&[0xFF, 0x25]),
        GotOp::Push => b.extend_from_slice(&[0xFF, 0x35]),
    }
    let field = b.len();
    b.extend_from_slice(&orig.to_le_bytes());
    (b, field)
}

fn word(w: u32) -> Vec<u8> {
    w.to_le_bytes().to_vec()
}

fn tramp_strategy() -> BoxedStrategy<(u32, [u32; 2], bool)> {
    (
        0u32..64,
        any::<[u32; 2]>(),
        prop_oneof![3 => Just(false), 1 => Just(true)],
    )
        .prop_map(|(ordinal, mut mask, force)| {
            mask[(ordinal / 32) as usize] |= 1 << (ordinal % 32);
            (ordinal, mask, force)
        })
        .boxed()
}

fn tramp_region_len(mask: [u32; 2]) -> u64 {
    u64::from(mask[0].count_ones() + mask[1].count_ones()) * 16
}

fn tramp_index(mask: [u32; 2], ordinal: u32) -> u64 {
    let below = |w: u32, bits: u32| -> u32 {
        if bits >= 32 {
            w.count_ones()
        } else {
            (w & ((1u32 << bits) - 1)).count_ones()
        }
    };
    u64::from(below(mask[0], ordinal) + below(mask[1], ordinal.saturating_sub(32)))
}

/// The strategy of one `(kind, arch)`.
fn strategy(kind: PatchKind, arch: Arch) -> BoxedStrategy<Case> {
    use PatchKind as K;
    match kind {
        K::Abs64 => abs64(arch),
        K::Abs32 => abs32(),
        K::Rel32 => rel32(arch),
        K::X86_64Rel32x => rel32x(arch),
        K::X86_64Trampoline => x86_trampoline(),
        K::Aarch64Lo12 | K::Aarch64Lo12x => lo12(kind),
        K::Aarch64Mov16a | K::Aarch64Mov16b | K::Aarch64Mov16c | K::Aarch64Mov16d => mov16(kind),
        K::Aarch64Branch19 => branch19(),
        K::Aarch64Page21 | K::Aarch64Page21x => page21(kind),
        K::Aarch64Branch26 => branch26(),
        K::Aarch64Pair33x => pair33(),
        K::Aarch64Trampoline => a64_trampoline(),
    }
}

fn data_word(arch: Arch) -> BoxedStrategy<Case> {
    (
        value64(),
        p_raw(),
        any::<u64>(),
        prop_oneof![3 => Just(8u64), 1 => Just(1u64)],
        fill(),
    )
        .prop_map(move |(value, raw, orig, align, fill)| Case {
            kind: PatchKind::Abs64,
            arch,
            form: Form::DataWord,
            body: orig.to_le_bytes().to_vec(),
            base: place(arch, raw, align, 8, &[]),
            field: 0,
            exec: 0,
            value,
            slot: None,
            fill,
            tramp: None,
        })
        .boxed()
}

fn abs64(arch: Arch) -> BoxedStrategy<Case> {
    if arch != Arch::X86_64 {
        return data_word(arch);
    }
    let movabs = (0u8..16, value64(), p_raw(), any::<u64>(), fill()).prop_map(
        |(reg, value, raw, orig, fill)| {
            let mut body = vec![0x48 | (reg >> 3), 0xB8 | (reg & 7)];
            body.extend_from_slice(&orig.to_le_bytes());
            Case {
                kind: PatchKind::Abs64,
                arch: Arch::X86_64,
                form: Form::Movabs { reg },
                base: place(Arch::X86_64, raw, 1, body.len() as u64, &[]),
                body,
                field: 2,
                exec: 0,
                value,
                slot: None,
                fill,
                tramp: None,
            }
        },
    );
    prop_oneof![2 => movabs, 1 => data_word(arch)].boxed()
}

fn abs32() -> BoxedStrategy<Case> {
    let form = prop_oneof![
        (0u8..8).prop_map(|reg| Form::MovImm32 { reg }),
        (
            prop::sample::select(vec![
                AbsOp::StoreReg,
                AbsOp::StoreEax,
                AbsOp::LoadReg,
                AbsOp::LoadEax,
                AbsOp::CmpByte
            ]),
            0u8..8
        )
            .prop_map(|(op, reg)| Form::Abs { op, reg }),
        Just(Form::PushImm32),
    ];
    (form, value32(), p_raw(), any::<u32>(), any::<u8>(), fill())
        .prop_map(|(form, value, raw, orig, imm, fill)| {
            let o = orig.to_le_bytes();
            let (mut body, field) = match form {
                Form::MovImm32 { reg } => (vec![0xB8 | reg], 1),
                Form::Abs { op, reg } => match op {
                    AbsOp::StoreReg => (vec![0x89, (reg << 3) | 5], 2),
                    AbsOp::LoadReg => (vec![0x8B, (reg << 3) | 5], 2),
                    AbsOp::StoreEax => (vec![0xA3], 1),
                    AbsOp::LoadEax => (vec![0xA1], 1),
                    AbsOp::CmpByte => (vec![0x80, 0x3D], 2),
                },
                _ => (vec![0x68], 1),
            };
            body.extend_from_slice(&o);
            if matches!(
                form,
                Form::Abs {
                    op: AbsOp::CmpByte,
                    ..
                }
            ) {
                body.push(imm);
            }
            Case {
                kind: PatchKind::Abs32,
                arch: Arch::I686,
                form,
                base: place(Arch::I686, raw, 1, body.len() as u64, &[]),
                body,
                field,
                exec: 0,
                value,
                slot: None,
                fill,
                tramp: None,
            }
        })
        .boxed()
}

/// `patch_32r`: branches, and on x86-64 RIP-relative operands. `D = V - P`
/// is drawn; `P` is placed so that the intended target `T = V + (end - P)`
/// is in the space.
fn rel32(arch: Arch) -> BoxedStrategy<Case> {
    let rel = (x86_rel_op(), prev_byte()).prop_map(|(op, prev)| Form::Rel { op, prev });
    let form: BoxedStrategy<Form> = if arch == Arch::X86_64 {
        let rip = (
            0..RIP_OPS.len() as u8,
            0u8..16,
            0u8..4,
            any::<bool>(),
            prop_oneof![3 => Just(true), 1 => Just(false)],
        )
            .prop_map(|(op, reg, xb, w, none)| Form::Rip {
                op,
                rex: rip_rex(op, reg, xb, w, none),
                reg,
            });
        prop_oneof![1 => rel, 2 => rip].boxed()
    } else {
        rel.boxed()
    };
    // i686: sometimes a 64-bit value (a uint64_t operand) that cannot be reached.
    let wide = prop_oneof![8 => Just(None), 1 => any::<u64>().prop_map(|v| Some(v | (1 << 32)))];
    (
        form,
        edge_delta(1 << 31, 1),
        p_raw(),
        any::<u32>(),
        any::<u32>(),
        wide,
        fill(),
    )
        .prop_map(move |(form, d, raw, orig, imm, wide, fill)| {
            let (body, field) = match form {
                Form::Rel { op, prev } => rel_body(op, prev, orig),
                Form::Rip { op, rex, reg } => rip_body(op, rex, reg, orig, imm),
                _ => unreachable!(),
            };
            let k = (body.len() - field) as i128;
            let p = place(arch, raw, 1, body.len() as u64, &[i128::from(d) + k]);
            let base = p - field as u64;
            let mut value = p.wrapping_add(d as u64) & mask(arch);
            if arch == Arch::I686 {
                if let Some(w) = wide {
                    value = w;
                }
            }
            Case {
                kind: PatchKind::Rel32,
                arch,
                form,
                body,
                base,
                field,
                exec: if matches!(form, Form::Rel { .. }) {
                    1
                } else {
                    0
                },
                value,
                slot: None,
                fill,
                tramp: None,
            }
        })
        .boxed()
}

/// `patch_x86_64_32rx`: GOT loads (x86-64) with the slot near and far, and
/// COFF direct branches (REL32 is mapped to 32rx there).
fn rel32x(arch: Arch) -> BoxedStrategy<Case> {
    let direct = (
        x86_rel_op(),
        prev_byte(),
        edge_delta(1 << 31, 1),
        near_far(1 << 31, 1),
        p_raw(),
        any::<u32>(),
        fill(),
    )
        .prop_map(move |(op, prev, d, s, raw, orig, fill)| {
            let (body, field) = rel_body(op, prev, orig);
            let mut reach = vec![i128::from(d) + 4];
            reach.extend(s.offset().map(|o| o + 4));
            let p = place(arch, raw, 1, body.len() as u64, &reach);
            // V = callee - 4; the callee's first 8 bytes are `slot`.
            let value = p.wrapping_add(d as u64) & mask(arch);
            let slot = s.resolve(arch, p.wrapping_add(4), false, 1);
            Case {
                kind: PatchKind::X86_64Rel32x,
                arch,
                form: Form::Rel { op, prev },
                base: p - field as u64,
                body,
                field,
                exec: 1,
                value,
                slot: Some(slot),
                fill,
                tramp: None,
            }
        });
    if arch != Arch::X86_64 {
        return direct.boxed();
    }
    let op = prop::sample::select(vec![
        GotOp::Mov,
        GotOp::Mov,
        GotOp::Call,
        GotOp::Jmp,
        GotOp::Add,
        GotOp::Cmp,
        GotOp::Push,
    ]);
    // call/jmp/push: no REX, REX.W (Windows tail calls), or any REX.
    let rex = prop_oneof![4 => Just(0u8), 2 => Just(0x48u8), 1 => 0x40u8..0x50];
    let got = (
        op,
        rex,
        0u8..16,
        0u8..4,
        edge_delta(1 << 31, 8),
        near_far(1 << 31, 1),
        p_raw(),
        any::<u32>(),
        fill(),
    )
        .prop_map(|(op, rex, reg, xb, d, s, raw, orig, fill)| {
            let arch = Arch::X86_64;
            let reg = if op == GotOp::Add && reg == 4 { 0 } else { reg };
            let rex = if op.has_reg() {
                0x48 | if reg >= 8 { 4 } else { 0 } | (xb & 3)
            } else {
                rex
            };
            let (body, field) = got_body(op, rex, reg, orig);
            let len = body.len() as u64;
            let mut reach = vec![i128::from(d) + 4, i128::from(d) + 12];
            reach.extend(s.offset().map(|o| o + 4));
            let p = place(arch, raw, 1, len, &reach);
            let base = p - field as u64;
            // The slot (at V + 4) must not overlap the instruction.
            let mut slot_addr = p.wrapping_add(4).wrapping_add(d as u64);
            if slot_addr < base + len + 8 && slot_addr + 8 > base {
                slot_addr = base + len + 8;
            }
            let branches = matches!(op, GotOp::Call | GotOp::Jmp);
            let slot = s.resolve(arch, p.wrapping_add(4), branches, 1);
            Case {
                kind: PatchKind::X86_64Rel32x,
                arch,
                form: Form::Got { op, rex, reg },
                body,
                base,
                field,
                exec: 0,
                value: slot_addr.wrapping_sub(4),
                slot: Some(slot),
                fill,
                tramp: None,
            }
        });
    prop_oneof![3 => got, 1 => direct].boxed()
}

fn x86_trampoline() -> BoxedStrategy<Case> {
    (
        x86_rel_op(),
        prev_byte(),
        near_far(1 << 31, 1),
        0u64..(1 << 20),
        tramp_strategy(),
        p_raw(),
        any::<u32>(),
        fill(),
    )
        .prop_map(
            |(op, prev, t, off, (ordinal, mask, force), raw, orig, fill)| {
                let arch = Arch::X86_64;
                let (body, field) = rel_body(op, prev, orig);
                let mut reach = vec![i128::from(off) + 4 + 16 + 1024 + 32];
                reach.extend(t.offset().map(|o| o + 4));
                let p = place(arch, raw, 1, body.len() as u64, &reach);
                let target = t.resolve(arch, p + 4, true, 1);
                // After the site (and the `ud2` the run appends).
                let mut region = p + 4 + 16 + off;
                let len = tramp_region_len(mask);
                if target >= region && target < region + len + 16 {
                    region = target + 16;
                }
                Case {
                    kind: PatchKind::X86_64Trampoline,
                    arch,
                    form: Form::Rel { op, prev },
                    base: p - field as u64,
                    body,
                    field,
                    exec: 1,
                    value: target,
                    slot: None,
                    fill,
                    tramp: Some(Tramp {
                        region,
                        mask,
                        ordinal,
                        force,
                    }),
                }
            },
        )
        .boxed()
}

fn a64_p(raw: u64, reach: &[i128], len: u64) -> u64 {
    place(Arch::Aarch64, raw, 4, len, reach)
}

fn lo12(kind: PatchKind) -> BoxedStrategy<Case> {
    let addsub = (
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        0u8..32,
        0u8..32,
    )
        .prop_map(|(sf, sub, s, rd, rn)| Form::AddSub {
            sf,
            sub,
            s,
            rd: if s { rd % 31 } else { rd },
            rn,
        });
    let ldst = (0..LDST.len() as u8, 0u8..32, 0u8..32).prop_map(|(class, rt, rn)| Form::LdSt {
        class,
        rt,
        rn,
    });
    let lo = prop_oneof![
        4 => 0u64..4096,
        1 => prop::sample::select(vec![0u64, 0xfff, 0xff8, 0xff0, 0x800, 0x7ff, 0x8]),
    ];
    (
        prop_oneof![1 => addsub, 2 => ldst],
        lo,
        prop_oneof![6 => Just(0u64), 1 => 1u64..16],
        any::<u64>(),
        p_raw(),
        0u32..4096,
        fill(),
    )
        .prop_map(move |(form, lo, mis, hi, raw, orig, fill)| {
            let (w, lo) = match form {
                Form::AddSub { sf, sub, s, rd, rn } => (
                    u32::from(sf) << 31
                        | u32::from(sub) << 30
                        | u32::from(s) << 29
                        | 0x1100_0000
                        | orig << 10
                        | u32::from(rn) << 5
                        | u32::from(rd),
                    lo,
                ),
                Form::LdSt { class, rt, rn } => {
                    let (size, v, opc, _) = LDST[class as usize];
                    let scale = ldst_scale(class as usize);
                    let lo = (lo & !(scale - 1)) | (mis % scale);
                    (
                        size << 30
                            | 0x3900_0000
                            | v << 26
                            | opc << 22
                            | orig << 10
                            | u32::from(rn) << 5
                            | u32::from(rt),
                        lo,
                    )
                }
                _ => unreachable!(),
            };
            Case {
                kind,
                arch: Arch::Aarch64,
                form,
                body: word(w),
                base: a64_p(raw, &[], 4),
                field: 0,
                exec: 0,
                value: (hi << 12) | lo,
                slot: None,
                fill,
                tramp: None,
            }
        })
        .boxed()
}

fn mov16(kind: PatchKind) -> BoxedStrategy<Case> {
    (
        any::<bool>(),
        0u8..31,
        value_chunks(),
        p_raw(),
        any::<u16>(),
        fill(),
    )
        .prop_map(move |(movk, rd, value, raw, orig, fill)| {
            let case0 = Case {
                kind,
                arch: Arch::Aarch64,
                form: Form::MovWide { movk, rd },
                body: Vec::new(),
                base: a64_p(raw, &[], 4),
                field: 0,
                exec: 0,
                value,
                slot: None,
                fill,
                tramp: None,
            };
            let hw = u32::from(case0.chunk());
            let base = if movk { 0xF280_0000u32 } else { 0xD280_0000 };
            let w = base | hw << 21 | u32::from(orig) << 5 | u32::from(rd);
            Case {
                body: word(w),
                ..case0
            }
        })
        .boxed()
}

fn branch19() -> BoxedStrategy<Case> {
    let form = prop_oneof![
        3 => (0u8..16).prop_map(|cond| Form::BCond { cond }),
        1 => (any::<bool>(), any::<bool>(), 0u8..32).prop_map(|(sf, nz, rt)| Form::Cbz {
            sf,
            nz,
            rt: if nz { rt % 31 } else { rt },
        }),
    ];
    (
        form,
        edge_delta_misaligned(1 << 20, 4),
        p_raw(),
        0u32..(1 << 19),
        fill(),
    )
        .prop_map(|(form, d, raw, orig, fill)| {
            let p = a64_p(raw, &[i128::from(d)], 4);
            let (w, fill) = match form {
                Form::BCond { cond } => (0x5400_0000 | orig << 5 | u32::from(cond), fill),
                Form::Cbz { sf, nz, rt } => (
                    u32::from(sf) << 31
                        | 0x3400_0000
                        | u32::from(nz) << 24
                        | orig << 5
                        | u32::from(rt),
                    if nz { fill | 0x10 } else { 0 },
                ),
                _ => unreachable!(),
            };
            Case {
                kind: PatchKind::Aarch64Branch19,
                arch: Arch::Aarch64,
                form,
                body: word(w),
                base: p,
                field: 0,
                exec: 0,
                value: p.wrapping_add(d as u64),
                slot: None,
                fill,
                tramp: None,
            }
        })
        .boxed()
}

fn page21(kind: PatchKind) -> BoxedStrategy<Case> {
    (
        0u8..31,
        edge_delta(1 << 20, 1),
        0u64..4096,
        p_raw(),
        any::<u32>(),
        fill(),
    )
        .prop_map(move |(rd, pages, low, raw, orig, fill)| {
            let pd = i128::from(pages) << 12;
            let p = a64_p(raw, &[pd - 4096, pd + 4096], 4);
            let value = ((((p >> 12) as i128 + i128::from(pages)) << 12) as u64) | low;
            let w = 0x9000_0000 | (orig & 0x6000_0000) | (orig & (0x7FFFF << 5)) | u32::from(rd);
            Case {
                kind,
                arch: Arch::Aarch64,
                form: Form::Adrp { rd },
                body: word(w),
                base: p,
                field: 0,
                exec: 0,
                value,
                slot: None,
                fill,
                tramp: None,
            }
        })
        .boxed()
}

fn branch26() -> BoxedStrategy<Case> {
    (
        any::<bool>(),
        edge_delta_misaligned(1 << 27, 4),
        p_raw(),
        0u32..(1 << 26),
        fill(),
    )
        .prop_map(|(link, d, raw, orig, fill)| {
            let p = a64_p(raw, &[i128::from(d)], 4);
            Case {
                kind: PatchKind::Aarch64Branch26,
                arch: Arch::Aarch64,
                form: Form::Branch { link },
                body: word(u32::from(link) << 31 | 0x1400_0000 | orig),
                base: p,
                field: 0,
                exec: 0,
                value: p.wrapping_add(d as u64),
                slot: None,
                fill,
                tramp: None,
            }
        })
        .boxed()
}

fn pair33() -> BoxedStrategy<Case> {
    let d = prop_oneof![
        2 => edge_delta(1 << 19, 8),
        2 => edge_delta(1 << 32, 8),
        1 => edge_delta(1 << 20, 8),
    ];
    let s = prop_oneof![
        2 => 0u64..(1 << 16),
        2 => prop::sample::select(vec![
            0u64, 0xffff, 0x1_0000, 0xffff_ffff, 0x1_0000_0000, u64::MAX, 0x7fff_ffff_ffff
        ]),
        1 => any::<u32>().prop_map(u64::from),
        2 => any::<u64>(),
    ];
    (
        0u8..31,
        d,
        prop_oneof![7 => Just(0u64), 1 => Just(4u64)],
        s,
        p_raw(),
        any::<u32>(),
        0u32..4096,
        fill(),
    )
        .prop_map(|(reg, d, mis, slot, raw, orig_hi, orig_lo, fill)| {
            let p = a64_p(raw, &[i128::from(d), i128::from(d) + 16], 8);
            let mut v = p.wrapping_add(d as u64).wrapping_add(mis);
            if v < p + 16 && v + 8 > p {
                v = p + 16 + mis;
            }
            let r = u32::from(reg);
            let adrp = 0x9000_0000 | (orig_hi & 0x6000_0000) | (orig_hi & (0x7FFFF << 5)) | r;
            let ldr = 0xF940_0000 | orig_lo << 10 | r << 5 | r;
            let mut body = word(adrp);
            body.extend(word(ldr));
            Case {
                kind: PatchKind::Aarch64Pair33x,
                arch: Arch::Aarch64,
                form: Form::Pair { reg },
                body,
                base: p,
                field: 0,
                exec: 0,
                value: v,
                slot: Some(slot),
                fill,
                tramp: None,
            }
        })
        .boxed()
}

fn a64_trampoline() -> BoxedStrategy<Case> {
    (
        any::<bool>(),
        near_far(1 << 27, 4),
        0u64..(1 << 18),
        tramp_strategy(),
        p_raw(),
        0u32..(1 << 26),
        fill(),
    )
        .prop_map(|(link, t, off, (ordinal, mask, force), raw, orig, fill)| {
            let mut reach = vec![i128::from(off) * 4 + 4 + 1024 + 32];
            reach.extend(t.offset());
            let p = a64_p(raw, &reach, 4);
            let target = t.resolve(Arch::Aarch64, p, true, 4);
            let mut region = p + 4 + off * 4;
            let len = tramp_region_len(mask);
            if target >= region && target < region + len + 16 {
                region = target + 16;
            }
            Case {
                kind: PatchKind::Aarch64Trampoline,
                arch: Arch::Aarch64,
                form: Form::Branch { link },
                body: word(u32::from(link) << 31 | 0x1400_0000 | orig),
                base: p,
                field: 0,
                exec: 0,
                value: target,
                slot: None,
                fill,
                tramp: Some(Tramp {
                    region,
                    mask,
                    ordinal,
                    force,
                }),
            }
        })
        .boxed()
}

// ---- patching -----------------------------------------------------------------------

struct Ctx {
    enc: Encoders,
    file: Arc<str>,
}

fn target_of(arch: Arch) -> Target {
    match arch {
        Arch::X86_64 => Target::X86_64Darwin,
        Arch::I686 => Target::I686Windows,
        Arch::Aarch64 => Target::Aarch64Linux,
    }
}

/// Patches the case with the reference patcher: a one-group set whose code
/// (or data) is the case's bytes and whose hole is the case's patch, data
/// (the GOT slot) patched first as the runtime does.
fn patch_case(ctx: &Ctx, case: &Case) -> PatchedGroup {
    let span = Span::new(&ctx.file, 1);
    let value_hole = |offset: usize, kind, base, addend| Hole {
        offset: offset as u64,
        kind,
        operand: HoleOperand::Value(ValueExpr {
            base,
            symbol: None,
            addend,
        }),
        line: 1,
    };
    let mut code = Stencil {
        body: case.body.clone(),
        written_len: case.body.len(),
        copied: true,
        ..Stencil::default()
    };
    let mut data = Stencil::default();
    let mut values = HoleValues::default();
    let mut placement = Placement {
        code: case.base,
        ..Placement::default()
    };
    let mut symbols_map = None;
    let mut options = PatchOptions {
        relax: true,
        force_trampolines: false,
        release_writes: true,
    };
    match (case.kind, case.form) {
        (PatchKind::Abs64, Form::DataWord) => {
            data = code;
            code = Stencil::default();
            data.holes
                .push(value_hole(0, PatchKind::Abs64, HoleValue::Operand0, 0));
            placement.code = 0;
            placement.data = case.base;
            values.data = case.base;
            values.operand0 = case.value;
        }
        (PatchKind::X86_64Rel32x, Form::Got { .. }) | (PatchKind::Aarch64Pair33x, _) => {
            // The GOT slot is the group's data, patched before the code.
            let slot = case.slot_addr();
            data = Stencil {
                body: vec![0; 8],
                written_len: 8,
                copied: true,
                ..Stencil::default()
            };
            data.holes
                .push(value_hole(0, PatchKind::Abs64, HoleValue::Operand1, 0));
            placement.data = slot;
            values.data = slot;
            values.operand1 = case.slot.unwrap_or(0);
            let addend = if case.kind == PatchKind::X86_64Rel32x {
                -4
            } else {
                0
            };
            code.holes
                .push(value_hole(case.field, case.kind, HoleValue::Data, addend));
        }
        (PatchKind::X86_64Trampoline | PatchKind::Aarch64Trampoline, _) => {
            let t = case.tramp.expect("trampoline case");
            code.holes.push(Hole {
                offset: case.field as u64,
                kind: case.kind,
                operand: HoleOperand::SymbolOrdinal(t.ordinal),
                line: 1,
            });
            symbols_map = Some(vec![SymbolMapEntry {
                ordinal: t.ordinal,
                symbol: "Sym".into(),
                span: span.clone(),
            }]);
            values.symbols.insert("Sym".into(), case.value);
            placement.trampolines = t.region;
            placement.trampoline_mask = t.mask.to_vec();
            options.force_trampolines = t.force;
        }
        _ => {
            code.holes
                .push(value_hole(case.field, case.kind, HoleValue::Operand0, 0));
            values.operand0 = case.value;
        }
    }
    values.code = placement.code;
    let set = StencilSet {
        source: Arc::clone(&ctx.file),
        target: target_of(case.arch),
        shape: Shape::V314,
        groups: vec![Group {
            name: "fuzz".into(),
            role: GroupRole::Uop,
            span,
            code,
            data,
            table: None,
        }],
        symbols_map,
        symbol_mask_words: None,
        table_bound: String::new(),
        verbatim: Vec::new(),
    };
    // A COFF direct branch: the 8 bytes at V + 4 are the callee's, outside
    // the group.
    let outside = case
        .slot
        .filter(|_| matches!(case.form, Form::Rel { .. }))
        .map(|s| (case.slot_addr(), s));
    let memory = move |addr: u64| outside.filter(|(a, _)| *a == addr).map(|(_, s)| s);
    patch::patch_group_with(
        &set,
        &set.groups[0],
        &values,
        &placement,
        &options,
        &memory,
        &ctx.enc,
    )
}

// ---- what the patcher must say ------------------------------------------------------

/// What this module's own arithmetic predicts the patcher reports.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Predict {
    /// `OutOfRange` or `Misaligned`.
    range: bool,
    /// i686 `DisplacementWraps`.
    wraps: bool,
    /// An asserting class error (CBZ/CBNZ in 19r, LDR/STR Q in 12).
    class: bool,
    /// Whether the release bytes are then right and are run.
    class_runs: bool,
    /// Unknown (a hazard: jit.c may relax on foreign bytes).
    unknown: bool,
    /// Why, for messages.
    why: &'static str,
}

/// jit.c's relaxation test for 32rx, as documented: the slot's content `S`
/// minus 4, less `P` (sign-extended on i686), in `[-2^31, 2^31 - 1)` (one
/// narrower than the displacement at the top).
fn x86_relaxes(s: u64, p: u64, arch: Arch) -> bool {
    let loc = if arch == Arch::I686 {
        p as u32 as i32 as i64
    } else {
        p as i64
    };
    let d = (s.wrapping_sub(4) as i64).wrapping_sub(loc);
    (-(1i64 << 31)..(1i64 << 31) - 1).contains(&d)
}

fn predict(case: &Case) -> Predict {
    let p = case.p();
    let v = case.value;
    let d = v.wrapping_sub(p) as i64;
    let mut out = Predict::default();
    match (case.kind, case.form) {
        (PatchKind::Abs32, _) => {
            out.range = v > u64::from(u32::MAX);
            out.why = "V must fit in 32 unsigned bits";
        }
        (PatchKind::Rel32, _) => x86_rel_predict(case, &mut out),
        (PatchKind::X86_64Rel32x, Form::Got { op, .. }) => {
            let relaxes = op.relaxable() && x86_relaxes(case.slot.unwrap_or(0), p, case.arch);
            out.range = !relaxes && !in_i32(d);
            out.why = "V - P must fit in 32 signed bits unless the load is relaxed";
        }
        (PatchKind::X86_64Rel32x, Form::Rel { op, prev }) => {
            if prev == 0x8B
                && matches!(op, RelOp::Call | RelOp::Jmp)
                && x86_relaxes(case.slot.unwrap_or(0), p, case.arch)
            {
                out.unknown = true;
            }
            x86_rel_predict(case, &mut out);
        }
        (PatchKind::Aarch64Lo12 | PatchKind::Aarch64Lo12x, Form::LdSt { class, .. }) => {
            if ldst_is_q(class as usize) {
                out.class = true;
            } else {
                out.range = !(v & 0xfff).is_multiple_of(ldst_scale(class as usize));
                out.why = "V & 0xfff must be a multiple of the access size";
            }
        }
        (PatchKind::Aarch64Branch19, form) => {
            out.range = !(-(1i64 << 20)..(1i64 << 20)).contains(&d) || d % 4 != 0;
            out.why = "V - P must be a multiple of 4 within ±1 MiB";
            if matches!(form, Form::Cbz { .. }) {
                out.class = true;
                out.class_runs = true;
            }
        }
        (PatchKind::Aarch64Page21 | PatchKind::Aarch64Page21x, _) => {
            let pages = i128::from(v >> 12) - i128::from(p >> 12);
            out.range = !(-(1i128 << 20)..(1i128 << 20)).contains(&pages);
            out.why = "the page delta must fit in 21 signed bits (±4 GiB)";
        }
        (PatchKind::Aarch64Branch26, _) => {
            out.range = !(-(1i64 << 27)..(1i64 << 27)).contains(&d) || d % 4 != 0;
            out.why = "V - P must be a multiple of 4 within ±128 MiB";
        }
        (PatchKind::Aarch64Pair33x, _) => {
            let s = case.slot.unwrap_or(0);
            let pages = i128::from(v >> 12) - i128::from(p >> 12);
            let movz = s < 1 << 32;
            // jit.c's literal threshold: ±512 KiB (the encoding reaches ±1 MiB).
            let literal = d % 4 == 0 && (-(1i64 << 19)..(1i64 << 19)).contains(&d);
            let adrp_ldr = (-(1i128 << 20)..(1i128 << 20)).contains(&pages) && v.is_multiple_of(8);
            out.range = !(movz || literal || adrp_ldr);
            out.why = "the slot's content must be < 2^32, or the slot within jit.c's ±512 KiB \
                       for a literal load, or 8-aligned within ±4 GiB for adrp + ldr";
        }
        _ => {}
    }
    out
}

fn x86_rel_predict(case: &Case, out: &mut Predict) {
    let p = case.p();
    let v = case.value;
    let d = v.wrapping_sub(p) as i64;
    if case.arch == Arch::I686 {
        out.range = v > u64::from(u32::MAX);
        out.wraps = !out.range && !in_i32(d);
        out.why = "V must be a 32-bit address (the displacement wraps like EIP)";
    } else {
        out.range = !in_i32(d);
        out.why = "V - P must fit in 32 signed bits";
    }
}

// ---- running it ---------------------------------------------------------------------

const TAG_CODE: u32 = 1;
const TAG_SLOT: u32 = 2;
const TAG_TRAMP: u32 = 3;
const TAG_STACK: u32 = 4;
const TAG_DATA: u32 = 5;
const STACK_LEN: u64 = 0x100;
/// x86 `ud2`, declared after the instruction: without it the emulator's
/// translator decodes whatever follows on the page (zero bytes are
/// `add [rax], al`, up to a whole translation block of them), which makes
/// every run ~100x slower.
const UD2: [u8; 2] = [0x0F, 0x0B];

/// What the CPU did.
#[derive(Debug, Default)]
struct Obs {
    /// PCs after each step.
    path: Vec<u64>,
    /// Where control went when it left the instruction(s).
    pc: Option<u64>,
    /// Data accesses outside the stack (faulting ones included).
    accesses: Vec<(u64, u32, AccessKind)>,
    /// Writes to the stack: (address, size, value).
    pushes: Vec<(u64, u32, u64)>,
    before: Option<RegFile>,
    after: Option<RegFile>,
    odd: Option<Stop>,
}

/// What the CPU must do.
#[derive(Debug, Default)]
struct Expect {
    pc: Option<u64>,
    regs: Vec<(usize, u64)>,
    access: Option<(u64, AccessKind)>,
    push: Option<u64>,
    /// The PC right after the first instruction (trampoline kinds).
    first: Option<u64>,
    /// File indices that may change besides PC and flags.
    may_change: Vec<usize>,
}

fn file_index(r: impl Into<stencil_emulators::Reg>) -> usize {
    r.into().file_index().expect("bulk register")
}

fn x86_index(arch: Arch, reg: u8) -> usize {
    use stencil_emulators::x86::{Reg, Reg32};
    match arch {
        Arch::I686 => file_index(Reg32::ALL[reg as usize & 7]),
        _ => file_index(Reg::GPRS[reg as usize & 15]),
    }
}

fn a64_index(reg: u8) -> usize {
    use stencil_emulators::aarch64::Reg;
    file_index(Reg::ALL[reg as usize & 31])
}

fn x86_flags_for(cc: u8) -> u64 {
    const TAKEN: [u64; 8] = [0x800, 0x1, 0x40, 0x1, 0x80, 0x4, 0x80, 0x40];
    0x2 | if cc.is_multiple_of(2) {
        TAKEN[(cc / 2) as usize & 7]
    } else {
        0
    }
}

fn a64_flags_for(cond: u8) -> u64 {
    const N: u64 = 0x8000_0000;
    const Z: u64 = 0x4000_0000;
    const C: u64 = 0x2000_0000;
    const V: u64 = 0x1000_0000;
    [Z, 0, C, 0, N, 0, V, 0, C, 0, 0, N, 0, Z, 0, 0][cond as usize & 15]
}

/// A page-aligned address for scratch memory (stack, probe code) whose
/// surroundings avoid every busy range.
fn free_page(arch: Arch, busy: &[(u64, u64)]) -> u64 {
    let cands: &[u64] = match arch {
        Arch::I686 => &[
            0x7ff0_0000,
            0x0ff0_0000,
            0x3ff0_0000,
            0xbff0_0000,
            0x5ff0_0000,
            0x9ff0_0000,
            0xdff0_0000,
            0x1ff0_0000,
            0x2ff0_0000,
            0xeff0_0000,
        ],
        _ => &[
            0x7ff0_0000_0000,
            0x1ff0_0000_0000,
            0x3ff0_0000_0000,
            0x0000_7ff0_0000,
            0x5ff0_0000_0000,
            0x6ff0_0000_0000,
            0x0ff0_0000_0000,
            0x2ff0_0000_0000,
            0x4ff0_0000_0000,
            0x0000_3ff0_0000,
        ],
    };
    for &c in cands {
        let (lo, hi) = (c - 0x1000, c + 0x2000);
        if busy.iter().all(|&(a, b)| b <= lo || a >= hi) {
            return c;
        }
    }
    cands[0]
}

fn around(a: u64, r: u64) -> (u64, u64) {
    (a.saturating_sub(r), a.saturating_add(r))
}

/// Runs the patched bytes and returns what the CPU did.
fn execute(
    sb: &mut Sandbox,
    case: &Case,
    image: &PatchedGroup,
    stats: &mut FuzzStats,
) -> Result<Obs, String> {
    let arch = case.arch;
    let is_x86 = arch != Arch::Aarch64;
    let isa = isa(arch);
    let mut busy = vec![
        (case.base, case.base + case.body.len() as u64 + 2),
        around(case.value, 64),
        around(case.slot_addr(), 64),
        around(case.x86_target(), 64),
    ];
    if let Some(s) = case.slot {
        busy.push(around(s, 64));
    }
    if let Some(t) = case.tramp {
        busy.push((t.region, t.region + tramp_region_len(t.mask)));
    }
    let stack = free_page(arch, &busy);
    busy.push((stack, stack + 0x1000));
    let slot_bytes = case.slot.unwrap_or(0).to_le_bytes();
    let probe: Vec<u8>;
    let mut code: Vec<u8>;
    let mut regions: Vec<Region<'_>> = Vec::with_capacity(4);
    let (start, span_end) = if case.form == Form::DataWord {
        // The word is data; a probe load reads it back.
        probe = match arch {
            Arch::X86_64 => vec![0x48, 0x8B, 0x01], // mov rax, [rcx]
            Arch::I686 => vec![0x8B, 0x01, 0x8B, 0x51, 0x04], // mov eax, [ecx]; mov edx, [ecx+4]
            Arch::Aarch64 => word(0xF940_0020),     // ldr x0, [x1]
        };
        let at = free_page(arch, &busy) + 0x800;
        code = probe.clone();
        if is_x86 {
            code.extend_from_slice(&UD2);
        }
        regions.push(Region::with_bytes(
            case.base,
            &image.data,
            Perms::R,
            TAG_DATA,
        ));
        regions.push(Region::with_bytes(at, &code, Perms::RX, TAG_CODE));
        (at, at + probe.len() as u64)
    } else {
        code = image.code.clone();
        if is_x86 {
            code.extend_from_slice(&UD2);
        }
        regions.push(Region::with_bytes(case.base, &code, Perms::RX, TAG_CODE));
        (case.base + case.exec as u64, case.end())
    };
    if is_x86 {
        regions.push(Region::new(stack, STACK_LEN, Perms::RW, TAG_STACK));
    }
    let slot_region = match (case.kind, case.form) {
        (PatchKind::X86_64Rel32x, Form::Got { .. }) | (PatchKind::Aarch64Pair33x, _) => {
            Some(case.slot_addr())
        }
        _ => None,
    };
    if let Some(at) = slot_region {
        regions.push(Region::with_bytes(at, &slot_bytes, Perms::R, TAG_SLOT));
    }
    let tramp = case
        .tramp
        .map(|t| (t.region, t.region + image.trampolines.len() as u64));
    if let Some(t) = case.tramp {
        if !image.trampolines.is_empty() {
            regions.push(Region::with_bytes(
                t.region,
                &image.trampolines,
                Perms::RX,
                TAG_TRAMP,
            ));
        }
    }
    sb.reset(&regions)
        .map_err(|e| format!("harness: cannot lay out the run: {e}"))?;

    let mut regs = sb.get_all();
    for v in regs.as_mut_slice() {
        *v = case.fill;
    }
    let sp = file_index(isa.sp_reg());
    let flags_i = flags_index(isa);
    regs.as_mut_slice()[flags_i] = match (arch, case.form) {
        (Arch::Aarch64, Form::BCond { cond }) => a64_flags_for(cond),
        (Arch::Aarch64, _) => 0,
        (
            _,
            Form::Rel {
                op: RelOp::Jcc(cc), ..
            },
        ) => x86_flags_for(cc),
        _ => 0x2,
    };
    if is_x86 {
        regs.as_mut_slice()[sp] = stack + STACK_LEN / 2;
    }
    if case.form == Form::DataWord {
        let base = match arch {
            Arch::Aarch64 => 1, // x1
            _ => 1,             // rcx / ecx
        };
        regs.as_mut_slice()[base] = case.base;
    }
    sb.set_all(&regs);
    let before = sb.get_all();
    let mut obs = Obs {
        before: Some(before),
        ..Obs::default()
    };
    let stack_range = stack..stack + STACK_LEN;
    let mut pc = start;
    for _ in 0..6 {
        let out = sb.step(pc, 1);
        stats.emulator_steps += 1;
        for a in sb.access_log() {
            if stack_range.contains(&a.addr) {
                if a.kind == AccessKind::Write {
                    obs.pushes.push((a.addr, a.size, a.value));
                }
            } else {
                obs.accesses.push((a.addr, a.size, a.kind));
            }
        }
        // On x86-32 the emulator reports the fetch address of a `jcc` whose
        // target wraps around 2^32 sign-extended (EIP itself is right).
        let m = mask(arch);
        match out.stop {
            Stop::BudgetExhausted { pc: next } => {
                let next = next & m;
                obs.path.push(next);
                let (last, size) = sb.last_instruction();
                let sequential = last == pc && next == pc.wrapping_add(u64::from(size));
                let inside = sequential && next >= start && next < span_end;
                let in_tramp = tramp.is_some_and(|(a, b)| (a..b).contains(&next));
                if inside || in_tramp {
                    pc = next;
                    continue;
                }
                obs.pc = Some(next);
                break;
            }
            Stop::FetchFromNonExecutable { .. } | Stop::FetchUnmapped { .. } => {
                // The stop names the first byte that cannot be fetched, which
                // is inside the instruction at the target when that
                // instruction runs into undeclared bytes; the PC register
                // holds the target itself.
                let addr = sb.pc() & m;
                obs.path.push(addr);
                obs.pc = Some(addr);
                break;
            }
            Stop::ReadViolation { addr, size, .. } | Stop::WriteViolation { addr, size, .. } => {
                let kind = if matches!(out.stop, Stop::ReadViolation { .. }) {
                    AccessKind::Read
                } else {
                    AccessKind::Write
                };
                if !stack_range.contains(&addr) {
                    obs.accesses.push((addr, size, kind));
                }
                break;
            }
            other => {
                obs.odd = Some(other);
                break;
            }
        }
    }
    obs.after = Some(sb.get_all());
    Ok(obs)
}

fn flags_index(isa: Isa) -> usize {
    use stencil_emulators::{aarch64, x86};
    match isa {
        Isa::X86_64 => file_index(x86::Reg::Rflags),
        Isa::X86_32 => file_index(x86::Reg32::Eflags),
        Isa::Aarch64 => file_index(aarch64::Reg::Nzcv),
    }
}

/// What the CPU must compute for the case, from its intent alone.
fn expect(case: &Case) -> Expect {
    let arch = case.arch;
    let m = mask(arch);
    let p = case.p();
    let v = case.value;
    let end = case.end();
    let fill = case.fill;
    let mut e = Expect::default();
    let isa = isa(arch);
    if arch != Arch::Aarch64 {
        e.may_change.push(file_index(isa.sp_reg()));
    }
    match (case.kind, case.form) {
        (_, Form::DataWord) => match arch {
            Arch::I686 => {
                e.regs.push((x86_index(arch, 0), v & 0xffff_ffff));
                e.regs.push((x86_index(arch, 2), v >> 32));
            }
            Arch::X86_64 => e.regs.push((x86_index(arch, 0), v)),
            Arch::Aarch64 => e.regs.push((a64_index(0), v)),
        },
        (_, Form::Movabs { reg }) => e.regs.push((x86_index(arch, reg), v)),
        (_, Form::MovImm32 { reg }) => e.regs.push((x86_index(arch, reg), v & 0xffff_ffff)),
        (_, Form::Abs { op, reg }) => {
            let kind = match op {
                AbsOp::StoreReg | AbsOp::StoreEax => AccessKind::Write,
                _ => AccessKind::Read,
            };
            e.access = Some((v & m, kind));
            e.may_change.push(x86_index(arch, reg));
            e.may_change.push(x86_index(arch, 0));
        }
        (_, Form::PushImm32) => e.push = Some(v & 0xffff_ffff),
        (PatchKind::X86_64Trampoline, Form::Rel { op, .. }) => {
            let t = case.tramp.expect("trampoline");
            e.pc = Some(v);
            let direct = !t.force && in_i32(v.wrapping_sub(p.wrapping_add(4)) as i64);
            e.first = Some(if direct {
                v
            } else {
                t.region + 16 * tramp_index(t.mask, t.ordinal)
            });
            if op == RelOp::Call {
                e.push = Some(end);
            }
        }
        (PatchKind::X86_64Rel32x, Form::Rel { op, .. }) => {
            e.pc = Some(case.slot_addr());
            if op == RelOp::Call {
                e.push = Some(end);
            }
        }
        (_, Form::Rel { op, .. }) => {
            e.pc = Some(case.x86_target());
            if op == RelOp::Call {
                e.push = Some(end & m);
            }
        }
        (_, Form::Rip { op, reg, .. }) => {
            let d = &RIP_OPS[op as usize];
            let t = case.x86_target();
            match d.effect {
                RipEffect::Lea => e.regs.push((x86_index(arch, reg), t)),
                RipEffect::Read => e.access = Some((t, AccessKind::Read)),
                RipEffect::Write => e.access = Some((t, AccessKind::Write)),
            }
            if !d.xmm && d.digit.is_none() {
                e.may_change.push(x86_index(arch, reg));
            }
        }
        (_, Form::Got { op, reg, .. }) => {
            let s = case.slot.unwrap_or(0);
            match op {
                GotOp::Mov => e.regs.push((x86_index(arch, reg), s)),
                GotOp::Add => e.regs.push((x86_index(arch, reg), fill.wrapping_add(s))),
                GotOp::Cmp => {
                    e.access = Some((case.slot_addr(), AccessKind::Read));
                }
                GotOp::Call => {
                    e.pc = Some(s);
                    e.push = Some(end);
                }
                GotOp::Jmp => e.pc = Some(s),
                GotOp::Push => {
                    e.access = Some((case.slot_addr(), AccessKind::Read));
                    e.push = Some(s);
                }
            }
        }
        (_, Form::AddSub { sf, sub, rd, .. }) => {
            let lo = v & 0xfff;
            let base = if sf { fill } else { fill & 0xffff_ffff };
            let r = if sub {
                base.wrapping_sub(lo)
            } else {
                base.wrapping_add(lo)
            };
            let r = if sf { r } else { r & 0xffff_ffff };
            e.regs.push((a64_index(rd), r));
        }
        (_, Form::LdSt { class, rt, .. }) => {
            let kind = if ldst_is_store(class as usize) {
                AccessKind::Write
            } else {
                AccessKind::Read
            };
            e.access = Some((fill.wrapping_add(v & 0xfff), kind));
            if LDST[class as usize].1 == 0 && rt != 31 {
                e.may_change.push(a64_index(rt));
            }
        }
        (_, Form::MovWide { movk, rd }) => {
            let sh = 16 * u32::from(case.chunk());
            let chunk = (v >> sh) & 0xffff;
            let r = if movk {
                (fill & !(0xffffu64 << sh)) | chunk << sh
            } else {
                chunk << sh
            };
            e.regs.push((a64_index(rd), r));
        }
        (_, Form::BCond { .. } | Form::Cbz { .. }) => e.pc = Some(v),
        (_, Form::Adrp { rd }) => e.regs.push((a64_index(rd), v & !0xfff)),
        (PatchKind::Aarch64Trampoline, Form::Branch { link }) => {
            let t = case.tramp.expect("trampoline");
            e.pc = Some(v);
            let direct =
                !t.force && (-(1i64 << 27)..(1i64 << 27)).contains(&(v.wrapping_sub(p) as i64));
            e.first = Some(if direct {
                v
            } else {
                t.region + 16 * tramp_index(t.mask, t.ordinal)
            });
            if link {
                e.regs.push((a64_index(30), p + 4));
            }
            if !direct {
                e.regs.push((a64_index(8), v));
            }
        }
        (_, Form::Branch { link }) => {
            e.pc = Some(v);
            if link {
                e.regs.push((a64_index(30), p + 4));
            }
        }
        (_, Form::Pair { reg }) => e.regs.push((a64_index(reg), case.slot.unwrap_or(0))),
    }
    for &(i, _) in &e.regs {
        e.may_change.push(i);
    }
    e
}

/// Compares what the CPU did with what it must do.
fn compare(case: &Case, e: &Expect, o: &Obs) -> Result<(), String> {
    let isa = isa(case.arch);
    let names = isa.reg_names();
    let m = mask(case.arch);
    let mut problems = Vec::new();
    if let Some(want) = e.pc {
        match o.pc {
            Some(got) if got == want & m => {}
            Some(got) => problems.push(format!(
                "control went to {got:#x}, expected {:#x}",
                want & m
            )),
            None => problems.push(format!(
                "control did not leave the instruction; expected a branch to {:#x}",
                want & m
            )),
        }
    }
    if let Some(first) = e.first {
        match o.path.first() {
            Some(&got) if got == first => {}
            got => problems.push(format!(
                "the site branched first to {}, expected {first:#x} ({})",
                got.map_or("nowhere".into(), |g| format!("{g:#x}")),
                if Some(first) == e.pc {
                    "direct"
                } else {
                    "the trampoline slot"
                }
            )),
        }
    }
    let after = o.after.as_ref().expect("observed");
    let before = o.before.as_ref().expect("observed");
    for &(i, want) in &e.regs {
        let got = after.as_slice()[i];
        let want = if case.arch == Arch::I686 {
            want & 0xffff_ffff
        } else {
            want
        };
        if got != want {
            problems.push(format!("{} = {got:#x}, expected {want:#x}", names[i]));
        }
    }
    if let Some((want, kind)) = e.access {
        match o.accesses.first() {
            Some(&(addr, size, k)) if addr == want & m && k == kind => {
                let _ = size;
            }
            Some(&(addr, size, k)) => problems.push(format!(
                "first data access: {k:?} of {size} bytes at {addr:#x}, expected a {kind:?} at {:#x}",
                want & m
            )),
            None => problems.push(format!("no data access; expected a {kind:?} at {:#x}", want & m)),
        }
    }
    if let Some(want) = e.push {
        match o.pushes.first() {
            Some(&(_, _, got)) if got == want & m => {}
            Some(&(_, _, got)) => {
                problems.push(format!("pushed {got:#x}, expected {:#x}", want & m))
            }
            None => problems.push(format!("pushed nothing; expected {:#x}", want & m)),
        }
    }
    let pc_i = file_index(isa.pc_reg());
    let flags_i = flags_index(isa);
    for (i, (b, a)) in before.as_slice().iter().zip(after.as_slice()).enumerate() {
        if b != a && i != pc_i && i != flags_i && !e.may_change.contains(&i) {
            problems.push(format!(
                "side effect: {} changed from {b:#x} to {a:#x}",
                names[i]
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        let mut s = problems.join("; ");
        if let Some(stop) = &o.odd {
            let _ = write!(s, " (the CPU stopped: {stop:?})");
        }
        Err(s)
    }
}

// ---- one case -------------------------------------------------------------------------

enum Verdict {
    Pass,
    Fail(String),
    /// A runtime hazard: its cause and description.
    Hazard(&'static str, String),
}

/// The applied patch of the case's own hole (data holes come first).
fn applied(case: &Case, image: &PatchedGroup) -> Option<patch::AppliedPatch> {
    image.applied.iter().find(|a| a.patch == case.kind).cloned()
}

fn describe_image(case: &Case, image: &PatchedGroup) -> String {
    let mut s = String::new();
    if case.form == Form::DataWord {
        let _ = writeln!(s, "  patched  {}", hex_bytes(&image.data));
    } else {
        let _ = writeln!(s, "  patched  {}", hex_bytes(&image.code));
    }
    if let Some(a) = applied(case, image) {
        if let Some(r) = a.relaxation {
            let _ = writeln!(s, "  relaxed: {r}");
        }
        if let Some(t) = a.via_trampoline {
            let _ = writeln!(
                s,
                "  through the trampoline slot at {t:#x}: {}",
                hex_bytes(&image.trampolines)
            );
        }
    }
    for e in &image.errors {
        let _ = writeln!(s, "  patcher: {}", e.kind);
    }
    if image.errors.is_empty() {
        let _ = writeln!(s, "  patcher: no error");
    }
    s
}

fn relaxation_name(r: Relaxation) -> String {
    r.to_string()
}

fn check_case(ctx: &Ctx, sb: &mut Sandbox, case: &Case, stats: &mut FuzzStats) -> Verdict {
    *stats.classes.entry(case.form.class()).or_default() += 1;
    let image = patch_case(ctx, case);
    let pred = predict(case);
    let fail = |why: String, obs: Option<&str>| {
        let mut s = format!("{why}\n");
        s.push_str(&case.describe());
        s.push_str(&describe_image(case, &image));
        if let Some(o) = obs {
            let _ = writeln!(s, "  CPU: {o}");
        }
        Verdict::Fail(s)
    };
    let mut range = None;
    let mut wraps = false;
    let mut class = None;
    for e in &image.errors {
        match &e.kind {
            PatchErrorKind::OutOfRange { .. } | PatchErrorKind::Misaligned { .. } => {
                range = Some(e.kind.to_string())
            }
            PatchErrorKind::DisplacementWraps { .. } => wraps = true,
            PatchErrorKind::WrongInstructionClass {
                runtime_asserts: true,
                ..
            }
            | PatchErrorKind::Vector128LoadStore { .. }
            | PatchErrorKind::RegisterMismatch { .. } => class = Some(e.kind.to_string()),
            other => {
                return fail(
                    format!("unexpected patcher error for a legal instruction: {other}"),
                    None,
                )
            }
        }
    }
    if !pred.unknown {
        if class.is_some() != pred.class {
            return fail(
                if pred.class {
                    "jit.c asserts against this instruction class, the patcher does not say so"
                        .into()
                } else {
                    format!(
                        "the patcher rejects a legal instruction class: {}",
                        class.unwrap_or_default()
                    )
                },
                None,
            );
        }
        if wraps != pred.wraps {
            return fail(
                format!(
                    "DisplacementWraps {} but jit.c's 64-bit V - P is {}within ±2 GiB",
                    if wraps { "reported" } else { "not reported" },
                    if pred.wraps { "not " } else { "" }
                ),
                None,
            );
        }
        match (&range, pred.range) {
            (Some(err), false) => {
                return fail(
                    format!("the patcher rejected an encodable value: {err}"),
                    None,
                );
            }
            (None, true) => {
                // Show what the CPU makes of the bytes written anyway.
                let seen = execute(sb, case, &image, stats)
                    .map(|o| {
                        let e = expect(case);
                        compare(case, &e, &o)
                            .err()
                            .unwrap_or_else(|| "as intended (!)".into())
                    })
                    .unwrap_or_else(|e| e);
                return fail(
                    format!("the patcher accepted a value out of range ({})", pred.why),
                    Some(&seen),
                );
            }
            _ => {}
        }
    }
    if range.is_some() {
        stats.rejected += 1;
        return Verdict::Pass;
    }
    if class.is_some() && !pred.class_runs && !pred.unknown {
        stats.class_rejected += 1;
        return Verdict::Pass;
    }
    let applied = applied(case, &image);
    let relaxation = applied.as_ref().and_then(|a| a.relaxation);
    if let Some(r) = relaxation {
        *stats.relaxed.entry(relaxation_name(r)).or_default() += 1;
    }
    if applied.as_ref().is_some_and(|a| a.via_trampoline.is_some()) {
        stats.via_trampoline += 1;
    }
    let obs = match execute(sb, case, &image, stats) {
        Ok(o) => o,
        Err(e) => return fail(e, None),
    };
    let e = expect(case);
    let mut result = compare(case, &e, &obs);
    // Bytes outside the instruction that holds the field must not change.
    if result.is_ok() && case.exec > 0 && image.code.first() != case.body.first() {
        result = Err(format!(
            "the byte before the instruction changed from {:#04x} to {:#04x}",
            case.body[0], image.code[0]
        ));
    }
    match result {
        Ok(()) => {
            stats.executed += 1;
            if class.is_some() {
                stats.release_only += 1;
            }
            if wraps {
                stats.debug_wraps += 1;
            }
            Verdict::Pass
        }
        Err(why) => {
            let hazard = match (relaxation, case.form) {
                (Some(_), Form::Rel { prev: 0x8B, .. }) => {
                    Some("direct rel32 branch after a 0x8B byte, rewritten as a GOT load")
                }
                (
                    Some(_),
                    Form::Got {
                        op: GotOp::Call | GotOp::Jmp,
                        rex,
                        ..
                    },
                ) if rex & 1 == 1 => Some("REX.B prefix + nop becomes xchg r8, rax"),
                _ => None,
            };
            let text = {
                let mut s = case.describe();
                s.push_str(&describe_image(case, &image));
                let _ = writeln!(s, "  CPU: {why}");
                s
            };
            if let Some(cause) = hazard {
                stats.hazards += 1;
                *stats.hazard_causes.entry(cause.into()).or_default() += 1;
                Verdict::Hazard(
                    cause,
                    format!("jit.c's 32rx relaxation rewrote bytes it does not own\n{text}"),
                )
            } else {
                Verdict::Fail(format!(
                    "the CPU did not compute what the hole is for\n{text}"
                ))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trampoline_index_counts_lower_bits() {
        assert_eq!(tramp_index([0b1011, 0], 0), 0);
        assert_eq!(tramp_index([0b1011, 0], 3), 2);
        assert_eq!(tramp_index([0xffff_ffff, 1], 32), 32);
        assert_eq!(tramp_index([0x8000_0000, 0b110], 34), 2);
    }

    #[test]
    fn place_respects_reach() {
        let (lo, hi) = space(Arch::X86_64);
        for raw in [0u64, u64::MAX, 12345, 1 << 40] {
            let p = place(Arch::X86_64, raw, 4, 8, &[-(1 << 31), 1 << 31]);
            assert!(p >= lo + (1 << 31) && p + (1 << 31) < hi, "{p:#x}");
            assert_eq!(p % 4, 0);
        }
    }

    #[test]
    fn every_arch_has_its_kinds() {
        assert_eq!(kinds_for(Arch::X86_64).len(), 4);
        assert_eq!(kinds_for(Arch::I686).len(), 4);
        assert_eq!(kinds_for(Arch::Aarch64).len(), 13);
    }
}
