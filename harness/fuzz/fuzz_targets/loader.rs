//! Byte-level fuzzing of the stencil-header loader.
//!
//! Input: byte 0 selects the target triple (`Target::ALL[b % 7]`), the rest
//! is the header text (lossy UTF-8). Asserts the invariants of
//! `stencil_verify_fuzz::invariants`: no panic, findings on real lines,
//! `check_set` survives the model, and parse→write→parse is a fixed point.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stencil_verify_fuzz::invariants::check_loader_input;

fuzz_target!(|data: &[u8]| {
    if let Err(violation) = check_loader_input(data) {
        panic!("loader invariant violated: {violation}");
    }
});
