//! Semantic equivalence: a stencil must behave the same under every
//! relaxation the runtime may apply, wherever it is placed, and on every
//! platform it is built for.
//!
//! Behaviour is the normalised [`Trace`] of a sandbox trial. Each check runs
//! the same trial (the same semantic state: hole values, heap contents, stub
//! results) twice and compares:
//!
//! * relaxation: relaxations on (as the runtime applies them) against off
//!   (plain GOT loads, pairs patched separately, trampolines forced);
//! * placement: two placements of code, data and symbols (near and far, so
//!   that relaxations and trampolines switch on and off);
//! * cross-target: the same uop on other targets (x86-64 among itself,
//!   AArch64 among itself, x86-64 against AArch64), at the run level.
//!
//! Traces only cover the paths the trials take. A branch that lands on the
//! second instruction of a relaxable pair (gh-146128) changes meaning on any
//! path that takes it, so every such landing site is also found directly by
//! stepping each instruction of the unrelaxed stencil.

use super::sandbox::{self, Entry, SandboxConfig, TrialRun};
use crate::finding::{Finding, FindingKind, Severity};
use crate::model::{Group, GroupRole, PatchKind, Shape, Span, StencilSet};
use crate::patch::{self, PatchOptions};
use crate::placement::{self, SymbolReach};
use crate::seed::item_rng;
use crate::target::{Arch, Target};
use crate::trace::Trace;
use rayon::prelude::*;
use std::collections::BTreeMap;
use stencil_emulators::{aarch64, with_sandbox, Perms, Region, Sandbox, Stop};

pub const CHECK: &str = "equivalence";

#[derive(Clone, Copy, Debug, Default)]
pub struct EquivalenceStats {
    pub relaxation_comparisons: u64,
    pub placement_comparisons: u64,
    pub landing_sites_checked: u64,
}

/// Relaxation and placement equivalence for every uop of one set. `base` are
/// the sandbox check's own runs (relaxed, first placement), when it kept
/// them; otherwise they are run here.
pub fn check_set(
    set: &StencilSet,
    config: &SandboxConfig,
    base: Option<&BTreeMap<String, Vec<TrialRun>>>,
) -> (Vec<Finding>, EquivalenceStats) {
    let (entry, _) = sandbox::derive_entry(set, config);
    let results: Vec<(Vec<Finding>, EquivalenceStats)> = set
        .groups
        .par_iter()
        .filter(|g| g.role == GroupRole::Uop)
        .map(|group| {
            with_sandbox(sandbox::isa(set.target.arch()), |sb| {
                check_group(
                    set,
                    group,
                    &entry,
                    config,
                    base.and_then(|b| b.get(&group.name)),
                    sb,
                )
            })
        })
        .collect();
    let mut findings = Vec::new();
    let mut stats = EquivalenceStats::default();
    for (f, s) in results {
        findings.extend(f);
        stats.relaxation_comparisons += s.relaxation_comparisons;
        stats.placement_comparisons += s.placement_comparisons;
        stats.landing_sites_checked += s.landing_sites_checked;
    }
    (findings, stats)
}

fn check_group(
    set: &StencilSet,
    group: &Group,
    entry: &Entry,
    config: &SandboxConfig,
    base: Option<&Vec<TrialRun>>,
    sb: &mut Sandbox,
) -> (Vec<Finding>, EquivalenceStats) {
    let mut stats = EquivalenceStats::default();
    // Landing sites matter only where the runtime relaxes.
    let mut findings = if config.patch.relax {
        landing_sites(set, group, config, sb, &mut stats)
    } else {
        Vec::new()
    };
    let unrelaxed = SandboxConfig {
        patch: PatchOptions {
            relax: false,
            force_trampolines: true,
            ..config.patch
        },
        ..config.clone()
    };
    let moved = SandboxConfig {
        placement_salt: config.placement_salt + 1,
        ..config.clone()
    };
    let mut relax_diff: Option<(u32, String, String)> = None;
    let mut place_diff: Option<(u32, String, String)> = None;
    let (mut relax_fails, mut place_fails) = (0, 0);
    for t in 0..config.trials {
        let own;
        let first = match base.and_then(|b| b.get(t as usize)) {
            Some(run) => run,
            None => {
                own = sandbox::run_trial(set, group, entry, t, config, sb);
                &own
            }
        };
        // A trial the sandbox could not even patch is reported there.
        if is_patch_failure(first) {
            continue;
        }
        // A trial that hit a limit (memory, wall clock) would hit it again
        // in every comparison: the stencil is not compared.
        if let Some((FindingKind::LimitExceeded, message, _)) = &first.violation {
            findings.push(
                Finding::error(
                    FindingKind::LimitExceeded,
                    CHECK,
                    Span::new(&set.source, group.span.line),
                    format!("not compared: trial {t} {message}"),
                )
                .with_target(set.target)
                .with_stencil(&group.name),
            );
            break;
        }
        // Same placement, same state: if relaxing changed no byte (nothing
        // relaxed, no trampoline to force), the runs are the same run.
        let differs = match (
            sandbox::setup(set, group, config, t),
            sandbox::setup(set, group, &unrelaxed, t),
        ) {
            (Ok(a), Ok(b)) => {
                a.image.code != b.image.code || a.image.trampolines != b.image.trampolines
            }
            _ => true,
        };
        stats.relaxation_comparisons += 1;
        if differs {
            let plain = sandbox::run_trial(set, group, entry, t, &unrelaxed, sb);
            if let Some(d) = compare(first, &plain, "relaxed", "unrelaxed") {
                relax_fails += 1;
                relax_diff.get_or_insert((t, d.0, d.1));
            }
        }
        let other = sandbox::run_trial(set, group, entry, t, &moved, sb);
        if is_patch_failure(&other) {
            continue;
        }
        stats.placement_comparisons += 1;
        if let Some(d) = compare(first, &other, "first placement", "second placement") {
            place_fails += 1;
            place_diff.get_or_insert((t, d.0, d.1));
        }
    }
    for (kind, what, diff, fails) in [
        (
            FindingKind::RelaxationMismatch,
            "with relaxations applied and without them",
            relax_diff,
            relax_fails,
        ),
        (
            FindingKind::PlacementMismatch,
            "at two placements of code, data and symbols",
            place_diff,
            place_fails,
        ),
    ] {
        if let Some((t, first_difference, diff)) = diff {
            findings.push(
                Finding::error(
                    kind,
                    CHECK,
                    Span::new(&set.source, group.span.line),
                    format!(
                        "behaves differently {what} (trial {t}{}): {first_difference}",
                        if fails > 1 {
                            format!("; {fails} of {} trials", config.trials)
                        } else {
                            String::new()
                        }
                    ),
                )
                .with_target(set.target)
                .with_stencil(&group.name)
                .with_diff(diff),
            );
        }
    }
    (findings, stats)
}

fn is_patch_failure(run: &TrialRun) -> bool {
    matches!(run.violation, Some((FindingKind::PatchFailed, _, _)))
}

/// `None` if two runs behave the same; else the first difference in words
/// and the whole diff.
fn compare(a: &TrialRun, b: &TrialRun, a_name: &str, b_name: &str) -> Option<(String, String)> {
    compare_runs(a, b, a_name, b_name, true)
}

/// [`compare`], also for runs of two different bodies of one stencil (the
/// gate): with `same_code` false, violations compare by kind only, since
/// offsets into two different bodies say nothing about each other.
pub(crate) fn compare_runs(
    a: &TrialRun,
    b: &TrialRun,
    a_name: &str,
    b_name: &str,
    same_code: bool,
) -> Option<(String, String)> {
    // Violations compare by kind and where in the stencil, not by message:
    // messages carry absolute addresses, which differ between placements.
    let same_violation = match (&a.violation, &b.violation) {
        (None, None) => true,
        (Some(x), Some(y)) => x.0 == y.0 && (!same_code || x.2 == y.2),
        _ => false,
    };
    let verdict = |r: &TrialRun| r.violation.as_ref().map(|v| v.1.clone());
    let (va, vb) = (verdict(a), verdict(b));
    if same_violation && a.trace.equivalent(&b.trace) {
        return None;
    }
    let mut diff = format!("--- {a_name}\n+++ {b_name}\n{}", a.trace.diff(&b.trace));
    if va != vb {
        diff.push_str(&format!(
            "- {}\n+ {}\n",
            va.as_deref().unwrap_or("(runs to an exit)"),
            vb.as_deref().unwrap_or("(runs to an exit)")
        ));
    }
    let first = match a.trace.first_divergence(&b.trace) {
        Some((i, x, y)) => format!(
            "event {i} is `{}` {a_name} but `{}` {b_name}",
            x.map_or("nothing".into(), |e| e.to_string()),
            y.map_or("nothing".into(), |e| e.to_string())
        ),
        None => format!(
            "{a_name} it {}, {b_name} it {}",
            va.as_deref().unwrap_or("runs to an exit"),
            vb.as_deref().unwrap_or("runs to an exit")
        ),
    };
    Some((first, diff))
}

/// Finds branches that land on the second instruction of a relaxable
/// ADRP+LDR pair: relaxing the pair (into `movz; nop`, `movz; movk` or
/// `ldr literal; nop`) changes what that instruction does, so every path
/// through such a branch changes meaning (gh-146128). Each instruction of the
/// unrelaxed stencil is stepped under flag and register variants, and where
/// control goes is compared with the pairs' second instructions; no decoder
/// is involved.
fn landing_sites(
    set: &StencilSet,
    group: &Group,
    config: &SandboxConfig,
    sb: &mut Sandbox,
    stats: &mut EquivalenceStats,
) -> Vec<Finding> {
    if set.target.arch() != Arch::Aarch64 {
        return Vec::new();
    }
    let pairs: Vec<u64> = group
        .code
        .holes
        .iter()
        .filter(|h| h.kind == PatchKind::Aarch64Pair33x)
        .map(|h| h.offset)
        .collect();
    if pairs.is_empty() {
        return Vec::new();
    }
    let mut rng = item_rng(
        config.seed,
        &[
            set.target.triple(),
            set.shape.name(),
            &group.name,
            "landing",
        ],
    );
    let trial = placement::sample(set, group, SymbolReach::Near, &mut rng);
    let memory = |_addr: u64| None::<u64>;
    let plain = patch::patch_group(
        set,
        group,
        &trial.values,
        &trial.placement,
        &PatchOptions {
            relax: false,
            force_trampolines: true,
            ..PatchOptions::default()
        },
        &memory,
    );
    let code = trial.placement.code;
    let stopper = set.target.arch().block_stopper();
    let regions = [
        Region::with_bytes(code, &plain.code, Perms::RX, 1),
        Region::with_bytes(code + plain.code.len() as u64, stopper, Perms::R, 2),
    ];
    if sb.reset(&regions).is_err() {
        return Vec::new();
    }
    let mut findings = Vec::new();
    for s in (0..group.code.body.len() as u64).step_by(4) {
        stats.landing_sites_checked += 1;
        let mut targets = Vec::new();
        // NZCV variants and zeroed registers: every condition is taken in
        // at least one of them (CBZ/TBZ included).
        for (nzcv, fill) in [
            (0u64, 1u64),
            (0xf000_0000, 1),
            (0x8000_0000, 1),
            (0x2000_0000, 1),
            (0, 0),
        ] {
            let mut regs = sb.get_all();
            for v in regs.as_mut_slice() {
                *v = if fill == 1 { 0x5555_0000_0000 } else { 0 };
            }
            sb.set_all(&regs);
            sb.set_reg(aarch64::Reg::Nzcv, nzcv);
            let out = sb.step(code + s, 1);
            let next = match out.stop {
                Stop::BudgetExhausted { pc } | Stop::ReachedExit { pc } => pc,
                Stop::FetchFromNonExecutable { addr, .. } | Stop::FetchUnmapped { addr } => addr,
                _ => continue,
            };
            if next != code + s + 4 {
                targets.push(next.wrapping_sub(code));
            }
        }
        for &o in &pairs {
            if targets.contains(&(o + 4)) && s != o {
                let hole_line = group
                    .code
                    .holes
                    .iter()
                    .find(|h| h.offset == o)
                    .map_or(group.span.line, |h| h.line);
                let mut f = Finding::error(
                    FindingKind::RelaxationMismatch,
                    CHECK,
                    Span::new(&set.source, hole_line),
                    format!(
                        "the branch at code+{s:#x} lands on code+{:#x}, the LDR of the patch_aarch64_33rx pair at code+{o:#x}: once the runtime relaxes the pair into `movz; nop`, `movz; movk` or `ldr literal; nop`, that instruction no longer completes the load, so the path through the branch changes meaning (gh-146128)",
                        o + 4
                    ),
                )
                .with_target(set.target)
                .with_stencil(&group.name);
                if let Some(c) = group.code.disassembly_at(s) {
                    f = f.with_context(c.text.trim().to_owned());
                }
                findings.push(f);
            }
        }
    }
    findings
}

// ---- cross-target ---------------------------------------------------------------

/// One set's runs, as the cross-target comparison needs them.
pub struct SetRuns<'a> {
    pub set: &'a StencilSet,
    pub runs: &'a BTreeMap<String, Vec<TrialRun>>,
}

/// Which sets each set is compared with: within one shape, every 64-bit
/// x86 and AArch64 set against the Linux set of its architecture, and the
/// AArch64 Linux set against the x86-64 Linux set. (i686 passes 4-byte
/// pointers, so its traces are comparable only with itself.)
fn reference_for(target: Target) -> Option<Target> {
    match target {
        Target::X86_64Darwin | Target::X86_64Windows => Some(Target::X86_64Linux),
        Target::Aarch64Darwin | Target::Aarch64Windows => Some(Target::Aarch64Linux),
        Target::Aarch64Linux => Some(Target::X86_64Linux),
        Target::X86_64Linux | Target::I686Windows => None,
    }
}

/// Compares every uop present in a set and in its reference set (see
/// `reference_for`), trial by trial. Divergences the policy accepts are not
/// reported; policy entries that matched nothing are.
pub fn cross_target(sets: &[SetRuns<'_>], policy: &Policy) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut used = vec![false; policy.entries.len()];
    for this in sets {
        // The family reference in the same shape, and the same target in
        // another shape (3.14, or 3.13 for 3.14 sets): every set, i686
        // included, is compared with at least one other where both exist.
        let other_shape = if this.set.shape == Shape::V314 {
            Shape::V313
        } else {
            Shape::V314
        };
        let references = sets.iter().filter(|s| {
            (Some(s.set.target) == reference_for(this.set.target) && s.set.shape == this.set.shape)
                || (s.set.target == this.set.target && s.set.shape == other_shape)
        });
        for reference in references {
            compare_sets(reference, this, policy, &mut used, &mut findings);
        }
    }
    for (entry, used) in policy.entries.iter().zip(used) {
        if !used {
            findings.push(Finding::warning(
                FindingKind::PolicyUnused,
                CHECK,
                entry.span.clone(),
                format!(
                    "policy entry accepting {} between {} and {} matches no divergence: remove it",
                    entry.uop, entry.a, entry.b
                ),
            ));
        }
    }
    findings
}

// ---- policy -----------------------------------------------------------------------

/// Known, accepted platform differences. One entry per line:
///
/// ```text
/// # comment
/// accept _UOP_NAME x86_64-unknown-linux-gnu aarch64-unknown-linux-gnu: why it is fine
/// ```
#[derive(Clone, Debug, Default)]
pub struct Policy {
    pub entries: Vec<PolicyEntry>,
}

#[derive(Clone, Debug)]
pub struct PolicyEntry {
    pub uop: String,
    pub a: Target,
    pub b: Target,
    pub reason: String,
    pub span: Span,
}

impl Policy {
    /// Parses a policy file; malformed lines are findings.
    pub fn parse(source: &str, text: &str) -> (Policy, Vec<Finding>) {
        let file: std::sync::Arc<str> = std::sync::Arc::from(source);
        let mut policy = Policy::default();
        let mut findings = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let line_no = n as u32 + 1;
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = |why: &str| {
                Finding::error(
                    FindingKind::MalformedHeader,
                    CHECK,
                    Span::new(&file, line_no),
                    format!("policy line `{line}`: {why}; expected `accept <uop> <triple> <triple>: <reason>`"),
                )
            };
            let Some((head, reason)) = line.split_once(':') else {
                findings.push(bad("no `: reason`"));
                continue;
            };
            let words: Vec<&str> = head.split_whitespace().collect();
            let reason = reason.trim();
            match words.as_slice() {
                ["accept", uop, a, b] if !reason.is_empty() => {
                    match (Target::from_triple(a), Target::from_triple(b)) {
                        (Some(a), Some(b)) => policy.entries.push(PolicyEntry {
                            uop: (*uop).to_owned(),
                            a,
                            b,
                            reason: reason.to_owned(),
                            span: Span::new(&file, line_no),
                        }),
                        _ => findings.push(bad("unknown target triple")),
                    }
                }
                ["accept", _, _, _] => findings.push(bad("the reason is empty")),
                _ => findings.push(bad("not an `accept` entry")),
            }
        }
        (policy, findings)
    }

    /// The entry accepting a divergence of `uop` between two targets.
    pub fn accepting(&self, uop: &str, a: Target, b: Target) -> Option<usize> {
        self.entries
            .iter()
            .position(|e| e.uop == uop && ((e.a == a && e.b == b) || (e.a == b && e.b == a)))
    }
}

/// Whether a run's traces are worth keeping (for `Trace` users elsewhere).
pub fn traces(runs: &[TrialRun]) -> Vec<&Trace> {
    runs.iter().map(|r| &r.trace).collect()
}

#[allow(dead_code)]
fn unused(_: Severity) {}

/// Compares every uop the two sets share, trial by trial.
fn compare_sets(
    reference: &SetRuns<'_>,
    this: &SetRuns<'_>,
    policy: &Policy,
    used: &mut [bool],
    findings: &mut Vec<Finding>,
) {
    let an = format!("in {} {}", reference.set.target, reference.set.shape.name());
    let bn = format!("in {} {}", this.set.target, this.set.shape.name());
    for (uop, runs) in this.runs {
        let Some(ref_runs) = reference.runs.get(uop) else {
            continue;
        };
        let mut first: Option<(usize, (String, String))> = None;
        let mut fails = 0;
        for (t, (a, b)) in ref_runs.iter().zip(runs).enumerate() {
            if is_patch_failure(a) || is_patch_failure(b) {
                continue;
            }
            if let Some(d) = compare(a, b, &an, &bn) {
                fails += 1;
                first.get_or_insert((t, d));
            }
        }
        let Some((t, (first_difference, diff))) = first else {
            continue;
        };
        if let Some(i) = policy.accepting(uop, reference.set.target, this.set.target) {
            used[i] = true;
            continue;
        }
        let group = this.set.group(uop);
        findings.push(
            Finding::error(
                FindingKind::CrossTargetMismatch,
                CHECK,
                Span::new(&this.set.source, group.map_or(1, |g| g.span.line)),
                format!(
                    "behaves differently here ({} {}) than in {} ({} {}) (trial {t}{}): {first_difference}",
                    this.set.target,
                    this.set.shape.name(),
                    reference.set.source,
                    reference.set.target,
                    reference.set.shape.name(),
                    if fails > 1 {
                        format!("; {fails} of {} trials", runs.len())
                    } else {
                        String::new()
                    }
                ),
            )
            .with_target(this.set.target)
            .with_stencil(uop)
            .with_diff(diff),
        );
    }
}
