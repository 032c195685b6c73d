//! `stencil-verify selftest`: mutation analysis of the tool itself.
//!
//! Every fault kind the tool claims to catch ([`FaultKind::ALL`]) is
//! injected at seeded, randomly chosen sites of the loaded sets, one fault
//! per mutated set; the mutated header is written out, parsed back and run
//! through the selected checks as `verify_files` runs them (the faulted
//! stencil with the set's special groups, compared across targets with the
//! same uop of the other, unmodified sets). A fault counts as detected when
//! an error finding names the faulted stencil (in the mutated set, or in a
//! set it is compared with, where a divergence is reported); the control
//! below shows that the same stencils unmodified have none.
//!
//! Execution-detected kinds (a swapped exit or symbol, a shifted data slot,
//! a clobbered register) are injected only on paths the unmodified set's
//! sandbox trials execute: execution can only judge what runs, and a fault
//! on a path no trial takes is reported as unreached coverage, not as a
//! finding.
//!
//! The unmodified sets are checked too, whole (as `--all` checks them) and
//! each faulted stencil alone (as the mutated ones are checked): any finding
//! there is a false positive.

use crate::check::equivalence::{self, SetRuns};
use crate::check::sandbox::{self, Coverage, TrialRun};
use crate::fault::{self, FaultKind, FaultSite, InjectedFault};
use crate::finding::{Finding, Severity};
use crate::model::{Group, GroupRole, Hole, HoleValue, Part, Shape, StencilSet};
use crate::parse::parse_set;
use crate::run::{self, CheckName, RunConfig};
use crate::seed::item_rng;
use crate::target::Target;
use crate::write::write_set;
use rand::RngExt;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::PathBuf;

/// The kinds the tool guarantees to catch wherever they are injected (on
/// executed paths, for the execution-detected ones): every kind today.
pub const MUST_DETECT: [FaultKind; 10] = FaultKind::ALL;

/// One line of the output explaining where execution-detected faults go.
pub const EXECUTED_PATHS_NOTE: &str = "execution-detected kinds (*) are injected only at sites the unmodified sets' sandbox trials execute (a taken exit, a called symbol, a stencil that runs): execution can only judge the paths it runs, and a fault elsewhere is reported as unreached coverage, not as a finding";

/// One line of the output on what reveals a swapped exit or symbol.
pub const COMPARISON_NOTE: &str = "a swapped exit or symbol runs cleanly: only the comparison with the same uop in another loaded set (the family's Linux set, or the same target in another shape) reveals it, so sets without such a partner cannot have it caught";

/// Distinct sites per fault kind and set, by default.
pub const DEFAULT_FAULTS: u32 = 16;
/// Sandbox runs per stencil, by default (fewer than a verification run's:
/// the self-test checks thousands of mutated sets).
pub const DEFAULT_TRIALS: u32 = 32;
/// Oracle placements per group, by default.
pub const DEFAULT_SAMPLES: u32 = 16;

/// What a self-test does.
#[derive(Clone, Debug)]
pub struct Config {
    /// The checks and their settings, as for a verification run.
    pub run: RunConfig,
    /// Sites per fault kind and set (distinct sites, fewer where the set has
    /// fewer).
    pub faults: u32,
    /// The kinds to inject (default: all).
    pub kinds: Vec<FaultKind>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            run: RunConfig {
                trials: DEFAULT_TRIALS,
                samples: DEFAULT_SAMPLES,
                ..RunConfig::default()
            },
            faults: DEFAULT_FAULTS,
            kinds: FaultKind::ALL.to_vec(),
        }
    }
}

/// Whether a site is on a path the unmodified stencil's sandbox trials
/// execute, by that set's sandbox `coverage`: the group was run; a hole
/// naming an exit was left through (a code hole: its very instruction was
/// the one some trial left the stencil through; a data hole: some trial
/// reached that exit); a hole naming an external symbol had that symbol
/// called.
pub fn site_executed(
    coverage: &BTreeMap<String, Coverage>,
    group: &Group,
    hole: Option<(Part, &Hole)>,
) -> bool {
    let Some(cov) = coverage.get(&group.name) else {
        return false;
    };
    let Some((part, hole)) = hole else {
        return true;
    };
    let Some(v) = hole.operand.value() else {
        return true;
    };
    let exit = match v.base {
        HoleValue::Continue => Some("CONTINUE"),
        HoleValue::ErrorTarget => Some("ERROR_TARGET"),
        HoleValue::JumpTarget => Some("JUMP_TARGET"),
        _ => None,
    };
    let exit_ok = match (exit, part) {
        (None, _) => true,
        (Some(_), Part::Code) => cov
            .exit_sites
            .iter()
            .any(|&(s, len)| s <= hole.offset && hole.offset < s + u64::from(len)),
        (Some(name), Part::Data) => cov.exits.contains_key(name),
    };
    let symbol_ok = v.symbol.as_ref().is_none_or(|s| cov.calls.contains_key(s));
    exit_ok && symbol_ok
}

/// One fault kind's results.
#[derive(Clone, Debug, Serialize)]
pub struct KindResult {
    pub kind: FaultKind,
    pub must_detect: bool,
    /// Injected only on executed paths.
    pub execution_detected: bool,
    /// Sites where the kind could be injected, summed over the sets (for
    /// execution-detected kinds: those on executed paths).
    pub eligible_sites: u64,
    pub injected: u64,
    pub detected: u64,
    /// Per check, how many of the injected faults it reported.
    pub caught_by: BTreeMap<String, u64>,
    pub missed: Vec<Missed>,
}

impl KindResult {
    /// Detected over injected, in percent; `None` if none was injected.
    pub fn rate(&self) -> Option<f64> {
        (self.injected > 0).then(|| 100.0 * self.detected as f64 / self.injected as f64)
    }

    /// Whether the kind fails the self-test: a must-detect kind with a fault
    /// that went unreported.
    pub fn failed(&self) -> bool {
        self.must_detect && self.detected < self.injected
    }
}

/// A fault no check reported.
#[derive(Clone, Debug, Serialize)]
pub struct Missed {
    pub file: String,
    pub target: Target,
    pub shape: Shape,
    pub fault: InjectedFault,
}

/// The self-test's outcome.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub tool: &'static str,
    pub version: &'static str,
    pub seed: u64,
    pub checks: Vec<CheckName>,
    pub trials: u32,
    pub samples: u32,
    pub faults_per_kind_and_set: u32,
    pub sets: Vec<String>,
    pub kinds: Vec<KindResult>,
    /// Findings on the unmodified sets, checked whole.
    pub false_positives_whole_sets: Vec<Finding>,
    /// Findings on the unmodified faulted stencils, each checked alone as
    /// the mutated ones are.
    pub false_positives_alone: Vec<Finding>,
    pub note: &'static str,
    pub comparison_note: &'static str,
    pub passed: bool,
}

impl Report {
    pub fn false_positives(&self) -> usize {
        self.false_positives_whole_sets.len() + self.false_positives_alone.len()
    }
}

/// A loaded set and what its unmodified sandbox trials did.
struct Loaded {
    set: StencilSet,
    coverage: BTreeMap<String, Coverage>,
    /// Per uop, a runs map holding only that uop (for cross-target
    /// comparisons of one stencil).
    runs: BTreeMap<String, BTreeMap<String, Vec<TrialRun>>>,
}

/// One fault to inject and check.
struct Job {
    set: usize,
    kind: FaultKind,
    site: FaultSite,
    index: u32,
}

/// Runs the self-test on the sets in `paths`. `Err` if a set cannot be
/// loaded cleanly (the self-test needs sets the tool accepts).
pub fn run(paths: &[PathBuf], config: &Config) -> Result<Report, String> {
    let limits = &config.run.parse_limits;
    let equivalence_on = config.run.checks.contains(&CheckName::Equivalence);
    let sets: Vec<StencilSet> = paths
        .iter()
        .map(|path| {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            let target = config
                .run
                .target
                .or_else(|| Target::from_file_name(name))
                .ok_or_else(|| format!("{}: no target triple in the name", path.display()))?;
            let text = std::fs::read_to_string(path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            let outcome = parse_set(&path.display().to_string(), &text, target, limits);
            if let Some(f) = outcome
                .findings
                .iter()
                .find(|f| f.severity == Severity::Error)
            {
                return Err(format!(
                    "{} does not load cleanly ({}: {}); the self-test needs sets the tool accepts",
                    path.display(),
                    f.kind,
                    f.message
                ));
            }
            outcome
                .set
                .ok_or_else(|| format!("{} could not be parsed", path.display()))
        })
        .collect::<Result<_, _>>()?;

    // The unmodified sets, exactly as a verification run checks them.
    let baseline = run::verify_files(paths, &config.run);
    let false_positives_whole_sets = baseline.findings.clone();

    // Their sandbox trials: the coverage that decides where execution-
    // detected faults may go (whatever checks are selected), and the runs
    // the faulted stencils are compared with across targets.
    let sandbox_config = sandbox::SandboxConfig {
        keep_traces: equivalence_on,
        ..run::sandbox_config(&config.run)
    };
    let loaded: Vec<Loaded> = sets
        .into_par_iter()
        .map(|set| {
            let (_, stats) = sandbox::check_set(&set, &sandbox_config);
            let runs = stats
                .runs_by_group
                .into_iter()
                .map(|(uop, r)| (uop.clone(), BTreeMap::from([(uop, r)])))
                .collect();
            Loaded {
                set,
                coverage: stats.coverage,
                runs,
            }
        })
        .collect();

    // Where to inject: distinct sites per (set, kind), seeded.
    let mut eligible: BTreeMap<FaultKind, u64> = BTreeMap::new();
    let mut jobs = Vec::new();
    for (s, l) in loaded.iter().enumerate() {
        let id = [l.set.shape.name(), l.set.target.triple()];
        for &kind in &config.kinds {
            let candidates = if kind.detected_by_execution() {
                fault::sites_where(&l.set, kind, &|g, h| site_executed(&l.coverage, g, h))
            } else {
                fault::sites(&l.set, kind)
            };
            *eligible.entry(kind).or_default() += candidates.len() as u64;
            let mut rng = item_rng(config.run.seed, &["selftest", id[0], id[1], kind.name()]);
            for (index, site) in choose(candidates, config.faults as usize, &mut rng)
                .into_iter()
                .enumerate()
            {
                jobs.push(Job {
                    set: s,
                    kind,
                    site,
                    index: index as u32,
                });
            }
        }
    }

    let ctx = Context {
        loaded: &loaded,
        config,
        equivalence_on,
    };
    let outcomes: Vec<Option<(InjectedFault, BTreeSet<&'static str>)>> =
        jobs.par_iter().map(|job| ctx.run_job(job)).collect();

    // The faulted stencils, unmodified, checked the same way.
    let alone: BTreeSet<(usize, String)> = jobs
        .iter()
        .zip(&outcomes)
        .filter_map(|(job, o)| o.as_ref().map(|(f, _)| (job.set, f.group.clone())))
        .collect();
    let alone: Vec<(usize, String)> = alone.into_iter().collect();
    let mut false_positives_alone: Vec<Finding> = alone
        .par_iter()
        .map(|(s, group)| ctx.check_alone(*s, &loaded[*s].set, group))
        .flatten()
        .collect();
    false_positives_alone.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    false_positives_alone.dedup();

    let mut kinds: Vec<KindResult> = config
        .kinds
        .iter()
        .map(|&kind| KindResult {
            kind,
            must_detect: MUST_DETECT.contains(&kind),
            execution_detected: kind.detected_by_execution(),
            eligible_sites: eligible.get(&kind).copied().unwrap_or(0),
            injected: 0,
            detected: 0,
            caught_by: BTreeMap::new(),
            missed: Vec::new(),
        })
        .collect();
    for (job, outcome) in jobs.iter().zip(outcomes) {
        let Some((fault, checks)) = outcome else {
            continue;
        };
        let Some(k) = kinds.iter_mut().find(|k| k.kind == job.kind) else {
            continue;
        };
        k.injected += 1;
        if checks.is_empty() {
            let set = &loaded[job.set].set;
            k.missed.push(Missed {
                file: set.source.to_string(),
                target: set.target,
                shape: set.shape,
                fault,
            });
        } else {
            k.detected += 1;
            for c in checks {
                *k.caught_by.entry(c.to_owned()).or_default() += 1;
            }
        }
    }
    let mut report = Report {
        tool: "stencil-verify selftest",
        version: env!("CARGO_PKG_VERSION"),
        seed: config.run.seed,
        checks: config.run.checks.clone(),
        trials: config.run.trials,
        samples: config.run.samples,
        faults_per_kind_and_set: config.faults,
        sets: loaded.iter().map(|l| l.set.source.to_string()).collect(),
        kinds,
        false_positives_whole_sets,
        false_positives_alone,
        note: EXECUTED_PATHS_NOTE,
        comparison_note: COMPARISON_NOTE,
        passed: false,
    };
    report.passed = !report.kinds.iter().any(KindResult::failed) && report.false_positives() == 0;
    Ok(report)
}

/// Up to `n` distinct items of `items`, drawn without replacement, in the
/// order drawn.
fn choose<T>(mut items: Vec<T>, n: usize, rng: &mut crate::seed::ItemRng) -> Vec<T> {
    let n = n.min(items.len());
    for i in 0..n {
        let j = rng.random_range(i..items.len());
        items.swap(i, j);
    }
    items.truncate(n);
    items
}

struct Context<'a> {
    loaded: &'a [Loaded],
    config: &'a Config,
    equivalence_on: bool,
}

impl Context<'_> {
    /// Injects one fault and checks the mutated set; the fault and the
    /// checks whose errors name its stencil (empty: missed).
    fn run_job(&self, job: &Job) -> Option<(InjectedFault, BTreeSet<&'static str>)> {
        let l = &self.loaded[job.set];
        let mut mutated = l.set.clone();
        let mut rng = item_rng(
            self.config.run.seed,
            &[
                "selftest",
                l.set.shape.name(),
                l.set.target.triple(),
                job.kind.name(),
                &job.index.to_string(),
            ],
        );
        let fault = fault::inject_at(&mut mutated, job.kind, job.site, &mut rng)?;
        // In the mutated set, or in a set it is compared with (a divergence
        // is reported on the set compared): the same stencils unmodified,
        // checked the same way, have no finding (the control), so the
        // fault caused it.
        let caught = self
            .check_alone(job.set, &mutated, &fault.group)
            .into_iter()
            .filter(|f| {
                f.severity == Severity::Error && f.stencil.as_deref() == Some(fault.group.as_str())
            })
            .map(|f| f.check)
            .collect();
        Some((fault, caught))
    }

    /// Writes `set` (set `s` or a mutation of it) as a header, parses it
    /// back and checks `group` with the set's special groups, comparing it
    /// across targets with the same uop of the other (unmodified) sets.
    /// Every finding.
    fn check_alone(&self, s: usize, set: &StencilSet, group: &str) -> Vec<Finding> {
        let run = &self.config.run;
        let text = write_set(set);
        let parsed = parse_set(&set.source, &text, set.target, &run.parse_limits);
        let mut findings = parsed.findings;
        let Some(mut one) = parsed.set else {
            return findings;
        };
        one.groups
            .retain(|g| g.role != GroupRole::Uop || g.name == group);
        let (found, _, runs) = run::check_loaded(&one, run);
        findings.extend(found);
        if self.equivalence_on {
            let mut sets = vec![SetRuns {
                set: &one,
                runs: &runs,
            }];
            for (r, other) in self.loaded.iter().enumerate() {
                if r == s {
                    continue;
                }
                if let Some(runs) = other.runs.get(group) {
                    sets.push(SetRuns {
                        set: &other.set,
                        runs,
                    });
                }
            }
            findings.extend(equivalence::cross_target(&sets, &run.policy));
        }
        findings
    }
}

/// The table, the false positives and the verdict, as text.
pub fn render_text(report: &Report) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "stencil-verify selftest: {} sets, seed {:#x}, checks {}, {} trials, {} samples, up to {} faults per kind and set",
        report.sets.len(),
        report.seed,
        report
            .checks
            .iter()
            .map(|c| c.name())
            .collect::<Vec<_>>()
            .join(","),
        report.trials,
        report.samples,
        report.faults_per_kind_and_set
    );
    let _ = writeln!(
        s,
        "{:<30} {:>11} {:>9} {:>9} {:>9} {:>7}  caught by",
        "kind", "must-detect", "eligible", "injected", "detected", "rate"
    );
    for k in &report.kinds {
        let name = format!(
            "{}{}",
            k.kind.name(),
            if k.execution_detected { " *" } else { "" }
        );
        let rate = k.rate().map_or("n/a".to_owned(), |r| format!("{r:.1}%"));
        let by = k
            .caught_by
            .iter()
            .map(|(c, n)| format!("{c} {n}"))
            .collect::<Vec<_>>()
            .join(", ");
        let _ = writeln!(
            s,
            "{:<30} {:>11} {:>9} {:>9} {:>9} {:>7}  {}",
            name,
            if k.must_detect { "yes" } else { "no" },
            k.eligible_sites,
            k.injected,
            k.detected,
            rate,
            if by.is_empty() { "-" } else { &by }
        );
    }
    let _ = writeln!(s, "* {}", report.note);
    let _ = writeln!(s, "  {}", report.comparison_note);
    let _ = writeln!(
        s,
        "false positives: {} ({} on the unmodified sets checked whole, {} on the unmodified faulted stencils checked alone)",
        report.false_positives(),
        report.false_positives_whole_sets.len(),
        report.false_positives_alone.len()
    );
    const SHOWN: usize = 5;
    for k in &report.kinds {
        for m in k.missed.iter().take(SHOWN) {
            let _ = writeln!(
                s,
                "missed {}: {} ({} {}) {}: {}",
                k.kind.name(),
                m.file,
                m.target,
                m.shape.name(),
                m.fault.group,
                m.fault.description
            );
        }
        if k.missed.len() > SHOWN {
            let _ = writeln!(
                s,
                "missed {}: ... and {} more (--format json lists all)",
                k.kind.name(),
                k.missed.len() - SHOWN
            );
        }
    }
    for f in report
        .false_positives_whole_sets
        .iter()
        .chain(&report.false_positives_alone)
        .take(10)
    {
        let _ = writeln!(
            s,
            "false positive: {}:{} {}[{}] {}: {}",
            f.span.file,
            f.span.line,
            match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            },
            f.kind,
            f.stencil.as_deref().unwrap_or("-"),
            f.message
        );
    }
    let failed: Vec<&str> = report
        .kinds
        .iter()
        .filter(|k| k.failed())
        .map(|k| k.kind.name())
        .collect();
    if report.passed {
        let _ = writeln!(
            s,
            "selftest passed: every must-detect fault reported, no false positives"
        );
    } else {
        let mut why = Vec::new();
        if !failed.is_empty() {
            why.push(format!(
                "must-detect kinds below 100 %: {}",
                failed.join(", ")
            ));
        }
        if report.false_positives() > 0 {
            why.push(format!("{} false positives", report.false_positives()));
        }
        let _ = writeln!(s, "selftest FAILED: {}", why.join("; "));
    }
    s
}

pub fn render_json(report: &Report) -> String {
    let mut s =
        serde_json::to_string_pretty(report).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{HoleOperand, PatchKind, ValueExpr};

    #[test]
    fn choose_draws_distinct_items_deterministically() {
        let mut a = item_rng(1, &["x"]);
        let mut b = item_rng(1, &["x"]);
        let one = choose((0..50).collect(), 10, &mut a);
        assert_eq!(one, choose((0..50).collect(), 10, &mut b));
        let mut sorted = one.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), 10);
        assert_eq!(choose(vec![1, 2], 10, &mut a).len(), 2);
    }

    #[test]
    fn executed_sites_follow_the_coverage() {
        let group = Group {
            name: "_X".into(),
            role: GroupRole::Uop,
            span: crate::model::Span::new(&std::sync::Arc::from("x.h"), 1),
            code: Default::default(),
            data: Default::default(),
            table: None,
        };
        let hole = |base, symbol: Option<&str>, offset| Hole {
            offset,
            kind: PatchKind::Rel32,
            operand: HoleOperand::Value(ValueExpr::new(base, symbol, 0)),
            line: 1,
        };
        let mut coverage = BTreeMap::new();
        assert!(!site_executed(&coverage, &group, None), "never run");
        let mut cov = Coverage::default();
        cov.exits.insert("CONTINUE".into(), 3);
        cov.calls.insert("PyFoo".into(), 1);
        cov.exit_sites.insert((0x10, 5));
        coverage.insert("_X".to_owned(), cov);
        assert!(site_executed(&coverage, &group, None));
        let on = |h: &Hole, part| site_executed(&coverage, &group, Some((part, h)));
        // A jump: that very instruction was left through.
        assert!(on(&hole(HoleValue::Continue, None, 0x11), Part::Code));
        assert!(!on(&hole(HoleValue::Continue, None, 0x20), Part::Code));
        // A data slot: its exit was reached.
        assert!(on(&hole(HoleValue::Continue, None, 0), Part::Data));
        assert!(!on(&hole(HoleValue::ErrorTarget, None, 0), Part::Data));
        // A symbol: it was called.
        assert!(on(&hole(HoleValue::Zero, Some("PyFoo"), 0), Part::Data));
        assert!(!on(&hole(HoleValue::Zero, Some("PyBar"), 0), Part::Data));
    }
}
