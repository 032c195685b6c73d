//! Mach-O (x86-64 and arm64 Darwin).
//!
//! Kept sections: everything but debug sections (`S_ATTR_DEBUG`, which also
//! covers `__compact_unwind`); instruction sections → code, the rest → data.
//! As in CPython's build step, sections keep their addresses: code bytes sit
//! at their address, data bytes at their address minus the code's length at
//! the time (so the data blob starts right where the code ends in the
//! object's address space).
//!
//! Addends: arm64 relocations carry none in the instruction; a preceding
//! `ARM64_RELOC_ADDEND` (which the `object` crate folds into the relocation
//! it qualifies) supplies one. x86-64 ones store it in the patched 32 bits,
//! relative to the end of the field (hence "bytes - 4").

use super::{implicit_i32, instruction, Format};
use crate::fail;
use crate::raw::Result;
use object::macho;
use object::read::{ObjectSection, Relocation, RelocationFlags, Section, SectionFlags};
use stencil_verify::model::Part;

/// Mach-O for one CPU type: relocation type numbers mean different things
/// on arm64 and x86-64.
pub struct MachO {
    pub arm64: bool,
}

impl Format for MachO {
    fn classify(&self, section: &Section<'_, '_>) -> Result<Option<Part>> {
        let SectionFlags::MachO { flags } = section.flags() else {
            return Err(fail!("not a Mach-O section"));
        };
        if flags & macho::S_ATTR_DEBUG != 0 {
            return Ok(None);
        }
        let kind = flags & macho::SECTION_TYPE;
        if matches!(
            kind,
            macho::S_ZEROFILL | macho::S_GB_ZEROFILL | macho::S_THREAD_LOCAL_ZEROFILL
        ) {
            if section.size() == 0 {
                return Ok(None);
            }
            return Err(fail!(
                "zero-fill section of {} bytes cannot become part of a stencil",
                section.size()
            ));
        }
        if flags & (macho::S_ATTR_PURE_INSTRUCTIONS | macho::S_ATTR_SOME_INSTRUCTIONS) != 0 {
            Ok(Some(Part::Code))
        } else {
            Ok(Some(Part::Data))
        }
    }

    fn place(
        &self,
        section: &Section<'_, '_>,
        part: Part,
        code_len: u64,
        data_len: u64,
    ) -> Result<u64> {
        let address = section.address();
        match part {
            Part::Code => {
                if data_len != 0 {
                    return Err(fail!("code section after data sections"));
                }
                Ok(address)
            }
            Part::Data => address
                .checked_sub(code_len)
                .ok_or_else(|| fail!("data section at {address:#x} overlaps the code")),
        }
    }

    fn kind_name(&self, relocation: &Relocation) -> Result<&'static str> {
        let RelocationFlags::MachO { r_type, .. } = relocation.flags() else {
            return Err(fail!("not a Mach-O relocation: {:?}", relocation.flags()));
        };
        let name = if self.arm64 {
            arm64_name(r_type)
        } else {
            x86_64_name(r_type)
        };
        name.ok_or_else(|| fail!("unknown Mach-O relocation type {r_type}"))
    }

    fn addend(
        &self,
        kind: &'static str,
        relocation: &Relocation,
        bytes: &[u8],
        offset: u64,
    ) -> Result<i64> {
        macho_addend(kind, relocation, bytes, offset)
    }
}

fn macho_addend(
    kind: &'static str,
    relocation: &Relocation,
    bytes: &[u8],
    offset: u64,
) -> Result<i64> {
    match kind {
        // x86-64: the 32-bit field holds the addend relative to the end of
        // the field.
        "X86_64_RELOC_BRANCH"
        | "X86_64_RELOC_SIGNED"
        | "X86_64_RELOC_GOT"
        | "X86_64_RELOC_GOT_LOAD" => Ok(implicit_i32(bytes, offset)? - 4),
        // 64-bit words: the addend is the word's current contents (CPython's
        // build step uses 0 here; no kept section of ours has these).
        "X86_64_RELOC_UNSIGNED" | "ARM64_RELOC_UNSIGNED" => {
            let start = offset as usize;
            let field = bytes
                .get(start..start + 8)
                .ok_or_else(|| fail!("relocation at {offset:#x} reaches past its section"))?;
            let mut value = i64::from_le_bytes(field.try_into().expect("8 bytes"));
            if !relocation.has_implicit_addend() {
                value = value.wrapping_add(relocation.addend());
            }
            Ok(value)
        }
        // arm64 instructions: the addend comes only from an ARM64_RELOC_ADDEND
        // pair (folded in by `object`); the instruction's own immediate must
        // be zero, or the build step would silently drop it.
        _ => {
            let insn = instruction(bytes, offset)?;
            let imm = match kind {
                "ARM64_RELOC_BRANCH26" => insn & 0x03ff_ffff,
                "ARM64_RELOC_PAGE21" | "ARM64_RELOC_GOT_LOAD_PAGE21" => insn & 0x60ff_ffe0,
                _ => (insn >> 10) & 0xfff,
            };
            if imm != 0 {
                return Err(fail!("instruction {insn:#010x} carries an implicit addend"));
            }
            Ok(if relocation.has_implicit_addend() {
                0
            } else {
                relocation.addend()
            })
        }
    }
}

pub fn arm64_name(r_type: u8) -> Option<&'static str> {
    Some(match r_type {
        macho::ARM64_RELOC_UNSIGNED => "ARM64_RELOC_UNSIGNED",
        macho::ARM64_RELOC_SUBTRACTOR => "ARM64_RELOC_SUBTRACTOR",
        macho::ARM64_RELOC_BRANCH26 => "ARM64_RELOC_BRANCH26",
        macho::ARM64_RELOC_PAGE21 => "ARM64_RELOC_PAGE21",
        macho::ARM64_RELOC_PAGEOFF12 => "ARM64_RELOC_PAGEOFF12",
        macho::ARM64_RELOC_GOT_LOAD_PAGE21 => "ARM64_RELOC_GOT_LOAD_PAGE21",
        macho::ARM64_RELOC_GOT_LOAD_PAGEOFF12 => "ARM64_RELOC_GOT_LOAD_PAGEOFF12",
        macho::ARM64_RELOC_POINTER_TO_GOT => "ARM64_RELOC_POINTER_TO_GOT",
        macho::ARM64_RELOC_TLVP_LOAD_PAGE21 => "ARM64_RELOC_TLVP_LOAD_PAGE21",
        macho::ARM64_RELOC_TLVP_LOAD_PAGEOFF12 => "ARM64_RELOC_TLVP_LOAD_PAGEOFF12",
        macho::ARM64_RELOC_ADDEND => "ARM64_RELOC_ADDEND",
        macho::ARM64_RELOC_AUTHENTICATED_POINTER => "ARM64_RELOC_AUTHENTICATED_POINTER",
        _ => return None,
    })
}

pub fn x86_64_name(r_type: u8) -> Option<&'static str> {
    Some(match r_type {
        macho::X86_64_RELOC_UNSIGNED => "X86_64_RELOC_UNSIGNED",
        macho::X86_64_RELOC_SIGNED => "X86_64_RELOC_SIGNED",
        macho::X86_64_RELOC_BRANCH => "X86_64_RELOC_BRANCH",
        macho::X86_64_RELOC_GOT_LOAD => "X86_64_RELOC_GOT_LOAD",
        macho::X86_64_RELOC_GOT => "X86_64_RELOC_GOT",
        macho::X86_64_RELOC_SUBTRACTOR => "X86_64_RELOC_SUBTRACTOR",
        macho::X86_64_RELOC_SIGNED_1 => "X86_64_RELOC_SIGNED_1",
        macho::X86_64_RELOC_SIGNED_2 => "X86_64_RELOC_SIGNED_2",
        macho::X86_64_RELOC_SIGNED_4 => "X86_64_RELOC_SIGNED_4",
        macho::X86_64_RELOC_TLV => "X86_64_RELOC_TLV",
        _ => return None,
    })
}
