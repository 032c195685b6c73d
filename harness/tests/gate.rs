//! The gate (`--baseline`) and `--shard`, through the binary: the bundled
//! sets against themselves, the bytes-only and behaviour-change rebuilds of
//! cases/gate/, stencils on one side only, and shard selection.
//!
//! Runs use few trials and samples, and most select `--checks
//! structure,sandbox`: the gate's own trials do not depend on the selected
//! checks, and the other checks are under test elsewhere.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;
use stencil_verify::gate::GateStatus;
use stencil_verify::parse::{parse_set, ParseLimits};
use stencil_verify::target::Target;
use stencil_verify::write::write_set;

const X86: &str = "x86_64-unknown-linux-gnu";
const ARM: &str = "aarch64-unknown-linux-gnu";
const FAST: &[&str] = &[
    "--trials",
    "4",
    "--samples",
    "4",
    "--checks",
    "structure,sandbox",
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}\n{}", self.stdout, self.stderr))
    }
}

/// Runs the binary from the workspace root.
fn run(args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_stencil-verify"))
        .current_dir(root())
        .args(args)
        .output()
        .expect("the stencil-verify binary runs");
    Run {
        code: out.status.code().expect("an exit code"),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn with_fast<'a>(args: &[&'a str]) -> Vec<&'a str> {
    let mut v = args.to_vec();
    v.extend_from_slice(FAST);
    v
}

/// The JSON report validates against reports/schema.json.
fn validate(json: &Value) {
    let path = root().join("reports/schema.json");
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let validator = jsonschema::draft202012::new(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(json)
        .map(|e| format!("{e} at {}", e.instance_path))
        .collect();
    assert!(errors.is_empty(), "schema: {}", errors.join("\n"));
}

fn gate(json: &Value) -> &Vec<Value> {
    json["gate"].as_array().expect("a gate array")
}

fn entries<'a>(json: &'a Value, status: &str) -> Vec<&'a Value> {
    gate(json)
        .iter()
        .filter(|e| e["status"] == status)
        .collect()
}

fn names(entries: &[&Value], target: &str) -> Vec<String> {
    entries
        .iter()
        .filter(|e| e["target"] == target)
        .map(|e| e["stencil"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn gate_against_itself_is_all_unchanged() {
    // Every check, as `--all` runs them, with few trials and samples.
    let r = run(&[
        "--all",
        "--stencils",
        "cases/stencils/3.14",
        "--baseline",
        "cases/stencils/3.14",
        "--strict",
        "--trials",
        "4",
        "--samples",
        "4",
        "--format",
        "json",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let json = r.json();
    validate(&json);
    let g = gate(&json);
    let groups: u64 = json["sets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["groups"].as_u64().unwrap())
        .sum();
    assert_eq!(g.len() as u64, groups, "one entry per stencil and target");
    assert!(g.iter().all(|e| e["status"] == "unchanged"));
    assert!(g
        .iter()
        .all(|e| e.get("first_difference").is_none() && e.get("diff").is_none()));
    // Deterministic order: target, shape, stencil.
    let keys: Vec<(String, String, String)> = g
        .iter()
        .map(|e| {
            (
                e["target"].as_str().unwrap().to_owned(),
                e["shape"].as_str().unwrap().to_owned(),
                e["stencil"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);

    // The text report: one line per target with the counts.
    let text = run(&with_fast(&[
        "--all",
        "--stencils",
        "cases/stencils/3.14",
        "--baseline",
        "cases/stencils/3.14",
    ]));
    assert_eq!(text.code, 0, "{}", text.stderr);
    for t in Target::ALL {
        let line = text
            .stdout
            .lines()
            .find(|l| l.trim_start().starts_with(t.triple()) && l.contains("unchanged"))
            .unwrap_or_else(|| panic!("a gate line for {t}:\n{}", text.stdout));
        assert!(
            line.contains("0 bytes-changed, 0 behaviour-changed, 0 added, 0 removed"),
            "{line}"
        );
    }
}

#[test]
fn bytes_only_rebuild_is_bytes_changed() {
    let r = run(&with_fast(&[
        "cases/gate/bytes-only/3.14/aarch64-unknown-linux-gnu.h",
        "cases/gate/bytes-only/3.14/x86_64-unknown-linux-gnu.h",
        "--baseline",
        "cases/stencils/3.14",
        "--strict",
        "--format",
        "json",
    ]));
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    let json = r.json();
    validate(&json);
    let changed = entries(&json, "bytes-changed");
    for (target, uops) in [
        (X86, &["_BINARY_OP", "_BUILD_SUM", "_COPY"][..]),
        (ARM, &["_BINARY_OP", "_BUILD_SUM"][..]),
    ] {
        assert_eq!(names(&changed, target), uops, "bytes-changed on {target}");
    }
    for status in ["behaviour-changed", "added", "removed"] {
        assert!(
            entries(&json, status).is_empty(),
            "{status}: {:?}",
            entries(&json, status)
        );
    }
    // Named files: only their triples are compared with the baseline.
    let targets: std::collections::BTreeSet<&str> = gate(&json)
        .iter()
        .map(|e| e["target"].as_str().unwrap())
        .collect();
    assert_eq!(targets.into_iter().collect::<Vec<_>>(), [ARM, X86]);
}

#[test]
fn behaviour_change_names_the_first_differing_event() {
    let files = [
        "cases/gate/behaviour-change/3.14/aarch64-unknown-linux-gnu.h",
        "cases/gate/behaviour-change/3.14/x86_64-unknown-linux-gnu.h",
    ];
    let mut args = files.to_vec();
    args.extend(["--baseline", "cases/stencils/3.14", "--format", "json"]);
    let r = run(&with_fast(&args));
    assert_eq!(r.code, 0, "without --strict: {}", r.stderr);
    let json = r.json();
    validate(&json);
    let changed = entries(&json, "behaviour-changed");
    for target in [ARM, X86] {
        assert_eq!(
            names(&changed, target),
            ["_LOAD_CONST_INLINE", "_TO_BOOL_INT"],
            "{target}"
        );
    }
    assert!(entries(&json, "bytes-changed").is_empty());
    for e in &changed {
        let first = e["first_difference"].as_str().unwrap();
        let diff = e["diff"].as_str().unwrap();
        assert!(first.starts_with("trial "), "{first}");
        if e["stencil"] == "_TO_BOOL_INT" {
            assert!(
                first.contains("is `call PyEggs_Check(")
                    && first.contains("in the baseline but `call PyRef_Dup("),
                "{first}"
            );
            assert!(diff.contains("- call PyEggs_Check("), "{diff}");
            assert!(diff.contains("+ call PyRef_Dup("), "{diff}");
        } else {
            assert!(
                first.contains("= OPERAND0+0x1` in the baseline but `")
                    && first.contains("= OPERAND0+0x3` now"),
                "{first}"
            );
        }
    }

    // --strict fails on it; the text names the event; JUnit shows a failure.
    let dir = scratch("behaviour");
    let junit = dir.join("gate.xml");
    let html = dir.join("gate.html");
    let mut args = files.to_vec();
    args.extend(["--baseline", "cases/stencils/3.14", "--strict"]);
    let (junit_s, html_s) = (junit.display().to_string(), html.display().to_string());
    args.extend(["--junit", &junit_s, "--html", &html_s]);
    let strict = run(&with_fast(&args));
    assert_eq!(strict.code, 1, "with --strict: {}", strict.stdout);
    assert!(
        strict
            .stdout
            .contains("behaviour-changed[_TO_BOOL_INT]: x86_64-unknown-linux-gnu 3.14: trial 0"),
        "{}",
        strict.stdout
    );
    assert!(strict.stdout.contains("     - call PyEggs_Check("));
    let xml = std::fs::read_to_string(&junit).unwrap();
    let doc = roxmltree::Document::parse(&xml).expect("JUnit parses");
    let suite = doc
        .descendants()
        .find(|n| n.has_tag_name("testsuite") && n.attribute("name") == Some("gate"))
        .expect("a gate suite");
    assert_eq!(suite.attribute("failures"), Some("4"));
    let case = suite
        .children()
        .find(|n| {
            n.attribute("classname") == Some("x86_64-unknown-linux-gnu.3.14.gate")
                && n.attribute("name") == Some("_TO_BOOL_INT")
        })
        .expect("a gate case");
    let failure = case
        .children()
        .find(|n| n.has_tag_name("failure"))
        .expect("a failure under --strict");
    assert_eq!(failure.attribute("type"), Some("behaviour-changed"));
    assert!(failure.text().unwrap().contains("+ call PyRef_Dup("));
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains("id=\"gate\"") && page.contains("_TO_BOOL_INT"));
    assert!(page.contains("<span class=\"add\">+ call PyRef_Dup("));

    // Without --strict the JUnit case passes, with the diff in system-out.
    let mut args = files.to_vec();
    args.extend(["--baseline", "cases/stencils/3.14", "--junit", &junit_s]);
    assert_eq!(run(&with_fast(&args)).code, 0);
    let xml = std::fs::read_to_string(&junit).unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let suite = doc
        .descendants()
        .find(|n| n.has_tag_name("testsuite") && n.attribute("name") == Some("gate"))
        .unwrap();
    assert_eq!(suite.attribute("failures"), Some("0"));
    assert!(xml.contains("<system-out>behaviour-changed[_TO_BOOL_INT]"));
    let _ = std::fs::remove_dir_all(dir);
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sv-gate-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The bundled x86-64 Linux 3.14 set without `uop`, written to
/// `dir/<triple>.h`.
fn without(uop: &str, dir: &Path) -> PathBuf {
    let path = root().join(format!("cases/stencils/3.14/{X86}.h"));
    let text = std::fs::read_to_string(&path).unwrap();
    let parsed = parse_set(
        &path.display().to_string(),
        &text,
        Target::X86_64Linux,
        &ParseLimits::default(),
    );
    let mut set = parsed.set.unwrap();
    let before = set.groups.len();
    set.groups.retain(|g| g.name != uop);
    assert_eq!(set.groups.len(), before - 1, "{uop} was in the set");
    std::fs::create_dir_all(dir).unwrap();
    let out = dir.join(format!("{X86}.h"));
    std::fs::write(&out, write_set(&set)).unwrap();
    out
}

#[test]
fn stencils_on_one_side_are_added_or_removed() {
    let dir = scratch("sides");
    let baseline = without("_SWAP", &dir.join("base"));
    let current = without("_COPY", &dir.join("head"));
    let (b, c) = (
        baseline.display().to_string(),
        current.display().to_string(),
    );
    let r = run(&with_fast(&[&c, "--baseline", &b, "--format", "json"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let json = r.json();
    validate(&json);
    assert_eq!(names(&entries(&json, "added"), X86), ["_SWAP"]);
    assert_eq!(names(&entries(&json, "removed"), X86), ["_COPY"]);
    assert!(entries(&json, "bytes-changed").is_empty());
    assert!(entries(&json, "behaviour-changed").is_empty());
    assert_eq!(entries(&json, "unchanged").len(), gate(&json).len() - 2);

    // --all against a baseline with more triples: the missing ones' stencils
    // are removed, and their shape is the baseline's.
    let r = run(&with_fast(&[
        "--all",
        "--stencils",
        &dir.join("head").display().to_string(),
        "--baseline",
        "cases/stencils/3.14",
        "--format",
        "json",
    ]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let json = r.json();
    let removed = entries(&json, "removed");
    assert_eq!(names(&removed, X86), ["_COPY"]);
    assert_eq!(names(&removed, ARM).len(), 34);
    assert!(removed.iter().all(|e| e["shape"] == "3.14"));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn baseline_sets_match_by_shape_when_a_triple_has_several() {
    // Current: x86-64 Linux in all three shapes; baseline: the 3.14 one
    // only. The 3.14 set matches it; 3.13 and 3.15 have no baseline.
    let r = run(&with_fast(&[
        "cases/stencils/3.13/x86_64-unknown-linux-gnu.h",
        "cases/stencils/3.14/x86_64-unknown-linux-gnu.h",
        "cases/stencils/3.15/x86_64-unknown-linux-gnu.h",
        "--baseline",
        "cases/stencils/3.14/x86_64-unknown-linux-gnu.h",
        "--format",
        "json",
    ]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let json = r.json();
    for e in gate(&json) {
        let expected = if e["shape"] == "3.14" {
            "unchanged"
        } else {
            "added"
        };
        assert_eq!(e["status"], expected, "{e}");
    }
    // One set per triple on each side: matched by triple across shapes.
    let r = run(&with_fast(&[
        "cases/stencils/3.15/x86_64-unknown-linux-gnu.h",
        "--baseline",
        "cases/stencils/3.14/x86_64-unknown-linux-gnu.h",
        "--format",
        "json",
    ]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let json = r.json();
    assert!(entries(&json, "added").is_empty() && entries(&json, "removed").is_empty());
    assert!(entries(&json, "behaviour-changed").is_empty());
}

#[test]
fn shard_selects_triples() {
    let sets = |args: &[&str]| -> Vec<String> {
        let mut a = vec!["--all", "--stencils", "cases/stencils/3.14"];
        a.extend_from_slice(args);
        a.extend(["--checks", "structure", "--format", "json"]);
        let r = run(&a);
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
        r.json()["sets"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["target"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(sets(&["--shard", "7/7"]), [X86]);
    assert_eq!(sets(&["--shard", "1/7"]), ["aarch64-apple-darwin"]);
    let mut third = sets(&["--shard", "1/3"]);
    third.sort();
    assert_eq!(
        third,
        ["aarch64-apple-darwin", "i686-pc-windows-msvc", X86],
        "indexes 0, 3 and 6 of the sorted triples"
    );
    let mut all = Vec::new();
    for i in 1..=3 {
        all.extend(sets(&["--shard", &format!("{i}/3")]));
    }
    all.sort();
    let mut expected: Vec<String> = Target::ALL.iter().map(|t| t.triple().to_owned()).collect();
    expected.sort();
    assert_eq!(all, expected, "the shards partition the triples");
    assert_eq!(sets(&["--shard", "1/1"]).len(), 7);

    // The gate of a shard covers its triples only, on both sides.
    let r = run(&with_fast(&[
        "--all",
        "--stencils",
        "cases/stencils/3.14",
        "--baseline",
        "cases/stencils/3.14",
        "--shard",
        "3/7",
        "--format",
        "json",
    ]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let json = r.json();
    assert!(gate(&json).iter().all(|e| e["target"] == ARM));
    assert_eq!(entries(&json, "unchanged").len(), 34);

    // A shard whose triples have no set given: nothing to do, not an error.
    let r = run(&[
        "cases/stencils/3.14/x86_64-unknown-linux-gnu.h",
        "--shard",
        "1/7",
        "--checks",
        "structure",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("shard 1/7 (aarch64-apple-darwin) has none of the sets given"),
        "{}",
        r.stderr
    );
}

#[test]
fn bad_shards_exit_2_with_the_reason() {
    for (value, says) in [
        ("7", "--shard `7`: expected `i/n` with 1 <= i <= n"),
        (
            "0/7",
            "--shard `0/7`: the shard index must be between 1 and 7",
        ),
        (
            "8/7",
            "--shard `8/7`: the shard index must be between 1 and 7",
        ),
        ("1/0", "--shard `1/0`: the shard count must be at least 1"),
        ("1/8", "--shard `1/8`: there are only 7 target triples"),
        (
            "x/7",
            "--shard `x/7`: the shard index `x` is not a whole number",
        ),
        (
            "1/",
            "--shard `1/`: the shard count `` is not a whole number",
        ),
    ] {
        let r = run(&[
            "--all",
            "--stencils",
            "cases/stencils/3.14",
            "--shard",
            value,
        ]);
        assert_eq!(r.code, 2, "--shard {value}: {}", r.stderr);
        assert!(r.stderr.contains(says), "--shard {value}: {}", r.stderr);
        assert!(r.stdout.is_empty(), "nothing verified: {}", r.stdout);
    }
}

#[test]
fn gate_usage_errors_exit_2() {
    // --strict needs --baseline.
    let r = run(&["--all", "--stencils", "cases/stencils/3.14", "--strict"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("--baseline"), "{}", r.stderr);
    // A baseline directory without sets.
    let dir = scratch("empty-baseline");
    let d = dir.display().to_string();
    let r = run(&[
        "--all",
        "--stencils",
        "cases/stencils/3.14",
        "--baseline",
        &d,
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("no baseline stencil sets"),
        "{}",
        r.stderr
    );
    // A baseline that does not parse cleanly is not compared with.
    std::fs::write(dir.join(format!("{X86}.h")), "this is not a header\n").unwrap();
    let r = run(&[
        "cases/stencils/3.14/x86_64-unknown-linux-gnu.h",
        "--baseline",
        &d,
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("cannot use the baseline"), "{}", r.stderr);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn gate_statuses_are_the_schema_enum() {
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(root().join("reports/schema.json")).unwrap())
            .unwrap();
    let schema_enum: Vec<&str> = schema["$defs"]["gateEntry"]["properties"]["status"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let tool: Vec<&str> = GateStatus::ALL.iter().map(|s| s.name()).collect();
    assert_eq!(schema_enum, tool);
}
