//! Checks: each a function from the model (and, for the dynamic ones, the
//! emulators) to findings. One module per check; none calls another's
//! internals.

pub mod equivalence;
pub mod oracle;
pub mod sandbox;
pub mod structure;
pub mod symbols;

use crate::finding::{Finding, FindingKind, HoleRef, Severity};
use crate::model::{Group, Hole, Part, Span, StencilSet};

/// One hole and everything needed to describe it in a finding.
#[derive(Copy, Clone)]
pub struct HoleSite<'a> {
    pub set: &'a StencilSet,
    pub group: &'a Group,
    pub part: Part,
    pub index: usize,
    pub hole: &'a Hole,
}

impl<'a> HoleSite<'a> {
    pub fn body(&self) -> &'a [u8] {
        match self.part {
            Part::Code => &self.group.code.body,
            Part::Data => &self.group.data.body,
        }
    }

    pub fn hole_ref(&self) -> HoleRef {
        HoleRef {
            part: self.part,
            offset: self.hole.offset,
            kind: self.hole.kind.function().to_owned(),
            value: match &self.hole.operand {
                crate::model::HoleOperand::Value(v) => crate::write::value_c(v, self.set.shape),
                crate::model::HoleOperand::SymbolOrdinal(o) => format!("symbols_map[{o}]"),
            },
        }
    }

    /// A finding about this hole: file and line of its patch call, target,
    /// stencil, the hole, the bytes at its location and the header's
    /// disassembly line for it.
    pub fn finding(&self, severity: Severity, kind: FindingKind, message: String) -> Finding {
        let body = self.body();
        let start = (self.hole.offset as usize).min(body.len());
        let end = start
            .saturating_add(self.hole.kind.width() as usize)
            .min(body.len());
        let mut f = Finding::new(
            severity,
            kind,
            structure::CHECK,
            Span::new(&self.set.source, self.hole.line),
            message,
        )
        .with_target(self.set.target)
        .with_stencil(&self.group.name)
        .with_hole(self.hole_ref());
        if end > start {
            f = f.with_bytes(&body[start..end]);
        }
        if self.part == Part::Code {
            if let Some(c) = self.group.code.disassembly_at(self.hole.offset) {
                f = f.with_context(c.text.trim().to_owned());
            }
        }
        f
    }

    /// As `finding`, attributed to another check.
    pub fn finding_for(
        &self,
        check: &'static str,
        severity: Severity,
        kind: FindingKind,
        message: String,
    ) -> Finding {
        let mut f = self.finding(severity, kind, message);
        f.check = check;
        f
    }
}
