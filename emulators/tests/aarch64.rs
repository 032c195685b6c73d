//! AArch64 sandbox behaviour, on hand-assembled machine code.

mod common;

use common::*;
use stencil_emulators::aarch64::{self, Reg::*};
use stencil_emulators::{AccessKind, Isa, Perms, RegFile, Region, Sandbox, Stop, PAGE_SIZE};

const CODE_AT: u64 = 0x40_0000;
const EXIT_AT: u64 = 0x0700_0000;
const STACK_AT: u64 = 0x7ff0_0000;
const DATA_AT: u64 = 0x60_0000;

/// Code = `prefix` followed by `b EXIT_AT`.
fn with_exit(prefix: &[u32]) -> Vec<u8> {
    let mut w = prefix.to_vec();
    w.push(a64_b(CODE_AT + 4 * prefix.len() as u64, EXIT_AT));
    words(&w)
}

fn run(code: &[u8], extra: &[Region]) -> (Sandbox, stencil_emulators::RunOutcome) {
    let mut sb = sandbox(Isa::Aarch64);
    let mut regions = layout(CODE_AT, code, EXIT_AT, STACK_AT);
    regions.extend_from_slice(extra);
    sb.reset(&regions).unwrap();
    sb.set_sp(STACK_AT + 0x2000);
    let out = sb.run(CODE_AT, 1000);
    (sb, out)
}

#[test]
fn exit_sentinel() {
    // movz x0, #42 ; b EXIT_AT
    let code = with_exit(&[a64_movz(0, 42, 0)]);
    let (sb, out) = run(&code, &[]);
    assert_eq!(
        out.stop,
        Stop::FetchFromNonExecutable {
            addr: EXIT_AT,
            region: Some(EXITS)
        }
    );
    assert_eq!(out.instructions, 2);
    assert_eq!(sb.reg(X0), 42);
    // br x1 to an exit in the middle of the exit page
    let mut w = a64_mov64(1, EXIT_AT + 0x40).to_vec();
    w.push(0xd61f_0020); // br x1
    let (_, out) = run(&words(&w), &[]);
    assert_eq!(
        out.stop,
        Stop::FetchFromNonExecutable {
            addr: EXIT_AT + 0x40,
            region: Some(EXITS)
        }
    );
}

#[test]
fn read_and_write_violations() {
    // mov x1, #0x6100_0008 ; ldr x0, [x1] ; b exit
    let mut w = a64_mov64(1, 0x6100_0008).to_vec();
    w.push(0xf940_0020); // ldr x0, [x1]
    let (_, out) = run(&with_exit(&w), &[]);
    assert_eq!(
        out.stop,
        Stop::ReadViolation {
            addr: 0x6100_0008,
            size: 8,
            pc: CODE_AT + 16
        }
    );
    // mov x1, #0x6100_0ffc ; str w0, [x1] ; b exit
    let mut w = a64_mov64(1, 0x6100_0ffc).to_vec();
    w.push(0xb900_0020); // str w0, [x1]
    let (_, out) = run(&with_exit(&w), &[]);
    assert_eq!(
        out.stop,
        Stop::WriteViolation {
            addr: 0x6100_0ffc,
            size: 4,
            pc: CODE_AT + 16
        }
    );
    // Write to a read-only region: mov x1, DATA_AT ; strb w0, [x1, #3] ; b exit
    let mut w = a64_mov64(1, DATA_AT).to_vec();
    w.push(0x3900_0c20); // strb w0, [x1, #3]
    let (_, out) = run(
        &with_exit(&w),
        &[Region::new(DATA_AT, 0x1000, Perms::R, RODATA)],
    );
    assert_eq!(
        out.stop,
        Stop::WriteViolation {
            addr: DATA_AT + 3,
            size: 1,
            pc: CODE_AT + 16
        }
    );
}

#[test]
fn infinite_loop_ends_with_budget_exhausted() {
    // b .
    let code = words(&[0x1400_0000]);
    let mut sb = sandbox(Isa::Aarch64);
    sb.reset(&layout(CODE_AT, &code, EXIT_AT, STACK_AT))
        .unwrap();
    let t = std::time::Instant::now();
    let out = sb.run(CODE_AT, 1_000_000);
    assert_eq!(out.stop, Stop::BudgetExhausted { pc: CODE_AT });
    assert_eq!(out.instructions, 1_000_000);
    assert!(t.elapsed().as_secs() < 20);
}

#[test]
fn budget_is_exact() {
    // 8 x add x0, x0, #1 ; b exit
    let code = with_exit(&[0x9100_0400; 8]);
    let mut sb = sandbox(Isa::Aarch64);
    sb.reset(&layout(CODE_AT, &code, EXIT_AT, STACK_AT))
        .unwrap();
    for budget in [0u64, 1, 3, 8] {
        sb.reset_registers();
        let out = sb.run(CODE_AT, budget);
        assert_eq!(
            out.stop,
            Stop::BudgetExhausted {
                pc: CODE_AT + 4 * budget
            }
        );
        assert_eq!(sb.reg(X0), budget);
    }
}

#[test]
fn traps_and_invalid_instructions() {
    let nop = 0xd503_201f;
    for (insn, want) in [
        (
            0xd400_0001,
            Stop::Interrupt {
                intno: aarch64::EXCP_SVC,
                pc: CODE_AT + 4,
            },
        ), // svc #0
        (
            0xd420_0000,
            Stop::Interrupt {
                intno: aarch64::EXCP_BRK,
                pc: CODE_AT + 4,
            },
        ), // brk #0
        (
            0xd400_0002,
            Stop::Interrupt {
                intno: aarch64::EXCP_HVC,
                pc: CODE_AT + 4,
            },
        ), // hvc #0
        (0x0000_0000, Stop::InvalidInstruction { pc: CODE_AT + 4 }), // udf #0
        // msr sctlr_el3, x0: not accessible at EL1
        (0xd51e_1000, Stop::InvalidInstruction { pc: CODE_AT + 4 }),
    ] {
        let (_, out) = run(&with_exit(&[nop, insn]), &[]);
        assert_eq!(out.stop, want, "insn {insn:#010x}");
    }
}

#[test]
fn fp_simd_is_enabled_and_d8_d15_are_readable() {
    // movz x0, #0x3ff0, lsl #48 (1.0) ; fmov d8, x0 ; fadd d9, d8, d8 ;
    // fadd d15, d9, d8 ; b exit
    let code = with_exit(&[
        a64_movz(0, 0x3ff0, 3),
        0x9e67_0008,
        0x1e68_2909,
        0x1e68_292f,
    ]);
    let (sb, out) = run(&code, &[]);
    assert!(
        matches!(out.stop, Stop::FetchFromNonExecutable { addr: EXIT_AT, .. }),
        "{out:?}"
    );
    assert_eq!(f64::from_bits(sb.aarch64_d(8)), 1.0);
    assert_eq!(f64::from_bits(sb.aarch64_d(9)), 2.0);
    assert_eq!(f64::from_bits(sb.aarch64_d(15)), 3.0);
    assert_eq!(sb.vreg(9) as u64, 2.0f64.to_bits());
}

#[test]
fn register_roundtrip() {
    let mut sb = sandbox(Isa::Aarch64);
    let mut f = RegFile::new(Isa::Aarch64);
    for (i, v) in f.as_mut_slice().iter_mut().enumerate() {
        *v = 0x0101_0101_0101_0101u64.wrapping_mul(i as u64 + 3);
    }
    f.set(Nzcv, 0x6000_0000); // Z and C
    f.set(Pc, CODE_AT);
    f.set(Sp, STACK_AT + 0x100);
    sb.set_all(&f);
    assert_eq!(sb.get_all(), f);
    assert_eq!(f.len(), 34);
    assert_eq!(f.names()[29], "x29");
    assert_eq!(sb.reg(aarch64::Reg::LR), f.get(X30));
    for n in 8..16 {
        sb.set_aarch64_d(n, 0x4000_0000_0000_0000 + n as u64);
        assert_eq!(sb.aarch64_d(n), 0x4000_0000_0000_0000 + n as u64);
    }
    sb.set_vreg(31, u128::MAX - 1);
    assert_eq!(sb.vreg(31), u128::MAX - 1);
    sb.set_reg(TpidrEl0, 0x1000);
    assert_eq!(sb.reg(TpidrEl0), 0x1000);
    sb.reset(&[]).unwrap();
    assert_eq!(sb.reg(X5), 0);
    assert_eq!(sb.aarch64_d(8), 0);
}

#[test]
fn access_log_records_effective_addresses() {
    // mov x1, DATA_AT ; ldr w2, [x1, #8] ; str x2, [sp, #-16]! ; ldrh w3, [x1, #2] ; b exit
    let mut w = a64_mov64(1, DATA_AT).to_vec();
    w.push(0xb940_0822); // ldr w2, [x1, #8]
    w.push(0xf81f_0fe2); // str x2, [sp, #-16]!
    w.push(0x7940_0423); // ldrh w3, [x1, #2]
    let code = with_exit(&w);
    let mut init = [0u8; 12];
    init[8..].copy_from_slice(&0x55aa_u32.to_le_bytes());
    let regions = [
        Region::with_bytes(CODE_AT, &code, Perms::RX, CODE),
        Region::new(EXIT_AT, 0x1000, Perms::R, EXITS),
        Region::new(STACK_AT, 0x4000, Perms::RW, STACK),
        Region::new(DATA_AT, 0x100, Perms::R, DATA).init_bytes(&init),
    ];
    let mut sb = sandbox(Isa::Aarch64);
    sb.reset(&regions).unwrap();
    sb.set_sp(STACK_AT + 0x2000);
    sb.set_access_log(true);
    let out = sb.run(CODE_AT, 100);
    assert!(
        matches!(out.stop, Stop::FetchFromNonExecutable { addr: EXIT_AT, .. }),
        "{out:?}"
    );
    let log: Vec<_> = sb
        .access_log()
        .iter()
        .map(|a| (a.pc, a.addr, a.size, a.kind, a.value))
        .collect();
    assert_eq!(
        log,
        vec![
            (CODE_AT + 16, DATA_AT + 8, 4, AccessKind::Read, 0),
            (
                CODE_AT + 20,
                STACK_AT + 0x2000 - 16,
                8,
                AccessKind::Write,
                0x55aa
            ),
            (CODE_AT + 24, DATA_AT + 2, 2, AccessKind::Read, 0),
        ]
    );
    // One step of the store: effective address and next pc.
    sb.reset(&regions).unwrap();
    sb.set_sp(STACK_AT + 0x1000);
    let out = sb.step(CODE_AT + 20, 1);
    assert_eq!(out.stop, Stop::BudgetExhausted { pc: CODE_AT + 24 });
    assert_eq!(sb.access_log().len(), 1);
    assert_eq!(sb.access_log()[0].addr, STACK_AT + 0x1000 - 16);
    // One step of the branch: next pc is the exit.
    let out = sb.step(CODE_AT + 28, 1);
    assert_eq!(
        out.stop,
        Stop::FetchFromNonExecutable {
            addr: EXIT_AT,
            region: Some(EXITS)
        }
    );
}

#[test]
fn lazy_regions_and_stale_pages() {
    let heap = 0x10_0000_0000u64;
    // mov x1, heap+0x5000 ; str x1, [x1] ; ldr x2, [x1] ; b exit
    let mut w = a64_mov64(1, heap + 0x5000).to_vec();
    w.push(0xf900_0021); // str x1, [x1]
    w.push(0xf940_0022); // ldr x2, [x1]
    let code = with_exit(&w);
    let (mut sb, out) = run(&code, &[Region::new(heap, 1 << 32, Perms::RW, HEAP).lazy()]);
    assert!(
        matches!(out.stop, Stop::FetchFromNonExecutable { addr: EXIT_AT, .. }),
        "{out:?}"
    );
    assert_eq!(out.materialised_bytes, PAGE_SIZE);
    assert_eq!(sb.reg(X2), heap + 0x5000);
    // Same code, heap no longer declared: the cached page must not be reachable.
    sb.reset(&layout(CODE_AT, &code, EXIT_AT, STACK_AT))
        .unwrap();
    let out = sb.run(CODE_AT, 100);
    assert_eq!(
        out.stop,
        Stop::WriteViolation {
            addr: heap + 0x5000,
            size: 8,
            pc: CODE_AT + 16
        }
    );
}
