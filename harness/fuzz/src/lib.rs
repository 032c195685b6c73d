//! Support code of the loader fuzz targets: the invariants they assert
//! (shared with `harness/tests/loader_fuzz_regressions.rs`) and the
//! structural mutator of the `structured` target.

pub mod invariants;
pub mod mutate;
