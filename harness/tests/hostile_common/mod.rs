//! Building hostile stencil sets for the `hostile_*` tests: a bundled 3.14
//! set (for its shim, from which the sandbox derives the entry state) cut
//! down to a few well-behaved uops, plus hand-assembled groups.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU32, Ordering};
use stencil_verify::model::{
    Comment, Group, GroupRole, Hole, HoleOperand, HoleValue, PatchKind, Shape, StencilSet,
    TableRow, ValueExpr,
};
use stencil_verify::parse::{parse_set, ParseLimits};
use stencil_verify::run::{CheckName, Report, RunConfig, Status};
use stencil_verify::target::Target;
use stencil_verify::write::{stencil_for, write_set};

/// The well-behaved uops kept next to the hostile ones (every target has
/// them); they must come out verified.
pub const GOOD: [&str; 2] = ["_SWAP", "_BINARY_OP_ADD_INT"];

pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

pub fn bundled(shape: &str, target: Target) -> PathBuf {
    repo()
        .join("cases/stencils")
        .join(shape)
        .join(format!("{}.h", target.triple()))
}

/// A fresh empty directory for one test's files.
pub fn scratch_dir(test: &str) -> PathBuf {
    static N: AtomicU32 = AtomicU32::new(0);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "hostile-{test}-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create the test directory");
    dir
}

/// The bundled 3.14 set of `target` with only its shim and `keep`.
pub fn base_set(target: Target, keep: &[&str]) -> StencilSet {
    let path = bundled("3.14", target);
    let text = std::fs::read_to_string(&path).expect("read a bundled set");
    let mut set = parse_set(
        &path.display().to_string(),
        &text,
        target,
        &ParseLimits::default(),
    )
    .set
    .expect("a bundled set parses");
    set.groups
        .retain(|g| g.role == GroupRole::Shim || keep.contains(&g.name.as_str()));
    set
}

/// A hand-assembled uop: its code, data and code holes, and the disassembly
/// comments (`"2: 0f 05  syscall"`) a header carries.
pub struct Hostile {
    pub name: &'static str,
    pub code: Vec<u8>,
    pub data: Vec<u8>,
    /// (offset, patch kind, value base, addend)
    pub holes: Vec<(u64, PatchKind, HoleValue, i64)>,
    pub disassembly: Vec<String>,
}

impl Hostile {
    pub fn new(name: &'static str, code: Vec<u8>) -> Hostile {
        Hostile {
            name,
            code,
            data: Vec::new(),
            holes: Vec::new(),
            disassembly: Vec::new(),
        }
    }

    pub fn data(mut self, data: Vec<u8>) -> Hostile {
        self.data = data;
        self
    }

    pub fn hole(mut self, offset: u64, kind: PatchKind, base: HoleValue, addend: i64) -> Hostile {
        self.holes.push((offset, kind, base, addend));
        self
    }

    pub fn disassembly(mut self, line: &str) -> Hostile {
        self.disassembly.push(line.to_owned());
        self
    }
}

/// `set` with the hostile groups appended (and a table row for each).
pub fn with_hostile(mut set: StencilSet, hostile: Vec<Hostile>) -> StencilSet {
    let span = set.groups[0].span.clone();
    let mask = set
        .groups
        .iter()
        .find_map(|g| g.table.as_ref())
        .and_then(|r| r.trampoline_mask.clone())
        .map(|m| vec![0; m.len()]);
    for h in hostile {
        let holes = h
            .holes
            .iter()
            .map(|&(offset, kind, base, addend)| Hole {
                offset,
                kind,
                operand: HoleOperand::Value(ValueExpr::new(base, None, addend)),
                line: 0,
            })
            .collect();
        let comments = h
            .disassembly
            .iter()
            .map(|text| Comment {
                line: 0,
                text: text.clone(),
            })
            .collect();
        let code = stencil_for(set.shape, h.code.clone(), holes, comments);
        let data = stencil_for(set.shape, h.data.clone(), Vec::new(), Vec::new());
        set.groups.push(Group {
            name: h.name.to_owned(),
            role: GroupRole::Uop,
            span: span.clone(),
            code,
            data,
            table: Some(TableRow {
                index: h.name.to_owned(),
                emit: format!("emit_{}", h.name),
                code_size: h.code.len() as u64,
                data_size: h.data.len() as u64,
                trampoline_mask: mask.clone(),
                got_mask: None,
                span: span.clone(),
            }),
        });
    }
    assert_eq!(set.shape, Shape::V314);
    set
}

/// Writes `set` as `<dir>/<triple>.h` and returns the path.
pub fn write_in(dir: &Path, set: &StencilSet) -> PathBuf {
    let path = dir.join(format!("{}.h", set.target.triple()));
    std::fs::write(&path, write_set(set)).expect("write the test set");
    path
}

/// A quick configuration of the given checks.
pub fn quick(checks: &[CheckName]) -> RunConfig {
    RunConfig {
        checks: checks.to_vec(),
        trials: 2,
        samples: 2,
        seed: 0x4057_11e5,
        ..RunConfig::default()
    }
}

/// The line of `needle` in the header at `path` (1-based).
pub fn line_of(path: &Path, needle: &str) -> u32 {
    let text = std::fs::read_to_string(path).expect("read");
    text.lines()
        .position(|l| l.contains(needle))
        .map(|i| i as u32 + 1)
        .unwrap_or_else(|| panic!("`{needle}` not in {}", path.display()))
}

/// Every outcome of `stencil` in `report` has `status`, and every check run
/// has one.
pub fn assert_outcomes(report: &Report, stencil: &str, status: Status) {
    let mine: Vec<_> = report
        .outcomes
        .iter()
        .filter(|o| o.stencil == stencil)
        .collect();
    for check in &report.checks {
        assert!(
            mine.iter().any(|o| o.check == *check),
            "{stencil}: no {check:?} outcome: {mine:#?}"
        );
    }
    assert!(
        mine.iter().all(|o| o.status == status),
        "{stencil} must be {status:?}: {mine:#?}"
    );
}

/// The outcomes of the kept well-behaved uops (and the shim's derivation)
/// are all passed.
pub fn assert_good_verified(report: &Report) {
    for good in GOOD {
        assert_outcomes(report, good, Status::Passed);
    }
    for f in &report.findings {
        assert!(
            !f.stencil
                .as_deref()
                .is_some_and(|s| GOOD.contains(&s) || s == "shim"),
            "a finding about a well-behaved stencil: {f:#?}"
        );
    }
}

/// Runs the binary; returns (exit code, stdout, stderr).
pub fn run_binary(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_stencil-verify"))
        .args(args)
        .output()
        .expect("run stencil-verify");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The JSON report of a binary run with `args` (`--format json`).
pub fn run_json(args: &[&str]) -> (i32, serde_json::Value) {
    let mut all = args.to_vec();
    all.extend(["--format", "json"]);
    let (code, stdout, stderr) = run_binary(&all);
    let json = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}\nstderr: {stderr}"));
    (code, json)
}

/// x86 `nop`s then `bytes`: the instruction under test at offset `pad`.
pub fn after_nops(pad: usize, bytes: &[u8]) -> Vec<u8> {
    let mut v = vec![0x90; pad];
    v.extend_from_slice(bytes);
    v
}

/// AArch64 words, little endian.
pub fn words(ws: &[u32]) -> Vec<u8> {
    ws.iter().flat_map(|w| w.to_le_bytes()).collect()
}

pub const A64_NOP: u32 = 0xd503_201f;
