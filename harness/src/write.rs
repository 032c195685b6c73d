//! Model → header text.
//!
//! Writes a [`StencilSet`] in CPython's layout for its [`Shape`], so that for
//! any text `T` this module produced, `write_set(parse_set(T).set) == T`
//! byte for byte. Spans and line numbers in the model are never consulted:
//! a model built in memory (with zero spans) writes the same text as one
//! read from a file.

use crate::model::{
    Comment, Group, GroupRole, Hole, HoleOperand, HoleValue, Part, Shape, Stencil, StencilSet,
    TableRow, ValueExpr,
};
use std::fmt::Write as _;

/// The header text of `set`, in CPython's layout for `set.shape`.
///
/// Layout:
/// - top-level `//` comment lines kept as verbatim items (a build
///   directory's `// <digest>` line), then a blank line;
/// - one emit function per group, in model order: comments, body
///   declarations, then data `memcpy` and data holes before code `memcpy`
///   and code holes. A body is declared when `written_len > 0`, or when a
///   real (1-based) `body_line` says the header declared it empty; `memcpy`
///   is written when `copied` and the body is declared;
/// - the footer: the `SYMBOL_MASK_WORDS` assertion (if the model has one),
///   the `StencilGroup` typedef, the other verbatim items, special groups,
///   the `stencil_groups[]` table (uop groups with a row, in model order)
///   and `symbols_map[]` (if the model has one).
pub fn write_set(set: &StencilSet) -> String {
    let estimate: usize = set
        .groups
        .iter()
        .map(|g| 400 + 6 * (g.code.written_len + g.data.written_len) + 80 * g.code.comments.len())
        .sum();
    let mut out = String::with_capacity(estimate + 1024);
    // Build directories' headers start with `// <digest>` (and maybe a
    // second comment line) and a blank line; the parser keeps top-level
    // comments as verbatim items, and they go back to the top.
    let mut preamble = set
        .verbatim
        .iter()
        .filter(|v| is_comment_item(v))
        .peekable();
    if preamble.peek().is_some() {
        for line in preamble {
            out.push_str(line);
            out.push('\n');
        }
        out.push('\n');
    }
    for group in &set.groups {
        write_group(&mut out, group, set.shape);
    }
    write_footer(&mut out, set);
    out
}

/// The C text of a hole value as CPython's writer spells it for `shape`:
/// the base expression, then ` + (uintptr_t)&sym`, then ` + {addend:#x}` in
/// Python's signed-hex style (`+ -0x4`); a lone `0x0` when there is nothing.
pub fn value_c(expr: &ValueExpr, shape: Shape) -> String {
    let mut s = String::from(base_c(expr.base, shape));
    if let Some(sym) = &expr.symbol {
        if !s.is_empty() {
            s.push_str(" + ");
        }
        s.push_str("(uintptr_t)&");
        s.push_str(sym);
    }
    if expr.addend != 0 || s.is_empty() {
        if !s.is_empty() {
            s.push_str(" + ");
        }
        s.push_str(&signed_hex(expr.addend));
    }
    s
}

/// The C text of a hole's operand: its value, or (for trampoline patches)
/// the ordinal as written in the call (`0x1`).
pub fn operand_c(operand: &HoleOperand, shape: Shape) -> String {
    match operand {
        HoleOperand::Value(v) => value_c(v, shape),
        HoleOperand::SymbolOrdinal(o) => format!("{o:#x}"),
    }
}

/// The whole `patch_*` call of a hole, without indentation.
pub fn hole_c(hole: &Hole, part: Part, shape: Shape) -> String {
    let location = format!("{} + {:#x}", part.name(), hole.offset);
    match &hole.operand {
        HoleOperand::Value(v) => {
            format!(
                "{}({location}, {});",
                hole.kind.function(),
                value_c(v, shape)
            )
        }
        HoleOperand::SymbolOrdinal(o) => {
            format!("{}({location}, {o:#x}, state);", hole.kind.function())
        }
    }
}

/// How many bytes of `body` CPython's writer for `shape` spells out: 3.13
/// writes every byte, later versions drop trailing zeros (and the whole
/// declaration if nothing is left).
pub fn written_len_for(body: &[u8], shape: Shape) -> usize {
    match shape {
        Shape::V313 => body.len(),
        Shape::V314 | Shape::V315 => body.iter().rposition(|&b| b != 0).map_or(0, |i| i + 1),
    }
}

/// A stencil as CPython would write it from `body` and `holes`: the body is
/// declared and copied iff some byte of it is written ([`written_len_for`]).
/// Spans and lines are 0. For building models in memory.
pub fn stencil_for(
    shape: Shape,
    body: Vec<u8>,
    holes: Vec<Hole>,
    comments: Vec<Comment>,
) -> Stencil {
    let written_len = written_len_for(&body, shape);
    Stencil {
        body,
        written_len,
        body_line: None,
        copied: written_len > 0,
        holes,
        comments,
    }
}

fn base_c(base: HoleValue, shape: Shape) -> &'static str {
    let v313 = shape == Shape::V313;
    match base {
        HoleValue::Code => "(uintptr_t)code",
        HoleValue::Continue => "(uintptr_t)code + sizeof(code_body)",
        HoleValue::Data => "(uintptr_t)data",
        HoleValue::Executor => "(uintptr_t)executor",
        HoleValue::Oparg => "instruction->oparg",
        HoleValue::Operand0 if v313 => "instruction->operand",
        HoleValue::Operand0 => "instruction->operand0",
        HoleValue::Operand0Hi if v313 => "(instruction->operand >> 32)",
        HoleValue::Operand0Hi => "(instruction->operand0 >> 32)",
        HoleValue::Operand0Lo if v313 => "(instruction->operand & UINT32_MAX)",
        HoleValue::Operand0Lo => "(instruction->operand0 & UINT32_MAX)",
        HoleValue::Operand1 => "instruction->operand1",
        HoleValue::Operand1Hi => "(instruction->operand1 >> 32)",
        HoleValue::Operand1Lo => "(instruction->operand1 & UINT32_MAX)",
        HoleValue::Target => "instruction->target",
        HoleValue::JumpTarget if v313 => "instruction_starts[instruction->jump_target]",
        HoleValue::JumpTarget => "state->instruction_starts[instruction->jump_target]",
        HoleValue::ErrorTarget if v313 => "instruction_starts[instruction->error_target]",
        HoleValue::ErrorTarget => "state->instruction_starts[instruction->error_target]",
        HoleValue::Zero => "",
    }
}

/// Python's `f"{n:#x}"` for a signed value: `0x4`, `-0x4`.
fn signed_hex(n: i64) -> String {
    if n < 0 {
        format!("-{:#x}", n.unsigned_abs())
    } else {
        format!("{n:#x}")
    }
}

const PARAMS_COMMON: &str =
    "unsigned char *code, unsigned char *data, _PyExecutorObject *executor,";

fn last_params(shape: Shape) -> &'static str {
    match shape {
        Shape::V313 => "const _PyUOpInstruction *instruction, uintptr_t instruction_starts[]",
        Shape::V314 | Shape::V315 => "const _PyUOpInstruction *instruction, jit_state *state",
    }
}

fn write_group(out: &mut String, group: &Group, shape: Shape) {
    out.push_str("void\nemit_");
    out.push_str(&group.name);
    out.push_str("(\n    ");
    out.push_str(PARAMS_COMMON);
    out.push_str("\n    ");
    out.push_str(last_params(shape));
    out.push_str(")\n{\n");
    for (part, stencil) in [(Part::Code, &group.code), (Part::Data, &group.data)] {
        for c in &stencil.comments {
            if c.text.is_empty() {
                out.push_str("    //\n");
            } else {
                out.push_str("    // ");
                out.push_str(&c.text);
                out.push('\n');
            }
        }
        if declared(stencil) {
            write_body(out, part, stencil);
        }
    }
    for (part, stencil) in [(Part::Data, &group.data), (Part::Code, &group.code)] {
        if stencil.copied && declared(stencil) {
            let p = part.name();
            let _ = writeln!(out, "    memcpy({p}, {p}_body, sizeof({p}_body));");
        }
        for hole in &stencil.holes {
            out.push_str("    ");
            out.push_str(&hole_c(hole, part, shape));
            out.push('\n');
        }
    }
    out.push_str("}\n\n");
}

/// Whether the emit function declares the body: when some byte is spelled
/// out (CPython's rule), or when the model came from a header that declared
/// it with an empty initializer (a real, 1-based `body_line`). Line 0 means
/// "built in memory" and never forces a declaration.
fn declared(stencil: &Stencil) -> bool {
    stencil.written_len > 0 || stencil.body_line.is_some_and(|l| l > 0)
}

const HEX: &[u8; 16] = b"0123456789abcdef";

fn write_body(out: &mut String, part: Part, stencil: &Stencil) {
    let _ = writeln!(
        out,
        "    const unsigned char {}_body[{}] = {{",
        part.name(),
        stencil.body.len()
    );
    let n = stencil.written_len.min(stencil.body.len());
    let written = stencil.body.get(..n).unwrap_or(&[]);
    for row in written.chunks(8) {
        out.push_str("        ");
        for (i, &b) in row.iter().enumerate() {
            if i > 0 {
                out.push(' ');
            }
            out.push_str("0x");
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xf)]));
            out.push(',');
        }
        out.push('\n');
    }
    out.push_str("    };\n");
}

fn write_footer(out: &mut String, set: &StencilSet) {
    let shape = set.shape;
    if let Some(n) = set.symbol_mask_words {
        let _ = writeln!(
            out,
            "static_assert(SYMBOL_MASK_WORDS >= {n}, \"SYMBOL_MASK_WORDS too small\");\n"
        );
    }
    out.push_str("typedef struct {\n    void (*emit)(\n        ");
    out.push_str(PARAMS_COMMON);
    out.push_str("\n        ");
    out.push_str(last_params(shape));
    out.push_str(");\n    size_t code_size;\n    size_t data_size;\n");
    if shape != Shape::V313 {
        out.push_str("    symbol_mask trampoline_mask;\n");
    }
    if shape == Shape::V315 {
        out.push_str("    symbol_mask got_mask;\n");
    }
    out.push_str("} StencilGroup;\n\n");
    let mut items = set
        .verbatim
        .iter()
        .filter(|v| !is_comment_item(v))
        .peekable();
    if items.peek().is_some() {
        for item in items {
            out.push_str(item);
            out.push('\n');
        }
        out.push('\n');
    }
    for group in set.groups.iter().filter(|g| g.role == GroupRole::Shim) {
        if let Some(row) = &group.table {
            let _ = writeln!(
                out,
                "static const StencilGroup {} = {};\n",
                group.name,
                row_c(row)
            );
        }
    }
    let _ = writeln!(
        out,
        "static const StencilGroup stencil_groups[{} + 1] = {{",
        set.table_bound
    );
    for group in set.groups.iter().filter(|g| g.role == GroupRole::Uop) {
        if let Some(row) = &group.table {
            let _ = writeln!(out, "    [{}] = {},", row.index, row_c(row));
        }
    }
    out.push_str("};\n");
    if let Some(map) = &set.symbols_map {
        let _ = writeln!(
            out,
            "\nstatic const void * const symbols_map[{}] = {{",
            map.len().max(1)
        );
        if map.is_empty() {
            out.push_str("    0\n");
        }
        for e in map {
            let _ = writeln!(out, "    [{}] = &{},", e.ordinal, e.symbol);
        }
        out.push_str("};\n");
    }
}

/// A top-level `//` comment line (written at the top of the file).
fn is_comment_item(item: &str) -> bool {
    item.starts_with("//") && !item.contains('\n')
}

/// `{emit_X, code_size, data_size[, {mask}][, {mask}]}`
fn row_c(row: &TableRow) -> String {
    let mut s = format!("{{{}, {}, {}", row.emit, row.code_size, row.data_size);
    for mask in [&row.trampoline_mask, &row.got_mask].into_iter().flatten() {
        s.push_str(", ");
        s.push_str(&mask_c(mask));
    }
    s.push('}');
    s
}

/// CPython's symbol-mask initializer: `{0}` when empty, else each word
/// `{:#04x}`.
fn mask_c(words: &[u32]) -> String {
    if words.is_empty() {
        return "{0}".to_string();
    }
    let parts: Vec<String> = words.iter().map(|w| format!("{w:#04x}")).collect();
    format!("{{{}}}", parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PatchKind;

    fn v(base: HoleValue, sym: Option<&str>, addend: i64) -> ValueExpr {
        ValueExpr::new(base, sym, addend)
    }

    #[test]
    fn values_are_spelled_as_cpython_does() {
        let s = Shape::V314;
        assert_eq!(value_c(&v(HoleValue::Zero, None, 0), s), "0x0");
        assert_eq!(value_c(&v(HoleValue::Zero, None, -4), s), "-0x4");
        assert_eq!(
            value_c(&v(HoleValue::Zero, None, i64::MIN), s),
            "-0x8000000000000000"
        );
        assert_eq!(
            value_c(&v(HoleValue::Zero, Some("sym"), -4), s),
            "(uintptr_t)&sym + -0x4"
        );
        assert_eq!(
            value_c(&v(HoleValue::Data, Some("sym"), 0x10), s),
            "(uintptr_t)data + (uintptr_t)&sym + 0x10"
        );
        assert_eq!(
            value_c(&v(HoleValue::Continue, None, -4), s),
            "(uintptr_t)code + sizeof(code_body) + -0x4"
        );
        assert_eq!(
            value_c(&v(HoleValue::JumpTarget, None, 0), s),
            "state->instruction_starts[instruction->jump_target]"
        );
        assert_eq!(
            value_c(&v(HoleValue::JumpTarget, None, 0), Shape::V313),
            "instruction_starts[instruction->jump_target]"
        );
        assert_eq!(
            value_c(&v(HoleValue::Operand0Hi, None, 0), Shape::V313),
            "(instruction->operand >> 32)"
        );
        assert_eq!(
            value_c(&v(HoleValue::Operand0Lo, None, 0), Shape::V315),
            "(instruction->operand0 & UINT32_MAX)"
        );
    }

    #[test]
    fn every_value_round_trips_through_the_parser() {
        let syms = [None, Some("_Py_Dealloc")];
        let addends = [0, 1, -4, 0x78, i64::MIN, i64::MAX];
        for shape in Shape::ALL {
            for base in HoleValue::ALL {
                for sym in syms {
                    for addend in addends {
                        let e = v(base, sym, addend);
                        let text = value_c(&e, shape);
                        assert_eq!(crate::parse::parse_value(&text), Ok(e), "{text}");
                    }
                }
            }
        }
    }

    #[test]
    fn holes_and_masks() {
        let hole = Hole {
            offset: 0x18,
            kind: PatchKind::Aarch64Trampoline,
            operand: HoleOperand::SymbolOrdinal(1),
            line: 0,
        };
        assert_eq!(
            hole_c(&hole, Part::Code, Shape::V314),
            "patch_aarch64_trampoline(code + 0x18, 0x1, state);"
        );
        let hole = Hole {
            offset: 0,
            kind: PatchKind::Abs64,
            operand: HoleOperand::Value(v(HoleValue::Zero, Some("x"), 0)),
            line: 0,
        };
        assert_eq!(
            hole_c(&hole, Part::Data, Shape::V314),
            "patch_64(data + 0x0, (uintptr_t)&x);"
        );
        assert_eq!(mask_c(&[]), "{0}");
        assert_eq!(mask_c(&[1]), "{0x01}");
        assert_eq!(mask_c(&[0, 0x100]), "{0x00, 0x100}");
        assert_eq!(signed_hex(255), "0xff");
    }

    #[test]
    fn written_length_follows_the_shape() {
        assert_eq!(written_len_for(&[1, 0, 2, 0, 0], Shape::V314), 3);
        assert_eq!(written_len_for(&[0, 0], Shape::V315), 0);
        assert_eq!(written_len_for(&[0, 0], Shape::V313), 2);
        let s = stencil_for(Shape::V314, vec![0; 16], Vec::new(), Vec::new());
        assert!(!s.copied);
        assert_eq!(s.written_len, 0);
    }
}
