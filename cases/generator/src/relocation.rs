//! Relocation kinds → the patch functions of CPython's `Python/jit.c`.
//!
//! [`patch_kind`] is CPython's `_stencils._PATCH_FUNCS` of 3.14 (plus the
//! AArch64 19-bit branch kinds later versions added), restated here from the
//! documented meaning of each relocation; [`patch_kind_for`] gives the table
//! of the shape's era (3.13's differs: see [`patch_kind_313`]). A kind that
//! is not in the table is an error: the generator must never guess how to
//! patch an instruction.

use stencil_verify::model::{PatchKind, Shape};
use stencil_verify::target::ObjectFormat;

/// The patch function a relocation kind is handled with in a shape's era.
pub fn patch_kind_for(shape: Shape, kind: &str) -> Option<PatchKind> {
    match shape {
        Shape::V313 => patch_kind_313(kind),
        Shape::V314 | Shape::V315 => patch_kind(kind),
    }
}

/// Whether any era can patch the kind (the reader's early check; the build
/// step then applies the shape's own table).
pub fn patch_kind_any(kind: &str) -> bool {
    patch_kind(kind).is_some() || patch_kind_313(kind).is_some()
}

/// CPython 3.13's table. It differs from 3.14's in three ways, all following
/// from 3.13's flags (`-fpic` on x86-64 Linux instead of `-fno-pic
/// -mcmodel=medium`) and its age:
/// - `R_X86_64_GOTPCREL` and `R_X86_64_PC32` (RIP-relative, PIC code) are
///   plain 32-bit relative patches;
/// - `R_X86_64_PLT32` is unknown (with `-fpic -fno-plt` calls and exits go
///   through the GOT);
/// - the 19-bit AArch64 branch kinds (`R_AARCH64_CONDBR19`,
///   `IMAGE_REL_ARM64_BRANCH19`) are unknown: 3.13's build step fails on them.
pub fn patch_kind_313(kind: &str) -> Option<PatchKind> {
    match kind {
        "R_X86_64_GOTPCREL" | "R_X86_64_PC32" => Some(PatchKind::Rel32),
        "R_X86_64_PLT32" | "R_AARCH64_CONDBR19" | "IMAGE_REL_ARM64_BRANCH19" => None,
        _ => patch_kind(kind),
    }
}

/// The patch function a relocation kind is handled with (3.14 and later).
pub fn patch_kind(kind: &str) -> Option<PatchKind> {
    use PatchKind::*;
    let k = match kind {
        // --- ELF, x86-64 -------------------------------------------------
        // S + A, 64-bit absolute (movabs immediates, data words).
        "R_X86_64_64" => Abs64,
        // S + A - P through a GOT slot, relaxable (mov/call/jmp via [rip]).
        "R_X86_64_GOTPCRELX" | "R_X86_64_REX_GOTPCRELX" => X86_64Rel32x,
        // L + A - P: direct call/jmp/jcc rel32.
        "R_X86_64_PLT32" => Rel32,
        // --- ELF, AArch64 --------------------------------------------------
        "R_AARCH64_ABS64" => Abs64,
        // ADD (immediate) :lo12: of S + A.
        "R_AARCH64_ADD_ABS_LO12_NC" => Aarch64Lo12,
        // ADRP of the GOT slot's page (relaxable with its LDR).
        "R_AARCH64_ADR_GOT_PAGE" => Aarch64Page21x,
        // ADRP of S + A's page.
        "R_AARCH64_ADR_PREL_PG_HI21" => Aarch64Page21,
        // BL / B imm26.
        "R_AARCH64_CALL26" | "R_AARCH64_JUMP26" => Aarch64Branch26,
        // B.cond / CBZ / CBNZ imm19.
        "R_AARCH64_CONDBR19" => Aarch64Branch19,
        // LDR of the GOT slot's low 12 bits (relaxable with its ADRP).
        "R_AARCH64_LD64_GOT_LO12_NC" => Aarch64Lo12x,
        // MOVZ/MOVK 16-bit chunks 0..3 of S + A.
        "R_AARCH64_MOVW_UABS_G0_NC" => Aarch64Mov16a,
        "R_AARCH64_MOVW_UABS_G1_NC" => Aarch64Mov16b,
        "R_AARCH64_MOVW_UABS_G2_NC" => Aarch64Mov16c,
        "R_AARCH64_MOVW_UABS_G3" => Aarch64Mov16d,
        // --- Mach-O, arm64 -------------------------------------------------
        "ARM64_RELOC_BRANCH26" => Aarch64Branch26,
        "ARM64_RELOC_GOT_LOAD_PAGE21" => Aarch64Page21x,
        "ARM64_RELOC_GOT_LOAD_PAGEOFF12" => Aarch64Lo12x,
        "ARM64_RELOC_PAGE21" => Aarch64Page21,
        "ARM64_RELOC_PAGEOFF12" => Aarch64Lo12,
        "ARM64_RELOC_UNSIGNED" => Abs64,
        // --- Mach-O, x86-64 ------------------------------------------------
        "X86_64_RELOC_BRANCH" => Rel32,
        "X86_64_RELOC_GOT" | "X86_64_RELOC_GOT_LOAD" => X86_64Rel32x,
        "X86_64_RELOC_SIGNED" => Rel32,
        "X86_64_RELOC_UNSIGNED" => Abs64,
        // --- COFF, x86-64 --------------------------------------------------
        // Every RIP-relative reference, import slot or direct branch alike.
        "IMAGE_REL_AMD64_REL32" => X86_64Rel32x,
        // --- COFF, arm64 ---------------------------------------------------
        "IMAGE_REL_ARM64_BRANCH19" => Aarch64Branch19,
        "IMAGE_REL_ARM64_BRANCH26" => Aarch64Branch26,
        "IMAGE_REL_ARM64_PAGEBASE_REL21" => Aarch64Page21x,
        "IMAGE_REL_ARM64_PAGEOFFSET_12A" => Aarch64Lo12,
        "IMAGE_REL_ARM64_PAGEOFFSET_12L" => Aarch64Lo12x,
        // --- COFF, i386 ----------------------------------------------------
        "IMAGE_REL_I386_DIR32" => Abs32,
        "IMAGE_REL_I386_REL32" => X86_64Rel32x,
        _ => return None,
    };
    Some(k)
}

/// Whether the kind addresses a GOT slot rather than the symbol itself
/// (ELF and Mach-O; COFF marks such references by the `__imp_` symbol
/// prefix instead).
pub fn is_got_kind(kind: &str) -> bool {
    matches!(
        kind,
        "R_AARCH64_ADR_GOT_PAGE"
            | "R_AARCH64_LD64_GOT_LO12_NC"
            | "R_X86_64_GOTPCREL"
            | "R_X86_64_GOTPCRELX"
            | "R_X86_64_REX_GOTPCRELX"
            | "ARM64_RELOC_GOT_LOAD_PAGE21"
            | "ARM64_RELOC_GOT_LOAD_PAGEOFF12"
            | "X86_64_RELOC_GOT"
            | "X86_64_RELOC_GOT_LOAD"
    )
}

/// The 26-bit branch kinds that, aimed at an external symbol, go through an
/// AArch64 trampoline: a `symbols_map` one in 3.14+, one appended to the
/// stencil's own code in 3.13 (CPython routes COFF's BRANCH26 neither way:
/// Windows calls go through import slots).
pub fn is_trampoline_candidate(kind: &str) -> bool {
    matches!(
        kind,
        "R_AARCH64_CALL26" | "R_AARCH64_JUMP26" | "ARM64_RELOC_BRANCH26"
    )
}

/// Which object format a relocation kind belongs to (for sanity checks).
pub fn format_of(kind: &str) -> Option<ObjectFormat> {
    if kind.starts_with("R_") {
        Some(ObjectFormat::Elf)
    } else if kind.starts_with("ARM64_RELOC_") || kind.starts_with("X86_64_RELOC_") {
        Some(ObjectFormat::MachO)
    } else if kind.starts_with("IMAGE_REL_") {
        Some(ObjectFormat::Coff)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use stencil_verify::target::Arch;

    #[test]
    fn cpython_mappings() {
        assert_eq!(patch_kind("R_X86_64_PLT32"), Some(PatchKind::Rel32));
        assert_eq!(
            patch_kind("R_X86_64_REX_GOTPCRELX"),
            Some(PatchKind::X86_64Rel32x)
        );
        assert_eq!(patch_kind("R_X86_64_64"), Some(PatchKind::Abs64));
        assert_eq!(
            patch_kind("IMAGE_REL_AMD64_REL32"),
            Some(PatchKind::X86_64Rel32x)
        );
        assert_eq!(
            patch_kind("IMAGE_REL_I386_REL32"),
            Some(PatchKind::X86_64Rel32x)
        );
        assert_eq!(patch_kind("IMAGE_REL_I386_DIR32"), Some(PatchKind::Abs32));
        assert_eq!(
            patch_kind("R_AARCH64_CALL26"),
            Some(PatchKind::Aarch64Branch26)
        );
        assert_eq!(
            patch_kind("R_AARCH64_CONDBR19"),
            Some(PatchKind::Aarch64Branch19)
        );
        assert_eq!(
            patch_kind("R_AARCH64_MOVW_UABS_G0_NC"),
            Some(PatchKind::Aarch64Mov16a)
        );
        assert_eq!(
            patch_kind("R_AARCH64_MOVW_UABS_G3"),
            Some(PatchKind::Aarch64Mov16d)
        );
        assert_eq!(
            patch_kind("ARM64_RELOC_GOT_LOAD_PAGE21"),
            Some(PatchKind::Aarch64Page21x)
        );
        assert_eq!(
            patch_kind("ARM64_RELOC_GOT_LOAD_PAGEOFF12"),
            Some(PatchKind::Aarch64Lo12x)
        );
        assert_eq!(
            patch_kind("IMAGE_REL_ARM64_PAGEOFFSET_12A"),
            Some(PatchKind::Aarch64Lo12)
        );
        assert_eq!(
            patch_kind("X86_64_RELOC_GOT_LOAD"),
            Some(PatchKind::X86_64Rel32x)
        );
        assert_eq!(patch_kind("X86_64_RELOC_BRANCH"), Some(PatchKind::Rel32));
    }

    #[test]
    fn kinds_cpython_cannot_patch_are_unknown() {
        for kind in [
            "R_X86_64_32S",
            "R_X86_64_32",
            "R_X86_64_PC32",
            "R_X86_64_GOTPCREL",
            "ARM64_RELOC_ADDEND",
            "X86_64_RELOC_SIGNED_4",
            "IMAGE_REL_AMD64_ADDR32NB",
            "IMAGE_REL_ARM64_ADDR64",
            "R_AARCH64_PREL32",
            "bogus",
        ] {
            assert_eq!(patch_kind(kind), None, "{kind}");
        }
    }

    #[test]
    fn every_mapping_is_legal_on_its_architecture() {
        let table = [
            ("R_", [Arch::X86_64, Arch::Aarch64].as_slice()),
            ("ARM64_", &[Arch::Aarch64]),
            ("X86_64_", &[Arch::X86_64]),
            ("IMAGE_REL_AMD64_", &[Arch::X86_64]),
            ("IMAGE_REL_ARM64_", &[Arch::Aarch64]),
            ("IMAGE_REL_I386_", &[Arch::I686]),
        ];
        for kind in [
            "R_X86_64_64",
            "R_X86_64_PLT32",
            "R_X86_64_GOTPCRELX",
            "R_AARCH64_ABS64",
            "R_AARCH64_JUMP26",
            "R_AARCH64_ADR_GOT_PAGE",
            "ARM64_RELOC_PAGE21",
            "X86_64_RELOC_GOT",
            "IMAGE_REL_AMD64_REL32",
            "IMAGE_REL_ARM64_BRANCH26",
            "IMAGE_REL_I386_DIR32",
        ] {
            let patch = patch_kind(kind).unwrap();
            let arch = if kind.starts_with("R_X86_64") {
                Arch::X86_64
            } else if kind.starts_with("R_AARCH64") {
                Arch::Aarch64
            } else {
                table
                    .iter()
                    .find(|(p, _)| kind.starts_with(p))
                    .map(|(_, a)| a[0])
                    .unwrap()
            };
            assert!(patch.legal_on(arch), "{kind} -> {patch} on {arch:?}");
        }
    }

    #[test]
    fn the_313_table_differs_only_where_313_did() {
        use Shape::*;
        assert_eq!(
            patch_kind_for(V313, "R_X86_64_GOTPCREL"),
            Some(PatchKind::Rel32)
        );
        assert_eq!(
            patch_kind_for(V313, "R_X86_64_PC32"),
            Some(PatchKind::Rel32)
        );
        assert_eq!(patch_kind_for(V314, "R_X86_64_PC32"), None);
        assert_eq!(patch_kind_for(V313, "R_X86_64_PLT32"), None);
        assert_eq!(
            patch_kind_for(V315, "R_X86_64_PLT32"),
            Some(PatchKind::Rel32)
        );
        assert_eq!(patch_kind_for(V313, "R_AARCH64_CONDBR19"), None);
        assert_eq!(patch_kind_for(V313, "IMAGE_REL_ARM64_BRANCH19"), None);
        for kind in [
            "R_AARCH64_MOVW_UABS_G0_NC",
            "R_AARCH64_MOVW_UABS_G3",
            "R_AARCH64_CALL26",
            "ARM64_RELOC_BRANCH26",
            "R_X86_64_REX_GOTPCRELX",
            "IMAGE_REL_I386_DIR32",
            "X86_64_RELOC_GOT_LOAD",
        ] {
            assert_eq!(patch_kind_for(V313, kind), patch_kind(kind), "{kind}");
        }
        assert!(patch_kind_any("R_X86_64_PC32"));
        assert!(patch_kind_any("R_X86_64_PLT32"));
        assert!(!patch_kind_any("R_X86_64_32S"));
    }

    #[test]
    fn got_kinds() {
        assert!(is_got_kind("R_X86_64_REX_GOTPCRELX"));
        assert!(is_got_kind("ARM64_RELOC_GOT_LOAD_PAGEOFF12"));
        assert!(is_got_kind("X86_64_RELOC_GOT"));
        assert!(!is_got_kind("R_X86_64_PLT32"));
        assert!(!is_got_kind("IMAGE_REL_AMD64_REL32"));
        assert!(is_trampoline_candidate("ARM64_RELOC_BRANCH26"));
        assert!(!is_trampoline_candidate("IMAGE_REL_ARM64_BRANCH26"));
        assert_eq!(format_of("IMAGE_REL_I386_DIR32"), Some(ObjectFormat::Coff));
    }
}
