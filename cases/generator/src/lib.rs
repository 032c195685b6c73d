//! stencil-gen: the project's own copy of CPython's JIT build step.
//!
//! It reads clang-19 object files compiled from `cases/templates/` (ELF,
//! Mach-O or COFF, one per uop and target) and builds the stencil model
//! ([`stencil_verify::model`]) exactly the way CPython's `Tools/jit` build
//! step does: `_JIT_*` symbols become hole values, GOT-style relocations
//! become data slots, relocation kinds map to patch functions, the trailing
//! jump to the next stencil is removed, AArch64 external branches become
//! trampolines. `stencil_verify::write` then prints the headers.
//!
//! Data flows one way: [`formats`] (object → [`raw::RawGroup`]),
//! [`process`] (raw group → holes), [`build`] (groups → `StencilSet`).

pub mod build;
pub mod disasm;
pub mod formats;
pub mod process;
pub mod raw;
pub mod relocation;
