//! Structural checks: what can be proven from the model alone, before any
//! value is patched or any instruction executed.

use super::symbols::{is_c_identifier, unprovidable_reason};
use super::HoleSite;
use crate::finding::{Finding, FindingKind, Severity};
use crate::model::{HoleOperand, Part, PatchKind, Shape, StencilSet};
use crate::patch::{patch_group, HoleValues, PatchErrorKind, PatchOptions, Placement};
use crate::target::Arch;
use std::collections::BTreeSet;

pub const CHECK: &str = "structure";

/// Runs every structural check on a set.
pub fn check_set(set: &StencilSet) -> Vec<Finding> {
    let mut findings = Vec::new();
    check_symbols_map(set, &mut findings);
    for group in &set.groups {
        check_table_row(set, group, &mut findings);
        check_trampoline_mask(set, group, &mut findings);
        for (part, stencil) in [(Part::Code, &group.code), (Part::Data, &group.data)] {
            if stencil.body_line.is_some() && !stencil.body.is_empty() && !stencil.copied {
                findings.push(
                    Finding::error(
                        FindingKind::BodyNotCopied,
                        CHECK,
                        crate::model::Span::new(
                            &set.source,
                            stencil.body_line.unwrap_or(group.span.line),
                        ),
                        format!(
                            "{}_body ({} bytes) is declared but never copied into {}",
                            part.name(),
                            stencil.body.len(),
                            part.name()
                        ),
                    )
                    .with_target(set.target)
                    .with_stencil(&group.name),
                );
            }
            check_overlaps(set, group, part, &mut findings);
            for (index, hole) in stencil.holes.iter().enumerate() {
                let site = HoleSite {
                    set,
                    group,
                    part,
                    index,
                    hole,
                };
                check_hole(&site, &mut findings);
            }
        }
        check_patchable(set, group, &mut findings);
        check_got_pairs(set, group, &mut findings);
        check_mov_chains(set, group, &mut findings);
    }
    findings
}

/// The GOT-load kinds (`21rx`, `12x`, `33rx`) come from GOT relocations: they
/// must name a data slot, and an ADRP and the LDR that uses its register
/// must name the same slot. (Register numbers are the only instruction
/// fields read here: Rd of ADRP, Rn of LDR.)
fn check_got_pairs(set: &StencilSet, group: &crate::model::Group, out: &mut Vec<Finding>) {
    if set.target.arch() != Arch::Aarch64 {
        return;
    }
    let body = &group.code.body;
    let word = |off: u64| -> Option<u32> {
        let at = usize::try_from(off).ok()?;
        Some(u32::from_le_bytes(
            body.get(at..at.checked_add(4)?)?.try_into().ok()?,
        ))
    };
    for (index, hole) in group.code.holes.iter().enumerate() {
        let got = matches!(
            hole.kind,
            PatchKind::Aarch64Page21x | PatchKind::Aarch64Lo12x | PatchKind::Aarch64Pair33x
        );
        let HoleOperand::Value(value) = &hole.operand else {
            continue;
        };
        let site = HoleSite {
            set,
            group,
            part: Part::Code,
            index,
            hole,
        };
        if got && (value.base != crate::model::HoleValue::Data || value.symbol.is_some()) {
            out.push(site.finding(
                Severity::Error,
                FindingKind::WrongInstructionClass,
                format!(
                    "{} is a GOT load, but its value is not a data slot: the instruction would load 8 bytes from {} itself",
                    hole.kind,
                    crate::write::value_c(value, set.shape)
                ),
            ));
            continue;
        }
        let is_page = matches!(
            hole.kind,
            PatchKind::Aarch64Page21x | PatchKind::Aarch64Page21
        );
        let is_low = matches!(hole.kind, PatchKind::Aarch64Lo12x | PatchKind::Aarch64Lo12);
        if is_page {
            // Some patched LDR/ADD must complete the page with its low bits.
            let Some(rd) = word(hole.offset).map(|w| w & 0x1f) else {
                continue;
            };
            let completed = group.code.holes.iter().any(|h| {
                matches!(h.kind, PatchKind::Aarch64Lo12x | PatchKind::Aarch64Lo12)
                    && h.offset > hole.offset
                    && word(h.offset).is_some_and(|w| (w >> 5) & 0x1f == rd)
            });
            if !completed {
                out.push(site.finding(
                    Severity::Error,
                    FindingKind::GotPairMismatch,
                    format!(
                        "ADRP x{rd} ({}) is not completed by any patched LDR or ADD using x{rd}: the page's low 12 bits are never added",
                        crate::write::value_c(value, set.shape)
                    ),
                ));
            }
            continue;
        }
        if !is_low {
            continue;
        }
        let Some(rn) = word(hole.offset).map(|w| (w >> 5) & 0x1f) else {
            continue;
        };
        // The latest ADRP before this instruction that writes its base register.
        let feeder = group.code.holes[..index].iter().rev().find(|h| {
            matches!(h.kind, PatchKind::Aarch64Page21x | PatchKind::Aarch64Page21)
                && h.offset < hole.offset
                && word(h.offset).is_some_and(|w| w & 0x1f == rn)
        });
        if feeder.is_none() {
            out.push(site.finding(
                Severity::Error,
                FindingKind::GotPairMismatch,
                format!(
                    "{} adds the low 12 bits of {} to x{rn}, but no patched ADRP before it sets x{rn} to that page",
                    hole.kind,
                    crate::write::value_c(value, set.shape)
                ),
            ));
        }
        if let Some(adrp) = feeder {
            if adrp.operand != hole.operand {
                let adrp_value = match &adrp.operand {
                    HoleOperand::Value(v) => crate::write::value_c(v, set.shape),
                    HoleOperand::SymbolOrdinal(o) => format!("ordinal {o}"),
                };
                out.push(site.finding(
                    Severity::Error,
                    FindingKind::GotPairMismatch,
                    format!(
                        "this LDR completes the ADRP at code+{:#x} (line {}, register x{rn}), which names {adrp_value}, but the LDR names {}: the pair loads from neither slot",
                        adrp.offset,
                        adrp.line,
                        crate::write::value_c(value, set.shape)
                    ),
                ));
            }
        }
    }
}

fn check_hole(site: &HoleSite<'_>, out: &mut Vec<Finding>) {
    let arch = site.set.target.arch();
    let hole = site.hole;
    let body = site.body();
    let width = hole.kind.width();
    let end = hole.offset.checked_add(width);
    if end.is_none_or(|end| end > body.len() as u64) {
        out.push(site.finding(
            Severity::Error,
            FindingKind::HoleOutsideBody,
            format!(
                "{} writes {} bytes at {}+{:#x}, past the end of the {}-byte {}_body",
                hole.kind,
                width,
                site.part.name(),
                hole.offset,
                body.len(),
                site.part.name()
            ),
        ));
    }
    if !hole.kind.legal_on(arch) {
        out.push(site.finding(
            Severity::Error,
            FindingKind::PatchKindIllegalForArch,
            format!("{} does not exist on {}", hole.kind, arch.name()),
        ));
    }
    if site.part == Part::Data && !matches!(hole.kind, PatchKind::Abs64 | PatchKind::Abs32) {
        out.push(site.finding(
            Severity::Error,
            FindingKind::PatchKindIllegalForArch,
            format!(
                "{} patches an instruction, but this hole is in data",
                hole.kind
            ),
        ));
    }
    if hole.kind.takes_ordinal() != matches!(hole.operand, HoleOperand::SymbolOrdinal(_)) {
        out.push(site.finding(
            Severity::Error,
            FindingKind::MalformedHeader,
            format!(
                "{} takes {}",
                hole.kind,
                if hole.kind.takes_ordinal() {
                    "a symbols_map ordinal"
                } else {
                    "a value"
                }
            ),
        ));
    }
    if arch == Arch::Aarch64 && site.part == Part::Code && !hole.offset.is_multiple_of(4) {
        out.push(site.finding(
            Severity::Error,
            FindingKind::MisalignedHole,
            format!(
                "AArch64 instructions are 4-byte aligned, but the hole is at {:#x}",
                hole.offset
            ),
        ));
    }
    if site.part == Part::Data && hole.kind == PatchKind::Abs64 && !hole.offset.is_multiple_of(8) {
        // Data is 8-byte aligned at run time (DATA_ALIGN); a slot that is not
        // makes every 64-bit load of it misaligned (gh-139269).
        out.push(site.finding(
            Severity::Warning,
            FindingKind::MisalignedHole,
            format!(
                "64-bit data slot at data+{:#x} is not 8-byte aligned",
                hole.offset
            ),
        ));
    }
    match &hole.operand {
        HoleOperand::Value(value) => {
            if let Some(symbol) = &value.symbol {
                if !is_c_identifier(symbol) {
                    out.push(site.finding(
                        Severity::Error,
                        FindingKind::BadSymbolName,
                        format!("`{symbol}` is not a C identifier"),
                    ));
                } else if let Some(reason) = unprovidable_reason(symbol) {
                    out.push(site.finding(
                        Severity::Error,
                        FindingKind::UnprovidableSymbol,
                        format!("`{symbol}` is a {reason}; a CPython build does not export it"),
                    ));
                }
            }
            if arch.pointer_width() == 4 && value.base.is_wide_operand() {
                out.push(site.finding(
                    Severity::Error,
                    FindingKind::WideValueOnNarrowTarget,
                    format!(
                        "{} is 64 bits wide but {} has 32-bit pointers: it must be patched through {}_HI/{}_LO",
                        value.base.name(),
                        site.set.target,
                        value.base.name(),
                        value.base.name()
                    ),
                ));
            }
        }
        HoleOperand::SymbolOrdinal(ordinal) => {
            let defined = site
                .set
                .symbols_map
                .as_ref()
                .is_some_and(|map| map.iter().any(|e| e.ordinal == *ordinal));
            if !defined {
                out.push(site.finding(
                    Severity::Error,
                    FindingKind::SymbolOrdinalOutOfRange,
                    format!("ordinal {ordinal} is not defined in symbols_map"),
                ));
            }
        }
    }
    if hole.kind == PatchKind::X86_64Rel32x {
        check_x86_relaxation_site(site, out);
    }
}

/// `patch_x86_64_32rx` decides whether to rewrite by looking only at the two
/// bytes before the displacement. That is sound where those bytes are the
/// opcode and ModRM of a RIP-relative `mov`, `call` or `jmp`; elsewhere (COFF
/// maps every REL32 to it, so it also lands on direct `call`/`jmp`/`jcc
/// rel32`) a byte that merely equals 0x8B or 0xFF would be rewritten.
fn check_x86_relaxation_site(site: &HoleSite<'_>, out: &mut Vec<Finding>) {
    let body = site.body();
    let off = site.hole.offset as usize;
    if off < 2 || off > body.len() {
        if off < 2 {
            out.push(site.finding(
                Severity::Error,
                FindingKind::RelaxationHazard,
                format!(
                    "patch_x86_64_32rx at code+{off:#x} inspects and may rewrite the two bytes before its location, which lie before the start of the code"
                ),
            ));
        }
        return;
    }
    let (op, modrm) = (body[off - 2], body[off - 1]);
    let rip_relative = modrm & 0xC7 == 0x05;
    let genuine = (op == 0x8B && rip_relative) || (op == 0xFF && (modrm == 0x15 || modrm == 0x25));
    let triggers = op == 0x8B || (op == 0xFF && (modrm == 0x15 || modrm == 0x25));
    if triggers && !genuine {
        out.push(
            site.finding(
                Severity::Warning,
                FindingKind::RelaxationHazard,
                format!(
                    "patch_x86_64_32rx would rewrite byte {op:#04x} at code+{:#x} as if it were a `mov r, [rip+X]` opcode, but its ModRM {modrm:#04x} is not RIP-relative: the relaxation test inspects one byte",
                    off - 2
                ),
            )
            .with_bytes(&body[off - 2..(off + 4).min(body.len())]),
        );
    }
}

fn check_overlaps(
    set: &StencilSet,
    group: &crate::model::Group,
    part: Part,
    out: &mut Vec<Finding>,
) {
    let stencil = match part {
        Part::Code => &group.code,
        Part::Data => &group.data,
    };
    let mut spans: Vec<(u64, u64, usize)> = stencil
        .holes
        .iter()
        .enumerate()
        .map(|(i, h)| (h.offset, h.offset.saturating_add(h.kind.width()), i))
        .collect();
    spans.sort();
    for pair in spans.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if b.0 < a.1 {
            let first = &stencil.holes[a.2];
            let site = HoleSite {
                set,
                group,
                part,
                index: b.2,
                hole: &stencil.holes[b.2],
            };
            out.push(site.finding(
                Severity::Error,
                FindingKind::HolesOverlap,
                format!(
                    "bytes {:#x}..{:#x} are also patched by {} at {}+{:#x} (line {})",
                    b.0,
                    b.1.min(a.1),
                    first.kind,
                    part.name(),
                    first.offset,
                    first.line
                ),
            ));
        }
    }
}

fn check_table_row(set: &StencilSet, group: &crate::model::Group, out: &mut Vec<Finding>) {
    let Some(row) = &group.table else {
        return; // the parser reports missing rows
    };
    for (what, declared, actual) in [
        ("code", row.code_size, group.code.body.len() as u64),
        ("data", row.data_size, group.data.body.len() as u64),
    ] {
        if declared != actual {
            out.push(
                Finding::error(
                    FindingKind::TableSizeMismatch,
                    CHECK,
                    row.span.clone(),
                    format!(
                        "table says {what}_size = {declared}, but emit_{} has a {actual}-byte {what}_body",
                        group.name
                    ),
                )
                .with_target(set.target)
                .with_stencil(&group.name),
            );
        }
    }
    if row.emit != format!("emit_{}", group.name) {
        out.push(
            Finding::error(
                FindingKind::TableEntryMismatch,
                CHECK,
                row.span.clone(),
                format!(
                    "row [{}] names {} for group {}",
                    row.index, row.emit, group.name
                ),
            )
            .with_target(set.target)
            .with_stencil(&group.name),
        );
    }
}

fn check_trampoline_mask(set: &StencilSet, group: &crate::model::Group, out: &mut Vec<Finding>) {
    let Some(row) = &group.table else { return };
    let used: BTreeSet<u32> = group
        .code
        .holes
        .iter()
        .filter_map(|h| match h.operand {
            HoleOperand::SymbolOrdinal(o) if h.kind.takes_ordinal() => Some(o),
            _ => None,
        })
        .collect();
    let Some(mask) = &row.trampoline_mask else {
        if !used.is_empty() && set.shape != Shape::V313 {
            out.push(
                Finding::error(
                    FindingKind::TrampolineMaskMismatch,
                    CHECK,
                    row.span.clone(),
                    "the group uses trampolines but its table row has no trampoline mask",
                )
                .with_target(set.target)
                .with_stencil(&group.name),
            );
        }
        return;
    };
    let declared: BTreeSet<u32> = mask
        .iter()
        .enumerate()
        .flat_map(|(word, bits)| {
            (0..32u32)
                .filter(move |b| bits & (1 << b) != 0)
                .map(move |b| word as u32 * 32 + b)
        })
        .collect();
    if declared != used {
        let missing: Vec<_> = used.difference(&declared).collect();
        let extra: Vec<_> = declared.difference(&used).collect();
        out.push(
            Finding::error(
                FindingKind::TrampolineMaskMismatch,
                CHECK,
                row.span.clone(),
                format!(
                    "trampoline mask {{{}}} does not match the ordinals the group patches: missing {missing:?}, unused {extra:?}",
                    mask.iter().map(|w| format!("{w:#x}")).collect::<Vec<_>>().join(", ")
                ),
            )
            .with_target(set.target)
            .with_stencil(&group.name),
        );
    }
    if let Some(words) = set.symbol_mask_words {
        let needed = used.iter().max().map_or(0, |m| m / 32 + 1);
        if needed > words {
            out.push(
                Finding::error(
                    FindingKind::TrampolineMaskMismatch,
                    CHECK,
                    row.span.clone(),
                    format!("ordinal needs {needed} mask words but SYMBOL_MASK_WORDS >= {words}"),
                )
                .with_target(set.target)
                .with_stencil(&group.name),
            );
        }
    }
}

fn check_symbols_map(set: &StencilSet, out: &mut Vec<Finding>) {
    let Some(map) = &set.symbols_map else { return };
    let mut seen = BTreeSet::new();
    for entry in map {
        if !seen.insert(entry.ordinal) {
            out.push(
                Finding::error(
                    FindingKind::SymbolsMapInconsistent,
                    CHECK,
                    entry.span.clone(),
                    format!("ordinal {} is defined twice in symbols_map", entry.ordinal),
                )
                .with_target(set.target),
            );
        }
        if !is_c_identifier(&entry.symbol) {
            out.push(
                Finding::error(
                    FindingKind::BadSymbolName,
                    CHECK,
                    entry.span.clone(),
                    format!(
                        "symbols_map[{}] = `{}` is not a C identifier",
                        entry.ordinal, entry.symbol
                    ),
                )
                .with_target(set.target),
            );
        } else if let Some(reason) = unprovidable_reason(&entry.symbol) {
            out.push(
                Finding::error(
                    FindingKind::UnprovidableSymbol,
                    CHECK,
                    entry.span.clone(),
                    format!(
                        "symbols_map[{}] = `{}` is a {reason}; a CPython build does not export it",
                        entry.ordinal, entry.symbol
                    ),
                )
                .with_target(set.target),
            );
        }
    }
    // Ordinals are dense: a gap means a mask bit that names no symbol.
    if let Some(max) = seen.iter().max() {
        let missing: Vec<u32> = (0..=*max).filter(|o| !seen.contains(o)).collect();
        if !missing.is_empty() {
            if let Some(first) = map.first() {
                out.push(
                    Finding::error(
                        FindingKind::SymbolsMapInconsistent,
                        CHECK,
                        first.span.clone(),
                        format!("symbols_map has no entry for ordinals {missing:?}"),
                    )
                    .with_target(set.target),
                );
            }
        }
    }
}

/// Patches the group once at a placement where everything is near and
/// aligned. What still fails there fails everywhere: an instruction of the
/// wrong class at a location, a register mismatch in a relaxable pair, or an
/// addend that makes the value misaligned or unreachable. Range failures
/// that depend on placement are the oracle's business.
fn check_patchable(set: &StencilSet, group: &crate::model::Group, out: &mut Vec<Finding>) {
    let values = canonical_values(set);
    let mask = group
        .table
        .as_ref()
        .and_then(|row| row.trampoline_mask.clone())
        .unwrap_or_default();
    let placement = Placement::contiguous(CANONICAL_CODE, group, set.target, mask);
    let values = HoleValues {
        code: placement.code,
        data: placement.data,
        jump_target: placement.code,
        error_target: placement.code,
        ..values
    };
    // Memory the patcher cannot see (a called function's first bytes) reads
    // as zeros: a relaxation test then simply fails, as it would on most code.
    let memory = |_addr: u64| Some(0u64);
    let patched = patch_group(
        set,
        group,
        &values,
        &placement,
        &PatchOptions::default(),
        &memory,
    );
    for error in &patched.errors {
        let kind = match &error.kind {
            PatchErrorKind::WrongInstructionClass { .. }
            | PatchErrorKind::Vector128LoadStore { .. }
            | PatchErrorKind::RegisterMismatch { .. } => FindingKind::WrongInstructionClass,
            PatchErrorKind::OutOfRange { .. } | PatchErrorKind::DisplacementWraps { .. } => {
                FindingKind::ValueOutOfRange
            }
            PatchErrorKind::Misaligned { .. } => FindingKind::ValueMisaligned,
            // Reported above from the model itself, or placement-dependent.
            PatchErrorKind::LocationOutsideBody { .. }
            | PatchErrorKind::UnknownSymbol(_)
            | PatchErrorKind::OrdinalNotInSymbolsMap(_)
            | PatchErrorKind::NoTrampolineSlot(_)
            | PatchErrorKind::UnreadableGotSlot { .. }
            | PatchErrorKind::OperandMismatch { .. } => continue,
        };
        let stencil = match error.part {
            Part::Code => &group.code,
            Part::Data => &group.data,
        };
        let Some(hole) = stencil.holes.get(error.hole_index) else {
            continue;
        };
        let site = HoleSite {
            set,
            group,
            part: error.part,
            index: error.hole_index,
            hole,
        };
        let placed = if kind == FindingKind::WrongInstructionClass {
            ""
        } else {
            " even with code, data and symbols placed near each other"
        };
        out.push(site.finding(
            Severity::Error,
            kind,
            format!("{}: {}{placed}", hole.kind, error.kind),
        ));
    }
}

/// Where `check_patchable` puts code: low enough for 32-bit targets.
const CANONICAL_CODE: u64 = 0x1000_0000;

/// Every symbol the set names, 4 KiB apart just after the canonical block,
/// so that each is near, aligned and distinct.
fn canonical_values(set: &StencilSet) -> HoleValues {
    let mut symbols = std::collections::BTreeMap::new();
    let names = set
        .groups
        .iter()
        .flat_map(|g| g.code.holes.iter().chain(&g.data.holes))
        .filter_map(|h| h.operand.value().and_then(|v| v.symbol.clone()))
        .chain(set.symbols_map.iter().flatten().map(|e| e.symbol.clone()));
    for name in names {
        let next = CANONICAL_CODE + 0x10_0000 + 0x1000 * symbols.len() as u64;
        symbols.entry(name).or_insert(next);
    }
    HoleValues {
        executor: CANONICAL_CODE + 0x8_0000,
        oparg: 1,
        operand0: 0x10,
        operand1: 0x20,
        target: 1,
        symbols,
        ..HoleValues::default()
    }
}

/// A MOVZ/MOVK chain (`patch_aarch64_16a`..`16d` on one register)
/// materialises one 64-bit value in 16-bit pieces: every piece must come
/// from the same value expression, or the register ends up holding a mix of
/// two values — which at most placements equals one of them, so no run can
/// tell. (The only instruction field read is Rd.)
fn check_mov_chains(set: &StencilSet, group: &crate::model::Group, out: &mut Vec<Finding>) {
    if set.target.arch() != Arch::Aarch64 {
        return;
    }
    let body = &group.code.body;
    let rd = |off: u64| -> Option<u32> {
        let at = usize::try_from(off).ok()?;
        let w = u32::from_le_bytes(body.get(at..at.checked_add(4)?)?.try_into().ok()?);
        Some(w & 0x1f)
    };
    let is_mov = |k: PatchKind| {
        matches!(
            k,
            PatchKind::Aarch64Mov16a
                | PatchKind::Aarch64Mov16b
                | PatchKind::Aarch64Mov16c
                | PatchKind::Aarch64Mov16d
        )
    };
    // The chain currently being built, per register: (first hole's index).
    let mut open: std::collections::BTreeMap<u32, usize> = std::collections::BTreeMap::new();
    for (index, hole) in group.code.holes.iter().enumerate() {
        if !is_mov(hole.kind) {
            continue;
        }
        let Some(reg) = rd(hole.offset) else { continue };
        if hole.kind == PatchKind::Aarch64Mov16a {
            open.insert(reg, index);
            continue;
        }
        let Some(&first) = open.get(&reg) else {
            continue;
        };
        let head = &group.code.holes[first];
        if head.operand != hole.operand {
            let text = |o: &HoleOperand| match o {
                HoleOperand::Value(v) => crate::write::value_c(v, set.shape),
                HoleOperand::SymbolOrdinal(n) => format!("ordinal {n}"),
            };
            let site = HoleSite {
                set,
                group,
                part: Part::Code,
                index,
                hole,
            };
            out.push(site.finding(
                Severity::Error,
                FindingKind::GotPairMismatch,
                format!(
                    "{} continues the MOVZ/MOVK chain on x{reg} begun at code+{:#x} (line {}) with {}, but names {}: the register would hold pieces of two values",
                    hole.kind,
                    head.offset,
                    head.line,
                    text(&head.operand),
                    text(&hole.operand)
                ),
            ));
        }
    }
}
