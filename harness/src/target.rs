//! Target triples and the machine facts that follow from them: architecture,
//! object format, pointer width, symbol spelling and calling convention.

use serde::Serialize;
use std::fmt;

/// The instruction set a stencil set is compiled for; one emulator each.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Arch {
    X86_64,
    I686,
    Aarch64,
}

impl Arch {
    pub fn name(self) -> &'static str {
        match self {
            Arch::X86_64 => "x86-64",
            Arch::I686 => "i686",
            Arch::Aarch64 => "aarch64",
        }
    }

    /// Width of `uintptr_t` in bytes: hole arithmetic wraps modulo 2^(8*width).
    pub fn pointer_width(self) -> u32 {
        match self {
            Arch::X86_64 | Arch::Aarch64 => 8,
            Arch::I686 => 4,
        }
    }

    /// Bytes that end a translation block (x86 `hlt`; AArch64 `brk #0`),
    /// put after mapped code so that the emulator's translator, which
    /// decodes ahead, stops right after the last real instruction instead
    /// of decoding whatever follows to the end of the page.
    pub fn block_stopper(self) -> &'static [u8] {
        match self {
            Arch::X86_64 | Arch::I686 => &[0xf4; 16],
            Arch::Aarch64 => &[
                0x00, 0x00, 0x20, 0xd4, 0x00, 0x00, 0x20, 0xd4, 0x00, 0x00, 0x20, 0xd4, 0x00, 0x00,
                0x20, 0xd4,
            ],
        }
    }

    /// Mask that models `uintptr_t` wrap-around.
    pub fn address_mask(self) -> u64 {
        match self.pointer_width() {
            4 => 0xffff_ffff,
            _ => u64::MAX,
        }
    }
}

/// The object format clang emitted before the build step turned it into a
/// header; it decides relocation names and symbol spelling.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ObjectFormat {
    Elf,
    MachO,
    Coff,
}

/// The seven triples CPython's JIT is built for.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Target {
    #[serde(rename = "x86_64-unknown-linux-gnu")]
    X86_64Linux,
    #[serde(rename = "x86_64-apple-darwin")]
    X86_64Darwin,
    #[serde(rename = "x86_64-pc-windows-msvc")]
    X86_64Windows,
    #[serde(rename = "i686-pc-windows-msvc")]
    I686Windows,
    #[serde(rename = "aarch64-unknown-linux-gnu")]
    Aarch64Linux,
    #[serde(rename = "aarch64-apple-darwin")]
    Aarch64Darwin,
    #[serde(rename = "aarch64-pc-windows-msvc")]
    Aarch64Windows,
}

impl Target {
    pub const ALL: [Target; 7] = [
        Target::X86_64Linux,
        Target::X86_64Darwin,
        Target::X86_64Windows,
        Target::I686Windows,
        Target::Aarch64Linux,
        Target::Aarch64Darwin,
        Target::Aarch64Windows,
    ];

    /// The canonical triple, as CPython names its headers.
    pub fn triple(self) -> &'static str {
        match self {
            Target::X86_64Linux => "x86_64-unknown-linux-gnu",
            Target::X86_64Darwin => "x86_64-apple-darwin",
            Target::X86_64Windows => "x86_64-pc-windows-msvc",
            Target::I686Windows => "i686-pc-windows-msvc",
            Target::Aarch64Linux => "aarch64-unknown-linux-gnu",
            Target::Aarch64Darwin => "aarch64-apple-darwin",
            Target::Aarch64Windows => "aarch64-pc-windows-msvc",
        }
    }

    /// Parses a triple, accepting the aliases CPython has used.
    pub fn from_triple(triple: &str) -> Option<Target> {
        let t = match triple {
            // PEP 774's sample used the `pc` vendor for Linux.
            "x86_64-unknown-linux-gnu" | "x86_64-pc-linux-gnu" => Target::X86_64Linux,
            "x86_64-apple-darwin" => Target::X86_64Darwin,
            "x86_64-pc-windows-msvc" => Target::X86_64Windows,
            "i686-pc-windows-msvc" => Target::I686Windows,
            "aarch64-unknown-linux-gnu" | "aarch64-pc-linux-gnu" => Target::Aarch64Linux,
            "aarch64-apple-darwin" => Target::Aarch64Darwin,
            "aarch64-pc-windows-msvc" => Target::Aarch64Windows,
            _ => return None,
        };
        Some(t)
    }

    /// The triple named by a header's file name: `<triple>.h`,
    /// `jit_stencils-<triple>.h` or `test_jit_stencils-<triple>.h`.
    pub fn from_file_name(name: &str) -> Option<Target> {
        let stem = name.strip_suffix(".h")?;
        let triple = stem
            .strip_prefix("test_jit_stencils-")
            .or_else(|| stem.strip_prefix("jit_stencils-"))
            .unwrap_or(stem);
        Target::from_triple(triple)
    }

    pub fn arch(self) -> Arch {
        match self {
            Target::X86_64Linux | Target::X86_64Darwin | Target::X86_64Windows => Arch::X86_64,
            Target::I686Windows => Arch::I686,
            Target::Aarch64Linux | Target::Aarch64Darwin | Target::Aarch64Windows => Arch::Aarch64,
        }
    }

    pub fn object_format(self) -> ObjectFormat {
        match self {
            Target::X86_64Linux | Target::Aarch64Linux => ObjectFormat::Elf,
            Target::X86_64Darwin | Target::Aarch64Darwin => ObjectFormat::MachO,
            Target::X86_64Windows | Target::I686Windows | Target::Aarch64Windows => {
                ObjectFormat::Coff
            }
        }
    }

    /// Prefix the object format puts before C symbol names (`_` on Mach-O
    /// and i686 COFF); the header spells symbols without it.
    pub fn symbol_prefix(self) -> &'static str {
        match self {
            Target::X86_64Darwin | Target::Aarch64Darwin | Target::I686Windows => "_",
            _ => "",
        }
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.triple())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_name_their_triple() {
        assert_eq!(
            Target::from_file_name("jit_stencils-x86_64-pc-linux-gnu.h"),
            Some(Target::X86_64Linux)
        );
        assert_eq!(
            Target::from_file_name("test_jit_stencils-aarch64-apple-darwin.h"),
            Some(Target::Aarch64Darwin)
        );
        assert_eq!(
            Target::from_file_name("i686-pc-windows-msvc.h"),
            Some(Target::I686Windows)
        );
        assert_eq!(Target::from_file_name("riscv64-linux.h"), None);
        assert_eq!(Target::from_file_name("x86_64-apple-darwin.c"), None);
    }

    #[test]
    fn every_triple_round_trips() {
        for t in Target::ALL {
            assert_eq!(Target::from_triple(t.triple()), Some(t));
        }
    }
}
