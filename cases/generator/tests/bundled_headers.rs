//! The checked-in headers under cases/stencils: all 3 shapes × 7 triples
//! exist, parse without a single finding, have at least 25 uop groups, and
//! read back into exactly the text they were written as.

use std::path::PathBuf;
use stencil_verify::model::{GroupRole, HoleOperand, HoleValue, PatchKind, Shape, StencilSet};
use stencil_verify::parse::{parse_set, ParseLimits};
use stencil_verify::target::{Arch, Target};
use stencil_verify::write::write_set;

fn stencils_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("stencils")
}

fn header(shape: Shape, target: Target) -> (String, String) {
    let path = stencils_dir()
        .join(shape.name())
        .join(format!("{}.h", target.triple()));
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run cases/regenerate.sh)", path.display()));
    let source = format!("cases/stencils/{}/{}.h", shape.name(), target.triple());
    (source, text)
}

fn parsed(shape: Shape, target: Target) -> StencilSet {
    let (source, text) = header(shape, target);
    let outcome = parse_set(&source, &text, target, &ParseLimits::default());
    assert!(
        outcome.findings.is_empty(),
        "{source}: {} findings, first: {:?}",
        outcome.findings.len(),
        outcome.findings.first()
    );
    outcome
        .set
        .unwrap_or_else(|| panic!("{source}: no set parsed"))
}

#[test]
fn every_shape_and_triple_is_bundled() {
    for shape in Shape::ALL {
        for target in Target::ALL {
            let (source, text) = header(shape, target);
            assert!(text.contains("emit_"), "{source} has no emit functions");
        }
    }
}

#[test]
fn every_header_parses_cleanly_with_enough_uops() {
    for shape in Shape::ALL {
        for target in Target::ALL {
            let set = parsed(shape, target);
            assert_eq!(set.shape, shape, "{}", set.source);
            let uops = set.uops().count();
            assert!(uops >= 25, "{}: only {uops} uop groups", set.source);
            let shims: Vec<_> = set
                .groups
                .iter()
                .filter(|g| g.role == GroupRole::Shim)
                .map(|g| g.name.as_str())
                .collect();
            let expected = if shape == Shape::V313 {
                "trampoline"
            } else {
                "shim"
            };
            assert_eq!(shims, vec![expected], "{}", set.source);
        }
    }
}

#[test]
fn headers_round_trip_through_the_writer() {
    for shape in Shape::ALL {
        for target in Target::ALL {
            let (source, text) = header(shape, target);
            let set = parsed(shape, target);
            assert!(
                write_set(&set) == text,
                "{source}: writing the parsed model changes the text"
            );
        }
    }
}

/// The same kinds of patches CPython's own samples show for the same kinds
/// of code, per triple.
#[test]
fn patch_kinds_match_cpython_per_triple() {
    use PatchKind::*;
    let expect: [(Target, &[PatchKind], &[PatchKind]); 7] = [
        // GOT loads for calls, PLT32 for exits, movabs for data and holes.
        (Target::X86_64Linux, &[X86_64Rel32x, Rel32, Abs64], &[Abs32]),
        (
            Target::X86_64Darwin,
            &[X86_64Rel32x, Rel32, Abs64],
            &[Abs32],
        ),
        // Everything through import slots.
        (
            Target::X86_64Windows,
            &[X86_64Rel32x, Abs64],
            &[Rel32, Abs32],
        ),
        // Absolute addresses in code, REL32 calls, no data slots.
        (Target::I686Windows, &[Abs32, X86_64Rel32x], &[Abs64, Rel32]),
        (
            Target::Aarch64Linux,
            &[Aarch64Pair33x, Aarch64Branch26, Abs64],
            &[Aarch64Trampoline],
        ),
        (
            Target::Aarch64Darwin,
            &[Aarch64Pair33x, Aarch64Trampoline, Aarch64Branch26, Abs64],
            &[],
        ),
        (
            Target::Aarch64Windows,
            &[Aarch64Pair33x, Abs64],
            &[Aarch64Trampoline],
        ),
    ];
    for (target, present, absent) in expect {
        let set = parsed(Shape::V314, target);
        let kinds: std::collections::BTreeSet<PatchKind> = set
            .groups
            .iter()
            .flat_map(|g| g.code.holes.iter().chain(&g.data.holes))
            .map(|h| h.kind)
            .collect();
        for k in present {
            assert!(kinds.contains(k), "{target}: no {k}");
        }
        for k in absent {
            assert!(!kinds.contains(k), "{target}: unexpected {k}");
        }
        for k in &kinds {
            assert!(k.legal_on(target.arch()), "{target}: {k} is illegal");
        }
    }
}

/// i686 receives 64-bit operands only as HI/LO halves.
#[test]
fn narrow_target_uses_operand_halves() {
    for shape in Shape::ALL {
        let set = parsed(shape, Target::I686Windows);
        assert_eq!(set.target.arch(), Arch::I686);
        let mut halves = 0;
        for g in &set.groups {
            for h in g.code.holes.iter().chain(&g.data.holes) {
                if let HoleOperand::Value(v) = &h.operand {
                    assert!(!v.base.is_wide_operand(), "{}: {}", set.source, g.name);
                    if matches!(v.base, HoleValue::Operand0Hi | HoleValue::Operand1Lo) {
                        halves += 1;
                    }
                }
            }
        }
        assert!(halves >= 2, "{}: operand halves missing", set.source);
    }
}

/// 3.13 has no trampolines and no symbols_map; 3.14+ AArch64 Darwin has
/// both, with masks that match the ordinals used.
#[test]
fn trampolines_by_shape() {
    let v313 = parsed(Shape::V313, Target::Aarch64Darwin);
    assert!(v313.symbols_map.is_none());
    for g in &v313.groups {
        assert!(g
            .code
            .holes
            .iter()
            .all(|h| h.kind != PatchKind::Aarch64Trampoline));
    }
    for shape in [Shape::V314, Shape::V315] {
        let set = parsed(shape, Target::Aarch64Darwin);
        let map = set.symbols_map.as_ref().expect("symbols_map");
        assert!(!map.is_empty());
        for g in &set.groups {
            let mut mask = 0u64;
            for h in &g.code.holes {
                if let HoleOperand::SymbolOrdinal(o) = h.operand {
                    assert!((o as usize) < map.len());
                    mask |= 1 << o;
                }
            }
            let row = g.table.as_ref().expect("row");
            let words = row.trampoline_mask.as_ref().expect("mask");
            let got: u64 = words
                .iter()
                .enumerate()
                .map(|(i, w)| u64::from(*w) << (32 * i))
                .sum();
            assert_eq!(got, mask, "{}: {}", set.source, g.name);
        }
    }
}

fn word(body: &[u8], offset: u64) -> u32 {
    let at = offset as usize;
    u32::from_le_bytes(body[at..at + 4].try_into().expect("4 bytes"))
}

/// 3.13's AArch64 relocation handling: no branch hole names a symbol (a
/// B/BL to an external symbol was redirected to a trampoline appended to
/// the stencil: `movz x8; movk x8 (x3); br x8`, the moves patched with the
/// 16-bit chunks 0..3 of the symbol's address), so 26r/19r holes are exits
/// inside the trace only. Darwin calls directly, so it has such trampolines;
/// Linux and Windows call through GOT/import slots and have none.
#[test]
fn v313_aarch64_calls_externals_through_movz_movk() {
    use PatchKind::*;
    for target in [
        Target::Aarch64Darwin,
        Target::Aarch64Linux,
        Target::Aarch64Windows,
    ] {
        let set = parsed(Shape::V313, target);
        assert!(set.symbols_map.is_none(), "{}", set.source);
        let mut trampolines = 0;
        for g in &set.groups {
            let code = &g.code;
            for h in &code.holes {
                match h.kind {
                    Aarch64Trampoline => panic!("{}: {}: trampoline hole", set.source, g.name),
                    Aarch64Branch26 | Aarch64Branch19 => {
                        let v = h.operand.value().expect("a value");
                        assert!(
                            v.symbol.is_none(),
                            "{}: {}: branch at {:#x} to {:?}",
                            set.source,
                            g.name,
                            h.offset,
                            v.symbol
                        );
                    }
                    Aarch64Mov16a => {
                        trampolines += 1;
                        let chunks: Vec<_> = code
                            .holes
                            .iter()
                            .filter(|o| o.offset >= h.offset && o.offset < h.offset + 16)
                            .map(|o| (o.offset - h.offset, o.kind, &o.operand))
                            .collect();
                        assert_eq!(
                            chunks,
                            vec![
                                (0, Aarch64Mov16a, &h.operand),
                                (4, Aarch64Mov16b, &h.operand),
                                (8, Aarch64Mov16c, &h.operand),
                                (12, Aarch64Mov16d, &h.operand),
                            ],
                            "{}: {}",
                            set.source,
                            g.name
                        );
                        let words: Vec<u32> =
                            (0..5).map(|i| word(&code.body, h.offset + 4 * i)).collect();
                        assert_eq!(
                            words,
                            vec![
                                0xd280_0008,
                                0xf2a0_0008,
                                0xf2c0_0008,
                                0xf2e0_0008,
                                0xd61f_0100
                            ],
                            "{}: {}: movz/movk x8 + br x8",
                            set.source,
                            g.name
                        );
                        assert_eq!(h.offset % 8, 0);
                        // Exactly one B/BL in the code targets it.
                        let callers = (0..code.body.len() as u64 / 4)
                            .map(|i| 4 * i)
                            .filter(|&at| {
                                let w = word(&code.body, at);
                                w & 0x7c00_0000 == 0x1400_0000
                                    && at + 4 * u64::from(w & 0x03ff_ffff) == h.offset
                            })
                            .count();
                        assert_eq!(callers, 1, "{}: {}", set.source, g.name);
                    }
                    _ => {}
                }
            }
        }
        if target == Target::Aarch64Darwin {
            assert!(trampolines >= 5, "{}: {trampolines}", set.source);
        } else {
            assert_eq!(trampolines, 0, "{}", set.source);
        }
    }
}

/// 3.13 compiled x86-64 Linux with `-fpic`: every run-time value and
/// symbol comes through a GOT slot (no `movabs` in the code), and exits are
/// `jmp [rip + slot]`; 3.14's `-mcmodel=medium` code has `movabs` holes.
#[test]
fn v313_x86_64_linux_is_pic() {
    let code_kinds = |shape| -> std::collections::BTreeSet<PatchKind> {
        parsed(shape, Target::X86_64Linux)
            .groups
            .iter()
            .flat_map(|g| g.code.holes.iter().map(|h| h.kind))
            .collect()
    };
    let v313 = code_kinds(Shape::V313);
    assert!(v313.contains(&PatchKind::X86_64Rel32x));
    assert!(!v313.contains(&PatchKind::Abs64), "{v313:?}");
    assert!(code_kinds(Shape::V314).contains(&PatchKind::Abs64));
}
