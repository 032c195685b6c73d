//! Where `_PyJIT_Compile` puts things: trampoline slots and the one block
//! that holds a trace's code, trampolines and data.

use crate::target::Target;

/// Size of one trampoline slot on the targets that have them: AArch64
/// (`ldr x8, #8; br x8; .quad`) and x86-64 Darwin (`jmp [rip]; .quad` padded
/// to 16). jit.c's `TRAMPOLINE_SIZE` is 0 on every other target, where no
/// trampoline patch is generated.
pub const TRAMPOLINE_SIZE: u64 = 16;

/// `get_trampoline_slot`: the index of `ordinal`'s slot in a trace whose
/// (union) mask is `mask` (32-bit words, least significant first), or `None`
/// if the ordinal's bit is not set (jit.c asserts it is).
///
/// The index is the number of set bits below the ordinal's: all bits of the
/// lower words plus the bits of its own word under `1 << (ordinal % 32)`.
pub fn trampoline_slot_index(mask: &[u32], ordinal: u32) -> Option<u64> {
    let word = (ordinal / 32) as usize;
    let bit = 1u32 << (ordinal % 32);
    let own = *mask.get(word)?;
    if own & bit == 0 {
        return None;
    }
    let below: u32 = mask[..word].iter().map(|w| w.count_ones()).sum();
    Some(u64::from(below + (own & (bit - 1)).count_ones()))
}

/// Bytes of the trampoline region for a mask: one slot per set bit.
pub fn trampoline_region_len(mask: &[u32]) -> u64 {
    mask.iter().map(|w| u64::from(w.count_ones())).sum::<u64>() * TRAMPOLINE_SIZE
}

/// The union of trampoline masks (`combine_symbol_mask`), as long as the
/// longest input.
pub fn combine_masks<'a>(masks: impl IntoIterator<Item = &'a [u32]>) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::new();
    for m in masks {
        if out.len() < m.len() {
            out.resize(m.len(), 0);
        }
        for (o, w) in out.iter_mut().zip(m) {
            *o |= w;
        }
    }
    out
}

/// jit.c's `DATA_ALIGN` for a target: 8 where trampolines exist (AArch64,
/// x86-64 Darwin), 1 elsewhere.
pub fn data_align(target: Target) -> u64 {
    match target {
        Target::Aarch64Linux
        | Target::Aarch64Darwin
        | Target::Aarch64Windows
        | Target::X86_64Darwin => 8,
        _ => 1,
    }
}

/// Offset of the data from the start of the block: code, trampolines, then
/// `code_padding = data_align - ((code + trampolines) & (data_align - 1))`,
/// as 3.15-era jit.c computes it (`DATA_ALIGN` is 8 on AArch64 and x86-64
/// Darwin, 1 elsewhere). Note the runtime's formula never pads by 0: an
/// already aligned end still gets a full `data_align` bytes.
pub fn data_offset(code_size: u64, trampolines_size: u64, data_align: u64) -> u64 {
    let end = code_size + trampolines_size;
    end + (data_align - (end & (data_align - 1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slot_index_counts_lower_bits_across_words() {
        let mask = [0b1011, 0, 0b100, 0x8000_0000];
        assert_eq!(trampoline_slot_index(&mask, 0), Some(0));
        assert_eq!(trampoline_slot_index(&mask, 1), Some(1));
        assert_eq!(trampoline_slot_index(&mask, 2), None);
        assert_eq!(trampoline_slot_index(&mask, 3), Some(2));
        assert_eq!(trampoline_slot_index(&mask, 66), Some(3));
        assert_eq!(trampoline_slot_index(&mask, 127), Some(4));
        assert_eq!(trampoline_slot_index(&mask, 128), None);
        assert_eq!(trampoline_region_len(&mask), 5 * 16);
    }

    #[test]
    fn masks_combine_and_data_is_padded() {
        let a: &[u32] = &[1, 0];
        let b: &[u32] = &[2, 0, 4];
        assert_eq!(combine_masks([a, b]), vec![3, 0, 4]);
        assert_eq!(data_offset(0x40, 0x20, 8), 0x68);
        assert_eq!(data_offset(0x41, 0, 8), 0x48);
        assert_eq!(data_offset(0x41, 0, 1), 0x42);
    }
}
