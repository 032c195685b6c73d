//! Every resource limit: set from the command line, reported as a finding
//! naming the limit and its value (with file, line and stencil), the item
//! over it not checked (never verified), the rest of the run checked, and a
//! non-zero exit status.

mod hostile_common;

use hostile_common::*;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use stencil_verify::finding::{Finding, FindingKind};
use stencil_verify::model::{HoleValue, PatchKind};
use stencil_verify::run::{verify_files, CheckName, Report, RunConfig, Status};
use stencil_verify::target::Target;

const CHECKS: [CheckName; 3] = [CheckName::Structure, CheckName::Oracle, CheckName::Sandbox];

/// A cut-down x86-64 set with `hostile` appended, in its own directory.
fn set_with(test: &str, hostile: Hostile) -> PathBuf {
    let dir = scratch_dir(test);
    let set = with_hostile(base_set(Target::X86_64Linux, &GOOD), vec![hostile]);
    write_in(&dir, &set)
}

fn config(f: impl FnOnce(&mut RunConfig)) -> RunConfig {
    let mut c = quick(&CHECKS);
    f(&mut c);
    c
}

/// The one finding about `stencil` of `kind`.
fn the_finding<'a>(report: &'a Report, stencil: &str, kind: FindingKind) -> &'a Finding {
    let found: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.stencil.as_deref() == Some(stencil) && f.kind == kind)
        .collect();
    assert_eq!(found.len(), 1, "{stencil}: {:#?}", report.findings);
    found[0]
}

fn assert_says(f: &Finding, parts: &[&str]) {
    for p in parts {
        assert!(f.message.contains(p), "`{p}` not in: {}", f.message);
    }
}

/// The binary's exit status and JSON report for `files` and `args`.
fn binary(files: &[&Path], args: &[&str]) -> (i32, Value) {
    let mut all: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
    all.extend(
        [
            "--checks",
            "structure,oracle,sandbox",
            "--trials",
            "2",
            "--samples",
            "2",
        ]
        .map(str::to_owned),
    );
    all.extend(args.iter().map(|s| s.to_string()));
    let refs: Vec<&str> = all.iter().map(String::as_str).collect();
    run_json(&refs)
}

/// In a binary's JSON report: the statuses of `stencil`'s outcomes, the
/// set's `incomplete` flag, and the kinds of findings about `stencil`.
fn json_view(report: &Value, stencil: &str) -> (Vec<String>, bool, Vec<String>) {
    let statuses = report["outcomes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["stencil"] == stencil)
        .map(|o| o["status"].as_str().unwrap().to_owned())
        .collect();
    let incomplete = report["sets"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["incomplete"] == true);
    let kinds = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["stencil"] == stencil)
        .map(|f| f["kind"].as_str().unwrap().to_owned())
        .collect();
    (statuses, incomplete, kinds)
}

fn assert_good_passed_json(report: &Value) {
    for good in GOOD {
        let (statuses, _, kinds) = json_view(report, good);
        assert_eq!(statuses.len(), 3, "{good}: {report:#}");
        assert!(
            statuses.iter().all(|s| s == "passed"),
            "{good}: {statuses:?}"
        );
        assert!(kinds.is_empty(), "{good}: {kinds:?}");
    }
}

#[test]
fn file_size_limit() {
    let small = set_with(
        "file-size-small",
        Hostile::new("_HARMLESS", vec![0x90, 0x90]),
    );
    // A whole bundled set, much larger than the cut-down one.
    let big_dir = scratch_dir("file-size-big");
    let big = big_dir.join("aarch64-unknown-linux-gnu.h");
    std::fs::copy(bundled("3.14", Target::Aarch64Linux), &big).unwrap();
    let (small_len, big_len) = (
        std::fs::metadata(&small).unwrap().len(),
        std::fs::metadata(&big).unwrap().len(),
    );
    assert!(small_len < big_len);
    let limit = (small_len + 1) as usize;
    let report = verify_files(
        &[small.clone(), big.clone()],
        &config(|c| c.parse_limits.max_file_bytes = limit),
    );
    let f: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::LimitExceeded)
        .collect();
    assert_eq!(f.len(), 1, "{:#?}", report.findings);
    assert_eq!(f[0].span.file.as_ref(), big.display().to_string());
    assert_eq!(f[0].span.line, 1);
    assert_says(
        f[0],
        &[
            &format!("{big_len} bytes"),
            &format!("limit of {limit} bytes"),
            "--max-file-bytes",
        ],
    );
    let big_set = report
        .sets
        .iter()
        .find(|s| s.file == big.display().to_string());
    assert!(big_set.unwrap().incomplete, "{:#?}", report.sets);
    assert!(report
        .outcomes
        .iter()
        .all(|o| o.file != big.display().to_string()));
    let small_set = report
        .sets
        .iter()
        .find(|s| s.file == small.display().to_string());
    assert!(!small_set.unwrap().incomplete);
    assert_good_verified(&report);

    let limit = limit.to_string();
    let (code, json) = binary(&[&small, &big], &["--max-file-bytes", &limit]);
    assert_eq!(code, 1, "{json:#}");
    assert_good_passed_json(&json);
}

#[test]
fn stencil_body_size_limit() {
    let path = set_with(
        "body-size",
        Hostile::new("_HOSTILE_HUGE_BODY", vec![0x90; 600]),
    );
    let report = verify_files(
        &[path.clone()],
        &config(|c| c.parse_limits.max_body_bytes = 512),
    );
    let f = the_finding(&report, "_HOSTILE_HUGE_BODY", FindingKind::LimitExceeded);
    assert_eq!(f.span.file.as_ref(), path.display().to_string());
    assert_eq!(f.span.line, line_of(&path, "code_body[600]"));
    assert_says(f, &["600 bytes", "limit is 512", "--max-body-bytes"]);
    assert_outcomes(&report, "_HOSTILE_HUGE_BODY", Status::NotChecked);
    assert!(report.incomplete());
    assert_good_verified(&report);

    let (code, json) = binary(&[&path], &["--max-body-bytes", "512"]);
    assert_eq!(code, 1);
    let (statuses, incomplete, kinds) = json_view(&json, "_HOSTILE_HUGE_BODY");
    assert_eq!(statuses, ["not-checked"; 3]);
    assert!(incomplete);
    assert_eq!(kinds, ["limit-exceeded"]);
    assert_good_passed_json(&json);
    // Under the default limit the same set is fully checked.
    let (code, json) = binary(&[&path], &[]);
    assert_eq!(code, 0, "{json:#}");
}

#[test]
fn holes_per_stencil_limit() {
    // Six `movabs rax, OPARG`.
    let mut code = Vec::new();
    let mut hostile = Hostile::new("_HOSTILE_MANY_HOLES", Vec::new());
    for i in 0..6u64 {
        code.extend_from_slice(&[0x48, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0]);
        hostile = hostile.hole(10 * i + 2, PatchKind::Abs64, HoleValue::Oparg, 0);
    }
    hostile.code = code;
    let path = set_with("holes", hostile);
    let report = verify_files(
        &[path.clone()],
        &config(|c| c.parse_limits.max_holes_per_stencil = 4),
    );
    let f = the_finding(&report, "_HOSTILE_MANY_HOLES", FindingKind::LimitExceeded);
    assert_eq!(f.span.line, line_of(&path, "patch_64(code + 0x2a"));
    assert_says(f, &["more than 4 holes in code", "--max-holes"]);
    assert_outcomes(&report, "_HOSTILE_MANY_HOLES", Status::NotChecked);
    assert!(report.incomplete());
    assert_good_verified(&report);

    let (code, json) = binary(&[&path], &["--max-holes", "4"]);
    assert_eq!(code, 1);
    let (statuses, incomplete, _) = json_view(&json, "_HOSTILE_MANY_HOLES");
    assert_eq!(statuses, ["not-checked"; 3]);
    assert!(incomplete);
    assert_good_passed_json(&json);
}

#[test]
fn stencils_per_file_limit() {
    // shim, the two good uops, then this one: the fourth emit function.
    let path = set_with("stencils", Hostile::new("_ONE_TOO_MANY", vec![0x90, 0x90]));
    let report = verify_files(&[path.clone()], &config(|c| c.parse_limits.max_groups = 3));
    let f = the_finding(&report, "_ONE_TOO_MANY", FindingKind::LimitExceeded);
    assert_eq!(f.span.line, line_of(&path, "emit__ONE_TOO_MANY("));
    assert_says(f, &["more than 3 emit functions", "--max-stencils"]);
    assert_outcomes(&report, "_ONE_TOO_MANY", Status::NotChecked);
    assert!(report.incomplete());
    assert_good_verified(&report);

    let (code, _) = binary(&[&path], &["--max-stencils", "3"]);
    assert_eq!(code, 1);
}

#[test]
fn instruction_budget_limit() {
    // nop; nop; jmp .
    let path = set_with(
        "budget",
        Hostile::new("_HOSTILE_SPIN", vec![0x90, 0x90, 0xeb, 0xfe]),
    );
    let report = verify_files(&[path.clone()], &config(|c| c.budget = 5000));
    let f = the_finding(&report, "_HOSTILE_SPIN", FindingKind::DidNotTerminate);
    assert_says(f, &["5000 instructions", "--budget", "at code+0x2"]);
    let sandbox = report
        .outcomes
        .iter()
        .find(|o| o.stencil == "_HOSTILE_SPIN" && o.check == CheckName::Sandbox)
        .unwrap();
    assert_eq!(sandbox.status, Status::Failed);
    assert_good_verified(&report);

    let (code, json) = binary(&[&path], &["--budget", "5000"]);
    assert_eq!(code, 1);
    let (_, _, kinds) = json_view(&json, "_HOSTILE_SPIN");
    assert_eq!(kinds, ["did-not-terminate"]);
    assert_good_passed_json(&json);
}

/// Writes to one page after another of the sandbox's lazily materialised
/// scratch region (which starts 0x2808 bytes above the x86-64 entry stack
/// pointer), forever.
fn page_walker() -> Hostile {
    let mut code = vec![0x48, 0x8d, 0x84, 0x24, 0x08, 0x28, 0x00, 0x00]; // lea rax, [rsp+0x2808]
    code.extend_from_slice(&[0x48, 0x89, 0x00]); // 8: mov [rax], rax
    code.extend_from_slice(&[0x48, 0x05, 0x00, 0x10, 0x00, 0x00]); // b: add rax, 0x1000
    code.extend_from_slice(&[0xeb, 0xf5]); // 11: jmp 8
    Hostile::new("_HOSTILE_MEMORY_HOG", code)
        .disassembly("0: 48 8d 84 24 08 28 00 00       leaq    0x2808(%rsp), %rax")
        .disassembly("8: 48 89 00                      movq    %rax, (%rax)")
        .disassembly("b: 48 05 00 10 00 00             addq    $0x1000, %rax")
        .disassembly("11: eb f5                         jmp     0x8")
}

#[test]
fn sandbox_memory_limit() {
    let path = set_with("memory", page_walker());
    let report = verify_files(&[path.clone()], &config(|c| c.max_sandbox_memory = 16384));
    let f = the_finding(&report, "_HOSTILE_MEMORY_HOG", FindingKind::LimitExceeded);
    assert_says(f, &["16384 bytes", "--max-sandbox-memory", "at code+0x8"]);
    assert!(
        f.context.as_deref().is_some_and(|c| c.contains("movq")),
        "{f:#?}"
    );
    let sandbox = report
        .outcomes
        .iter()
        .find(|o| o.stencil == "_HOSTILE_MEMORY_HOG" && o.check == CheckName::Sandbox)
        .unwrap();
    assert_eq!(sandbox.status, Status::NotChecked);
    assert!(report.incomplete());
    assert_good_verified(&report);

    // The default cap stops it too; a cap above the region's size lets it
    // run off the region's end, which is a plain violation.
    let report = verify_files(&[path.clone()], &config(|_| {}));
    the_finding(&report, "_HOSTILE_MEMORY_HOG", FindingKind::LimitExceeded);
    let report = verify_files(&[path.clone()], &config(|c| c.max_sandbox_memory = 4 << 20));
    the_finding(
        &report,
        "_HOSTILE_MEMORY_HOG",
        FindingKind::SandboxViolation,
    );

    let (code, json) = binary(&[&path], &["--max-sandbox-memory", "16384"]);
    assert_eq!(code, 1);
    let (statuses, incomplete, kinds) = json_view(&json, "_HOSTILE_MEMORY_HOG");
    assert!(statuses.contains(&"not-checked".to_owned()), "{statuses:?}");
    assert!(incomplete);
    assert_eq!(kinds, ["limit-exceeded"]);
    assert_good_passed_json(&json);
}

#[test]
fn wall_clock_limit() {
    // nop; nop; jmp . — with a budget large enough that only the clock
    // stops it (and that arms the emulator's own timer).
    let path = set_with(
        "timeout",
        Hostile::new("_HOSTILE_SLOW", vec![0x90, 0x90, 0xeb, 0xfe]),
    );
    let started = Instant::now();
    let (code, json) = binary(
        &[&path],
        &["--budget", "100000000000", "--run-timeout-ms", "300"],
    );
    // One trial times out; the others of that stencil are not run.
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(code, 1, "{json:#}");
    let (statuses, incomplete, kinds) = json_view(&json, "_HOSTILE_SLOW");
    assert!(statuses.contains(&"not-checked".to_owned()), "{statuses:?}");
    assert!(incomplete);
    assert_eq!(kinds, ["limit-exceeded"]);
    let message = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["stencil"] == "_HOSTILE_SLOW")
        .unwrap()["message"]
        .as_str()
        .unwrap()
        .to_owned();
    for part in ["300 ms", "--run-timeout-ms", "at code+0x2"] {
        assert!(message.contains(part), "`{part}` not in: {message}");
    }
    assert_good_passed_json(&json);
}
