//! The CPython-scale benchmark: `cargo bench -p stencil-verify --bench pipeline`
//! (`-- --quick` for the reduced form CI runs so that it cannot rot).
//!
//! It builds a workload from the bundled 3.14 sets, every target's groups
//! replicated (under new names, so each copy gets its own random trials) to
//! at least 300 groups per target, and a 4× variant; runs the real
//! `stencil-verify` binary on it with default settings; and prints, beside
//! the targets of issue 6:
//!
//! * wall and CPU time for the whole run and per stage (structure, oracle,
//!   sandbox, equivalence);
//! * stencil executions per second per architecture;
//! * the ratio to the bare-emulation floor: the same patched stencils run in
//!   the same emulator with no stubs, traces or checks;
//! * scaling from 1 to 2 threads and from 1× to 4× workload;
//! * peak resident memory.
//!
//! It measures; it asserts nothing (the figures depend on the machine).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;
use stencil_emulators::{with_sandbox, Isa, Perms, Region};
use stencil_verify::model::{GroupRole, StencilSet};
use stencil_verify::parse::{parse_set, ParseLimits};
use stencil_verify::patch::{self, PatchOptions};
use stencil_verify::placement::{self, SymbolReach};
use stencil_verify::seed::item_rng;
use stencil_verify::target::{Arch, Target};
use stencil_verify::write::write_set;

struct Measure {
    wall: f64,
    cpu: f64,
    max_rss_mib: f64,
    json: serde_json::Value,
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let exe = build_binary();
    let groups_per_target = if quick { 40 } else { 300 };
    let trials = if quick { "8" } else { "64" };
    let samples = if quick { "8" } else { "64" };
    let root = std::env::temp_dir().join(format!("stencil-verify-bench-{}", std::process::id()));
    let one = workload(&root.join("1x"), groups_per_target);
    let four = workload(&root.join("4x"), groups_per_target * 4);
    println!(
        "stencil-verify benchmark{} on {} cores: {} groups per target × 7 targets, {trials} trials, {samples} oracle samples",
        if quick { " (quick)" } else { "" },
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        groups_per_target
    );

    let run = |dir: &Path, jobs: &str, checks: &str| -> Measure {
        let mut args = vec!["--all", "--stencils"];
        let d = dir.display().to_string();
        args.push(&d);
        args.extend([
            "--jobs",
            jobs,
            "--trials",
            trials,
            "--samples",
            samples,
            "--format",
            "json",
        ]);
        if !checks.is_empty() {
            args.extend(["--checks", checks]);
        }
        measure(&exe, &args)
    };

    // The whole pipeline, default checks, both cores.
    let full = run(&one, "2", "");
    println!();
    println!(
        "whole run (1×, 2 threads): {:.2} s wall, {:.2} s CPU, peak {:.0} MiB",
        full.wall, full.cpu, full.max_rss_mib
    );
    let errors = full.json["findings"].as_array().map_or(0, |f| f.len());
    println!("  findings: {errors} (the bundled stencils are correct: expected 0)");

    // Per stage.
    println!("per stage (1×, 2 threads):");
    let mut sandbox_stage = None;
    for stage in ["structure", "oracle", "sandbox", "equivalence"] {
        let m = run(&one, "2", stage);
        println!("  {stage:<12} {:>7.2} s wall {:>7.2} s CPU", m.wall, m.cpu);
        if stage == "sandbox" {
            sandbox_stage = Some(m);
        }
    }

    // Executions per second per architecture: the sandbox stage alone, one
    // architecture's sets at a time.
    println!("stencil executions (sandbox runs) per second, per architecture (2 threads):");
    let mut per_arch = Vec::new();
    for arch in [Arch::X86_64, Arch::I686, Arch::Aarch64] {
        let dir = root.join(format!("arch-{}", arch.name()));
        std::fs::create_dir_all(&dir).unwrap();
        for t in Target::ALL.iter().filter(|t| t.arch() == arch) {
            let name = format!("{}.h", t.triple());
            std::fs::copy(one.join(&name), dir.join(&name)).unwrap();
        }
        let m = run(&dir, "2", "sandbox");
        let runs = stat_sum(&m.json, "sandbox.runs");
        let rate = runs as f64 / m.wall;
        let floor = floor_rate(&dir, arch, trials.parse().unwrap());
        println!(
            "  {:<8} {runs:>7} runs in {:>6.2} s: {:>8.0} runs/s; bare-emulation floor {:>8.0} runs/s; ratio {:.2}×",
            arch.name(),
            m.wall,
            rate,
            floor,
            floor / rate
        );
        per_arch.push((arch, rate, floor));
    }

    // The oracle per architecture: checks (hole samples) and emulator runs
    // per second, against the floor of stepping the same hole instructions
    // with nothing observed or checked.
    println!("oracle hole checks per second, per architecture (2 threads):");
    for arch in [Arch::X86_64, Arch::I686, Arch::Aarch64] {
        let dir = root.join(format!("arch-{}", arch.name()));
        let m = run(&dir, "2", "oracle");
        let checks = stat_sum(&m.json, "oracle.samples");
        let runs = stat_sum(&m.json, "oracle.emulator-runs");
        let floor = oracle_floor_rate(&dir, arch, samples.parse().unwrap());
        let rate = runs as f64 / m.wall;
        println!(
            "  {:<8} {checks:>8} checks in {:>6.2} s: {:>8.0} checks/s; {runs} emulator runs, {:>8.0} runs/s; floor {:>8.0} runs/s; ratio {:.2}×",
            arch.name(),
            m.wall,
            checks as f64 / m.wall,
            rate,
            floor,
            floor / rate
        );
    }

    // Scaling.
    let single = run(&one, "1", "");
    println!("scaling:");
    println!(
        "  1 → 2 threads: {:.2} s → {:.2} s wall, speed-up {:.2}× (target ≥ 1.8×)",
        single.wall,
        full.wall,
        single.wall / full.wall
    );
    let big = run(&four, "2", "");
    println!(
        "  1× → 4× workload: {:.2} s → {:.2} s wall, ratio {:.2} (linear: 4.00)",
        full.wall,
        big.wall,
        big.wall / full.wall
    );
    println!(
        "peak resident memory: 1× {:.0} MiB, 4× {:.0} MiB (target ≤ 512 MiB)",
        full.max_rss_mib, big.max_rss_mib
    );

    println!();
    println!("targets (issue 6):");
    println!(
        "  full run at 300 groups × 7 targets × 64 trials ≤ 10 s wall on 2 cores: {:.2} s{}",
        full.wall,
        if quick {
            " (quick workload: not comparable)"
        } else {
            ""
        }
    );
    let worst = per_arch.iter().map(|(_, r, f)| f / r).fold(0.0, f64::max);
    println!("  ≤ 2× the bare-emulation floor: worst architecture {worst:.2}×");
    println!(
        "  linear in workload: {:.2} for 4× (4.00 is linear)",
        big.wall / full.wall
    );
    println!("  1 → 2 threads ≥ 1.8×: {:.2}×", single.wall / full.wall);
    println!(
        "  peak memory ≤ 512 MiB: {:.0} MiB",
        big.max_rss_mib.max(full.max_rss_mib)
    );
    if let Some(s) = sandbox_stage {
        println!(
            "  (sandbox stage alone: {:.2} s wall for {} runs)",
            s.wall,
            stat_sum(&s.json, "sandbox.runs")
        );
    }
    let _ = std::fs::remove_dir_all(&root);
}

/// Builds the release binary and returns its path.
fn build_binary() -> PathBuf {
    let status = Command::new(env!("CARGO"))
        .args([
            "build",
            "--release",
            "-q",
            "-p",
            "stencil-verify",
            "--bin",
            "stencil-verify",
        ])
        .status()
        .expect("cargo build");
    assert!(status.success(), "cannot build stencil-verify");
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"));
    target.join("release/stencil-verify")
}

/// The bundled 3.14 sets with every target's uop groups replicated to at
/// least `n` groups, written to `dir`.
fn workload(dir: &Path, n: usize) -> PathBuf {
    std::fs::create_dir_all(dir).unwrap();
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("../cases/stencils/3.14");
    for t in Target::ALL {
        let path = bundled.join(format!("{}.h", t.triple()));
        let text = std::fs::read_to_string(&path).unwrap();
        let mut set = parse_set(
            &path.display().to_string(),
            &text,
            t,
            &ParseLimits::default(),
        )
        .set
        .unwrap();
        let uops: Vec<_> = set.uops().cloned().collect();
        let mut copy = 1;
        while set.uops().count() < n {
            for g in &uops {
                if set.uops().count() >= n {
                    break;
                }
                let mut g = g.clone();
                g.name = format!("{}_R{copy}", g.name);
                if let Some(row) = g.table.as_mut() {
                    row.index = g.name.clone();
                    row.emit = format!("emit_{}", g.name);
                }
                set.groups.push(g);
            }
            copy += 1;
        }
        std::fs::write(dir.join(format!("{}.h", t.triple())), write_set(&set)).unwrap();
    }
    dir.to_path_buf()
}

/// Runs the binary; wall time, CPU time and peak RSS of the child.
fn measure(exe: &Path, args: &[&str]) -> Measure {
    let before = children_usage();
    let start = Instant::now();
    let out = Command::new(exe)
        .args(args)
        .output()
        .expect("run stencil-verify");
    let wall = start.elapsed().as_secs_f64();
    let after = children_usage();
    assert!(
        matches!(out.status.code(), Some(0) | Some(1)),
        "stencil-verify failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json = serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null);
    Measure {
        wall,
        cpu: after.0 - before.0,
        max_rss_mib: after.1,
        json,
    }
}

/// (user + system CPU seconds, peak RSS MiB) of all waited-for children.
fn children_usage() -> (f64, f64) {
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: getrusage writes into the struct we own.
    unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut u) };
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    (
        secs(u.ru_utime) + secs(u.ru_stime),
        u.ru_maxrss as f64 / 1024.0,
    )
}

fn stat_sum(report: &serde_json::Value, key: &str) -> u64 {
    report["sets"]
        .as_array()
        .map(|sets| sets.iter().filter_map(|s| s["stats"][key].as_u64()).sum())
        .unwrap_or(0)
}

/// The bare-emulation floor: every uop of the sets in `dir`, patched at a
/// sampled placement, run from its entry until the emulator first stops (an
/// exit, a call, a fault) — the same emulator and engine reuse, none of the
/// sandbox's stubs, traces or checks — on both cores. Runs per second.
fn floor_rate(dir: &Path, arch: Arch, trials: u32) -> f64 {
    use rayon::prelude::*;
    let sets: Vec<StencilSet> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| {
            let path = e.path();
            let t = Target::from_file_name(path.file_name().unwrap().to_str().unwrap()).unwrap();
            let text = std::fs::read_to_string(&path).unwrap();
            parse_set(
                &path.display().to_string(),
                &text,
                t,
                &ParseLimits::default(),
            )
            .set
            .unwrap()
        })
        .collect();
    let isa = match arch {
        Arch::X86_64 => Isa::X86_64,
        Arch::I686 => Isa::X86_32,
        Arch::Aarch64 => Isa::Aarch64,
    };
    // Patch everything first: the floor is emulation, not patching.
    let mut jobs = Vec::new();
    for set in &sets {
        for g in set.groups.iter().filter(|g| g.role == GroupRole::Uop) {
            for t in 0..trials {
                let mut rng = item_rng(1, &[set.target.triple(), &g.name, &t.to_string()]);
                let trial = placement::sample(set, g, SymbolReach::Mixed, &mut rng);
                let image = patch::patch_group(
                    set,
                    g,
                    &trial.values,
                    &trial.placement,
                    &PatchOptions::default(),
                    &|_| None,
                );
                jobs.push((trial.placement, image));
            }
        }
    }
    let start = Instant::now();
    jobs.par_iter().for_each(|(p, image)| {
        with_sandbox(isa, |sb| {
            let stopper = arch.block_stopper();
            let mut regions = vec![
                Region::with_bytes(p.code, &image.code, Perms::RX, 1),
                Region::with_bytes(p.code + image.code.len() as u64, stopper, Perms::R, 2),
            ];
            if !image.data.is_empty() {
                regions.push(Region::with_bytes(p.data, &image.data, Perms::R, 3));
            }
            if sb.reset(&regions).is_ok() {
                let _ = sb.run(p.code, 200_000);
            }
        })
    });
    jobs.len() as f64 / start.elapsed().as_secs_f64()
}

/// The oracle's floor: for every uop of the sets in `dir` and `samples`
/// placements, lay out the patched group once and step each code hole's
/// instruction (x86 instruction starts from the emulator's decoder, as the
/// oracle finds them) with no observation or check. Runs per second.
fn oracle_floor_rate(dir: &Path, arch: Arch, samples: u32) -> f64 {
    use rayon::prelude::*;
    let isa = match arch {
        Arch::X86_64 => Isa::X86_64,
        Arch::I686 => Isa::X86_32,
        Arch::Aarch64 => Isa::Aarch64,
    };
    let mut jobs = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        let t = Target::from_file_name(path.file_name().unwrap().to_str().unwrap()).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        let set = parse_set(
            &path.display().to_string(),
            &text,
            t,
            &ParseLimits::default(),
        )
        .set
        .unwrap();
        for g in set
            .groups
            .iter()
            .filter(|g| g.role == GroupRole::Uop && !g.code.holes.is_empty())
        {
            let starts = with_sandbox(isa, |sb| instruction_starts(sb, arch, &g.code.body));
            let probes: Vec<(u64, u64)> = g
                .code
                .holes
                .iter()
                .map(|h| {
                    let s = starts
                        .iter()
                        .rev()
                        .find(|&&s| s <= h.offset)
                        .copied()
                        .unwrap_or(0);
                    let e = starts
                        .iter()
                        .find(|&&e| e > s)
                        .copied()
                        .unwrap_or(g.code.body.len() as u64);
                    (s, e)
                })
                .collect();
            for t in 0..samples {
                let mut rng = item_rng(2, &[set.target.triple(), &g.name, &t.to_string()]);
                let trial = placement::sample(&set, g, SymbolReach::Mixed, &mut rng);
                let image = patch::patch_group(
                    &set,
                    g,
                    &trial.values,
                    &trial.placement,
                    &PatchOptions::default(),
                    &|_| None,
                );
                jobs.push((trial.placement, image, probes.clone()));
            }
        }
    }
    let runs: usize = jobs.iter().map(|j| j.2.len()).sum();
    let start = Instant::now();
    jobs.par_iter().for_each(|(p, image, probes)| {
        with_sandbox(isa, |sb| {
            let stopper = arch.block_stopper();
            let mut regions = vec![
                Region::with_bytes(p.code, &image.code, Perms::RX, 1),
                Region::with_bytes(p.code + image.code.len() as u64, stopper, Perms::R, 2),
            ];
            if !image.data.is_empty() && p.data >= p.code + image.code.len() as u64 + 16 {
                regions.push(Region::with_bytes(p.data, &image.data, Perms::R, 3));
            }
            if sb.reset(&regions).is_err() {
                return;
            }
            for &(s, e) in probes {
                if arch != Arch::Aarch64 {
                    let _ = sb.set_exits(&[p.code + e]);
                }
                sb.reset_registers();
                let _ = sb.step(p.code + s, 1);
            }
        })
    });
    runs as f64 / start.elapsed().as_secs_f64()
}

/// Instruction starts of a code body (every 4 bytes on AArch64; from the
/// emulator's decoder on x86).
fn instruction_starts(sb: &mut stencil_emulators::Sandbox, arch: Arch, body: &[u8]) -> Vec<u64> {
    if arch == Arch::Aarch64 {
        return (0..body.len() as u64).step_by(4).collect();
    }
    let base = 0x1000_0000;
    let regions = [
        Region::with_bytes(base, body, Perms::RX, 1),
        Region::with_bytes(base + body.len() as u64, arch.block_stopper(), Perms::R, 2),
    ];
    if sb.reset(&regions).is_err() {
        return vec![0];
    }
    let mut starts = Vec::new();
    let mut off = 0u64;
    while off < body.len() as u64 {
        starts.push(off);
        let exits: Vec<u64> = (1..16).map(|d| base + off + d).collect();
        let _ = sb.set_exits(&exits);
        sb.step(base + off, 1);
        let (pc, size) = sb.last_instruction();
        off += if pc == base + off && size > 0 {
            u64::from(size)
        } else {
            1
        };
    }
    starts
}
