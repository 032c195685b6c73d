//! Broken input next to good input: the good sets are verified in full, the
//! broken one is reported with its file and line, and the exit status says
//! that not everything was checked.

mod hostile_common;

use hostile_common::*;
use serde_json::Value;
use std::path::{Path, PathBuf};
use stencil_verify::target::Target;

const ARGS: [&str; 4] = ["--trials", "2", "--samples", "2"];

fn files_of(v: &Value, key: &str, file: &str) -> Vec<Value> {
    v[key]
        .as_array()
        .unwrap()
        .iter()
        .filter(|x| {
            let f = if key == "findings" {
                &x["span"]["file"]
            } else {
                &x["file"]
            };
            f == file
        })
        .cloned()
        .collect()
}

fn set_of(v: &Value, file: &str) -> Value {
    files_of(v, "sets", file)
        .pop()
        .unwrap_or_else(|| panic!("no set {file}: {v:#}"))
}

/// A good set is verified in full: complete, every outcome passed, no
/// finding.
fn assert_fully_verified(v: &Value, file: &Path) {
    let file = file.display().to_string();
    assert_eq!(set_of(v, &file)["incomplete"], false, "{file}");
    let outcomes = files_of(v, "outcomes", &file);
    assert!(outcomes.len() > 10, "{file}: {} outcomes", outcomes.len());
    for o in &outcomes {
        assert_eq!(o["status"], "passed", "{file}: {o:#}");
    }
    assert!(files_of(v, "findings", &file).is_empty(), "{file}");
}

fn copy_bundled(dir: &Path, target: Target) -> PathBuf {
    let to = dir.join(format!("{}.h", target.triple()));
    std::fs::copy(bundled("3.14", target), &to).unwrap();
    to
}

fn run(files: &[&Path], extra: &[&str]) -> (i32, Value) {
    let mut args: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
    args.extend(ARGS.iter().chain(extra).map(|s| s.to_string()));
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    run_json(&refs)
}

#[test]
fn a_corrupt_set_among_good_ones_is_reported_and_the_good_ones_are_verified() {
    let dir = scratch_dir("corrupt");
    let good: Vec<PathBuf> = [
        Target::X86_64Linux,
        Target::I686Windows,
        Target::Aarch64Linux,
    ]
    .into_iter()
    .map(|t| copy_bundled(&dir, t))
    .collect();
    // The darwin set with one line of an emit function replaced by garbage.
    let corrupt = dir.join("x86_64-apple-darwin.h");
    let text = std::fs::read_to_string(bundled("3.14", Target::X86_64Darwin)).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    let at = lines
        .iter()
        .enumerate()
        .skip(100)
        .find(|(_, l)| l.trim_start().starts_with("patch_"))
        .map(|(i, _)| i)
        .unwrap();
    lines[at] = "    patch_32r(code + 0x1c, ((( @@ corrupted";
    std::fs::write(&corrupt, lines.join("\n") + "\n").unwrap();
    let corrupt_line = at as u64 + 1;

    let mut files: Vec<&Path> = good.iter().map(PathBuf::as_path).collect();
    files.push(&corrupt);
    let (code, v) = run(&files, &[]);
    assert_eq!(code, 1, "{v:#}");
    for g in &good {
        assert_fully_verified(&v, g);
    }
    let corrupt_file = corrupt.display().to_string();
    assert_eq!(set_of(&v, &corrupt_file)["incomplete"], true);
    let findings = files_of(&v, "findings", &corrupt_file);
    assert!(
        findings
            .iter()
            .any(|f| f["span"]["line"] == corrupt_line && f["kind"] == "malformed-header"),
        "line {corrupt_line}: {findings:#?}"
    );
    // What was not checked is listed: the broken stencil, for every check.
    let broken = findings
        .iter()
        .find(|f| f["span"]["line"] == corrupt_line)
        .and_then(|f| f["stencil"].as_str())
        .expect("the finding names its stencil")
        .to_owned();
    let outcomes: Vec<_> = files_of(&v, "outcomes", &corrupt_file)
        .into_iter()
        .filter(|o| o["stencil"] == broken.as_str())
        .collect();
    assert_eq!(outcomes.len(), 4, "{broken}: {outcomes:#?}");
    assert!(outcomes.iter().all(|o| o["status"] == "not-checked"));

    // The text report says so too.
    let (code, stdout, _) = run_binary(&[
        &good[0].display().to_string(),
        &corrupt_file,
        "--trials",
        "2",
        "--samples",
        "2",
    ]);
    assert_eq!(code, 1);
    assert!(stdout.contains("NOT FULLY CHECKED"), "{stdout}");
    assert!(
        stdout.contains(&format!("{corrupt_file}:{corrupt_line}")),
        "{stdout}"
    );
}

#[test]
fn unreadable_files_are_reported_not_skipped() {
    let dir = scratch_dir("unreadable");
    let good = copy_bundled(&dir, Target::Aarch64Linux);
    // A directory where a header should be.
    let not_a_file = dir.join("x86_64-unknown-linux-gnu.h");
    std::fs::create_dir(&not_a_file).unwrap();
    let (code, v) = run(&[&good, &not_a_file], &["--checks", "structure,sandbox"]);
    assert_eq!(code, 1, "{v:#}");
    assert_fully_verified(&v, &good);
    let bad = not_a_file.display().to_string();
    assert_eq!(set_of(&v, &bad)["incomplete"], true);
    let findings = files_of(&v, "findings", &bad);
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert_eq!(findings[0]["kind"], "unreadable-file");
    assert!(findings[0]["message"]
        .as_str()
        .unwrap()
        .contains("cannot read"));
    // Alone, nothing could be checked at all: the tool could not run.
    let (code, _) = run(&[&not_a_file], &[]);
    assert_eq!(code, 2);

    // A file without read permission (not testable as root, who reads
    // anything).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let locked = dir.join("i686-pc-windows-msvc.h");
        std::fs::copy(bundled("3.14", Target::I686Windows), &locked).unwrap();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
        if std::fs::read(&locked).is_err() {
            let (code, v) = run(&[&good, &locked], &["--checks", "structure"]);
            assert_eq!(code, 1);
            let f = files_of(&v, "findings", &locked.display().to_string());
            assert_eq!(f.len(), 1, "{f:#?}");
            assert_eq!(f[0]["kind"], "unreadable-file");
        }
        let _ = std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o644));
    }
}

#[test]
fn a_failed_emulator_run_leaves_the_stencil_not_checked() {
    // A 17 MiB stencil (a nop, then zeros the header need not spell out):
    // more pages than the sandbox's page pool holds, so the emulator cannot
    // lay it out.
    let dir = scratch_dir("emulator-failure");
    let mut body = vec![0u8; 17 << 20];
    body[0] = 0x90;
    let set = with_hostile(
        base_set(Target::X86_64Linux, &GOOD),
        vec![Hostile::new("_HOSTILE_TOO_BIG_TO_MAP", body)],
    );
    let path = write_in(&dir, &set);
    let (code, v) = run(
        &[&path],
        &[
            "--checks",
            "structure,sandbox",
            "--max-body-bytes",
            "33554432",
        ],
    );
    assert_eq!(code, 1, "{v:#}");
    let file = path.display().to_string();
    assert_eq!(set_of(&v, &file)["incomplete"], true);
    let findings: Vec<_> = files_of(&v, "findings", &file);
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert_eq!(findings[0]["kind"], "sandbox-fault");
    assert_eq!(findings[0]["stencil"], "_HOSTILE_TOO_BIG_TO_MAP");
    assert!(
        findings[0]["message"]
            .as_str()
            .unwrap()
            .contains("cannot lay out the sandbox"),
        "{findings:#?}"
    );
    for o in files_of(&v, "outcomes", &file) {
        let expected = if o["stencil"] == "_HOSTILE_TOO_BIG_TO_MAP" && o["check"] == "sandbox" {
            "not-checked"
        } else {
            "passed"
        };
        assert_eq!(o["status"], expected, "{o:#}");
    }
}
