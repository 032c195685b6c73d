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

    /// Whether only running the stencil can reveal the fault (the model and
    /// the per-hole oracle see nothing wrong): such faults are caught only on
    /// paths the sandbox's trials execute, so the self-test injects them
    /// there only.
    pub fn detected_by_execution(self) -> bool {
        matches!(
            self,
            FaultKind::ExitsSwapped
                | FaultKind::DataSlotShifted
                | FaultKind::SymbolsSwapped
                | FaultKind::PreservedRegisterClobbered
        )
    }

    pub fn from_name(name: &str) -> Option<FaultKind> {
        FaultKind::ALL.into_iter().find(|k| k.name() == name)
    }

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

/// Where a fault can be injected: a group (its index in the set), and the
/// hole (part, index) for the kinds that are about one.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FaultSite {
    pub group: usize,
    pub hole: Option<(Part, usize)>,
}

/// Every site of `set` where a fault of `kind` makes sense, in set order.
pub fn sites(set: &StencilSet, kind: FaultKind) -> Vec<FaultSite> {
    let holes = |v: Vec<Site>| {
        v.into_iter()
            .map(|(g, part, i)| FaultSite {
                group: g,
                hole: Some((part, i)),
            })
            .collect()
    };
    let groups = |v: Vec<usize>| {
        v.into_iter()
            .map(|g| FaultSite {
                group: g,
                hole: None,
            })
            .collect()
    };
    match kind {
        FaultKind::HoleOffsetShift => holes(shift_offset_sites(set)),
        FaultKind::WrongPatchKind => holes(wrong_kind_sites(set)),
        FaultKind::WrongAddend => holes(wrong_addend_sites(set)),
        FaultKind::TableSizeMismatch => groups(table_size_sites(set)),
        FaultKind::WrongInstructionClass => holes(wrong_class_sites(set)),
        FaultKind::UnreachableValue => holes(unreachable_value_sites(set)),
        FaultKind::ExitsSwapped => holes(exits_swapped_sites(set)),
        FaultKind::DataSlotShifted => holes(data_slot_shifted_sites(set)),
        FaultKind::SymbolsSwapped => holes(symbols_swapped_sites(set)),
        FaultKind::PreservedRegisterClobbered => groups(clobber_sites(set)),
    }
}

/// Injects one fault of `kind` at a random site; `None` if the set has no
/// site where this kind makes sense.
pub fn inject(set: &mut StencilSet, kind: FaultKind, rng: &mut ItemRng) -> Option<InjectedFault> {
    let site = pick(&sites(set, kind), rng)?;
    apply(set, kind, site, rng)
}

/// Injects a fault of `kind` at `site` (one of [`sites`]); the fault's
/// details (how far, which alternative) are drawn from `rng`. `None` if
/// `site` is not a site of this kind.
pub fn inject_at(
    set: &mut StencilSet,
    kind: FaultKind,
    site: FaultSite,
    rng: &mut ItemRng,
) -> Option<InjectedFault> {
    if !sites(set, kind).contains(&site) {
        return None;
    }
    apply(set, kind, site, rng)
}

/// The sites of [`sites`] that `eligible` accepts, judged on the unmodified
/// group and hole.
pub fn sites_where(
    set: &StencilSet,
    kind: FaultKind,
    eligible: &SitePredicate<'_>,
) -> Vec<FaultSite> {
    sites(set, kind)
        .into_iter()
        .filter(|s| {
            let group = &set.groups[s.group];
            let hole = s.hole.map(|(part, i)| {
                let stencil = if part == Part::Code {
                    &group.code
                } else {
                    &group.data
                };
                (part, &stencil.holes[i])
            });
            eligible(group, hole)
        })
        .collect()
}

/// A site a fault may be injected at: the group, and the hole's value
/// expression (exit, symbol) where the fault is about one.
pub type SitePredicate<'a> =
    dyn Fn(&crate::model::Group, Option<(Part, &crate::model::Hole)>) -> bool + 'a;

/// As [`inject`], restricted to sites `eligible` accepts (e.g. sites on
/// paths the sandbox's trials execute: execution can only judge what runs),
/// judged on the unmodified group and hole.
pub fn inject_where(
    set: &mut StencilSet,
    kind: FaultKind,
    rng: &mut ItemRng,
    eligible: &SitePredicate<'_>,
) -> Option<InjectedFault> {
    let site = pick(&sites_where(set, kind, eligible), rng)?;
    apply(set, kind, site, rng)
}

fn apply(
    set: &mut StencilSet,
    kind: FaultKind,
    site: FaultSite,
    rng: &mut ItemRng,
) -> Option<InjectedFault> {
    let g = site.group;
    let hole = site.hole.map(|(part, i)| (g, part, i));
    match kind {
        FaultKind::HoleOffsetShift => shift_offset(set, hole?, rng),
        FaultKind::WrongPatchKind => wrong_kind(set, hole?, rng),
        FaultKind::WrongAddend => wrong_addend(set, hole?, rng),
        FaultKind::TableSizeMismatch => table_size(set, g, rng),
        FaultKind::WrongInstructionClass => wrong_class(set, hole?),
        FaultKind::UnreachableValue => unreachable_value(set, hole?),
        FaultKind::ExitsSwapped => exits_swapped(set, hole?),
        FaultKind::DataSlotShifted => data_slot_shifted(set, hole?),
        FaultKind::SymbolsSwapped => symbols_swapped(set, hole?, rng),
        FaultKind::PreservedRegisterClobbered => clobber(set, g),
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

fn shift_offset_sites(set: &StencilSet) -> Vec<Site> {
    code_holes(set, |_| true)
}

fn shift_offset(set: &mut StencilSet, site: Site, rng: &mut ItemRng) -> Option<InjectedFault> {
    let (g, _, i) = site;
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

fn wrong_kind_sites(set: &StencilSet) -> Vec<Site> {
    let arch = set.target.arch();
    code_holes(set, |h| {
        !alternatives(h.kind, arch).is_empty() && matches!(h.operand, HoleOperand::Value(_))
    })
}

fn wrong_kind(set: &mut StencilSet, site: Site, rng: &mut ItemRng) -> Option<InjectedFault> {
    let arch = set.target.arch();
    let (g, _, i) = site;
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

fn wrong_addend_sites(set: &StencilSet) -> Vec<Site> {
    code_holes(set, address_valued)
}

fn wrong_addend(set: &mut StencilSet, site: Site, rng: &mut ItemRng) -> Option<InjectedFault> {
    let (g, _, i) = site;
    // A multiple of 4 keeps AArch64 alignment, so that the fault is not
    // caught merely as misalignment.
    let delta: i64 = 4 * rng.random_range(1..=2) * if rng.random_bool(0.5) { 1 } else { -1 };
    let hole = &mut set.groups[g].code.holes[i];
    let HoleOperand::Value(v) = &mut hole.operand else {
        return None;
    };
    // A reference into the data moved by a whole slot (a pointer's width)
    // lands on another slot, as valid as its own: only running that path
    // could tell (the data-slot class, which execution judges). Half a slot
    // off is wrong in the header itself.
    let slot = set.target.arch().pointer_width() as i64;
    let delta = if v.base == HoleValue::Data && delta % slot == 0 {
        delta.signum() * slot / 2
    } else {
        delta
    };
    let old = v.addend;
    v.addend = v.addend.wrapping_add(delta);
    let what = format!(
        "{} at code+{:#x}: addend {old:#x} changed to {:#x}",
        hole.kind, hole.offset, v.addend
    );
    Some(describe(set, site, FaultKind::WrongAddend, what))
}

/// Whether a header spells the body out. 3.14+ headers leave out an
/// all-zero body, whose size then only the table row gives: the row cannot
/// differ from a body the header does not have (the writer follows the same
/// rule).
fn spelled_out(stencil: &crate::model::Stencil) -> bool {
    stencil.written_len > 0 || stencil.body_line.is_some_and(|l| l > 0)
}

fn table_size_sites(set: &StencilSet) -> Vec<usize> {
    (0..set.groups.len())
        .filter(|&g| {
            let group = &set.groups[g];
            group.table.is_some() && (spelled_out(&group.code) || spelled_out(&group.data))
        })
        .collect()
}

fn table_size(set: &mut StencilSet, g: usize, rng: &mut ItemRng) -> Option<InjectedFault> {
    let data = rng.random_bool(0.5);
    // Only a size whose body the header spells out.
    let data = match (
        spelled_out(&set.groups[g].code),
        spelled_out(&set.groups[g].data),
    ) {
        (true, true) => data,
        (code, _) => !code,
    };
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
fn wrong_class_sites(set: &StencilSet) -> Vec<Site> {
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
    sites
}

fn wrong_class(set: &mut StencilSet, site: Site) -> Option<InjectedFault> {
    let arch = set.target.arch();
    let (g, _, i) = site;
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
fn unreachable_value_sites(set: &StencilSet) -> Vec<Site> {
    if set.target.arch().pointer_width() == 4 {
        return Vec::new();
    }
    code_holes(set, |h| {
        matches!(
            h.kind,
            PatchKind::Rel32 | PatchKind::Aarch64Branch26 | PatchKind::Aarch64Branch19
        ) && matches!(&h.operand, HoleOperand::Value(v) if v.symbol.is_none())
    })
}

fn unreachable_value(set: &mut StencilSet, site: Site) -> Option<InjectedFault> {
    let (g, _, i) = site;
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

fn exits_swapped_sites(set: &StencilSet) -> Vec<Site> {
    all_holes(set, |h| {
        matches!(&h.operand, HoleOperand::Value(v)
            if matches!(v.base, HoleValue::Continue | HoleValue::ErrorTarget) && v.symbol.is_none())
    })
}

fn exits_swapped(set: &mut StencilSet, site: Site) -> Option<InjectedFault> {
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
        "{} at {}+{:#x}: {} patched as {}",
        hole.kind,
        site.1.name(),
        hole.offset,
        old.name(),
        new.name()
    );
    Some(describe(set, site, FaultKind::ExitsSwapped, what))
}

fn data_slot_shifted_sites(set: &StencilSet) -> Vec<Site> {
    // Slots with a neighbouring slot to move onto or next to.
    all_holes(set, |h| h.kind == PatchKind::Abs64)
        .into_iter()
        .filter(|&(g, part, _)| part == Part::Data && set.groups[g].data.body.len() >= 16)
        .collect()
}

fn data_slot_shifted(set: &mut StencilSet, site: Site) -> Option<InjectedFault> {
    let (g, _, i) = site;
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

fn symbol_of(h: &crate::model::Hole) -> Option<String> {
    h.operand.value().and_then(|v| v.symbol.clone())
}

/// Every distinct external symbol the uops' holes name, sorted.
fn distinct_symbols(set: &StencilSet) -> Vec<String> {
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
    all
}

fn symbols_swapped_sites(set: &StencilSet) -> Vec<Site> {
    if distinct_symbols(set).len() < 2 {
        return Vec::new();
    }
    all_holes(set, |h| symbol_of(h).is_some())
}

fn symbols_swapped(set: &mut StencilSet, site: Site, rng: &mut ItemRng) -> Option<InjectedFault> {
    let all = distinct_symbols(set);
    let hole = hole_mut(set, site);
    let HoleOperand::Value(v) = &mut hole.operand else {
        return None;
    };
    let old = v.symbol.clone()?;
    let others: Vec<&String> = all.iter().filter(|s| **s != old).collect();
    let new = others[rng.random_range(0..others.len())].clone();
    v.symbol = Some(new.clone());
    let what = format!(
        "{} at {}+{:#x}: &{old} patched as &{new}",
        hole.kind,
        site.1.name(),
        hole.offset
    );
    Some(describe(set, site, FaultKind::SymbolsSwapped, what))
}

/// Prepends an instruction that clobbers the JIT's thread-state argument
/// (x86-64 `xor r14, r14`, AArch64 `movz x22, #0`) or, on i686, the
/// callee-saved ebx (`xor ebx, ebx`), shifting everything after it.
fn clobber_sites(set: &StencilSet) -> Vec<usize> {
    (0..set.groups.len())
        .filter(|&g| set.groups[g].role == GroupRole::Uop && !set.groups[g].code.body.is_empty())
        .collect()
}

fn clobber(set: &mut StencilSet, g: usize) -> Option<InjectedFault> {
    let prefix: &[u8] = match set.target.arch() {
        Arch::X86_64 => &[0x4D, 0x31, 0xF6],
        Arch::Aarch64 => &[0x16, 0x00, 0x80, 0xD2],
        Arch::I686 => &[0x31, 0xDB],
    };
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
