//! The HTML page in headless Chromium: what a person would see. The DOM
//! after Chromium has loaded the page and run its script (`--dump-dom`):
//! matrix headings, cell states and labels, findings in the drill-downs, a
//! `#cell` link opening its drill-down; and a screenshot whose pixels carry
//! every state's colour.
//!
//! Needs `chromium` on PATH (ci/install-deps.sh installs it), or its path in
//! STENCIL_VERIFY_CHROMIUM. Without it these tests fail: they do not pass
//! silently.

mod report_common;

use report_common::*;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use stencil_verify::report::html::{
    COLOUR_FAILED, COLOUR_NOT_CHECKED, COLOUR_PASSED, COLOUR_WARNED,
};
use stencil_verify::report::render_html;

const TIMEOUT: Duration = Duration::from_secs(120);

fn chromium() -> PathBuf {
    if let Some(path) = std::env::var_os("STENCIL_VERIFY_CHROMIUM") {
        return PathBuf::from(path);
    }
    let on_path = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join("chromium"))
            .find(|p| p.is_file())
    });
    on_path.unwrap_or_else(|| {
        panic!(
            "chromium is not installed: no `chromium` on PATH. The HTML report tests need \
             headless Chromium; run ci/install-deps.sh (it installs Debian's `chromium`), or set \
             STENCIL_VERIFY_CHROMIUM to a Chromium binary."
        )
    })
}

/// Runs headless Chromium on `url` with `extra` arguments and a fresh
/// profile; returns its standard output.
fn run_chromium(scratch: &Path, url: &str, extra: &[String]) -> String {
    static RUNS: AtomicUsize = AtomicUsize::new(0);
    let n = RUNS.fetch_add(1, Ordering::SeqCst);
    let profile = scratch.join(format!("profile-{n}"));
    let stdout_path = scratch.join(format!("chromium-{n}.out"));
    let stderr_path = scratch.join(format!("chromium-{n}.err"));
    let binary = chromium();
    let mut child = Command::new(&binary)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--force-device-scale-factor=1",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&stdout_path).unwrap())
        .stderr(std::fs::File::create(&stderr_path).unwrap())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", binary.display()));
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "chromium did not finish within {TIMEOUT:?}; stderr in {}",
                stderr_path.display()
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let stderr = std::fs::read_to_string(&stderr_path).unwrap_or_default();
    assert!(status.success(), "chromium failed ({status}):\n{stderr}");
    let _ = std::fs::remove_dir_all(&profile);
    std::fs::read_to_string(&stdout_path).unwrap()
}

fn file_url(path: &Path) -> String {
    format!("file://{}", path.canonicalize().unwrap().display())
}

/// The DOM Chromium builds from the page at `path` (plus `fragment`).
fn dump_dom(scratch: &Path, path: &Path, fragment: &str) -> String {
    let dom = run_chromium(
        scratch,
        &format!("{}{fragment}", file_url(path)),
        &["--dump-dom".to_owned()],
    );
    assert!(dom.contains("</html>"), "Chromium printed a DOM:\n{dom}");
    dom
}

fn write_page(scratch: &Path, name: &str, html: &str) -> PathBuf {
    let path = scratch.join(name);
    std::fs::write(&path, html).unwrap();
    path
}

fn texts(html: &str, tag: &str, needle: &str) -> Vec<String> {
    elements_all(html, tag, needle)
        .into_iter()
        .map(text_of)
        .collect()
}

fn cell<'a>(dom: &'a str, stencil: &str, file: &str) -> &'a str {
    let needle = format!("data-stencil=\"{stencil}\" data-file=\"{file}\"");
    element(dom, "td", &needle).unwrap_or_else(|| panic!("no cell {stencil} × {file} in the DOM"))
}

#[test]
fn dom_shows_the_matrix_states_and_findings() {
    let scratch = scratch_dir("report_html_chromium_dom");
    let page = write_page(&scratch, "sample.html", &render_html(&sample_report()));
    let dom = dump_dom(&scratch, &page, "");

    let title = text_of(element(&dom, "title", "").unwrap());
    assert!(
        title.starts_with("stencil-verify report: NOT FULLY CHECKED"),
        "{title}"
    );
    let verdict = text_of(element(&dom, "p", "id=\"verdict\"").unwrap());
    assert_eq!(verdict, "? NOT FULLY CHECKED");

    // Headings: targets over shapes; rows: (set), then stencils.
    let thead = element(&dom, "thead", "").expect("matrix head");
    assert_eq!(
        texts(thead, "th", "class=\"target\""),
        [
            "aarch64-apple-darwin",
            "i686-pc-windows-msvc",
            "x86_64-unknown-linux-gnu"
        ]
    );
    assert_eq!(texts(thead, "th", "class=\"shape"), ["3.14", "?", "3.14"]);
    let tbody = element(&dom, "tbody", "").expect("matrix body");
    assert_eq!(
        texts(tbody, "th", "scope=\"row\""),
        ["(set)", "_BINARY_OP", "_LOAD_FAST", "_NOP"]
    );

    // Cells: state as class, mark and words.
    for (stencil, file, status, label) in [
        ("_BINARY_OP", FILE_X86, "failed", "✗ failed"),
        ("_LOAD_FAST", FILE_X86, "warned", "! passed with warnings"),
        ("_NOP", FILE_X86, "passed", "✓ passed"),
        ("_BINARY_OP", FILE_ARM, "passed", "✓ passed"),
        ("_LOAD_FAST", FILE_ARM, "not-checked", "? not checked"),
        ("(set)", FILE_I686, "not-checked", "? not checked"),
        ("(set)", FILE_X86, "failed", "✗ failed"),
    ] {
        let td = cell(&dom, stencil, file);
        assert_eq!(attr_of(td, "data-status").as_deref(), Some(status));
        assert!(attr_of(td, "class")
            .unwrap()
            .contains(&format!("st-{status}")));
        let summary = element(td, "summary", "").expect("summary");
        assert_eq!(text_of(summary), label, "{stencil} × {file}");
        assert!(
            attr_of(summary, "aria-label")
                .unwrap()
                .starts_with(&format!("{stencil} on ")),
            "{summary}"
        );
    }
    let absent = cell(&dom, "_NOP", FILE_ARM);
    assert_eq!(attr_of(absent, "data-status").as_deref(), Some("absent"));
    assert!(
        !absent.contains("<details"),
        "an absent cell has nothing to open"
    );

    // The drill-downs hold the findings, closed until opened.
    let failed = cell(&dom, "_BINARY_OP", FILE_X86);
    let drill = text_of(element(failed, "div", "class=\"drill\"").unwrap());
    for part in [
        FAILED_MESSAGE,
        "hole-outside-body",
        "sets/x86_64-unknown-linux-gnu.h:39",
        "code+0x2f patch_32r(",
        "5d c3",
        "2f: 5d popq %rbp",
    ] {
        assert!(drill.contains(part), "`{part}` in the drill-down: {drill}");
    }
    assert!(text_of(cell(&dom, "(set)", FILE_X86)).contains(SET_MESSAGE));
    assert!(text_of(cell(&dom, "(set)", FILE_I686)).contains(UNREADABLE_MESSAGE));
    assert!(!dom.contains("<details open"), "nothing open by default");

    // The script ran: the filter shows.
    let controls = element(&dom, "p", "id=\"controls\"").unwrap();
    assert!(
        !controls.split('>').next().unwrap().contains("hidden"),
        "{controls}"
    );
}

#[test]
fn a_cell_link_opens_its_drill_down() {
    let scratch = scratch_dir("report_html_chromium_link");
    let page = write_page(&scratch, "sample.html", &render_html(&sample_report()));
    let html = std::fs::read_to_string(&page).unwrap();
    let id = attr_of(cell(&html, "_BINARY_OP", FILE_X86), "id").unwrap();
    let dom = dump_dom(&scratch, &page, &format!("#{id}"));
    let td = cell(&dom, "_BINARY_OP", FILE_X86);
    assert!(
        td.contains("<details open"),
        "the linked cell is open: {td}"
    );
    assert_eq!(dom.matches("<details open").count(), 1, "only that one");
}

/// Decodes an 8-bit RGB(A) PNG into (width, height, RGB pixels).
fn read_png(path: &Path) -> (u32, u32, Vec<[u8; 3]>) {
    let decoder = png::Decoder::new(std::fs::File::open(path).unwrap());
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).unwrap();
    assert_eq!(info.bit_depth, png::BitDepth::Eight);
    let channels = match info.color_type {
        png::ColorType::Rgb => 3,
        png::ColorType::Rgba => 4,
        other => panic!("unexpected PNG colour type {other:?}"),
    };
    let pixels = buf[..info.buffer_size()]
        .chunks(channels)
        .map(|p| [p[0], p[1], p[2]])
        .collect();
    (info.width, info.height, pixels)
}

fn rgb(hex: &str) -> [u8; 3] {
    let v = u32::from_str_radix(hex.trim_start_matches('#'), 16).unwrap();
    [(v >> 16) as u8, (v >> 8) as u8, v as u8]
}

fn screenshot(scratch: &Path, page: &Path, fragment: &str, name: &str) -> PathBuf {
    let shot = scratch.join(name);
    run_chromium(
        scratch,
        &format!("{}{fragment}", file_url(page)),
        &[
            format!("--screenshot={}", shot.display()),
            "--window-size=1400,900".to_owned(),
        ],
    );
    assert!(shot.is_file(), "no screenshot at {}", shot.display());
    shot
}

#[test]
fn screenshot_shows_every_state_in_colour() {
    let scratch = scratch_dir("report_html_chromium_shot");
    let page = write_page(&scratch, "sample.html", &render_html(&sample_report()));
    let shot = screenshot(&scratch, &page, "", "matrix.png");
    let (w, h, pixels) = read_png(&shot);
    assert_eq!((w, h), (1400, 900));
    for (state, colour) in [
        ("failed", COLOUR_FAILED),
        ("warned", COLOUR_WARNED),
        ("passed", COLOUR_PASSED),
        ("not checked (stripe)", COLOUR_NOT_CHECKED[0]),
        ("not checked (other stripe)", COLOUR_NOT_CHECKED[1]),
    ] {
        let want = rgb(colour);
        let n = pixels.iter().filter(|p| **p == want).count();
        assert!(
            n >= 200,
            "only {n} pixels of {colour} ({state}) in {}",
            shot.display()
        );
    }

    // Opening the failed cell through its link draws its drill-down.
    let html = std::fs::read_to_string(&page).unwrap();
    let id = attr_of(cell(&html, "_BINARY_OP", FILE_X86), "id").unwrap();
    let open = screenshot(&scratch, &page, &format!("#{id}"), "drill-down.png");
    let (_, _, opened) = read_png(&open);
    let changed = pixels.iter().zip(&opened).filter(|(a, b)| a != b).count();
    assert!(
        changed > 20_000,
        "the drill-down changed only {changed} pixels ({})",
        open.display()
    );
    eprintln!("screenshots: {} {}", shot.display(), open.display());
}

#[test]
fn real_run_in_the_browser() {
    let scratch = scratch_dir("report_html_chromium_real");
    let report = mixed_run("report_html_chromium_real_sets");
    let page = write_page(&scratch, "run.html", &render_html(&report));
    let dom = dump_dom(&scratch, &page, "");
    let stencils: std::collections::BTreeSet<&str> =
        report.outcomes.iter().map(|o| o.stencil.as_str()).collect();
    let tbody = element(&dom, "tbody", "").unwrap();
    let rows = elements_all(tbody, "tr", "id=\"row-");
    assert_eq!(rows.len(), stencils.len() + 1);
    for row in &rows {
        assert_eq!(
            elements_all(row, "td", "class=\"cell").len(),
            report.sets.len()
        );
    }
    let shapes = texts(element(&dom, "thead", "").unwrap(), "th", "class=\"shape");
    assert_eq!(shapes.len(), report.sets.len());
    // The moved hole shows as a failed shim with its message.
    let broken = report
        .sets
        .iter()
        .find(|s| s.file.ends_with("real_sets/x86_64-unknown-linux-gnu.h"))
        .unwrap();
    let td = cell(&dom, "shim", &broken.file);
    assert_eq!(attr_of(td, "data-status").as_deref(), Some("failed"));
    assert!(text_of(td).contains("past the end of the 49-byte code_body"));
    let failed = dom.matches("data-status=\"failed\"").count();
    let not_checked = dom.matches("data-status=\"not-checked\"").count();
    assert!(
        failed >= 1 && not_checked >= 5,
        "{failed} failed, {not_checked} not checked"
    );
}
