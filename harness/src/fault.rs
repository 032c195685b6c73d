//! Fault injection: deliberate, realistic corruptions of a stencil set, each
//! of a kind the tool claims to catch. The fault tests and `selftest` apply
//! them to randomly chosen sites of real sets and check that every one is
//! reported, and that the unmodified sets are not.

use crate::model::{GroupRole, HoleOperand, HoleValue, Part, PatchKind, StencilSet};
use crate::seed::ItemRng;
use crate::target::Arch;
use rand::RngExt;
use serde::Serialize;

/// The kinds of fault that can be injected.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FaultKind {
    /// A code hole's offset moved by ±1..4 bytes.
    HoleOffsetShift,
    /// A code hole patched with another patch function of the same width.
    WrongPatchKind,
    /// An address-valued hole's addend off by a few bytes.
    WrongAddend,
    /// A table row's code or data size that differs from the body.
    TableSizeMismatch,
    /// The instruction at a hole replaced by one of another class.
    WrongInstructionClass,
    /// A PC-relative hole retargeted at an external C symbol, which may lie
    /// anywhere in the address space, beyond what the encoding reaches.
    UnreachableValue,
}

impl FaultKind {
    pub const ALL: [FaultKind; 6] = [
        FaultKind::HoleOffsetShift,
        FaultKind::WrongPatchKind,
        FaultKind::WrongAddend,
        FaultKind::TableSizeMismatch,
        FaultKind::WrongInstructionClass,
        FaultKind::UnreachableValue,
    ];

    pub fn name(self) -> &'static str {
        match self {
            FaultKind::HoleOffsetShift => "hole-offset-shift",
            FaultKind::WrongPatchKind => "wrong-patch-kind",
            FaultKind::WrongAddend => "wrong-addend",
            FaultKind::TableSizeMismatch => "table-size-mismatch",
            FaultKind::WrongInstructionClass => "wrong-instruction-class",
            FaultKind::UnreachableValue => "unreachable-value",
        }
    }
}

/// What was changed, so that a report can say which fault went unnoticed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct InjectedFault {
    pub kind: FaultKind,
    pub group: String,
    pub part: Part,
    pub hole: Option<usize>,
    pub description: String,
}

/// A hole address: group index, part, hole index.
type Site = (usize, Part, usize);

/// Injects one fault of `kind` at a random eligible site; `None` if the set
/// has no site where this kind makes sense.
pub fn inject(set: &mut StencilSet, kind: FaultKind, rng: &mut ItemRng) -> Option<InjectedFault> {
    match kind {
        FaultKind::HoleOffsetShift => shift_offset(set, rng),
        FaultKind::WrongPatchKind => wrong_kind(set, rng),
        FaultKind::WrongAddend => wrong_addend(set, rng),
        FaultKind::TableSizeMismatch => table_size(set, rng),
        FaultKind::WrongInstructionClass => wrong_class(set, rng),
        FaultKind::UnreachableValue => unreachable_value(set, rng),
    }
}

fn code_holes(set: &StencilSet, keep: impl Fn(&crate::model::Hole) -> bool) -> Vec<Site> {
    let mut sites = Vec::new();
    for (g, group) in set.groups.iter().enumerate() {
        if group.role != GroupRole::Uop {
            continue;
        }
        for (i, hole) in group.code.holes.iter().enumerate() {
            if keep(hole) {
                sites.push((g, Part::Code, i));
            }
        }
    }
    sites
}

fn pick<T: Copy>(items: &[T], rng: &mut ItemRng) -> Option<T> {
    if items.is_empty() {
        None
    } else {
        Some(items[rng.random_range(0..items.len())])
    }
}

fn describe(set: &StencilSet, (g, part, i): Site, kind: FaultKind, what: String) -> InjectedFault {
    InjectedFault {
        kind,
        group: set.groups[g].name.clone(),
        part,
        hole: Some(i),
        description: what,
    }
}

fn shift_offset(set: &mut StencilSet, rng: &mut ItemRng) -> Option<InjectedFault> {
    let site @ (g, _, i) = pick(&code_holes(set, |_| true), rng)?;
    let hole = &set.groups[g].code.holes[i];
    let magnitude = rng.random_range(1..=4u64);
    // Shift down only where there is room.
    let down = rng.random_bool(0.5) && hole.offset >= magnitude;
    let new = if down {
        hole.offset - magnitude
    } else {
        hole.offset + magnitude
    };
    let what = format!(
        "{} at code+{:#x} moved to code+{new:#x}",
        hole.kind, hole.offset
    );
    set.groups[g].code.holes[i].offset = new;
    Some(describe(set, site, FaultKind::HoleOffsetShift, what))
}

/// Same-width kinds of the same architecture that mean something else.
fn alternatives(kind: PatchKind, arch: Arch) -> &'static [PatchKind] {
    use PatchKind::*;
    match (kind, arch) {
        (Rel32, Arch::I686) => &[Abs32],
        (X86_64Rel32x, Arch::I686) => &[Abs32],
        (Abs32, Arch::I686) => &[Rel32],
        (Rel32 | X86_64Rel32x, _) => &[Abs32],
        (Aarch64Branch26, _) => &[Aarch64Branch19, Aarch64Page21],
        (Aarch64Branch19, _) => &[Aarch64Branch26],
        (Aarch64Page21 | Aarch64Page21x, _) => &[Aarch64Lo12, Aarch64Branch26],
        (Aarch64Lo12 | Aarch64Lo12x, _) => &[Aarch64Page21, Aarch64Mov16a],
        (Aarch64Mov16a, _) => &[Aarch64Mov16b],
        (Aarch64Mov16b, _) => &[Aarch64Mov16c],
        (Aarch64Mov16c, _) => &[Aarch64Mov16d],
        (Aarch64Mov16d, _) => &[Aarch64Mov16a],
        _ => &[],
    }
}

fn wrong_kind(set: &mut StencilSet, rng: &mut ItemRng) -> Option<InjectedFault> {
    let arch = set.target.arch();
    let sites = code_holes(set, |h| {
        !alternatives(h.kind, arch).is_empty() && matches!(h.operand, HoleOperand::Value(_))
    });
    let site @ (g, _, i) = pick(&sites, rng)?;
    let old = set.groups[g].code.holes[i].kind;
    let new = pick(alternatives(old, arch), rng)?;
    let offset = set.groups[g].code.holes[i].offset;
    set.groups[g].code.holes[i].kind = new;
    Some(describe(
        set,
        site,
        FaultKind::WrongPatchKind,
        format!("{old} at code+{offset:#x} replaced by {new}"),
    ))
}

/// Whether a hole's value is an address whose exact target the tool can
/// know independently of the header (exit, symbol, data or code), as opposed
/// to an opaque operand whose intended addend only the uop's author knows.
fn address_valued(hole: &crate::model::Hole) -> bool {
    match &hole.operand {
        HoleOperand::Value(v) => {
            v.symbol.is_some()
                || matches!(
                    v.base,
                    HoleValue::Continue
                        | HoleValue::JumpTarget
                        | HoleValue::ErrorTarget
                        | HoleValue::Data
                        | HoleValue::Code
                )
        }
        HoleOperand::SymbolOrdinal(_) => false,
    }
}

fn wrong_addend(set: &mut StencilSet, rng: &mut ItemRng) -> Option<InjectedFault> {
    let site @ (g, _, i) = pick(&code_holes(set, address_valued), rng)?;
    // A multiple of 4 keeps AArch64 alignment, so that the fault is not
    // caught merely as misalignment.
    let delta: i64 = 4 * rng.random_range(1..=2) * if rng.random_bool(0.5) { 1 } else { -1 };
    let hole = &mut set.groups[g].code.holes[i];
    let HoleOperand::Value(v) = &mut hole.operand else {
        return None;
    };
    let old = v.addend;
    v.addend = v.addend.wrapping_add(delta);
    let what = format!(
        "{} at code+{:#x}: addend {old:#x} changed to {:#x}",
        hole.kind, hole.offset, v.addend
    );
    Some(describe(set, site, FaultKind::WrongAddend, what))
}

fn table_size(set: &mut StencilSet, rng: &mut ItemRng) -> Option<InjectedFault> {
    let groups: Vec<usize> = (0..set.groups.len())
        .filter(|&g| set.groups[g].table.is_some())
        .collect();
    let g = pick(&groups, rng)?;
    let data = rng.random_bool(0.5);
    let delta = rng.random_range(1..=16u64);
    let row = set.groups[g].table.as_mut()?;
    let (field, what) = if data {
        (&mut row.data_size, "data_size")
    } else {
        (&mut row.code_size, "code_size")
    };
    let old = *field;
    *field = if old >= delta && rng.random_bool(0.5) {
        old - delta
    } else {
        old + delta
    };
    let description = format!("{what} {old} changed to {}", *field);
    Some(InjectedFault {
        kind: FaultKind::TableSizeMismatch,
        group: set.groups[g].name.clone(),
        part: if data { Part::Data } else { Part::Code },
        hole: None,
        description,
    })
}

/// Replaces the instruction a hole patches with one of a different class
/// that keeps its length, so that nothing but the class is wrong.
fn wrong_class(set: &mut StencilSet, rng: &mut ItemRng) -> Option<InjectedFault> {
    let arch = set.target.arch();
    let sites = code_holes(set, |h| match arch {
        Arch::Aarch64 => h.kind != PatchKind::Abs64,
        // x86: a RIP-relative ModRM operand or a rel32 branch opcode right
        // before the field; see `x86_replacement`.
        _ => matches!(h.kind, PatchKind::Rel32 | PatchKind::X86_64Rel32x),
    });
    let mut sites = sites;
    // Keep only sites whose instruction has a replacement.
    sites.retain(|&(g, _, i)| {
        let hole = &set.groups[g].code.holes[i];
        replacement(arch, &set.groups[g].code.body, hole.offset as usize).is_some()
    });
    let site @ (g, _, i) = pick(&sites, rng)?;
    let hole = set.groups[g].code.holes[i].clone();
    let body = &mut set.groups[g].code.body;
    let (at, bytes, what) = replacement(arch, body, hole.offset as usize)?;
    let old: Vec<u8> = body[at..at + bytes.len()].to_vec();
    body[at..at + bytes.len()].copy_from_slice(&bytes);
    let written = &mut set.groups[g].code.written_len;
    *written = (*written).max(at + bytes.len());
    Some(describe(
        set,
        site,
        FaultKind::WrongInstructionClass,
        format!(
            "{} at code+{:#x}: instruction bytes {} replaced by {} ({what})",
            hole.kind,
            hole.offset,
            crate::finding::hex(&old),
            crate::finding::hex(&bytes)
        ),
    ))
}

/// The bytes to write (at, bytes) turning the instruction at a hole into one
/// of another class, and what it now is.
fn replacement(arch: Arch, body: &[u8], off: usize) -> Option<(usize, Vec<u8>, &'static str)> {
    match arch {
        Arch::Aarch64 => {
            let word = u32::from_le_bytes(body.get(off..off + 4)?.try_into().ok()?);
            // Keep the register fields; change the opcode class.
            let rd = word & 0x1f;
            let new = if word & 0x9F00_0000 == 0x9000_0000 {
                // ADRP -> ADD xd, xd, #0
                (0x9100_0000 | (rd << 5) | rd, "adrp became add")
            } else if word & 0x7C00_0000 == 0x1400_0000 {
                // B/BL -> B.cond (b.eq)
                (0x5400_0000, "b/bl became b.eq")
            } else if word & 0xFF00_0010 == 0x5400_0000 {
                // B.cond -> B
                (0x1400_0000, "b.cond became b")
            } else if word & 0x3B00_0000 == 0x3900_0000 || word & 0x11C0_0000 == 0x1100_0000 {
                // LDR/STR/ADD -> ADRP of the same register
                (0x9000_0000 | rd, "ldr/str/add became adrp")
            } else if word & 0x9F80_0000 == 0x9280_0000 {
                // MOVZ/MOVK -> ADD
                (0x9100_0000 | (rd << 5) | rd, "mov became add")
            } else {
                return None;
            };
            Some((off, new.0.to_le_bytes().to_vec(), new.1))
        }
        _ => {
            let before = off.checked_sub(2)?;
            let (op, modrm) = (*body.get(before)?, *body.get(before + 1)?);
            if op == 0xFF && (modrm == 0x15 || modrm == 0x25) {
                // call/jmp [rip+X] -> lea eax, [rip+X]: same length, computes
                // the slot's address instead of going where it points
                Some((before, vec![0x8D, 0x05], "indirect call/jmp became lea"))
            } else if op == 0x8B && modrm & 0xC7 == 0x05 {
                // mov r, [rip+X] -> mov [rip+X], r (load became store), or
                // lea r, [rip+X] (load became address computation)
                if off % 2 == 0 {
                    Some((before, vec![0x89, modrm], "load became store"))
                } else {
                    Some((before, vec![0x8D, modrm], "load became lea"))
                }
            } else if modrm == 0xE8 || modrm == 0xE9 {
                // call/jmp rel32 -> mov eax/ecx, imm32
                let new = if modrm == 0xE8 { 0xB8 } else { 0xB9 };
                Some((before + 1, vec![new], "direct call/jmp became mov imm32"))
            } else {
                None
            }
        }
    }
}

/// Retargets a relative branch or load at an external function, as a
/// template calling a C-API function directly (not through the GOT or a
/// trampoline) would. 32-bit targets are exempt: every address is in reach.
fn unreachable_value(set: &mut StencilSet, rng: &mut ItemRng) -> Option<InjectedFault> {
    if set.target.arch().pointer_width() == 4 {
        return None;
    }
    let sites = code_holes(set, |h| {
        matches!(
            h.kind,
            PatchKind::Rel32 | PatchKind::Aarch64Branch26 | PatchKind::Aarch64Branch19
        ) && matches!(&h.operand, HoleOperand::Value(v) if v.symbol.is_none())
    });
    let site @ (g, _, i) = pick(&sites, rng)?;
    let hole = &mut set.groups[g].code.holes[i];
    let HoleOperand::Value(v) = &mut hole.operand else {
        return None;
    };
    let old = format!("{:?}", v.base);
    v.base = HoleValue::Zero;
    v.symbol = Some("PyFault_Injected".to_owned());
    let what = format!(
        "{} at code+{:#x}: target {old} replaced by &PyFault_Injected",
        hole.kind, hole.offset
    );
    Some(describe(set, site, FaultKind::UnreachableValue, what))
}
