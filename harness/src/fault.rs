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
    /// A hole's exit swapped: CONTINUE patched as ERROR_TARGET or back.
    ExitsSwapped,
    /// A data slot's hole moved by 8 bytes to the next slot.
    DataSlotShifted,
    /// Two external symbols swapped between holes.
    SymbolsSwapped,
    /// An instruction that clobbers a register the convention preserves
    /// (the thread-state argument; ebx on i686) put before the code.
    PreservedRegisterClobbered,
}

impl FaultKind {
    pub const ALL: [FaultKind; 10] = [
        FaultKind::HoleOffsetShift,
        FaultKind::WrongPatchKind,
        FaultKind::WrongAddend,
        FaultKind::TableSizeMismatch,
        FaultKind::WrongInstructionClass,
        FaultKind::UnreachableValue,
        FaultKind::ExitsSwapped,
        FaultKind::DataSlotShifted,
        FaultKind::SymbolsSwapped,
        FaultKind::PreservedRegisterClobbered,
    ];

    pub fn name(self) -> &'static str {
        match self {
            FaultKind::HoleOffsetShift => "hole-offset-shift",
            FaultKind::WrongPatchKind => "wrong-patch-kind",
            FaultKind::WrongAddend => "wrong-addend",
            FaultKind::TableSizeMismatch => "table-size-mismatch",
            FaultKind::WrongInstructionClass => "wrong-instruction-class",
            FaultKind::UnreachableValue => "unreachable-value",
            FaultKind::ExitsSwapped => "exits-swapped",
            FaultKind::DataSlotShifted => "data-slot-shifted",
            FaultKind::SymbolsSwapped => "symbols-swapped",
            FaultKind::PreservedRegisterClobbered => "preserved-register-clobbered",
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
    inject_where(set, kind, rng, &|_, _| true)
}

/// A site a fault may be injected at: the group, and the hole's value
/// expression (exit, symbol) where the fault is about one.
pub type SitePredicate<'a> =
    dyn Fn(&crate::model::Group, Option<(Part, &crate::model::Hole)>) -> bool + 'a;

/// As [`inject`], restricted to sites `eligible` accepts (e.g. sites on
/// paths the sandbox's trials execute: execution can only judge what runs).
pub fn inject_where(
    set: &mut StencilSet,
    kind: FaultKind,
    rng: &mut ItemRng,
    eligible: &SitePredicate<'_>,
) -> Option<InjectedFault> {
    // Groups and holes outside the predicate are hidden from the injectors
    // by trying candidates until one lands on an eligible site.
    for _ in 0..64 {
        let mut candidate = set.clone();
        let fault = inject_any(&mut candidate, kind, rng)?;
        let group = candidate.groups.iter().find(|g| g.name == fault.group)?;
        let original = set.groups.iter().find(|g| g.name == fault.group)?;
        let hole = fault.hole.and_then(|i| {
            let stencil = if fault.part == Part::Code {
                &original.code
            } else {
                &original.data
            };
            stencil.holes.get(i).map(|h| (fault.part, h))
        });
        if eligible(group, hole) {
            *set = candidate;
            return Some(fault);
        }
    }
    None
}

fn inject_any(set: &mut StencilSet, kind: FaultKind, rng: &mut ItemRng) -> Option<InjectedFault> {
    match kind {
        FaultKind::HoleOffsetShift => shift_offset(set, rng),
        FaultKind::WrongPatchKind => wrong_kind(set, rng),
        FaultKind::WrongAddend => wrong_addend(set, rng),
        FaultKind::TableSizeMismatch => table_size(set, rng),
        FaultKind::WrongInstructionClass => wrong_class(set, rng),
        FaultKind::UnreachableValue => unreachable_value(set, rng),
        FaultKind::ExitsSwapped => exits_swapped(set, rng),
        FaultKind::DataSlotShifted => data_slot_shifted(set, rng),
        FaultKind::SymbolsSwapped => symbols_swapped(set, rng),
        FaultKind::PreservedRegisterClobbered => clobber(set, rng),
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

/// All holes (code and data) of uop groups that satisfy `keep`.
fn all_holes(set: &StencilSet, keep: impl Fn(&crate::model::Hole) -> bool) -> Vec<Site> {
    let mut sites = Vec::new();
    for (g, group) in set.groups.iter().enumerate() {
        if group.role != GroupRole::Uop {
            continue;
        }
        for (part, stencil) in [(Part::Code, &group.code), (Part::Data, &group.data)] {
            for (i, hole) in stencil.holes.iter().enumerate() {
                if keep(hole) {
                    sites.push((g, part, i));
                }
            }
        }
    }
    sites
}

fn hole_mut(set: &mut StencilSet, (g, part, i): Site) -> &mut crate::model::Hole {
    let group = &mut set.groups[g];
    match part {
        Part::Code => &mut group.code.holes[i],
        Part::Data => &mut group.data.holes[i],
    }
}

fn exits_swapped(set: &mut StencilSet, rng: &mut ItemRng) -> Option<InjectedFault> {
    let site = pick(
        &all_holes(set, |h| {
            matches!(&h.operand, HoleOperand::Value(v)
                if matches!(v.base, HoleValue::Continue | HoleValue::ErrorTarget) && v.symbol.is_none())
        }),
        rng,
    )?;
    let hole = hole_mut(set, site);
    let HoleOperand::Value(v) = &mut hole.operand else {
        return None;
    };
    let (old, new) = if v.base == HoleValue::Continue {
        (HoleValue::Continue, HoleValue::ErrorTarget)
    } else {
        (HoleValue::ErrorTarget, HoleValue::Continue)
    };
    v.base = new;
    let what = format!(
        "{} at {}: {} patched as {}",
        hole.kind,
        hole.offset,
        old.name(),
        new.name()
    );
    Some(describe(set, site, FaultKind::ExitsSwapped, what))
}

fn data_slot_shifted(set: &mut StencilSet, rng: &mut ItemRng) -> Option<InjectedFault> {
    // Slots with a neighbouring slot to move onto or next to.
    let sites: Vec<Site> = all_holes(set, |h| h.kind == PatchKind::Abs64)
        .into_iter()
        .filter(|&(g, part, _)| part == Part::Data && set.groups[g].data.body.len() >= 16)
        .collect();
    let site @ (g, _, i) = pick(&sites, rng)?;
    let len = set.groups[g].data.body.len() as u64;
    let hole = &mut set.groups[g].data.holes[i];
    let old = hole.offset;
    hole.offset = if old + 16 <= len { old + 8 } else { old - 8 };
    let what = format!(
        "data slot at data+{old:#x} moved to data+{:#x}",
        hole.offset
    );
    Some(describe(set, site, FaultKind::DataSlotShifted, what))
}

fn symbols_swapped(set: &mut StencilSet, rng: &mut ItemRng) -> Option<InjectedFault> {
    let symbol_of = |h: &crate::model::Hole| h.operand.value().and_then(|v| v.symbol.clone());
    let mut all: Vec<String> = all_holes(set, |h| symbol_of(h).is_some())
        .into_iter()
        .filter_map(|s| {
            let (g, part, i) = s;
            let st = if part == Part::Code {
                &set.groups[g].code
            } else {
                &set.groups[g].data
            };
            symbol_of(&st.holes[i])
        })
        .collect();
    all.sort();
    all.dedup();
    if all.len() < 2 {
        return None;
    }
    let site = pick(&all_holes(set, |h| symbol_of(h).is_some()), rng)?;
    let hole = hole_mut(set, site);
    let HoleOperand::Value(v) = &mut hole.operand else {
        return None;
    };
    let old = v.symbol.clone()?;
    let others: Vec<&String> = all.iter().filter(|s| **s != old).collect();
    let new = others[rng.random_range(0..others.len())].clone();
    v.symbol = Some(new.clone());
    let what = format!("{} at {}: &{old} patched as &{new}", hole.kind, hole.offset);
    Some(describe(set, site, FaultKind::SymbolsSwapped, what))
}

/// Prepends an instruction that clobbers the JIT's thread-state argument
/// (x86-64 `xor r14, r14`, AArch64 `movz x22, #0`) or, on i686, the
/// callee-saved ebx (`xor ebx, ebx`), shifting everything after it.
fn clobber(set: &mut StencilSet, rng: &mut ItemRng) -> Option<InjectedFault> {
    let prefix: &[u8] = match set.target.arch() {
        Arch::X86_64 => &[0x4D, 0x31, 0xF6],
        Arch::Aarch64 => &[0x16, 0x00, 0x80, 0xD2],
        Arch::I686 => &[0x31, 0xDB],
    };
    let groups: Vec<usize> = (0..set.groups.len())
        .filter(|&g| set.groups[g].role == GroupRole::Uop && !set.groups[g].code.body.is_empty())
        .collect();
    let g = pick(&groups, rng)?;
    let n = prefix.len() as u64;
    let group = &mut set.groups[g];
    let mut body = prefix.to_vec();
    body.extend_from_slice(&group.code.body);
    group.code.body = body;
    group.code.written_len += prefix.len();
    for hole in group.code.holes.iter_mut() {
        hole.offset += n;
    }
    // References to the code's own offsets move with it.
    for hole in group
        .code
        .holes
        .iter_mut()
        .chain(group.data.holes.iter_mut())
    {
        if let HoleOperand::Value(v) = &mut hole.operand {
            if v.base == HoleValue::Code {
                v.addend += n as i64;
            }
        }
    }
    if let Some(row) = group.table.as_mut() {
        row.code_size += n;
    }
    Some(InjectedFault {
        kind: FaultKind::PreservedRegisterClobbered,
        group: group.name.clone(),
        part: Part::Code,
        hole: None,
        description: format!("{} prepended to the code", crate::finding::hex(prefix)),
    })
}
