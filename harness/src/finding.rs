//! Findings: what a check reports, with where, why and the bytes involved.

use crate::model::{Part, Span};
use serde::Serialize;
use std::fmt;

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// A hazard that does not break today's code.
    Warning,
    /// Wrong now, or the set could not be checked.
    Error,
}

/// Every kind of finding the tool can report. The name (kebab-case) is the
/// stable identifier in reports, `--checks` output and the self-test.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingKind {
    // --- input ---
    /// The file could not be read at all.
    UnreadableFile,
    /// The header text does not follow the stencil-header grammar.
    MalformedHeader,
    /// A value expression the grammar does not cover.
    UnparseableValue,
    /// A `patch_*` function the tool does not know.
    UnknownPatchFunction,
    /// An external symbol name that cannot be a C identifier.
    BadSymbolName,
    /// A configured limit was reached; the rest of the item was not checked.
    LimitExceeded,
    /// No target triple could be determined for a file.
    UnknownTarget,
    // --- structure ---
    /// A hole's bytes fall (partly) outside its stencil's body.
    HoleOutsideBody,
    /// Two holes patch overlapping bytes.
    HolesOverlap,
    /// A patch kind that does not exist on the set's architecture.
    PatchKindIllegalForArch,
    /// The bytes at the location are not an instruction of the class the
    /// patch kind rewrites.
    WrongInstructionClass,
    /// A table row's code or data size differs from the body's length.
    TableSizeMismatch,
    /// An emit function without a table row, or a row naming no function.
    TableEntryMismatch,
    /// A trampoline mask that differs from the ordinals the group uses.
    TrampolineMaskMismatch,
    /// A trampoline ordinal that `symbols_map` does not define.
    SymbolOrdinalOutOfRange,
    /// `symbols_map` is malformed (duplicate or missing ordinals).
    SymbolsMapInconsistent,
    /// A call or load of a compiler-runtime helper a CPython build does not
    /// export (outline atomics, stack probes, soft division).
    UnprovidableSymbol,
    /// A full 64-bit value patched on a 32-bit target other than through
    /// HI/LO halves.
    WideValueOnNarrowTarget,
    /// A hole in data that is not 8-byte aligned where the runtime stores a
    /// 64-bit word, or a location misaligned for its instruction.
    MisalignedHole,
    /// A body declared but never copied, or copied twice.
    BodyNotCopied,
    /// A relaxing patch whose relaxation test inspects bytes that are not
    /// the instruction it means to rewrite.
    RelaxationHazard,
    // --- patching ---
    /// The value does not fit the encoding (the runtime would truncate).
    ValueOutOfRange,
    /// The value is not aligned as the encoding requires.
    ValueMisaligned,
    // --- oracle, sandbox, equivalence (later checks) ---
    /// The CPU computed something other than what the hole denotes.
    RelocationMismatch,
    /// A data slot that no instruction loads.
    UnusedDataSlot,
    /// An ADRP and the LDR completing it name different values.
    GotPairMismatch,
    // --- sandbox ---
    /// An access outside the sandbox's memory.
    SandboxViolation,
    /// A store into the stencil's own code, trampolines or data.
    WriteToReadOnly,
    /// Control reached memory that is not the stencil's code, trampolines or
    /// an external function's entry.
    ExecutionOutsideCode,
    /// The run exceeded its instruction budget.
    DidNotTerminate,
    /// The stack pointer differs at the exit from its value at entry.
    StackImbalance,
    /// A register the convention preserves differs at the exit.
    RegisterClobbered,
    /// A system call, interrupt, breakpoint, halt, privileged or undefined
    /// instruction.
    ForbiddenInstruction,
    /// The shim does not pass the JIT's arguments where the convention says.
    ConventionMismatch,
    /// The stencil could not be patched for a run.
    PatchFailed,
    /// The emulator could not run the stencil.
    SandboxFault,
    // --- equivalence ---
    /// Relaxed and unrelaxed patching behave differently.
    RelaxationMismatch,
    /// Two placements behave differently.
    PlacementMismatch,
    /// The same uop behaves differently on two targets.
    CrossTargetMismatch,
    /// A policy entry that accepts nothing.
    PolicyUnused,
}

impl FindingKind {
    pub fn name(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_else(|| format!("{self:?}"))
    }

    /// Whether the kind means "this input was not (fully) checked".
    pub fn is_not_checked(self) -> bool {
        matches!(
            self,
            FindingKind::UnreadableFile
                | FindingKind::MalformedHeader
                | FindingKind::UnparseableValue
                | FindingKind::UnknownPatchFunction
                | FindingKind::LimitExceeded
                | FindingKind::UnknownTarget
                // The emulator could not run the stencil: nothing was shown.
                | FindingKind::SandboxFault
        )
    }
}

impl fmt::Display for FindingKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name())
    }
}

/// Which hole a finding is about.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct HoleRef {
    pub part: Part,
    pub offset: u64,
    /// The patch function, e.g. `patch_aarch64_26r`.
    pub kind: String,
    /// The value expression as C text.
    pub value: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Finding {
    pub severity: Severity,
    pub kind: FindingKind,
    /// Which check produced it (`parse`, `structure`, `patch`, `oracle`, ...).
    pub check: &'static str,
    /// File and line the finding points at.
    pub span: Span,
    /// Target triple, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// Group (uop) name, when the finding is about one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stencil: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hole: Option<HoleRef>,
    /// One sentence: what is wrong.
    pub message: String,
    /// The bytes involved, hex, when they help (instruction words, data).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bytes: Option<String>,
    /// The header's disassembly line for the location, when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
    /// For behaviour comparisons: the two traces, side by side (`-`/`+`
    /// lines where they differ).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diff: Option<String>,
}

impl Finding {
    pub fn new(
        severity: Severity,
        kind: FindingKind,
        check: &'static str,
        span: Span,
        message: impl Into<String>,
    ) -> Finding {
        Finding {
            severity,
            kind,
            check,
            span,
            target: None,
            stencil: None,
            hole: None,
            message: message.into(),
            bytes: None,
            context: None,
            diff: None,
        }
    }

    pub fn error(
        kind: FindingKind,
        check: &'static str,
        span: Span,
        msg: impl Into<String>,
    ) -> Self {
        Finding::new(Severity::Error, kind, check, span, msg)
    }

    pub fn warning(
        kind: FindingKind,
        check: &'static str,
        span: Span,
        msg: impl Into<String>,
    ) -> Self {
        Finding::new(Severity::Warning, kind, check, span, msg)
    }

    pub fn with_target(mut self, target: impl fmt::Display) -> Self {
        self.target = Some(target.to_string());
        self
    }

    pub fn with_stencil(mut self, name: impl Into<String>) -> Self {
        self.stencil = Some(name.into());
        self
    }

    pub fn with_hole(mut self, hole: HoleRef) -> Self {
        self.hole = Some(hole);
        self
    }

    pub fn with_bytes(mut self, bytes: &[u8]) -> Self {
        self.bytes = Some(hex(bytes));
        self
    }

    pub fn with_diff(mut self, diff: impl Into<String>) -> Self {
        self.diff = Some(diff.into());
        self
    }

    pub fn with_context(mut self, context: impl Into<String>) -> Self {
        self.context = Some(context.into());
        self
    }

    /// Sort key that makes report order independent of scheduling.
    pub fn sort_key(&self) -> impl Ord + '_ {
        (
            &self.span.file,
            &self.target,
            &self.stencil,
            self.hole.as_ref().map(|h| (h.part, h.offset)),
            self.span.line,
            self.kind,
            &self.message,
        )
    }
}

/// Bytes as space-separated lowercase hex pairs.
pub fn hex(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 3);
    for (i, b) in bytes.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        s.push_str(&format!("{b:02x}"));
    }
    s
}
