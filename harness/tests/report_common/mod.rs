//! Helpers shared by the `report_*` tests: a hand-made report with every
//! kind of cell, and real runs over the bundled sets and broken copies.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use stencil_verify::finding::{Finding, FindingKind, HoleRef};
use stencil_verify::model::{Part, Shape, Span};
use stencil_verify::run::{self, CheckName, Outcome, Report, RunConfig, SetSummary, Status};
use stencil_verify::target::Target;

pub const FILE_X86: &str = "sets/x86_64-unknown-linux-gnu.h";
pub const FILE_ARM: &str = "sets/aarch64-apple-darwin.h";
pub const FILE_I686: &str = "sets/i686-pc-windows-msvc.h";

/// The failed stencil's message: markup characters must come out escaped
/// in XML and HTML, and intact to a reader.
pub const FAILED_MESSAGE: &str =
    "patch_32r writes <4> bytes & \"more\" past the end of the 49-byte code_body";
pub const WARNED_MESSAGE: &str = "data hole at data+0x4 is not 8-byte aligned";
pub const NOT_CHECKED_MESSAGE: &str = "more than 64 holes in _LOAD_FAST; the rest was not checked";
pub const SET_MESSAGE: &str = "symbols_map defines ordinal 3 twice";
pub const UNREADABLE_MESSAGE: &str = "cannot read sets/i686-pc-windows-msvc.h: Permission denied";

fn set(file: &str, target: Target, shape: Option<Shape>, groups: usize) -> SetSummary {
    SetSummary {
        file: file.to_owned(),
        target: Some(target),
        shape,
        groups,
        holes: groups * 2,
        checked: if shape.is_some() {
            vec![CheckName::Structure]
        } else {
            Vec::new()
        },
        errors: 0,
        warnings: 0,
        incomplete: shape.is_none(),
        stats: BTreeMap::from([("structure.holes".to_owned(), (groups * 2) as u64)]),
        coverage: Default::default(),
    }
}

fn outcome(file: &str, target: Target, stencil: &str, status: Status) -> Outcome {
    Outcome {
        file: file.to_owned(),
        target,
        shape: Shape::V314,
        stencil: stencil.to_owned(),
        check: CheckName::Structure,
        status,
        errors: usize::from(matches!(status, Status::Failed | Status::NotChecked)),
        warnings: usize::from(status == Status::Warned),
    }
}

/// A report with one cell of every state:
///
/// | stencil    | aarch64-apple-darwin | i686 (unreadable) | x86_64-linux |
/// |------------|----------------------|-------------------|--------------|
/// | (set)      | –                    | not checked ×2    | failed       |
/// | _BINARY_OP | passed               | –                 | failed       |
/// | _LOAD_FAST | not checked          | –                 | warned       |
/// | _NOP       | (absent)             | –                 | passed       |
///
/// JUnit: 8 test cases, 2 failures, 3 errors.
pub fn sample_report() -> Report {
    let x86: Arc<str> = Arc::from(FILE_X86);
    let arm: Arc<str> = Arc::from(FILE_ARM);
    let i686: Arc<str> = Arc::from(FILE_I686);
    let mut findings = vec![
        Finding::error(
            FindingKind::HoleOutsideBody,
            "structure",
            Span::new(&x86, 39),
            FAILED_MESSAGE,
        )
        .with_target(Target::X86_64Linux)
        .with_stencil("_BINARY_OP")
        .with_hole(HoleRef {
            part: Part::Code,
            offset: 0x2f,
            kind: "patch_32r".into(),
            value: "(uintptr_t)code + sizeof(code_body) + -0x4".into(),
        })
        .with_bytes(&[0x5d, 0xc3])
        .with_context("2f: 5d                            popq    %rbp"),
        Finding::warning(
            FindingKind::MisalignedHole,
            "structure",
            Span::new(&x86, 120),
            WARNED_MESSAGE,
        )
        .with_target(Target::X86_64Linux)
        .with_stencil("_LOAD_FAST"),
        Finding::error(
            FindingKind::SymbolsMapInconsistent,
            "structure",
            Span::new(&x86, 1070),
            SET_MESSAGE,
        )
        .with_target(Target::X86_64Linux),
        Finding::error(
            FindingKind::LimitExceeded,
            "structure",
            Span::new(&arm, 55),
            NOT_CHECKED_MESSAGE,
        )
        .with_target(Target::Aarch64Darwin)
        .with_stencil("_LOAD_FAST"),
        Finding::error(
            FindingKind::UnreadableFile,
            "load",
            Span::new(&i686, 1),
            UNREADABLE_MESSAGE,
        )
        .with_target(Target::I686Windows),
    ];
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));

    let mut sets = vec![
        set(FILE_ARM, Target::Aarch64Darwin, Some(Shape::V314), 2),
        set(FILE_I686, Target::I686Windows, None, 0),
        set(FILE_X86, Target::X86_64Linux, Some(Shape::V314), 3),
    ];
    sets[0].errors = 1;
    sets[0].incomplete = true;
    sets[1].errors = 1;
    sets[2].errors = 2;
    sets[2].warnings = 1;

    let mut outcomes = vec![
        outcome(
            FILE_ARM,
            Target::Aarch64Darwin,
            "_BINARY_OP",
            Status::Passed,
        ),
        outcome(
            FILE_ARM,
            Target::Aarch64Darwin,
            "_LOAD_FAST",
            Status::NotChecked,
        ),
        outcome(FILE_X86, Target::X86_64Linux, "_BINARY_OP", Status::Failed),
        outcome(FILE_X86, Target::X86_64Linux, "_LOAD_FAST", Status::Warned),
        outcome(FILE_X86, Target::X86_64Linux, "_NOP", Status::Passed),
    ];
    outcomes.sort();
    Report {
        tool: "stencil-verify",
        version: env!("CARGO_PKG_VERSION"),
        seed: 0x1234_5678_9abc_def0,
        checks: vec![CheckName::Structure],
        sets,
        outcomes,
        findings,
        gate: None,
    }
}

pub fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The bundled 3.14 sets, sorted.
pub fn bundled_314() -> Vec<PathBuf> {
    let dir = manifest_dir().join("../cases/stencils/3.14");
    let found = run::discover(&dir).expect("bundled 3.14 sets");
    assert_eq!(
        found.len(),
        7,
        "seven bundled 3.14 sets in {}",
        dir.display()
    );
    found
}

/// An empty directory of this test's own under cargo's temporary directory.
pub fn scratch_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// Deliberately broken inputs, written under `dir`:
/// - `x86_64-unknown-linux-gnu.h`: the bundled set with the shim's hole moved
///   past the end of its body (a structure error with hole, bytes and
///   disassembly);
/// - `i686-pc-windows-msvc.h`: the bundled set with `_BINARY_OP`'s body
///   garbled (parse errors; the group is dropped, the set incomplete);
/// - `aarch64-apple-darwin.h`: not a header at all, with markup characters;
/// - `missing/x86_64-apple-darwin.h`: does not exist (unreadable);
/// - `nonsense.h`: no triple in its name.
pub fn broken_sets(dir: &Path) -> Vec<PathBuf> {
    let bundled = manifest_dir().join("../cases/stencils/3.14");
    let read = |name: &str| {
        std::fs::read_to_string(bundled.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
    };
    let x86 = read("x86_64-unknown-linux-gnu.h");
    let moved = x86.replacen("patch_32r(code + 0x1b,", "patch_32r(code + 0x2f,", 1);
    assert_ne!(moved, x86, "the shim's first hole moved");
    std::fs::write(dir.join("x86_64-unknown-linux-gnu.h"), moved).unwrap();

    let i686 = read("i686-pc-windows-msvc.h");
    let at = i686
        .find("emit__BINARY_OP(")
        .expect("_BINARY_OP in the i686 set");
    let body = at + i686[at..].find("const unsigned char code_body").unwrap();
    let garbled = format!(
        "{}const unsigned char code_body[3] = {{ 0xzz, @@@ }};\n{}",
        &i686[..body],
        &i686[body..]
    );
    std::fs::write(dir.join("i686-pc-windows-msvc.h"), garbled).unwrap();

    std::fs::write(
        dir.join("aarch64-apple-darwin.h"),
        "this is <not> a \"header\" & more\n\x01\n",
    )
    .unwrap();
    std::fs::write(dir.join("nonsense.h"), "junk\n").unwrap();
    vec![
        dir.join("aarch64-apple-darwin.h"),
        dir.join("i686-pc-windows-msvc.h"),
        dir.join("missing/x86_64-apple-darwin.h"),
        dir.join("nonsense.h"),
        dir.join("x86_64-unknown-linux-gnu.h"),
    ]
}

/// A real run: the bundled 3.14 sets and the broken ones, default config.
pub fn mixed_run(scratch: &str) -> Report {
    let dir = scratch_dir(scratch);
    let mut files = bundled_314();
    files.extend(broken_sets(&dir));
    // Rendering is under test, not the oracle: a few samples suffice.
    let config = RunConfig {
        samples: 4,
        trials: 4,
        ..RunConfig::default()
    };
    run::verify_files(&files, &config)
}

/// Undoes XML/HTML escaping of the five predefined entities and numeric
/// references (enough to read back what the renderers wrote).
pub fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(end) = rest.find(';') else { break };
        let entity = &rest[1..end];
        let c = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{a0}'),
            e if e.starts_with("#x") => u32::from_str_radix(&e[2..], 16)
                .ok()
                .and_then(char::from_u32),
            e if e.starts_with('#') => e[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The first `<tag ...>...</tag>` element (outer HTML) whose start tag
/// contains `needle`, with nested elements of the same tag balanced. Enough
/// for the pages `render_html` writes and Chromium serialises.
pub fn element<'a>(html: &'a str, tag: &str, needle: &str) -> Option<&'a str> {
    let close = format!("</{tag}>");
    let mut from = 0;
    while let Some(i) = find_start_tag(html, from, tag) {
        let head_end = i + html[i..].find('>')?;
        if !html[i..head_end].contains(needle) {
            from = i + 1;
            continue;
        }
        let mut depth = 0usize;
        let mut at = i;
        loop {
            let next_open = find_start_tag(html, at + 1, tag);
            let next_close = html[at + 1..].find(&close).map(|j| j + at + 1)?;
            match next_open {
                Some(o) if o < next_close => {
                    depth += 1;
                    at = o;
                }
                _ => {
                    if depth == 0 {
                        return Some(&html[i..next_close + close.len()]);
                    }
                    depth -= 1;
                    at = next_close;
                }
            }
        }
    }
    None
}

/// Where the next `<tag` start tag (not `<tagother`) begins, from `from`.
fn find_start_tag(html: &str, mut from: usize, tag: &str) -> Option<usize> {
    let open = format!("<{tag}");
    loop {
        let i = html[from..].find(&open)? + from;
        if matches!(
            html[i + open.len()..].chars().next(),
            Some(' ' | '>' | '\n' | '\t' | '/')
        ) {
            return Some(i);
        }
        from = i + 1;
    }
}

/// Every element `<tag ...>...</tag>` whose start tag contains `needle`.
pub fn elements_all<'a>(html: &'a str, tag: &str, needle: &str) -> Vec<&'a str> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(e) = element(rest, tag, needle) {
        found.push(e);
        let offset = e.as_ptr() as usize - rest.as_ptr() as usize;
        rest = &rest[offset + e.len()..];
    }
    found
}

/// The text of some markup: tags dropped, entities decoded, whitespace
/// collapsed.
pub fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    unescape(&out)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The value of `name="..."` in the start tag of an element.
pub fn attr_of(element: &str, name: &str) -> Option<String> {
    let head = &element[..element.find('>')?];
    let key = format!(" {name}=\"");
    let start = head.find(&key)? + key.len();
    let end = start + head[start..].find('"')?;
    Some(unescape(&head[start..end]))
}
