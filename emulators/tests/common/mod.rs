#![allow(dead_code)]

use stencil_emulators::{Isa, Perms, Region, Sandbox, SandboxConfig};

/// Region tags used by the tests.
pub const CODE: u32 = 1;
pub const DATA: u32 = 2;
pub const STACK: u32 = 3;
pub const EXITS: u32 = 4;
pub const RODATA: u32 = 5;
pub const HEAP: u32 = 6;

pub fn sandbox(isa: Isa) -> Sandbox {
    Sandbox::new(isa).expect("create sandbox")
}

pub fn sandbox_with(isa: Isa, f: impl FnOnce(&mut SandboxConfig)) -> Sandbox {
    let mut c = SandboxConfig::default();
    f(&mut c);
    Sandbox::with_config(isa, c).expect("create sandbox")
}

/// x86 `jmp rel32` from `from` (address of the jmp) to `to`.
pub fn x86_jmp(from: u64, to: u64) -> [u8; 5] {
    let rel = to.wrapping_sub(from + 5) as i64;
    assert!(
        rel >= i32::MIN as i64 && rel <= i32::MAX as i64,
        "jmp out of range"
    );
    let r = (rel as i32).to_le_bytes();
    [0xe9, r[0], r[1], r[2], r[3]]
}

/// x86 32-bit `jmp rel32`: the displacement wraps modulo 2^32.
pub fn x86_jmp32(from: u64, to: u64) -> [u8; 5] {
    let rel = (to as u32).wrapping_sub(from as u32 + 5).to_le_bytes();
    [0xe9, rel[0], rel[1], rel[2], rel[3]]
}

/// x86 `call rel32` from `from` to `to`.
pub fn x86_call(from: u64, to: u64) -> [u8; 5] {
    let mut b = x86_jmp(from, to);
    b[0] = 0xe8;
    b
}

/// AArch64 `b` from `from` to `to`.
pub fn a64_b(from: u64, to: u64) -> u32 {
    let off = (to.wrapping_sub(from) as i64) / 4;
    assert!((-(1 << 25)..(1 << 25)).contains(&off), "b out of range");
    0x1400_0000 | (off as u32 & 0x03ff_ffff)
}

/// AArch64 `movz xd, #imm16, lsl #(16*hw)`.
pub fn a64_movz(rd: u32, imm: u16, hw: u32) -> u32 {
    0xd280_0000 | (hw << 21) | ((imm as u32) << 5) | rd
}

/// AArch64 `movk xd, #imm16, lsl #(16*hw)`.
pub fn a64_movk(rd: u32, imm: u16, hw: u32) -> u32 {
    0xf280_0000 | (hw << 21) | ((imm as u32) << 5) | rd
}

/// AArch64 instructions loading a 64-bit constant into xd (movz + 3 movk).
pub fn a64_mov64(rd: u32, v: u64) -> [u32; 4] {
    [
        a64_movz(rd, v as u16, 0),
        a64_movk(rd, (v >> 16) as u16, 1),
        a64_movk(rd, (v >> 32) as u16, 2),
        a64_movk(rd, (v >> 48) as u16, 3),
    ]
}

pub fn words(ws: &[u32]) -> Vec<u8> {
    ws.iter().flat_map(|w| w.to_le_bytes()).collect()
}

/// A typical layout: code (r-x), an exit page (r--), a stack (rw-).
pub fn layout<'a>(code_at: u64, code: &'a [u8], exit_at: u64, stack_at: u64) -> Vec<Region<'a>> {
    vec![
        Region::with_bytes(code_at, code, Perms::RX, CODE),
        Region::new(exit_at, 0x1000, Perms::R, EXITS),
        Region::new(stack_at, 0x4000, Perms::RW, STACK),
    ]
}
