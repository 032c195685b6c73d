//! Reading one object file into a [`RawGroup`]: one module per object
//! format (ELF, Mach-O, COFF) behind the [`Format`] trait, and one shared
//! driver, [`read_object`], that walks sections, symbols and relocations the
//! way CPython's `_targets._Target._parse` walks llvm-readobj's output.
//!
//! A format module answers three questions: which blob (code, data, or
//! neither) a section belongs to and where in it the section starts; what a
//! relocation type is called; and what addend CPython's build step uses for
//! it (explicit for ELF's RELA, read from the patched bytes for COFF and
//! x86-64 Mach-O, zero for AArch64 Mach-O and COFF).

pub mod coff;
pub mod elf;
pub mod macho;

use crate::fail;
use crate::raw::{symbol_to_value, Base, RawGroup, RawHole, Result};
use crate::relocation;
use object::read::{
    Object, ObjectSection, ObjectSymbol, Relocation, RelocationTarget, Section, SectionIndex,
    SymbolKind, SymbolSection,
};
use std::collections::HashMap;
use stencil_verify::model::{HoleValue, Part};
use stencil_verify::target::{ObjectFormat, Target};

/// How one object format is read.
pub trait Format {
    /// Which blob a section's bytes belong to; `None` skips the section (and
    /// its relocations). Sections the build step cannot handle are errors.
    fn classify(&self, section: &Section<'_, '_>) -> Result<Option<Part>>;

    /// Where the section starts in its blob, given both blobs' current
    /// lengths. The default appends; Mach-O keeps the object's addresses.
    fn place(
        &self,
        section: &Section<'_, '_>,
        part: Part,
        code_len: u64,
        data_len: u64,
    ) -> Result<u64> {
        let _ = section;
        Ok(match part {
            Part::Code => code_len,
            Part::Data => data_len,
        })
    }

    /// The relocation's kind name (CPython's spelling), or an error naming
    /// the raw type if the format module does not know it.
    fn kind_name(&self, relocation: &Relocation) -> Result<&'static str>;

    /// The addend CPython's build step uses: `bytes` is the section's
    /// contents and `offset` the relocation's offset in it.
    fn addend(
        &self,
        kind: &'static str,
        relocation: &Relocation,
        bytes: &[u8],
        offset: u64,
    ) -> Result<i64>;

    /// Whether a relocation against this (prefix-stripped) symbol name is a
    /// reference through an import slot; returns the imported name.
    fn import_name<'n>(&self, name: &'n str) -> Option<&'n str> {
        let _ = name;
        None
    }
}

/// The format module for a target.
pub fn format_for(target: Target) -> Box<dyn Format> {
    match target.object_format() {
        ObjectFormat::Elf => Box::new(elf::Elf),
        ObjectFormat::MachO => Box::new(macho::MachO {
            arm64: target.arch() == stencil_verify::target::Arch::Aarch64,
        }),
        ObjectFormat::Coff => Box::new(coff::Coff {
            arch: target.arch(),
        }),
    }
}

fn file_format_matches(file: &object::File<'_>, target: Target) -> bool {
    use object::{Architecture, BinaryFormat};
    let format_ok = matches!(
        (file.format(), target.object_format()),
        (BinaryFormat::Elf, ObjectFormat::Elf)
            | (BinaryFormat::MachO, ObjectFormat::MachO)
            | (BinaryFormat::Coff, ObjectFormat::Coff)
    );
    let arch_ok = matches!(
        (file.architecture(), target.arch()),
        (Architecture::X86_64, stencil_verify::target::Arch::X86_64)
            | (Architecture::I386, stencil_verify::target::Arch::I686)
            | (Architecture::Aarch64, stencil_verify::target::Arch::Aarch64)
    );
    format_ok && arch_ok
}

fn read_u32(bytes: &[u8], offset: u64) -> Option<u32> {
    let start = usize::try_from(offset).ok()?;
    let slice = bytes.get(start..start.checked_add(4)?)?;
    Some(u32::from_le_bytes(slice.try_into().ok()?))
}

/// The implicit 32-bit addend stored at `offset`, sign-extended.
pub(crate) fn implicit_i32(bytes: &[u8], offset: u64) -> Result<i64> {
    read_u32(bytes, offset)
        .map(|v| i64::from(v as i32))
        .ok_or_else(|| fail!("relocation at {offset:#x} reaches past its section"))
}

/// The implicit 32-bit addend stored at `offset`, zero-extended.
pub(crate) fn implicit_u32(bytes: &[u8], offset: u64) -> Result<i64> {
    read_u32(bytes, offset)
        .map(i64::from)
        .ok_or_else(|| fail!("relocation at {offset:#x} reaches past its section"))
}

/// The 32-bit instruction at `offset` (AArch64), for immediate checks.
pub(crate) fn instruction(bytes: &[u8], offset: u64) -> Result<u32> {
    read_u32(bytes, offset)
        .ok_or_else(|| fail!("relocation at {offset:#x} reaches past its section"))
}

/// Reads one object file (already in memory) into a raw group.
///
/// `object` names the file in messages.
pub fn read_object(bytes: &[u8], object: &str, target: Target) -> Result<RawGroup> {
    let file =
        object::File::parse(bytes).map_err(|e| fail!("{object}: not an object file: {e}"))?;
    if !file_format_matches(&file, target) {
        return Err(fail!(
            "{object}: is {:?} {:?}, not an object for {target}",
            file.format(),
            file.architecture()
        ));
    }
    let format = format_for(target);
    let prefix = target.symbol_prefix();
    let mut group = RawGroup {
        object: object.to_owned(),
        ..RawGroup::default()
    };

    // Sections, in file order: each kept section's bytes are appended to (or,
    // for Mach-O, placed at its address in) the code or data blob.
    let mut placed: HashMap<SectionIndex, (Part, u64, u64)> = HashMap::new();
    let mut kept = Vec::new();
    for section in file.sections() {
        let name = section.name().unwrap_or("<unnamed>").to_owned();
        let Some(part) = format
            .classify(&section)
            .map_err(|e| fail!("{object}: section {name}: {e}"))?
        else {
            continue;
        };
        let code_len = group.code.body.len() as u64;
        let data_len = group.data.body.len() as u64;
        let base = format
            .place(&section, part, code_len, data_len)
            .map_err(|e| fail!("{object}: section {name}: {e}"))?;
        let contents = section
            .data()
            .map_err(|e| fail!("{object}: section {name}: unreadable: {e}"))?;
        let stencil = group.stencil_mut(part);
        let current = stencil.body.len() as u64;
        if base < current {
            return Err(fail!(
                "{object}: section {name} would start at {part:?}+{base:#x}, inside earlier contents"
            ));
        }
        stencil.body.resize(base as usize, 0);
        if contents.is_empty() && section.size() > 0 {
            // Zero-filled (BSS-like) sections: classify() only lets empty
            // ones through, but keep the arithmetic honest.
            stencil.body.resize((base + section.size()) as usize, 0);
        } else {
            stencil.body.extend_from_slice(contents);
        }
        placed.insert(section.index(), (part, base, section.address()));
        group.symbols.entry(name.clone()).or_insert((part, base));
        if part == Part::Data && section.size() > 0 {
            group
                .data
                .comments
                .push(format!("{base:x}: {name} ({} bytes)", section.size()));
        }
        kept.push(section.index());
    }

    // Symbols the object defines in kept sections.
    for symbol in file.symbols() {
        let SymbolSection::Section(index) = symbol.section() else {
            continue;
        };
        let Some(&(part, base, address)) = placed.get(&index) else {
            continue;
        };
        let raw = symbol.name().unwrap_or("");
        if raw.is_empty() || symbol.kind() == SymbolKind::Section {
            continue;
        }
        let name = raw.strip_prefix(prefix).unwrap_or(raw).to_owned();
        let offset = base + symbol.address().wrapping_sub(address);
        group.symbols.insert(name, (part, offset));
    }
    match group.symbols.get("_JIT_ENTRY") {
        Some((Part::Code, 0)) => {}
        other => {
            return Err(fail!(
                "{object}: _JIT_ENTRY must start the code, found {other:?}"
            ))
        }
    }

    // Relocations of kept sections, in the order the object lists them.
    for index in kept {
        let section = file.section_by_index(index).expect("kept section exists");
        let section_name = section.name().unwrap_or("<unnamed>").to_owned();
        let (part, base, _) = placed[&index];
        let contents = section.data().unwrap_or(&[]);
        for (offset, relocation) in section.relocations() {
            let here = format!("{object}: {section_name}+{offset:#x}");
            let kind = format
                .kind_name(&relocation)
                .map_err(|e| fail!("{here}: {e}"))?;
            if !relocation::patch_kind_any(kind) {
                return Err(fail!(
                    "{here}: relocation kind {kind} has no patch function (unsupported relocation)"
                ));
            }
            let addend = format
                .addend(kind, &relocation, contents, offset)
                .map_err(|e| fail!("{here}: {kind}: {e}"))?;
            let (name, defined) = match relocation.target() {
                RelocationTarget::Symbol(symbol_index) => {
                    let symbol = file
                        .symbol_by_index(symbol_index)
                        .map_err(|e| fail!("{here}: {kind}: bad symbol index: {e}"))?;
                    let defined = match symbol.section() {
                        SymbolSection::Section(si) => match placed.get(&si) {
                            Some(&(p, b, address)) => {
                                Some((p, b + symbol.address().wrapping_sub(address)))
                            }
                            None => {
                                return Err(fail!(
                                    "{here}: {kind} refers to a symbol in a section the build step drops"
                                ))
                            }
                        },
                        SymbolSection::Undefined => None,
                        other => {
                            return Err(fail!(
                                "{here}: {kind} refers to a symbol with unsupported placement {other:?}"
                            ))
                        }
                    };
                    let name = if symbol.kind() == SymbolKind::Section {
                        match symbol.section() {
                            SymbolSection::Section(si) => file
                                .section_by_index(si)
                                .ok()
                                .and_then(|s| s.name().ok().map(str::to_owned))
                                .unwrap_or_default(),
                            _ => String::new(),
                        }
                    } else {
                        let raw = symbol
                            .name()
                            .map_err(|e| fail!("{here}: {kind}: bad symbol name: {e}"))?;
                        raw.to_owned()
                    };
                    (name, defined)
                }
                RelocationTarget::Section(si) => {
                    // A section-relative (Mach-O "non-extern") relocation.
                    // CPython's build step resolves these by section name
                    // with the wrong base for data sections; clang only
                    // emits them in sections the build step drops
                    // (__compact_unwind), so refuse rather than guess.
                    let target_name = file
                        .section_by_index(si)
                        .ok()
                        .and_then(|s| s.name().ok().map(str::to_owned))
                        .unwrap_or_default();
                    return Err(fail!(
                        "{here}: {kind} is relative to section {target_name} (non-extern); only symbol relocations are supported"
                    ));
                }
                other => return Err(fail!("{here}: {kind} has an unsupported target {other:?}")),
            };
            let (base_value, symbol, defined) = if let Some(imported) = format.import_name(&name) {
                let imported = imported.strip_prefix(prefix).unwrap_or(imported).to_owned();
                (Base::Got, Some(imported), None)
            } else {
                let stripped = name.strip_prefix(prefix).unwrap_or(&name).to_owned();
                if relocation::is_got_kind(kind) {
                    (Base::Got, Some(stripped), defined)
                } else if defined.is_some() {
                    (Base::Value(HoleValue::Zero), Some(stripped), defined)
                } else {
                    if stripped.starts_with("_JIT_")
                        && crate::raw::special_value(&stripped).is_none()
                    {
                        return Err(fail!(
                            "{here}: {kind} refers to {stripped}, which is not a run-time value the JIT knows"
                        ));
                    }
                    let (value, symbol) = symbol_to_value(&stripped);
                    (Base::Value(value), symbol, None)
                }
            };
            if base_value == Base::Got {
                if let Some(s) = &symbol {
                    if s.starts_with("_JIT_")
                        && crate::raw::special_value(s).is_none()
                        && defined.is_none()
                    {
                        return Err(fail!(
                            "{here}: {kind} refers to {s}, which is not a run-time value the JIT knows"
                        ));
                    }
                }
            }
            group.stencil_mut(part).holes.push(RawHole {
                offset: base + offset,
                kind,
                base: base_value,
                symbol,
                defined,
                addend,
            });
        }
    }
    Ok(group)
}
