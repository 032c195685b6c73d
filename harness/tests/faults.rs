//! Fault injection on the bundled sets: every injected fault must be
//! reported on the stencil it was injected into, and the unmodified sets must
//! produce no finding at all.

use stencil_verify::check::oracle::{self, OracleConfig};
use stencil_verify::check::structure;
use stencil_verify::fault::{self, FaultKind, InjectedFault};
use stencil_verify::finding::{Finding, FindingKind, Severity};
use stencil_verify::model::{PatchKind, StencilSet};
use stencil_verify::parse::{parse_set, ParseLimits};
use stencil_verify::patch::Encoders;
use stencil_verify::seed::item_rng;
use stencil_verify::target::Target;

const SEED: u64 = 0xfa17_0001;
/// Random sites per fault kind and target.
const TRIALS: u32 = 8;

fn bundled(shape: &str) -> Vec<StencilSet> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../cases/stencils")
        .join(shape);
    Target::ALL
        .iter()
        .map(|t| {
            let path = dir.join(format!("{}.h", t.triple()));
            let text = std::fs::read_to_string(&path).expect("bundled set");
            let outcome = parse_set(
                &path.display().to_string(),
                &text,
                *t,
                &ParseLimits::default(),
            );
            assert!(outcome.findings.is_empty(), "{:?}", outcome.findings);
            outcome.set.expect("parsed")
        })
        .collect()
}

/// Structure and oracle findings (errors) on one group of a set.
fn errors_on(set: &StencilSet, group: &str, encoders: Encoders) -> Vec<Finding> {
    let mut one = set.clone();
    one.groups.retain(|g| g.name == group);
    let mut found = structure::check_set(&one);
    let config = OracleConfig {
        samples: 8,
        seed: SEED,
        encoders,
    };
    found.extend(oracle::check_set(&one, &config).0);
    found
        .into_iter()
        .filter(|f| f.severity == Severity::Error && f.stencil.as_deref() == Some(group))
        .collect()
}

/// Injects `kind` at random sites of every bundled 3.14 set and returns the
/// faults no check reported, and how many were injected.
fn inject_all(kind: FaultKind) -> (Vec<(Target, InjectedFault)>, u32) {
    let mut missed = Vec::new();
    let mut injected = 0;
    for set in bundled("3.14") {
        for trial in 0..TRIALS {
            let mut mutated = set.clone();
            let mut rng = item_rng(
                SEED,
                &[
                    "fault-test",
                    set.target.triple(),
                    kind.name(),
                    &trial.to_string(),
                ],
            );
            let Some(fault) = fault::inject(&mut mutated, kind, &mut rng) else {
                continue;
            };
            injected += 1;
            if errors_on(&mutated, &fault.group, Encoders::REAL).is_empty() {
                missed.push((set.target, fault));
            }
        }
    }
    (missed, injected)
}

fn assert_all_flagged(kind: FaultKind, minimum: u32) {
    let (missed, injected) = inject_all(kind);
    assert!(
        injected >= minimum,
        "only {injected} {} faults could be injected",
        kind.name()
    );
    assert!(
        missed.is_empty(),
        "{} of {injected} {} faults went unreported: {missed:#?}",
        missed.len(),
        kind.name()
    );
}

#[test]
fn hole_offset_shifts_are_flagged() {
    assert_all_flagged(FaultKind::HoleOffsetShift, 7 * TRIALS);
}

#[test]
fn wrong_patch_kinds_are_flagged() {
    assert_all_flagged(FaultKind::WrongPatchKind, 7 * TRIALS);
}

#[test]
fn wrong_addends_are_flagged() {
    assert_all_flagged(FaultKind::WrongAddend, 7 * TRIALS);
}

#[test]
fn table_size_mismatches_are_flagged() {
    assert_all_flagged(FaultKind::TableSizeMismatch, 7 * TRIALS);
}

#[test]
fn wrong_instruction_classes_are_flagged() {
    assert_all_flagged(FaultKind::WrongInstructionClass, 7 * TRIALS);
}

#[test]
fn values_the_encoding_cannot_hold_are_flagged() {
    // Only targets with direct rel32/26r/19r exits have sites; i686 reaches
    // every address.
    assert_all_flagged(FaultKind::UnreachableValue, 3 * TRIALS);
    // And they are reported as out of range, saying what a release build does.
    let mut set = bundled("3.14").remove(0);
    let mut rng = item_rng(SEED, &["unreachable"]);
    let fault = fault::inject(&mut set, FaultKind::UnreachableValue, &mut rng).expect("site");
    let found = errors_on(&set, &fault.group, Encoders::REAL);
    let f = found
        .iter()
        .find(|f| f.kind == FindingKind::ValueOutOfRange)
        .unwrap_or_else(|| panic!("no value-out-of-range finding: {found:#?}"));
    assert!(f.message.contains("placed far"), "{}", f.message);
    assert!(f.message.contains("release build"), "{}", f.message);
}

#[test]
fn unmodified_sets_have_no_findings() {
    for shape in ["3.13", "3.14", "3.15"] {
        for set in bundled(shape) {
            let mut found = structure::check_set(&set);
            let config = OracleConfig {
                samples: 8,
                seed: SEED,
                encoders: Encoders::REAL,
            };
            found.extend(oracle::check_set(&set, &config).0);
            assert!(found.is_empty(), "{shape} {}: {found:#?}", set.target);
        }
    }
}

// ---- deliberately wrong encoders, plugged into the patcher ------------------

fn adrp_immlo_immhi_swapped(word: u32, pages: i64) -> u32 {
    let p = pages as u64;
    let (lo, hi) = ((p & 3) as u32, ((p >> 2) & 0x7ffff) as u32);
    // immhi's low two bits go where immlo belongs, and immlo into immhi.
    (word & 0x9f00_001f) | ((hi & 3) << 29) | ((lo | (hi & !3)) << 5)
}

fn branch26_without_divide(word: u32, delta: i64) -> u32 {
    (word & 0xfc00_0000) | (delta as u32 & 0x03ff_ffff)
}

fn rel32_from_instruction_end(location: u64, value: u64) -> u32 {
    value.wrapping_sub(location + 4) as u32
}

fn lo12_without_scale(word: u32, value: u64) -> u32 {
    (word & 0xffc0_03ff) | (((value & 0xfff) as u32) << 10)
}

fn mov16_always_chunk0(word: u32, value: u64, chunk: u8) -> u32 {
    let _ = chunk;
    (word & 0xffe0_001f) | (((value & 0xffff) as u32) << 5)
}

/// Runs the oracle with `encoders` on every group of the bundled sets that
/// has a hole of `kind`; returns the relocation mismatches found.
fn caught_with(encoders: Encoders, kinds: &[PatchKind]) -> Vec<Finding> {
    let mut found = Vec::new();
    for shape in ["3.13", "3.14"] {
        for mut set in bundled(shape) {
            set.groups
                .retain(|g| g.code.holes.iter().any(|h| kinds.contains(&h.kind)));
            if set.groups.is_empty() {
                continue;
            }
            let config = OracleConfig {
                samples: 4,
                seed: SEED,
                encoders,
            };
            found.extend(
                oracle::check_set(&set, &config)
                    .0
                    .into_iter()
                    .filter(|f| f.kind == FindingKind::RelocationMismatch),
            );
        }
    }
    found
}

#[test]
fn the_oracle_catches_adrp_fields_swapped() {
    let enc = Encoders {
        page21: adrp_immlo_immhi_swapped,
        ..Encoders::REAL
    };
    let found = caught_with(
        enc,
        &[
            PatchKind::Aarch64Page21,
            PatchKind::Aarch64Page21x,
            PatchKind::Aarch64Pair33x,
        ],
    );
    assert!(!found.is_empty());
    assert!(
        found
            .iter()
            .any(|f| f.message.contains("ADRP") || f.message.contains("pair")),
        "{found:#?}"
    );
}

#[test]
fn the_oracle_catches_branch26_without_divide() {
    let enc = Encoders {
        branch26: branch26_without_divide,
        ..Encoders::REAL
    };
    let found = caught_with(
        enc,
        &[PatchKind::Aarch64Branch26, PatchKind::Aarch64Trampoline],
    );
    assert!(
        found.iter().any(|f| f.message.contains("instead of")),
        "{found:#?}"
    );
}

#[test]
fn the_oracle_catches_rel32_from_instruction_end() {
    let enc = Encoders {
        rel32: rel32_from_instruction_end,
        ..Encoders::REAL
    };
    let found = caught_with(enc, &[PatchKind::Rel32, PatchKind::X86_64Rel32x]);
    assert!(
        found.iter().any(|f| f.message.contains("instead of")),
        "{found:#?}"
    );
}

#[test]
fn the_oracle_catches_lo12_without_scale() {
    let enc = Encoders {
        lo12: lo12_without_scale,
        ..Encoders::REAL
    };
    let found = caught_with(
        enc,
        &[
            PatchKind::Aarch64Lo12,
            PatchKind::Aarch64Lo12x,
            PatchKind::Aarch64Pair33x,
        ],
    );
    assert!(!found.is_empty());
}

#[test]
fn the_oracle_catches_mov16b_writing_chunk0() {
    let enc = Encoders {
        mov16: mov16_always_chunk0,
        ..Encoders::REAL
    };
    let found = caught_with(enc, &[PatchKind::Aarch64Mov16b]);
    assert!(
        found.iter().any(|f| f.message.contains("MOV")),
        "{found:#?}"
    );
}
