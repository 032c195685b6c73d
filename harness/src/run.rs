//! The pipeline: find sets, load them, run the selected checks, collect one
//! deterministic `Report`.

use crate::check;
use crate::finding::{Finding, FindingKind, Severity};
use crate::model::{Shape, Span, StencilSet};
use crate::parse::{self, ParseLimits};
use crate::target::Target;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The checks the tool has. Every one runs by default; `--checks` selects.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CheckName {
    /// Model-only checks: bounds, overlaps, patch kinds, instruction classes,
    /// table sizes, masks, symbols.
    Structure,
    /// Every hole proven by an emulated CPU at sampled placements.
    Oracle,
    /// Every stencil run from entry to exit in an emulated sandbox.
    Sandbox,
    /// The same behaviour with and without relaxations, at two placements,
    /// and on every target.
    Equivalence,
}

impl CheckName {
    pub const ALL: [CheckName; 4] = [
        CheckName::Structure,
        CheckName::Oracle,
        CheckName::Sandbox,
        CheckName::Equivalence,
    ];

    pub fn name(self) -> &'static str {
        match self {
            CheckName::Structure => "structure",
            CheckName::Oracle => "oracle",
            CheckName::Sandbox => "sandbox",
            CheckName::Equivalence => "equivalence",
        }
    }

    pub fn from_name(name: &str) -> Option<CheckName> {
        CheckName::ALL.into_iter().find(|c| c.name() == name)
    }
}

/// Everything that decides what a run does. Two runs with equal configs on
/// equal inputs produce byte-identical reports.
#[derive(Clone, Debug)]
pub struct RunConfig {
    pub checks: Vec<CheckName>,
    pub seed: u64,
    /// Overrides the triple taken from file names.
    pub target: Option<Target>,
    pub parse_limits: ParseLimits,
    /// Oracle placements per group (at least this many samples per hole).
    pub samples: u32,
    /// Sandbox runs per stencil.
    pub trials: u32,
    /// Instructions one sandbox run may execute.
    pub budget: u64,
    /// Apply the runtime's relaxations when patching (default); off patches
    /// every GOT load plainly.
    pub relax: bool,
    /// Accepted platform differences for the cross-target comparison.
    pub policy: check::equivalence::Policy,
    /// Bytes of lazily materialised memory one sandbox run may touch
    /// (`--max-sandbox-memory`).
    pub max_sandbox_memory: u64,
    /// Wall-clock limit of one sandbox run in milliseconds
    /// (`--run-timeout-ms`; 0: none).
    pub run_timeout_ms: u64,
}

impl Default for RunConfig {
    fn default() -> Self {
        RunConfig {
            checks: CheckName::ALL.to_vec(),
            seed: DEFAULT_SEED,
            target: None,
            parse_limits: ParseLimits::default(),
            samples: 64,
            trials: 64,
            budget: 200_000,
            relax: true,
            policy: Default::default(),
            max_sandbox_memory: check::sandbox::DEFAULT_MAX_MEMORY,
            run_timeout_ms: check::sandbox::DEFAULT_TIMEOUT_MS,
        }
    }
}

pub const DEFAULT_SEED: u64 = 0x5743_4e43_494c_0001;

/// What was loaded and checked for one file.
#[derive(Clone, Debug, Serialize)]
pub struct SetSummary {
    pub file: String,
    pub target: Option<Target>,
    pub shape: Option<Shape>,
    pub groups: usize,
    pub holes: usize,
    /// Checks that ran to completion on this set.
    pub checked: Vec<CheckName>,
    pub errors: usize,
    pub warnings: usize,
    /// Whether anything in the file could not be checked (unreadable, parse
    /// errors, limits): such a set is never reported as verified.
    pub incomplete: bool,
    /// Per-check counters (e.g. holes checked, samples run), sorted by name.
    pub stats: BTreeMap<String, u64>,
    /// Per stencil: the exits its sandbox runs reached and the external
    /// functions they called, with counts.
    pub coverage: BTreeMap<String, check::sandbox::Coverage>,
}

/// The outcome of one check on one stencil group of one set: what a CI
/// system shows as one test case.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Outcome {
    pub file: String,
    pub target: Target,
    pub shape: Shape,
    pub stencil: String,
    pub check: CheckName,
    pub status: Status,
    pub errors: usize,
    pub warnings: usize,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Passed,
    /// Passed with warnings.
    Warned,
    Failed,
    /// The check could not run on this stencil (e.g. its set has parse
    /// errors, or a limit was hit); never counted as a pass.
    NotChecked,
}

#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub tool: &'static str,
    pub version: &'static str,
    pub seed: u64,
    pub checks: Vec<CheckName>,
    pub sets: Vec<SetSummary>,
    /// One entry per (set, stencil, check), sorted.
    pub outcomes: Vec<Outcome>,
    pub findings: Vec<Finding>,
    /// With `--baseline`: every stencil classified against the baseline.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gate: Option<crate::gate::Gate>,
}

impl Report {
    pub fn errors(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count()
    }

    pub fn warnings(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Warning)
            .count()
    }

    pub fn incomplete(&self) -> bool {
        self.sets.iter().any(|s| s.incomplete)
    }
}

/// The `.h` files under `dir` whose names carry a known triple, sorted.
/// Subdirectories are searched too (the bundled cases keep one per shape).
pub fn discover(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(d) = pending.pop() {
        for entry in std::fs::read_dir(&d)? {
            let path = entry?.path();
            if path.is_dir() {
                pending.push(path);
            } else if path
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| Target::from_file_name(n).is_some())
            {
                found.push(path);
            }
        }
    }
    found.sort();
    Ok(found)
}

/// Loads and checks every file; one file's failure never stops the others.
pub fn verify_files(paths: &[PathBuf], config: &RunConfig) -> Report {
    let mut per_set: Vec<FileResult> = paths.par_iter().map(|p| verify_file(p, config)).collect();
    per_set.sort_by(|a, b| a.summary.file.cmp(&b.summary.file));
    if config.checks.contains(&CheckName::Equivalence) {
        cross_target(&mut per_set, config);
    }
    let mut sets = Vec::with_capacity(per_set.len());
    let mut outcomes = Vec::new();
    let mut findings = Vec::new();
    for r in per_set {
        sets.push(r.summary);
        outcomes.extend(r.outcomes);
        findings.extend(r.findings);
    }
    outcomes.sort();
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    findings.dedup();
    Report {
        tool: "stencil-verify",
        version: env!("CARGO_PKG_VERSION"),
        seed: config.seed,
        checks: config.checks.clone(),
        sets,
        outcomes,
        findings,
        gate: None,
    }
}

/// One file's results, and what the run-level checks need of it.
struct FileResult {
    summary: SetSummary,
    outcomes: Vec<Outcome>,
    findings: Vec<Finding>,
    set: Option<StencilSet>,
    runs: BTreeMap<String, Vec<check::sandbox::TrialRun>>,
}

/// Compares each uop across targets and folds the divergences into the
/// sets' findings, outcomes and counts.
fn cross_target(results: &mut [FileResult], config: &RunConfig) {
    let found = {
        let sets: Vec<check::equivalence::SetRuns<'_>> = results
            .iter()
            .filter_map(|r| {
                r.set
                    .as_ref()
                    .map(|set| check::equivalence::SetRuns { set, runs: &r.runs })
            })
            .collect();
        check::equivalence::cross_target(&sets, &config.policy)
    };
    for f in found {
        let Some(r) = results.iter_mut().find(|r| *r.summary.file == *f.span.file) else {
            // A policy entry that matched nothing: it belongs to no set;
            // attach it to the first so that it is reported.
            if let Some(r) = results.first_mut() {
                r.summary.warnings += 1;
                r.findings.push(f);
            }
            continue;
        };
        if let Some(o) = r.outcomes.iter_mut().find(|o| {
            o.check == CheckName::Equivalence && Some(o.stencil.as_str()) == f.stencil.as_deref()
        }) {
            match f.severity {
                Severity::Error => {
                    o.errors += 1;
                    o.status = Status::Failed;
                }
                Severity::Warning => {
                    o.warnings += 1;
                    if o.status == Status::Passed {
                        o.status = Status::Warned;
                    }
                }
            }
        }
        match f.severity {
            Severity::Error => r.summary.errors += 1,
            Severity::Warning => r.summary.warnings += 1,
        }
        r.findings.push(f);
    }
}

fn verify_file(path: &Path, config: &RunConfig) -> FileResult {
    let display = path.display().to_string();
    let source: Arc<str> = Arc::from(display.as_str());
    let mut summary = SetSummary {
        file: display.clone(),
        target: None,
        shape: None,
        groups: 0,
        holes: 0,
        checked: Vec::new(),
        errors: 0,
        warnings: 0,
        incomplete: true,
        stats: BTreeMap::new(),
        coverage: BTreeMap::new(),
    };
    let mut findings = Vec::new();
    let target = config.target.or_else(|| {
        path.file_name()
            .and_then(|n| n.to_str())
            .and_then(Target::from_file_name)
    });
    let Some(target) = target else {
        findings.push(Finding::error(
            FindingKind::UnknownTarget,
            "load",
            Span::new(&source, 1),
            "cannot tell the target triple from the file name; name it <triple>.h or pass --target",
        ));
        return with_no_outcomes(finish(summary, findings));
    };
    summary.target = Some(target);
    let text = match read_limited(path, config.parse_limits.max_file_bytes) {
        Ok(text) => text,
        Err((kind, message)) => {
            findings.push(
                Finding::error(kind, "load", Span::new(&source, 1), message).with_target(target),
            );
            return with_no_outcomes(finish(summary, findings));
        }
    };
    let parsed = parse::parse_set(&display, &text, target, &config.parse_limits);
    let parse_clean = parsed
        .findings
        .iter()
        .all(|f| f.severity != Severity::Error);
    findings.extend(parsed.findings);
    let Some(set) = parsed.set else {
        return with_no_outcomes(finish(summary, findings));
    };
    summary.shape = Some(set.shape);
    summary.groups = set.groups.len();
    summary.holes = set
        .groups
        .iter()
        .map(|g| g.code.holes.len() + g.data.holes.len())
        .sum();
    let mut outcomes = Vec::new();
    let mut runs = BTreeMap::new();
    for check in &config.checks {
        let found = run_check(*check, &set, config, &mut summary, &mut runs);
        outcomes.extend(
            set.groups
                .iter()
                .map(|g| outcome(&set, g, *check, &found, &display)),
        );
        findings.extend(found);
        summary.checked.push(*check);
    }
    not_checked_stencils(&set, &findings, &config.checks, &display, &mut outcomes);
    summary.incomplete = !parse_clean;
    let (summary, findings) = finish(summary, findings);
    FileResult {
        summary,
        outcomes,
        findings,
        set: Some(set),
        runs,
    }
}

/// Stencils a not-checked finding of the parser names (a limit, a malformed
/// emit function) are not verified by any check: their outcomes become
/// not-checked, and those the parser dropped from the model get one
/// not-checked outcome per check, so that they are listed at all.
fn not_checked_stencils(
    set: &StencilSet,
    findings: &[Finding],
    checks: &[CheckName],
    file: &str,
    outcomes: &mut Vec<Outcome>,
) {
    let mut names: Vec<&str> = findings
        .iter()
        .filter(|f| f.kind.is_not_checked() && f.check == "parse")
        .filter_map(|f| f.stencil.as_deref())
        .collect();
    names.sort_unstable();
    names.dedup();
    for o in outcomes.iter_mut() {
        if names.binary_search(&o.stencil.as_str()).is_ok() {
            o.status = Status::NotChecked;
        }
    }
    names.retain(|name| set.group(name).is_none());
    for name in names {
        let errors = findings
            .iter()
            .filter(|f| f.stencil.as_deref() == Some(name) && f.severity == Severity::Error)
            .count();
        for check in checks {
            outcomes.push(Outcome {
                file: file.to_owned(),
                target: set.target,
                shape: set.shape,
                stencil: name.to_owned(),
                check: *check,
                status: Status::NotChecked,
                errors,
                warnings: 0,
            });
        }
    }
}

/// Folds a check's findings on one group into a test-case outcome.
fn outcome(
    set: &StencilSet,
    group: &crate::model::Group,
    check: CheckName,
    found: &[Finding],
    file: &str,
) -> Outcome {
    let mine = found
        .iter()
        .filter(|f| f.stencil.as_deref() == Some(group.name.as_str()));
    let (mut errors, mut warnings, mut not_checked) = (0, 0, false);
    for f in mine {
        match f.severity {
            Severity::Error => errors += 1,
            Severity::Warning => warnings += 1,
        }
        not_checked |= f.kind.is_not_checked();
    }
    let status = if not_checked {
        Status::NotChecked
    } else if errors > 0 {
        Status::Failed
    } else if warnings > 0 {
        Status::Warned
    } else {
        Status::Passed
    };
    Outcome {
        file: file.to_owned(),
        target: set.target,
        shape: set.shape,
        stencil: group.name.clone(),
        check,
        status,
        errors,
        warnings,
    }
}

/// The sandbox's settings for a run with `config`.
pub fn sandbox_config(config: &RunConfig) -> check::sandbox::SandboxConfig {
    check::sandbox::SandboxConfig {
        trials: config.trials,
        seed: config.seed,
        budget: config.budget,
        patch: crate::patch::PatchOptions {
            relax: config.relax,
            ..Default::default()
        },
        // The equivalence check compares these runs with others.
        keep_traces: config.checks.contains(&CheckName::Equivalence),
        max_memory: config.max_sandbox_memory,
        timeout_ms: config.run_timeout_ms,
        ..Default::default()
    }
}

/// One loaded set through the selected checks as [`verify_files`] runs them
/// on each file, without the cross-target comparison (which needs the other
/// sets): the findings, the summary (stats, coverage) and, when equivalence
/// is selected, every stencil's trial runs. The self-test checks mutated
/// sets with it.
pub fn check_loaded(
    set: &StencilSet,
    config: &RunConfig,
) -> (
    Vec<Finding>,
    SetSummary,
    BTreeMap<String, Vec<check::sandbox::TrialRun>>,
) {
    let mut summary = SetSummary {
        file: set.source.to_string(),
        target: Some(set.target),
        shape: Some(set.shape),
        groups: set.groups.len(),
        holes: 0,
        checked: Vec::new(),
        errors: 0,
        warnings: 0,
        incomplete: false,
        stats: BTreeMap::new(),
        coverage: BTreeMap::new(),
    };
    let mut runs = BTreeMap::new();
    let mut findings = Vec::new();
    for check in &config.checks {
        findings.extend(run_check(*check, set, config, &mut summary, &mut runs));
        summary.checked.push(*check);
    }
    (findings, summary, runs)
}

fn run_check(
    check: CheckName,
    set: &StencilSet,
    config: &RunConfig,
    summary: &mut SetSummary,
    runs: &mut BTreeMap<String, Vec<check::sandbox::TrialRun>>,
) -> Vec<Finding> {
    let stats = &mut summary.stats;
    let sandbox = sandbox_config(config);
    match check {
        CheckName::Sandbox => {
            let (findings, s) = check::sandbox::check_set(set, &sandbox);
            stats.insert("sandbox.runs".into(), s.runs);
            stats.insert("sandbox.failed-runs".into(), s.violations);
            summary.coverage = s.coverage;
            *runs = s.runs_by_group;
            findings
        }
        CheckName::Equivalence => {
            if runs.is_empty() {
                // The sandbox check was not selected: run the trials here.
                let (_, s) = check::sandbox::check_set(set, &sandbox);
                *runs = s.runs_by_group;
            }
            let (findings, s) = check::equivalence::check_set(set, &sandbox, Some(runs));
            stats.insert(
                "equivalence.relaxation-comparisons".into(),
                s.relaxation_comparisons,
            );
            stats.insert(
                "equivalence.placement-comparisons".into(),
                s.placement_comparisons,
            );
            stats.insert("equivalence.landing-sites".into(), s.landing_sites_checked);
            findings
        }
        CheckName::Oracle => {
            let oracle = check::oracle::OracleConfig {
                samples: config.samples,
                seed: config.seed,
                ..Default::default()
            };
            let (findings, s) = check::oracle::check_set(set, &oracle);
            stats.insert("oracle.holes".into(), s.holes);
            stats.insert("oracle.samples".into(), s.samples);
            stats.insert("oracle.failures".into(), s.failures);
            stats.insert("oracle.emulator-runs".into(), s.runs);
            stats.insert(
                "oracle.rejected-out-of-range".into(),
                s.rejected_out_of_range,
            );
            stats.insert(
                "oracle.i686-debug-assert-wraps".into(),
                s.debug_assert_wraps,
            );
            findings
        }
        CheckName::Structure => {
            let holes: usize = set
                .groups
                .iter()
                .map(|g| g.code.holes.len() + g.data.holes.len())
                .sum();
            stats.insert("structure.holes".into(), holes as u64);
            check::structure::check_set(set)
        }
    }
}

fn with_no_outcomes((summary, findings): (SetSummary, Vec<Finding>)) -> FileResult {
    FileResult {
        summary,
        outcomes: Vec::new(),
        findings,
        set: None,
        runs: BTreeMap::new(),
    }
}

fn finish(mut summary: SetSummary, findings: Vec<Finding>) -> (SetSummary, Vec<Finding>) {
    summary.errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    summary.warnings = findings
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .count();
    if findings.iter().any(|f| f.kind.is_not_checked()) {
        summary.incomplete = true;
    }
    (summary, findings)
}

/// Reads a file as text, refusing files over the limit before reading them
/// whole. Invalid UTF-8 is replaced, so that the parser reports where.
fn read_limited(path: &Path, limit: usize) -> Result<String, (FindingKind, String)> {
    let unreadable = |e: std::io::Error| {
        (
            FindingKind::UnreadableFile,
            format!("cannot read {}: {e}", path.display()),
        )
    };
    let meta = std::fs::metadata(path).map_err(unreadable)?;
    if meta.len() > limit as u64 {
        return Err((
            FindingKind::LimitExceeded,
            format!(
                "{} is {} bytes, over the file-size limit of {limit} bytes (--max-file-bytes)",
                path.display(),
                meta.len()
            ),
        ));
    }
    let bytes = std::fs::read(path).map_err(unreadable)?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
