//! stencil-gen: turns the project's own clang-19 objects (one per uop and
//! triple, see cases/regenerate.sh) into stencil headers in CPython's layout.
//!
//! Usage:
//!
//! ```text
//! stencil-gen --objects DIR --out DIR [--objdump PATH] [--shapes 3.13,3.14,3.15]
//!             [--triples T1,T2,...]
//! ```
//!
//! `--objects DIR` holds one directory per triple with `shim.o` and one
//! `<UOP>.o` per uop; the output is `OUT/<shape>/<triple>.h`. Without
//! `--objdump` the headers carry no disassembly comments.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use stencil_gen::build::build_set;
use stencil_gen::disasm::disassemble;
use stencil_gen::fail;
use stencil_gen::formats::read_object;
use stencil_gen::raw::{RawGroup, Result};
use stencil_verify::model::Shape;
use stencil_verify::target::Target;
use stencil_verify::write::write_set;

struct Args {
    objects: PathBuf,
    out: PathBuf,
    objdump: Option<String>,
    shapes: Vec<Shape>,
    triples: Vec<Target>,
}

fn usage() -> String {
    "usage: stencil-gen --objects DIR --out DIR [--objdump PATH] [--shapes 3.13,3.14,3.15] [--triples T,...]"
        .to_owned()
}

fn parse_args() -> Result<Args> {
    let mut objects = None;
    let mut out = None;
    let mut objdump = None;
    let mut shapes = Shape::ALL.to_vec();
    let mut triples = Target::ALL.to_vec();
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = || {
            it.next()
                .ok_or_else(|| fail!("{arg} needs a value\n{}", usage()))
        };
        match arg.as_str() {
            "--objects" => objects = Some(PathBuf::from(value()?)),
            "--out" => out = Some(PathBuf::from(value()?)),
            "--objdump" => objdump = Some(value()?),
            "--shapes" => {
                shapes = value()?
                    .split(',')
                    .map(|s| Shape::from_name(s).ok_or_else(|| fail!("unknown shape {s}")))
                    .collect::<Result<_>>()?
            }
            "--triples" => {
                triples = value()?
                    .split(',')
                    .map(|t| Target::from_triple(t).ok_or_else(|| fail!("unknown triple {t}")))
                    .collect::<Result<_>>()?
            }
            "-h" | "--help" => return Err(fail!("{}", usage())),
            other => return Err(fail!("unknown argument {other}\n{}", usage())),
        }
    }
    Ok(Args {
        objects: objects.ok_or_else(|| fail!("--objects is required\n{}", usage()))?,
        out: out.ok_or_else(|| fail!("--out is required\n{}", usage()))?,
        objdump,
        shapes,
        triples,
    })
}

/// Reads one object (and its disassembly, if an objdump is given).
fn read(path: &Path, target: Target, objdump: Option<&str>) -> Result<RawGroup> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let display = format!("{target}/{name}");
    let bytes = std::fs::read(path).map_err(|e| fail!("{}: {e}", path.display()))?;
    let mut group = read_object(&bytes, &display, target)?;
    if let Some(objdump) = objdump {
        group.code.comments = disassemble(objdump, path)?;
    }
    Ok(group)
}

fn run(args: &Args) -> Result<()> {
    for &target in &args.triples {
        let dir = args.objects.join(target.triple());
        let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map_err(|e| fail!("{}: {e}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "o"))
            .collect();
        entries.sort();
        let mut shim = None;
        let mut uops = Vec::new();
        for path in entries {
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let group = read(&path, target, args.objdump.as_deref())?;
            if stem == "shim" {
                shim = Some(group);
            } else if stem.starts_with('_')
                && stem
                    .bytes()
                    .all(|b| b == b'_' || b.is_ascii_uppercase() || b.is_ascii_digit())
            {
                uops.push((stem, group));
            } else {
                return Err(fail!("{}: not a uop object name", path.display()));
            }
        }
        let shim = shim.ok_or_else(|| fail!("{}: no shim.o", dir.display()))?;
        for &shape in &args.shapes {
            let dir = args.out.join(shape.name());
            std::fs::create_dir_all(&dir).map_err(|e| fail!("{}: {e}", dir.display()))?;
            let path = dir.join(format!("{}.h", target.triple()));
            let source = format!("cases/stencils/{}/{}.h", shape.name(), target.triple());
            let set = build_set(target, shape, &source, &shim, &uops)?;
            let text = write_set(&set);
            std::fs::write(&path, text).map_err(|e| fail!("{}: {e}", path.display()))?;
            let holes: usize = set
                .groups
                .iter()
                .map(|g| g.code.holes.len() + g.data.holes.len())
                .sum();
            eprintln!(
                "stencil-gen: {} ({} groups, {} holes)",
                path.display(),
                set.groups.len(),
                holes
            );
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let result = parse_args().and_then(|args| run(&args));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("stencil-gen: error: {e}");
            ExitCode::FAILURE
        }
    }
}
