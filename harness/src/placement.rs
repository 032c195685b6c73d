//! Where the runtime may put a group, and the values its holes then take.
//!
//! `_PyJIT_Compile` allocates one page-aligned block per trace: every uop's
//! code in order, a final `_FATAL_ERROR`, the trampolines, padding, then
//! every uop's data. A group therefore sits at some offset in the code part
//! with other uops' code before and after it, its data at some offset in the
//! data part, and its jump and error targets at instruction starts of the
//! same block. External symbols live in the interpreter binary or a shared
//! library: anywhere in the address space, near the block or far from it.

use crate::model::{Group, HoleOperand, StencilSet};
use crate::patch::layout::{combine_masks, data_align, data_offset, trampoline_region_len};
use crate::patch::{HoleValues, Placement};
use crate::seed::ItemRng;
use crate::target::Arch;
use rand::{Rng, RngExt};
use std::collections::BTreeMap;

/// Bounds of a trace block, from the runtime's limits: at most
/// `UOP_MAX_TRACE_LENGTH` uops of at most a few KiB each.
pub const MAX_CODE_AROUND: u64 = 512 * 1024;
pub const MAX_DATA_BEFORE: u64 = 256 * 1024;
const PAGE: u64 = 4096;

/// The user address range a pointer may take on an architecture.
pub fn user_space(arch: Arch) -> (u64, u64) {
    match arch {
        // Windows on x86 with /LARGEADDRESSAWARE hands out the whole 4 GiB.
        Arch::I686 => (0x1_0000, 0xffff_0000),
        // 47-bit user space (x86-64 Linux/macOS/Windows, AArch64 with 48-bit VA).
        Arch::X86_64 | Arch::Aarch64 => (0x1_0000, 0x7fff_ffff_0000),
    }
}

/// One sampled placement of one group and the values of its holes.
#[derive(Clone, Debug)]
pub struct Trial {
    /// Where this group's code, the trace's trampolines and this group's data
    /// are written.
    pub placement: Placement,
    pub values: HoleValues,
    /// The trace block: `[block, block + block_len)` holds all code,
    /// trampolines and data of the trace.
    pub block: u64,
    pub block_len: u64,
    /// The trace's code part: `[block, code_end)`; jump and error targets lie
    /// in it.
    pub code_end: u64,
    /// Which symbols were placed far from the block (beyond ±2 GiB).
    pub far_symbols: Vec<String>,
}

/// How symbols are placed.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum SymbolReach {
    /// Each symbol independently near (within ±1 GiB) or far (anywhere).
    Mixed,
    /// Every symbol within ±64 MiB of the block.
    Near,
    /// Every symbol more than 8 GiB from the block where the address space
    /// allows (on i686: anywhere).
    Far,
}

/// Every symbol a group's holes or the set's `symbols_map` name.
pub fn group_symbols(set: &StencilSet, group: &Group) -> Vec<String> {
    let mut names: Vec<String> = group
        .code
        .holes
        .iter()
        .chain(&group.data.holes)
        .filter_map(|h| match &h.operand {
            HoleOperand::Value(v) => v.symbol.clone(),
            HoleOperand::SymbolOrdinal(o) => set
                .symbols_map
                .as_ref()
                .and_then(|m| m.iter().find(|e| e.ordinal == *o))
                .map(|e| e.symbol.clone()),
        })
        .collect();
    names.sort();
    names.dedup();
    names
}

/// Samples a placement of `group` as the runtime could produce it.
pub fn sample(set: &StencilSet, group: &Group, reach: SymbolReach, rng: &mut ItemRng) -> Trial {
    let arch = set.target.arch();
    let insn_align = if arch == Arch::Aarch64 { 4 } else { 1 };
    let code_len = group.code.body.len() as u64;
    let data_len = group.data.body.len() as u64;

    // Other uops' code before and after this one; small traces are common,
    // long ones must be covered too.
    let before = align_down(skewed(rng, MAX_CODE_AROUND), insn_align);
    // The runtime always ends a trace with `_FATAL_ERROR`, so a uop is never
    // directly followed by the trampolines.
    let fatal = set
        .group("_FATAL_ERROR")
        .map_or(16, |g| (g.code.body.len() as u64).max(insn_align));
    let after = fatal + align_down(skewed(rng, MAX_CODE_AROUND), insn_align);
    let code_total = before + code_len + after;

    // The trace's trampoline mask: this group's bits and some of the rest of
    // symbols_map (other uops of the trace), so that slot indexes vary.
    let own_mask = group
        .table
        .as_ref()
        .and_then(|r| r.trampoline_mask.clone())
        .unwrap_or_default();
    let mut other_mask = vec![0u32; own_mask.len()];
    if let Some(map) = &set.symbols_map {
        if !own_mask.is_empty() {
            for entry in map {
                let (w, b) = ((entry.ordinal / 32) as usize, entry.ordinal % 32);
                if w < other_mask.len() && rng.random_bool(0.3) {
                    other_mask[w] |= 1 << b;
                }
            }
        }
    }
    let mask = combine_masks([own_mask.as_slice(), other_mask.as_slice()]);
    let tramp_len = trampoline_region_len(&mask);
    let data_start = data_offset(code_total, tramp_len, data_align(set.target));
    let data_before = align_down(skewed(rng, MAX_DATA_BEFORE), 8);
    let data_after = align_down(skewed(rng, 64 * 1024), 8);
    let block_len = align_up(data_start + data_before + data_len + data_after, PAGE);

    let (lo, hi) = user_space(arch);
    let block = align_down(rng.random_range(lo..hi - block_len - PAGE), PAGE);
    let code = block + before;
    let placement = Placement {
        code,
        trampolines: block + code_total,
        data: block + data_start + data_before,
        trampoline_mask: mask,
    };

    let code_end = block + code_total;
    // Jump and error targets are uop starts (`instruction_starts[]`): this
    // uop's own start, or somewhere in the other uops' code before or after
    // it, never inside this uop's body.
    let pick_uop_start = |rng: &mut ItemRng| {
        let roll = rng.random_range(0..10u8);
        if roll == 0 || (before == 0 && after == 0) {
            code
        } else if (roll < 5 && before > 0) || after == 0 {
            align_down(rng.random_range(block..code), insn_align)
        } else {
            align_down(rng.random_range(code + code_len..code_end), insn_align)
        }
    };
    let jump_target = pick_uop_start(rng);
    let error_target = pick_uop_start(rng);

    let mut symbols = BTreeMap::new();
    let mut far_symbols = Vec::new();
    for name in group_symbols(set, group) {
        let far = match reach {
            SymbolReach::Mixed => rng.random_bool(0.5),
            SymbolReach::Near => false,
            SymbolReach::Far => true,
        };
        let addr = symbol_address(arch, block, block_len, far, reach, rng);
        if far && arch != Arch::I686 {
            far_symbols.push(name.clone());
        }
        symbols.insert(name, addr);
    }

    let values = HoleValues {
        code,
        data: placement.data,
        executor: align_down(rng.random_range(lo..hi), 16),
        oparg: rng.random(),
        operand0: operand(rng),
        operand1: operand(rng),
        target: rng.random(),
        jump_target,
        error_target,
        symbols,
    };
    Trial {
        placement,
        values,
        block,
        block_len,
        code_end,
        far_symbols,
    }
}

/// A symbol address: near the block (within ±1 GiB, or ±64 MiB for
/// `SymbolReach::Near`) or anywhere in user space; 16-byte aligned, never
/// inside the block.
fn symbol_address(
    arch: Arch,
    block: u64,
    block_len: u64,
    far: bool,
    reach: SymbolReach,
    rng: &mut ItemRng,
) -> u64 {
    let (lo, hi) = user_space(arch);
    for _ in 0..64 {
        let candidate = if far {
            let a = rng.random_range(lo..hi);
            if arch != Arch::I686 && a.abs_diff(block) < (8 << 30) {
                continue;
            }
            a
        } else {
            let span: u64 = if reach == SymbolReach::Near {
                64 << 20
            } else {
                1 << 30
            };
            let d = rng.random_range(0..span);
            if rng.random_bool(0.5) {
                block.saturating_sub(d)
            } else {
                block.saturating_add(block_len).saturating_add(d)
            }
        };
        let a = align_down(candidate, 16);
        if a >= lo && a < hi && !(block..block + block_len).contains(&a) {
            return a;
        }
    }
    // The address space is large; failing 64 draws means a tiny i686 block
    // corner. Fall back to just past the block.
    align_up(block + block_len + PAGE, 16)
}

/// An operand as uops use them: small integers, pointers, or any 64 bits.
fn operand(rng: &mut ItemRng) -> u64 {
    match rng.random_range(0..4u8) {
        0 => rng.random_range(0..256),
        1 => align_down(rng.random_range(0x1_0000..0x7fff_ffff_0000), 8),
        _ => rng.random(),
    }
}

/// Uniform on a log scale up to `max`: most draws small, some large.
fn skewed(rng: &mut ItemRng, max: u64) -> u64 {
    let bits = 64 - max.leading_zeros();
    let b = rng.random_range(0..=bits);
    if b == 0 {
        0
    } else {
        rng.next_u64() % (1u64 << (b - 1)).min(max).max(1)
    }
}

pub fn align_down(v: u64, a: u64) -> u64 {
    v - v % a
}

pub fn align_up(v: u64, a: u64) -> u64 {
    v.div_ceil(a) * a
}
