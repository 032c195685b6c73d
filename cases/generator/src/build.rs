//! Processed groups → the shared model ([`StencilSet`]) for one shape.
//!
//! Everything shape-specific lives here: the special group's name
//! (`trampoline` in 3.13, `shim` later), whether AArch64 external branches
//! use trampolines and a `symbols_map` (3.14+), the table bound and the
//! `got_mask` column and shim-CFI guard of 3.15.

use crate::process::{process, Options, Processed, SymbolTable};
use crate::raw::{RawGroup, Result};
use std::sync::Arc;
use stencil_verify::model::{
    Comment, Group, GroupRole, Hole, Shape, Span, Stencil, StencilSet, SymbolMapEntry, TableRow,
};
use stencil_verify::target::Target;
use stencil_verify::write::stencil_for;

/// The name of the special (native-to-JIT) group in a shape.
pub fn shim_name(shape: Shape) -> &'static str {
    match shape {
        Shape::V313 => "trampoline",
        Shape::V314 | Shape::V315 => "shim",
    }
}

/// Builds one set. `uops` may come in any order: the header lists them by
/// name, as CPython sorts its opnames.
pub fn build_set(
    target: Target,
    shape: Shape,
    source: &str,
    shim: &RawGroup,
    uops: &[(String, RawGroup)],
) -> Result<StencilSet> {
    let file: Arc<str> = Arc::from(source);
    let span = Span::new(&file, 0);
    let options = Options::new(target, shape);
    let mut symbols = SymbolTable::default();

    let mut sorted: Vec<&(String, RawGroup)> = uops.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));

    // Ordinals are handed out in processing order: the shim first, then the
    // uops by name.
    let mut groups = Vec::with_capacity(sorted.len() + 1);
    let processed = process(shim, options, &mut symbols)?;
    groups.push(group(
        shim_name(shape),
        GroupRole::Shim,
        shape,
        &span,
        processed,
    ));
    for (name, raw) in sorted {
        let processed = process(raw, options, &mut symbols)?;
        groups.push(group(name, GroupRole::Uop, shape, &span, processed));
    }

    let (symbols_map, symbol_mask_words) = match shape {
        Shape::V313 => (None, None),
        Shape::V314 | Shape::V315 => {
            let entries: Vec<SymbolMapEntry> = symbols
                .names
                .iter()
                .enumerate()
                .map(|(i, s)| SymbolMapEntry {
                    ordinal: i as u32,
                    symbol: s.clone(),
                    span: span.clone(),
                })
                .collect();
            let words = (entries.len() as u32).div_ceil(32).max(1);
            (Some(entries), Some(words))
        }
    };
    Ok(StencilSet {
        source: file,
        target,
        shape,
        groups,
        symbols_map,
        symbol_mask_words,
        table_bound: match shape {
            Shape::V315 => "MAX_UOP_REGS_ID",
            Shape::V313 | Shape::V314 => "MAX_UOP_ID",
        }
        .to_owned(),
        verbatim: match shape {
            Shape::V315 => vec!["#define _Py_JIT_HAS_SHIM_CFI 0".to_owned()],
            Shape::V313 | Shape::V314 => Vec::new(),
        },
    })
}

fn stencil(shape: Shape, p: crate::process::Stencil) -> Stencil {
    let holes = p
        .holes
        .into_iter()
        .map(|h| Hole {
            offset: h.offset,
            kind: h.kind,
            operand: h.operand,
            line: 0,
        })
        .collect();
    let comments = p
        .comments
        .into_iter()
        .map(|text| Comment { line: 0, text })
        .collect();
    stencil_for(shape, p.body, holes, comments)
}

fn group(name: &str, role: GroupRole, shape: Shape, span: &Span, p: Processed) -> Group {
    let trampoline_mask = p.trampoline_mask();
    let code = stencil(shape, p.code);
    let data = stencil(shape, p.data);
    let table = TableRow {
        index: match role {
            GroupRole::Uop => name.to_owned(),
            GroupRole::Shim => String::new(),
        },
        emit: format!("emit_{name}"),
        code_size: code.body.len() as u64,
        data_size: data.body.len() as u64,
        trampoline_mask: (shape != Shape::V313).then_some(trampoline_mask),
        // No GOT symbols are shared through the state in these sets: an
        // empty (all-zero) mask.
        got_mask: (shape == Shape::V315).then(Vec::new),
        span: span.clone(),
    };
    Group {
        name: name.to_owned(),
        role,
        span: span.clone(),
        code,
        data,
        table: Some(table),
    }
}
