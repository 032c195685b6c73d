//! Structural fuzzing of the stencil-header loader: the input is a program
//! of edits (drop/duplicate/swap/move lines, extreme numbers, swapped patch
//! functions and identifiers, inserted grammar snippets, flipped bytes,
//! truncation) applied to a real bundled header or loader fixture; see
//! `stencil_verify_fuzz::mutate`. The result must satisfy the same
//! invariants as the `loader` target.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stencil_verify_fuzz::invariants::check_text;
use stencil_verify_fuzz::mutate::mutate;

fuzz_target!(|data: &[u8]| {
    let (base, bytes, target) = mutate(data);
    let text = String::from_utf8_lossy(&bytes);
    if let Err(violation) = check_text(&text, target) {
        panic!("loader invariant violated (base {base}, target {target:?}): {violation}");
    }
});
