//! ELF (x86-64 and AArch64 Linux).
//!
//! Kept sections: allocated `SHT_PROGBITS` ones, executable → code, the rest
//! → data, appended in section order. Relocations come from the `SHT_RELA`
//! section linked to each; their addend is explicit.

use super::Format;
use crate::fail;
use crate::raw::Result;
use object::elf;
use object::read::{
    ObjectSection, Relocation, RelocationFlags, Section, SectionFlags, SectionKind,
};
use stencil_verify::model::Part;

pub struct Elf;

impl Format for Elf {
    fn classify(&self, section: &Section<'_, '_>) -> Result<Option<Part>> {
        let SectionFlags::Elf { sh_flags } = section.flags() else {
            return Err(fail!("not an ELF section"));
        };
        let alloc = sh_flags & u64::from(elf::SHF_ALLOC) != 0;
        let exec = sh_flags & u64::from(elf::SHF_EXECINSTR) != 0;
        match section.kind() {
            // Allocated PROGBITS: text, (read-only) data, strings.
            SectionKind::Text
            | SectionKind::Data
            | SectionKind::ReadOnlyData
            | SectionKind::ReadOnlyDataWithRel
            | SectionKind::ReadOnlyString
                if alloc =>
            {
                Ok(Some(if exec { Part::Code } else { Part::Data }))
            }
            // Zero-filled or thread-local data has no bytes to copy; the
            // build step has no way to place it.
            SectionKind::UninitializedData
            | SectionKind::UninitializedTls
            | SectionKind::Tls
            | SectionKind::Common => {
                if section.size() == 0 {
                    Ok(None)
                } else {
                    Err(fail!(
                        "{:?} section of {} bytes cannot become part of a stencil",
                        section.kind(),
                        section.size()
                    ))
                }
            }
            _ if alloc => Err(fail!(
                "allocated section of kind {:?} is not supported",
                section.kind()
            )),
            // Symbol and string tables, relocation sections, notes,
            // .comment, .note.GNU-stack, .llvm_addrsig, groups.
            _ => Ok(None),
        }
    }

    fn kind_name(&self, relocation: &Relocation) -> Result<&'static str> {
        let RelocationFlags::Elf { r_type } = relocation.flags() else {
            return Err(fail!("not an ELF relocation: {:?}", relocation.flags()));
        };
        elf_name(r_type).ok_or_else(|| fail!("unknown ELF relocation type {r_type}"))
    }

    fn addend(
        &self,
        _kind: &'static str,
        relocation: &Relocation,
        _bytes: &[u8],
        _offset: u64,
    ) -> Result<i64> {
        if relocation.has_implicit_addend() {
            return Err(fail!("REL (implicit-addend) relocations are not supported"));
        }
        Ok(relocation.addend())
    }
}

/// Names of the ELF relocation types x86-64 and AArch64 objects use. The
/// numbers overlap between the two machines only where a name is shared by
/// neither, so x86-64 types (< 256 except R_AARCH64_NONE 256+) and AArch64
/// types (≥ 256) are told apart by value.
pub fn elf_name(r_type: u32) -> Option<&'static str> {
    let name = match r_type {
        elf::R_X86_64_NONE => "R_X86_64_NONE",
        elf::R_X86_64_64 => "R_X86_64_64",
        elf::R_X86_64_PC32 => "R_X86_64_PC32",
        elf::R_X86_64_GOT32 => "R_X86_64_GOT32",
        elf::R_X86_64_PLT32 => "R_X86_64_PLT32",
        elf::R_X86_64_GOTPCREL => "R_X86_64_GOTPCREL",
        elf::R_X86_64_32 => "R_X86_64_32",
        elf::R_X86_64_32S => "R_X86_64_32S",
        elf::R_X86_64_16 => "R_X86_64_16",
        elf::R_X86_64_PC16 => "R_X86_64_PC16",
        elf::R_X86_64_8 => "R_X86_64_8",
        elf::R_X86_64_PC8 => "R_X86_64_PC8",
        elf::R_X86_64_PC64 => "R_X86_64_PC64",
        elf::R_X86_64_GOTOFF64 => "R_X86_64_GOTOFF64",
        elf::R_X86_64_GOTPC32 => "R_X86_64_GOTPC32",
        elf::R_X86_64_GOT64 => "R_X86_64_GOT64",
        elf::R_X86_64_GOTPCREL64 => "R_X86_64_GOTPCREL64",
        elf::R_X86_64_GOTPC64 => "R_X86_64_GOTPC64",
        elf::R_X86_64_PLTOFF64 => "R_X86_64_PLTOFF64",
        elf::R_X86_64_GOTPCRELX => "R_X86_64_GOTPCRELX",
        elf::R_X86_64_REX_GOTPCRELX => "R_X86_64_REX_GOTPCRELX",
        elf::R_X86_64_TPOFF32 => "R_X86_64_TPOFF32",
        elf::R_X86_64_GOTTPOFF => "R_X86_64_GOTTPOFF",
        elf::R_X86_64_TLSGD => "R_X86_64_TLSGD",
        elf::R_AARCH64_ABS64 => "R_AARCH64_ABS64",
        elf::R_AARCH64_ABS32 => "R_AARCH64_ABS32",
        elf::R_AARCH64_PREL64 => "R_AARCH64_PREL64",
        elf::R_AARCH64_PREL32 => "R_AARCH64_PREL32",
        elf::R_AARCH64_MOVW_UABS_G0 => "R_AARCH64_MOVW_UABS_G0",
        elf::R_AARCH64_MOVW_UABS_G0_NC => "R_AARCH64_MOVW_UABS_G0_NC",
        elf::R_AARCH64_MOVW_UABS_G1 => "R_AARCH64_MOVW_UABS_G1",
        elf::R_AARCH64_MOVW_UABS_G1_NC => "R_AARCH64_MOVW_UABS_G1_NC",
        elf::R_AARCH64_MOVW_UABS_G2 => "R_AARCH64_MOVW_UABS_G2",
        elf::R_AARCH64_MOVW_UABS_G2_NC => "R_AARCH64_MOVW_UABS_G2_NC",
        elf::R_AARCH64_MOVW_UABS_G3 => "R_AARCH64_MOVW_UABS_G3",
        elf::R_AARCH64_LD_PREL_LO19 => "R_AARCH64_LD_PREL_LO19",
        elf::R_AARCH64_ADR_PREL_LO21 => "R_AARCH64_ADR_PREL_LO21",
        elf::R_AARCH64_ADR_PREL_PG_HI21 => "R_AARCH64_ADR_PREL_PG_HI21",
        elf::R_AARCH64_ADR_PREL_PG_HI21_NC => "R_AARCH64_ADR_PREL_PG_HI21_NC",
        elf::R_AARCH64_ADD_ABS_LO12_NC => "R_AARCH64_ADD_ABS_LO12_NC",
        elf::R_AARCH64_LDST8_ABS_LO12_NC => "R_AARCH64_LDST8_ABS_LO12_NC",
        elf::R_AARCH64_LDST16_ABS_LO12_NC => "R_AARCH64_LDST16_ABS_LO12_NC",
        elf::R_AARCH64_LDST32_ABS_LO12_NC => "R_AARCH64_LDST32_ABS_LO12_NC",
        elf::R_AARCH64_LDST64_ABS_LO12_NC => "R_AARCH64_LDST64_ABS_LO12_NC",
        elf::R_AARCH64_LDST128_ABS_LO12_NC => "R_AARCH64_LDST128_ABS_LO12_NC",
        elf::R_AARCH64_TSTBR14 => "R_AARCH64_TSTBR14",
        elf::R_AARCH64_CONDBR19 => "R_AARCH64_CONDBR19",
        elf::R_AARCH64_JUMP26 => "R_AARCH64_JUMP26",
        elf::R_AARCH64_CALL26 => "R_AARCH64_CALL26",
        elf::R_AARCH64_ADR_GOT_PAGE => "R_AARCH64_ADR_GOT_PAGE",
        elf::R_AARCH64_LD64_GOT_LO12_NC => "R_AARCH64_LD64_GOT_LO12_NC",
        elf::R_AARCH64_LD64_GOTPAGE_LO15 => "R_AARCH64_LD64_GOTPAGE_LO15",
        _ => return None,
    };
    Some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(elf_name(elf::R_X86_64_PLT32), Some("R_X86_64_PLT32"));
        assert_eq!(elf_name(elf::R_X86_64_32S), Some("R_X86_64_32S"));
        assert_eq!(
            elf_name(elf::R_AARCH64_LD64_GOT_LO12_NC),
            Some("R_AARCH64_LD64_GOT_LO12_NC")
        );
        assert_eq!(elf_name(9999), None);
    }
}
