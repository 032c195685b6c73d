//! The stencil model every check and report shares:
//! set → groups → code and data stencils → holes.
//!
//! The model is what a header *means*, not how it is spelled; `parse` builds
//! it from header text and `write` turns it back into header text, and the two
//! are inverse for every header the writer produces.

use crate::target::Target;
use serde::Serialize;
use std::fmt;
use std::sync::Arc;

/// Where something came from: a file and a 1-based line.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    pub file: Arc<str>,
    pub line: u32,
}

impl Span {
    pub fn new(file: &Arc<str>, line: u32) -> Span {
        Span {
            file: Arc::clone(file),
            line,
        }
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// The generation of CPython whose header layout a set follows.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Shape {
    /// `emit_*(..., uintptr_t instruction_starts[])`, a `trampoline` special
    /// group, `{emit, code_size, data_size}` table rows, no `symbols_map`.
    #[serde(rename = "3.13")]
    V313,
    /// `emit_*(..., jit_state *state)`, a `shim` special group,
    /// `{emit, code_size, data_size, trampoline_mask}` rows, `symbols_map`.
    #[serde(rename = "3.14")]
    V314,
    /// As 3.14, with `MAX_UOP_REGS_ID`, a `got_mask` column and the shim CFI
    /// feature guard.
    #[serde(rename = "3.15")]
    V315,
}

impl Shape {
    pub const ALL: [Shape; 3] = [Shape::V313, Shape::V314, Shape::V315];

    pub fn name(self) -> &'static str {
        match self {
            Shape::V313 => "3.13",
            Shape::V314 => "3.14",
            Shape::V315 => "3.15",
        }
    }

    pub fn from_name(name: &str) -> Option<Shape> {
        Shape::ALL.into_iter().find(|s| s.name() == name)
    }
}

/// One header: every group of one target.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StencilSet {
    /// The file it was read from (display form), used in every finding.
    pub source: Arc<str>,
    pub target: Target,
    pub shape: Shape,
    /// Groups in header order: special groups (shim, trampoline, wrapper) and
    /// one per uop.
    pub groups: Vec<Group>,
    /// `symbols_map[ordinal] = &Name`, in ordinal order; `None` where the
    /// header has no `symbols_map` (3.13). An empty map is written `{0}` with
    /// a declared length of 1.
    pub symbols_map: Option<Vec<SymbolMapEntry>>,
    /// The `SYMBOL_MASK_WORDS >= N` static assertion, where present.
    pub symbol_mask_words: Option<u32>,
    /// The name of the uop-table bound (`MAX_UOP_ID`, `MAX_UOP_REGS_ID`).
    pub table_bound: String,
    /// Top-level text the model does not interpret (e.g. `#define` feature
    /// guards), kept verbatim so that writing the model back loses nothing.
    /// Each item is written after the `StencilGroup` typedef.
    pub verbatim: Vec<String>,
}

impl StencilSet {
    pub fn group(&self, name: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.name == name)
    }

    /// The ordinary uop groups (not shim/trampoline/wrapper).
    pub fn uops(&self) -> impl Iterator<Item = &Group> {
        self.groups.iter().filter(|g| g.role == GroupRole::Uop)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SymbolMapEntry {
    pub ordinal: u32,
    pub symbol: String,
    pub span: Span,
}

/// What a group is for in a trace.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum GroupRole {
    /// A uop's stencil, listed in `stencil_groups[]`.
    Uop,
    /// Converts the native calling convention to the JIT's (`shim` in 3.14+,
    /// `trampoline` in 3.13, `wrapper` earlier).
    Shim,
}

/// One `emit_<name>` function and its table row.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Group {
    /// The uop name (`_BINARY_OP`, `0`, `shim`): `emit_` stripped.
    pub name: String,
    pub role: GroupRole,
    /// Line of `emit_<name>(`.
    pub span: Span,
    pub code: Stencil,
    pub data: Stencil,
    /// The row of `stencil_groups[]` or the special group's initializer;
    /// `None` if the header has an emit function but no row for it.
    pub table: Option<TableRow>,
}

/// `[OP] = {emit_OP, code_size, data_size, {trampoline_mask}, {got_mask}}`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TableRow {
    /// The index expression (`_BINARY_OP`, `1`); empty for special groups.
    pub index: String,
    /// The emit function the row names (normally `emit_<group>`).
    pub emit: String,
    pub code_size: u64,
    pub data_size: u64,
    /// 32-bit words, least significant first; `None` in 3.13.
    pub trampoline_mask: Option<Vec<u32>>,
    /// 32-bit words; present only in 3.15 headers that carry the column.
    pub got_mask: Option<Vec<u32>>,
    pub span: Span,
}

/// Which of a group's two blobs a stencil is.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Part {
    Code,
    Data,
}

impl Part {
    pub fn name(self) -> &'static str {
        match self {
            Part::Code => "code",
            Part::Data => "data",
        }
    }
}

/// A code or data blob with its holes.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Stencil {
    /// The full body, trailing zeros that the initializer elides restored:
    /// its length is the declared array length.
    pub body: Vec<u8>,
    /// How many bytes the initializer spelled out (the rest are implicit
    /// zeros). Kept so that a re-written header is byte-identical.
    pub written_len: usize,
    /// Line of `const unsigned char <part>_body[N]`, if the body is declared.
    pub body_line: Option<u32>,
    /// Whether the emit function copies the body (`memcpy(code, code_body,
    /// ...)`). A body that is declared but never copied is a finding.
    pub copied: bool,
    /// Holes in header order.
    pub holes: Vec<Hole>,
    /// The `// ...` comment lines before the body: disassembly and
    /// relocations for code, slot names for data. Context only; no check
    /// depends on them.
    pub comments: Vec<Comment>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Comment {
    pub line: u32,
    pub text: String,
}

impl Stencil {
    /// The disassembly comment describing the instruction at `offset`, if the
    /// header has one (`// 1c: 48 8b ...`). For findings only.
    pub fn disassembly_at(&self, offset: u64) -> Option<&Comment> {
        self.comments
            .iter()
            .filter(|c| {
                let t = c.text.trim_start();
                let Some((addr, _)) = t.split_once(':') else {
                    return false;
                };
                // Relocation lines (`1b:  R_X86_64_PLT32 ...`) name no
                // instruction; an instruction may mention `SCTLR_EL1`.
                let first = t
                    .split_once(':')
                    .map_or("", |x| x.1)
                    .split_whitespace()
                    .next()
                    .unwrap_or("");
                u64::from_str_radix(addr.trim(), 16).is_ok_and(|a| a <= offset)
                    && !first.starts_with("R_")
                    && !first.starts_with("IMAGE_REL")
                    && !first.contains("_RELOC_")
            })
            .max_by_key(|c| {
                let t = c.text.trim_start();
                u64::from_str_radix(t.split_once(':').map(|x| x.0).unwrap_or("").trim(), 16)
                    .unwrap_or(0)
            })
    }
}

/// One `patch_*` call.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Hole {
    /// Byte offset of the patched location within its stencil's body.
    pub offset: u64,
    pub kind: PatchKind,
    pub operand: HoleOperand,
    /// Line of the `patch_*` call.
    pub line: u32,
}

/// What a patch call writes: a value computed at run time, or (for
/// trampoline patches) an ordinal into `symbols_map`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum HoleOperand {
    Value(ValueExpr),
    /// `patch_*_trampoline(loc, ordinal, state)`.
    SymbolOrdinal(u32),
}

impl HoleOperand {
    pub fn value(&self) -> Option<&ValueExpr> {
        match self {
            HoleOperand::Value(v) => Some(v),
            HoleOperand::SymbolOrdinal(_) => None,
        }
    }
}

/// `base + symbol + addend`, the value grammar of every hole.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct ValueExpr {
    pub base: HoleValue,
    /// `(uintptr_t)&Name`: the address of an external C symbol.
    pub symbol: Option<String>,
    /// Signed; arithmetic wraps at the target's pointer width.
    pub addend: i64,
}

impl ValueExpr {
    pub fn new(base: HoleValue, symbol: Option<&str>, addend: i64) -> ValueExpr {
        ValueExpr {
            base,
            symbol: symbol.map(str::to_owned),
            addend,
        }
    }
}

/// The run-time base values a hole can refer to (CPython's `HoleValue`).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum HoleValue {
    /// Start of this uop's code.
    Code,
    /// Start of the next uop's code: `(uintptr_t)code + sizeof(code_body)`.
    Continue,
    /// Start of this uop's data.
    Data,
    Executor,
    /// 16-bit oparg.
    Oparg,
    /// 64-bit operand0 (3.13 spells it `instruction->operand`).
    Operand0,
    /// `(instruction->operand0 >> 32)`, for 32-bit targets.
    Operand0Hi,
    /// `(instruction->operand0 & UINT32_MAX)`.
    Operand0Lo,
    Operand1,
    Operand1Hi,
    Operand1Lo,
    /// Bytecode offset.
    Target,
    /// Code address of the uop `instruction->jump_target` names.
    JumpTarget,
    /// Code address of the uop `instruction->error_target` names.
    ErrorTarget,
    /// No base: symbol and/or addend only.
    Zero,
}

impl HoleValue {
    pub const ALL: [HoleValue; 15] = [
        HoleValue::Code,
        HoleValue::Continue,
        HoleValue::Data,
        HoleValue::Executor,
        HoleValue::Oparg,
        HoleValue::Operand0,
        HoleValue::Operand0Hi,
        HoleValue::Operand0Lo,
        HoleValue::Operand1,
        HoleValue::Operand1Hi,
        HoleValue::Operand1Lo,
        HoleValue::Target,
        HoleValue::JumpTarget,
        HoleValue::ErrorTarget,
        HoleValue::Zero,
    ];

    /// CPython's enum name (`OPERAND0_HI`), as used in data-slot comments.
    pub fn name(self) -> &'static str {
        match self {
            HoleValue::Code => "CODE",
            HoleValue::Continue => "CONTINUE",
            HoleValue::Data => "DATA",
            HoleValue::Executor => "EXECUTOR",
            HoleValue::Oparg => "OPARG",
            HoleValue::Operand0 => "OPERAND0",
            HoleValue::Operand0Hi => "OPERAND0_HI",
            HoleValue::Operand0Lo => "OPERAND0_LO",
            HoleValue::Operand1 => "OPERAND1",
            HoleValue::Operand1Hi => "OPERAND1_HI",
            HoleValue::Operand1Lo => "OPERAND1_LO",
            HoleValue::Target => "TARGET",
            HoleValue::JumpTarget => "JUMP_TARGET",
            HoleValue::ErrorTarget => "ERROR_TARGET",
            HoleValue::Zero => "ZERO",
        }
    }

    /// Whether the value is a code address the stencil may jump to (an exit).
    pub fn is_exit(self) -> bool {
        matches!(
            self,
            HoleValue::Continue | HoleValue::JumpTarget | HoleValue::ErrorTarget
        )
    }

    /// Whether the value is a full 64-bit quantity that a 32-bit target can
    /// only receive through HI/LO halves.
    pub fn is_wide_operand(self) -> bool {
        matches!(self, HoleValue::Operand0 | HoleValue::Operand1)
    }
}

/// The patch functions of `Python/jit.c`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum PatchKind {
    #[serde(rename = "patch_64")]
    Abs64,
    #[serde(rename = "patch_32")]
    Abs32,
    #[serde(rename = "patch_32r")]
    Rel32,
    #[serde(rename = "patch_x86_64_32rx")]
    X86_64Rel32x,
    #[serde(rename = "patch_x86_64_trampoline")]
    X86_64Trampoline,
    #[serde(rename = "patch_aarch64_12")]
    Aarch64Lo12,
    #[serde(rename = "patch_aarch64_12x")]
    Aarch64Lo12x,
    #[serde(rename = "patch_aarch64_16a")]
    Aarch64Mov16a,
    #[serde(rename = "patch_aarch64_16b")]
    Aarch64Mov16b,
    #[serde(rename = "patch_aarch64_16c")]
    Aarch64Mov16c,
    #[serde(rename = "patch_aarch64_16d")]
    Aarch64Mov16d,
    #[serde(rename = "patch_aarch64_19r")]
    Aarch64Branch19,
    #[serde(rename = "patch_aarch64_21r")]
    Aarch64Page21,
    #[serde(rename = "patch_aarch64_21rx")]
    Aarch64Page21x,
    #[serde(rename = "patch_aarch64_26r")]
    Aarch64Branch26,
    #[serde(rename = "patch_aarch64_33rx")]
    Aarch64Pair33x,
    #[serde(rename = "patch_aarch64_trampoline")]
    Aarch64Trampoline,
}

impl PatchKind {
    pub const ALL: [PatchKind; 17] = [
        PatchKind::Abs64,
        PatchKind::Abs32,
        PatchKind::Rel32,
        PatchKind::X86_64Rel32x,
        PatchKind::X86_64Trampoline,
        PatchKind::Aarch64Lo12,
        PatchKind::Aarch64Lo12x,
        PatchKind::Aarch64Mov16a,
        PatchKind::Aarch64Mov16b,
        PatchKind::Aarch64Mov16c,
        PatchKind::Aarch64Mov16d,
        PatchKind::Aarch64Branch19,
        PatchKind::Aarch64Page21,
        PatchKind::Aarch64Page21x,
        PatchKind::Aarch64Branch26,
        PatchKind::Aarch64Pair33x,
        PatchKind::Aarch64Trampoline,
    ];

    /// The C function name.
    pub fn function(self) -> &'static str {
        match self {
            PatchKind::Abs64 => "patch_64",
            PatchKind::Abs32 => "patch_32",
            PatchKind::Rel32 => "patch_32r",
            PatchKind::X86_64Rel32x => "patch_x86_64_32rx",
            PatchKind::X86_64Trampoline => "patch_x86_64_trampoline",
            PatchKind::Aarch64Lo12 => "patch_aarch64_12",
            PatchKind::Aarch64Lo12x => "patch_aarch64_12x",
            PatchKind::Aarch64Mov16a => "patch_aarch64_16a",
            PatchKind::Aarch64Mov16b => "patch_aarch64_16b",
            PatchKind::Aarch64Mov16c => "patch_aarch64_16c",
            PatchKind::Aarch64Mov16d => "patch_aarch64_16d",
            PatchKind::Aarch64Branch19 => "patch_aarch64_19r",
            PatchKind::Aarch64Page21 => "patch_aarch64_21r",
            PatchKind::Aarch64Page21x => "patch_aarch64_21rx",
            PatchKind::Aarch64Branch26 => "patch_aarch64_26r",
            PatchKind::Aarch64Pair33x => "patch_aarch64_33rx",
            PatchKind::Aarch64Trampoline => "patch_aarch64_trampoline",
        }
    }

    pub fn from_function(name: &str) -> Option<PatchKind> {
        PatchKind::ALL.into_iter().find(|k| k.function() == name)
    }

    /// How many bytes at the location the patch reads or writes.
    pub fn width(self) -> u64 {
        match self {
            PatchKind::Abs64 => 8,
            PatchKind::Aarch64Pair33x => 8,
            _ => 4,
        }
    }

    /// Whether the kind takes `(location, ordinal, state)`.
    pub fn takes_ordinal(self) -> bool {
        matches!(
            self,
            PatchKind::Aarch64Trampoline | PatchKind::X86_64Trampoline
        )
    }

    /// Whether the runtime may rewrite the instruction (the "x" kinds).
    pub fn relaxes(self) -> bool {
        matches!(self, PatchKind::X86_64Rel32x | PatchKind::Aarch64Pair33x)
    }

    /// Whether the kind is legal on an architecture. `patch_64` writes data
    /// (or a `movabs` immediate) on every target.
    pub fn legal_on(self, arch: crate::target::Arch) -> bool {
        use crate::target::Arch;
        match self {
            PatchKind::Abs64 => true,
            PatchKind::Abs32 => arch == Arch::I686,
            PatchKind::Rel32 | PatchKind::X86_64Rel32x => {
                matches!(arch, Arch::X86_64 | Arch::I686)
            }
            PatchKind::X86_64Trampoline => arch == Arch::X86_64,
            _ => arch == Arch::Aarch64,
        }
    }
}

impl fmt::Display for PatchKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.function())
    }
}
