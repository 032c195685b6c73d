//! Structural mutation of a real header, driven by fuzz input bytes.
//!
//! Byte-level fuzzing of a 60 KiB header rarely keeps enough of the grammar
//! intact to reach the parser's deep states (the footer table against the
//! emit functions, implicit bodies, trampoline ordinals against
//! `symbols_map`). Here the input is a small program instead:
//!
//! ```text
//! byte 0      which base header (BASES, modulo)
//! byte 1      target: the header's own unless >= 0xE0, then Target::ALL[b % 7]
//! then ops    one opcode byte and its operands, until the input runs out
//! ```
//!
//! Operands are read big-endian from the following bytes (missing bytes read
//! as 0); line and byte indices are taken modulo the current size, so every
//! byte string is a valid program and small changes to it make small
//! changes to the header.

use stencil_verify::target::Target;

/// A header the mutations start from, with its own target.
pub struct Base {
    pub name: &'static str,
    pub text: &'static str,
    pub target: Target,
}

macro_rules! base {
    ($name:literal, $path:literal, $target:ident) => {
        Base {
            name: $name,
            text: include_str!($path),
            target: Target::$target,
        }
    };
}

/// Bundled headers (one per triple, the three shapes spread over them) and
/// the hand-written loader fixtures (small, so mutations hit a larger share
/// of them).
pub const BASES: [Base; 14] = [
    base!(
        "3.13/x86_64-unknown-linux-gnu",
        "../../../cases/stencils/3.13/x86_64-unknown-linux-gnu.h",
        X86_64Linux
    ),
    base!(
        "3.14/x86_64-apple-darwin",
        "../../../cases/stencils/3.14/x86_64-apple-darwin.h",
        X86_64Darwin
    ),
    base!(
        "3.15/x86_64-pc-windows-msvc",
        "../../../cases/stencils/3.15/x86_64-pc-windows-msvc.h",
        X86_64Windows
    ),
    base!(
        "3.13/i686-pc-windows-msvc",
        "../../../cases/stencils/3.13/i686-pc-windows-msvc.h",
        I686Windows
    ),
    base!(
        "3.14/aarch64-unknown-linux-gnu",
        "../../../cases/stencils/3.14/aarch64-unknown-linux-gnu.h",
        Aarch64Linux
    ),
    base!(
        "3.15/aarch64-apple-darwin",
        "../../../cases/stencils/3.15/aarch64-apple-darwin.h",
        Aarch64Darwin
    ),
    base!(
        "3.14/aarch64-pc-windows-msvc",
        "../../../cases/stencils/3.14/aarch64-pc-windows-msvc.h",
        Aarch64Windows
    ),
    base!(
        "3.15/x86_64-unknown-linux-gnu",
        "../../../cases/stencils/3.15/x86_64-unknown-linux-gnu.h",
        X86_64Linux
    ),
    base!(
        "fixture v313/x86_64-unknown-linux-gnu",
        "../../tests/fixtures/loader/v313/x86_64-unknown-linux-gnu.h",
        X86_64Linux
    ),
    base!(
        "fixture v314/x86_64-unknown-linux-gnu",
        "../../tests/fixtures/loader/v314/x86_64-unknown-linux-gnu.h",
        X86_64Linux
    ),
    base!(
        "fixture v314/i686-pc-windows-msvc",
        "../../tests/fixtures/loader/v314/i686-pc-windows-msvc.h",
        I686Windows
    ),
    base!(
        "fixture v314/aarch64-apple-darwin",
        "../../tests/fixtures/loader/v314/aarch64-apple-darwin.h",
        Aarch64Darwin
    ),
    base!(
        "fixture v315/aarch64-unknown-linux-gnu",
        "../../tests/fixtures/loader/v315/aarch64-unknown-linux-gnu.h",
        Aarch64Linux
    ),
    base!(
        "fixture v315/x86_64-apple-darwin",
        "../../tests/fixtures/loader/v315/x86_64-apple-darwin.h",
        X86_64Darwin
    ),
];

/// Numbers the parser must survive: overflow at every width it might use,
/// signs, empty and malformed literals, huge array lengths.
pub const EXTREMES: [&str; 24] = [
    "0",
    "-1",
    "1",
    "0x0",
    "0xffffffffffffffff",
    "18446744073709551615",
    "18446744073709551616",
    "0x10000000000000000",
    "99999999999999999999999999999999",
    "4294967295",
    "4294967296",
    "0xffffffff",
    "0x100000000",
    "2147483647",
    "2147483648",
    "-2147483649",
    "0x8000000000000000",
    "-0x8000000000000000",
    "9223372036854775807",
    "65536",
    "65537",
    "1048576",
    "0x",
    "08",
];

/// Lines and fragments from the grammar, to insert or splice in.
pub const SNIPPETS: [&str; 40] = [
    "}",
    "{",
    "};",
    "",
    "void",
    "void\nemit_X(",
    "emit_X(",
    "    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,",
    "    const _PyUOpInstruction *instruction, jit_state *state)",
    "    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])",
    "    const unsigned char code_body[4] = {",
    "    const unsigned char data_body[8] = {",
    "    const unsigned char code_body[4294967296] = {",
    "    const unsigned char data_body[0] = {",
    "        0x00, 0x01, 0xff, 0x100,",
    "    };",
    "    memcpy(code, code_body, sizeof(code_body));",
    "    memcpy(data, data_body, sizeof(data_body));",
    "    patch_64(code + 0x0, 0x0);",
    "    patch_64(data + 0x0, (uintptr_t)&PyFoo);",
    "    patch_32r(code + 0x1, (uintptr_t)code + sizeof(code_body) + -0x4);",
    "    patch_x86_64_32rx(code + 0x3, (uintptr_t)data + -0x4);",
    "    patch_aarch64_trampoline(code + 0x4, 0xffffffffff, state);",
    "    patch_x86_64_trampoline(code + 0x1, 4294967296, state);",
    "    patch_aarch64_33rx(code + 0x8, (uintptr_t)data + 0x8);",
    "    patch_32r(code + 0x1, state->instruction_starts[instruction->jump_target] + -0x4);",
    "    patch_64(code + 0x2, ((((instruction->operand0 >> 32)))));",
    "    patch_32(code + 0x2, (instruction->operand0 & UINT32_MAX) + 0x7fffffffffffffff);",
    "// comment",
    "    // 0: 90 nop",
    "#define _Py_JIT_HAS_SHIM_CFI 1",
    "typedef struct {",
    "} StencilGroup;",
    "static const StencilGroup shim = {emit_shim, 1, 2, {0}};",
    "static const StencilGroup stencil_groups[MAX_UOP_ID + 1] = {",
    "    [_X] = {emit__X, 18446744073709551615, 0, {0x1, 0x2}, {0}},",
    "static const void * const symbols_map[2] = {",
    "    [4294967295] = &PyFoo,",
    "static_assert(SYMBOL_MASK_WORDS >= 4294967296, \"SYMBOL_MASK_WORDS too small\");",
    "\u{0}\u{1}\u{7f}\u{fffd}(((((",
];

/// Patch function names, to swap for one another (legal and illegal on the
/// header's architecture, plus near misses).
pub const PATCH_NAMES: [&str; 20] = [
    "patch_64",
    "patch_32",
    "patch_32r",
    "patch_x86_64_32rx",
    "patch_x86_64_trampoline",
    "patch_aarch64_12",
    "patch_aarch64_12x",
    "patch_aarch64_16a",
    "patch_aarch64_16b",
    "patch_aarch64_16c",
    "patch_aarch64_16d",
    "patch_aarch64_19r",
    "patch_aarch64_21r",
    "patch_aarch64_21rx",
    "patch_aarch64_26r",
    "patch_aarch64_33rx",
    "patch_aarch64_trampoline",
    "patch_",
    "patch_128",
    "memcpy",
];

/// Single characters to insert: delimiters, quotes, comment starts,
/// whitespace, signs, and the starts of hex numbers.
const INSERT_CHARS: &[u8] = b"{}()[];,\"'/*\\ \t\r+-&#x0";

/// Reads operands from the program bytes.
struct Program<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Program<'_> {
    fn done(&self) -> bool {
        self.at >= self.bytes.len()
    }

    fn u8(&mut self) -> u8 {
        let b = self.bytes.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        b
    }

    fn u16(&mut self) -> usize {
        (usize::from(self.u8()) << 8) | usize::from(self.u8())
    }

    fn u24(&mut self) -> usize {
        (self.u16() << 8) | usize::from(self.u8())
    }

    fn u64(&mut self) -> u64 {
        (0..8).fold(0u64, |acc, _| (acc << 8) | u64::from(self.u8()))
    }

    fn bytes(&mut self, n: usize) -> Vec<u8> {
        let end = (self.at + n).min(self.bytes.len());
        let start = self.at.min(end);
        self.at += n;
        self.bytes[start..end].to_vec()
    }
}

/// Byte ranges of number-like tokens in `line` (`0x1c`, `17`, `-0x4`
/// without the sign).
fn numbers(line: &[u8]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < line.len() {
        let prev_word = i > 0 && (line[i - 1].is_ascii_alphanumeric() || line[i - 1] == b'_');
        if line[i].is_ascii_digit() && !prev_word {
            let mut j = i + 1;
            while j < line.len() && line[j].is_ascii_alphanumeric() {
                j += 1;
            }
            out.push((i, j));
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// Byte ranges of identifiers in `line`.
fn identifiers(line: &[u8]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < line.len() {
        let c = line[i];
        if c.is_ascii_alphabetic() || c == b'_' {
            let mut j = i + 1;
            while j < line.len() && (line[j].is_ascii_alphanumeric() || line[j] == b'_') {
                j += 1;
            }
            out.push((i, j));
            i = j;
        } else if c.is_ascii_digit() {
            while i < line.len() && line[i].is_ascii_alphanumeric() {
                i += 1;
            }
        } else {
            i += 1;
        }
    }
    out
}

/// The index of the first line at or after `start` (cyclically) for which
/// `ranges` is non-empty, with those ranges.
fn find_line_with(
    lines: &[Vec<u8>],
    start: usize,
    ranges: fn(&[u8]) -> Vec<(usize, usize)>,
) -> Option<(usize, Vec<(usize, usize)>)> {
    let n = lines.len();
    // Bounded search: headers have a number every few lines.
    for k in 0..n.min(4096) {
        let i = (start + k) % n;
        let r = ranges(&lines[i]);
        if !r.is_empty() {
            return Some((i, r));
        }
    }
    None
}

/// Upper bound on a mutated header's size: keeps every execution fast.
const MAX_TEXT: usize = 1 << 20;

/// The header `data` describes: `(base name, text, target)`.
pub fn mutate(data: &[u8]) -> (&'static str, Vec<u8>, Target) {
    let mut p = Program { bytes: data, at: 0 };
    let base = &BASES[usize::from(p.u8()) % BASES.len()];
    let t = p.u8();
    let target = if t >= 0xE0 {
        Target::ALL[usize::from(t) % Target::ALL.len()]
    } else {
        base.target
    };
    let mut lines: Vec<Vec<u8>> = base
        .text
        .split('\n')
        .map(|l| l.as_bytes().to_vec())
        .collect();
    let mut ops = 0;
    while !p.done() && ops < 64 {
        ops += 1;
        let size: usize = lines.iter().map(|l| l.len() + 1).sum();
        if lines.is_empty() {
            lines.push(Vec::new());
        }
        let n = lines.len();
        match p.u8() % 16 {
            // Drop a run of 1..=4 lines.
            0 => {
                let i = p.u16() % n;
                let k = (usize::from(p.u8() % 4) + 1).min(n - i);
                lines.drain(i..i + k);
            }
            // Duplicate a run of 1..=4 lines.
            1 => {
                let i = p.u16() % n;
                let k = (usize::from(p.u8() % 4) + 1).min(n - i);
                if size < MAX_TEXT {
                    let run: Vec<Vec<u8>> = lines[i..i + k].to_vec();
                    lines.splice(i..i, run);
                }
            }
            // Swap two lines.
            2 => {
                let a = p.u16() % n;
                let b = p.u16() % n;
                lines.swap(a, b);
            }
            // Move a line elsewhere.
            3 => {
                let a = p.u16() % n;
                let l = lines.remove(a);
                let b = p.u16() % (lines.len() + 1);
                lines.insert(b, l);
            }
            // Replace a number with an extreme value.
            4 => {
                let i = p.u16() % n;
                let nth = usize::from(p.u8());
                let with = EXTREMES[usize::from(p.u8()) % EXTREMES.len()];
                if let Some((i, r)) = find_line_with(&lines, i, numbers) {
                    let (s, e) = r[nth % r.len()];
                    lines[i].splice(s..e, with.bytes());
                }
            }
            // Replace a number with a value from the input (hex or decimal).
            5 => {
                let i = p.u16() % n;
                let nth = usize::from(p.u8());
                let v = p.u64();
                let hex = p.u8() & 1 == 1;
                let s_val = if hex {
                    format!("{v:#x}")
                } else {
                    v.to_string()
                };
                if let Some((i, r)) = find_line_with(&lines, i, numbers) {
                    let (s, e) = r[nth % r.len()];
                    lines[i].splice(s..e, s_val.bytes());
                }
            }
            // Add or subtract a small delta to a number (sizes off by a few).
            6 => {
                let i = p.u16() % n;
                let nth = usize::from(p.u8());
                let delta = i64::from(p.u8() as i8);
                if let Some((i, r)) = find_line_with(&lines, i, numbers) {
                    let (s, e) = r[nth % r.len()];
                    let tok = String::from_utf8_lossy(&lines[i][s..e]).into_owned();
                    let parsed = match tok.strip_prefix("0x") {
                        Some(h) => u64::from_str_radix(h, 16).ok().map(|v| (v, true)),
                        None => tok.parse::<u64>().ok().map(|v| (v, false)),
                    };
                    if let Some((v, hex)) = parsed {
                        let w = v.wrapping_add(delta as u64);
                        let s_val = if hex {
                            format!("{w:#x}")
                        } else {
                            w.to_string()
                        };
                        lines[i].splice(s..e, s_val.bytes());
                    }
                }
            }
            // Insert a grammar snippet.
            7 => {
                let i = p.u16() % (n + 1);
                let what = SNIPPETS[usize::from(p.u8()) % SNIPPETS.len()];
                for (k, l) in what.split('\n').enumerate() {
                    lines.insert(i + k, l.as_bytes().to_vec());
                }
            }
            // Insert raw bytes from the input as a line.
            8 => {
                let i = p.u16() % (n + 1);
                let len = usize::from(p.u8() % 64);
                let raw = p.bytes(len);
                lines.insert(i, raw);
            }
            // Flip a byte.
            9 => {
                let i = p.u16() % n;
                let at = p.u16();
                let x = p.u8() | 1;
                if !lines[i].is_empty() {
                    let k = at % lines[i].len();
                    lines[i][k] ^= x;
                }
            }
            // Delete a byte range within a line.
            10 => {
                let i = p.u16() % n;
                let at = p.u16();
                let len = usize::from(p.u8() % 16) + 1;
                let l = &mut lines[i];
                if !l.is_empty() {
                    let s = at % l.len();
                    let e = (s + len).min(l.len());
                    l.drain(s..e);
                }
            }
            // Swap a patch function name (or other identifier) for another.
            11 => {
                let i = p.u16() % n;
                let nth = usize::from(p.u8());
                let with = PATCH_NAMES[usize::from(p.u8()) % PATCH_NAMES.len()];
                if let Some((i, r)) = find_line_with(&lines, i, identifiers) {
                    let (s, e) = r[nth % r.len()];
                    lines[i].splice(s..e, with.bytes());
                }
            }
            // Copy an identifier from one line over one in another (symbol
            // names, emit names, table indices get mixed up).
            12 => {
                let a = p.u16() % n;
                let na = usize::from(p.u8());
                let b = p.u16() % n;
                let nb = usize::from(p.u8());
                if let (Some((a, ra)), Some((b, rb))) = (
                    find_line_with(&lines, a, identifiers),
                    find_line_with(&lines, b, identifiers),
                ) {
                    let (s, e) = ra[na % ra.len()];
                    let word = lines[a][s..e].to_vec();
                    let (s, e) = rb[nb % rb.len()];
                    lines[b].splice(s..e, word);
                }
            }
            // Truncate the file at a byte (as a half-written header).
            13 => {
                let at = p.u24() % (size + 1);
                let mut text = lines.join(&b'\n');
                text.truncate(at);
                lines = text.split(|&b| b == b'\n').map(<[u8]>::to_vec).collect();
            }
            // Splice a whole emit function (or any line range) elsewhere.
            14 => {
                let a = p.u16() % n;
                let len = usize::from(p.u8()) + 1;
                let b = p.u16() % (n + 1);
                let e = (a + len).min(n);
                if size < MAX_TEXT {
                    let run: Vec<Vec<u8>> = lines[a..e].to_vec();
                    lines.splice(b..b, run);
                }
            }
            // Insert a single character (brace, comma, paren, quote...).
            _ => {
                let i = p.u16() % n;
                let at = p.u16();
                let c = INSERT_CHARS[usize::from(p.u8()) % INSERT_CHARS.len()];
                let l = &mut lines[i];
                let k = at % (l.len() + 1);
                l.insert(k, c);
            }
        }
    }
    (base.name, lines.join(&b'\n'), target)
}
