//! COFF (x86-64, i686 and arm64 Windows).
//!
//! Kept sections: executable → code, readable → data, appended in section
//! order (zero-length `.data`/`.bss` contribute nothing). `.drectve` and
//! `.llvm_addrsig` are neither and are dropped.
//!
//! References through a DLL import slot name `__imp_<symbol>`: they become
//! GOT references (a data slot holding the symbol's address). Addends are
//! implicit: the 32-bit field's contents for DIR32, those minus 4 for the
//! RIP-relative REL32 kinds, and none for arm64 (whose immediates must be
//! zero, as CPython's build step assumes).

use super::{implicit_i32, implicit_u32, instruction, Format};
use crate::fail;
use crate::raw::Result;
use object::pe;
use object::read::{ObjectSection, Relocation, RelocationFlags, Section, SectionFlags};
use stencil_verify::model::Part;
use stencil_verify::target::Arch;

pub struct Coff {
    /// Relocation type numbers are per machine.
    pub arch: Arch,
}

impl Format for Coff {
    fn classify(&self, section: &Section<'_, '_>) -> Result<Option<Part>> {
        let SectionFlags::Coff { characteristics } = section.flags() else {
            return Err(fail!("not a COFF section"));
        };
        let part = if characteristics & pe::IMAGE_SCN_MEM_EXECUTE != 0 {
            Part::Code
        } else if characteristics & pe::IMAGE_SCN_MEM_READ != 0 {
            Part::Data
        } else {
            return Ok(None);
        };
        if characteristics & pe::IMAGE_SCN_MEM_DISCARDABLE != 0 {
            // Debug information (.debug$S and friends): never emitted
            // without -g, and never part of a stencil.
            return Ok(None);
        }
        if characteristics & pe::IMAGE_SCN_CNT_UNINITIALIZED_DATA != 0 && section.size() != 0 {
            return Err(fail!(
                "uninitialized section of {} bytes cannot become part of a stencil",
                section.size()
            ));
        }
        Ok(Some(part))
    }

    fn kind_name(&self, relocation: &Relocation) -> Result<&'static str> {
        let RelocationFlags::Coff { typ } = relocation.flags() else {
            return Err(fail!("not a COFF relocation: {:?}", relocation.flags()));
        };
        let name = match self.arch {
            Arch::X86_64 => amd64_name(typ),
            Arch::I686 => i386_name(typ),
            Arch::Aarch64 => arm64_name(typ),
        };
        name.ok_or_else(|| fail!("unknown COFF relocation type {typ:#x}"))
    }

    fn addend(
        &self,
        kind: &'static str,
        _relocation: &Relocation,
        bytes: &[u8],
        offset: u64,
    ) -> Result<i64> {
        match kind {
            "IMAGE_REL_I386_DIR32" => implicit_u32(bytes, offset),
            "IMAGE_REL_AMD64_REL32" | "IMAGE_REL_I386_REL32" => {
                Ok(implicit_i32(bytes, offset)? - 4)
            }
            "IMAGE_REL_ARM64_BRANCH26"
            | "IMAGE_REL_ARM64_BRANCH19"
            | "IMAGE_REL_ARM64_PAGEBASE_REL21"
            | "IMAGE_REL_ARM64_PAGEOFFSET_12A"
            | "IMAGE_REL_ARM64_PAGEOFFSET_12L" => {
                let insn = instruction(bytes, offset)?;
                let imm = match kind {
                    "IMAGE_REL_ARM64_BRANCH26" => insn & 0x03ff_ffff,
                    "IMAGE_REL_ARM64_BRANCH19" => insn & 0x00ff_ffe0,
                    "IMAGE_REL_ARM64_PAGEBASE_REL21" => insn & 0x60ff_ffe0,
                    _ => (insn >> 10) & 0xfff,
                };
                if imm != 0 {
                    return Err(fail!(
                        "instruction {insn:#010x} carries an implicit addend the build step would drop"
                    ));
                }
                Ok(0)
            }
            _ => Err(fail!("no addend rule")),
        }
    }

    fn import_name<'n>(&self, name: &'n str) -> Option<&'n str> {
        name.strip_prefix("__imp_")
    }
}

pub fn amd64_name(typ: u16) -> Option<&'static str> {
    Some(match typ {
        pe::IMAGE_REL_AMD64_ABSOLUTE => "IMAGE_REL_AMD64_ABSOLUTE",
        pe::IMAGE_REL_AMD64_ADDR64 => "IMAGE_REL_AMD64_ADDR64",
        pe::IMAGE_REL_AMD64_ADDR32 => "IMAGE_REL_AMD64_ADDR32",
        pe::IMAGE_REL_AMD64_ADDR32NB => "IMAGE_REL_AMD64_ADDR32NB",
        pe::IMAGE_REL_AMD64_REL32 => "IMAGE_REL_AMD64_REL32",
        pe::IMAGE_REL_AMD64_REL32_1 => "IMAGE_REL_AMD64_REL32_1",
        pe::IMAGE_REL_AMD64_REL32_2 => "IMAGE_REL_AMD64_REL32_2",
        pe::IMAGE_REL_AMD64_REL32_3 => "IMAGE_REL_AMD64_REL32_3",
        pe::IMAGE_REL_AMD64_REL32_4 => "IMAGE_REL_AMD64_REL32_4",
        pe::IMAGE_REL_AMD64_REL32_5 => "IMAGE_REL_AMD64_REL32_5",
        pe::IMAGE_REL_AMD64_SECTION => "IMAGE_REL_AMD64_SECTION",
        pe::IMAGE_REL_AMD64_SECREL => "IMAGE_REL_AMD64_SECREL",
        _ => return None,
    })
}

pub fn arm64_name(typ: u16) -> Option<&'static str> {
    Some(match typ {
        pe::IMAGE_REL_ARM64_ADDR32 => "IMAGE_REL_ARM64_ADDR32",
        pe::IMAGE_REL_ARM64_ADDR32NB => "IMAGE_REL_ARM64_ADDR32NB",
        pe::IMAGE_REL_ARM64_BRANCH26 => "IMAGE_REL_ARM64_BRANCH26",
        pe::IMAGE_REL_ARM64_PAGEBASE_REL21 => "IMAGE_REL_ARM64_PAGEBASE_REL21",
        pe::IMAGE_REL_ARM64_REL21 => "IMAGE_REL_ARM64_REL21",
        pe::IMAGE_REL_ARM64_PAGEOFFSET_12A => "IMAGE_REL_ARM64_PAGEOFFSET_12A",
        pe::IMAGE_REL_ARM64_PAGEOFFSET_12L => "IMAGE_REL_ARM64_PAGEOFFSET_12L",
        pe::IMAGE_REL_ARM64_SECREL => "IMAGE_REL_ARM64_SECREL",
        pe::IMAGE_REL_ARM64_SECTION => "IMAGE_REL_ARM64_SECTION",
        pe::IMAGE_REL_ARM64_ADDR64 => "IMAGE_REL_ARM64_ADDR64",
        pe::IMAGE_REL_ARM64_BRANCH19 => "IMAGE_REL_ARM64_BRANCH19",
        pe::IMAGE_REL_ARM64_BRANCH14 => "IMAGE_REL_ARM64_BRANCH14",
        pe::IMAGE_REL_ARM64_REL32 => "IMAGE_REL_ARM64_REL32",
        _ => return None,
    })
}

pub fn i386_name(typ: u16) -> Option<&'static str> {
    Some(match typ {
        pe::IMAGE_REL_I386_ABSOLUTE => "IMAGE_REL_I386_ABSOLUTE",
        pe::IMAGE_REL_I386_DIR16 => "IMAGE_REL_I386_DIR16",
        pe::IMAGE_REL_I386_REL16 => "IMAGE_REL_I386_REL16",
        pe::IMAGE_REL_I386_DIR32 => "IMAGE_REL_I386_DIR32",
        pe::IMAGE_REL_I386_DIR32NB => "IMAGE_REL_I386_DIR32NB",
        pe::IMAGE_REL_I386_SECTION => "IMAGE_REL_I386_SECTION",
        pe::IMAGE_REL_I386_SECREL => "IMAGE_REL_I386_SECREL",
        pe::IMAGE_REL_I386_REL32 => "IMAGE_REL_I386_REL32",
        _ => return None,
    })
}
