//! Mutated fixtures never make the loader panic; every finding points at a
//! real line; and whatever model comes out writes a text that is a fixed
//! point of parse-then-write.

mod loader_common;

use loader_common::*;
use proptest::prelude::*;
use stencil_verify::parse::{parse_set, ParseLimits};
use stencil_verify::target::Target;
use stencil_verify::write::write_set;

const FIXTURES: [(&str, Target); 6] = [
    ("v314/x86_64-unknown-linux-gnu.h", Target::X86_64Linux),
    ("v314/i686-pc-windows-msvc.h", Target::I686Windows),
    ("v314/aarch64-apple-darwin.h", Target::Aarch64Darwin),
    ("v313/x86_64-unknown-linux-gnu.h", Target::X86_64Linux),
    ("v315/aarch64-unknown-linux-gnu.h", Target::Aarch64Linux),
    ("v315/x86_64-apple-darwin.h", Target::X86_64Darwin),
];

const EXTREMES: [&str; 10] = [
    "0xffffffffffffffff",
    "99999999999999999999",
    "-1",
    "0",
    "0x8000000000000000",
    "4294967296",
    "18446744073709551616",
    "0x",
    "1e9",
    "-0x8000000000000000",
];

const SNIPPETS: [&str; 20] = [
    "}",
    "{",
    "};",
    "void",
    "void\nemit_X(",
    "static const StencilGroup x = {emit_shim, 1, 2, {0}};",
    "    patch_64(code + 0x0, 0x0);",
    "// comment",
    "#define A \\",
    "\u{0}\u{1}\u{7f}",
    "\u{fffd}\u{fffd}",
    "(((((((((((((((",
    "static const void * const symbols_map[2] = {",
    "    [0] = &x,",
    "    const unsigned char code_body[4] = {",
    "    memcpy(code, code_body, sizeof(code_body));",
    "typedef struct {",
    "} StencilGroup;",
    "static const StencilGroup stencil_groups[ + 1] = {",
    "    patch_aarch64_trampoline(code + 0x4, 0xffffffffff, state);",
];

#[derive(Clone, Debug)]
enum Mutation {
    FlipByte { at: usize, xor: u8 },
    DropLine(usize),
    DupLine(usize),
    SwapLines(usize, usize),
    ReplaceNumber { nth: usize, with: usize },
    Truncate(usize),
    Insert { at: usize, what: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 1..=255u8).prop_map(|(at, xor)| Mutation::FlipByte { at, xor }),
        any::<usize>().prop_map(Mutation::DropLine),
        any::<usize>().prop_map(Mutation::DupLine),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        (any::<usize>(), 0..EXTREMES.len())
            .prop_map(|(nth, with)| Mutation::ReplaceNumber { nth, with }),
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), 0..SNIPPETS.len()).prop_map(|(at, what)| Mutation::Insert { at, what }),
    ]
}

/// Byte ranges of number-like tokens (`0x1c`, `17`).
fn numbers(text: &[u8]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let prev_word = i > 0 && (text[i - 1].is_ascii_alphanumeric() || text[i - 1] == b'_');
        if text[i].is_ascii_digit() && !prev_word {
            let mut j = i + 1;
            while j < text.len() && text[j].is_ascii_alphanumeric() {
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

fn apply(text: &mut Vec<u8>, m: &Mutation) {
    let lines =
        |t: &Vec<u8>| -> Vec<Vec<u8>> { t.split(|&b| b == b'\n').map(<[u8]>::to_vec).collect() };
    let join = |ls: Vec<Vec<u8>>| -> Vec<u8> { ls.join(&b'\n') };
    match *m {
        Mutation::FlipByte { at, xor } => {
            if !text.is_empty() {
                let k = at % text.len();
                text[k] ^= xor;
            }
        }
        Mutation::DropLine(i) => {
            let mut ls = lines(text);
            let k = i % ls.len();
            ls.remove(k);
            *text = join(ls);
        }
        Mutation::DupLine(i) => {
            let mut ls = lines(text);
            let k = i % ls.len();
            let l = ls[k].clone();
            ls.insert(k, l);
            *text = join(ls);
        }
        Mutation::SwapLines(a, b) => {
            let mut ls = lines(text);
            let n = ls.len();
            ls.swap(a % n, b % n);
            *text = join(ls);
        }
        Mutation::ReplaceNumber { nth, with } => {
            let nums = numbers(text);
            if !nums.is_empty() {
                let (s, e) = nums[nth % nums.len()];
                text.splice(s..e, EXTREMES[with].bytes());
            }
        }
        Mutation::Truncate(at) => {
            let k = at % (text.len() + 1);
            text.truncate(k);
        }
        Mutation::Insert { at, what } => {
            let mut ls = lines(text);
            let k = at % (ls.len() + 1);
            ls.insert(k, SNIPPETS[what].as_bytes().to_vec());
            *text = join(ls);
        }
    }
}

fn line_count(text: &str) -> u32 {
    let mut n = text.split('\n').count();
    if n > 1 && text.ends_with('\n') {
        n -= 1;
    }
    n.max(1) as u32
}

fn check(name: &str, text: &str, target: Target) -> Result<(), TestCaseError> {
    let limits = ParseLimits::default();
    let out = parse_set(name, text, target, &limits);
    let max_line = line_count(text);
    for f in &out.findings {
        prop_assert_eq!(f.check, "parse");
        prop_assert!(f.span.line >= 1, "{:?}", f);
        prop_assert!(
            f.span.line <= max_line,
            "line {} > {}: {:?}",
            f.span.line,
            max_line,
            f
        );
        prop_assert_eq!(&*f.span.file, name);
    }
    if let Some(set) = out.set {
        let t1 = write_set(&set);
        let again = parse_set(name, &t1, target, &limits);
        let set2 = again.set.expect("written text parses to a set");
        let t2 = write_set(&set2);
        prop_assert!(
            t1 == t2,
            "write(parse(write(m))) != write(m)\n--- t1\n{}\n--- t2\n{}",
            t1,
            t2
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn mutated_fixtures_never_panic(
        which in 0..FIXTURES.len(),
        muts in prop::collection::vec(mutation(), 1..6),
    ) {
        let (rel, target) = FIXTURES[which];
        let mut bytes = read_fixture(rel).into_bytes();
        for m in &muts {
            apply(&mut bytes, m);
        }
        let text = String::from_utf8_lossy(&bytes);
        check("mutated.h", &text, target)?;
    }
}

#[test]
fn pathological_inputs() {
    let long = "x".repeat(1 << 20);
    let deep = format!(
        "void\nemit_A(\n    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,\n    const _PyUOpInstruction *instruction, jit_state *state)\n{{\n    patch_64(code + 0x0, {}0{});\n}}\n",
        "(".repeat(100_000),
        ")".repeat(100_000)
    );
    let many_lines = "static const int x[1] = {\n".to_string() + &"  0,\n".repeat(200_000);
    let cases = [
        String::new(),
        "\n".repeat(100_000),
        long,
        deep,
        many_lines,
        "void".to_string(),
        "void\n".to_string(),
        "void\nemit_".to_string(),
        "void\nemit_A(".to_string(),
        "emit_A() {\n}\n".to_string(),
        "static".to_string(),
        "static const StencilGroup".to_string(),
        "static const StencilGroup stencil_groups[".to_string(),
        "static const StencilGroup stencil_groups[MAX_UOP_ID + 1] = {\n    [".to_string(),
        "static const void * const symbols_map[99999999999999999999] = {[4294967296] = &x};"
            .to_string(),
        "static_assert(SYMBOL_MASK_WORDS >= 99999999999, \"x\");".to_string(),
        "#define X \\".to_string(),
        "\"unterminated".to_string(),
        "/* unterminated".to_string(),
        "\u{0}".repeat(1000),
        "é".repeat(1000),
        "}\n};\n{\n".repeat(100),
    ];
    for (i, text) in cases.iter().enumerate() {
        let r = check(&format!("case{i}.h"), text, Target::X86_64Linux);
        assert!(r.is_ok(), "case {i}: {r:?}");
    }
}
