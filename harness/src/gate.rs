//! The gate: how the stencil sets of a change differ from a baseline's
//! (`--baseline DIR`), stencil by stencil.
//!
//! Each stencil (group) of each target is one of:
//!
//! * `unchanged`: its model (code and data bodies, holes, table row) is the
//!   baseline's, ignoring where things are in the file and the disassembly
//!   comments; `symbols_map` ordinals are compared by the symbols they name;
//! * `bytes-changed`: the model differs, but every sandbox trial behaves the
//!   same on both sides (equivalent traces, the same violations), trial by
//!   trial with the same seed and trial count; the shim is compared by the
//!   JIT entry state the sandbox derives from it;
//! * `behaviour-changed`: some trial differs; the first differing event and
//!   the trace diff are given;
//! * `added` / `removed`: the stencil exists on one side only.
//!
//! Baseline sets are matched to current sets by triple: shape-exactly when
//! either side has the triple in several shapes, by triple alone otherwise.

use crate::check::equivalence::compare_runs;
use crate::check::sandbox::{self, Entry, SandboxConfig, TrialRun};
use crate::finding::Severity;
use crate::model::{
    Group, GroupRole, HoleOperand, PatchKind, Shape, Stencil, StencilSet, ValueExpr,
};
use crate::parse;
use crate::run::RunConfig;
use crate::target::Target;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use stencil_emulators::with_sandbox;

/// What happened to one stencil of one target since the baseline.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum GateStatus {
    Unchanged,
    BytesChanged,
    BehaviourChanged,
    Added,
    Removed,
}

impl GateStatus {
    pub const ALL: [GateStatus; 5] = [
        GateStatus::Unchanged,
        GateStatus::BytesChanged,
        GateStatus::BehaviourChanged,
        GateStatus::Added,
        GateStatus::Removed,
    ];

    pub fn name(self) -> &'static str {
        match self {
            GateStatus::Unchanged => "unchanged",
            GateStatus::BytesChanged => "bytes-changed",
            GateStatus::BehaviourChanged => "behaviour-changed",
            GateStatus::Added => "added",
            GateStatus::Removed => "removed",
        }
    }
}

/// One stencil's classification.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct GateEntry {
    pub target: Target,
    /// The current set's shape; the baseline's when no current set matched
    /// the baseline set.
    pub shape: Shape,
    pub stencil: String,
    pub status: GateStatus,
    /// For `behaviour-changed`: the trial and the first differing event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_difference: Option<String>,
    /// For `behaviour-changed`: the trace diff (`-` baseline, `+` now).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diff: Option<String>,
}

impl GateEntry {
    fn sort_key(&self) -> (&'static str, &'static str, &str, GateStatus) {
        (
            self.target.triple(),
            self.shape.name(),
            &self.stencil,
            self.status,
        )
    }
}

/// The gate's part of a report: serialised as the array of entries.
#[derive(Clone, Debug, Default, Serialize)]
#[serde(transparent)]
pub struct Gate {
    /// Sorted by target triple, shape, stencil.
    pub entries: Vec<GateEntry>,
    /// `--strict`: behaviour changes fail the run.
    #[serde(skip)]
    pub strict: bool,
}

impl Gate {
    pub fn new(mut entries: Vec<GateEntry>, strict: bool) -> Gate {
        entries.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()).then_with(|| a.cmp(b)));
        Gate { entries, strict }
    }

    pub fn count(&self, status: GateStatus) -> usize {
        self.entries.iter().filter(|e| e.status == status).count()
    }

    /// Whether the gate alone fails the run: behaviour changes under
    /// `--strict`.
    pub fn failed(&self) -> bool {
        self.strict && self.count(GateStatus::BehaviourChanged) > 0
    }

    /// Per target triple (sorted), the number of stencils in each status.
    pub fn counts_by_target(&self) -> BTreeMap<&'static str, BTreeMap<GateStatus, usize>> {
        let mut out: BTreeMap<&'static str, BTreeMap<GateStatus, usize>> = BTreeMap::new();
        for e in &self.entries {
            *out.entry(e.target.triple())
                .or_default()
                .entry(e.status)
                .or_default() += 1;
        }
        out
    }
}

/// Which baseline sets count when none of the current sets matches them.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum BaselineScope {
    /// Every baseline set given (`--all`): an unmatched one was removed.
    All,
    /// Only those of the current files' triples (files named one by one):
    /// the others were not asked about.
    CurrentTargets,
}

/// The baseline sets under `dir` (as `--all` finds sets), or `dir` itself if
/// it is a file.
pub fn discover_baseline(dir: &Path) -> Result<Vec<PathBuf>, String> {
    if dir.is_file() {
        return Ok(vec![dir.to_path_buf()]);
    }
    let found = crate::run::discover(dir)
        .map_err(|e| format!("cannot list baseline sets in {}: {e}", dir.display()))?;
    if found.is_empty() {
        return Err(format!(
            "no baseline stencil sets (<triple>.h) found under {}",
            dir.display()
        ));
    }
    Ok(found)
}

/// The sandbox configuration both sides' trials run with: the run's, so
/// that trial `t` has the same semantic state on both sides.
pub fn sandbox_config(config: &RunConfig) -> SandboxConfig {
    SandboxConfig {
        keep_traces: false,
        ..crate::run::sandbox_config(config)
    }
}

/// Classifies every stencil of the current files against the baseline
/// files. A current file that does not load cleanly is not classified (its
/// findings fail the run), nor are the baseline sets of its triple reported
/// as removed; a baseline file that does not load cleanly is an error, since
/// nothing could be compared with it.
pub fn compare(
    current: &[PathBuf],
    baseline: &[PathBuf],
    config: &RunConfig,
    scope: BaselineScope,
) -> Result<Vec<GateEntry>, String> {
    let target_of = |p: &Path| {
        config.target.or_else(|| {
            p.file_name()
                .and_then(|n| n.to_str())
                .and_then(Target::from_file_name)
        })
    };
    let mut base_sets = Vec::new();
    for path in baseline {
        let target = target_of(path).ok_or_else(|| {
            format!(
                "cannot tell the target triple of the baseline {} from its name",
                path.display()
            )
        })?;
        base_sets.push(
            load(path, target, config)
                .map_err(|why| format!("cannot use the baseline {}: {why}", path.display()))?,
        );
    }
    // Current sets; the triples of files that could not be loaded still
    // count as present (their failure is the run's finding, not a removal).
    let mut cur_sets = Vec::new();
    let mut cur_targets = BTreeSet::new();
    let mut unloadable = BTreeSet::new();
    for path in current {
        let Some(target) = target_of(path) else {
            continue;
        };
        cur_targets.insert(target);
        match load(path, target, config) {
            Ok(set) => cur_sets.push(set),
            Err(_) => {
                unloadable.insert(target);
            }
        }
    }
    if let BaselineScope::CurrentTargets = scope {
        base_sets.retain(|b| cur_targets.contains(&b.target));
    }

    let count = |sets: &[StencilSet], t: Target| sets.iter().filter(|s| s.target == t).count();
    let mut pairs: Vec<(Option<usize>, Option<usize>)> = Vec::new();
    let mut used = vec![false; base_sets.len()];
    for (ci, c) in cur_sets.iter().enumerate() {
        let by_triple = count(&base_sets, c.target) == 1 && count(&cur_sets, c.target) == 1;
        let found = base_sets.iter().enumerate().position(|(bi, b)| {
            !used[bi] && b.target == c.target && (by_triple || b.shape == c.shape)
        });
        if let Some(bi) = found {
            used[bi] = true;
        }
        pairs.push((found, Some(ci)));
    }
    for (bi, b) in base_sets.iter().enumerate() {
        if !used[bi] && !unloadable.contains(&b.target) {
            pairs.push((Some(bi), None));
        }
    }

    let sandbox = sandbox_config(config);
    let entries: Vec<GateEntry> = pairs
        .par_iter()
        .flat_map_iter(|&(b, c)| {
            compare_sets(b.map(|i| &base_sets[i]), c.map(|i| &cur_sets[i]), &sandbox)
        })
        .collect();
    Ok(entries)
}

/// Reads and parses one set; `Err` with the first reason it is unusable.
fn load(path: &Path, target: Target, config: &RunConfig) -> Result<StencilSet, String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot read it: {e}"))?;
    if meta.len() > config.parse_limits.max_file_bytes as u64 {
        return Err(format!(
            "it is {} bytes, over the file-size limit of {} bytes (--max-file-bytes)",
            meta.len(),
            config.parse_limits.max_file_bytes
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read it: {e}"))?;
    let text = String::from_utf8_lossy(&bytes);
    let display = path.display().to_string();
    let parsed = parse::parse_set(&display, &text, target, &config.parse_limits);
    if let Some(f) = parsed
        .findings
        .iter()
        .find(|f| f.severity == Severity::Error)
    {
        return Err(format!("{}: {}", f.span, f.message));
    }
    parsed
        .set
        .ok_or_else(|| "it could not be parsed".to_owned())
}

/// Classifies the groups of one matched pair (or of a set on one side only).
fn compare_sets(
    base: Option<&StencilSet>,
    cur: Option<&StencilSet>,
    config: &SandboxConfig,
) -> Vec<GateEntry> {
    let entry = |set: &StencilSet, g: &Group, status| GateEntry {
        target: set.target,
        shape: set.shape,
        stencil: g.name.clone(),
        status,
        first_difference: None,
        diff: None,
    };
    let (base, cur) = match (base, cur) {
        (None, None) => return Vec::new(),
        (Some(b), None) => {
            return b
                .groups
                .iter()
                .map(|g| entry(b, g, GateStatus::Removed))
                .collect()
        }
        (None, Some(c)) => {
            return c
                .groups
                .iter()
                .map(|g| entry(c, g, GateStatus::Added))
                .collect()
        }
        (Some(b), Some(c)) => (b, c),
    };
    let mut out = Vec::new();
    let mut changed = Vec::new();
    for g in &cur.groups {
        match base.group(&g.name) {
            None => out.push(entry(cur, g, GateStatus::Added)),
            Some(bg) if GroupKey::of(base, bg) == GroupKey::of(cur, g) => {
                out.push(entry(cur, g, GateStatus::Unchanged))
            }
            Some(bg) => changed.push((bg, g)),
        }
    }
    for bg in &base.groups {
        if cur.group(&bg.name).is_none() {
            let mut e = entry(base, bg, GateStatus::Removed);
            e.shape = cur.shape;
            out.push(e);
        }
    }
    if changed.is_empty() {
        return out;
    }
    // Each side's trials start from its own shim's entry state.
    let (base_entry, _) = sandbox::derive_entry(base, config);
    let (cur_entry, _) = sandbox::derive_entry(cur, config);
    let judged: Vec<GateEntry> = changed
        .par_iter()
        .map(|&(bg, g)| {
            let difference = if bg.role == GroupRole::Shim || g.role == GroupRole::Shim {
                compare_entries(&base_entry, &cur_entry)
            } else {
                compare_trials(base, bg, &base_entry, cur, g, &cur_entry, config)
            };
            let mut e = entry(cur, g, GateStatus::BytesChanged);
            if let Some((first, diff)) = difference {
                e.status = GateStatus::BehaviourChanged;
                e.first_difference = Some(first);
                e.diff = Some(diff);
            }
            e
        })
        .collect();
    out.extend(judged);
    out
}

const BASE_NAME: &str = "in the baseline";
const CUR_NAME: &str = "now";

/// Runs every trial of a uop on both sides and compares them trial by
/// trial: `None` if all behave the same, else the first differing trial's
/// first difference (with how many trials differ) and its diff.
fn compare_trials(
    base: &StencilSet,
    bg: &Group,
    base_entry: &Entry,
    cur: &StencilSet,
    g: &Group,
    cur_entry: &Entry,
    config: &SandboxConfig,
) -> Option<(String, String)> {
    let runs = |set: &StencilSet, group: &Group, entry: &Entry| -> Vec<TrialRun> {
        with_sandbox(sandbox::isa(set.target.arch()), |sb| {
            (0..config.trials)
                .map(|t| sandbox::run_trial(set, group, entry, t, config, sb))
                .collect()
        })
    };
    let before = runs(base, bg, base_entry);
    let now = runs(cur, g, cur_entry);
    let mut first = None;
    let mut differing = 0;
    for (t, (a, b)) in before.iter().zip(&now).enumerate() {
        if let Some(d) = compare_runs(a, b, BASE_NAME, CUR_NAME, false) {
            differing += 1;
            first.get_or_insert((t, d));
        }
    }
    let (t, (what, diff)) = first?;
    let trials = if differing > 1 {
        format!("; {differing} of {} trials differ", before.len())
    } else {
        String::new()
    };
    Some((
        format!("trial {t}{trials}: {what}"),
        format!("{}\n{diff}", source_line(base, cur)),
    ))
}

/// The shim is compared by what the sandbox derives from it: which slots
/// carry the JIT's arguments.
fn compare_entries(base: &Entry, cur: &Entry) -> Option<(String, String)> {
    let show = |e: &Entry| {
        let slots: Vec<String> = e
            .slots
            .iter()
            .zip(e.roles.iter())
            .map(|(s, r)| format!("{r:?} in {s:?}"))
            .collect();
        format!(
            "{}{}",
            slots.join(", "),
            if e.derived {
                ""
            } else {
                " (not derived: the documented table)"
            }
        )
    };
    let (a, b) = (show(base), show(cur));
    if a == b && base.slots == cur.slots && base.roles == cur.roles {
        return None;
    }
    Some((
        format!(
            "the JIT entry state derived from the shim is `{a}` {BASE_NAME} but `{b}` {CUR_NAME}"
        ),
        format!("--- {BASE_NAME}\n+++ {CUR_NAME}\n- entry: {a}\n+ entry: {b}\n"),
    ))
}

fn source_line(base: &StencilSet, cur: &StencilSet) -> String {
    format!("baseline: {}\ncurrent: {}", base.source, cur.source)
}

// ---- model identity ----------------------------------------------------------------

/// What a group means, without spans, line numbers, comments or how the
/// initializer was spelled; trampoline ordinals and masks by symbol name.
#[derive(Debug, PartialEq)]
struct GroupKey<'a> {
    role: GroupRole,
    code: PartKey<'a>,
    data: PartKey<'a>,
    table: Option<RowKey<'a>>,
}

#[derive(Debug, PartialEq)]
struct PartKey<'a> {
    body: &'a [u8],
    copied: bool,
    holes: Vec<(u64, PatchKind, Operand<'a>)>,
}

#[derive(Debug, PartialEq)]
enum Operand<'a> {
    Value(&'a ValueExpr),
    Symbol(Result<&'a str, u32>),
}

#[derive(Debug, PartialEq)]
struct RowKey<'a> {
    index: &'a str,
    emit: &'a str,
    code_size: u64,
    data_size: u64,
    trampolines: Option<Vec<Result<&'a str, u32>>>,
    got_mask: Option<&'a [u32]>,
}

impl<'a> GroupKey<'a> {
    fn of(set: &'a StencilSet, g: &'a Group) -> GroupKey<'a> {
        let symbol = |ordinal: u32| -> Result<&'a str, u32> {
            set.symbols_map
                .as_ref()
                .and_then(|m| m.iter().find(|e| e.ordinal == ordinal))
                .map(|e| e.symbol.as_str())
                .ok_or(ordinal)
        };
        let part = |s: &'a Stencil| PartKey {
            body: &s.body,
            copied: s.copied,
            holes: s
                .holes
                .iter()
                .map(|h| {
                    let operand = match &h.operand {
                        HoleOperand::Value(v) => Operand::Value(v),
                        HoleOperand::SymbolOrdinal(o) => Operand::Symbol(symbol(*o)),
                    };
                    (h.offset, h.kind, operand)
                })
                .collect(),
        };
        GroupKey {
            role: g.role,
            code: part(&g.code),
            data: part(&g.data),
            table: g.table.as_ref().map(|r| RowKey {
                index: &r.index,
                emit: &r.emit,
                code_size: r.code_size,
                data_size: r.data_size,
                trampolines: r.trampoline_mask.as_ref().map(|words| {
                    let mut named: Vec<Result<&str, u32>> = words
                        .iter()
                        .enumerate()
                        .flat_map(|(w, bits)| {
                            (0..32)
                                .filter(move |b| bits >> b & 1 == 1)
                                .map(move |b| w as u32 * 32 + b)
                        })
                        .map(symbol)
                        .collect();
                    named.sort();
                    named
                }),
                got_mask: r.got_mask.as_deref(),
            }),
        }
    }
}
