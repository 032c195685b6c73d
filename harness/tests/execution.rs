//! The sandbox and equivalence checks on the bundled sets and fault cases.

use std::path::{Path, PathBuf};
use stencil_verify::check::sandbox::{derive_entry, SandboxConfig};
use stencil_verify::convention;
use stencil_verify::fault::{self, FaultKind};
use stencil_verify::finding::{FindingKind, Severity};
use stencil_verify::model::{GroupRole, Shape, StencilSet};
use stencil_verify::parse::{parse_set, ParseLimits};
use stencil_verify::run::{verify_files, CheckName, Report, RunConfig, Status};
use stencil_verify::seed::item_rng;
use stencil_verify::selftest;
use stencil_verify::target::Target;
use stencil_verify::write::write_set;

const SEED: u64 = 0xe7ec_0001;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn bundled_path(shape: &str, target: Target) -> PathBuf {
    repo()
        .join("cases/stencils")
        .join(shape)
        .join(format!("{}.h", target.triple()))
}

fn load(path: &Path) -> StencilSet {
    let text = std::fs::read_to_string(path).expect("read");
    let target = Target::from_file_name(path.file_name().unwrap().to_str().unwrap()).unwrap();
    parse_set(
        &path.display().to_string(),
        &text,
        target,
        &ParseLimits::default(),
    )
    .set
    .expect("parse")
}

fn config(checks: &[CheckName], trials: u32) -> RunConfig {
    RunConfig {
        checks: checks.to_vec(),
        trials,
        samples: 4,
        seed: SEED,
        ..RunConfig::default()
    }
}

/// Keeps only the shim and the named uop, so that a run is quick.
fn only(set: &StencilSet, uop: &str) -> StencilSet {
    let mut s = set.clone();
    s.groups
        .retain(|g| g.role == GroupRole::Shim || g.name == uop);
    s
}

#[test]
fn shim_derived_entry_agrees_with_the_documented_table() {
    let config = SandboxConfig::default();
    for shape in ["3.13", "3.14", "3.15"] {
        for target in Target::ALL {
            let set = load(&bundled_path(shape, target));
            let (entry, findings) = derive_entry(&set, &config);
            assert!(findings.is_empty(), "{shape} {target}: {findings:#?}");
            assert!(entry.derived, "{shape} {target}: the shim was not run");
            let documented = convention::jit_arguments(target);
            assert_eq!(entry.slots, documented[..3].to_vec(), "{shape} {target}");
        }
    }
}

#[test]
fn a_stencil_that_loops_forever_does_not_terminate_and_the_rest_is_verified() {
    for target in [Target::X86_64Linux, Target::Aarch64Linux] {
        let path = repo()
            .join("cases/faults/loop")
            .join(format!("{}.h", target.triple()));
        let report = verify_files(&[path], &config(&[CheckName::Sandbox], 4));
        let spin: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.stencil.as_deref() == Some("_SPIN_FOREVER"))
            .collect();
        assert_eq!(spin.len(), 1, "{target}: {:#?}", report.findings);
        assert_eq!(spin[0].kind, FindingKind::DidNotTerminate);
        assert!(
            spin[0].message.contains("200000 instructions"),
            "{}",
            spin[0].message
        );
        assert_eq!(
            report.findings.len(),
            1,
            "{target}: other stencils must pass: {:#?}",
            report.findings
        );
        let passed = report
            .outcomes
            .iter()
            .filter(|o| o.status == Status::Passed)
            .count();
        assert!(passed >= 33, "{target}: only {passed} stencils verified");
    }
}

#[test]
fn the_gh_146128_shape_is_caught_by_relaxation_equivalence_and_passes_unrelaxed() {
    let path = repo().join("cases/faults/gh-146128/aarch64-unknown-linux-gnu.h");
    let report = verify_files(&[path.clone()], &config(&[CheckName::Equivalence], 16));
    let mine: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.stencil.as_deref() == Some("_LOAD_TWICE_GH146128"))
        .collect();
    assert!(
        mine.iter()
            .any(|f| f.kind == FindingKind::RelaxationMismatch && f.message.contains("gh-146128")),
        "{mine:#?}"
    );
    assert!(
        mine.iter()
            .any(|f| f.kind == FindingKind::RelaxationMismatch && f.diff.is_some()),
        "the trace comparison must flag it too: {mine:#?}"
    );
    assert!(report
        .findings
        .iter()
        .all(|f| f.stencil.as_deref() == Some("_LOAD_TWICE_GH146128")));
    let unrelaxed = RunConfig {
        relax: false,
        ..config(&[CheckName::Sandbox, CheckName::Equivalence], 16)
    };
    let report = verify_files(&[path], &unrelaxed);
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
}

/// Injects `kind` into one uop of a 3.14 set, writes it next to unmodified
/// reference sets, runs the execution checks, and says whether an error
/// names the faulted stencil.
fn execution_catches(kind: FaultKind, target: Target, trial: u32) -> Option<bool> {
    let set = load(&bundled_path("3.14", target));
    // Execution judges only paths the trials take: pick faults whose exit or
    // symbol the unmodified stencil's trials reach (the coverage report names
    // the paths they do not).
    let sandbox = SandboxConfig {
        trials: 16,
        seed: SEED,
        ..SandboxConfig::default()
    };
    let (_, stats) = stencil_verify::check::sandbox::check_set(&set, &sandbox);
    let coverage = stats.coverage;
    let reached =
        |group: &stencil_verify::model::Group,
         hole: Option<(stencil_verify::model::Part, &stencil_verify::model::Hole)>| {
            selftest::site_executed(&coverage, group, hole)
        };
    let mut mutated = set.clone();
    let mut rng = item_rng(
        SEED,
        &[
            "execution-fault",
            kind.name(),
            target.triple(),
            &trial.to_string(),
        ],
    );
    let fault = fault::inject_where(&mut mutated, kind, &mut rng, &reached)?;
    let dir = std::env::temp_dir().join(format!(
        "sv-exec-{}-{}-{}-{trial}",
        std::process::id(),
        kind.name(),
        target.triple()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    let mut files = Vec::new();
    let write = |dir: &Path, set: &StencilSet, files: &mut Vec<PathBuf>| {
        std::fs::create_dir_all(dir).unwrap();
        let p = dir.join(format!("{}.h", set.target.triple()));
        std::fs::write(&p, write_set(set)).unwrap();
        files.push(p);
    };
    write(
        &dir.join("mutated"),
        &only(&mutated, &fault.group),
        &mut files,
    );
    // References: the other targets of the same family and the same target
    // in 3.13, unmodified.
    for t in Target::ALL {
        if t != target && t.arch() == target.arch() || t == Target::X86_64Linux && target != t {
            write(
                &dir.join("3.14"),
                &only(&load(&bundled_path("3.14", t)), &fault.group),
                &mut files,
            );
        }
    }
    let mut reference = only(&load(&bundled_path("3.13", target)), &fault.group);
    reference.shape = Shape::V313;
    write(&dir.join("3.13"), &reference, &mut files);
    let report: Report = verify_files(
        &files,
        &config(
            &[
                CheckName::Structure,
                CheckName::Sandbox,
                CheckName::Equivalence,
            ],
            16,
        ),
    );
    let _ = std::fs::remove_dir_all(&dir);
    let hit = report.findings.iter().any(|f| {
        f.severity == Severity::Error && f.stencil.as_deref() == Some(fault.group.as_str())
    });
    if !hit {
        eprintln!("missed: {target} {fault:?}\n{:#?}", report.findings);
    }
    Some(hit)
}

fn assert_execution_catches(kind: FaultKind) {
    let (mut injected, mut missed) = (0, 0);
    for target in Target::ALL {
        for trial in 0..2 {
            match execution_catches(kind, target, trial) {
                Some(true) => injected += 1,
                Some(false) => {
                    injected += 1;
                    missed += 1;
                }
                None => {}
            }
        }
    }
    assert!(
        injected >= 6,
        "only {injected} {} faults could be injected",
        kind.name()
    );
    assert_eq!(
        missed,
        0,
        "{missed} of {injected} {} faults went unreported",
        kind.name()
    );
}

#[test]
fn swapped_continuation_and_error_target_is_flagged() {
    assert_execution_catches(FaultKind::ExitsSwapped);
}

#[test]
fn a_data_slot_shifted_by_eight_is_flagged() {
    assert_execution_catches(FaultKind::DataSlotShifted);
}

#[test]
fn two_swapped_external_symbols_are_flagged() {
    assert_execution_catches(FaultKind::SymbolsSwapped);
}

#[test]
fn a_clobbered_preserved_register_is_flagged() {
    assert_execution_catches(FaultKind::PreservedRegisterClobbered);
}

#[test]
fn jobs_do_not_change_the_report() {
    let exe = env!("CARGO_BIN_EXE_stencil-verify");
    let files = [
        bundled_path("3.14", Target::X86_64Windows),
        bundled_path("3.14", Target::Aarch64Darwin),
        bundled_path("3.14", Target::I686Windows),
    ];
    let run = |jobs: &str| {
        let out = std::process::Command::new(exe)
            .args([
                "--format",
                "json",
                "--trials",
                "8",
                "--samples",
                "8",
                "--seed",
                "0x1234",
                "--jobs",
                jobs,
            ])
            .args(&files)
            .output()
            .expect("run stencil-verify");
        assert!(out.status.code().is_some(), "killed");
        out.stdout
    };
    let one = run("1");
    let two = run("2");
    assert!(
        one.len() > 1000,
        "report too short: {}",
        String::from_utf8_lossy(&one)
    );
    assert!(one == two, "--jobs 1 and --jobs 2 give different reports");
}
