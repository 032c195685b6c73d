//! Reference patcher: fills a group's holes exactly as CPython's runtime
//! (`Python/jit.c`) does, and says where the runtime's own checks (its
//! `assert`s, active only in debug builds) would fail.
//!
//! Layout of the module, in the style of Cranelift's relocation code:
//! - [`values`](evaluate): hole value expressions, with C's integer types;
//! - [`x86`]: `patch_64`, `patch_32`, `patch_32r`, `patch_x86_64_32rx`,
//!   the x86-64 trampoline;
//! - [`aarch64`]: `patch_aarch64_*`, each with its bit contract, plus the
//!   instruction-class predicates (jit.c's and the architecture's);
//! - [`layout`]: trampoline slots and the block layout;
//! - this file: the public types and [`patch_group`], which patches one
//!   group's data, then its code, hole by hole in header order.
//!
//! Everything is a pure function of its inputs; no emulator is involved.
//!
//! **Checks and writes.** Every patch function computes the bytes a release
//! build of CPython stores (it never checks anything) and, separately, every
//! check that fails. A check whose failure makes a debug build abort
//! ([`PatchErrorKind::runtime_asserts`]) stops the hole from being written
//! unless [`PatchOptions::release_writes`] is set; a mismatch jit.c does not
//! check for is reported but the bytes are written, because the runtime
//! writes them too. [`PatchError::written`] says which happened.

pub mod aarch64;
pub mod layout;
mod values;
pub mod x86;

pub use values::evaluate;

use crate::model::{Group, Hole, HoleOperand, Part, PatchKind, StencilSet};
use crate::target::{Arch, Target};
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt;

/// Run-time values of one uop instance: CPython's `patches[]` bases and the
/// instruction's fields. `CONTINUE` is not stored: it is `code + sizeof(code_body)`.
///
/// `code` and `data` are the values of the `CODE` and `DATA` bases; they
/// normally equal [`Placement::code`] and [`Placement::data`], which say
/// where the bytes are written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HoleValues {
    pub code: u64,
    pub data: u64,
    pub executor: u64,
    pub oparg: u16,
    pub operand0: u64,
    pub operand1: u64,
    pub target: u32,
    /// `state->instruction_starts[instruction->jump_target]`.
    pub jump_target: u64,
    /// `state->instruction_starts[instruction->error_target]`.
    pub error_target: u64,
    /// Addresses of external symbols, by the name the header uses (no `_`
    /// prefix).
    pub symbols: BTreeMap<String, u64>,
}

/// How to patch.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct PatchOptions {
    /// Apply the `32rx`/`33rx` relaxations as the runtime does (default).
    /// `false`: never relax (plain GOT loads; `33rx` pairs patched as
    /// `21rx` + `12x`).
    pub relax: bool,
    /// Trampoline holes always go through their slot, even when the target
    /// is in direct range (what 3.14-era jit.c did for AArch64).
    pub force_trampolines: bool,
    /// Write holes whose runtime assertion fails anyway, as a release build
    /// would (truncated fields, unscaled offsets, ...), so that executing the
    /// result shows what such a build does. The errors are still reported.
    pub release_writes: bool,
}

impl Default for PatchOptions {
    fn default() -> Self {
        PatchOptions {
            relax: true,
            force_trampolines: false,
            release_writes: false,
        }
    }
}

/// Where the runtime put one group: one contiguous block as
/// `_PyJIT_Compile` lays it out holds all code, then the trampolines, then
/// (after padding) all data.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Placement {
    /// Address of this group's first code byte.
    pub code: u64,
    /// Address of the trace's trampoline region (slot 0).
    pub trampolines: u64,
    /// Address of this group's first data byte.
    pub data: u64,
    /// The whole trace's trampoline mask (union over its groups), 32-bit
    /// words, least significant first. Slot index = number of set bits below
    /// the ordinal's bit (`get_trampoline_slot`).
    pub trampoline_mask: Vec<u32>,
}

impl Placement {
    /// A block holding just this group, as `_PyJIT_Compile` would lay out a
    /// one-group trace: code at `base`, trampolines right after it, data
    /// after the padding jit.c inserts ([`layout::data_offset`]).
    pub fn contiguous(base: u64, group: &Group, target: Target, trampoline_mask: Vec<u32>) -> Self {
        let code_size = group.code.body.len() as u64;
        let tramp = layout::trampoline_region_len(&trampoline_mask);
        Placement {
            code: base,
            trampolines: base + code_size,
            data: base + layout::data_offset(code_size, tramp, layout::data_align(target)),
            trampoline_mask,
        }
    }
}

/// Memory outside the group's own code, data and trampolines that a patch
/// may read: `patch_x86_64_32rx` reads 8 bytes at `V + 4` (on COFF REL32
/// call sites, the first bytes of the called function), `patch_aarch64_33rx`
/// reads the slot at `V`.
pub trait ExternalMemory {
    /// The little-endian 8 bytes at `addr`, or `None` if unknown.
    fn read_u64(&self, addr: u64) -> Option<u64>;
}

/// Knows nothing: relaxations that need outside memory are not applied.
#[derive(Copy, Clone, Debug, Default)]
pub struct NoMemory;

impl ExternalMemory for NoMemory {
    fn read_u64(&self, _addr: u64) -> Option<u64> {
        None
    }
}

impl<F: Fn(u64) -> Option<u64>> ExternalMemory for F {
    fn read_u64(&self, addr: u64) -> Option<u64> {
        self(addr)
    }
}

/// An instruction rewrite the runtime performed.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Relaxation {
    /// `mov r, [rip+X]` → `lea r, [rip+Y]` (8B → 8D).
    X86MovToLea,
    /// `call [rip+X]` → `nop; call Y` (FF 15 → 90 E8).
    X86CallIndirectToDirect,
    /// `jmp [rip+X]` → `nop; jmp Y` (FF 25 → 90 E9).
    X86JmpIndirectToDirect,
    /// `adrp; ldr` → `movz; nop` (slot content < 2^16).
    A64AdrpLdrToMovz,
    /// `adrp; ldr` → `movz; movk lsl #16` (slot content < 2^32).
    A64AdrpLdrToMovzMovk,
    /// `adrp; ldr` → `ldr literal; nop` (slot within jit.c's ±512 KiB).
    A64AdrpLdrToLdrLiteral,
}

impl fmt::Display for Relaxation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Relaxation::X86MovToLea => "mov [rip+X] -> lea",
            Relaxation::X86CallIndirectToDirect => "call [rip+X] -> nop; call rel32",
            Relaxation::X86JmpIndirectToDirect => "jmp [rip+X] -> nop; jmp rel32",
            Relaxation::A64AdrpLdrToMovz => "adrp; ldr -> movz; nop",
            Relaxation::A64AdrpLdrToMovzMovk => "adrp; ldr -> movz; movk",
            Relaxation::A64AdrpLdrToLdrLiteral => "adrp; ldr -> ldr literal; nop",
        })
    }
}

/// The bytes of one patched group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PatchedGroup {
    pub code: Vec<u8>,
    pub data: Vec<u8>,
    /// The trace's trampoline region as this group leaves it:
    /// `popcount(mask) * 16` bytes, with the slots this group wrote filled
    /// in and the rest zero.
    pub trampolines: Vec<u8>,
    /// Holes whose bytes were written, data holes first, each stencil's in
    /// header order.
    pub applied: Vec<AppliedPatch>,
    pub errors: Vec<PatchError>,
}

impl PatchedGroup {
    /// Whether every hole was patched without any check failing.
    pub fn is_clean(&self) -> bool {
        self.errors.is_empty()
    }
}

/// One hole as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppliedPatch {
    pub part: Part,
    /// Index into the stencil's `holes`.
    pub hole_index: usize,
    pub patch: PatchKind,
    /// Absolute address of the location (`P`).
    pub location: u64,
    /// The evaluated value `V` (for trampoline kinds, the symbol's address).
    pub value: u64,
    pub relaxation: Option<Relaxation>,
    /// The trampoline slot the site branches to, if it went through one.
    pub via_trampoline: Option<u64>,
}

/// A check that failed, or a hole that could not be patched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PatchError {
    pub part: Part,
    pub hole_index: usize,
    /// The hole's offset in its stencil.
    pub offset: u64,
    pub patch: PatchKind,
    /// Absolute address of the location (`P`).
    pub location: u64,
    /// The evaluated value `V`, when evaluation succeeded.
    pub value: Option<u64>,
    pub kind: PatchErrorKind,
    /// Whether the hole's bytes were written anyway (the runtime does not
    /// check this, or `release_writes` was set).
    pub written: bool,
}

/// Why a hole could not be patched cleanly.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PatchErrorKind {
    /// A quantity (`what`, e.g. `V - P`) outside the encodable range
    /// `min..=max`, counted in units of `unit` bytes (4096 for ADRP pages).
    OutOfRange {
        what: &'static str,
        value: i128,
        min: i128,
        max: i128,
        unit: u64,
    },
    /// `what` (e.g. `V - P`, `V & 0xfff`) is not a multiple of `align`.
    Misaligned {
        what: &'static str,
        value: u64,
        align: u64,
    },
    /// The instruction at the location is not of the class whose field the
    /// patch rewrites. `runtime_asserts`: jit.c asserts this (a debug build
    /// aborts); otherwise jit.c does not check and writes the field anyway.
    WrongInstructionClass {
        word: u32,
        expected: &'static str,
        runtime_asserts: bool,
    },
    /// `patch_aarch64_12` on a 128-bit SIMD&FP LDR/STR (bits 23 and 26 set):
    /// jit.c asserts this never happens; a release build scales the offset
    /// by 1 instead of 16.
    Vector128LoadStore { word: u32 },
    /// `patch_aarch64_33rx` on a pair that does not use one register.
    RegisterMismatch { adrp_rd: u8, ldr_rt: u8, ldr_rn: u8 },
    /// i686 `patch_32r`: `V - P` computed in 64 bits (as jit.c does) is
    /// outside ±2 GiB, so a debug build asserts, but the 32-bit displacement
    /// wraps modulo 2^32 and a release build still reaches `V`.
    DisplacementWraps { value: i128 },
    /// The hole's bytes lie (partly) outside its stencil's body.
    LocationOutsideBody {
        offset: u64,
        width: u64,
        body_len: u64,
    },
    /// The value names a symbol with no address in [`HoleValues::symbols`].
    UnknownSymbol(String),
    /// A trampoline ordinal `symbols_map` does not define (or the set has no
    /// `symbols_map`).
    OrdinalNotInSymbolsMap(u32),
    /// The site needs a trampoline but the trace mask lacks the ordinal's bit.
    NoTrampolineSlot(u32),
    /// The 8 bytes a relaxation must inspect cannot be read.
    UnreadableGotSlot { addr: u64 },
    /// A trampoline kind with a value, or a value kind with an ordinal.
    OperandMismatch { expected: &'static str },
}

impl PatchErrorKind {
    /// Whether the failure makes a debug build of CPython abort (an `assert`
    /// in jit.c); those holes are only written with `release_writes`.
    pub fn runtime_asserts(&self) -> bool {
        match self {
            PatchErrorKind::OutOfRange { .. }
            | PatchErrorKind::Misaligned { .. }
            | PatchErrorKind::Vector128LoadStore { .. }
            | PatchErrorKind::RegisterMismatch { .. }
            | PatchErrorKind::DisplacementWraps { .. }
            | PatchErrorKind::NoTrampolineSlot(_) => true,
            PatchErrorKind::WrongInstructionClass {
                runtime_asserts, ..
            } => *runtime_asserts,
            PatchErrorKind::LocationOutsideBody { .. }
            | PatchErrorKind::UnknownSymbol(_)
            | PatchErrorKind::OrdinalNotInSymbolsMap(_)
            | PatchErrorKind::UnreadableGotSlot { .. }
            | PatchErrorKind::OperandMismatch { .. } => false,
        }
    }
}

fn signed_hex(v: i128) -> String {
    if v < 0 {
        format!("-{:#x}", v.unsigned_abs())
    } else {
        format!("{v:#x}")
    }
}

fn human_size(bytes: u128) -> String {
    const UNITS: [(u128, &str); 3] = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")];
    for (size, name) in UNITS {
        if bytes >= size && bytes.is_multiple_of(size) {
            return format!("{} {name}", bytes / size);
        }
    }
    format!("{bytes} bytes")
}

impl fmt::Display for PatchErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PatchErrorKind::OutOfRange {
                what,
                value,
                min,
                max,
                unit,
            } => {
                let span = (max - min + 1) as u128;
                let bits = span.trailing_zeros();
                let pages = if *unit == 4096 { " pages" } else { "" };
                if *min < 0 {
                    write!(
                        f,
                        "{what} = {}{pages} does not fit in {bits} signed bits (±{})",
                        signed_hex(*value),
                        human_size((*max + 1) as u128 * *unit as u128)
                    )
                } else {
                    write!(
                        f,
                        "{what} = {}{pages} does not fit in {bits} unsigned bits (at most {max:#x})",
                        signed_hex(*value)
                    )
                }
            }
            PatchErrorKind::Misaligned { what, value, align } => {
                write!(f, "{what} = {value:#x} is not a multiple of {align}")
            }
            PatchErrorKind::WrongInstructionClass {
                word,
                expected,
                runtime_asserts,
            } => {
                write!(f, "instruction {word:#010x} is not {expected}")?;
                if *runtime_asserts {
                    write!(
                        f,
                        " (jit.c asserts this; a release build patches it anyway)"
                    )
                } else {
                    write!(
                        f,
                        " (jit.c does not check this and rewrites the field anyway)"
                    )
                }
            }
            PatchErrorKind::Vector128LoadStore { word } => write!(
                f,
                "instruction {word:#010x} is a 128-bit SIMD&FP LDR/STR (bits 23 and 26 set): \
                 jit.c asserts this never happens, and a release build scales the offset by 1 \
                 instead of 16"
            ),
            PatchErrorKind::RegisterMismatch {
                adrp_rd,
                ldr_rt,
                ldr_rn,
            } => write!(
                f,
                "ADRP writes x{adrp_rd} but the LDR loads x{ldr_rt} from [x{ldr_rn}]: \
                 patch_aarch64_33rx asserts one register throughout"
            ),
            PatchErrorKind::DisplacementWraps { value } => write!(
                f,
                "V - P = {} is outside ±2 GiB as jit.c computes it (in 64 bits), so a debug \
                 build asserts; the 32-bit displacement wraps modulo 2^32 on i686, so a \
                 release build still reaches V",
                signed_hex(*value)
            ),
            PatchErrorKind::LocationOutsideBody {
                offset,
                width,
                body_len,
            } => write!(
                f,
                "bytes {offset:#x}..{:#x} lie outside the {body_len}-byte body",
                offset.saturating_add(*width)
            ),
            PatchErrorKind::UnknownSymbol(name) => {
                write!(f, "no address for external symbol `{name}`")
            }
            PatchErrorKind::OrdinalNotInSymbolsMap(o) => {
                write!(f, "trampoline ordinal {o} is not in symbols_map")
            }
            PatchErrorKind::NoTrampolineSlot(o) => write!(
                f,
                "ordinal {o} needs a trampoline but bit {} of trampoline mask word {} is \
                 not set (get_trampoline_slot asserts it is)",
                o % 32,
                o / 32
            ),
            PatchErrorKind::UnreadableGotSlot { addr } => write!(
                f,
                "cannot read the 8-byte slot at {addr:#x} that the relaxation inspects"
            ),
            PatchErrorKind::OperandMismatch { expected } => {
                write!(f, "this patch function takes {expected}")
            }
        }
    }
}

impl std::error::Error for PatchErrorKind {}

impl fmt::Display for PatchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}+{:#x} ({}, hole {}): {}",
            self.part.name(),
            self.offset,
            self.patch,
            self.hole_index,
            self.kind
        )?;
        if let Some(v) = self.value {
            write!(f, " [V = {v:#x}, P = {:#x}]", self.location)?;
        }
        if self.written {
            write!(f, " [written as the runtime would]")?;
        }
        Ok(())
    }
}

impl std::error::Error for PatchError {}

/// The bytes a patch function stores (as a release build does) and every
/// check that failed on the way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checked<T> {
    pub value: T,
    pub errors: Vec<PatchErrorKind>,
}

impl<T> Checked<T> {
    /// Whether a debug build would abort on this patch.
    pub fn runtime_asserts(&self) -> bool {
        self.errors.iter().any(PatchErrorKind::runtime_asserts)
    }
}

/// The field encoders the patch functions use, as a seam: the oracle's
/// self-test plugs in deliberately wrong ones (ADRP immlo/immhi swapped, B
/// without `/4`, rel32 from the end of the instruction, imm12 without the
/// LDR scale, MOVK always writing chunk 0, ...) and must then see the
/// emulated code go wrong. Range, alignment and class checks do not go
/// through the encoders; only the bits written do.
#[derive(Copy, Clone, Debug)]
pub struct Encoders {
    /// `patch_64`'s 8 bytes.
    pub abs64: fn(value: u64) -> [u8; 8],
    /// `patch_32`'s 32-bit field.
    pub abs32: fn(value: u64) -> u32,
    /// `patch_32r`'s field for location `P` and value `V` (real: `V - P`).
    pub rel32: fn(location: u64, value: u64) -> u32,
    /// The word with imm12 set from `V`'s low 12 bits.
    pub lo12: fn(word: u32, value: u64) -> u32,
    /// The word with imm16 set from chunk `chunk` of `V`.
    pub mov16: fn(word: u32, value: u64, chunk: u8) -> u32,
    /// The word with imm19 set from the byte delta `V - P`.
    pub branch19: fn(word: u32, delta: i64) -> u32,
    /// The ADRP word with its page delta set.
    pub page21: fn(word: u32, pages: i64) -> u32,
    /// The B/BL word with imm26 set from the byte delta.
    pub branch26: fn(word: u32, delta: i64) -> u32,
    /// `ldr x<reg>, <P + delta>` (the 33rx literal relaxation).
    pub ldr_literal19: fn(reg: u32, delta: i64) -> u32,
}

impl Encoders {
    /// The encodings jit.c uses.
    pub const REAL: Encoders = Encoders {
        abs64: x86::encode_abs64,
        abs32: x86::encode_abs32,
        rel32: x86::encode_rel32,
        lo12: aarch64::encode_lo12,
        mov16: aarch64::encode_mov16,
        branch19: aarch64::encode_branch19,
        page21: aarch64::encode_page21,
        branch26: aarch64::encode_branch26,
        ldr_literal19: aarch64::encode_ldr_literal19,
    };
}

impl Default for Encoders {
    fn default() -> Self {
        Encoders::REAL
    }
}

/// Patches one group as the runtime does: data holes first, then code holes,
/// each stencil's holes in header order.
pub fn patch_group(
    set: &StencilSet,
    group: &Group,
    values: &HoleValues,
    placement: &Placement,
    options: &PatchOptions,
    memory: &dyn ExternalMemory,
) -> PatchedGroup {
    patch_group_with(
        set,
        group,
        values,
        placement,
        options,
        memory,
        &Encoders::REAL,
    )
}

/// [`patch_group`] with the given field encoders.
pub fn patch_group_with(
    set: &StencilSet,
    group: &Group,
    values: &HoleValues,
    placement: &Placement,
    options: &PatchOptions,
    memory: &dyn ExternalMemory,
    encoders: &Encoders,
) -> PatchedGroup {
    let region = layout::trampoline_region_len(&placement.trampoline_mask) as usize;
    let mut patcher = Patcher {
        set,
        arch: set.target.arch(),
        values,
        placement,
        options,
        memory,
        enc: encoders,
        code_len: group.code.body.len() as u64,
        out: PatchedGroup {
            code: group.code.body.clone(),
            data: group.data.body.clone(),
            trampolines: vec![0; region],
            applied: Vec::new(),
            errors: Vec::new(),
        },
    };
    for (i, hole) in group.data.holes.iter().enumerate() {
        patcher.hole(Part::Data, i, hole);
    }
    for (i, hole) in group.code.holes.iter().enumerate() {
        patcher.hole(Part::Code, i, hole);
    }
    patcher.out
}

/// What a release build stores at one location for `kind`, given the
/// current bytes there (at least `kind.width()` of them), ignoring every
/// check. Context-free: `32rx` is taken unrelaxed (as `32r`), `33rx` as
/// `21rx` + `12x`, and trampoline kinds as a direct branch/call to `value`
/// (the symbol). Use [`patch_group_with`] and `release_writes` for the
/// context-dependent forms.
pub fn encode_unchecked(
    kind: PatchKind,
    bytes: &[u8],
    location: u64,
    value: u64,
) -> Option<Vec<u8>> {
    encode_unchecked_with(kind, bytes, location, value, &Encoders::REAL)
}

/// [`encode_unchecked`] with the given field encoders.
pub fn encode_unchecked_with(
    kind: PatchKind,
    bytes: &[u8],
    location: u64,
    value: u64,
    enc: &Encoders,
) -> Option<Vec<u8>> {
    let width = kind.width() as usize;
    if bytes.len() < width {
        return None;
    }
    let word = u32::from_le_bytes(bytes[..4].try_into().ok()?);
    let arch = Arch::X86_64; // the bytes do not depend on it
    let w = |c: Checked<u32>| c.value.to_le_bytes().to_vec();
    Some(match kind {
        PatchKind::Abs64 => x86::patch_64(value, enc).to_vec(),
        PatchKind::Abs32 => w(x86::patch_32(value, enc)),
        PatchKind::Rel32 | PatchKind::X86_64Rel32x => w(x86::patch_32r(location, value, arch, enc)),
        PatchKind::X86_64Trampoline => {
            w(x86::patch_32r(location, value.wrapping_sub(4), arch, enc))
        }
        PatchKind::Aarch64Lo12 | PatchKind::Aarch64Lo12x => w(aarch64::patch_12(word, value, enc)),
        PatchKind::Aarch64Mov16a => w(aarch64::patch_16(word, value, 0, enc)),
        PatchKind::Aarch64Mov16b => w(aarch64::patch_16(word, value, 1, enc)),
        PatchKind::Aarch64Mov16c => w(aarch64::patch_16(word, value, 2, enc)),
        PatchKind::Aarch64Mov16d => w(aarch64::patch_16(word, value, 3, enc)),
        PatchKind::Aarch64Branch19 => w(aarch64::patch_19r(word, location, value, enc)),
        PatchKind::Aarch64Page21 | PatchKind::Aarch64Page21x => {
            w(aarch64::patch_21r(word, location, value, enc))
        }
        PatchKind::Aarch64Branch26 | PatchKind::Aarch64Trampoline => {
            w(aarch64::patch_26r(word, location, value, enc))
        }
        PatchKind::Aarch64Pair33x => {
            let w1 = u32::from_le_bytes(bytes[4..8].try_into().ok()?);
            let c = aarch64::patch_33rx([word, w1], location, value, None, enc);
            let mut out = c.value.words[0].to_le_bytes().to_vec();
            out.extend_from_slice(&c.value.words[1].to_le_bytes());
            out
        }
    })
}

/// One hole's outcome before it is committed.
struct Step {
    /// Byte offset in the part's buffer and the bytes to store there.
    writes: Vec<(usize, Vec<u8>)>,
    /// Trampoline slot index and its bytes.
    trampoline: Option<(u64, [u8; 16])>,
    errors: Vec<PatchErrorKind>,
    relaxation: Option<Relaxation>,
    via_trampoline: Option<u64>,
}

impl Step {
    fn word(offset: usize, c: Checked<u32>) -> Step {
        Step {
            writes: vec![(offset, c.value.to_le_bytes().to_vec())],
            trampoline: None,
            errors: c.errors,
            relaxation: None,
            via_trampoline: None,
        }
    }
}

struct Patcher<'a> {
    set: &'a StencilSet,
    arch: Arch,
    values: &'a HoleValues,
    placement: &'a Placement,
    options: &'a PatchOptions,
    memory: &'a dyn ExternalMemory,
    enc: &'a Encoders,
    code_len: u64,
    out: PatchedGroup,
}

impl Patcher<'_> {
    fn buf(&self, part: Part) -> &[u8] {
        match part {
            Part::Code => &self.out.code,
            Part::Data => &self.out.data,
        }
    }

    fn buf_mut(&mut self, part: Part) -> &mut Vec<u8> {
        match part {
            Part::Code => &mut self.out.code,
            Part::Data => &mut self.out.data,
        }
    }

    fn word_at(&self, part: Part, offset: usize) -> u32 {
        let b = self.buf(part);
        u32::from_le_bytes(b[offset..offset + 4].try_into().unwrap())
    }

    /// Reads 8 bytes at `addr` as the runtime would see them now: from the
    /// buffers being patched when inside them, else from `memory`. A read
    /// straddling a buffer's edge is unknown.
    fn read_u64(&self, addr: u64) -> Option<u64> {
        let regions = [
            (self.placement.code, &self.out.code),
            (self.placement.data, &self.out.data),
            (self.placement.trampolines, &self.out.trampolines),
        ];
        let (a, b) = (addr as u128, addr as u128 + 8);
        for (base, buf) in regions {
            if buf.is_empty() {
                continue;
            }
            let (start, end) = (base as u128, base as u128 + buf.len() as u128);
            if a >= start && b <= end {
                let at = (a - start) as usize;
                return Some(u64::from_le_bytes(buf[at..at + 8].try_into().unwrap()));
            }
            if a < end && b > start {
                return None;
            }
        }
        self.memory.read_u64(addr)
    }

    /// The address `symbols_map[ordinal]` names.
    fn ordinal_target(&self, ordinal: u32) -> Result<u64, PatchErrorKind> {
        let entry = self
            .set
            .symbols_map
            .as_ref()
            .and_then(|m| m.iter().find(|e| e.ordinal == ordinal))
            .ok_or(PatchErrorKind::OrdinalNotInSymbolsMap(ordinal))?;
        let addr = self
            .values
            .symbols
            .get(&entry.symbol)
            .ok_or_else(|| PatchErrorKind::UnknownSymbol(entry.symbol.clone()))?;
        Ok(addr & self.arch.address_mask())
    }

    fn trampoline_slot(&self, ordinal: u32) -> Result<(u64, u64), PatchErrorKind> {
        let index = layout::trampoline_slot_index(&self.placement.trampoline_mask, ordinal)
            .ok_or(PatchErrorKind::NoTrampolineSlot(ordinal))?;
        let addr = self
            .placement
            .trampolines
            .wrapping_add(index * layout::TRAMPOLINE_SIZE)
            & self.arch.address_mask();
        Ok((index, addr))
    }

    fn fail(
        &mut self,
        part: Part,
        index: usize,
        hole: &Hole,
        location: u64,
        value: Option<u64>,
        kind: PatchErrorKind,
    ) {
        self.out.errors.push(PatchError {
            part,
            hole_index: index,
            offset: hole.offset,
            patch: hole.kind,
            location,
            value,
            kind,
            written: false,
        });
    }

    fn hole(&mut self, part: Part, index: usize, hole: &Hole) {
        let mask = self.arch.address_mask();
        let base = match part {
            Part::Code => self.placement.code,
            Part::Data => self.placement.data,
        };
        let location = base.wrapping_add(hole.offset) & mask;
        let body_len = self.buf(part).len() as u64;
        let width = hole.kind.width();
        if hole
            .offset
            .checked_add(width)
            .is_none_or(|end| end > body_len)
        {
            let kind = PatchErrorKind::LocationOutsideBody {
                offset: hole.offset,
                width,
                body_len,
            };
            return self.fail(part, index, hole, location, None, kind);
        }
        let value = match (&hole.operand, hole.kind.takes_ordinal()) {
            (HoleOperand::Value(expr), false) => {
                evaluate(expr, self.values, self.code_len, self.arch)
            }
            (HoleOperand::SymbolOrdinal(o), true) => self.ordinal_target(*o),
            (HoleOperand::Value(_), true) => Err(PatchErrorKind::OperandMismatch {
                expected: "a symbols_map ordinal",
            }),
            (HoleOperand::SymbolOrdinal(_), false) => Err(PatchErrorKind::OperandMismatch {
                expected: "a value expression",
            }),
        };
        let value = match value {
            Ok(v) => v,
            Err(kind) => return self.fail(part, index, hole, location, None, kind),
        };
        match self.step(part, hole, location, value) {
            Ok(step) => self.commit(part, index, hole, location, value, step),
            Err(kind) => self.fail(part, index, hole, location, Some(value), kind),
        }
    }

    /// Computes one hole's bytes and checks.
    fn step(
        &self,
        part: Part,
        hole: &Hole,
        location: u64,
        value: u64,
    ) -> Result<Step, PatchErrorKind> {
        let off = hole.offset as usize;
        let enc = self.enc;
        let arch = self.arch;
        let word = || self.word_at(part, off);
        let step = match hole.kind {
            PatchKind::Abs64 => Step {
                writes: vec![(off, x86::patch_64(value, enc).to_vec())],
                trampoline: None,
                errors: Vec::new(),
                relaxation: None,
                via_trampoline: None,
            },
            PatchKind::Abs32 => Step::word(off, x86::patch_32(value, enc)),
            PatchKind::Rel32 => Step::word(off, x86::patch_32r(location, value, arch, enc)),
            PatchKind::X86_64Rel32x => {
                let buf = self.buf(part);
                // The runtime inspects the two bytes before the field. Before
                // the body's start they belong to whatever precedes the
                // stencil; this patcher does not relax then.
                let prefix = (off >= 2).then(|| [buf[off - 2], buf[off - 1]]);
                let slot = match prefix {
                    Some(_) if self.options.relax => {
                        self.read_u64(value.wrapping_add(4) & self.arch.address_mask())
                    }
                    _ => None,
                };
                let c = x86::patch_32rx(prefix.unwrap_or([0; 2]), location, value, slot, arch, enc);
                let mut writes = Vec::new();
                if c.value.relaxation.is_some() {
                    writes.push((off - 2, c.value.prefix.to_vec()));
                }
                writes.push((off, c.value.disp.to_le_bytes().to_vec()));
                Step {
                    writes,
                    trampoline: None,
                    errors: c.errors,
                    relaxation: c.value.relaxation,
                    via_trampoline: None,
                }
            }
            PatchKind::X86_64Trampoline => {
                let HoleOperand::SymbolOrdinal(ordinal) = hole.operand else {
                    unreachable!("checked by the caller")
                };
                if !self.options.force_trampolines
                    && x86::trampoline_direct_in_range(location, value)
                {
                    Step::word(
                        off,
                        x86::patch_32r(location, value.wrapping_sub(4), arch, enc),
                    )
                } else {
                    let (index, slot) = self.trampoline_slot(ordinal)?;
                    let mut s = Step::word(
                        off,
                        x86::patch_32r(location, slot.wrapping_sub(4), arch, enc),
                    );
                    s.trampoline = Some((index, x86::trampoline_bytes(value)));
                    s.via_trampoline = Some(slot);
                    s
                }
            }
            PatchKind::Aarch64Lo12 | PatchKind::Aarch64Lo12x => {
                Step::word(off, aarch64::patch_12(word(), value, enc))
            }
            PatchKind::Aarch64Mov16a => Step::word(off, aarch64::patch_16(word(), value, 0, enc)),
            PatchKind::Aarch64Mov16b => Step::word(off, aarch64::patch_16(word(), value, 1, enc)),
            PatchKind::Aarch64Mov16c => Step::word(off, aarch64::patch_16(word(), value, 2, enc)),
            PatchKind::Aarch64Mov16d => Step::word(off, aarch64::patch_16(word(), value, 3, enc)),
            PatchKind::Aarch64Branch19 => {
                Step::word(off, aarch64::patch_19r(word(), location, value, enc))
            }
            PatchKind::Aarch64Page21 | PatchKind::Aarch64Page21x => {
                Step::word(off, aarch64::patch_21r(word(), location, value, enc))
            }
            PatchKind::Aarch64Branch26 => {
                Step::word(off, aarch64::patch_26r(word(), location, value, enc))
            }
            PatchKind::Aarch64Pair33x => {
                let words = [word(), self.word_at(part, off + 4)];
                let slot = if self.options.relax {
                    Some(
                        self.read_u64(value)
                            .ok_or(PatchErrorKind::UnreadableGotSlot { addr: value })?,
                    )
                } else {
                    None
                };
                let c = aarch64::patch_33rx(words, location, value, slot, enc);
                let mut bytes = c.value.words[0].to_le_bytes().to_vec();
                bytes.extend_from_slice(&c.value.words[1].to_le_bytes());
                Step {
                    writes: vec![(off, bytes)],
                    trampoline: None,
                    errors: c.errors,
                    relaxation: c.value.relaxation,
                    via_trampoline: None,
                }
            }
            PatchKind::Aarch64Trampoline => {
                let HoleOperand::SymbolOrdinal(ordinal) = hole.operand else {
                    unreachable!("checked by the caller")
                };
                if !self.options.force_trampolines
                    && aarch64::trampoline_direct_in_range(location, value)
                {
                    Step::word(off, aarch64::patch_26r(word(), location, value, enc))
                } else {
                    let (index, slot) = self.trampoline_slot(ordinal)?;
                    let mut s = Step::word(off, aarch64::patch_26r(word(), location, slot, enc));
                    s.trampoline = Some((index, aarch64::trampoline_bytes(value)));
                    s.via_trampoline = Some(slot);
                    s
                }
            }
        };
        Ok(step)
    }

    fn commit(
        &mut self,
        part: Part,
        index: usize,
        hole: &Hole,
        location: u64,
        value: u64,
        step: Step,
    ) {
        // The runtime fills the trampoline slot before patching the branch.
        if let Some((slot, bytes)) = step.trampoline {
            let at = (slot * layout::TRAMPOLINE_SIZE) as usize;
            self.out.trampolines[at..at + bytes.len()].copy_from_slice(&bytes);
        }
        let asserts = step.errors.iter().any(PatchErrorKind::runtime_asserts);
        let written = !asserts || self.options.release_writes;
        if written {
            for (at, bytes) in &step.writes {
                self.buf_mut(part)[*at..*at + bytes.len()].copy_from_slice(bytes);
            }
            self.out.applied.push(AppliedPatch {
                part,
                hole_index: index,
                patch: hole.kind,
                location,
                value,
                relaxation: step.relaxation,
                via_trampoline: step.via_trampoline,
            });
        }
        for kind in step.errors {
            self.out.errors.push(PatchError {
                part,
                hole_index: index,
                offset: hole.offset,
                patch: hole.kind,
                location,
                value: Some(value),
                kind,
                written,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_state_the_contract() {
        let e = PatchErrorKind::OutOfRange {
            what: "V - P",
            value: 1 << 27,
            min: -(1 << 27),
            max: (1 << 27) - 1,
            unit: 1,
        };
        assert_eq!(
            e.to_string(),
            "V - P = 0x8000000 does not fit in 28 signed bits (±128 MiB)"
        );
        let e = PatchErrorKind::OutOfRange {
            what: "(V >> 12) - (P >> 12)",
            value: -(1 << 20) - 1,
            min: -(1 << 20),
            max: (1 << 20) - 1,
            unit: 4096,
        };
        assert_eq!(
            e.to_string(),
            "(V >> 12) - (P >> 12) = -0x100001 pages does not fit in 21 signed bits (±4 GiB)"
        );
        let e = PatchErrorKind::OutOfRange {
            what: "V",
            value: 1 << 32,
            min: 0,
            max: u32::MAX as i128,
            unit: 1,
        };
        assert_eq!(
            e.to_string(),
            "V = 0x100000000 does not fit in 32 unsigned bits (at most 0xffffffff)"
        );
        let e = PatchErrorKind::Misaligned {
            what: "V - P",
            value: 6,
            align: 4,
        };
        assert_eq!(e.to_string(), "V - P = 0x6 is not a multiple of 4");
        assert!(PatchErrorKind::NoTrampolineSlot(33)
            .to_string()
            .contains("bit 1 of trampoline mask word 1"));
    }

    #[test]
    fn encode_unchecked_truncates_like_release() {
        // 26r one past the range: the field wraps.
        let b = encode_unchecked(
            PatchKind::Aarch64Branch26,
            &0x9400_0000u32.to_le_bytes(),
            0,
            1 << 27,
        )
        .unwrap();
        let w = u32::from_le_bytes(b.try_into().unwrap());
        assert_eq!(w, 0x9400_0000 | (1 << 25)); // reads as -2^27
                                                // patch_32 keeps the low half.
        let b = encode_unchecked(PatchKind::Abs32, &[0; 4], 0, 0x1_2345_6789).unwrap();
        assert_eq!(b, 0x2345_6789u32.to_le_bytes());
        assert_eq!(encode_unchecked(PatchKind::Abs64, &[0; 4], 0, 0), None);
    }
}
