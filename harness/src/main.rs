//! `stencil-verify`: the command line.
//!
//! `stencil-verify [FILE...] [--all] [options]` verifies stencil sets;
//! `stencil-verify fuzz [options]` fuzzes the reference patcher's patch
//! functions against the emulator.
//!
//! Exit status: 0 no errors (warnings are reported); 1 errors, anything not
//! fully checked, or warnings with `--deny-warnings` (fuzz: a failing case);
//! 2 could not run.

use clap::{Args, Parser, Subcommand, ValueEnum};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;
use stencil_verify::fuzz::{self, FuzzOutcome};
use stencil_verify::gate;
use stencil_verify::model::PatchKind;
use stencil_verify::patch::Encoders;
use stencil_verify::report;
use stencil_verify::run::{self, CheckName, RunConfig};
use stencil_verify::shard::Shard;
use stencil_verify::target::{Arch, Target};

#[derive(Parser, Debug)]
#[command(
    name = "stencil-verify",
    version,
    about = "Prove CPython JIT stencil sets correct for every target, under emulation",
    after_help = "Exit status: 0 all good (warnings allowed), 1 findings, anything not checked, or behaviour changes under --baseline --strict, 2 could not run.",
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,

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

    /// Sandbox runs per stencil, each with its own hole values, stub
    /// results and heap contents.
    #[arg(long, value_name = "N")]
    trials: Option<u32>,

    /// Instructions one sandbox run may execute before it is reported as not
    /// terminating (did-not-terminate). Default: 200000.
    #[arg(long, value_name = "N")]
    budget: Option<u64>,

    /// Patch without the runtime's relaxations (plain GOT loads, pairs
    /// patched separately).
    #[arg(long)]
    no_relax: bool,

    /// Accepted platform differences for the cross-target comparison: lines
    /// `accept <uop> <triple> <triple>: <reason>`.
    #[arg(long, value_name = "PATH")]
    policy: Option<PathBuf>,

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

    /// Gate mode: classify every stencil against the baseline sets under DIR
    /// (found as --all finds sets) as unchanged, bytes-changed,
    /// behaviour-changed, added or removed.
    #[arg(long, value_name = "DIR")]
    baseline: Option<PathBuf>,

    /// With --baseline: behaviour changes fail the run (exit 1); without it
    /// they are listed for review.
    #[arg(long, requires = "baseline")]
    strict: bool,

    /// Verify only the sets whose target triple is in shard I of N (the
    /// seven triples sorted by name, those whose index % N == I-1), for CI
    /// job matrices. 1 <= I <= N <= 7.
    #[arg(long, value_name = "I/N")]
    shard: Option<String>,

    /// Worker threads (default: one per core).
    #[arg(long, short = 'j', value_name = "N")]
    jobs: Option<usize>,

    /// Files larger than this are not read (a limit-exceeded finding; the
    /// set is not checked). Default: 67108864 (64 MiB).
    #[arg(long, value_name = "BYTES")]
    max_file_bytes: Option<usize>,

    /// A stencil whose code or data body is larger is not parsed (a
    /// limit-exceeded finding; the stencil is not checked). Default: 1048576
    /// (1 MiB).
    #[arg(long, value_name = "BYTES")]
    max_body_bytes: Option<usize>,

    /// A stencil with more holes in its code or in its data is not parsed (a
    /// limit-exceeded finding; the stencil is not checked). Default: 4096.
    #[arg(long, value_name = "N")]
    max_holes: Option<usize>,

    /// Emit functions of one file beyond this many are not parsed (a
    /// limit-exceeded finding). Default: 65536.
    #[arg(long, value_name = "N")]
    max_stencils: Option<usize>,

    /// Bytes of memory one sandbox run may materialise on demand (the
    /// lazily backed scratch region of the sandbox world); more is a
    /// limit-exceeded finding and the stencil is not checked further.
    /// Default: 262144 (256 KiB).
    #[arg(long, value_name = "BYTES", value_parser = parse_u64)]
    max_sandbox_memory: Option<u64>,

    /// Wall-clock limit of one sandbox run, in milliseconds (0: none); a run
    /// still going is a limit-exceeded finding and the stencil is not checked
    /// further. Checked at every external call, and inside the emulator
    /// for --budget of 10000000 or more. Default: 2000.
    #[arg(long, value_name = "MS", value_parser = parse_u64)]
    run_timeout_ms: Option<u64>,

    /// More logging on standard error (-v info, -vv debug, -vvv trace);
    /// RUST_LOG overrides.
    #[arg(short, long, action = clap::ArgAction::Count)]
    verbose: u8,

    /// Print only findings and the final line.
    #[arg(short, long)]
    quiet: bool,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Property-based fuzzing of every patch function of the reference
    /// patcher, each patched instruction run under the emulator.
    #[command(
        after_help = "Exit status: 0 no failing case, 1 a failing case (printed shrunk, with the command that reproduces it), 2 could not run."
    )]
    Fuzz(FuzzArgs),
    /// Mutation analysis of the tool itself: inject every fault kind the
    /// tool claims to catch at seeded random sites of the sets under
    /// --stencils, check each mutated set, and count what is reported; check
    /// the unmodified sets for false positives.
    #[command(
        after_help = "Execution-detected kinds are injected only on paths the unmodified sets' sandbox trials execute.\nExit status: 0 every must-detect fault reported and no false positive, 1 otherwise, 2 could not run."
    )]
    Selftest(SelftestArgs),
}

#[derive(Args, Debug)]
struct SelftestArgs {
    /// Where the sets are (found as --all finds them). Default: as --all.
    #[arg(long, value_name = "DIR")]
    stencils: Option<PathBuf>,

    /// Seed for the fault sites and every check; the same seed gives the
    /// same output.
    #[arg(long, value_parser = parse_u64)]
    seed: Option<u64>,

    /// Distinct sites per fault kind and set (fewer where a set has fewer).
    #[arg(
        long,
        value_name = "N",
        default_value_t = stencil_verify::selftest::DEFAULT_FAULTS,
        value_parser = clap::value_parser!(u32).range(1..)
    )]
    faults: u32,

    /// Fault kinds to inject, comma-separated (default: all).
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    kinds: Vec<String>,

    /// Comma-separated checks to run on each mutated set (default: all).
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    checks: Vec<String>,

    /// Sandbox runs per stencil (also what decides the executed paths).
    #[arg(long, value_name = "N", default_value_t = stencil_verify::selftest::DEFAULT_TRIALS)]
    trials: u32,

    /// Oracle placements per stencil group.
    #[arg(long, value_name = "N", default_value_t = stencil_verify::selftest::DEFAULT_SAMPLES)]
    samples: u32,

    /// Instructions one sandbox run may execute.
    #[arg(long, value_name = "N")]
    budget: Option<u64>,

    /// Output format on standard output.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,

    /// Worker threads (default: one per core).
    #[arg(long, short = 'j', value_name = "N")]
    jobs: Option<usize>,

    /// More logging on standard error.
    #[arg(short, long, action = clap::ArgAction::Count)]
    verbose: u8,
}

#[derive(Args, Debug)]
struct FuzzArgs {
    /// Target triple whose architecture to fuzz (or an architecture:
    /// x86-64, i686, aarch64). Default: every architecture.
    #[arg(long, value_name = "TRIPLE")]
    target: Option<String>,

    /// Patch function(s) to fuzz, comma-separated (e.g. patch_aarch64_26r).
    /// Default: every patch function legal on each architecture.
    #[arg(long = "patch", value_name = "KIND", value_delimiter = ',')]
    patch: Vec<String>,

    /// Cases per patch function and architecture.
    #[arg(long, value_name = "N", default_value_t = 10_000)]
    cases: u32,

    /// Seed; the same seed, cases, function and architecture give the same run.
    #[arg(long, value_parser = parse_u64)]
    seed: Option<u64>,

    /// Worker threads (default: one per core).
    #[arg(long, short = 'j', value_name = "N")]
    jobs: Option<usize>,

    /// More logging on standard error.
    #[arg(short, long, action = clap::ArgAction::Count)]
    verbose: u8,
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
    let mut cli = Cli::parse();
    let result = match cli.command.take() {
        Some(Command::Fuzz(args)) => {
            init_logging(args.verbose);
            run_fuzz(args)
        }
        Some(Command::Selftest(args)) => {
            init_logging(args.verbose);
            run_selftest(args)
        }
        None => {
            init_logging(cli.verbose);
            run_cli(cli)
        }
    };
    match result {
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
        config.checks = parse_checks(&cli.checks)?;
    }
    config.relax = !cli.no_relax;
    let mut policy_findings = Vec::new();
    if let Some(path) = &cli.policy {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read the policy {}: {e}", path.display()))?;
        let (policy, found) =
            stencil_verify::check::equivalence::Policy::parse(&path.display().to_string(), &text);
        config.policy = policy;
        policy_findings = found;
    }
    if let Some(trials) = cli.trials {
        config.trials = trials;
    }
    if let Some(budget) = cli.budget {
        config.budget = budget;
    }
    if let Some(samples) = cli.samples {
        config.samples = samples;
    }
    if let Some(max) = cli.max_file_bytes {
        config.parse_limits.max_file_bytes = max;
    }
    if let Some(max) = cli.max_body_bytes {
        config.parse_limits.max_body_bytes = max;
    }
    if let Some(max) = cli.max_holes {
        config.parse_limits.max_holes_per_stencil = max;
    }
    if let Some(max) = cli.max_stencils {
        config.parse_limits.max_groups = max;
    }
    if let Some(max) = cli.max_sandbox_memory {
        config.max_sandbox_memory = max;
    }
    if let Some(ms) = cli.run_timeout_ms {
        config.run_timeout_ms = ms;
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
    let shard = cli.shard.as_deref().map(Shard::parse).transpose()?;
    let in_shard = |path: &Path| {
        shard.is_none_or(|shard| {
            let target = config.target.or_else(|| {
                path.file_name()
                    .and_then(|n| n.to_str())
                    .and_then(Target::from_file_name)
            });
            // A file of no known triple stays in shard 1, where its finding
            // is reported.
            target.map_or(shard.index == 1, |t| shard.contains(t))
        })
    };
    files.retain(|f| in_shard(f));
    if let (Some(shard), true) = (shard, files.is_empty()) {
        eprintln!(
            "stencil-verify: shard {shard} ({}) has none of the sets given",
            shard
                .targets()
                .iter()
                .map(|t| t.triple())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let baseline = match &cli.baseline {
        Some(dir) => {
            let mut found = gate::discover_baseline(dir)?;
            found.retain(|f| in_shard(f));
            Some(
                found
                    .into_iter()
                    .map(|p| relative_to_cwd(&p))
                    .collect::<Vec<_>>(),
            )
        }
        None => None,
    };
    tracing::info!(files = files.len(), seed = config.seed, "verifying");

    let mut report = run::verify_files(&files, &config);
    if !policy_findings.is_empty() {
        // A malformed policy is a finding like any other input problem.
        report.findings.extend(policy_findings);
    }
    if let Some(baseline) = &baseline {
        let scope = if cli.all {
            gate::BaselineScope::All
        } else {
            gate::BaselineScope::CurrentTargets
        };
        let entries = gate::compare(&files, baseline, &config, scope)?;
        report.gate = Some(gate::Gate::new(entries, cli.strict));
    }
    if !report.sets.is_empty() && report.sets.iter().all(|s| s.shape.is_none()) {
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
    let failed = report.errors() > 0
        || report.incomplete()
        || (cli.deny_warnings && report.warnings() > 0)
        || report.gate.as_ref().is_some_and(|g| g.failed());
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
            let first_finding = lines.iter().position(|l| {
                l.starts_with("error[")
                    || l.starts_with("warning[")
                    || l.starts_with("behaviour-changed[")
            });
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

/// The architecture a `--target` names: a triple, or an architecture name.
fn parse_arch(s: &str) -> Result<Arch, String> {
    if let Some(t) = Target::from_triple(s) {
        return Ok(t.arch());
    }
    match s {
        "x86-64" | "x86_64" => Ok(Arch::X86_64),
        "i686" | "x86" => Ok(Arch::I686),
        "aarch64" | "arm64" => Ok(Arch::Aarch64),
        _ => Err(format!(
            "unknown target `{s}`; known: {}, or x86-64, i686, aarch64",
            Target::ALL.map(|t| t.triple()).join(", ")
        )),
    }
}

/// Names given on the command line, as distinct values in the order given;
/// an unknown name is an error that lists the known ones.
fn parse_names<T: PartialEq>(
    names: &[String],
    what: &str,
    parse: impl Fn(&str) -> Option<T>,
    known: &[&str],
) -> Result<Vec<T>, String> {
    let mut values = Vec::new();
    for name in names {
        let value = parse(name.trim())
            .ok_or_else(|| format!("unknown {what} `{name}`; known: {}", known.join(", ")))?;
        if !values.contains(&value) {
            values.push(value);
        }
    }
    Ok(values)
}

/// `--checks`, in pipeline order.
fn parse_checks(names: &[String]) -> Result<Vec<CheckName>, String> {
    let mut checks = parse_names(
        names,
        "check",
        CheckName::from_name,
        &CheckName::ALL.map(|c| c.name()),
    )?;
    checks.sort();
    Ok(checks)
}

fn run_fuzz(args: FuzzArgs) -> Result<ExitCode, String> {
    let seed = args.seed.unwrap_or(run::DEFAULT_SEED);
    let arches: Vec<Arch> = match &args.target {
        Some(t) => vec![parse_arch(t)?],
        None => fuzz::ARCHES.to_vec(),
    };
    let kinds = parse_names(
        &args.patch,
        "patch function",
        PatchKind::from_function,
        &PatchKind::ALL.map(|k| k.function()),
    )?;
    let jobs: Vec<(PatchKind, Arch)> = arches
        .iter()
        .flat_map(|&arch| {
            fuzz::kinds_for(arch)
                .into_iter()
                .filter(|k| kinds.is_empty() || kinds.contains(k))
                .map(move |k| (k, arch))
        })
        .collect();
    if jobs.is_empty() {
        return Err(format!(
            "{} is not a patch function of {}",
            args.patch.join(", "),
            arches
                .iter()
                .map(|a| a.name())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    if let Some(n) = args.jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .map_err(|e| format!("cannot start {n} worker threads: {e}"))?;
    }
    println!(
        "stencil-verify fuzz: {} cases per patch function, seed {seed:#x}, {} (function, architecture) pairs, {} threads",
        args.cases,
        jobs.len(),
        rayon::current_num_threads()
    );
    let wall = Instant::now();
    let outcomes: Vec<FuzzOutcome> = jobs
        .par_iter()
        .map(|&(kind, arch)| {
            let o = fuzz::fuzz_kind(kind, arch, args.cases, seed, &Encoders::REAL);
            tracing::info!(
                kind = kind.function(),
                arch = arch.name(),
                cases = o.cases_run,
                failures = o.failures,
                "fuzzed"
            );
            o
        })
        .collect();
    let wall = wall.elapsed();
    print!("{}", render_fuzz(&outcomes, args.target.as_deref()));
    let cases: u64 = outcomes.iter().map(|o| o.cases_run).sum();
    let failures: u64 = outcomes.iter().map(|o| o.failures).sum();
    let hazards: u64 = outcomes.iter().map(|o| o.stats.hazards).sum();
    println!(
        "total: {cases} cases, {failures} failures, {hazards} runtime hazards, wall time {:.1} s",
        wall.as_secs_f64()
    );
    Ok(if failures > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn run_selftest(args: SelftestArgs) -> Result<ExitCode, String> {
    use stencil_verify::fault::FaultKind;
    use stencil_verify::selftest;
    let mut config = selftest::Config::default();
    if let Some(seed) = args.seed {
        config.run.seed = seed;
    }
    config.run.trials = args.trials;
    config.run.samples = args.samples;
    if let Some(budget) = args.budget {
        config.run.budget = budget;
    }
    config.faults = args.faults;
    if !args.checks.is_empty() {
        config.run.checks = parse_checks(&args.checks)?;
    }
    if !args.kinds.is_empty() {
        let mut kinds = parse_names(
            &args.kinds,
            "fault kind",
            FaultKind::from_name,
            &FaultKind::ALL.map(|k| k.name()),
        )?;
        kinds.sort();
        config.kinds = kinds;
    }
    if let Some(n) = args.jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .map_err(|e| format!("cannot start {n} worker threads: {e}"))?;
    }
    let dir = match &args.stencils {
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
    let files: Vec<PathBuf> = found.into_iter().map(|p| relative_to_cwd(&p)).collect();
    let wall = Instant::now();
    let report = selftest::run(&files, &config)?;
    match args.format {
        Format::Json => print!("{}", selftest::render_json(&report)),
        Format::Text => print!("{}", selftest::render_text(&report)),
    }
    // Standard output stays deterministic; the time goes to standard error.
    eprintln!(
        "selftest: wall time {:.1} s, {} threads",
        wall.elapsed().as_secs_f64(),
        rayon::current_num_threads()
    );
    Ok(if report.passed {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn render_fuzz(outcomes: &[FuzzOutcome], target: Option<&str>) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{:<8} {:<26} {:>8} {:>8} {:>9}  notes",
        "arch", "patch function", "cases", "failures", "cases/s"
    );
    for o in outcomes {
        let st = &o.stats;
        let mut notes = vec![format!("ran {}", st.executed)];
        if st.rejected > 0 {
            notes.push(format!("rejected out of range {}", st.rejected));
        }
        for (r, n) in &st.relaxed {
            notes.push(format!("{r}: {n}"));
        }
        if st.via_trampoline > 0 {
            notes.push(format!("via trampoline {}", st.via_trampoline));
        }
        if st.release_only > 0 {
            notes.push(format!(
                "jit.c asserts, release bytes right {}",
                st.release_only
            ));
        }
        if st.class_rejected > 0 {
            notes.push(format!("class jit.c asserts against {}", st.class_rejected));
        }
        if st.debug_wraps > 0 {
            notes.push(format!("i686 debug-assert wraps {}", st.debug_wraps));
        }
        for (cause, n) in &st.hazard_causes {
            notes.push(format!("runtime hazard ({cause}) {n}"));
        }
        let _ = writeln!(
            s,
            "{:<8} {:<26} {:>8} {:>8} {:>9.0}  {}",
            o.arch.name(),
            o.kind.function(),
            o.cases_run,
            o.failures,
            o.cases_per_second(),
            notes.join(", ")
        );
    }
    for o in outcomes {
        if let Some(f) = &o.failure {
            let _ = writeln!(
                s,
                "\nFAILED {} on {}: case {} of {} failed; minimal case after {} shrink steps:",
                o.kind.function(),
                o.arch.name(),
                o.found_at.unwrap_or(0),
                o.cases,
                o.shrink_steps
            );
            for line in f.lines() {
                let _ = writeln!(s, "  {line}");
            }
            let _ = writeln!(s, "  reproduce: {}", o.repro_command(target));
        }
    }
    for o in outcomes {
        for (cause, h) in &o.hazards {
            let _ = writeln!(
                s,
                "\nruntime hazard in {} on {}: {cause} ({} of {} cases; the patcher reproduces jit.c here; shrunk):",
                o.kind.function(),
                o.arch.name(),
                o.stats.hazard_causes.get(cause).copied().unwrap_or(0),
                o.cases_run,
            );
            for line in h.lines() {
                let _ = writeln!(s, "  {line}");
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn top_level_forms_and_the_fuzz_subcommand_parse() {
        let cli = Cli::try_parse_from(["stencil-verify", "--all"]).unwrap();
        assert!(cli.all && cli.command.is_none());
        let cli =
            Cli::try_parse_from(["stencil-verify", "a.h", "b.h", "--checks", "oracle"]).unwrap();
        assert_eq!(cli.files.len(), 2);
        assert!(cli.command.is_none());
        let cli = Cli::try_parse_from([
            "stencil-verify",
            "fuzz",
            "--target",
            "aarch64-apple-darwin",
            "--patch",
            "patch_aarch64_26r",
            "--cases",
            "7",
            "--seed",
            "0x10",
        ])
        .unwrap();
        match cli.command {
            Some(Command::Fuzz(a)) => {
                assert_eq!(a.cases, 7);
                assert_eq!(a.seed, Some(16));
                assert_eq!(a.patch, ["patch_aarch64_26r"]);
            }
            _ => panic!("fuzz not parsed"),
        }
        // The top-level --target still works next to the subcommand's.
        let cli =
            Cli::try_parse_from(["stencil-verify", "--target", "i686-pc-windows-msvc", "x.h"])
                .unwrap();
        assert_eq!(cli.target.as_deref(), Some("i686-pc-windows-msvc"));
        assert_eq!(parse_arch("x86_64-pc-windows-msvc"), Ok(Arch::X86_64));
        let cli = Cli::try_parse_from([
            "stencil-verify",
            "selftest",
            "--faults",
            "2",
            "--checks",
            "structure,oracle",
            "--kinds",
            "wrong-addend",
            "--seed",
            "0x10",
        ])
        .unwrap();
        match cli.command {
            Some(Command::Selftest(a)) => {
                assert_eq!(a.faults, 2);
                assert_eq!(a.seed, Some(16));
                assert_eq!(a.checks, ["structure", "oracle"]);
                assert_eq!(a.kinds, ["wrong-addend"]);
                assert_eq!((a.trials, a.samples), (32, 16));
            }
            _ => panic!("selftest not parsed"),
        }
        assert!(parse_arch("riscv64").is_err());
    }
}
