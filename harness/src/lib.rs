//! stencil-verify: proves CPython JIT stencil sets correct for every target
//! from one Linux host.
//!
//! Data flows one way: `parse` (text → `model`), `patch` (model + hole values
//! → bytes), `check` (model + emulators → `finding`s), `report` (findings →
//! text, JSON).

pub mod check;
pub mod convention;
pub mod fault;
pub mod finding;
pub mod fuzz;
pub mod gate;
pub mod model;
pub mod parse;
pub mod patch;
pub mod placement;
pub mod report;
pub mod run;
pub mod seed;
pub mod selftest;
pub mod shard;
pub mod target;
pub mod trace;
pub mod write;
