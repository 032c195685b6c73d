//! `stencil-verify`: the command line.
//!
//! Exit status: 0 no errors (warnings are reported); 1 errors, anything not
//! fully checked, or warnings with `--deny-warnings`; 2 could not run.

use clap::{Parser, ValueEnum};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use stencil_verify::report;
use stencil_verify::run::{self, CheckName, RunConfig};
use stencil_verify::target::Target;

#[derive(Parser, Debug)]
#[command(
    name = "stencil-verify",
    version,
    about = "Prove CPython JIT stencil sets correct for every target, under emulation",
    after_help = "Exit status: 0 all good (warnings allowed), 1 findings or anything not checked, 2 could not run."
)]
struct Cli {
    /// Stencil headers to verify (`<triple>.h`, `jit_stencils-<triple>.h`,
    /// `test_jit_stencils-<triple>.h`).
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,

    /// Verify every stencil set found under --stencils.
    #[arg(long)]
    all: bool,

    /// Where --all looks. Default: Tools/jit/stencils, or the jit_stencils-*.h
    /// of a build directory, when run inside a CPython checkout; otherwise the
    /// bundled sets.
    #[arg(long, value_name = "DIR")]
    stencils: Option<PathBuf>,

    /// Target triple for every file, instead of the one in its name.
    #[arg(long, value_name = "TRIPLE")]
    target: Option<String>,

    /// Comma-separated checks to run (default: all).
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    checks: Vec<String>,

    /// Seed for every random choice; the same seed gives the same report.
    #[arg(long, value_parser = parse_u64)]
    seed: Option<u64>,

    /// Oracle placements per stencil group: every hole is checked at least
    /// this many times, plus the edges of its encoding's range.
    #[arg(long, value_name = "N")]
    samples: Option<u32>,

    /// Output format on standard output.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,

    /// Also write the JSON report to PATH.
    #[arg(long, value_name = "PATH")]
    report: Option<PathBuf>,

    /// Also write the report as JUnit XML to PATH (one test case per set,
    /// stencil and check).
    #[arg(long, value_name = "PATH")]
    junit: Option<PathBuf>,

    /// Also write the report as one self-contained HTML page to PATH.
    #[arg(long, value_name = "PATH")]
    html: Option<PathBuf>,

    /// Treat warnings as failures (exit 1).
    #[arg(long)]
    deny_warnings: bool,

    /// Worker threads (default: one per core).
    #[arg(long, short = 'j', value_name = "N")]
    jobs: Option<usize>,

    /// Files larger than this are not read (a finding).
    #[arg(long, value_name = "BYTES")]
    max_file_bytes: Option<usize>,

    /// More logging on standard error (-v info, -vv debug, -vvv trace);
    /// RUST_LOG overrides.
    #[arg(short, long, action = clap::ArgAction::Count)]
    verbose: u8,

    /// Print only findings and the final line.
    #[arg(short, long)]
    quiet: bool,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
}

fn parse_u64(s: &str) -> Result<u64, String> {
    let parsed = match s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        Some(hex) => u64::from_str_radix(hex, 16),
        None => s.parse(),
    };
    parsed.map_err(|e| format!("`{s}` is not a 64-bit unsigned number: {e}"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging(cli.verbose);
    match run_cli(cli) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("stencil-verify: {message}");
            ExitCode::from(2)
        }
    }
}

fn init_logging(verbose: u8) {
    let default = match verbose {
        0 => "warn",
        1 => "info",
        2 => "debug",
        _ => "trace",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

fn run_cli(cli: Cli) -> Result<ExitCode, String> {
    let mut config = RunConfig::default();
    if let Some(seed) = cli.seed {
        config.seed = seed;
    }
    if let Some(t) = &cli.target {
        config.target = Some(Target::from_triple(t).ok_or_else(|| {
            format!(
                "unknown target `{t}`; known: {}",
                Target::ALL.map(|t| t.triple()).join(", ")
            )
        })?);
    }
    if !cli.checks.is_empty() {
        let mut checks = Vec::new();
        for name in &cli.checks {
            let check = CheckName::from_name(name.trim()).ok_or_else(|| {
                format!(
                    "unknown check `{name}`; known: {}",
                    CheckName::ALL.map(|c| c.name()).join(", ")
                )
            })?;
            if !checks.contains(&check) {
                checks.push(check);
            }
        }
        checks.sort();
        config.checks = checks;
    }
    if let Some(samples) = cli.samples {
        config.samples = samples;
    }
    if let Some(max) = cli.max_file_bytes {
        config.parse_limits.max_file_bytes = max;
    }
    if let Some(jobs) = cli.jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(jobs.max(1))
            .build_global()
            .map_err(|e| format!("cannot start {jobs} worker threads: {e}"))?;
    }

    let mut files = cli.files.clone();
    if cli.all {
        let dir = match &cli.stencils {
            Some(dir) => dir.clone(),
            None => default_stencils_dir()?,
        };
        let found = run::discover(&dir)
            .map_err(|e| format!("cannot list stencil sets in {}: {e}", dir.display()))?;
        if found.is_empty() {
            return Err(format!(
                "no stencil sets (<triple>.h) found under {}",
                dir.display()
            ));
        }
        files.extend(found.into_iter().map(|p| relative_to_cwd(&p)));
    } else if cli.stencils.is_some() {
        return Err("--stencils only makes sense with --all".into());
    }
    if files.is_empty() {
        return Err("nothing to verify: name stencil headers, or pass --all".into());
    }
    tracing::info!(files = files.len(), seed = config.seed, "verifying");

    let report = run::verify_files(&files, &config);
    if report.sets.iter().all(|s| s.shape.is_none()) {
        // Not one set could be loaded: report why, but as "could not run".
        print!("{}", render(&report, cli.format, cli.quiet));
        return Ok(ExitCode::from(2));
    }
    print!("{}", render(&report, cli.format, cli.quiet));
    if let Some(path) = &cli.report {
        write_report(path, &report::render_json(&report))?;
    }
    if let Some(path) = &cli.junit {
        write_report(path, &report::render_junit(&report))?;
    }
    if let Some(path) = &cli.html {
        write_report(path, &report::render_html(&report))?;
    }
    let failed =
        report.errors() > 0 || report.incomplete() || (cli.deny_warnings && report.warnings() > 0);
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn render(report: &run::Report, format: Format, quiet: bool) -> String {
    match format {
        Format::Json => report::render_json(report),
        Format::Text if quiet => {
            let full = report::render_text(report);
            // Keep finding blocks and the final line; drop per-target lines.
            let mut lines: Vec<&str> = full.lines().collect();
            let first_finding = lines
                .iter()
                .position(|l| l.starts_with("error[") || l.starts_with("warning["));
            let last = lines.pop().unwrap_or_default();
            let mut out = String::new();
            if let Some(i) = first_finding {
                for l in &lines[i..] {
                    out.push_str(l);
                    out.push('\n');
                }
            }
            out.push_str(last);
            out.push('\n');
            out
        }
        Format::Text => report::render_text(report),
    }
}

fn write_report(path: &Path, json: &str) -> Result<(), String> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    std::fs::write(path, json).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// `Tools/jit/stencils` or a build directory's `jit_stencils-*.h` when run
/// inside a CPython checkout; otherwise the sets bundled with the tool.
fn default_stencils_dir() -> Result<PathBuf, String> {
    let cwd =
        std::env::current_dir().map_err(|e| format!("cannot read the current directory: {e}"))?;
    let checked_in = cwd.join("Tools/jit/stencils");
    if checked_in.is_dir() {
        return Ok(checked_in);
    }
    let has_build_headers = std::fs::read_dir(&cwd)
        .map(|entries| {
            entries.flatten().any(|e| {
                e.file_name()
                    .to_str()
                    .is_some_and(|n| n.starts_with("jit_stencils-") && n.ends_with(".h"))
            })
        })
        .unwrap_or(false);
    if has_build_headers {
        return Ok(cwd);
    }
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("../cases/stencils");
    if bundled.is_dir() {
        return Ok(bundled);
    }
    Err("no stencil sets here: run inside a CPython checkout, or pass --stencils DIR".into())
}

/// Shows paths under the current directory relative to it, so that findings
/// read `cases/stencils/3.14/x86_64-apple-darwin.h:12`, not an absolute path.
fn relative_to_cwd(path: &Path) -> PathBuf {
    let (Ok(cwd), Ok(full)) = (std::env::current_dir(), path.canonicalize()) else {
        return path.to_path_buf();
    };
    full.strip_prefix(&cwd)
        .map(Path::to_path_buf)
        .unwrap_or(full)
}
