//! The relocation oracle: every hole proven by an emulated CPU.
//!
//! For each hole, at placements the runtime could produce (and at the edges
//! of each encoding's range), the group is patched with the reference
//! patcher and only the instruction holding the hole (or the instruction
//! pair, or a branch and the trampoline it reaches) is executed. What the CPU
//! computed — a branch target, the effective address of a load or store, a
//! register value — is compared with what the hole is *for*, decided from its
//! value expression alone:
//!
//! | base of the hole        | what the CPU must produce                      |
//! |-------------------------|------------------------------------------------|
//! | CONTINUE / JUMP_TARGET / ERROR_TARGET | exactly that exit's address      |
//! | an external symbol      | exactly its address (a branch or call), or an address inside it (a data access) |
//! | DATA                    | the start of a data slot the stencil patches (or a byte of its data when it has no slots) |
//! | CODE                    | an instruction boundary inside the stencil     |
//! | OPARG, OPERANDn, TARGET, EXECUTOR | exactly the value, addend included   |
//!
//! Comparing with the patcher's own arithmetic would be a tautology; the CPU
//! decodes the bits independently, and for PC-relative forms adds the
//! displacement to the end of the whole instruction, which is where a wrong
//! `-4` or a shifted offset shows.

use super::HoleSite;
use crate::finding::{hex, Finding, FindingKind, Severity};
use crate::model::{Group, Hole, HoleOperand, HoleValue, Part, PatchKind, StencilSet};
use crate::patch::{self, Encoders, PatchErrorKind, PatchOptions, PatchedGroup, Placement};
use crate::placement::{self, user_space, SymbolReach, Trial};
use crate::seed::{item_rng, ItemRng};
use crate::target::Arch;
use rand::RngExt;
use rayon::prelude::*;
use stencil_emulators::{with_sandbox, Access, AccessKind, Isa, Perms, Region, Sandbox, Stop};

pub const CHECK: &str = "oracle";

/// What the oracle does; the defaults are what `stencil-verify --all` runs.
#[derive(Clone, Debug)]
pub struct OracleConfig {
    /// Placements sampled per group; every hole of the group is probed at
    /// each (so at least this many samples per hole), plus its edge cases.
    pub samples: u32,
    pub seed: u64,
    /// The field encoders the patcher uses: `Encoders::REAL`, or wrong ones
    /// in the tests that prove the oracle catches them.
    pub encoders: Encoders,
}

impl Default for OracleConfig {
    fn default() -> Self {
        OracleConfig {
            samples: 64,
            seed: crate::run::DEFAULT_SEED,
            encoders: Encoders::REAL,
        }
    }
}

/// Counters for the report.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OracleStats {
    pub holes: u64,
    /// Hole samples compared with the CPU (uniform and edge).
    pub samples: u64,
    /// Edge samples beyond an encoding's range that the patcher rejected,
    /// as it must.
    pub rejected_out_of_range: u64,
    /// Samples that disagreed (each hole reports its first).
    pub failures: u64,
    /// Emulator runs.
    pub runs: u64,
    /// i686 samples where jit.c's 64-bit `V - P` would trip a debug-build
    /// assert although the wrapped 32-bit field is right.
    pub debug_assert_wraps: u64,
}

impl OracleStats {
    fn add(&mut self, o: &OracleStats) {
        self.holes += o.holes;
        self.samples += o.samples;
        self.rejected_out_of_range += o.rejected_out_of_range;
        self.failures += o.failures;
        self.runs += o.runs;
        self.debug_assert_wraps += o.debug_assert_wraps;
    }
}

pub fn isa(arch: Arch) -> Isa {
    match arch {
        Arch::X86_64 => Isa::X86_64,
        Arch::I686 => Isa::X86_32,
        Arch::Aarch64 => Isa::Aarch64,
    }
}

/// Runs the oracle on every hole of every group.
pub fn check_set(set: &StencilSet, config: &OracleConfig) -> (Vec<Finding>, OracleStats) {
    let results: Vec<(Vec<Finding>, OracleStats)> = set
        .groups
        .par_iter()
        .map(|group| {
            with_sandbox(isa(set.target.arch()), |sb| {
                GroupOracle::new(set, group, config, sb).run()
            })
        })
        .collect();
    let mut findings = Vec::new();
    let mut stats = OracleStats::default();
    for (f, s) in results {
        findings.extend(f);
        stats.add(&s);
    }
    (findings, stats)
}

/// Where, in a probe, the scratch stack lives and what the registers hold.
const STACK_LEN: u64 = 0x4000;
const TAG_CODE: u32 = 1;
const TAG_TRAMPOLINES: u32 = 2;
const TAG_DATA: u32 = 3;
const TAG_STACK: u32 = 4;
const TAG_FILL: u32 = 5;
const TAG_STOPPER: u32 = 6;
/// Bytes either side of the register fill value that probes may touch.
const FILL_WINDOW: u64 = 0x1_0000;
/// Bytes either side of the fill value that hold a pattern (`pattern`).
const PATTERN_WINDOW: u64 = 0x1000;

/// One hole's verdict so far.
#[derive(Default)]
struct HoleRecord {
    /// First failing sample's finding, and how many failed.
    failure: Option<Finding>,
    failures: u64,
    samples: u64,
}

struct GroupOracle<'a> {
    set: &'a StencilSet,
    group: &'a Group,
    config: &'a OracleConfig,
    sb: &'a mut Sandbox,
    arch: Arch,
    /// Instruction starts in the code body (decoded by the emulator on x86).
    starts: Vec<u64>,
    /// Offsets of the data slots (64-bit data holes).
    slots: Vec<u64>,
    records: Vec<HoleRecord>,
    stats: OracleStats,
    extra: Vec<Finding>,
    /// When set, probes fill the memory around the register fill value with
    /// this word (see the `Abs32` probe).
    pattern: Option<u64>,
    /// Whether a probe follows a branch into the trampoline region (only
    /// for trampoline patches).
    follow_trampolines: bool,
    /// The memory layout in place: (image, code address, fill, pattern).
    layout: Option<(usize, u64, u64, Option<u64>)>,
    /// Data offsets the CPU loaded from (slot references).
    loads: std::collections::BTreeSet<u64>,
    /// Data offsets whose address the code computes (tables it indexes).
    tables: std::collections::BTreeSet<u64>,
}

/// What one probe saw.
#[derive(Clone, Debug)]
struct Observation {
    /// Where control went after the hole's instruction(s), when it left them.
    branch: Option<u64>,
    /// Data accesses outside the scratch stack, in order; a faulting access
    /// is included.
    accesses: Vec<(u64, u32, AccessKind, u64)>,
    /// Values of general-purpose registers that changed (not PC, SP, flags).
    changed: Vec<u64>,
    /// Values written anywhere (including the stack): immediates stored.
    written: Vec<u64>,
    /// The run ended in something other than a branch, access or step.
    odd_stop: Option<Stop>,
    /// The flags register afterwards.
    flags: u64,
    /// A store into the stencil's own code, trampolines or data, all of
    /// which are read-only once the runtime has patched them.
    read_only_store: Option<(u64, u32)>,
}

impl<'a> GroupOracle<'a> {
    fn new(
        set: &'a StencilSet,
        group: &'a Group,
        config: &'a OracleConfig,
        sb: &'a mut Sandbox,
    ) -> Self {
        let arch = set.target.arch();
        let mut slots: Vec<u64> = group
            .data
            .holes
            .iter()
            .filter(|h| matches!(h.kind, PatchKind::Abs64 | PatchKind::Abs32))
            .map(|h| h.offset)
            .collect();
        slots.sort();
        let holes = group.code.holes.len() + group.data.holes.len();
        GroupOracle {
            set,
            group,
            config,
            sb,
            arch,
            starts: Vec::new(),
            slots,
            records: (0..holes).map(|_| HoleRecord::default()).collect(),
            stats: OracleStats::default(),
            extra: Vec::new(),
            pattern: None,
            follow_trampolines: false,
            layout: None,
            loads: Default::default(),
            tables: Default::default(),
        }
    }

    fn hole(&self, index: usize) -> (Part, usize, &'a Hole) {
        let ncode = self.group.code.holes.len();
        if index < ncode {
            (Part::Code, index, &self.group.code.holes[index])
        } else {
            (
                Part::Data,
                index - ncode,
                &self.group.data.holes[index - ncode],
            )
        }
    }

    fn site(&self, index: usize) -> HoleSite<'a> {
        let (part, i, hole) = self.hole(index);
        HoleSite {
            set: self.set,
            group: self.group,
            part,
            index: i,
            hole,
        }
    }

    fn run(mut self) -> (Vec<Finding>, OracleStats) {
        if self.records.is_empty() {
            return (Vec::new(), self.stats);
        }
        self.stats.holes = self.records.len() as u64;
        self.starts = self.instruction_starts();
        self.check_boundaries();
        let identity = [
            self.set.target.triple(),
            self.set.shape.name(),
            self.group.name.as_str(),
            CHECK,
        ];
        for t in 0..self.config.samples {
            let trial_id = t.to_string();
            let mut rng = item_rng(
                self.config.seed,
                &[&identity[..], &[trial_id.as_str()]].concat(),
            );
            let trial = placement::sample(self.set, self.group, SymbolReach::Mixed, &mut rng);
            self.trial(&trial, None, &mut rng, true);
        }
        for index in 0..self.records.len() {
            let mut rng = item_rng(
                self.config.seed,
                &[&identity[..], &["edges", &index.to_string()]].concat(),
            );
            for (trial, realistic) in self.edge_trials(index, &mut rng) {
                self.trial(&trial, Some(index), &mut rng, realistic);
            }
        }
        self.check_slots_referenced();
        let mut findings = std::mem::take(&mut self.extra);
        for record in &mut self.records {
            if let Some(mut f) = record.failure.take() {
                if record.failures > 1 {
                    f.message.push_str(&format!(
                        " ({} of {} samples disagree)",
                        record.failures, record.samples
                    ));
                }
                findings.push(f);
            }
        }
        (findings, self.stats)
    }

    /// Records that the code loads from (or computes the address of) data
    /// offset `off`.
    fn note_reference(&mut self, off: u64, loaded: bool) {
        if loaded {
            self.loads.insert(off);
        } else {
            self.tables.insert(off);
        }
    }

    fn note_data_value(&mut self, intent: &Intent, address: u64, loaded: bool) {
        if let Intent::Data { base, len, .. } = intent {
            let off = address.wrapping_sub(*base);
            if off < *len {
                self.note_reference(off, loaded);
            }
        }
    }

    /// A data slot nothing loads: the build step creates a slot only for a
    /// symbol some instruction loads, so an orphan means a reference went to
    /// another slot (a wrong addend that happens to land on a slot start).
    fn check_slots_referenced(&mut self) {
        let probed = self
            .records
            .iter()
            .all(|r| r.failures == 0 && r.samples > 0);
        if !probed || self.config.samples == 0 {
            return;
        }
        let ncode = self.group.code.holes.len();
        for (i, hole) in self.group.data.holes.iter().enumerate() {
            let off = hole.offset;
            let covered = self.loads.contains(&off) || self.tables.iter().any(|&t| t <= off);
            if !covered {
                let f = self.site(ncode + i).finding_for(
                    CHECK,
                    Severity::Error,
                    FindingKind::UnusedDataSlot,
                    format!(
                        "data slot data+{off:#x} is never loaded by the code (loads seen at {}): a reference meant for it points elsewhere",
                        if self.loads.is_empty() {
                            "none".to_owned()
                        } else {
                            self.loads.iter().map(|o| format!("data+{o:#x}")).collect::<Vec<_>>().join(", ")
                        }
                    ),
                );
                self.extra.push(f);
                self.stats.failures += 1;
            }
        }
    }

    // ---- instruction boundaries -------------------------------------------

    /// Instruction starts of the unpatched code, from the emulator's own
    /// decoder (x86 has no fixed length); every 4 bytes on AArch64.
    fn instruction_starts(&mut self) -> Vec<u64> {
        let body = &self.group.code.body;
        if self.arch == Arch::Aarch64 {
            return (0..body.len() as u64).step_by(4).collect();
        }
        let base = 0x1000_0000;
        let stopper = self.arch.block_stopper();
        let regions = [
            Region::with_bytes(base, body, Perms::RX, TAG_CODE),
            Region::with_bytes(base + body.len() as u64, stopper, Perms::R, TAG_STOPPER),
        ];
        self.layout = None;
        if self.sb.reset(&regions).is_err() {
            return (0..body.len() as u64).collect();
        }
        let mut starts = Vec::new();
        let mut off = 0u64;
        let mut exits: Vec<u64> = Vec::with_capacity(15);
        while off < body.len() as u64 {
            starts.push(off);
            // Exits at every possible next boundary: only this instruction
            // is translated.
            exits.clear();
            exits.extend((1..16).map(|d| base + off + d));
            let _ = self.sb.set_exits(&exits);
            self.sb.step(base + off, 1);
            self.stats.runs += 1;
            let (pc, size) = self.sb.last_instruction();
            let size = if pc == base + off && size > 0 {
                u64::from(size)
            } else {
                1
            };
            off += size;
        }
        starts
    }

    /// Every code hole's field must lie inside one instruction.
    fn check_boundaries(&mut self) {
        if self.arch == Arch::Aarch64 {
            return; // alignment is a structural finding
        }
        for index in 0..self.group.code.holes.len() {
            let (_, _, hole) = self.hole(index);
            let end = hole.offset + hole.kind.width();
            if let Some(next) = self.starts.iter().find(|&&s| s > hole.offset && s < end) {
                let start = self.insn_start(hole.offset);
                let f = self.site(index).finding_for(
                    CHECK,
                    Severity::Error,
                    FindingKind::RelocationMismatch,
                    format!(
                        "the {}-byte field at code+{:#x} straddles the instruction boundary at code+{next:#x} (instruction starts at code+{start:#x}): the patch overwrites the next instruction",
                        hole.kind.width(),
                        hole.offset
                    ),
                );
                self.record_failure(index, f);
            }
        }
    }

    fn insn_start(&self, offset: u64) -> u64 {
        self.starts
            .iter()
            .rev()
            .find(|&&s| s <= offset)
            .copied()
            .unwrap_or(0)
    }

    fn insn_end(&self, start: u64) -> u64 {
        self.starts
            .iter()
            .find(|&&s| s > start)
            .copied()
            .unwrap_or(self.group.code.body.len() as u64)
    }

    // ---- one trial ----------------------------------------------------------

    /// Patches the group at `trial` and probes every hole (or only `only`).
    /// `realistic`: the placement is one the runtime can produce, so a patch
    /// error is a finding; otherwise (edges beyond a range) the patcher must
    /// reject the value, and does.
    fn trial(&mut self, trial: &Trial, only: Option<usize>, rng: &mut ItemRng, realistic: bool) {
        let memory = |_addr: u64| None::<u64>;
        let relaxed = patch::patch_group_with(
            self.set,
            self.group,
            &trial.values,
            &trial.placement,
            &PatchOptions::default(),
            &memory,
            &self.config.encoders,
        );
        let plain = patch::patch_group_with(
            self.set,
            self.group,
            &trial.values,
            &trial.placement,
            &PatchOptions {
                relax: false,
                ..PatchOptions::default()
            },
            &memory,
            &self.config.encoders,
        );
        let fill = fill_value(self.arch, trial, rng);
        let holes: Vec<usize> = match only {
            Some(i) => vec![i],
            None => (0..self.records.len()).collect(),
        };
        for index in holes {
            let (part, i, _) = self.hole(index);
            let error = relaxed
                .errors
                .iter()
                .find(|e| e.part == part && e.hole_index == i);
            if let Some(error) = error {
                self.patch_error(index, trial, error, realistic, fill);
                continue;
            }
            // The probe compares the relaxed form with the unrelaxed one. Where
            // only the unrelaxed form is unencodable (an edge between the
            // relaxation's reach and the GOT load's), there is nothing to
            // compare with: the runtime writes the relaxed form, which the
            // uniform samples check.
            if plain
                .errors
                .iter()
                .any(|e| e.part == part && e.hole_index == i)
            {
                if !realistic {
                    self.stats.rejected_out_of_range += 1;
                }
                continue;
            }
            self.records[index].samples += 1;
            self.stats.samples += 1;
            if let Err(message) = self.probe_hole(index, trial, &relaxed, &plain, fill) {
                let f = self.mismatch(index, trial, &relaxed, message);
                self.record_failure(index, f);
            }
        }
    }

    fn record_failure(&mut self, index: usize, f: Finding) {
        self.stats.failures += 1;
        let r = &mut self.records[index];
        r.failures += 1;
        if r.failure.is_none() {
            r.failure = Some(f);
        }
    }

    fn patch_error(
        &mut self,
        index: usize,
        trial: &Trial,
        error: &patch::PatchError,
        realistic: bool,
        fill: u64,
    ) {
        let range = matches!(
            error.kind,
            PatchErrorKind::OutOfRange { .. }
                | PatchErrorKind::DisplacementWraps { .. }
                | PatchErrorKind::NoTrampolineSlot(_)
        );
        if !realistic {
            if range {
                self.stats.rejected_out_of_range += 1;
            }
            return;
        }
        if matches!(error.kind, PatchErrorKind::DisplacementWraps { .. }) {
            // i686: jit.c computes V - P in 64 bits, so a debug build asserts
            // when V and P are more than 2 GiB apart, while the 32-bit field
            // still wraps to the right target. That is a property of the
            // runtime, not of the stencil; count it, and check that the
            // release build's bytes are right.
            self.stats.debug_assert_wraps += 1;
            self.records[index].samples += 1;
            self.stats.samples += 1;
            let released = self.release_build(trial);
            if let Err(message) = self.probe_hole(index, trial, &released, &released, fill) {
                let f = self.mismatch(index, trial, &released, message);
                self.record_failure(index, f);
            }
            return;
        }
        let kind = match error.kind {
            PatchErrorKind::OutOfRange { .. } | PatchErrorKind::NoTrampolineSlot(_) => {
                FindingKind::ValueOutOfRange
            }
            PatchErrorKind::Misaligned { .. } => FindingKind::ValueMisaligned,
            // The relaxation reads the slot the hole names, and it is not in
            // the stencil's data: the GOT load points elsewhere.
            PatchErrorKind::UnreadableGotSlot { .. } => FindingKind::RelocationMismatch,
            // Class and structure problems are the structural check's; they
            // fail at every placement and are reported there.
            _ => return,
        };
        self.records[index].samples += 1;
        self.stats.samples += 1;
        // What a release build does with it: write it anyway and look.
        let released = self.release_build(trial);
        let consequence = match self.probe_hole(index, trial, &released, &released, fill) {
            Ok(()) => "a release build would still compute the right value".to_owned(),
            Err(message) => format!("a release build writes it truncated: {message}"),
        };
        let far = if trial.far_symbols.is_empty() {
            String::new()
        } else {
            format!(
                " with {} placed far from the JIT's memory",
                trial.far_symbols.join(", ")
            )
        };
        let (_, _, hole) = self.hole(index);
        let f = self.site(index).finding_for(
            CHECK,
            Severity::Error,
            kind,
            format!(
                "{} at {}: {}{far} ({}); {consequence}",
                hole.kind,
                location_name(self.hole(index).0, hole.offset),
                error.kind,
                self.describe_trial(trial)
            ),
        );
        self.record_failure(index, f);
    }

    fn mismatch(
        &self,
        index: usize,
        trial: &Trial,
        image: &PatchedGroup,
        message: String,
    ) -> Finding {
        let (part, _, hole) = self.hole(index);
        let bytes = match part {
            Part::Code => &image.code,
            Part::Data => &image.data,
        };
        let start = (hole.offset as usize).min(bytes.len());
        let end = (start + hole.kind.width() as usize).min(bytes.len());
        let mut f = self.site(index).finding_for(
            CHECK,
            Severity::Error,
            FindingKind::RelocationMismatch,
            format!(
                "{} at {}: {message} ({})",
                hole.kind,
                location_name(part, hole.offset),
                self.describe_trial(trial)
            ),
        );
        f.bytes = Some(hex(&bytes[start..end]));
        f
    }

    fn describe_trial(&self, trial: &Trial) -> String {
        format!(
            "code at {:#x}, data at {:#x}",
            trial.placement.code, trial.placement.data
        )
    }

    // ---- edge cases -----------------------------------------------------------

    /// Placements that put this hole's encoded quantity at the edges of its
    /// range and one past them. Returns (trial, realistic).
    fn edge_trials(&self, index: usize, rng: &mut ItemRng) -> Vec<(Trial, bool)> {
        let (part, _, hole) = self.hole(index);
        let HoleOperand::Value(value) = &hole.operand else {
            return Vec::new();
        };
        let base = placement::sample(self.set, self.group, SymbolReach::Near, rng);
        let location = match part {
            Part::Code => base.placement.code + hole.offset,
            Part::Data => base.placement.data + hole.offset,
        };
        let mut wanted: Vec<u64> = Vec::new(); // values of V to aim for
        let width = self.arch.pointer_width();
        let rel = |d: i64| location.wrapping_add(d as u64);
        match hole.kind {
            PatchKind::Rel32 | PatchKind::X86_64Rel32x | PatchKind::X86_64Trampoline => {
                if width == 8 {
                    for d in [
                        i32::MIN as i64,
                        i32::MAX as i64,
                        i32::MIN as i64 - 1,
                        1i64 << 31,
                        0,
                        -4096,
                        4096,
                    ] {
                        wanted.push(rel(d));
                    }
                }
            }
            PatchKind::Aarch64Branch26 | PatchKind::Aarch64Trampoline => {
                for d in [-(1i64 << 27), (1 << 27) - 4, -(1 << 27) - 4, 1 << 27, 0, 4] {
                    wanted.push(rel(d));
                }
            }
            PatchKind::Aarch64Branch19 => {
                for d in [-(1i64 << 20), (1 << 20) - 4, -(1 << 20) - 4, 1 << 20, 0] {
                    wanted.push(rel(d));
                }
            }
            PatchKind::Aarch64Page21 | PatchKind::Aarch64Page21x | PatchKind::Aarch64Pair33x => {
                let page = location & !0xfff;
                for pages in [-(1i64 << 20), (1 << 20) - 1, -(1 << 20) - 1, 1 << 20, 0] {
                    wanted.push(
                        page.wrapping_add((pages << 12) as u64) | (rng.random_range(0..512u64) * 8),
                    );
                }
            }
            PatchKind::Abs32 => {
                for v in [0u64, 0xffff_ffff, 0x1_0000_0000, 0x8000_0000, 0xfff] {
                    wanted.push(v);
                }
            }
            PatchKind::Aarch64Mov16a
            | PatchKind::Aarch64Mov16b
            | PatchKind::Aarch64Mov16c
            | PatchKind::Aarch64Mov16d => {
                for v in [
                    0u64,
                    u64::MAX,
                    0xffff,
                    0xffff_0000,
                    0xffff_0000_0000,
                    0xffff_0000_0000_0000,
                    0x8000_8000_8000_8000,
                ] {
                    wanted.push(v);
                }
            }
            PatchKind::Aarch64Lo12 | PatchKind::Aarch64Lo12x => {
                for low in [0u64, 0xff0, 0x008, 0x800] {
                    wanted.push((rng.random::<u64>() & !0xfff) | low);
                }
            }
            PatchKind::Abs64 => {
                for v in [0u64, 1, u64::MAX, 1 << 63] {
                    wanted.push(v);
                }
            }
        }
        let mut out = Vec::new();
        for v in wanted {
            if let Some((trial, realistic)) = self.aim(&base, hole, value, v) {
                out.push((trial, realistic));
            }
        }
        out
    }

    /// A trial where the hole's value V equals `v`, by moving what the hole
    /// is relative to: its symbol, its jump/error target, the data (for DATA
    /// holes), or an operand. `None` when the base is tied to the code's own
    /// placement (CODE, CONTINUE). The trial is realistic only when the runtime
    /// could produce it (then a patch error is a finding).
    fn aim(
        &self,
        base: &Trial,
        hole: &Hole,
        value: &crate::model::ValueExpr,
        v: u64,
    ) -> Option<(Trial, bool)> {
        let mut t = base.clone();
        let mask = self.arch.address_mask();
        let target = v.wrapping_sub(value.addend as u64) & mask;
        let (lo, hi) = user_space(self.arch);
        let in_space = |a: u64| a >= lo && a < hi;
        if let Some(sym) = &value.symbol {
            if !in_space(target) {
                return None;
            }
            // Keep symbols aligned as functions and objects are.
            t.values.symbols.insert(sym.clone(), target);
            return Some((t, false));
        }
        match value.base {
            HoleValue::JumpTarget | HoleValue::ErrorTarget => {
                if !in_space(target) {
                    return None;
                }
                if value.base == HoleValue::JumpTarget {
                    t.values.jump_target = target;
                } else {
                    t.values.error_target = target;
                }
                Some((t, false))
            }
            HoleValue::Data => {
                // Move the data part relative to the code.
                let data = target;
                if !in_space(data)
                    || hole.kind.relaxes() && self.arch == Arch::Aarch64 && data % 8 != 0
                {
                    return None;
                }
                let data_len = self.group.data.body.len() as u64;
                let code_end = t.placement.code + self.group.code.body.len() as u64;
                let overlaps = data < code_end + 0x1000 && data + data_len + 0x1000 > t.block;
                if overlaps || data.checked_add(data_len).is_none_or(|e| e >= hi) {
                    return None;
                }
                t.placement = Placement {
                    data,
                    ..t.placement.clone()
                };
                t.values.data = data;
                Some((t, false))
            }
            HoleValue::Oparg => {
                t.values.oparg = (v.wrapping_sub(value.addend as u64)) as u16;
                Some((t, true))
            }
            HoleValue::Operand0 | HoleValue::Operand0Hi | HoleValue::Operand0Lo => {
                t.values.operand0 = operand_for(
                    value.base,
                    v.wrapping_sub(value.addend as u64),
                    t.values.operand0,
                );
                Some((t, true))
            }
            HoleValue::Operand1 | HoleValue::Operand1Hi | HoleValue::Operand1Lo => {
                t.values.operand1 = operand_for(
                    value.base,
                    v.wrapping_sub(value.addend as u64),
                    t.values.operand1,
                );
                Some((t, true))
            }
            HoleValue::Target => {
                t.values.target = v.wrapping_sub(value.addend as u64) as u32;
                Some((t, true))
            }
            HoleValue::Executor => {
                t.values.executor = target;
                Some((t, true))
            }
            HoleValue::Zero => None,
            HoleValue::Code | HoleValue::Continue => None,
        }
    }

    // ---- probing --------------------------------------------------------------

    /// Executes the hole's instruction(s) in `image` (and in `plain`, the
    /// unrelaxed image, where the runtime relaxed it) and checks the result
    /// against the hole's intent. `Err` says what went wrong, in words.
    /// The group as a release build patches it: every value written, in
    /// range or not, where a debug build would have asserted.
    fn release_build(&self, trial: &Trial) -> PatchedGroup {
        let memory = |_addr: u64| None::<u64>;
        patch::patch_group_with(
            self.set,
            self.group,
            &trial.values,
            &trial.placement,
            &PatchOptions {
                release_writes: true,
                ..PatchOptions::default()
            },
            &memory,
            &self.config.encoders,
        )
    }

    fn probe_hole(
        &mut self,
        index: usize,
        trial: &Trial,
        image: &PatchedGroup,
        plain: &PatchedGroup,
        fill: u64,
    ) -> Result<(), String> {
        let (part, i, hole) = self.hole(index);
        let HoleOperand::Value(value) = &hole.operand else {
            return self.probe_trampoline(index, trial, image, fill);
        };
        let v = patch::evaluate(
            value,
            &trial.values,
            self.group.code.body.len() as u64,
            self.arch,
        )
        .map_err(|e| format!("cannot evaluate the hole: {e}"))?;
        let intent = self.intent(value, trial, v);
        if part == Part::Data {
            // A data word is what it is: no instruction to run.
            let at = hole.offset as usize;
            let word = read_word(&image.data, at, hole.kind.width() as usize)
                .ok_or_else(|| "the data word lies outside the data".to_owned())?;
            self.note_data_value(&intent, word, false);
            return intent.check_value(word, self, "the data word");
        }
        let relaxed = image
            .applied
            .iter()
            .find(|a| a.part == part && a.hole_index == i)
            .and_then(|a| a.relaxation)
            .is_some();
        match hole.kind {
            PatchKind::Rel32 | PatchKind::X86_64Rel32x | PatchKind::X86_64Trampoline => {
                let start = self.insn_start(hole.offset);
                let field_end = hole.offset + 4;
                let obs = self.observe(trial, plain, start, field_end, fill, true)?;
                let fall = trial.placement.code + self.insn_end(start).max(field_end);
                let (landed, branched) = self.x86_landed(&obs, fall);
                intent.check_address(landed, branched)?;
                let loaded = obs
                    .accesses
                    .first()
                    .is_some_and(|a| a.0 == landed && a.2 == AccessKind::Read);
                if let Intent::Data { base, .. } = intent {
                    let off = landed.wrapping_sub(base);
                    if hole.kind == PatchKind::X86_64Rel32x && self.slots.contains(&off) && !loaded
                    {
                        return Err(format!(
                            "a GOT-style hole on data slot data+{off:#x}, but the instruction does not load from it: it {}",
                            if branched { "branches there" } else { "only computes its address" }
                        ));
                    }
                    self.note_reference(off, loaded);
                }
                if relaxed {
                    // The relaxed instruction must do what the GOT load did:
                    // produce the pointer stored in the slot.
                    let loaded = read_slot(trial, image, landed).ok_or_else(|| {
                        format!("the relaxed load reads {landed:#x}, outside the data")
                    })?;
                    let robs = self.observe(trial, image, start, field_end, fill, true)?;
                    // A relaxed jump to the address right after it (CONTINUE
                    // at the end of the code) looks like falling through.
                    let branch = robs.branch.or(robs.changed.is_empty().then_some(fall));
                    let produced = branch.into_iter().chain(robs.changed.iter().copied());
                    if !produced.clone().any(|p| p == loaded) {
                        return Err(format!(
                            "after relaxation the CPU produces {} instead of the slot's {}",
                            list(produced.collect()),
                            self.name_address(loaded, trial)
                        ));
                    }
                }
                Ok(())
            }
            PatchKind::Abs64 | PatchKind::Abs32 => {
                let start = self.insn_start(hole.offset);
                let until = hole.offset + hole.kind.width();
                let mask = self.arch.address_mask();
                let want = v & if hole.kind == PatchKind::Abs32 {
                    0xffff_ffff
                } else {
                    mask
                };
                let seen_in = |obs: &Observation| {
                    let mut seen: Vec<u64> = obs.changed.clone();
                    seen.extend(obs.accesses.iter().map(|a| a.0));
                    seen.extend(obs.written.iter().copied());
                    seen.extend(obs.branch);
                    seen
                };
                // 1. Registers hold the fill value: a register load, a store
                //    of the immediate, or an absolute address shows it.
                let seen = seen_in(&self.observe(trial, image, start, until, fill, false)?);
                if seen.iter().any(|&s| s & mask == want) {
                    self.note_data_value(&intent, want, false);
                    return intent.check_value(want, self, "the immediate");
                }
                // 2. Registers hold zero: a displacement with an index but no
                //    base (`mov esi, [esi*4 + V]`) is then the address itself.
                let zeroed = seen_in(&self.observe(trial, image, start, until, 0, false)?);
                if zeroed.iter().any(|&s| s & mask == want) {
                    return intent.check_value(want, self, "the immediate");
                }
                // 3. An immediate only compared with memory: with memory
                //    holding V the comparison must find equality (ZF), with
                //    V ^ 1 it must not.
                let zf = |o: &Observation| o.flags & 0x40 != 0;
                self.pattern = Some(want);
                let equal = self.observe(trial, image, start, until, fill, false);
                self.pattern = Some(want ^ 1);
                let unequal = self.observe(trial, image, start, until, fill, false);
                self.pattern = None;
                if zf(&equal?) && !zf(&unequal?) {
                    return intent.check_value(want, self, "the immediate");
                }
                Err(format!(
                    "the CPU never uses {want:#x}: it computes {}",
                    list(seen.into_iter().chain(zeroed).collect())
                ))
            }
            PatchKind::Aarch64Branch26 | PatchKind::Aarch64Branch19 => {
                let obs = self.observe(trial, image, hole.offset, hole.offset + 4, fill, true)?;
                // A branch to the next instruction looks like one not taken.
                let to = obs.branch.unwrap_or(trial.placement.code + hole.offset + 4);
                intent.check_address(to, true)
            }
            PatchKind::Aarch64Page21 | PatchKind::Aarch64Page21x => {
                let obs = self.observe(trial, image, hole.offset, hole.offset + 4, fill, false)?;
                let page = v & !0xfff;
                if obs.changed.contains(&page) {
                    // An ADRP alone loads nothing; the LDR completing it records the load.
                    intent.check_address(v, false)
                } else {
                    Err(format!(
                        "ADRP computes {} instead of the page {page:#x} of {}",
                        list(obs.changed),
                        self.name_address(v, trial)
                    ))
                }
            }
            PatchKind::Aarch64Lo12 | PatchKind::Aarch64Lo12x => {
                let obs = self.observe(trial, image, hole.offset, hole.offset + 4, fill, false)?;
                let low = v & 0xfff;
                let got: Vec<u64> = obs
                    .accesses
                    .iter()
                    .map(|a| a.0)
                    .chain(obs.changed.iter().copied())
                    .map(|x| x.wrapping_sub(fill))
                    .collect();
                // `add xd, xn, #0` with xd == xn changes nothing: right when
                // the low bits are 0, and only then.
                if got.contains(&low) || (low == 0 && got.is_empty()) {
                    let loads = !obs.accesses.is_empty();
                    if hole.kind == PatchKind::Aarch64Lo12x && !loads {
                        return Err(format!(
                            "patch_aarch64_12x is a GOT load, but the instruction does not load from {}: it only computes an address",
                            self.name_address(v, trial)
                        ));
                    }
                    self.note_data_value(&intent, v, loads);
                    intent.check_address(v, false)
                } else {
                    Err(format!(
                        "the instruction adds {} to its base register instead of {low:#x}, the low 12 bits of {}",
                        list(got),
                        self.name_address(v, trial)
                    ))
                }
            }
            PatchKind::Aarch64Mov16a
            | PatchKind::Aarch64Mov16b
            | PatchKind::Aarch64Mov16c
            | PatchKind::Aarch64Mov16d => {
                let chunk = match hole.kind {
                    PatchKind::Aarch64Mov16a => 0,
                    PatchKind::Aarch64Mov16b => 1,
                    PatchKind::Aarch64Mov16c => 2,
                    _ => 3,
                };
                let want = (v >> (16 * chunk)) & 0xffff;
                // Registers start with the complement of the expected chunk,
                // so that a MOVK writing it always changes its register.
                let fill = (fill & !(0xffff << (16 * chunk))) | ((!want & 0xffff) << (16 * chunk));
                let obs = self.observe(trial, image, hole.offset, hole.offset + 4, fill, false)?;
                if obs
                    .changed
                    .iter()
                    .any(|r| (r >> (16 * chunk)) & 0xffff == want)
                {
                    intent.check_value(v, self, "the materialised value")
                } else {
                    Err(format!(
                        "the MOV sets {} but bits {}..{} of {} are {want:#x}",
                        list(obs.changed),
                        16 * chunk,
                        16 * chunk + 15,
                        self.name_address(v, trial)
                    ))
                }
            }
            PatchKind::Aarch64Pair33x => {
                // Unrelaxed: ADRP + LDR must load from the slot at V.
                let obs = self.observe(trial, plain, hole.offset, hole.offset + 8, fill, false)?;
                let from = obs
                    .accesses
                    .first()
                    .map(|a| a.0)
                    .ok_or_else(|| "the ADRP+LDR pair performs no load".to_owned())?;
                intent.check_address(from, false)?;
                let loaded = read_slot(trial, plain, from)
                    .ok_or_else(|| format!("the pair loads from {from:#x}, outside the data"))?;
                self.note_data_value(&intent, from, true);
                if !obs.changed.contains(&loaded) {
                    return Err(format!(
                        "the pair loads {} instead of the slot's {}",
                        list(obs.changed),
                        self.name_address(loaded, trial)
                    ));
                }
                if relaxed {
                    let robs =
                        self.observe(trial, image, hole.offset, hole.offset + 8, fill, false)?;
                    if !robs.changed.contains(&loaded) {
                        return Err(format!(
                            "after relaxation the pair produces {} instead of the slot's {}",
                            list(robs.changed),
                            self.name_address(loaded, trial)
                        ));
                    }
                }
                Ok(())
            }
            PatchKind::Aarch64Trampoline => self.probe_trampoline(index, trial, image, fill),
        }
    }

    /// A trampoline patch must reach exactly its symbol, directly or through
    /// its slot.
    fn probe_trampoline(
        &mut self,
        index: usize,
        trial: &Trial,
        image: &PatchedGroup,
        fill: u64,
    ) -> Result<(), String> {
        let (_, _, hole) = self.hole(index);
        let HoleOperand::SymbolOrdinal(ordinal) = hole.operand else {
            return Err("a trampoline patch without an ordinal".into());
        };
        let symbol = self
            .set
            .symbols_map
            .as_ref()
            .and_then(|m| m.iter().find(|e| e.ordinal == ordinal))
            .map(|e| e.symbol.clone())
            .ok_or_else(|| format!("ordinal {ordinal} is not in symbols_map"))?;
        let want = *trial
            .values
            .symbols
            .get(&symbol)
            .ok_or_else(|| format!("no address for {symbol}"))?;
        let start = if self.arch == Arch::Aarch64 {
            hole.offset
        } else {
            self.insn_start(hole.offset)
        };
        self.follow_trampolines = true;
        let obs = self.observe(trial, image, start, hole.offset + 4, fill, true);
        self.follow_trampolines = false;
        match obs?.branch {
            Some(to) if to == want => Ok(()),
            Some(to) => Err(format!(
                "the call reaches {} instead of {symbol} at {want:#x}",
                self.name_address(to, trial)
            )),
            None => Err("the branch is never taken".into()),
        }
    }

    /// For an x86 RIP-relative or rel32 instruction: where it points. A
    /// memory operand's effective address if it has one, else the branch
    /// target, else (a `lea`) the address computed into a register.
    /// `fall`: the address after the instruction. A direct branch whose
    /// target is that address looks exactly like one not taken, so an
    /// instruction with no other effect is taken to have landed there.
    fn x86_landed(&self, obs: &Observation, fall: u64) -> (u64, bool) {
        if let Some(a) = obs.accesses.first() {
            return (a.0, false);
        }
        if let Some(b) = obs.branch {
            return (b, true);
        }
        match obs.changed.first() {
            Some(&c) => (c, false),
            None => (fall, true),
        }
    }

    /// Runs the instruction(s) from `start` until control leaves
    /// `[start, until)` (following a branch into the trampolines), trying
    /// flag variants when `branchy` and the first run falls through.
    fn observe(
        &mut self,
        trial: &Trial,
        image: &PatchedGroup,
        start: u64,
        until: u64,
        fill: u64,
        branchy: bool,
    ) -> Result<Observation, String> {
        let fallthrough = if self.arch == Arch::Aarch64 {
            until
        } else {
            self.insn_end(start).max(until)
        };
        let variants: &[(u64, u64)] = match self.arch {
            // (flags, fill override flag) x86: ZF/CF/SF/OF/PF combinations
            // under which every jcc condition is taken in at least one run.
            Arch::X86_64 | Arch::I686 => &[
                (0x202, 1),
                (0x202 | 0x8d5, 1),
                (0x202 | 0x80, 1),
                (0x202 | 0x800, 1),
            ],
            // NZCV: none, all, N, C; and zeroed registers for CBZ.
            Arch::Aarch64 => &[
                (0, 1),
                (0xf000_0000, 1),
                (0x8000_0000, 1),
                (0x2000_0000, 1),
                (0, 0),
            ],
        };
        let mut first = None;
        for (n, &(flags, keep_fill)) in variants.iter().enumerate() {
            let f = if keep_fill == 1 { fill } else { 0 };
            let obs = self.observe_once(trial, image, start, until, fallthrough, f, flags)?;
            if let Some((addr, size)) = obs.read_only_store {
                return Err(format!(
                    "the instruction stores {size} bytes at {}: a stencil's code and data are read-only once patched",
                    self.name_address(addr, trial)
                ));
            }
            if !branchy || obs.branch.is_some() || !obs.accesses.is_empty() {
                return Ok(obs);
            }
            if n == 0 {
                first = Some(obs);
            }
        }
        first.ok_or_else(|| "no observation".into())
    }

    fn observe_once(
        &mut self,
        trial: &Trial,
        image: &PatchedGroup,
        start: u64,
        until: u64,
        fallthrough: u64,
        fill: u64,
        flags: u64,
    ) -> Result<Observation, String> {
        let p = &trial.placement;
        let stack = stack_base(self.arch, trial);
        // Every hole of a trial is probed in the same memory: lay it out
        // once per (image, placement, fill, pattern), and between probes
        // reset only the registers. (What one probe stores goes to the
        // scratch stack or the fill window, which no later check reads.)
        let key = (
            image as *const PatchedGroup as usize,
            p.code,
            fill,
            self.pattern,
        );
        if self.layout == Some(key) {
            self.sb.reset_registers();
        } else {
            self.lay_out(trial, image, stack, fill)?;
            self.layout = Some(key);
        }
        self.run_probe(trial, image, start, until, fallthrough, fill, flags, stack)
    }

    fn lay_out(
        &mut self,
        trial: &Trial,
        image: &PatchedGroup,
        stack: u64,
        fill: u64,
    ) -> Result<(), String> {
        let p = &trial.placement;
        let code_end = p.code + image.code.len() as u64;
        let stopper = self.arch.block_stopper();
        let mut regions = vec![
            Region::with_bytes(p.code, &image.code, Perms::RX, TAG_CODE),
            Region::new(stack, STACK_LEN, Perms::RW, TAG_STACK),
        ];
        // The next uop's bytes: the translator stops there, execution never
        // gets there (they are not executable).
        let room = p
            .trampolines
            .min(p.data)
            .saturating_sub(code_end)
            .min(stopper.len() as u64);
        if room > 0 && (p.trampolines > code_end || image.trampolines.is_empty()) {
            regions.push(Region::with_bytes(
                code_end,
                &stopper[..room as usize],
                Perms::R,
                TAG_STOPPER,
            ));
        }
        if !image.trampolines.is_empty() {
            regions.push(Region::with_bytes(
                p.trampolines,
                &image.trampolines,
                Perms::RX,
                TAG_TRAMPOLINES,
            ));
        }
        if !image.data.is_empty() {
            regions.push(Region::with_bytes(p.data, &image.data, Perms::R, TAG_DATA));
        }
        // Memory around the register fill value, so that a store through
        // any register completes and its value is seen; with a pattern, it
        // holds that value at every aligned word.
        let pattern_bytes: Vec<u8>;
        if let Some(pattern) = self.pattern.filter(|_| fill >= FILL_WINDOW) {
            let width = self.arch.pointer_width() as usize;
            pattern_bytes = (0..2 * PATTERN_WINDOW as usize)
                .map(|i| pattern.to_le_bytes()[i % width])
                .collect();
            regions.push(Region::with_bytes(
                fill - PATTERN_WINDOW,
                &pattern_bytes,
                Perms::RW,
                TAG_FILL,
            ));
        } else if fill >= FILL_WINDOW {
            regions
                .push(Region::new(fill - FILL_WINDOW, 2 * FILL_WINDOW, Perms::RW, TAG_FILL).lazy());
        }
        self.sb
            .reset(&regions)
            .map_err(|e| format!("cannot lay out the probe: {e}"))?;
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn run_probe(
        &mut self,
        trial: &Trial,
        image: &PatchedGroup,
        start: u64,
        until: u64,
        fallthrough: u64,
        fill: u64,
        flags: u64,
        stack: u64,
    ) -> Result<Observation, String> {
        let p = &trial.placement;
        // End translation (and the run) right after the probed instruction(s):
        // translating only what runs keeps probes at new addresses cheap.
        // (x86 only: there the translator would otherwise decode the rest
        // of the page; AArch64 stops at the first undefined word, and a
        // branch landing on an exit is not reported as reaching it there.)
        if self.arch != Arch::Aarch64 {
            let _ = self.sb.set_exits(&[p.code + fallthrough]);
        }
        self.sb.set_access_log(true);
        let isa = self.sb.isa();
        let mut regs = self.sb.get_all();
        for v in regs.as_mut_slice() {
            *v = fill;
        }
        self.sb.set_all(&regs);
        set_flags(self.sb, isa, flags);
        let sp = stack + STACK_LEN / 2;
        self.sb.set_sp(sp);
        let before = self.sb.get_all();
        let code = p.code;
        let (lo, hi) = (code + start, code + until);
        let tramp = p.trampolines..p.trampolines + image.trampolines.len() as u64;
        let mut pc = lo;
        let mut obs = Observation {
            branch: None,
            accesses: Vec::new(),
            changed: Vec::new(),
            written: Vec::new(),
            odd_stop: None,
            flags: 0,
            read_only_store: None,
        };
        let fall = code + fallthrough;
        for _ in 0..6 {
            let out = self.sb.step(pc, 1);
            self.stats.runs += 1;
            for a in self.sb.access_log() {
                // Only what the hole's instruction(s) do, not a trampoline's
                // own literal load.
                if (lo..fall).contains(&a.pc) {
                    record_access(&mut obs, a, stack);
                }
            }
            match out.stop {
                Stop::BudgetExhausted { pc: next } | Stop::ReachedExit { pc: next } => {
                    // Sequential progress (not a branch) within the span: the
                    // `nop` of a relaxed `nop; call`, or the first of a pair.
                    let (last, size) = self.sb.last_instruction();
                    let sequential = last == pc && next == pc + u64::from(size);
                    let inside = sequential && next < hi && (lo..hi).contains(&pc);
                    if (self.follow_trampolines && tramp.contains(&next)) || inside {
                        // Still inside the relaxed pair or the span of the
                        // hole, or following a branch through a trampoline.
                        pc = next;
                        continue;
                    }
                    if next != fall && !(tramp.contains(&pc) && next == pc + 4) {
                        obs.branch = Some(next);
                    }
                    break;
                }
                Stop::FetchFromNonExecutable { addr, .. } | Stop::FetchUnmapped { addr } => {
                    // Reaching the next instruction's address is falling
                    // through, even when what follows is not code.
                    if addr != fall {
                        obs.branch = Some(addr);
                    }
                    break;
                }
                Stop::ReadViolation { addr, size, .. }
                | Stop::WriteViolation { addr, size, .. } => {
                    let kind = if matches!(out.stop, Stop::ReadViolation { .. }) {
                        AccessKind::Read
                    } else {
                        AccessKind::Write
                    };
                    if !(stack..stack + STACK_LEN).contains(&addr) {
                        obs.accesses.push((addr, size, kind, 0));
                    }
                    break;
                }
                // The next instruction's address reached, whatever is there
                // (the block-ending bytes after the stencil): falling through.
                Stop::InvalidInstruction { pc } | Stop::Interrupt { pc, .. } if pc == fall => break,
                other => {
                    obs.odd_stop = Some(other);
                    break;
                }
            }
        }
        let block = [
            p.code..p.code + image.code.len() as u64,
            p.data..p.data + image.data.len() as u64,
            tramp.clone(),
        ];
        obs.read_only_store = obs
            .accesses
            .iter()
            .find(|a| a.2 == AccessKind::Write && block.iter().any(|r| r.contains(&a.0)))
            .map(|a| (a.0, a.1));
        let after = self.sb.get_all();
        obs.flags = flags_reg_index(isa).map_or(0, |i| after.as_slice()[i]);
        let sp_reg = isa.sp_reg();
        let pc_reg = isa.pc_reg();
        let skip: Vec<usize> = [sp_reg, pc_reg]
            .iter()
            .filter_map(|r| r.file_index())
            .collect();
        let flags_index = flags_reg_index(isa);
        for (n, (b, a)) in before.as_slice().iter().zip(after.as_slice()).enumerate() {
            if b != a && !skip.contains(&n) && Some(n) != flags_index {
                obs.changed.push(*a);
            }
        }
        tracing::trace!(
            start = lo,
            until = hi,
            fall,
            fill,
            flags,
            ?obs,
            "oracle probe"
        );
        if let Some(stop) = &obs.odd_stop {
            if obs.branch.is_none() && obs.accesses.is_empty() && obs.changed.is_empty() {
                return Err(format!("the instruction stops the CPU: {stop:?}"));
            }
        }
        Ok(obs)
    }

    // ---- intent -----------------------------------------------------------------

    fn intent(&self, value: &crate::model::ValueExpr, trial: &Trial, v: u64) -> Intent {
        let vals = &trial.values;
        let code_len = self.group.code.body.len() as u64;
        if let Some(sym) = &value.symbol {
            let addr = vals.symbols.get(sym).copied().unwrap_or(0);
            return Intent::Symbol {
                name: sym.clone(),
                addr,
                value: v,
            };
        }
        match value.base {
            HoleValue::Continue => Intent::Exit {
                name: "CONTINUE",
                addr: vals.code + code_len,
                value: v,
            },
            HoleValue::JumpTarget => Intent::Exit {
                name: "JUMP_TARGET",
                addr: vals.jump_target,
                value: v,
            },
            HoleValue::ErrorTarget => Intent::Exit {
                name: "ERROR_TARGET",
                addr: vals.error_target,
                value: v,
            },
            HoleValue::Data => Intent::Data {
                base: vals.data,
                len: self.group.data.body.len() as u64,
                slots: self.slots.clone(),
            },
            HoleValue::Code => Intent::Code {
                base: vals.code,
                starts: self.starts.clone(),
                len: code_len,
            },
            _ => Intent::Exact(v),
        }
    }

    /// An address in the words a maintainer uses: `JUMP_TARGET+0x4`,
    /// `data+0x18`, `&PySpam`, `code+0x1c`.
    fn name_address(&self, a: u64, trial: &Trial) -> String {
        let vals = &trial.values;
        let code_len = self.group.code.body.len() as u64;
        let data_len = self.group.data.body.len() as u64;
        let rel = |name: &str, base: u64| {
            let d = a.wrapping_sub(base) as i64;
            if d == 0 {
                format!("{a:#x} ({name})")
            } else if d > 0 {
                format!("{a:#x} ({name}+{d:#x})")
            } else {
                format!("{a:#x} ({name}-{:#x})", d.unsigned_abs())
            }
        };
        let near = |base: u64| a.abs_diff(base) < 0x100;
        if (vals.data..vals.data + data_len.max(1)).contains(&a) {
            return rel("data", vals.data);
        }
        if (vals.code..vals.code + code_len).contains(&a) {
            return rel("code", vals.code);
        }
        for (name, base) in [
            ("CONTINUE", vals.code + code_len),
            ("JUMP_TARGET", vals.jump_target),
            ("ERROR_TARGET", vals.error_target),
        ] {
            if near(base) {
                return rel(name, base);
            }
        }
        for (name, base) in &vals.symbols {
            if near(*base) {
                return rel(&format!("&{name}"), *base);
            }
        }
        format!("{a:#x}")
    }
}

/// What a hole is for, decided from its value expression.
enum Intent {
    /// Exactly this address (a branch or call must land on it; an absolute
    /// patch must carry it with no addend).
    Exit {
        name: &'static str,
        addr: u64,
        value: u64,
    },
    /// An external symbol: a branch lands exactly on it, a data access
    /// inside it, an absolute patch carries it plus the header's addend.
    Symbol { name: String, addr: u64, value: u64 },
    /// A data slot start (or, without slots, a byte of the data).
    Data {
        base: u64,
        len: u64,
        slots: Vec<u64>,
    },
    /// An instruction start inside the stencil's code.
    Code {
        base: u64,
        starts: Vec<u64>,
        len: u64,
    },
    /// An immediate: exactly this value.
    Exact(u64),
}

impl Intent {
    /// Checks an address the CPU computed (branch target, effective address).
    /// `branched`: control went there (a branch or call must be exact).
    fn check_address(&self, a: u64, branched: bool) -> Result<(), String> {
        match self {
            Intent::Exit { name, addr, .. } => {
                if a == *addr {
                    Ok(())
                } else {
                    Err(format!(
                        "the CPU reaches {} instead of {name} at {addr:#x}",
                        describe(a, *addr, name)
                    ))
                }
            }
            Intent::Symbol { name, addr, .. } => {
                // A branch must hit the symbol; a data reference may point
                // into the object (a field), but not before it.
                let off = a.wrapping_sub(*addr);
                if off == 0 || !branched && off < 0x1_0000 {
                    Ok(())
                } else {
                    Err(format!(
                        "the CPU reaches {} instead of &{name} at {addr:#x}",
                        describe(a, *addr, &format!("&{name}"))
                    ))
                }
            }
            Intent::Data { base, len, slots } => {
                let off = a.wrapping_sub(*base);
                // A slot start, or data that is not a slot (a read-only
                // table), but never the middle of a slot.
                let ok = off < (*len).max(1) && !slot_region(slots, off);
                if ok {
                    Ok(())
                } else if off < *len {
                    Err(format!("the CPU reaches data+{off:#x}, which is not the start of a data slot (slots at {})", slots.iter().map(|s| format!("{s:#x}")).collect::<Vec<_>>().join(", ")))
                } else {
                    Err(format!(
                        "the CPU reaches {}, outside the stencil's {len}-byte data",
                        describe(a, *base, "data")
                    ))
                }
            }
            Intent::Code { base, starts, len } => {
                let off = a.wrapping_sub(*base);
                if off < *len && starts.contains(&off) {
                    Ok(())
                } else if off < *len {
                    Err(format!(
                        "the CPU reaches code+{off:#x}, which is not an instruction boundary"
                    ))
                } else {
                    Err(format!(
                        "the CPU reaches {}, outside the stencil's code",
                        describe(a, *base, "code")
                    ))
                }
            }
            Intent::Exact(v) => {
                if a == *v {
                    Ok(())
                } else {
                    Err(format!("the CPU computes {a:#x} instead of {v:#x}"))
                }
            }
        }
    }

    /// Checks a value carried by an absolute patch (data word, immediate).
    fn check_value(&self, got: u64, o: &GroupOracle<'_>, what: &str) -> Result<(), String> {
        match self {
            Intent::Exit { name, addr, value } => {
                if got == *addr {
                    Ok(())
                } else if got == *value {
                    Err(format!("{what} is {name}{:+#x}: an exit must be patched with its exact address {addr:#x}", got.wrapping_sub(*addr) as i64))
                } else {
                    Err(format!("{what} is {got:#x} instead of {name} at {addr:#x}"))
                }
            }
            Intent::Symbol { value, .. } | Intent::Exact(value) => {
                let mask = o.arch.address_mask();
                if got & mask == value & mask {
                    Ok(())
                } else {
                    Err(format!("{what} is {got:#x} instead of {value:#x}"))
                }
            }
            Intent::Data { .. } | Intent::Code { .. } => self.check_address(got, false),
        }
    }
}

/// Whether `off` falls strictly inside a slot (not at its start).
fn slot_region(slots: &[u64], off: u64) -> bool {
    slots.iter().any(|&s| off > s && off < s + 8)
}

fn describe(a: u64, base: u64, name: &str) -> String {
    let d = a.wrapping_sub(base) as i64;
    if d >= 0 {
        format!("{a:#x} ({name}+{d:#x})")
    } else {
        format!("{a:#x} ({name}-{:#x})", d.unsigned_abs())
    }
}

fn list(values: Vec<u64>) -> String {
    if values.is_empty() {
        "nothing".into()
    } else {
        values
            .iter()
            .map(|v| format!("{v:#x}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn location_name(part: Part, offset: u64) -> String {
    format!("{}+{offset:#x}", part.name())
}

fn record_access(obs: &mut Observation, a: &Access, stack: u64) {
    if a.kind == AccessKind::Write {
        obs.written.push(a.value);
    }
    if (stack..stack + STACK_LEN).contains(&a.addr) {
        return;
    }
    obs.accesses.push((a.addr, a.size, a.kind, a.value));
}

fn read_word(bytes: &[u8], at: usize, width: usize) -> Option<u64> {
    let b = bytes.get(at..at.checked_add(width)?)?;
    let mut w = [0u8; 8];
    w[..width].copy_from_slice(b);
    Some(u64::from_le_bytes(w))
}

/// The 64-bit (or, on i686, 32-bit) pointer in the group's data at `addr`.
fn read_slot(trial: &Trial, image: &PatchedGroup, addr: u64) -> Option<u64> {
    let off = addr.checked_sub(trial.placement.data)? as usize;
    read_word(&image.data, off, 8)
}

/// A register fill value: a page-aligned address away from the block, so
/// that base+offset computations and accesses through any register are
/// recognisable.
fn fill_value(arch: Arch, trial: &Trial, rng: &mut ItemRng) -> u64 {
    let (lo, hi) = user_space(arch);
    loop {
        let f = rng.random_range(lo..hi) & !0xfff;
        let far_from_block = f.abs_diff(trial.block) > (1 << 24);
        if far_from_block && f > lo {
            return f;
        }
    }
}

/// The scratch stack: just below the block, or above it when there is no
/// room below.
fn stack_base(arch: Arch, trial: &Trial) -> u64 {
    let (lo, _) = user_space(arch);
    if trial.block >= lo + 0x10_0000 {
        trial.block - 0x8_0000
    } else {
        trial.block + trial.block_len + 0x8_0000
    }
}

fn set_flags(sb: &mut Sandbox, isa: Isa, flags: u64) {
    use stencil_emulators::{aarch64, x86};
    match isa {
        Isa::X86_64 => sb.set_reg(x86::Reg::Rflags, flags),
        Isa::X86_32 => sb.set_reg(x86::Reg32::Eflags, flags),
        Isa::Aarch64 => sb.set_reg(aarch64::Reg::Nzcv, flags),
    }
}

fn flags_reg_index(isa: Isa) -> Option<usize> {
    use stencil_emulators::{aarch64, x86, Reg};
    let r: Reg = match isa {
        Isa::X86_64 => x86::Reg::Rflags.into(),
        Isa::X86_32 => x86::Reg32::Eflags.into(),
        Isa::Aarch64 => aarch64::Reg::Nzcv.into(),
    };
    r.file_index()
}

/// operand0/1 such that the base term evaluates to `want`.
fn operand_for(base: HoleValue, want: u64, current: u64) -> u64 {
    match base {
        HoleValue::Operand0Hi | HoleValue::Operand1Hi => (want << 32) | (current & 0xffff_ffff),
        HoleValue::Operand0Lo | HoleValue::Operand1Lo => {
            (current & !0xffff_ffff) | (want & 0xffff_ffff)
        }
        _ => want,
    }
}
