//! Header text → model.
//!
//! A line-oriented scanner reads the three header shapes CPython has written
//! (3.13, 3.14, 3.15; see [`Shape`]). Emit-function bodies are read one
//! statement per line; the footer (typedef, special groups, the
//! `stencil_groups[]` table, `symbols_map[]`) is read statement by statement
//! through a small C tokenizer. Hole values are parsed with a real grammar
//! (a signed sum of terms) rather than matched as fixed strings.
//!
//! Nothing here panics on any input: every index is checked, every integer
//! is parsed with overflow checks, recursion is bounded, and every problem
//! becomes a [`Finding`] with file and 1-based line. A broken emit function
//! is dropped (with its findings) and scanning resumes at the next one.
//!
//! How the text maps onto the model, where the model leaves room:
//! - The shape comes from the text: `instruction_starts[]` in the
//!   signatures or typedef → 3.13; else a `got_mask` typedef field or a
//!   5-field row → 3.15; else 3.14.
//! - `{0}` as a mask is CPython's spelling of "no bits" and reads as an
//!   empty vector; any other list keeps its words as written.
//! - 3.14+ leave out the declaration of an all-zero body; such a body is
//!   restored as zeros of the table row's size (`written_len` 0,
//!   `body_line` `None`, `copied` false).
//! - Comments before `code_body` belong to code, later ones to data.
//! - Top-level items the model does not interpret (`#define`s, other
//!   `static const` arrays, other static assertions, column-0 `//` lines)
//!   are kept verbatim. A body declaration at top level is an error.
//! - Statement order the model cannot represent is reported rather than
//!   silently lost: a patch before its part's `memcpy`, data touched after
//!   code (`MalformedHeader`), a body copied twice (`BodyNotCopied`).
//! - Only the parser sees the table's pairing with emit functions and the
//!   `symbols_map` declaration, so it reports `TableEntryMismatch` and
//!   `SymbolsMapInconsistent` (duplicate ordinals, declared length).

use crate::finding::{Finding, FindingKind};
use crate::model::{
    Comment, Group, GroupRole, Hole, HoleOperand, HoleValue, PatchKind, Shape, Span, Stencil,
    StencilSet, SymbolMapEntry, TableRow, ValueExpr,
};
use crate::target::Target;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// The `check` name every parse finding carries.
const CHECK: &str = "parse";

/// Findings beyond this many are summarised by one `LimitExceeded` finding.
const MAX_FINDINGS: usize = 10_000;

/// Nesting depth the value grammar accepts (parentheses, unary signs).
const MAX_EXPR_DEPTH: u32 = 64;

/// How many lines an emit function's signature may span.
const MAX_SIGNATURE_LINES: usize = 8;

/// Special-group names: the native-to-JIT calling-convention converter.
const SHIM_NAMES: [&str; 3] = ["shim", "trampoline", "wrapper"];

/// Resource limits for one file. Exceeding one gives a `LimitExceeded`
/// finding; the item concerned is not modelled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseLimits {
    /// Larger files are not parsed at all.
    pub max_file_bytes: usize,
    /// Largest declared `code_body` / `data_body` (and restored implicit body).
    pub max_body_bytes: usize,
    /// Most `patch_*` calls per code or data stencil.
    pub max_holes_per_stencil: usize,
    /// Most emit functions per file; later ones are skipped.
    pub max_groups: usize,
}

impl Default for ParseLimits {
    fn default() -> Self {
        ParseLimits {
            max_file_bytes: 64 << 20,
            max_body_bytes: 1 << 20,
            max_holes_per_stencil: 4096,
            max_groups: 65536,
        }
    }
}

/// The result of parsing one header: the model (if anything parsed) and
/// every problem found on the way.
#[derive(Clone, Debug)]
pub struct ParseOutcome {
    pub set: Option<StencilSet>,
    pub findings: Vec<Finding>,
}

/// Parses one stencil header.
///
/// `source` is the display path used in every span and finding; `target` is
/// already resolved by the caller (from the file name or `--target`). The
/// shape is detected from the text itself.
pub fn parse_set(source: &str, text: &str, target: Target, limits: &ParseLimits) -> ParseOutcome {
    let file: Arc<str> = Arc::from(source);
    if text.len() > limits.max_file_bytes {
        let f = Finding::error(
            FindingKind::LimitExceeded,
            CHECK,
            Span::new(&file, 1),
            format!(
                "file is {} bytes, more than the limit of {} bytes (--max-file-bytes); not parsed",
                text.len(),
                limits.max_file_bytes
            ),
        )
        .with_target(target);
        return ParseOutcome {
            set: None,
            findings: vec![f],
        };
    }
    let mut p = Parser::new(file, text, target, limits);
    p.run();
    p.finish()
}

// ---------------------------------------------------------------------------
// Tokenizer

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum TokKind {
    Ident,
    Int,
    Str,
    Punct,
    /// A character no C token starts with (or an unterminated literal).
    Bad,
}

#[derive(Copy, Clone, Debug)]
struct Tok<'a> {
    kind: TokKind,
    text: &'a str,
    line: u32,
}

impl Tok<'_> {
    fn is_punct(&self, p: &str) -> bool {
        self.kind == TokKind::Punct && self.text == p
    }

    fn is_ident(&self, name: &str) -> bool {
        self.kind == TokKind::Ident && self.text == name
    }
}

const TWO_CHAR_PUNCT: [&str; 9] = ["->", ">>", "<<", ">=", "<=", "==", "!=", "&&", "||"];

/// Appends the C tokens of `s` (one line) to `out`. Comments are skipped.
fn tokenize<'a>(s: &'a str, line: u32, out: &mut Vec<Tok<'a>>) {
    let b = s.as_bytes();
    let mut i = 0usize;
    let slice = |i: usize, j: usize| s.get(i..j).unwrap_or("");
    while let Some(&c) = b.get(i) {
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let next = b.get(i + 1).copied();
        if c == b'/' && next == Some(b'/') {
            break;
        }
        if c == b'/' && next == Some(b'*') {
            match s.get(i + 2..).and_then(|rest| rest.find("*/")) {
                Some(k) => {
                    i = i + 2 + k + 2;
                    continue;
                }
                None => break,
            }
        }
        if c.is_ascii_alphabetic() || c == b'_' || c.is_ascii_digit() {
            let mut j = i + 1;
            while b
                .get(j)
                .is_some_and(|&d| d.is_ascii_alphanumeric() || d == b'_')
            {
                j += 1;
            }
            let kind = if c.is_ascii_digit() {
                TokKind::Int
            } else {
                TokKind::Ident
            };
            out.push(Tok {
                kind,
                text: slice(i, j),
                line,
            });
            i = j;
            continue;
        }
        if c == b'"' || c == b'\'' {
            let mut j = i + 1;
            let mut closed = false;
            while let Some(&d) = b.get(j) {
                if d == b'\\' {
                    j += 2;
                    continue;
                }
                j += 1;
                if d == c {
                    closed = true;
                    break;
                }
            }
            let j = j.min(b.len());
            // `j` may sit inside a multi-byte character only when the literal
            // is unterminated after an escape; `get` then yields "".
            out.push(Tok {
                kind: if closed { TokKind::Str } else { TokKind::Bad },
                text: slice(i, j),
                line,
            });
            if !closed {
                break;
            }
            i = j;
            continue;
        }
        if c.is_ascii() {
            let two = s.get(i..i + 2).unwrap_or("");
            if TWO_CHAR_PUNCT.contains(&two) {
                out.push(Tok {
                    kind: TokKind::Punct,
                    text: two,
                    line,
                });
                i += 2;
                continue;
            }
            out.push(Tok {
                kind: if c.is_ascii_punctuation() {
                    TokKind::Punct
                } else {
                    TokKind::Bad
                },
                text: slice(i, i + 1),
                line,
            });
            i += 1;
            continue;
        }
        // A non-ASCII character: `i` is on a char boundary (we only ever step
        // over ASCII bytes or whole characters).
        let len = s
            .get(i..)
            .and_then(|r| r.chars().next())
            .map_or(1, char::len_utf8);
        out.push(Tok {
            kind: TokKind::Bad,
            text: slice(i, i + len),
            line,
        });
        i += len;
    }
}

fn tokens_of(s: &str, line: u32) -> Vec<Tok<'_>> {
    let mut v = Vec::new();
    tokenize(s, line, &mut v);
    v
}

/// Parses a C integer literal (decimal, `0x` hex, `0` octal; `u`/`l`
/// suffixes ignored). `None` if malformed or wider than 64 bits.
fn parse_int(text: &str) -> Option<u64> {
    let t = text.trim_end_matches(['u', 'U', 'l', 'L']);
    let (digits, radix) = if let Some(h) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        (h, 16)
    } else if t.len() > 1 && t.starts_with('0') {
        (t.get(1..).unwrap_or(""), 8)
    } else {
        (t, 10)
    };
    if digits.is_empty() || !digits.bytes().all(|d| d.is_ascii_alphanumeric()) {
        return None;
    }
    u64::from_str_radix(digits, radix).ok()
}

// ---------------------------------------------------------------------------
// Value grammar

/// What a sum of terms has collected so far.
#[derive(Default)]
struct Acc {
    bases: Vec<HoleValue>,
    sizeof_code: u32,
    symbols: Vec<String>,
    addend: i64,
}

struct ExprParser<'t, 'a> {
    toks: &'t [Tok<'a>],
    pos: usize,
    depth: u32,
}

type PResult<T> = Result<T, String>;

impl<'t, 'a> ExprParser<'t, 'a> {
    fn new(toks: &'t [Tok<'a>]) -> Self {
        ExprParser {
            toks,
            pos: 0,
            depth: 0,
        }
    }

    fn peek(&self) -> Option<&Tok<'a>> {
        self.toks.get(self.pos)
    }

    fn peek_at(&self, k: usize) -> Option<&Tok<'a>> {
        self.toks.get(self.pos.saturating_add(k))
    }

    fn bump(&mut self) -> PResult<Tok<'a>> {
        let t = self
            .toks
            .get(self.pos)
            .copied()
            .ok_or_else(|| "expression ends early".to_string())?;
        self.pos += 1;
        Ok(t)
    }

    fn expect_punct(&mut self, p: &str) -> PResult<()> {
        let t = self.bump().map_err(|_| format!("expected `{p}` at end"))?;
        if t.is_punct(p) {
            Ok(())
        } else {
            Err(format!("expected `{p}`, found `{}`", t.text))
        }
    }

    fn expect_ident(&mut self) -> PResult<&'a str> {
        let t = self
            .bump()
            .map_err(|_| "expected a name at end".to_string())?;
        if t.kind == TokKind::Ident {
            Ok(t.text)
        } else {
            Err(format!("expected a name, found `{}`", t.text))
        }
    }

    fn at_end(&self) -> bool {
        self.pos >= self.toks.len()
    }

    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_EXPR_DEPTH {
            Err("expression nested too deeply".to_string())
        } else {
            Ok(())
        }
    }

    fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// `term (('+' | '-') term)*`
    fn sum(&mut self, acc: &mut Acc, cast: bool) -> PResult<()> {
        self.enter()?;
        self.term(acc, 1, cast)?;
        while let Some(t) = self.peek() {
            if t.is_punct("+") {
                self.pos += 1;
                self.term(acc, 1, cast)?;
            } else if t.is_punct("-") {
                self.pos += 1;
                self.term(acc, -1, cast)?;
            } else {
                break;
            }
        }
        self.leave();
        Ok(())
    }

    fn term(&mut self, acc: &mut Acc, sign: i64, cast: bool) -> PResult<()> {
        self.enter()?;
        let t = self.bump()?;
        let positive = |what: &str| {
            if sign < 0 {
                Err(format!("{what} cannot be subtracted"))
            } else {
                Ok(())
            }
        };
        match t.kind {
            TokKind::Punct if t.text == "+" => self.term(acc, sign, cast)?,
            TokKind::Punct if t.text == "-" => self.term(acc, -sign, cast)?,
            TokKind::Int => {
                let v = parse_int(t.text).ok_or_else(|| {
                    format!("integer literal `{}` is malformed or too wide", t.text)
                })? as i64;
                let v = if sign < 0 { v.wrapping_neg() } else { v };
                acc.addend = acc.addend.wrapping_add(v);
            }
            TokKind::Ident => match t.text {
                "sizeof" => {
                    self.expect_punct("(")?;
                    let name = self.expect_ident()?;
                    if name != "code_body" {
                        return Err(format!("`sizeof({name})` is not a hole value"));
                    }
                    self.expect_punct(")")?;
                    positive("`sizeof(code_body)`")?;
                    acc.sizeof_code += 1;
                }
                "instruction" => {
                    self.expect_punct("->")?;
                    let field = self.expect_ident()?;
                    let hv = match field {
                        "oparg" => HoleValue::Oparg,
                        "operand" | "operand0" => HoleValue::Operand0,
                        "operand1" => HoleValue::Operand1,
                        "target" => HoleValue::Target,
                        other => return Err(format!("unknown instruction field `{other}`")),
                    };
                    positive("an instruction field")?;
                    acc.bases.push(hv);
                }
                "state" => {
                    self.expect_punct("->")?;
                    let field = self.expect_ident()?;
                    if field != "instruction_starts" {
                        return Err(format!("unknown state field `{field}`"));
                    }
                    self.starts_index(acc, sign)?;
                }
                "instruction_starts" => self.starts_index(acc, sign)?,
                "code" | "data" | "executor" if cast => {
                    positive("an address")?;
                    acc.bases.push(match t.text {
                        "code" => HoleValue::Code,
                        "data" => HoleValue::Data,
                        _ => HoleValue::Executor,
                    });
                }
                other => return Err(format!("unexpected `{other}`")),
            },
            TokKind::Punct if t.text == "&" && cast => {
                let name = self.expect_ident()?;
                positive("a symbol address")?;
                acc.symbols.push(name.to_string());
            }
            TokKind::Punct if t.text == "(" => {
                let is_cast = self.peek().is_some_and(|n| n.is_ident("uintptr_t"))
                    && self.peek_at(1).is_some_and(|n| n.is_punct(")"));
                if is_cast {
                    self.pos += 2;
                    self.term(acc, sign, true)?;
                } else {
                    let mut sub = Acc::default();
                    self.sum(&mut sub, cast)?;
                    let op = self
                        .peek()
                        .filter(|n| n.is_punct(">>") || n.is_punct("&"))
                        .map(|n| n.text);
                    if let Some(op) = op {
                        self.pos += 1;
                        let half = self.half(&sub, op)?;
                        self.expect_punct(")")?;
                        positive("an operand half")?;
                        acc.bases.push(half);
                    } else {
                        self.expect_punct(")")?;
                        merge(acc, sub, sign)?;
                    }
                }
            }
            _ => return Err(format!("unexpected `{}`", t.text)),
        }
        self.leave();
        Ok(())
    }

    /// `[instruction->jump_target]` or `[instruction->error_target]`.
    fn starts_index(&mut self, acc: &mut Acc, sign: i64) -> PResult<()> {
        self.expect_punct("[")?;
        let who = self.expect_ident()?;
        if who != "instruction" {
            return Err(format!(
                "instruction_starts[] indexed by `{who}`, not an instruction field"
            ));
        }
        self.expect_punct("->")?;
        let field = self.expect_ident()?;
        let hv = match field {
            "jump_target" => HoleValue::JumpTarget,
            "error_target" => HoleValue::ErrorTarget,
            other => {
                return Err(format!(
                    "instruction_starts[] indexed by unknown field `{other}`"
                ))
            }
        };
        self.expect_punct("]")?;
        if sign < 0 {
            return Err("a code address cannot be subtracted".to_string());
        }
        acc.bases.push(hv);
        Ok(())
    }

    /// After `(operand >>` or `(operand &`: the HI/LO half.
    fn half(&mut self, sub: &Acc, op: &str) -> PResult<HoleValue> {
        let operand = match (
            sub.bases.as_slice(),
            sub.symbols.is_empty(),
            sub.addend,
            sub.sizeof_code,
        ) {
            ([b @ (HoleValue::Operand0 | HoleValue::Operand1)], true, 0, 0) => *b,
            _ => return Err(format!("`{op}` applies only to a bare instruction operand")),
        };
        let rhs = self.bump()?;
        let hi = operand == HoleValue::Operand0;
        if op == ">>" {
            if rhs.kind == TokKind::Int && parse_int(rhs.text) == Some(32) {
                return Ok(if hi {
                    HoleValue::Operand0Hi
                } else {
                    HoleValue::Operand1Hi
                });
            }
            return Err(format!(
                "only `>> 32` is a hole value, not `>> {}`",
                rhs.text
            ));
        }
        let is_mask = rhs.is_ident("UINT32_MAX")
            || (rhs.kind == TokKind::Int && parse_int(rhs.text) == Some(0xffff_ffff));
        if is_mask {
            Ok(if hi {
                HoleValue::Operand0Lo
            } else {
                HoleValue::Operand1Lo
            })
        } else {
            Err(format!(
                "only `& UINT32_MAX` is a hole value, not `& {}`",
                rhs.text
            ))
        }
    }
}

fn merge(acc: &mut Acc, sub: Acc, sign: i64) -> PResult<()> {
    if sign < 0 && (!sub.bases.is_empty() || !sub.symbols.is_empty() || sub.sizeof_code > 0) {
        return Err("an address cannot be subtracted".to_string());
    }
    acc.bases.extend(sub.bases);
    acc.symbols.extend(sub.symbols);
    acc.sizeof_code = acc.sizeof_code.saturating_add(sub.sizeof_code);
    let a = if sign < 0 {
        sub.addend.wrapping_neg()
    } else {
        sub.addend
    };
    acc.addend = acc.addend.wrapping_add(a);
    Ok(())
}

fn finish_value(acc: Acc) -> PResult<ValueExpr> {
    let mut bases = acc.bases;
    if acc.sizeof_code > 0 {
        if acc.sizeof_code != 1 || bases.as_slice() != [HoleValue::Code] {
            return Err("`sizeof(code_body)` is meaningful only added to `(uintptr_t)code`".into());
        }
        bases = vec![HoleValue::Continue];
    }
    if bases.len() > 1 {
        let names: Vec<&str> = bases.iter().map(|b| b.name()).collect();
        return Err(format!("more than one base value ({})", names.join(", ")));
    }
    if acc.symbols.len() > 1 {
        return Err(format!(
            "more than one symbol address ({})",
            acc.symbols.join(", ")
        ));
    }
    Ok(ValueExpr {
        base: bases.first().copied().unwrap_or(HoleValue::Zero),
        symbol: acc.symbols.into_iter().next(),
        addend: acc.addend,
    })
}

/// Parses a hole value expression (the second argument of a `patch_*`
/// call). The error says what could not be read.
pub fn parse_value(text: &str) -> Result<ValueExpr, String> {
    let toks = tokens_of(text, 0);
    if toks.is_empty() {
        return Err("empty value".to_string());
    }
    let mut p = ExprParser::new(&toks);
    let mut acc = Acc::default();
    p.sum(&mut acc, false)?;
    if !p.at_end() {
        let rest = p.peek().map_or("", |t| t.text);
        return Err(format!("unexpected `{rest}` after the value"));
    }
    finish_value(acc)
}

/// `code + 0x1c`, `data + 8`, `code`: which blob and the offset.
fn parse_location(text: &str) -> Result<(bool, u64), String> {
    let toks = tokens_of(text, 0);
    if toks.is_empty() {
        return Err("empty location".to_string());
    }
    let mut p = ExprParser::new(&toks);
    let mut acc = Acc::default();
    p.sum(&mut acc, true)?;
    if !p.at_end() {
        let rest = p.peek().map_or("", |t| t.text);
        return Err(format!("unexpected `{rest}` in the location"));
    }
    if acc.sizeof_code > 0 || !acc.symbols.is_empty() {
        return Err("a location is `code + offset` or `data + offset`".to_string());
    }
    let is_code = match acc.bases.as_slice() {
        [HoleValue::Code] => true,
        [HoleValue::Data] => false,
        _ => return Err("a location is `code + offset` or `data + offset`".to_string()),
    };
    if acc.addend < 0 {
        return Err("negative location offset".to_string());
    }
    Ok((is_code, acc.addend as u64))
}

/// Splits `a, b(c, d), e` at top-level commas.
fn split_args(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0usize;
    for (i, c) in s.char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                out.push(s.get(start..i).unwrap_or(""));
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(s.get(start..).unwrap_or(""));
    out
}

// ---------------------------------------------------------------------------
// The parser

/// Which emit-function signature a group used.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum Signature {
    /// `uintptr_t instruction_starts[]`
    InstructionStarts,
    /// `jit_state *state`
    State,
    Unknown,
}

struct PendingGroup {
    group: Group,
    signature: Signature,
}

/// A table row as read, before it is attached to its group.
struct RawRow {
    row: TableRow,
    /// The variable name for a special group (`shim`); `None` for rows of
    /// `stencil_groups[]`.
    special: Option<String>,
    arity: usize,
}

/// How a multi-line scan ended.
enum Ended {
    /// At its proper terminator (consumed).
    Closed,
    /// At a line that starts a new top-level item (not consumed).
    Resync,
    /// At the end of the text.
    Eof,
}

struct Parser<'a> {
    file: Arc<str>,
    target: Target,
    limits: &'a ParseLimits,
    lines: Vec<&'a str>,
    pos: usize,
    findings: Vec<Finding>,
    findings_capped: bool,
    groups: Vec<PendingGroup>,
    group_index: HashMap<String, usize>,
    /// Emit functions dropped or skipped: their table rows are not orphans.
    dropped: HashSet<String>,
    emit_seen: bool,
    group_limit_reported: bool,
    typedef_seen: bool,
    typedef_signature: Option<Signature>,
    typedef_got_mask: bool,
    rows: Vec<RawRow>,
    table_seen: bool,
    table_bound: Option<String>,
    symbols_map: Option<Vec<SymbolMapEntry>>,
    symbol_mask_words: Option<u32>,
    verbatim: Vec<String>,
    /// Start line and length of a run of unrecognised top-level lines.
    garbage: Option<(u32, u32)>,
}

fn line_no(index: usize) -> u32 {
    u32::try_from(index.saturating_add(1)).unwrap_or(u32::MAX)
}

/// A line at column 0 that begins a new top-level item: where scanning of an
/// unterminated function or statement stops.
fn starts_item(line: &str) -> bool {
    let first = line.as_bytes().first().copied();
    match first {
        Some(b'#') => true,
        Some(c) if c.is_ascii_alphabetic() || c == b'_' => {
            let word: &str = line
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .next()
                .unwrap_or("");
            matches!(
                word,
                "void" | "static" | "typedef" | "static_assert" | "_Static_assert" | "extern"
            ) || word.starts_with("emit_")
        }
        _ => false,
    }
}

fn first_word(t: &str) -> &str {
    t.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .next()
        .unwrap_or("")
}

impl<'a> Parser<'a> {
    fn new(file: Arc<str>, text: &'a str, target: Target, limits: &'a ParseLimits) -> Self {
        let mut lines: Vec<&str> = text.split('\n').map(|l| l.trim_end_matches('\r')).collect();
        // A final newline ends the last line; it does not start another.
        if lines.len() > 1 && lines.last() == Some(&"") {
            lines.pop();
        }
        Parser {
            file,
            target,
            limits,
            lines,
            pos: 0,
            findings: Vec::new(),
            findings_capped: false,
            groups: Vec::new(),
            group_index: HashMap::new(),
            dropped: HashSet::new(),
            emit_seen: false,
            group_limit_reported: false,
            typedef_seen: false,
            typedef_signature: None,
            typedef_got_mask: false,
            rows: Vec::new(),
            table_seen: false,
            table_bound: None,
            symbols_map: None,
            symbol_mask_words: None,
            verbatim: Vec::new(),
            garbage: None,
        }
    }

    fn line(&self, index: usize) -> Option<&'a str> {
        self.lines.get(index).copied()
    }

    fn last_line_no(&self) -> u32 {
        line_no(self.lines.len().saturating_sub(1))
    }

    fn span(&self, line: u32) -> Span {
        Span::new(&self.file, line.max(1))
    }

    fn push(&mut self, f: Finding) {
        if self.findings.len() < MAX_FINDINGS {
            self.findings.push(f.with_target(self.target));
        } else if !self.findings_capped {
            self.findings_capped = true;
            let line = f.span.line;
            self.findings.push(
                Finding::error(
                    FindingKind::LimitExceeded,
                    CHECK,
                    self.span(line),
                    format!("more than {MAX_FINDINGS} parse findings; the rest are not reported"),
                )
                .with_target(self.target),
            );
        }
    }

    fn report(
        &mut self,
        kind: FindingKind,
        line: u32,
        msg: impl Into<String>,
        stencil: Option<&str>,
    ) {
        let mut f = Finding::error(kind, CHECK, self.span(line), msg);
        if let Some(s) = stencil {
            f = f.with_stencil(s);
        }
        self.push(f);
    }

    fn flush_garbage(&mut self) {
        if let Some((start, count)) = self.garbage.take() {
            let first = self
                .line(start.saturating_sub(1) as usize)
                .map(|l| shorten(l.trim()))
                .unwrap_or_default();
            let msg = if count == 1 {
                format!("unrecognised text at top level: `{first}`")
            } else {
                format!("{count} lines of unrecognised text at top level, starting `{first}`")
            };
            self.report(FindingKind::MalformedHeader, start, msg, None);
        }
    }

    fn garbage_line(&mut self, index: usize) {
        let n = line_no(index);
        match &mut self.garbage {
            Some((_, count)) => *count = count.saturating_add(1),
            None => self.garbage = Some((n, 1)),
        }
    }

    fn run(&mut self) {
        while let Some(raw) = self.line(self.pos) {
            let t = raw.trim();
            if t.is_empty() {
                self.pos += 1;
                continue;
            }
            let word = first_word(t);
            let known = word == "void"
                || word.starts_with("emit_")
                || matches!(
                    word,
                    "static" | "typedef" | "const" | "extern" | "static_assert" | "_Static_assert"
                )
                || t.starts_with('#')
                // Indented comments belong to a (broken) function.
                || raw.starts_with("//");
            if !known {
                self.garbage_line(self.pos);
                self.pos += 1;
                continue;
            }
            self.flush_garbage();
            if word == "void" || word.starts_with("emit_") {
                self.parse_emit();
            } else if t.starts_with('#') {
                self.parse_directive();
            } else if raw.starts_with("//") {
                self.verbatim.push(raw.to_string());
                self.pos += 1;
            } else {
                self.parse_statement();
            }
        }
        self.flush_garbage();
    }

    // --- top level -------------------------------------------------------

    fn parse_directive(&mut self) {
        let start = self.pos;
        let mut end = self.pos;
        while self.line(end).is_some_and(|l| l.trim_end().ends_with('\\'))
            && end + 1 < self.lines.len()
        {
            end += 1;
        }
        let text = self
            .lines
            .get(start..=end)
            .map(|ls| ls.join("\n"))
            .unwrap_or_default();
        self.pos = end + 1;
        if text.trim_end().ends_with('\\') {
            self.report(
                FindingKind::MalformedHeader,
                line_no(end),
                "preprocessor line continued past the end of the file",
                None,
            );
            return;
        }
        self.verbatim.push(text);
    }

    /// Collects one top-level statement (to `;` at brace depth 0). Returns
    /// the index of its last line, or reports it unterminated.
    fn collect_statement(&mut self) -> Result<usize, ()> {
        let start = self.pos;
        let mut depth: i64 = 0;
        let mut i = start;
        let mut toks = Vec::new();
        loop {
            let Some(l) = self.line(i) else {
                self.report(
                    FindingKind::MalformedHeader,
                    self.last_line_no(),
                    format!(
                        "statement starting on line {} is not terminated before the end of the file",
                        line_no(start)
                    ),
                    None,
                );
                self.pos = i;
                return Err(());
            };
            if i > start && starts_item(l) {
                self.report(
                    FindingKind::MalformedHeader,
                    line_no(i),
                    format!(
                        "statement starting on line {} is not terminated before this line",
                        line_no(start)
                    ),
                    None,
                );
                self.pos = i;
                return Err(());
            }
            toks.clear();
            tokenize(l, line_no(i), &mut toks);
            for t in &toks {
                if t.kind == TokKind::Punct {
                    match t.text {
                        "{" | "(" | "[" => depth += 1,
                        "}" | ")" | "]" => depth -= 1,
                        _ => {}
                    }
                }
            }
            if depth <= 0 && toks.last().is_some_and(|t| t.is_punct(";")) {
                return Ok(i);
            }
            i += 1;
        }
    }

    fn parse_statement(&mut self) {
        let start = self.pos;
        let Ok(end) = self.collect_statement() else {
            return;
        };
        self.pos = end + 1;
        let mut toks = Vec::new();
        for i in start..=end {
            if let Some(l) = self.line(i) {
                tokenize(l, line_no(i), &mut toks);
            }
        }
        let text = self
            .lines
            .get(start..=end)
            .map(|ls| ls.join("\n"))
            .unwrap_or_default();
        let first = toks.first().map_or("", |t| t.text);
        let line = line_no(start);
        if first == "static_assert" || first == "_Static_assert" {
            if let Some(n) = parse_mask_words_assert(&toks) {
                if self.symbol_mask_words.is_some() {
                    self.report(
                        FindingKind::MalformedHeader,
                        line,
                        "second SYMBOL_MASK_WORDS static assertion",
                        None,
                    );
                }
                self.symbol_mask_words = Some(n);
            } else {
                self.verbatim.push(text);
            }
            return;
        }
        if first == "typedef" {
            let is_group = toks.len() >= 3
                && toks.get(1).is_some_and(|t| t.is_ident("struct"))
                && toks
                    .iter()
                    .rev()
                    .nth(1)
                    .is_some_and(|t| t.is_ident("StencilGroup"));
            if is_group {
                if self.typedef_seen {
                    self.report(
                        FindingKind::MalformedHeader,
                        line,
                        "second StencilGroup typedef",
                        None,
                    );
                }
                self.typedef_seen = true;
                let has = |name: &str| toks.iter().any(|t| t.is_ident(name));
                self.typedef_got_mask = has("got_mask");
                self.typedef_signature = Some(if has("instruction_starts") {
                    Signature::InstructionStarts
                } else if has("jit_state") {
                    Signature::State
                } else {
                    Signature::Unknown
                });
            } else {
                self.verbatim.push(text);
            }
            return;
        }
        // `static const StencilGroup NAME ...` and `... symbols_map[N] = ...`
        let is_static_const = toks.first().is_some_and(|t| t.is_ident("static"))
            && toks.get(1).is_some_and(|t| t.is_ident("const"));
        if is_static_const && toks.get(2).is_some_and(|t| t.is_ident("StencilGroup")) {
            let Some(name) = toks.get(3).filter(|t| t.kind == TokKind::Ident) else {
                self.report(
                    FindingKind::MalformedHeader,
                    line,
                    "StencilGroup declaration without a name",
                    None,
                );
                return;
            };
            if name.text == "stencil_groups" || toks.get(4).is_some_and(|t| t.is_punct("[")) {
                self.parse_table(&toks, line);
            } else {
                self.parse_special(&toks, name.text, line);
            }
            return;
        }
        let eq = toks
            .iter()
            .position(|t| t.is_punct("="))
            .unwrap_or(toks.len());
        let names_map = toks
            .get(..eq)
            .is_some_and(|head| head.iter().any(|t| t.is_ident("symbols_map")));
        if is_static_const && names_map {
            self.parse_symbols_map(&toks, eq, line);
            return;
        }
        let stray_body = toks
            .iter()
            .any(|t| t.is_ident("code_body") || t.is_ident("data_body"));
        if stray_body {
            // The emit function around it is missing (or was cut).
            self.report(
                FindingKind::MalformedHeader,
                line,
                "body declaration outside an emit function",
                None,
            );
            return;
        }
        self.verbatim.push(text);
    }

    /// `static const StencilGroup shim = {emit_shim, 33, 0, {0}};`
    fn parse_special(&mut self, toks: &[Tok<'_>], name: &str, line: u32) {
        let body = toks.get(4..).unwrap_or(&[]);
        let ok = body.first().is_some_and(|t| t.is_punct("="))
            && body.last().is_some_and(|t| t.is_punct(";"));
        let inner = if ok {
            body.get(1..body.len().saturating_sub(1)).unwrap_or(&[])
        } else {
            &[]
        };
        if inner.is_empty() {
            self.report(
                FindingKind::MalformedHeader,
                line,
                format!("cannot read the initializer of special group `{name}`"),
                Some(name),
            );
            return;
        }
        match parse_row_fields(inner) {
            Ok((emit, fields)) => {
                self.add_row(emit, fields, String::new(), Some(name.to_string()), line)
            }
            Err(e) => self.report(
                FindingKind::MalformedHeader,
                line,
                format!("cannot read special group `{name}`: {e}"),
                Some(name),
            ),
        }
    }

    fn add_row(
        &mut self,
        emit: String,
        fields: RowFields,
        index: String,
        special: Option<String>,
        line: u32,
    ) {
        let arity = 3
            + usize::from(fields.trampoline_mask.is_some())
            + usize::from(fields.got_mask.is_some());
        let row = TableRow {
            index,
            emit,
            code_size: fields.code_size,
            data_size: fields.data_size,
            trampoline_mask: fields.trampoline_mask,
            got_mask: fields.got_mask,
            span: self.span(line),
        };
        self.rows.push(RawRow {
            row,
            special,
            arity,
        });
    }

    /// `static const StencilGroup stencil_groups[BOUND + 1] = { rows };`
    fn parse_table(&mut self, toks: &[Tok<'_>], line: u32) {
        if self.table_seen {
            self.report(
                FindingKind::MalformedHeader,
                line,
                "second stencil_groups table",
                None,
            );
        }
        self.table_seen = true;
        // Bound: tokens between the first `[` and its `]`.
        let open = toks.iter().position(|t| t.is_punct("["));
        let close = toks.iter().position(|t| t.is_punct("]"));
        let (Some(open), Some(close)) = (open, close) else {
            self.report(
                FindingKind::MalformedHeader,
                line,
                "stencil_groups table without a bound",
                None,
            );
            return;
        };
        let bound_toks = toks.get(open + 1..close).unwrap_or(&[]);
        let bound = match bound_toks {
            // One identifier, `+`, the integer 1: anything else is not a
            // bound the writer could reproduce.
            [name, plus, one]
                if name.kind == TokKind::Ident
                    && plus.is_punct("+")
                    && one.kind == TokKind::Int
                    && parse_int(one.text) == Some(1) =>
            {
                join_tokens(std::slice::from_ref(name))
            }
            _ => {
                self.report(
                    FindingKind::MalformedHeader,
                    line,
                    format!(
                        "stencil_groups bound `{}` is not of the form `NAME + 1`",
                        join_tokens(bound_toks)
                    ),
                    None,
                );
                // Not kept: the model only holds what it can write back.
                String::new()
            }
        };
        if self.table_bound.is_none() && !bound.is_empty() {
            self.table_bound = Some(bound);
        }
        let Some(inner) = braced_initializer(toks.get(close + 1..).unwrap_or(&[])) else {
            self.report(
                FindingKind::MalformedHeader,
                line,
                "cannot read the stencil_groups initializer",
                None,
            );
            return;
        };
        for item in split_top_level(inner) {
            if item.is_empty() {
                continue;
            }
            let item_line = item.first().map_or(line, |t| t.line);
            match parse_table_item(item) {
                Ok((index, emit, fields)) => self.add_row(emit, fields, index, None, item_line),
                Err(e) => self.report(
                    FindingKind::MalformedHeader,
                    item_line,
                    format!(
                        "cannot read stencil_groups row `{}`: {e}",
                        shorten(&join_tokens(item))
                    ),
                    None,
                ),
            }
        }
    }

    /// `static const void * const symbols_map[N] = { [0] = &sym, ... };`
    fn parse_symbols_map(&mut self, toks: &[Tok<'_>], eq: usize, line: u32) {
        if self.symbols_map.is_some() {
            self.report(
                FindingKind::SymbolsMapInconsistent,
                line,
                "second symbols_map",
                None,
            );
        }
        let head = toks.get(..eq).unwrap_or(&[]);
        let declared = head
            .iter()
            .position(|t| t.is_ident("symbols_map"))
            .and_then(
                |k| match (head.get(k + 1), head.get(k + 2), head.get(k + 3)) {
                    (Some(o), Some(n), Some(c))
                        if o.is_punct("[") && c.is_punct("]") && n.kind == TokKind::Int =>
                    {
                        parse_int(n.text)
                    }
                    _ => None,
                },
            );
        let Some(inner) = braced_initializer(toks.get(eq..).unwrap_or(&[])) else {
            self.report(
                FindingKind::MalformedHeader,
                line,
                "cannot read the symbols_map initializer",
                None,
            );
            return;
        };
        let mut entries: Vec<SymbolMapEntry> = Vec::new();
        let items: Vec<&[Tok<'_>]> = split_top_level(inner)
            .into_iter()
            .filter(|i| !i.is_empty())
            .collect();
        let empty_map = matches!(items.as_slice(), [[z]] if z.kind == TokKind::Int && parse_int(z.text) == Some(0));
        if !empty_map {
            let mut seen: HashMap<u32, u32> = HashMap::new();
            for item in items {
                let item_line = item.first().map_or(line, |t| t.line);
                match item {
                    [o, n, c, e, amp, name]
                        if o.is_punct("[")
                            && n.kind == TokKind::Int
                            && c.is_punct("]")
                            && e.is_punct("=")
                            && amp.is_punct("&")
                            && name.kind == TokKind::Ident =>
                    {
                        let Some(ordinal) = parse_int(n.text).and_then(|v| u32::try_from(v).ok())
                        else {
                            self.report(
                                FindingKind::SymbolsMapInconsistent,
                                item_line,
                                format!("symbols_map ordinal `{}` is not a 32-bit number", n.text),
                                None,
                            );
                            continue;
                        };
                        if let Some(first) = seen.get(&ordinal) {
                            self.report(
                                FindingKind::SymbolsMapInconsistent,
                                item_line,
                                format!(
                                    "symbols_map ordinal {ordinal} defined twice (first on line {first})"
                                ),
                                None,
                            );
                        } else {
                            seen.insert(ordinal, item_line);
                        }
                        entries.push(SymbolMapEntry {
                            ordinal,
                            symbol: name.text.to_string(),
                            span: self.span(item_line),
                        });
                    }
                    _ => self.report(
                        FindingKind::MalformedHeader,
                        item_line,
                        format!(
                            "cannot read symbols_map entry `{}`",
                            shorten(&join_tokens(item))
                        ),
                        None,
                    ),
                }
            }
        }
        let expected = entries.len().max(1) as u64;
        match declared {
            Some(n) if n == expected => {}
            Some(n) => self.report(
                FindingKind::SymbolsMapInconsistent,
                line,
                format!(
                    "symbols_map is declared with {n} entries but lists {}",
                    entries.len()
                ),
                None,
            ),
            None => self.report(
                FindingKind::MalformedHeader,
                line,
                "symbols_map without a numeric length",
                None,
            ),
        }
        self.symbols_map = Some(entries);
    }

    // --- emit functions --------------------------------------------------

    /// Skips to the end of a function that will not be modelled.
    fn skip_function(&mut self) {
        while let Some(l) = self.line(self.pos) {
            if l.trim() == "}" {
                self.pos += 1;
                return;
            }
            if starts_item(l) {
                return;
            }
            self.pos += 1;
        }
    }

    fn parse_emit(&mut self) {
        self.emit_seen = true;
        let start = self.pos;
        let Some(first) = self.line(start) else {
            self.pos = start + 1;
            return;
        };
        let t = first.trim();
        // `void` alone, `void emit_X(...`, or (malformed) `emit_X(` alone.
        let (emit_index, emit_text, missing_void) = if first_word(t) == "void" {
            let after = t.get(4..).unwrap_or("").trim_start();
            if after.is_empty() {
                match self.line(start + 1) {
                    Some(l) if l.trim_start().starts_with("emit_") => (start + 1, l.trim(), false),
                    _ => {
                        self.report(
                            FindingKind::MalformedHeader,
                            line_no(start),
                            "`void` not followed by an `emit_` function",
                            None,
                        );
                        self.pos = start + 1;
                        return;
                    }
                }
            } else if after.starts_with("emit_") {
                (start, after, false)
            } else {
                self.report(
                    FindingKind::MalformedHeader,
                    line_no(start),
                    format!("unrecognised top-level declaration `{}`", shorten(t)),
                    None,
                );
                self.pos = start + 1;
                self.skip_function();
                return;
            }
        } else {
            (start, t, true)
        };
        let gline = line_no(emit_index);
        let rest = emit_text.strip_prefix("emit_").unwrap_or("");
        let name_len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        let name = rest.get(..name_len).unwrap_or("").to_string();
        let display = if name.is_empty() {
            None
        } else {
            Some(name.as_str())
        };

        // Signature: from the emit line to the line holding `{`.
        let mut header = String::new();
        let mut j = emit_index;
        let mut brace_line = None;
        while j < emit_index + MAX_SIGNATURE_LINES {
            let Some(l) = self.line(j) else { break };
            if j > emit_index && starts_item(l) {
                break;
            }
            header.push_str(l);
            header.push(' ');
            if l.contains('{') {
                brace_line = Some(j);
                break;
            }
            j += 1;
        }
        let Some(brace_line) = brace_line else {
            self.report(
                FindingKind::MalformedHeader,
                gline,
                format!("emit function `emit_{name}` has no body"),
                display,
            );
            self.pos = emit_index + 1;
            self.skip_function();
            if !name.is_empty() {
                self.dropped.insert(name);
            }
            return;
        };
        self.pos = brace_line + 1;
        let mut broken = false;
        if name.is_empty() {
            self.report(
                FindingKind::MalformedHeader,
                gline,
                "emit function without a name",
                None,
            );
            broken = true;
        }
        if missing_void {
            self.report(
                FindingKind::MalformedHeader,
                gline,
                format!("emit function `emit_{name}` lacks its `void` return type"),
                display,
            );
            broken = true;
        }
        let signature = match parse_signature(&header, name_len) {
            Ok(s) => s,
            Err(e) => {
                self.report(
                    FindingKind::MalformedHeader,
                    gline,
                    format!("cannot read the signature of `emit_{name}`: {e}"),
                    display,
                );
                broken = true;
                Signature::Unknown
            }
        };

        let over_limit = self.groups.len() >= self.limits.max_groups;
        if over_limit {
            if !self.group_limit_reported {
                self.group_limit_reported = true;
                self.report(
                    FindingKind::LimitExceeded,
                    gline,
                    format!(
                        "more than {} emit functions (--max-stencils); this and later ones are not parsed",
                        self.limits.max_groups
                    ),
                    display,
                );
            }
            self.skip_function();
            self.dropped.insert(name);
            return;
        }

        let mut body = BodyParser::new(self, &name);
        body.broken = broken;
        let ended = body.run();
        let BodyParser {
            code, data, broken, ..
        } = body;
        match ended {
            Ended::Closed => {}
            Ended::Resync => {
                let l = line_no(self.pos);
                self.report(
                    FindingKind::MalformedHeader,
                    l,
                    format!(
                        "emit function `emit_{name}` (line {gline}) is not closed before this line"
                    ),
                    display,
                );
            }
            Ended::Eof => {
                let l = self.last_line_no();
                self.report(
                    FindingKind::MalformedHeader,
                    l,
                    format!("emit function `emit_{name}` (line {gline}) is not closed before the end of the file"),
                    display,
                );
            }
        }
        let broken = broken || !matches!(ended, Ended::Closed);
        if !broken && self.group_index.contains_key(&name) {
            self.report(
                FindingKind::MalformedHeader,
                gline,
                format!("second definition of `emit_{name}`; ignored"),
                display,
            );
            return;
        }
        if broken {
            if !name.is_empty() {
                self.dropped.insert(name);
            }
            return;
        }
        let group = Group {
            name: name.clone(),
            role: GroupRole::Uop,
            span: self.span(gline),
            code,
            data,
            table: None,
        };
        self.group_index.insert(name, self.groups.len());
        self.groups.push(PendingGroup { group, signature });
    }

    // --- assembly ----------------------------------------------------------

    fn finish(mut self) -> ParseOutcome {
        if !self.emit_seen {
            let l = 1;
            self.report(
                FindingKind::MalformedHeader,
                l,
                "no `emit_` functions: this is not a stencil header",
                None,
            );
        }
        let shape = self.detect_shape();

        // Attach rows.
        let rows = std::mem::take(&mut self.rows);
        let footer_seen = self.table_seen || rows.iter().any(|r| r.special.is_some());
        for raw in rows {
            let line = raw.row.span.line;
            let gname = raw.row.emit.strip_prefix("emit_").map(str::to_string);
            let index = gname
                .as_ref()
                .and_then(|g| self.group_index.get(g).copied());
            let label = raw
                .special
                .clone()
                .unwrap_or_else(|| format!("[{}]", raw.row.index));
            let Some(index) = index else {
                let dropped = gname.as_ref().is_some_and(|g| self.dropped.contains(g));
                if !dropped {
                    self.report(
                        FindingKind::TableEntryMismatch,
                        line,
                        format!(
                            "table entry {label} names `{}`, which is not an emit function in this header",
                            raw.row.emit
                        ),
                        gname.as_deref(),
                    );
                }
                continue;
            };
            let expected_arity = match shape {
                Shape::V313 => 3,
                Shape::V314 => 4,
                Shape::V315 => 5,
            };
            let gname = gname.unwrap_or_default();
            if raw.arity != expected_arity {
                self.report(
                    FindingKind::MalformedHeader,
                    line,
                    format!(
                        "table entry {label} has {} fields; a {} header has {expected_arity}",
                        raw.arity,
                        shape.name()
                    ),
                    Some(&gname),
                );
            }
            let first = self
                .groups
                .get(index)
                .and_then(|g| g.group.table.as_ref())
                .map(|r| r.span.line);
            if let Some(first) = first {
                self.report(
                    FindingKind::TableEntryMismatch,
                    line,
                    format!(
                        "second table entry for `emit_{gname}` (first on line {first}); ignored"
                    ),
                    Some(&gname),
                );
                continue;
            }
            let Some(pending) = self.groups.get_mut(index) else {
                continue;
            };
            if raw.special.is_some() {
                pending.group.role = GroupRole::Shim;
            }
            pending.group.table = Some(raw.row);
        }

        let mut groups = Vec::with_capacity(self.groups.len());
        let pending = std::mem::take(&mut self.groups);
        let mut missing_rows = 0usize;
        for PendingGroup {
            mut group,
            signature,
        } in pending
        {
            if SHIM_NAMES.contains(&group.name.as_str()) {
                group.role = GroupRole::Shim;
            }
            let sig_ok = match (shape, signature) {
                (_, Signature::Unknown) => true, // already reported
                (Shape::V313, s) => s == Signature::InstructionStarts,
                (_, s) => s == Signature::State,
            };
            if !sig_ok {
                self.report(
                    FindingKind::MalformedHeader,
                    group.span.line,
                    format!(
                        "`emit_{}` has a signature of another header generation than this {} header",
                        group.name,
                        shape.name()
                    ),
                    Some(&group.name),
                );
            }
            if group.table.is_none() {
                if footer_seen {
                    let what = if group.role == GroupRole::Shim {
                        "special-group initializer"
                    } else {
                        "stencil_groups entry"
                    };
                    self.report(
                        FindingKind::TableEntryMismatch,
                        group.span.line,
                        format!("`emit_{}` has no {what}", group.name),
                        Some(&group.name),
                    );
                } else {
                    missing_rows += 1;
                }
            }
            if shape != Shape::V313 {
                self.restore_implicit_bodies(&mut group);
            }
            groups.push(group);
        }
        if missing_rows > 0 {
            let l = self.last_line_no();
            self.report(
                FindingKind::MalformedHeader,
                l,
                "header has no StencilGroup table (truncated?); groups have no table rows",
                None,
            );
        }

        let anything =
            !groups.is_empty() || footer_seen || self.typedef_seen || self.symbols_map.is_some();
        let table_bound = self.table_bound.take().unwrap_or_else(|| {
            match shape {
                Shape::V315 => "MAX_UOP_REGS_ID",
                _ => "MAX_UOP_ID",
            }
            .to_string()
        });
        let set = anything.then(|| StencilSet {
            source: Arc::clone(&self.file),
            target: self.target,
            shape,
            groups,
            symbols_map: self.symbols_map.take(),
            symbol_mask_words: self.symbol_mask_words,
            table_bound,
            // The writer puts top-level comment lines first (where build
            // directories keep their digest line); order the model the same
            // way, so that parse → write → parse is a fixed point.
            verbatim: {
                let mut v = std::mem::take(&mut self.verbatim);
                v.sort_by_key(|item| !(item.starts_with("//") && !item.contains('\n')));
                v
            },
        });
        ParseOutcome {
            set,
            findings: self.findings,
        }
    }

    fn detect_shape(&self) -> Shape {
        let starts = self.typedef_signature == Some(Signature::InstructionStarts)
            || self
                .groups
                .iter()
                .any(|g| g.signature == Signature::InstructionStarts);
        let state = self.typedef_signature == Some(Signature::State)
            || self.groups.iter().any(|g| g.signature == Signature::State);
        if starts && !state {
            return Shape::V313;
        }
        if starts {
            // Mixed: go with the majority of emit functions.
            let n313 = self
                .groups
                .iter()
                .filter(|g| g.signature == Signature::InstructionStarts)
                .count();
            let n314 = self
                .groups
                .iter()
                .filter(|g| g.signature == Signature::State)
                .count();
            if n313 > n314 {
                return Shape::V313;
            }
        }
        if self.typedef_got_mask || self.rows.iter().any(|r| r.arity == 5) {
            Shape::V315
        } else {
            Shape::V314
        }
    }

    /// 3.14+ leave out the declaration of an all-zero body; the table row
    /// still gives its size.
    fn restore_implicit_bodies(&mut self, group: &mut Group) {
        let Some(row) = group.table.as_ref() else {
            return;
        };
        let sizes = [(row.code_size, "code"), (row.data_size, "data")];
        let line = row.span.line;
        for (size, part) in sizes {
            let stencil = if part == "code" {
                &mut group.code
            } else {
                &mut group.data
            };
            if stencil.body_line.is_some() || !stencil.body.is_empty() || size == 0 {
                continue;
            }
            match usize::try_from(size) {
                Ok(n) if n <= self.limits.max_body_bytes => stencil.body = vec![0; n],
                _ => {
                    let name = group.name.clone();
                    self.report(
                        FindingKind::LimitExceeded,
                        line,
                        format!(
                            "implicit all-zero {part} body of `{name}` is {size} bytes, more than the limit of {} (--max-body-bytes); the group is not checked",
                            self.limits.max_body_bytes
                        ),
                        Some(&name),
                    );
                }
            }
        }
    }
}

/// `emit_NAME(params) {` → which signature.
fn parse_signature(header: &str, name_len: usize) -> Result<Signature, String> {
    let t = header.trim_start();
    let t = t.strip_prefix("void").map_or(t, str::trim_start);
    let after_name = t
        .strip_prefix("emit_")
        .and_then(|r| r.get(name_len..))
        .unwrap_or("")
        .trim_start();
    let Some(params) = after_name.strip_prefix('(') else {
        return Err("expected `(` after the name".to_string());
    };
    let Some(close) = params.rfind(')') else {
        return Err("unclosed parameter list".to_string());
    };
    let (inside, tail) = (
        params.get(..close).unwrap_or(""),
        params.get(close + 1..).unwrap_or(""),
    );
    if tail.trim() != "{" {
        return Err(format!(
            "unexpected `{}` after the parameter list",
            shorten(tail.trim())
        ));
    }
    let norm: String = inside.split_whitespace().collect::<Vec<_>>().join(" ");
    let params: Vec<&str> = norm.split(',').map(str::trim).collect();
    let common = [
        "unsigned char *code",
        "unsigned char *data",
        "_PyExecutorObject *executor",
        "const _PyUOpInstruction *instruction",
    ];
    let (first4, last) = match params.as_slice() {
        [a, b, c, d, e] => ([*a, *b, *c, *d], *e),
        _ => return Err(format!("expected 5 parameters, found {}", params.len())),
    };
    if first4 != common {
        return Err(format!("unexpected parameters `{}`", shorten(&norm)));
    }
    match last {
        "uintptr_t instruction_starts[]" => Ok(Signature::InstructionStarts),
        "jit_state *state" => Ok(Signature::State),
        other => Err(format!("unexpected last parameter `{other}`")),
    }
}

fn parse_mask_words_assert(toks: &[Tok<'_>]) -> Option<u32> {
    match toks {
        [_, open, name, ge, n, comma, s, close, semi]
            if open.is_punct("(")
                && name.is_ident("SYMBOL_MASK_WORDS")
                && ge.is_punct(">=")
                && n.kind == TokKind::Int
                && comma.is_punct(",")
                && s.kind == TokKind::Str
                && close.is_punct(")")
                && semi.is_punct(";") =>
        {
            parse_int(n.text).and_then(|v| u32::try_from(v).ok())
        }
        _ => None,
    }
}

/// Splits tokens at commas of nesting depth 0.
/// The tokens between the braces of `= { ... };` (`rest` starts at the
/// `=`), or `None` when `rest` is not such an initializer.
fn braced_initializer<'t, 'a>(rest: &'t [Tok<'a>]) -> Option<&'t [Tok<'a>]> {
    let ok = rest.first().is_some_and(|t| t.is_punct("="))
        && rest.get(1).is_some_and(|t| t.is_punct("{"))
        && rest.len() >= 4
        && rest.last().is_some_and(|t| t.is_punct(";"))
        && rest.iter().rev().nth(1).is_some_and(|t| t.is_punct("}"));
    if ok {
        rest.get(2..rest.len() - 2)
    } else {
        None
    }
}

fn split_top_level<'t, 'a>(toks: &'t [Tok<'a>]) -> Vec<&'t [Tok<'a>]> {
    let mut out = Vec::new();
    let mut depth = 0i64;
    let mut start = 0usize;
    for (i, t) in toks.iter().enumerate() {
        if t.kind == TokKind::Punct {
            match t.text {
                "{" | "(" | "[" => depth += 1,
                "}" | ")" | "]" => depth -= 1,
                "," if depth == 0 => {
                    out.push(toks.get(start..i).unwrap_or(&[]));
                    start = i + 1;
                }
                _ => {}
            }
        }
    }
    out.push(toks.get(start..).unwrap_or(&[]));
    out
}

/// Tokens back to text, with C-ish spacing (`A + 1`, `emit_X`).
fn join_tokens(toks: &[Tok<'_>]) -> String {
    let mut s = String::new();
    for (i, t) in toks.iter().enumerate() {
        let glue = matches!(t.text, "," | ")" | "]" | ";")
            || toks
                .get(i.wrapping_sub(1))
                .is_some_and(|p| matches!(p.text, "(" | "[" | "&" | "->"))
            || t.text == "->";
        if i > 0 && !glue {
            s.push(' ');
        }
        s.push_str(t.text);
    }
    s
}

fn shorten(s: &str) -> String {
    const MAX: usize = 120;
    if s.len() <= MAX {
        return s.to_string();
    }
    let mut end = MAX;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}...", s.get(..end).unwrap_or(""))
}

struct RowFields {
    code_size: u64,
    data_size: u64,
    trampoline_mask: Option<Vec<u32>>,
    got_mask: Option<Vec<u32>>,
}

/// `[IDX] = {emit_X, a, b, {..}, {..}}`
fn parse_table_item(item: &[Tok<'_>]) -> Result<(String, String, RowFields), String> {
    let close = item
        .iter()
        .position(|t| t.is_punct("]"))
        .ok_or_else(|| "expected `[index] = {...}`".to_string())?;
    if !item.first().is_some_and(|t| t.is_punct("[")) {
        return Err("expected `[index] = {...}`".to_string());
    }
    let index_toks = item.get(1..close).unwrap_or(&[]);
    let index_ok = !index_toks.is_empty()
        && index_toks.iter().all(|t| {
            matches!(t.kind, TokKind::Ident | TokKind::Int)
                || (t.kind == TokKind::Punct && matches!(t.text, "+" | "-" | "(" | ")" | "*"))
        });
    if !index_ok {
        return Err("the index is not a constant expression".to_string());
    }
    let index = join_tokens(index_toks);
    let rest = item.get(close + 1..).unwrap_or(&[]);
    if !rest.first().is_some_and(|t| t.is_punct("=")) {
        return Err("expected `=` after the index".to_string());
    }
    let (emit, fields) = parse_row_fields(rest.get(1..).unwrap_or(&[]))?;
    Ok((index, emit, fields))
}

/// `{emit_X, a, b[, {mask}][, {mask}]}`
fn parse_row_fields(toks: &[Tok<'_>]) -> Result<(String, RowFields), String> {
    let inner = match toks {
        [open, inner @ .., close] if open.is_punct("{") && close.is_punct("}") => inner,
        _ => return Err("expected `{emit_..., code_size, data_size, ...}`".to_string()),
    };
    let fields = split_top_level(inner);
    if !(3..=5).contains(&fields.len()) {
        return Err(format!("{} fields; expected 3 to 5", fields.len()));
    }
    let emit = match fields.first() {
        Some([t]) if t.kind == TokKind::Ident && t.text.starts_with("emit_") => t.text.to_string(),
        _ => return Err("the first field is not an `emit_` function".to_string()),
    };
    let size = |k: usize, what: &str| -> Result<u64, String> {
        match fields.get(k) {
            Some([t]) if t.kind == TokKind::Int => parse_int(t.text)
                .ok_or_else(|| format!("{what} `{}` is not a 64-bit number", t.text)),
            Some(other) => Err(format!("{what} `{}` is not a number", join_tokens(other))),
            None => Err(format!("missing {what}")),
        }
    };
    let code_size = size(1, "code size")?;
    let data_size = size(2, "data size")?;
    let mask = |k: usize, what: &str| -> Result<Option<Vec<u32>>, String> {
        let Some(f) = fields.get(k) else {
            return Ok(None);
        };
        let words = match f {
            [open, words @ .., close] if open.is_punct("{") && close.is_punct("}") => words,
            _ => return Err(format!("{what} is not a `{{...}}` list")),
        };
        let items: Vec<&[Tok<'_>]> = split_top_level(words);
        // `{0}` is how CPython writes an empty mask.
        if let [[z]] = items.as_slice() {
            if z.kind == TokKind::Int && z.text == "0" {
                return Ok(Some(Vec::new()));
            }
        }
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            match item {
                [t] if t.kind == TokKind::Int => {
                    let v = parse_int(t.text)
                        .and_then(|v| u32::try_from(v).ok())
                        .ok_or_else(|| {
                            format!("{what} word `{}` is not a 32-bit number", t.text)
                        })?;
                    out.push(v);
                }
                [] if i + 1 == items.len() && i > 0 => {} // trailing comma
                _ => {
                    return Err(format!(
                        "{what} word `{}` is not a number",
                        join_tokens(item)
                    ))
                }
            }
        }
        Ok(Some(out))
    };
    let trampoline_mask = mask(3, "trampoline mask")?;
    let got_mask = mask(4, "got mask")?;
    Ok((
        emit,
        RowFields {
            code_size,
            data_size,
            trampoline_mask,
            got_mask,
        },
    ))
}

// ---------------------------------------------------------------------------
// Emit-function bodies

/// What kind of statement last touched each part, for order checks.
#[derive(Default)]
struct PartState {
    declared: bool,
    copied: bool,
    /// Line of a patch made before the body's `memcpy`.
    patched_before_copy: Option<u32>,
}

struct BodyParser<'p, 'a> {
    p: &'p mut Parser<'a>,
    name: String,
    code: Stencil,
    data: Stencil,
    code_state: PartState,
    data_state: PartState,
    /// Line of the first statement touching code (memcpy or patch).
    code_touched: Option<u32>,
    data_after_code_reported: bool,
    broken: bool,
}

impl<'p, 'a> BodyParser<'p, 'a> {
    fn new(p: &'p mut Parser<'a>, name: &str) -> Self {
        BodyParser {
            p,
            name: name.to_string(),
            code: Stencil::default(),
            data: Stencil::default(),
            code_state: PartState::default(),
            data_state: PartState::default(),
            code_touched: None,
            data_after_code_reported: false,
            broken: false,
        }
    }

    fn report(&mut self, kind: FindingKind, line: u32, msg: impl Into<String>) {
        let name = self.name.clone();
        let stencil = if name.is_empty() {
            None
        } else {
            Some(name.as_str())
        };
        self.p.report(kind, line, msg, stencil);
    }

    fn fail(&mut self, kind: FindingKind, line: u32, msg: impl Into<String>) {
        self.broken = true;
        self.report(kind, line, msg);
    }

    fn run(&mut self) -> Ended {
        loop {
            let index = self.p.pos;
            let Some(raw) = self.p.line(index) else {
                return Ended::Eof;
            };
            let t = raw.trim();
            let line = line_no(index);
            if t == "}" {
                self.p.pos += 1;
                self.close();
                return Ended::Closed;
            }
            if starts_item(raw) {
                return Ended::Resync;
            }
            self.p.pos += 1;
            if t.is_empty() {
                continue;
            }
            if let Some(c) = t.strip_prefix("//") {
                let text = c.strip_prefix(' ').unwrap_or(c).to_string();
                let comment = Comment { line, text };
                if self.code_state.declared {
                    self.data.comments.push(comment);
                } else {
                    self.code.comments.push(comment);
                }
                continue;
            }
            let word = first_word(t);
            match word {
                "const" | "static" => {
                    if let Some(e) = self.body_decl(t, line) {
                        return e;
                    }
                }
                "memcpy" => self.memcpy(t, line),
                w if w.starts_with("patch_") => self.patch(t, w, line),
                _ => self.fail(
                    FindingKind::MalformedHeader,
                    line,
                    format!("unrecognised statement `{}`", shorten(t)),
                ),
            }
        }
    }

    /// End-of-function checks.
    fn close(&mut self) {
        let early = [
            ("code", self.code_state.patched_before_copy),
            ("data", self.data_state.patched_before_copy),
        ];
        for (part, line) in early {
            if let Some(l) = line {
                let msg = format!(
                    "`{part}` is patched on line {l} before `memcpy({part}, ...)`, which overwrites the patch"
                );
                self.report(FindingKind::MalformedHeader, l, msg);
            }
        }
    }

    /// `const unsigned char code_body[N] = {` ... `};`
    /// Returns `Some(end)` if the function ended inside the initializer.
    fn body_decl(&mut self, t: &str, line: u32) -> Option<Ended> {
        let (head, after) = match t.find('{') {
            Some(k) => (t.get(..k).unwrap_or(""), t.get(k + 1..).unwrap_or("")),
            None => {
                self.fail(
                    FindingKind::MalformedHeader,
                    line,
                    format!("unrecognised declaration `{}`", shorten(t)),
                );
                return None;
            }
        };
        let toks = tokens_of(head, line);
        let toks = match toks.as_slice() {
            [s, rest @ ..] if s.is_ident("static") => rest,
            all => all,
        };
        let decl = match toks {
            [c, u, ch, name, open, n, close, eq]
                if c.is_ident("const")
                    && u.is_ident("unsigned")
                    && ch.is_ident("char")
                    && (name.is_ident("code_body") || name.is_ident("data_body"))
                    && open.is_punct("[")
                    && n.kind == TokKind::Int
                    && close.is_punct("]")
                    && eq.is_punct("=") =>
            {
                Some((name.text == "code_body", parse_int(n.text)))
            }
            _ => None,
        };
        let Some((is_code, declared)) = decl else {
            self.fail(
                FindingKind::MalformedHeader,
                line,
                format!("unrecognised declaration `{}`", shorten(t)),
            );
            // Still consume an initializer so that its rows are not read as
            // statements.
            return self.consume_initializer(after, line, None);
        };
        let part = if is_code { "code" } else { "data" };
        let already = if is_code {
            self.code_state.declared
        } else {
            self.data_state.declared
        };
        if already {
            self.fail(
                FindingKind::MalformedHeader,
                line,
                format!("`{part}_body` declared twice"),
            );
            return self.consume_initializer(after, line, None);
        }
        if is_code {
            self.code_state.declared = true;
        } else {
            self.data_state.declared = true;
        }
        let declared = match declared.map(usize::try_from) {
            Some(Ok(n)) if n <= self.p.limits.max_body_bytes => n,
            Some(_) | None => {
                let shown = declared
                    .map_or_else(|| "an unreadable number of".to_string(), |n| n.to_string());
                let limit = self.p.limits.max_body_bytes;
                let kind = if declared.is_some() {
                    FindingKind::LimitExceeded
                } else {
                    FindingKind::MalformedHeader
                };
                self.fail(
                    kind,
                    line,
                    format!("`{part}_body` is declared with {shown} bytes; the limit is {limit} (--max-body-bytes); the group is not parsed"),
                );
                return self.consume_initializer(after, line, None);
            }
        };
        let mut bytes = Vec::with_capacity(declared);
        let ended = self.consume_initializer(after, line, Some((&mut bytes, declared, part)));
        let written_len = bytes.len();
        let mut body = bytes;
        body.resize(declared, 0);
        let stencil = if is_code {
            &mut self.code
        } else {
            &mut self.data
        };
        stencil.body = body;
        stencil.written_len = written_len;
        stencil.body_line = Some(line);
        ended
    }

    /// Reads byte initializers from `first` (the text after `{`) and the
    /// following lines up to `}` `;`. With `sink`, bytes are stored (up to
    /// the declared length) and problems reported.
    fn consume_initializer(
        &mut self,
        first: &str,
        line: u32,
        mut sink: Option<(&mut Vec<u8>, usize, &str)>,
    ) -> Option<Ended> {
        let mut count: u64 = 0;
        let mut segment = first.to_string();
        let mut seg_line = line;
        loop {
            let (bytes_part, tail) = match segment.find('}') {
                Some(k) => (
                    segment.get(..k).unwrap_or("").to_string(),
                    Some(segment.get(k + 1..).unwrap_or("").trim().to_string()),
                ),
                None => (segment.clone(), None),
            };
            if let Some((buf, declared, part)) = sink.as_mut() {
                let mut bad: Option<String> = None;
                let items: Vec<&str> = bytes_part.split(',').collect();
                let last = items.len().saturating_sub(1);
                for (i, item) in items.iter().enumerate() {
                    let item = item.trim();
                    if item.is_empty() {
                        if i == last {
                            continue;
                        }
                        bad.get_or_insert_with(|| "empty initializer".to_string());
                        continue;
                    }
                    match parse_int(item) {
                        Some(v) if v <= 0xff => {
                            count += 1;
                            if buf.len() < *declared {
                                buf.push(v as u8);
                            }
                        }
                        _ => {
                            bad.get_or_insert_with(|| format!("`{}` is not a byte", shorten(item)));
                        }
                    }
                }
                if let Some(b) = bad {
                    let part = part.to_string();
                    self.fail(
                        FindingKind::MalformedHeader,
                        seg_line,
                        format!("bad initializer in `{part}_body`: {b}"),
                    );
                }
            }
            if let Some(tail) = tail {
                if tail != ";" {
                    self.fail(
                        FindingKind::MalformedHeader,
                        seg_line,
                        format!("unexpected `{}` after the initializer", shorten(&tail)),
                    );
                }
                break;
            }
            // Next line.
            let index = self.p.pos;
            let Some(raw) = self.p.line(index) else {
                self.fail(
                    FindingKind::MalformedHeader,
                    self.p.last_line_no(),
                    "body initializer not closed before the end of the file",
                );
                return Some(Ended::Eof);
            };
            if starts_item(raw) || raw.trim() == "}" {
                self.fail(
                    FindingKind::MalformedHeader,
                    line_no(index),
                    format!("body initializer starting on line {line} is not closed"),
                );
                // At `}` the function loop closes the function; at a new
                // top-level item the function ends unclosed.
                return starts_item(raw).then_some(Ended::Resync);
            }
            self.p.pos += 1;
            segment = raw.to_string();
            seg_line = line_no(index);
        }
        if let Some((_, declared, part)) = sink {
            if count > declared as u64 {
                let part = part.to_string();
                self.fail(
                    FindingKind::MalformedHeader,
                    line,
                    format!("`{part}_body` is declared with {declared} bytes but has {count} initializers"),
                );
            }
        }
        None
    }

    /// `memcpy(code, code_body, sizeof(code_body));`
    fn memcpy(&mut self, t: &str, line: u32) {
        let toks = tokens_of(t, line);
        let part = match toks.as_slice() {
            [m, o, dst, c1, src, c2, sz, o2, src2, c3, c4, semi]
                if m.is_ident("memcpy")
                    && o.is_punct("(")
                    && (dst.is_ident("code") || dst.is_ident("data"))
                    && c1.is_punct(",")
                    && src.kind == TokKind::Ident
                    && src.text.strip_suffix("_body") == Some(dst.text)
                    && c2.is_punct(",")
                    && sz.is_ident("sizeof")
                    && o2.is_punct("(")
                    && src2.text == src.text
                    && c3.is_punct(")")
                    && c4.is_punct(")")
                    && semi.is_punct(";") =>
            {
                dst.text
            }
            _ => {
                self.fail(
                    FindingKind::MalformedHeader,
                    line,
                    format!("unrecognised copy `{}`", shorten(t)),
                );
                return;
            }
        };
        let is_code = part == "code";
        self.order_check(is_code, line);
        let (declared, copied) = if is_code {
            (self.code_state.declared, self.code_state.copied)
        } else {
            (self.data_state.declared, self.data_state.copied)
        };
        if !declared {
            self.fail(
                FindingKind::MalformedHeader,
                line,
                format!("`memcpy` of `{part}_body`, which is not declared before it"),
            );
            return;
        }
        if copied {
            self.report(
                FindingKind::BodyNotCopied,
                line,
                format!("`{part}_body` is copied twice"),
            );
            return;
        }
        if is_code {
            self.code_state.copied = true;
            self.code.copied = true;
        } else {
            self.data_state.copied = true;
            self.data.copied = true;
        }
    }

    /// Data must be complete before code is patched (relaxations read it).
    fn order_check(&mut self, is_code: bool, line: u32) {
        if is_code {
            self.code_touched.get_or_insert(line);
        } else if let Some(first) = self.code_touched {
            if !self.data_after_code_reported {
                self.data_after_code_reported = true;
                self.report(
                    FindingKind::MalformedHeader,
                    line,
                    format!("data is copied or patched after code (line {first}); relaxing code patches read data"),
                );
            }
        }
    }

    /// `patch_KIND(location, value);` or `patch_*_trampoline(loc, N, state);`
    fn patch(&mut self, t: &str, func: &str, line: u32) {
        let Some(kind) = PatchKind::from_function(func) else {
            self.fail(
                FindingKind::UnknownPatchFunction,
                line,
                format!("unknown patch function `{func}`"),
            );
            return;
        };
        let call = t.get(func.len()..).unwrap_or("").trim();
        let inner = call
            .strip_suffix(';')
            .map(str::trim_end)
            .and_then(|c| c.strip_prefix('('))
            .and_then(|c| c.strip_suffix(')'));
        let Some(inner) = inner else {
            self.fail(
                FindingKind::MalformedHeader,
                line,
                format!("cannot read the call `{}`", shorten(t)),
            );
            return;
        };
        let args = split_args(inner);
        let want = if kind.takes_ordinal() { 3 } else { 2 };
        if args.len() != want {
            self.fail(
                FindingKind::MalformedHeader,
                line,
                format!("`{func}` takes {want} arguments, found {}", args.len()),
            );
            return;
        }
        let loc_text = args.first().map_or("", |a| a.trim());
        let (is_code, offset) = match parse_location(loc_text) {
            Ok(l) => l,
            Err(e) => {
                self.fail(
                    FindingKind::MalformedHeader,
                    line,
                    format!(
                        "cannot read the patch location `{}`: {e}",
                        shorten(loc_text)
                    ),
                );
                return;
            }
        };
        let value_text = args.get(1).map_or("", |a| a.trim());
        let operand = if kind.takes_ordinal() {
            let state_arg = args.get(2).map_or("", |a| a.trim());
            if state_arg != "state" {
                self.fail(
                    FindingKind::MalformedHeader,
                    line,
                    format!(
                        "`{func}` expects `state` as its last argument, found `{}`",
                        shorten(state_arg)
                    ),
                );
                return;
            }
            let toks = tokens_of(value_text, line);
            match toks.as_slice() {
                [n] if n.kind == TokKind::Int => {
                    match parse_int(n.text).and_then(|v| u32::try_from(v).ok()) {
                        Some(o) => HoleOperand::SymbolOrdinal(o),
                        None => {
                            self.fail(
                                FindingKind::UnparseableValue,
                                line,
                                format!(
                                    "trampoline ordinal `{}` is not a 32-bit number",
                                    shorten(value_text)
                                ),
                            );
                            return;
                        }
                    }
                }
                _ => {
                    self.fail(
                        FindingKind::UnparseableValue,
                        line,
                        format!("cannot parse trampoline ordinal `{}`", shorten(value_text)),
                    );
                    return;
                }
            }
        } else {
            match parse_value(value_text) {
                Ok(v) => HoleOperand::Value(v),
                Err(e) => {
                    self.fail(
                        FindingKind::UnparseableValue,
                        line,
                        format!("cannot parse hole value `{}`: {e}", shorten(value_text)),
                    );
                    return;
                }
            }
        };
        self.order_check(is_code, line);
        let state = if is_code {
            &mut self.code_state
        } else {
            &mut self.data_state
        };
        if state.declared && !state.copied && state.patched_before_copy.is_none() {
            state.patched_before_copy = Some(line);
        }
        let limit = self.p.limits.max_holes_per_stencil;
        let stencil = if is_code { &self.code } else { &self.data };
        if stencil.holes.len() >= limit {
            let part = if is_code { "code" } else { "data" };
            if !self.broken {
                self.fail(
                    FindingKind::LimitExceeded,
                    line,
                    format!(
                        "more than {limit} holes in {part} (--max-holes); the group is not parsed"
                    ),
                );
            }
            self.broken = true;
            return;
        }
        let stencil = if is_code {
            &mut self.code
        } else {
            &mut self.data
        };
        stencil.holes.push(Hole {
            offset,
            kind,
            operand,
            line,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(base: HoleValue, sym: Option<&str>, addend: i64) -> ValueExpr {
        ValueExpr::new(base, sym, addend)
    }

    #[test]
    fn parse_values_of_every_base() {
        let cases: &[(&str, ValueExpr)] = &[
            ("(uintptr_t)code", v(HoleValue::Code, None, 0)),
            (
                "(uintptr_t)code + sizeof(code_body)",
                v(HoleValue::Continue, None, 0),
            ),
            (
                "(uintptr_t)code + sizeof(code_body) + -0x4",
                v(HoleValue::Continue, None, -4),
            ),
            ("(uintptr_t)data + 0x10", v(HoleValue::Data, None, 0x10)),
            ("(uintptr_t)executor", v(HoleValue::Executor, None, 0)),
            ("instruction->oparg", v(HoleValue::Oparg, None, 0)),
            ("instruction->operand0", v(HoleValue::Operand0, None, 0)),
            ("instruction->operand", v(HoleValue::Operand0, None, 0)),
            (
                "instruction->operand1 + 0x78",
                v(HoleValue::Operand1, None, 0x78),
            ),
            (
                "(instruction->operand0 >> 32)",
                v(HoleValue::Operand0Hi, None, 0),
            ),
            (
                "(instruction->operand0 & UINT32_MAX)",
                v(HoleValue::Operand0Lo, None, 0),
            ),
            (
                "(instruction->operand1 >> 32)",
                v(HoleValue::Operand1Hi, None, 0),
            ),
            (
                "(instruction->operand1 & UINT32_MAX)",
                v(HoleValue::Operand1Lo, None, 0),
            ),
            (
                "(instruction->operand >> 32)",
                v(HoleValue::Operand0Hi, None, 0),
            ),
            ("instruction->target", v(HoleValue::Target, None, 0)),
            (
                "state->instruction_starts[instruction->jump_target]",
                v(HoleValue::JumpTarget, None, 0),
            ),
            (
                "state->instruction_starts[instruction->error_target] + -0x4",
                v(HoleValue::ErrorTarget, None, -4),
            ),
            (
                "instruction_starts[instruction->jump_target]",
                v(HoleValue::JumpTarget, None, 0),
            ),
            (
                "(uintptr_t)&PyFloat_Type",
                v(HoleValue::Zero, Some("PyFloat_Type"), 0),
            ),
            (
                "(uintptr_t)&_Py_Dealloc + -0x4",
                v(HoleValue::Zero, Some("_Py_Dealloc"), -4),
            ),
            (
                "(uintptr_t)data + (uintptr_t)&sym + 0x8",
                v(HoleValue::Data, Some("sym"), 8),
            ),
            ("0x0", v(HoleValue::Zero, None, 0)),
            ("-0x4", v(HoleValue::Zero, None, -4)),
            ("0xffffffffffffffff", v(HoleValue::Zero, None, -1)),
            ("-0x8000000000000000", v(HoleValue::Zero, None, i64::MIN)),
            ("12UL + 4", v(HoleValue::Zero, None, 16)),
            ("010", v(HoleValue::Zero, None, 8)),
        ];
        for (text, want) in cases {
            assert_eq!(parse_value(text).as_ref(), Ok(want), "{text}");
        }
    }

    #[test]
    fn parse_values_tolerate_spacing_and_parentheses() {
        let want = v(HoleValue::Continue, None, -4);
        for text in [
            "(uintptr_t)code+sizeof(code_body)+-0x4",
            "( uintptr_t ) code + sizeof ( code_body ) - 4",
            "((uintptr_t)code + sizeof(code_body)) + (-0x4)",
            "-0x4 + (uintptr_t)(code) + sizeof(code_body)",
            "(((uintptr_t)code) + (sizeof(code_body) - 0x4))",
        ] {
            assert_eq!(parse_value(text), Ok(want.clone()), "{text}");
        }
        assert_eq!(
            parse_value("((instruction->operand0) >> 32)"),
            Ok(v(HoleValue::Operand0Hi, None, 0))
        );
        assert_eq!(
            parse_value("state -> instruction_starts [ instruction -> jump_target ]"),
            Ok(v(HoleValue::JumpTarget, None, 0))
        );
        assert_eq!(
            parse_value("(uintptr_t)&sym - 0x1 - -0x3"),
            Ok(v(HoleValue::Zero, Some("sym"), 2))
        );
    }

    #[test]
    fn parse_values_reject_what_the_grammar_does_not_cover() {
        for text in [
            "",
            "(uintptr_t)&a + (uintptr_t)&b",
            "(uintptr_t)code + (uintptr_t)data",
            "instruction->exit_index",
            "got_symbol_address(0x1, state)",
            "instruction_starts[1]",
            "sizeof(code_body)",
            "(uintptr_t)data + sizeof(code_body)",
            "(uintptr_t)code + sizeof(code_body) + sizeof(code_body)",
            "sizeof(data_body) + (uintptr_t)code",
            "code",
            "&sym",
            "-(uintptr_t)&sym",
            "0x4 - instruction->oparg",
            "(instruction->operand0 >> 16)",
            "(instruction->oparg >> 32)",
            "instruction->operand0 >> 32",
            "(instruction->operand0 + 1 & UINT32_MAX)",
            "99999999999999999999",
            "0x1ffffffffffffffff",
            "0x",
            "1.5",
            "(uintptr_t)code +",
            "((uintptr_t)code",
            "(uintptr_t)code)",
            "(uintptr_t)state",
            "garbage here",
            "\u{fffd}\u{fffd}",
            "\"string\"",
        ] {
            assert!(parse_value(text).is_err(), "{text:?} should be rejected");
        }
        let deep = format!("{}0x1{}", "(".repeat(500), ")".repeat(500));
        assert!(parse_value(&deep).is_err());
        let signs = "-".repeat(10_000) + "1";
        assert!(parse_value(&signs).is_err());
    }

    #[test]
    fn parse_locations() {
        assert_eq!(parse_location("code + 0x1c"), Ok((true, 0x1c)));
        assert_eq!(parse_location("data + 8"), Ok((false, 8)));
        assert_eq!(parse_location("code"), Ok((true, 0)));
        assert_eq!(parse_location("(code + 0x4)"), Ok((true, 4)));
        assert!(parse_location("code - 4").is_err());
        assert!(parse_location("executor + 4").is_err());
        assert!(parse_location("code + sizeof(code_body)").is_err());
        assert!(parse_location("state").is_err());
    }

    #[test]
    fn integer_literals() {
        assert_eq!(parse_int("0"), Some(0));
        assert_eq!(parse_int("0x1C"), Some(0x1c));
        assert_eq!(parse_int("0XffULL"), Some(0xff));
        assert_eq!(parse_int("18446744073709551615"), Some(u64::MAX));
        assert_eq!(parse_int("18446744073709551616"), None);
        assert_eq!(parse_int("08"), None);
        assert_eq!(parse_int("0x"), None);
        assert_eq!(parse_int("12abc"), None);
    }

    #[test]
    fn tokenizer_never_splits_characters() {
        let mut out = Vec::new();
        tokenize("é\"ü\\", 1, &mut out);
        tokenize("'\\é", 1, &mut out);
        tokenize("a /* é */ b // ü", 1, &mut out);
        assert!(out.iter().any(|t| t.is_ident("b")));
    }
}
