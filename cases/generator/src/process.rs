//! The build step's processing of one raw group into stencils with holes,
//! in the order CPython's `StencilGroup.process_relocations` (3.14) does it:
//!
//! 1. calls and jumps to external symbols through 26-bit AArch64 branches
//!    become `patch_aarch64_trampoline` holes with an ordinal into the
//!    set-wide symbol table (3.14+ shapes);
//! 2. a jump to `_JIT_CONTINUE` that ends the code is removed, so the
//!    stencil falls through into the next one;
//! 3. AArch64 code is padded with NOPs to a multiple of 8 bytes;
//! 4. the data is padded to 8 bytes;
//! 5. GOT references become `DATA + slot` (one 8-byte slot per symbol,
//!    appended after the data, filled by a `patch_64` data hole), and
//!    references to the object's own symbols become `CODE`/`DATA` + offset;
//! 6. holes are sorted by offset, and an ADRP + LDR pair loading one GOT
//!    slot into one register is folded into `patch_aarch64_33rx` (which
//!    CPython does while writing the header).

use crate::fail;
use crate::raw::{symbol_to_value, Base, RawGroup, RawHole, RawStencil, Result};
use crate::relocation::{is_trampoline_candidate, patch_kind};
use std::collections::{BTreeSet, HashMap};
use stencil_verify::model::{HoleOperand, HoleValue, Part, PatchKind, ValueExpr};
use stencil_verify::target::{Arch, Target};

/// How a target's groups are processed.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Route external 26-bit branches through trampolines (3.14+).
    pub trampolines: bool,
    /// Code alignment, filled with `nop` (CPython: 8 on AArch64).
    pub code_alignment: u64,
    pub nop: &'static [u8],
}

impl Options {
    pub fn new(target: Target, trampolines: bool) -> Options {
        match target.arch() {
            Arch::Aarch64 => Options {
                trampolines,
                code_alignment: 8,
                nop: &[0x1f, 0x20, 0x03, 0xd5],
            },
            Arch::X86_64 | Arch::I686 => Options {
                trampolines,
                code_alignment: 1,
                nop: &[0x90],
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
/// exact jump encodings below, with nothing after them.
fn remove_jump(body: &mut Vec<u8>, holes: &mut Vec<Work>) {
    let Some(offset) = holes.iter().map(|h| h.raw.offset).max() else {
        return;
    };
    // The first hole at the highest offset, as Python's `max` picks it.
    let index = holes
        .iter()
        .position(|h| h.raw.offset == offset)
        .expect("the maximum exists");
    let h = &holes[index].raw;
    let continue_ = Base::Value(HoleValue::Continue);
    let (start, jump): (Option<u64>, &[u8]) = match h.kind {
        // jmp qword ptr [rip + __imp__JIT_CONTINUE]
        "IMAGE_REL_AMD64_REL32"
            if h.base == Base::Got
                && h.symbol.as_deref() == Some("_JIT_CONTINUE")
                && h.addend == -4 =>
        {
            (
                h.offset.checked_sub(3),
                &[0x48, 0xff, 0x25, 0x00, 0x00, 0x00, 0x00],
            )
        }
        // jmp rel32 _JIT_CONTINUE
        "IMAGE_REL_I386_REL32" | "R_X86_64_PLT32" | "X86_64_RELOC_BRANCH"
            if h.base == continue_ && h.symbol.is_none() && h.addend == -4 =>
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
    let start = start as usize;
    if body.get(start..) == Some(jump) {
        body.truncate(start);
        holes.remove(index);
    }
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

    // 1. Trampolines.
    if options.trampolines {
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

    // 2. The trailing jump to the next stencil.
    remove_jump(&mut code, &mut code_holes);

    // 3. NOP padding of the code.
    let align = options.code_alignment.max(1);
    let gap = (align - code.len() as u64 % align) % align;
    if !gap.is_multiple_of(options.nop.len() as u64) {
        return Err(fail!(
            "{object}: cannot pad {} bytes of code to {align} with {}-byte NOPs",
            code.len(),
            options.nop.len()
        ));
    }
    for _ in 0..gap / options.nop.len() as u64 {
        code.extend_from_slice(options.nop);
    }

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
    let mut code_out = convert(object, code_holes)?;
    data_out.extend(convert(object, data_holes)?);
    code_out.sort_by_key(|h| h.offset);
    data_out.sort_by_key(|h| h.offset);
    let code_out = fold(&code, code_out);
    let data_out = fold(&data, data_out);

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

fn convert(object: &str, holes: Vec<Work>) -> Result<Vec<Hole>> {
    holes
        .into_iter()
        .map(|w| {
            let h = w.raw;
            let kind = patch_kind(h.kind).ok_or_else(|| {
                fail!(
                    "{object}: relocation kind {} at {:#x} has no patch function",
                    h.kind,
                    h.offset
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
/// instructions that load the same value into the same register (ADRP's Rd
/// = LDR's Rt = LDR's Rn) into one `patch_aarch64_33rx`.
pub fn fold(body: &[u8], holes: Vec<Hole>) -> Vec<Hole> {
    let mut out = Vec::with_capacity(holes.len());
    let mut i = 0;
    while i < holes.len() {
        let a = &holes[i];
        if let Some(b) = holes.get(i + 1) {
            let same_register = match (word_at(body, a.offset), word_at(body, b.offset)) {
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
        let p = process(&raw, Options::new(Target::X86_64Linux, true), &mut symbols).unwrap();
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
            Options::new(Target::X86_64Darwin, true),
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
            Options::new(Target::X86_64Linux, true),
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
            Options::new(Target::X86_64Linux, true),
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
            Options::new(Target::X86_64Windows, true),
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
            Options::new(Target::Aarch64Darwin, true),
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

        let p313 = process(
            &raw,
            Options::new(Target::Aarch64Darwin, false),
            &mut SymbolTable::default(),
        )
        .unwrap();
        assert_eq!(p313.code.holes[0].kind, PatchKind::Aarch64Branch26);
        assert_eq!(
            value(&p313.code.holes[0]),
            &ValueExpr::new(HoleValue::Zero, Some("PySpam_Add"), 0)
        );
        assert!(p313.trampolines.is_empty());
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
            Options::new(Target::Aarch64Linux, true),
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
            Options::new(Target::X86_64Windows, true),
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
