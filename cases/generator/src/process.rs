//! The build step's processing of one raw group into stencils with holes,
//! in the order CPython's `StencilGroup.process_relocations` does it, in the
//! era of the shape being built (3.13, or 3.14 and later):
//!
//! 1. calls and jumps to external symbols through 26-bit AArch64 branches
//!    become `patch_aarch64_trampoline` holes with an ordinal into the
//!    set-wide symbol table (3.14+), or (3.13) are redirected to a small
//!    trampoline appended to the stencil's own code that loads the address
//!    with MOVZ/MOVK into x8 (four `patch_aarch64_16a..16d` holes) and
//!    `br x8`;
//! 2. a jump to `_JIT_CONTINUE` that ends the code is removed, so the
//!    stencil falls through into the next one (3.13: only at an aligned
//!    offset, and only the encodings 3.13 knew);
//! 3. AArch64 code is padded to a multiple of 8 bytes (NOPs in 3.14+,
//!    zero bytes in 3.13);
//! 4. the data is padded to 8 bytes;
//! 5. GOT references become `DATA + slot` (one 8-byte slot per symbol,
//!    appended after the data, filled by a `patch_64` data hole), and
//!    references to the object's own symbols become `CODE`/`DATA` + offset;
//! 6. holes are sorted by offset, and an ADRP + LDR pair loading one GOT
//!    slot is folded into `patch_aarch64_33rx` (which CPython does while
//!    writing the header; 3.14+ also require ADRP's Rd = LDR's Rt = LDR's
//!    Rn, 3.13 did not look at the registers).

use crate::fail;
use crate::raw::{symbol_to_value, Base, RawGroup, RawHole, RawStencil, Result};
use crate::relocation::{is_trampoline_candidate, patch_kind_for};
use std::collections::{BTreeSet, HashMap};
use stencil_verify::model::{HoleOperand, HoleValue, Part, PatchKind, Shape, ValueExpr};
use stencil_verify::target::{Arch, Target};

/// What happens to a 26-bit AArch64 branch to an external symbol.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ExternalBranches {
    /// 3.13: the branch is redirected to a MOVZ/MOVK/MOVK/MOVK/BR x8
    /// sequence appended to the stencil's code (one per branch), whose four
    /// instructions are `patch_aarch64_16a..16d` holes of the symbol.
    InlineTrampoline,
    /// 3.14+: a `patch_aarch64_trampoline` hole with an ordinal into the
    /// set's `symbols_map`.
    SymbolsMap,
}

/// How a target's groups are processed in one shape's era.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Options {
    pub shape: Shape,
    pub branches: ExternalBranches,
    /// Code alignment (CPython: 8 on AArch64, 1 elsewhere).
    pub code_alignment: u64,
    /// What fills code alignment gaps: the NOP in 3.14+, zero bytes in 3.13.
    pub code_fill: &'static [u8],
}

const AARCH64_NOP: &[u8] = &[0x1f, 0x20, 0x03, 0xd5];
const AARCH64_ZERO: &[u8] = &[0, 0, 0, 0];

impl Options {
    pub fn new(target: Target, shape: Shape) -> Options {
        let v313 = shape == Shape::V313;
        let branches = if v313 {
            ExternalBranches::InlineTrampoline
        } else {
            ExternalBranches::SymbolsMap
        };
        match target.arch() {
            Arch::Aarch64 => Options {
                shape,
                branches,
                code_alignment: 8,
                code_fill: if v313 { AARCH64_ZERO } else { AARCH64_NOP },
            },
            Arch::X86_64 | Arch::I686 => Options {
                shape,
                branches,
                code_alignment: 1,
                code_fill: if v313 { &[0] } else { &[0x90] },
            },
        }
    }
}

/// The set-wide `symbols_map`: symbol → ordinal, in first-use order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SymbolTable {
    pub names: Vec<String>,
    index: HashMap<String, u32>,
}

impl SymbolTable {
    pub fn ordinal(&mut self, name: &str) -> u32 {
        if let Some(&o) = self.index.get(name) {
            return o;
        }
        let o = self.names.len() as u32;
        self.names.push(name.to_owned());
        self.index.insert(name.to_owned(), o);
        o
    }
}

/// One processed hole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hole {
    pub offset: u64,
    pub kind: PatchKind,
    pub operand: HoleOperand,
    /// The relocation it came from (`GOT` for GOT slots), for comments.
    pub relocation: &'static str,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stencil {
    pub body: Vec<u8>,
    pub holes: Vec<Hole>,
    pub comments: Vec<String>,
}

/// A processed group: what one `emit_*` function and table row say.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Processed {
    pub code: Stencil,
    pub data: Stencil,
    /// Ordinals of the trampolines the code uses.
    pub trampolines: BTreeSet<u32>,
}

impl Processed {
    /// The trampoline mask as 32-bit words, least significant first, up to
    /// the last nonzero one (empty without trampolines; CPython writes an
    /// empty mask as `{0}`).
    pub fn trampoline_mask(&self) -> Vec<u32> {
        let mut words = Vec::new();
        for &o in &self.trampolines {
            let word = (o / 32) as usize;
            if words.len() <= word {
                words.resize(word + 1, 0);
            }
            words[word] |= 1 << (o % 32);
        }
        words
    }
}

/// An intermediate hole: a raw hole plus the trampoline ordinal, if any.
#[derive(Clone, Debug)]
struct Work {
    raw: RawHole,
    ordinal: Option<u32>,
}

fn part_value(part: Part) -> HoleValue {
    match part {
        Part::Code => HoleValue::Code,
        Part::Data => HoleValue::Data,
    }
}

/// Removes a jump to `_JIT_CONTINUE` that ends the code (CPython's
/// `Stencil.remove_jump`): only the last hole is considered, and only the
/// exact jump encodings below, with nothing after them. 3.13 also requires
/// the jump to start at an aligned offset (its padding was zero bytes, so
/// falling through into padding was not an option), and knew the GOT jump
/// of `-fpic` x86-64 Linux code instead of the direct one.
fn remove_jump(body: &mut Vec<u8>, holes: &mut Vec<Work>, options: Options) {
    let Some(offset) = holes.iter().map(|h| h.raw.offset).max() else {
        return;
    };
    // The first hole at the highest offset, as Python's `max` picks it.
    let index = holes
        .iter()
        .position(|h| h.raw.offset == offset)
        .expect("the maximum exists");
    let h = &holes[index].raw;
    let v313 = options.shape == Shape::V313;
    let continue_ = Base::Value(HoleValue::Continue);
    let got_continue =
        h.base == Base::Got && h.symbol.as_deref() == Some("_JIT_CONTINUE") && h.addend == -4;
    let (start, jump): (Option<u64>, &[u8]) = match h.kind {
        // jmp qword ptr [rip + __imp__JIT_CONTINUE]
        "IMAGE_REL_AMD64_REL32" if got_continue => (
            h.offset.checked_sub(3),
            &[0x48, 0xff, 0x25, 0x00, 0x00, 0x00, 0x00],
        ),
        // jmp qword ptr [rip + _JIT_CONTINUE@GOTPCREL] (3.13, -fpic)
        "R_X86_64_GOTPCRELX" if v313 && got_continue => (
            h.offset.checked_sub(2),
            &[0xff, 0x25, 0x00, 0x00, 0x00, 0x00],
        ),
        // jmp rel32 _JIT_CONTINUE
        "IMAGE_REL_I386_REL32" | "X86_64_RELOC_BRANCH"
            if h.base == continue_ && h.symbol.is_none() && h.addend == -4 =>
        {
            (h.offset.checked_sub(1), &[0xe9, 0x00, 0x00, 0x00, 0x00])
        }
        "R_X86_64_PLT32"
            if !v313 && h.base == continue_ && h.symbol.is_none() && h.addend == -4 =>
        {
            (h.offset.checked_sub(1), &[0xe9, 0x00, 0x00, 0x00, 0x00])
        }
        // b _JIT_CONTINUE
        "R_AARCH64_JUMP26" if h.base == continue_ && h.symbol.is_none() && h.addend == 0 => {
            (Some(h.offset), &[0x00, 0x00, 0x00, 0x14])
        }
        _ => return,
    };
    let Some(start) = start else { return };
    if v313 && start % options.code_alignment.max(1) != 0 {
        return;
    }
    let start = start as usize;
    if body.get(start..) == Some(jump) {
        body.truncate(start);
        holes.remove(index);
    }
}

/// Pads `code` to `options.code_alignment` with `options.code_fill`,
/// noting zero-byte padding (3.13) in the comments; NOP padding is code and
/// gets no comment.
fn pad_code(
    object: &str,
    code: &mut Vec<u8>,
    comments: &mut Vec<String>,
    options: Options,
) -> Result<()> {
    let align = options.code_alignment.max(1);
    let fill = options.code_fill;
    let gap = (align - code.len() as u64 % align) % align;
    if gap == 0 {
        return Ok(());
    }
    if !gap.is_multiple_of(fill.len() as u64) {
        return Err(fail!(
            "{object}: cannot pad {} bytes of code to {align} with {}-byte fill",
            code.len(),
            fill.len()
        ));
    }
    if fill.iter().all(|&b| b == 0) {
        comments.push(format!(
            "{:x}: {} (padding)",
            code.len(),
            vec!["00"; gap as usize].join(" ")
        ));
    }
    for _ in 0..gap / fill.len() as u64 {
        code.extend_from_slice(fill);
    }
    Ok(())
}

/// The 3.13 AArch64 trampoline: `movz x8, #0; movk x8, #0, lsl #16;
/// movk x8, #0, lsl #32; movk x8, #0, lsl #48; br x8`, the four moves
/// patched with the 16-bit chunks of the branch's target.
const INLINE_TRAMPOLINE: [(u32, &str, &str); 5] = [
    (0xd280_0008, "mov     x8, #0x0", "R_AARCH64_MOVW_UABS_G0_NC"),
    (
        0xf2a0_0008,
        "movk    x8, #0x0, lsl #16",
        "R_AARCH64_MOVW_UABS_G1_NC",
    ),
    (
        0xf2c0_0008,
        "movk    x8, #0x0, lsl #32",
        "R_AARCH64_MOVW_UABS_G2_NC",
    ),
    (
        0xf2e0_0008,
        "movk    x8, #0x0, lsl #48",
        "R_AARCH64_MOVW_UABS_G3",
    ),
    (0xd61f_0100, "br      x8", ""),
];

/// Appends a 3.13 trampoline for the 26-bit branch `hole` (after padding
/// the code to its alignment), points the branch at it and returns the
/// trampoline's four holes. The branch keeps its link behaviour (`bl`
/// still sets x30), and `br x8` does not touch x30, so a call returns to
/// the instruction after the `bl` and a tail jump stays a tail jump.
fn emit_inline_trampoline(
    object: &str,
    code: &mut Vec<u8>,
    comments: &mut Vec<String>,
    hole: &RawHole,
    options: Options,
) -> Result<Vec<RawHole>> {
    pad_code(object, code, comments, options)?;
    let base = code.len() as u64;
    let insn = word_at(code, hole.offset).ok_or_else(|| {
        fail!(
            "{object}: {} at {:#x} lies outside the code",
            hole.kind,
            hole.offset
        )
    })?;
    if insn & 0x7c00_0000 != 0x1400_0000 {
        return Err(fail!(
            "{object}: {} at {:#x} is on {insn:#010x}, not a B/BL",
            hole.kind,
            hole.offset
        ));
    }
    let delta = (base - hole.offset) >> 2;
    let retargeted = (insn & 0xfc00_0000) | (delta as u32 & 0x03ff_ffff);
    let at = hole.offset as usize;
    code[at..at + 4].copy_from_slice(&retargeted.to_le_bytes());
    let name = hole.symbol.as_deref().unwrap_or("?");
    comments.push(format!(
        "{:x}: branch to {name} redirected to the trampoline at {base:#x}",
        hole.offset
    ));
    let mut holes = Vec::with_capacity(4);
    for (i, (word, text, kind)) in INLINE_TRAMPOLINE.iter().enumerate() {
        let offset = base + 4 * i as u64;
        code.extend_from_slice(&word.to_le_bytes());
        comments.push(format!("{offset:x}: {word:08x}      {text}"));
        if !kind.is_empty() {
            comments.push(format!("{offset:016x}:  {kind:<28} {name}"));
            holes.push(RawHole {
                offset,
                kind,
                ..hole.clone()
            });
        }
    }
    Ok(holes)
}

/// Processes one group. `symbols` is the set-wide trampoline table,
/// shared by all groups of a set in header order.
pub fn process(raw: &RawGroup, options: Options, symbols: &mut SymbolTable) -> Result<Processed> {
    let object = &raw.object;
    let RawStencil {
        body: mut code,
        holes: code_holes,
        comments: code_comments,
    } = raw.code.clone();
    let RawStencil {
        body: mut data,
        holes: data_holes,
        comments: mut data_comments,
    } = raw.data.clone();
    let mut code_holes: Vec<Work> = code_holes
        .into_iter()
        .map(|raw| Work { raw, ordinal: None })
        .collect();
    let mut data_holes: Vec<Work> = data_holes
        .into_iter()
        .map(|raw| Work { raw, ordinal: None })
        .collect();
    let mut trampolines = BTreeSet::new();

    let mut code_comments = code_comments;

    // 1. External AArch64 branches.
    match options.branches {
        ExternalBranches::SymbolsMap => {
            for w in &mut code_holes {
                let h = &w.raw;
                if is_trampoline_candidate(h.kind)
                    && h.base == Base::Value(HoleValue::Zero)
                    && h.defined.is_none()
                {
                    let name = h.symbol.as_deref().ok_or_else(|| {
                        fail!("{object}: {} at {:#x} has no symbol", h.kind, h.offset)
                    })?;
                    let ordinal = symbols.ordinal(name);
                    trampolines.insert(ordinal);
                    w.ordinal = Some(ordinal);
                }
            }
        }
        ExternalBranches::InlineTrampoline => {
            // In relocation order, as CPython walks its hole list; the
            // trampolines' holes go after the remaining ones.
            let mut kept = Vec::with_capacity(code_holes.len());
            let mut added = Vec::new();
            for w in code_holes {
                if is_trampoline_candidate(w.raw.kind) && w.raw.base == Base::Value(HoleValue::Zero)
                {
                    let holes = emit_inline_trampoline(
                        object,
                        &mut code,
                        &mut code_comments,
                        &w.raw,
                        options,
                    )?;
                    added.extend(holes.into_iter().map(|raw| Work { raw, ordinal: None }));
                } else {
                    kept.push(w);
                }
            }
            kept.extend(added);
            code_holes = kept;
        }
    }

    // 2. The trailing jump to the next stencil.
    remove_jump(&mut code, &mut code_holes, options);

    // 3. Code padding.
    pad_code(object, &mut code, &mut code_comments, options)?;

    // 4. Data padding.
    let pad = (8 - data.len() % 8) % 8;
    data.resize(data.len() + pad, 0);

    // 5. GOT and internal symbols.
    let got_start = data.len() as u64;
    let mut got: Vec<(String, Option<(Part, u64)>)> = Vec::new();
    let mut got_index: HashMap<String, u64> = HashMap::new();
    let mut resolve = |w: &mut Work| -> Result<()> {
        if w.ordinal.is_some() {
            return Ok(());
        }
        let h = &mut w.raw;
        match h.base {
            Base::Got => {
                let name = h.symbol.take().ok_or_else(|| {
                    fail!(
                        "{object}: GOT reference at {:#x} without a symbol",
                        h.offset
                    )
                })?;
                let slot = match got_index.get(&name) {
                    Some(&s) => s,
                    None => {
                        let s = 8 * got.len() as u64;
                        got.push((name.clone(), h.defined));
                        got_index.insert(name, s);
                        s
                    }
                };
                h.base = Base::Value(HoleValue::Data);
                h.addend = h.addend.wrapping_add((got_start + slot) as i64);
                h.defined = None;
            }
            Base::Value(_) => {
                if let Some((part, offset)) = h.defined.take() {
                    h.base = Base::Value(part_value(part));
                    h.addend = h.addend.wrapping_add(offset as i64);
                    h.symbol = None;
                } else if h.kind == "IMAGE_REL_AMD64_REL32"
                    && h.base == Base::Value(HoleValue::Zero)
                {
                    return Err(fail!(
                        "{object}: {} at {:#x} refers to {} directly; on Windows it must be imported (dllimport)",
                        h.kind,
                        h.offset,
                        h.symbol.as_deref().unwrap_or("?")
                    ));
                }
            }
        }
        Ok(())
    };
    for w in code_holes.iter_mut().chain(data_holes.iter_mut()) {
        resolve(w)?;
    }
    let mut data_out: Vec<Hole> = Vec::new();
    for (i, (name, defined)) in got.iter().enumerate() {
        let offset = got_start + 8 * i as u64;
        let value = match defined {
            Some((part, off)) => ValueExpr::new(part_value(*part), None, *off as i64),
            None => {
                let (v, s) = symbol_to_value(name);
                ValueExpr::new(v, s.as_deref(), 0)
            }
        };
        data_comments.push(format!("{offset:x}: {}", slot_comment(&value)));
        data_out.push(Hole {
            offset,
            kind: PatchKind::Abs64,
            operand: HoleOperand::Value(value),
            relocation: "GOT",
        });
        data.extend_from_slice(&[0; 8]);
    }

    // 6. Sort, convert, fold.
    let mut code_out = convert(object, code_holes, options.shape)?;
    data_out.extend(convert(object, data_holes, options.shape)?);
    code_out.sort_by_key(|h| h.offset);
    data_out.sort_by_key(|h| h.offset);
    let check_registers = options.shape != Shape::V313;
    let code_out = fold(&code, code_out, check_registers);
    let data_out = fold(&data, data_out, check_registers);

    Ok(Processed {
        code: Stencil {
            body: code,
            holes: code_out,
            comments: code_comments,
        },
        data: Stencil {
            body: data,
            holes: data_out,
            comments: data_comments,
        },
        trampolines,
    })
}

/// CPython's data-slot comment: `OPARG`, `&PySpam_Add+0x0`, `CODE+0x10`.
fn slot_comment(v: &ValueExpr) -> String {
    let value_part = if v.base == HoleValue::Zero {
        String::new()
    } else {
        v.base.name().to_owned()
    };
    if !value_part.is_empty() && v.symbol.is_none() && v.addend == 0 {
        return value_part;
    }
    let mut addend_part = match &v.symbol {
        Some(s) => format!("&{s}"),
        None => String::new(),
    };
    let sign = if v.symbol.is_some() && v.addend >= 0 {
        "+"
    } else {
        ""
    };
    if v.addend < 0 {
        addend_part += &format!("-{:#x}", v.addend.unsigned_abs());
    } else {
        addend_part += &format!("{sign}{:#x}", v.addend);
    }
    if value_part.is_empty() {
        addend_part
    } else {
        format!("{value_part}+{addend_part}")
    }
}

fn convert(object: &str, holes: Vec<Work>, shape: Shape) -> Result<Vec<Hole>> {
    holes
        .into_iter()
        .map(|w| {
            let h = w.raw;
            let kind = patch_kind_for(shape, h.kind).ok_or_else(|| {
                fail!(
                    "{object}: relocation kind {} at {:#x} has no patch function in CPython {}'s build step",
                    h.kind,
                    h.offset,
                    shape.name()
                )
            })?;
            let (kind, operand) = match w.ordinal {
                Some(o) => (PatchKind::Aarch64Trampoline, HoleOperand::SymbolOrdinal(o)),
                None => {
                    let Base::Value(base) = h.base else {
                        return Err(fail!("{object}: unresolved GOT hole at {:#x}", h.offset));
                    };
                    (
                        kind,
                        HoleOperand::Value(ValueExpr {
                            base,
                            symbol: h.symbol,
                            addend: h.addend,
                        }),
                    )
                }
            };
            Ok(Hole {
                offset: h.offset,
                kind,
                operand,
                relocation: h.kind,
            })
        })
        .collect()
}

fn word_at(body: &[u8], offset: u64) -> Option<u32> {
    let start = usize::try_from(offset).ok()?;
    let bytes = body.get(start..start + 4)?;
    Some(u32::from_le_bytes(bytes.try_into().ok()?))
}

/// Folds `patch_aarch64_21rx` + `patch_aarch64_12x` on consecutive
/// instructions that load the same value into one `patch_aarch64_33rx`;
/// with `check_registers` (3.14+) only if they use the same register
/// (ADRP's Rd = LDR's Rt = LDR's Rn).
pub fn fold(body: &[u8], holes: Vec<Hole>, check_registers: bool) -> Vec<Hole> {
    let mut out = Vec::with_capacity(holes.len());
    let mut i = 0;
    while i < holes.len() {
        let a = &holes[i];
        if let Some(b) = holes.get(i + 1) {
            let same_register = !check_registers
                || match (word_at(body, a.offset), word_at(body, b.offset)) {
                    (Some(ia), Some(ib)) => {
                        let rd = ia & 0x1f;
                        rd == ib & 0x1f && rd == (ib >> 5) & 0x1f
                    }
                    _ => false,
                };
            if a.offset + 4 == b.offset
                && a.kind == PatchKind::Aarch64Page21x
                && b.kind == PatchKind::Aarch64Lo12x
                && a.operand == b.operand
                && same_register
            {
                out.push(Hole {
                    kind: PatchKind::Aarch64Pair33x,
                    ..a.clone()
                });
                i += 2;
                continue;
            }
        }
        out.push(a.clone());
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hole(
        offset: u64,
        kind: &'static str,
        base: Base,
        symbol: Option<&str>,
        addend: i64,
    ) -> RawHole {
        RawHole {
            offset,
            kind,
            base,
            symbol: symbol.map(str::to_owned),
            defined: None,
            addend,
        }
    }

    fn value(h: &Hole) -> &ValueExpr {
        h.operand.value().expect("a value hole")
    }

    /// x86-64 ELF: two GOT loads of one symbol share a slot; a second symbol
    /// gets the next one; slots follow the (8-aligned) read-only data.
    #[test]
    fn got_slots_are_shared_and_follow_the_data() {
        let mut raw = RawGroup {
            object: "t.o".into(),
            ..RawGroup::default()
        };
        raw.code.body = vec![0x90; 32];
        raw.data.body = vec![1, 2, 3];
        raw.code.holes = vec![
            hole(
                2,
                "R_X86_64_REX_GOTPCRELX",
                Base::Got,
                Some("PySpam_Add"),
                -4,
            ),
            hole(10, "R_X86_64_GOTPCRELX", Base::Got, Some("_JIT_OPARG"), -4),
            hole(
                20,
                "R_X86_64_REX_GOTPCRELX",
                Base::Got,
                Some("PySpam_Add"),
                -4,
            ),
        ];
        let mut symbols = SymbolTable::default();
        let p = process(
            &raw,
            Options::new(Target::X86_64Linux, Shape::V314),
            &mut symbols,
        )
        .unwrap();
        // 3 bytes of data padded to 8, then two slots.
        assert_eq!(p.data.body.len(), 8 + 16);
        assert_eq!(p.code.holes.len(), 3);
        assert!(p
            .code
            .holes
            .iter()
            .all(|h| h.kind == PatchKind::X86_64Rel32x));
        assert_eq!(
            value(&p.code.holes[0]),
            &ValueExpr::new(HoleValue::Data, None, 8 - 4)
        );
        assert_eq!(
            value(&p.code.holes[1]),
            &ValueExpr::new(HoleValue::Data, None, 16 - 4)
        );
        assert_eq!(
            value(&p.code.holes[2]),
            &ValueExpr::new(HoleValue::Data, None, 8 - 4)
        );
        assert_eq!(p.data.holes.len(), 2);
        assert_eq!(p.data.holes[0].offset, 8);
        assert_eq!(p.data.holes[0].kind, PatchKind::Abs64);
        assert_eq!(
            value(&p.data.holes[0]),
            &ValueExpr::new(HoleValue::Zero, Some("PySpam_Add"), 0)
        );
        assert_eq!(p.data.holes[1].offset, 16);
        assert_eq!(
            value(&p.data.holes[1]),
            &ValueExpr::new(HoleValue::Oparg, None, 0)
        );
        assert!(p.trampolines.is_empty());
        assert!(p.trampoline_mask().is_empty());
    }

    /// Slots are assigned in relocation order (Mach-O lists relocations
    /// last-first), not in offset order.
    #[test]
    fn got_slots_follow_relocation_order() {
        let mut raw = RawGroup::default();
        raw.code.body = vec![0; 16];
        raw.code.holes = vec![
            hole(12, "X86_64_RELOC_GOT", Base::Got, Some("b"), -4),
            hole(4, "X86_64_RELOC_GOT_LOAD", Base::Got, Some("a"), -4),
        ];
        let p = process(
            &raw,
            Options::new(Target::X86_64Darwin, Shape::V314),
            &mut SymbolTable::default(),
        )
        .unwrap();
        assert_eq!(p.code.holes[0].offset, 4);
        assert_eq!(value(&p.code.holes[0]).addend, 8 - 4);
        assert_eq!(value(&p.code.holes[1]).addend, -4);
        assert_eq!(
            value(&p.data.holes[0]).symbol.as_deref(),
            Some("b"),
            "first relocation, first slot"
        );
    }

    /// Internal references become CODE/DATA + offset; a GOT reference to an
    /// internal symbol fills its slot with that address.
    #[test]
    fn internal_symbols_resolve_to_code_and_data() {
        let mut raw = RawGroup::default();
        raw.code.body = vec![0; 16];
        raw.data.body = vec![0; 16];
        let mut a = hole(
            3,
            "R_X86_64_64",
            Base::Value(HoleValue::Zero),
            Some("table"),
            8,
        );
        a.defined = Some((Part::Data, 4));
        let mut b = hole(9, "R_X86_64_GOTPCRELX", Base::Got, Some("local"), -4);
        b.defined = Some((Part::Code, 12));
        raw.code.holes = vec![a, b];
        let p = process(
            &raw,
            Options::new(Target::X86_64Linux, Shape::V314),
            &mut SymbolTable::default(),
        )
        .unwrap();
        assert_eq!(
            value(&p.code.holes[0]),
            &ValueExpr::new(HoleValue::Data, None, 12)
        );
        assert_eq!(
            value(&p.code.holes[1]),
            &ValueExpr::new(HoleValue::Data, None, 16 - 4)
        );
        assert_eq!(
            value(&p.data.holes[0]),
            &ValueExpr::new(HoleValue::Code, None, 12)
        );
    }

    /// A trailing `jmp _JIT_CONTINUE` is removed; one in the middle is not.
    #[test]
    fn trailing_continue_jump_is_removed() {
        let mut raw = RawGroup::default();
        // jmp CONTINUE; nop; jmp CONTINUE
        raw.code.body = vec![0xe9, 0, 0, 0, 0, 0x90, 0xe9, 0, 0, 0, 0];
        raw.code.holes = vec![
            hole(
                1,
                "R_X86_64_PLT32",
                Base::Value(HoleValue::Continue),
                None,
                -4,
            ),
            hole(
                7,
                "R_X86_64_PLT32",
                Base::Value(HoleValue::Continue),
                None,
                -4,
            ),
        ];
        let p = process(
            &raw,
            Options::new(Target::X86_64Linux, Shape::V314),
            &mut SymbolTable::default(),
        )
        .unwrap();
        assert_eq!(p.code.body, vec![0xe9, 0, 0, 0, 0, 0x90]);
        assert_eq!(p.code.holes.len(), 1);
        assert_eq!(p.code.holes[0].kind, PatchKind::Rel32);
        assert_eq!(
            value(&p.code.holes[0]),
            &ValueExpr::new(HoleValue::Continue, None, -4)
        );
    }

    /// Windows x86-64: the jump goes through the import slot of
    /// `_JIT_CONTINUE`; removing it also drops the GOT slot.
    #[test]
    fn trailing_import_jump_is_removed() {
        let mut raw = RawGroup::default();
        raw.code.body = vec![0x48, 0xff, 0x25, 0, 0, 0, 0];
        raw.code.holes = vec![hole(
            3,
            "IMAGE_REL_AMD64_REL32",
            Base::Got,
            Some("_JIT_CONTINUE"),
            -4,
        )];
        let p = process(
            &raw,
            Options::new(Target::X86_64Windows, Shape::V314),
            &mut SymbolTable::default(),
        )
        .unwrap();
        assert!(p.code.body.is_empty());
        assert!(p.code.holes.is_empty());
        assert!(p.data.body.is_empty());
    }

    /// AArch64: external branches become trampolines with set-wide
    /// ordinals (3.14+), or stay 26-bit branches (3.13); code is padded
    /// with NOPs to 8 bytes.
    #[test]
    fn trampolines_and_nop_padding() {
        let mut raw = RawGroup::default();
        // bl PySpam_Add; bl PyEggs_Check; b CONTINUE (not trailing-removable
        // on Mach-O).
        raw.code.body = [0x94000000u32, 0x94000000, 0x14000000]
            .iter()
            .flat_map(|w| w.to_le_bytes())
            .collect();
        raw.code.holes = vec![
            hole(
                4,
                "ARM64_RELOC_BRANCH26",
                Base::Value(HoleValue::Zero),
                Some("PyEggs_Check"),
                0,
            ),
            hole(
                0,
                "ARM64_RELOC_BRANCH26",
                Base::Value(HoleValue::Zero),
                Some("PySpam_Add"),
                0,
            ),
            hole(
                8,
                "ARM64_RELOC_BRANCH26",
                Base::Value(HoleValue::Continue),
                None,
                0,
            ),
        ];
        let mut symbols = SymbolTable::default();
        symbols.ordinal("PySpam_Add");
        let p = process(
            &raw,
            Options::new(Target::Aarch64Darwin, Shape::V314),
            &mut symbols,
        )
        .unwrap();
        assert_eq!(symbols.names, vec!["PySpam_Add", "PyEggs_Check"]);
        assert_eq!(p.code.body.len(), 16);
        assert_eq!(&p.code.body[12..], &[0x1f, 0x20, 0x03, 0xd5]);
        assert_eq!(p.code.holes[0].kind, PatchKind::Aarch64Trampoline);
        assert_eq!(p.code.holes[0].operand, HoleOperand::SymbolOrdinal(0));
        assert_eq!(p.code.holes[1].operand, HoleOperand::SymbolOrdinal(1));
        assert_eq!(p.code.holes[2].kind, PatchKind::Aarch64Branch26);
        assert_eq!(p.trampoline_mask(), vec![0b11]);

        // 3.13: each external branch gets its own MOVZ/MOVK/BR trampoline
        // appended to the code (8-aligned, zero-padded), in relocation
        // order; the branch now targets it and has no hole of its own.
        let p313 = process(
            &raw,
            Options::new(Target::Aarch64Darwin, Shape::V313),
            &mut SymbolTable::default(),
        )
        .unwrap();
        assert!(p313.trampolines.is_empty());
        let words: Vec<u32> = p313
            .code
            .body
            .chunks(4)
            .map(|c| u32::from_le_bytes(c.try_into().unwrap()))
            .collect();
        let trampoline = [
            0xd280_0008u32, // movz x8, #0
            0xf2a0_0008,    // movk x8, #0, lsl #16
            0xf2c0_0008,    // movk x8, #0, lsl #32
            0xf2e0_0008,    // movk x8, #0, lsl #48
            0xd61f_0100,    // br x8
        ];
        let mut expected = vec![0x9400_000a, 0x9400_0003, 0x1400_0000, 0];
        expected.extend(trampoline); // 0x10: PyEggs_Check
        expected.push(0);
        expected.extend(trampoline); // 0x28: PySpam_Add
        expected.push(0);
        assert_eq!(words, expected);
        let summary: Vec<(u64, PatchKind, Option<&str>)> = p313
            .code
            .holes
            .iter()
            .map(|h| (h.offset, h.kind, value(h).symbol.as_deref()))
            .collect();
        use PatchKind::*;
        assert_eq!(
            summary,
            vec![
                (0x08, Aarch64Branch26, None),
                (0x10, Aarch64Mov16a, Some("PyEggs_Check")),
                (0x14, Aarch64Mov16b, Some("PyEggs_Check")),
                (0x18, Aarch64Mov16c, Some("PyEggs_Check")),
                (0x1c, Aarch64Mov16d, Some("PyEggs_Check")),
                (0x28, Aarch64Mov16a, Some("PySpam_Add")),
                (0x2c, Aarch64Mov16b, Some("PySpam_Add")),
                (0x30, Aarch64Mov16c, Some("PySpam_Add")),
                (0x34, Aarch64Mov16d, Some("PySpam_Add")),
            ]
        );
        assert_eq!(value(&p313.code.holes[0]).base, HoleValue::Continue);
    }

    fn words(ws: &[u32]) -> Vec<u8> {
        ws.iter().flat_map(|w| w.to_le_bytes()).collect()
    }

    /// ELF AArch64: the trailing `b _JIT_CONTINUE` goes in 3.14 wherever
    /// it is; 3.13 removes it only at an 8-aligned offset, and never once a
    /// trampoline was appended (the last hole is then the trampoline's).
    #[test]
    fn trailing_aarch64_jump_removal_by_era() {
        let nop = 0xd503_201fu32;
        let b = 0x1400_0000u32;
        let bl = 0x9400_0000u32;
        let cont = |offset| {
            hole(
                offset,
                "R_AARCH64_JUMP26",
                Base::Value(HoleValue::Continue),
                None,
                0,
            )
        };
        let run = |body: Vec<u8>, holes: Vec<RawHole>, shape| {
            let mut raw = RawGroup::default();
            raw.code.body = body;
            raw.code.holes = holes;
            process(
                &raw,
                Options::new(Target::Aarch64Linux, shape),
                &mut SymbolTable::default(),
            )
            .unwrap()
        };
        // b at 4: unaligned.
        let p = run(words(&[nop, b]), vec![cont(4)], Shape::V314);
        assert_eq!(p.code.body, words(&[nop, nop]));
        assert!(p.code.holes.is_empty());
        let p = run(words(&[nop, b]), vec![cont(4)], Shape::V313);
        assert_eq!(p.code.body, words(&[nop, b]));
        assert_eq!(p.code.holes.len(), 1);
        // b at 8: aligned.
        let p = run(words(&[nop, nop, b]), vec![cont(8)], Shape::V313);
        assert_eq!(p.code.body, words(&[nop, nop]));
        assert!(p.code.holes.is_empty());
        // bl external; b CONTINUE at 8: the trampoline's holes come last.
        let call = hole(
            0,
            "R_AARCH64_CALL26",
            Base::Value(HoleValue::Zero),
            Some("PySpam_Add"),
            0,
        );
        let p = run(
            words(&[bl, nop, b]),
            vec![call.clone(), cont(8)],
            Shape::V313,
        );
        assert_eq!(p.code.body.len(), 16 + 20 + 4);
        assert_eq!(&p.code.body[8..12], &b.to_le_bytes());
        assert_eq!(
            &p.code.body[12..16],
            &[0; 4],
            "zero padding before the trampoline"
        );
        assert_eq!(&p.code.body[36..40], &[0; 4], "zero padding after it");
        assert_eq!(p.code.holes.len(), 5);
        // 3.14: a symbols_map trampoline, and the jump goes.
        let p = run(words(&[bl, nop, b]), vec![call, cont(8)], Shape::V314);
        assert_eq!(p.code.body, words(&[bl, nop]));
        assert_eq!(p.code.holes[0].kind, PatchKind::Aarch64Trampoline);
    }

    /// 3.13 x86-64 Linux is `-fpic`: its exits are `jmp [rip + GOT]`
    /// (R_X86_64_GOTPCRELX), and a trailing one to `_JIT_CONTINUE` goes,
    /// taking no GOT slot; 3.14 does not know that form.
    #[test]
    fn trailing_got_jump_removed_in_313() {
        let mut raw = RawGroup::default();
        raw.code.body = vec![0x90, 0xff, 0x25, 0, 0, 0, 0];
        raw.code.holes = vec![hole(
            3,
            "R_X86_64_GOTPCRELX",
            Base::Got,
            Some("_JIT_CONTINUE"),
            -4,
        )];
        let p = process(
            &raw,
            Options::new(Target::X86_64Linux, Shape::V313),
            &mut SymbolTable::default(),
        )
        .unwrap();
        assert_eq!(p.code.body, vec![0x90]);
        assert!(p.code.holes.is_empty());
        assert!(p.data.body.is_empty());
        let p = process(
            &raw,
            Options::new(Target::X86_64Linux, Shape::V314),
            &mut SymbolTable::default(),
        )
        .unwrap();
        assert_eq!(p.code.body.len(), 7);
        assert_eq!(p.data.body.len(), 8);
    }

    /// Kinds 3.13 could not patch fail in the 3.13 shape only.
    #[test]
    fn kinds_unknown_to_313_fail_there() {
        let mut raw = RawGroup::default();
        raw.code.body = words(&[0xb400_0000, 0xd503_201f]);
        raw.code.holes = vec![hole(
            0,
            "R_AARCH64_CONDBR19",
            Base::Value(HoleValue::JumpTarget),
            None,
            0,
        )];
        let err = process(
            &raw,
            Options::new(Target::Aarch64Linux, Shape::V313),
            &mut SymbolTable::default(),
        )
        .unwrap_err();
        assert!(
            err.0.contains("R_AARCH64_CONDBR19") && err.0.contains("3.13"),
            "{err}"
        );
        assert!(process(
            &raw,
            Options::new(Target::Aarch64Linux, Shape::V314),
            &mut SymbolTable::default(),
        )
        .is_ok());
    }

    /// ADRP x8 + LDR x8, [x8] of one GOT slot fold into 33rx; a pair with
    /// different registers does not.
    #[test]
    fn adrp_ldr_pairs_fold() {
        let adrp_x8 = 0x9000_0008u32;
        let ldr_x8_x8 = 0xf940_0108u32;
        let ldr_x9_x8 = 0xf940_0109u32;
        let mut raw = RawGroup::default();
        raw.code.body = [adrp_x8, ldr_x8_x8, adrp_x8, ldr_x9_x8]
            .iter()
            .flat_map(|w| w.to_le_bytes())
            .collect();
        raw.code.holes = vec![
            hole(
                0,
                "R_AARCH64_ADR_GOT_PAGE",
                Base::Got,
                Some("PyGlobal_Counter"),
                0,
            ),
            hole(
                4,
                "R_AARCH64_LD64_GOT_LO12_NC",
                Base::Got,
                Some("PyGlobal_Counter"),
                0,
            ),
            hole(
                8,
                "R_AARCH64_ADR_GOT_PAGE",
                Base::Got,
                Some("_JIT_OPARG"),
                0,
            ),
            hole(
                12,
                "R_AARCH64_LD64_GOT_LO12_NC",
                Base::Got,
                Some("_JIT_OPARG"),
                0,
            ),
        ];
        let p = process(
            &raw,
            Options::new(Target::Aarch64Linux, Shape::V314),
            &mut SymbolTable::default(),
        )
        .unwrap();
        let kinds: Vec<_> = p.code.holes.iter().map(|h| h.kind).collect();
        assert_eq!(
            kinds,
            vec![
                PatchKind::Aarch64Pair33x,
                PatchKind::Aarch64Page21x,
                PatchKind::Aarch64Lo12x
            ]
        );
        assert_eq!(
            value(&p.code.holes[0]),
            &ValueExpr::new(HoleValue::Data, None, 0)
        );
        assert_eq!(
            value(&p.code.holes[1]),
            &ValueExpr::new(HoleValue::Data, None, 8)
        );
        // 3.13 folded without looking at the registers.
        let p = process(
            &raw,
            Options::new(Target::Aarch64Linux, Shape::V313),
            &mut SymbolTable::default(),
        )
        .unwrap();
        let kinds: Vec<_> = p.code.holes.iter().map(|h| h.kind).collect();
        assert_eq!(
            kinds,
            vec![PatchKind::Aarch64Pair33x, PatchKind::Aarch64Pair33x]
        );
    }

    #[test]
    fn direct_windows_references_are_rejected() {
        let mut raw = RawGroup::default();
        raw.code.body = vec![0xe8, 0, 0, 0, 0, 0xc3];
        raw.code.holes = vec![hole(
            1,
            "IMAGE_REL_AMD64_REL32",
            Base::Value(HoleValue::Zero),
            Some("PySpam_Add"),
            -4,
        )];
        let err = process(
            &raw,
            Options::new(Target::X86_64Windows, Shape::V314),
            &mut SymbolTable::default(),
        )
        .unwrap_err();
        assert!(err.0.contains("PySpam_Add"), "{err}");
    }

    #[test]
    fn slot_comments() {
        assert_eq!(
            slot_comment(&ValueExpr::new(HoleValue::Oparg, None, 0)),
            "OPARG"
        );
        assert_eq!(
            slot_comment(&ValueExpr::new(HoleValue::Zero, Some("PySpam_Add"), 0)),
            "&PySpam_Add+0x0"
        );
        assert_eq!(
            slot_comment(&ValueExpr::new(HoleValue::Code, None, 0x10)),
            "CODE+0x10"
        );
    }
}
