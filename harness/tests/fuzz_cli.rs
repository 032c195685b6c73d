//! `stencil-verify fuzz` on the command line, next to the top-level forms
//! (`stencil-verify --all`, `stencil-verify FILE...`), which must still parse.

use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_stencil-verify"))
}

fn run(args: &[&str]) -> (i32, String, String) {
    let out = bin().args(args).output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn fuzz_subcommand_runs_and_reports_per_kind() {
    let (code, out, err) = run(&[
        "fuzz",
        "--target",
        "aarch64-apple-darwin",
        "--patch",
        "patch_aarch64_26r,patch_aarch64_33rx",
        "--cases",
        "300",
        "--seed",
        "0x1234",
    ]);
    assert_eq!(code, 0, "{out}\n{err}");
    assert!(
        out.contains("patch_aarch64_26r") && out.contains("patch_aarch64_33rx"),
        "{out}"
    );
    assert!(out.contains("cases/s"), "{out}");
    assert!(out.contains("total: 600 cases, 0 failures"), "{out}");
    // Deterministic: the same command prints the same per-kind notes.
    let (_, again, _) = run(&[
        "fuzz",
        "--target",
        "aarch64-apple-darwin",
        "--patch",
        "patch_aarch64_26r,patch_aarch64_33rx",
        "--cases",
        "300",
        "--seed",
        "0x1234",
    ]);
    let notes = |s: &str| -> Vec<String> {
        s.lines()
            .filter(|l| l.starts_with("aarch64"))
            .map(|l| l.split("  ").filter(|x| x.contains("ran ")).collect())
            .collect()
    };
    assert_eq!(notes(&out), notes(&again));
}

#[test]
fn fuzz_rejects_unknown_names() {
    let (code, _, err) = run(&["fuzz", "--patch", "patch_nope", "--cases", "1"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown patch function `patch_nope`"), "{err}");
    let (code, _, err) = run(&["fuzz", "--target", "riscv64-linux", "--cases", "1"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown target"), "{err}");
    let (code, _, err) = run(&[
        "fuzz",
        "--target",
        "i686-pc-windows-msvc",
        "--patch",
        "patch_aarch64_26r",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("is not a patch function of i686"), "{err}");
}

#[test]
fn top_level_all_still_parses() {
    let empty = std::env::temp_dir().join(format!("sv-fuzz-cli-empty-{}", std::process::id()));
    std::fs::create_dir_all(&empty).unwrap();
    let (code, out, err) = run(&["--all", "--stencils", empty.to_str().unwrap()]);
    // Parsed as the top-level --all (no usage error): it looked for sets.
    assert_eq!(code, 2, "{out}\n{err}");
    assert!(err.contains("no stencil sets"), "{err}");
    assert!(!err.contains("Usage:"), "{err}");
    let _ = std::fs::remove_dir(&empty);
}

#[test]
fn top_level_files_still_parse() {
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/loader/v314/x86_64-unknown-linux-gnu.h"
    );
    let (code, out, err) = run(&[fixture, "--checks", "structure", "--format", "json"]);
    assert!(code == 0 || code == 1, "{code}\n{out}\n{err}");
    assert!(!err.contains("Usage:"), "{err}");
    assert!(out.contains("x86_64-unknown-linux-gnu"), "{out}");
    // A file that happens to be named like the subcommand is reachable as a path.
    let (code, _, err) = run(&["./fuzz-not-a-subcommand.h"]);
    assert_ne!(code, 0);
    assert!(!err.contains("Usage:"), "{err}");
}
