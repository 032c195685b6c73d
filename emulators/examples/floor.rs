//! Throughput floor: runs/second of a 50-instruction straight-line block on a
//! reused engine, per ISA, with and without the access log, compared with
//! bare Unicorn (one RWX mapping, no hooks, same exit-by-fault mechanism).
//!
//! `cargo run --release -p stencil-emulators --example floor [runs]`

use std::ffi::c_void;
use std::time::Instant;

use stencil_emulators::{Isa, Perms, Region, Sandbox, SandboxConfig, Stop};
use unicorn_engine::{
    uc_close, uc_ctl, uc_emu_start, uc_engine, uc_error, uc_mem_map, uc_mem_write, uc_open,
    uc_reg_write, Arch, ControlType, Mode, RegisterARM64, RegisterX86,
};

const CODE_AT: u64 = 0x40_0000;
const EXIT_AT: u64 = 0x50_0000;
const STACK_AT: u64 = 0x60_0000;
const STACK_TOP: u64 = STACK_AT + 0x4000;

/// 50 instructions (40 ALU, 5 stores, 5 loads through the stack pointer),
/// then a branch to `EXIT_AT`.
fn block(isa: Isa) -> Vec<u8> {
    block_at(isa, CODE_AT)
}

fn block_at(isa: Isa, code_at: u64) -> Vec<u8> {
    let mut c = Vec::new();
    match isa {
        Isa::X86_64 | Isa::X86_32 => {
            let rex: &[u8] = if isa == Isa::X86_64 { &[0x48] } else { &[] };
            for i in 0..50 {
                match i % 10 {
                    // mov [rsp-8*k], rax / mov [esp-4*k], eax
                    3 => {
                        c.extend_from_slice(rex);
                        c.extend_from_slice(&[0x89, 0x44, 0x24, (0x100 - 8 * (i / 10 + 1)) as u8]);
                    }
                    // mov rbx, [rsp-8*k] / mov ebx, [esp-4*k]
                    7 => {
                        c.extend_from_slice(rex);
                        c.extend_from_slice(&[0x8b, 0x5c, 0x24, (0x100 - 8 * (i / 10 + 1)) as u8]);
                    }
                    // add rax, 1 / add eax, 1
                    k if k % 2 == 0 => {
                        c.extend_from_slice(rex);
                        c.extend_from_slice(&[0x83, 0xc0, 0x01]);
                    }
                    // xor rcx, rax / xor ecx, eax
                    _ => {
                        c.extend_from_slice(rex);
                        c.extend_from_slice(&[0x31, 0xc1]);
                    }
                }
            }
            let from = code_at + c.len() as u64;
            let rel = (EXIT_AT as u32).wrapping_sub(from as u32 + 5);
            c.push(0xe9);
            c.extend_from_slice(&rel.to_le_bytes());
        }
        Isa::Aarch64 => {
            for i in 0..50u32 {
                let w = match i % 10 {
                    3 => 0xf81f_83e0 - ((i / 10) << 12), // stur x0, [sp, #-8*(k+1)]
                    7 => 0xf85f_83e1 - ((i / 10) << 12), // ldur x1, [sp, #-8*(k+1)]
                    k if k % 2 == 0 => 0x9100_0400,      // add x0, x0, #1
                    _ => 0xca00_0042,                    // eor x2, x2, x0
                };
                c.extend_from_slice(&w.to_le_bytes());
            }
            let off = (EXIT_AT.wrapping_sub(code_at + c.len() as u64) as i64 / 4) as u32;
            c.extend_from_slice(&(0x1400_0000 | (off & 0x03ff_ffff)).to_le_bytes());
            // b EXIT_AT
        }
    }
    c
}

fn sandbox_rate(isa: Isa, code: &[u8], log: bool, subpage: bool, n: u32) -> f64 {
    let config = SandboxConfig {
        subpage_checks: subpage,
        ..SandboxConfig::default()
    };
    let mut sb = Sandbox::with_config(isa, config).unwrap();
    let regions = [
        Region::with_bytes(CODE_AT, code, Perms::RX, 1),
        Region::new(EXIT_AT, 0x1000, Perms::R, 2),
        Region::new(STACK_AT, 0x4000, Perms::RW, 3),
    ];
    sb.set_access_log(log);
    let mut once = || {
        sb.reset(&regions).unwrap();
        sb.set_sp(STACK_TOP);
        let out = sb.run(CODE_AT, 10_000);
        assert_eq!(
            out.stop,
            Stop::FetchFromNonExecutable {
                addr: EXIT_AT,
                region: Some(2)
            }
        );
        assert_eq!(out.instructions, 51);
    };
    for _ in 0..1000 {
        once();
    }
    let t = Instant::now();
    for _ in 0..n {
        once();
    }
    let rate = n as f64 / t.elapsed().as_secs_f64();
    assert_eq!(
        sb.stats().tlb_flushes,
        0,
        "steady state must not flush the TLB"
    );
    if log {
        assert_eq!(sb.access_log().len(), 10);
    }
    rate
}

/// Bare Unicorn: code and stack mapped once (no hooks), exits on the
/// unmapped fetch at `EXIT_AT`; per run only sp is set.  `count`: pass an
/// instruction budget to `uc_emu_start` (Unicorn then installs its own
/// per-instruction counting hook).
fn bare_rate(isa: Isa, code: &[u8], count: bool, n: u32) -> f64 {
    let (arch, mode, sp) = match isa {
        Isa::X86_64 => (Arch::X86, Mode::MODE_64, RegisterX86::RSP as i32),
        Isa::X86_32 => (Arch::X86, Mode::MODE_32, RegisterX86::ESP as i32),
        Isa::Aarch64 => (Arch::ARM64, Mode::LITTLE_ENDIAN, RegisterARM64::SP as i32),
    };
    unsafe {
        let mut uc: *mut uc_engine = std::ptr::null_mut();
        assert_eq!(uc_open(arch, mode, &mut uc), uc_error::OK);
        // Without an (empty) exits list, uc_emu_start invalidates the block
        // before `until` after every run: not a fair baseline.
        uc_ctl(uc, ControlType(4 | (1 << 26) | (1 << 30)), 1i32);
        assert_eq!(uc_mem_map(uc, CODE_AT, 0x1000, 5), uc_error::OK);
        assert_eq!(uc_mem_map(uc, STACK_AT, 0x4000, 3), uc_error::OK);
        uc_mem_write(
            uc,
            CODE_AT,
            code.as_ptr() as *const c_void,
            code.len() as u64,
        );
        let once = || {
            let v = STACK_TOP;
            uc_reg_write(uc, sp, &v as *const u64 as *const c_void);
            let e = uc_emu_start(uc, CODE_AT, 0, 0, if count { 10_000 } else { 0 });
            assert_eq!(e, uc_error::FETCH_UNMAPPED);
        };
        for _ in 0..1000 {
            once();
        }
        let t = Instant::now();
        for _ in 0..n {
            once();
        }
        let rate = n as f64 / t.elapsed().as_secs_f64();
        uc_close(uc);
        rate
    }
}

/// Runs/s when every run needs new translations: `moved` places the block at
/// a different page each run; otherwise the block stays put but its first
/// immediate changes every run (page rewrite + translation invalidation).
fn retranslate_rate(isa: Isa, moved: bool, n: u32) -> f64 {
    let mut sb = Sandbox::new(isa).unwrap();
    let t = Instant::now();
    for i in 0..n {
        let at = if moved {
            0x0100_0000 + ((i as u64 % 4096) << 12)
        } else {
            CODE_AT
        };
        let mut code = block_at(isa, at);
        if !moved {
            // Change an immediate operand (x86: add rax, imm8; AArch64: the
            // imm12 of the first add).
            match isa {
                Isa::X86_64 => code[3] = i as u8 | 1,
                Isa::X86_32 => code[2] = i as u8 | 1,
                Isa::Aarch64 => code[1] = ((i as u8) << 2) | 4,
            }
        }
        let regions = [
            Region::with_bytes(at, &code, Perms::RX, 1),
            Region::new(EXIT_AT, 0x1000, Perms::R, 2),
            Region::new(STACK_AT, 0x4000, Perms::RW, 3),
        ];
        sb.reset(&regions).unwrap();
        sb.set_sp(STACK_TOP);
        let out = sb.run(at, 10_000);
        assert!(matches!(
            out.stop,
            Stop::FetchFromNonExecutable { addr: EXIT_AT, .. }
        ));
    }
    n as f64 / t.elapsed().as_secs_f64()
}

fn best(f: impl Fn() -> f64, rounds: u32) -> f64 {
    (0..rounds).map(|_| f()).fold(0.0, f64::max)
}

fn main() {
    let n: u32 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(50_000);
    let rounds = 5;
    println!(
        "runs/s (best of {rounds} x {n}) of a 50-instruction block (40 ALU, 5 loads, 5 stores) + exit branch"
    );
    println!("sandbox columns: reset(3 regions) + set sp + run, on one reused engine\n");
    println!(
        "{:<8} {:>11} {:>11} | {:>11} {:>11} {:>11} | {:>9} {:>9}",
        "isa",
        "bare uc",
        "bare+count",
        "sandbox",
        "no-subpage",
        "access log",
        "vs bare",
        "vs +count"
    );
    for isa in Isa::ALL {
        let code = block(isa);
        let bare = best(|| bare_rate(isa, &code, false, n), rounds);
        let bare_count = best(|| bare_rate(isa, &code, true, n), rounds);
        let sb = best(|| sandbox_rate(isa, &code, false, true, n), rounds);
        let nosub = best(|| sandbox_rate(isa, &code, false, false, n), rounds);
        let log = best(|| sandbox_rate(isa, &code, true, true, n), rounds);
        println!(
            "{:<8} {:>9.0}/s {:>9.0}/s | {:>9.0}/s {:>9.0}/s {:>9.0}/s | {:>8.2}x {:>8.2}x",
            format!("{isa:?}"),
            bare,
            bare_count,
            sb,
            nosub,
            log,
            bare / sb,
            bare_count / sb
        );
    }
    println!("\nwhen every run needs fresh translations (sandbox, reset + run):");
    for isa in Isa::ALL {
        let moved = best(|| retranslate_rate(isa, true, n / 10), rounds);
        let patched = best(|| retranslate_rate(isa, false, n / 10), rounds);
        println!(
            "{:<8} code at a new address each run: {:>8.0}/s   code bytes changed each run: {:>8.0}/s",
            format!("{isa:?}"),
            moved,
            patched
        );
    }
}
