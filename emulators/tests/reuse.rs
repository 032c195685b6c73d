//! Engine reuse across runs: page cache, TLB and translation-cache
//! consistency, the thread-local pool, and the wall-clock guard.

mod common;

use common::*;
use stencil_emulators::x86::Reg::*;
use stencil_emulators::{aarch64, with_sandbox, Isa, Perms, Region, Stop, PAGE_SIZE};

const CODE_AT: u64 = 0x40_0000;
const EXIT_AT: u64 = 0x0700_0000;
const STACK_AT: u64 = 0x7ff0_0000;
const DATA_AT: u64 = 0x60_0000;

fn movabs(reg: u8, v: u64) -> Vec<u8> {
    let mut b = vec![0x48 | ((reg >> 3) & 1), 0xb8 + (reg & 7)];
    b.extend_from_slice(&v.to_le_bytes());
    b
}

/// x86-64: `movabs rax, addr ; <op> ; jmp EXIT_AT`.
fn x86_access(addr: u64, op: &[u8]) -> Vec<u8> {
    let mut code = movabs(0, addr);
    code.extend_from_slice(op);
    let at = CODE_AT + code.len() as u64;
    code.extend_from_slice(&x86_jmp(at, EXIT_AT));
    code
}

const LOAD_RBX: &[u8] = &[0x48, 0x8b, 0x18]; // mov rbx, [rax]
const STORE_RBX: &[u8] = &[0x48, 0x89, 0x18]; // mov [rax], rbx

#[test]
fn guest_writes_do_not_leak_into_the_next_run() {
    let mut sb = sandbox(Isa::X86_64);
    let load = x86_access(DATA_AT + 8, LOAD_RBX);
    let store = x86_access(DATA_AT + 8, STORE_RBX);
    fn data(code: &[u8]) -> Vec<Region<'_>> {
        let mut r = layout(CODE_AT, code, EXIT_AT, STACK_AT);
        r.push(Region::new(DATA_AT, 0x2000, Perms::RW, DATA));
        r
    }
    // Run 1 only reads (the page is never granted write access).
    sb.reset(&data(&load)).unwrap();
    sb.run(CODE_AT, 10);
    assert_eq!(sb.reg(Rbx), 0);
    // Run 2 writes.
    for round in 0..3 {
        sb.reset(&data(&store)).unwrap();
        sb.set_reg(Rbx, 0x77 + round);
        let out = sb.run(CODE_AT, 10);
        assert!(matches!(
            out.stop,
            Stop::FetchFromNonExecutable { addr: EXIT_AT, .. }
        ));
        assert_eq!(sb.read_u64(DATA_AT + 8).unwrap(), 0x77 + round);
    }
    // Run 3 reads: the region was reset to zero.
    sb.reset(&data(&load)).unwrap();
    assert_eq!(sb.read_u64(DATA_AT + 8).unwrap(), 0);
    sb.run(CODE_AT, 10);
    assert_eq!(sb.reg(Rbx), 0);
    // Initial bytes are restored too.
    let init = 0x1234u64.to_le_bytes();
    let mut regions = layout(CODE_AT, &store, EXIT_AT, STACK_AT);
    regions.push(Region::new(DATA_AT + 8, 8, Perms::RW, DATA).init_bytes(&init));
    for _ in 0..2 {
        sb.reset(&regions).unwrap();
        assert_eq!(sb.read_u64(DATA_AT + 8).unwrap(), 0x1234);
        sb.set_reg(Rbx, 5);
        sb.run(CODE_AT, 10);
        assert_eq!(sb.read_u64(DATA_AT + 8).unwrap(), 5);
    }
}

#[test]
fn permission_changes_at_the_same_address_take_effect() {
    let mut sb = sandbox(Isa::X86_64);
    let store = x86_access(DATA_AT, STORE_RBX);
    let with = |perms| {
        let mut r = layout(CODE_AT, &store, EXIT_AT, STACK_AT);
        r.push(Region::new(DATA_AT, 0x1000, perms, DATA));
        r
    };
    let ok = Stop::FetchFromNonExecutable {
        addr: EXIT_AT,
        region: Some(EXITS),
    };
    let denied = Stop::WriteViolation {
        addr: DATA_AT,
        size: 8,
        pc: CODE_AT + 10,
    };
    for (perms, want) in [
        (Perms::RW, &ok),
        (Perms::R, &denied),
        (Perms::RW, &ok),
        (Perms::RW, &ok),
        (Perms::NONE, &denied),
        (Perms::RW, &ok),
    ] {
        sb.reset(&with(perms)).unwrap();
        assert_eq!(&sb.run(CODE_AT, 10).stop, want, "{perms:?}");
    }
    // Code that becomes data: the cached translation must not run.
    let regions = [
        Region::with_bytes(CODE_AT, &store, Perms::RW, DATA),
        Region::new(EXIT_AT, 0x1000, Perms::R, EXITS),
    ];
    sb.reset(&regions).unwrap();
    assert_eq!(
        sb.run(CODE_AT, 10).stop,
        Stop::FetchFromNonExecutable {
            addr: CODE_AT,
            region: Some(DATA)
        }
    );
    // And back.
    sb.reset(&with(Perms::RW)).unwrap();
    assert_eq!(sb.run(CODE_AT, 10).stop, ok);
}

#[test]
fn many_exit_pages_and_an_instruction_straddling_into_one() {
    let mut sb = sandbox(Isa::X86_64);
    // Twenty different exit pages in turn, same layout (more than the exit
    // mapping keeps; the rest take the fault path).
    let exits = Region::new(EXIT_AT, 32 * PAGE_SIZE, Perms::R, EXITS);
    for round in 0..2 {
        for k in 0..20u64 {
            let target = EXIT_AT + k * PAGE_SIZE + 8 * k;
            let code = x86_jmp(CODE_AT, target);
            sb.reset(&[Region::with_bytes(CODE_AT, &code, Perms::RX, CODE), exits])
                .unwrap();
            let out = sb.run(CODE_AT, 10);
            assert_eq!(
                out.stop,
                Stop::FetchFromNonExecutable {
                    addr: target,
                    region: Some(EXITS)
                },
                "round {round} exit {k}"
            );
            assert_eq!(out.instructions, 1);
        }
    }
    // movabs rax, imm64 placed so that it crosses into the exit page.
    let at = EXIT_AT - 4;
    let code = movabs(0, 0x1122_3344_5566_7788);
    let regions = [
        Region::with_bytes(at, &code[..4], Perms::RX, CODE),
        Region::with_bytes(EXIT_AT, &code[4..], Perms::R, EXITS),
    ];
    for _ in 0..2 {
        sb.reset(&regions).unwrap();
        let out = sb.run(at, 10);
        assert_eq!(
            out.stop,
            Stop::FetchFromNonExecutable {
                addr: EXIT_AT,
                region: Some(EXITS)
            }
        );
        assert_eq!(sb.reg(Rax), 0);
        assert_eq!(out.instructions, 0);
    }
}

#[test]
fn user_hlt_and_brk_are_not_mistaken_for_exits() {
    let mut sb = sandbox(Isa::X86_64);
    let mut code = x86_jmp(CODE_AT, CODE_AT + 0x10).to_vec();
    code.resize(0x10, 0x90);
    code.push(0xf4); // hlt
    sb.reset(&layout(CODE_AT, &code, EXIT_AT, STACK_AT))
        .unwrap();
    assert_eq!(
        sb.run(CODE_AT, 10).stop,
        Stop::Interrupt {
            intno: stencil_emulators::x86::INTNO_HLT,
            pc: CODE_AT + 0x10
        }
    );
    let mut sb = sandbox(Isa::Aarch64);
    let code = words(&[0xd503_201f, 0xd43d_02e0]); // nop ; brk #0xe817 (the exit-page pattern)
    sb.reset(&layout(CODE_AT, &code, EXIT_AT, STACK_AT))
        .unwrap();
    assert_eq!(
        sb.run(CODE_AT, 10).stop,
        Stop::Interrupt {
            intno: aarch64::EXCP_BRK,
            pc: CODE_AT + 4
        }
    );
}

#[test]
fn mixed_page_write_is_caught_byte_precisely_and_stops_at_once() {
    let mut sb = sandbox(Isa::Aarch64);
    // mov x1, DATA_AT+0x10 ; str x0, [x1] ; str x0, [x1, #8] ; movz x5, #1 ; b exit
    let mut w = a64_mov64(1, DATA_AT + 0x10).to_vec();
    w.extend_from_slice(&[0xf900_0020, 0xf900_0420, a64_movz(5, 1, 0)]);
    w.push(a64_b(CODE_AT + 4 * w.len() as u64, EXIT_AT));
    let code = words(&w);
    let mut regions = layout(CODE_AT, &code, EXIT_AT, STACK_AT);
    // 0x18 bytes: the first store fits, the second ends 8 bytes past it.
    regions.push(Region::new(DATA_AT, 0x18, Perms::RW, DATA));
    sb.reset(&regions).unwrap();
    sb.set_reg(aarch64::Reg::X0, 0xabcd);
    let out = sb.run(CODE_AT, 100);
    assert_eq!(
        out.stop,
        Stop::WriteViolation {
            addr: DATA_AT + 0x18,
            size: 8,
            pc: CODE_AT + 20
        }
    );
    assert_eq!(
        sb.reg(aarch64::Reg::X5),
        0,
        "stopped before the next instruction"
    );
    assert_eq!(sb.read_u64(DATA_AT + 0x10).unwrap(), 0xabcd);
    assert_eq!(out.instructions, 6);
}

#[test]
fn aarch64_reuse_at_varying_addresses_stays_bounded() {
    let mut sb = sandbox_with(Isa::Aarch64, |c| {
        c.page_budget = 32;
        c.mixed_page_budget = 8;
    });
    let mut rng = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    for i in 0..10_000u64 {
        let code_at = next() & 0xffff_ffff_ffff_f000;
        let data_at = next() & 0xffff_ffff_fff0;
        let exit_at = next() & 0xffff_ffff_fffc;
        if (code_at ^ data_at) >> 12 == 0
            || (code_at ^ exit_at) >> 12 == 0
            || (data_at ^ exit_at) >> 12 == 0
        {
            continue;
        }
        // mov x1, data ; ldr x2, [x1] ; add x2, x2, #1 ; str x2, [x1] ; mov x3, exit ; br x3
        let mut w = a64_mov64(1, data_at).to_vec();
        w.extend_from_slice(&[0xf940_0022, 0x9100_0442, 0xf900_0022]);
        w.extend_from_slice(&a64_mov64(3, exit_at));
        w.push(0xd61f_0060);
        let code = words(&w);
        let init = i.to_le_bytes();
        let regions = [
            Region::with_bytes(code_at, &code, Perms::RX, CODE),
            Region::with_bytes(data_at, &init, Perms::RW, DATA),
            Region::new(exit_at, 4, Perms::NONE, EXITS),
        ];
        sb.reset(&regions).unwrap();
        let out = sb.run(code_at, 100);
        assert_eq!(
            out.stop,
            Stop::FetchFromNonExecutable {
                addr: exit_at,
                region: Some(EXITS)
            },
            "run {i}"
        );
        assert_eq!(sb.read_u64(data_at).unwrap(), i + 1, "run {i}");
        assert!(sb.mapped_pages() <= 40);
    }
}

#[test]
fn thread_local_pool_reuses_one_engine_per_isa() {
    let code = x86_jmp(CODE_AT, EXIT_AT);
    let first = with_sandbox(Isa::X86_64, |sb| {
        sb.reset(&layout(CODE_AT, &code, EXIT_AT, STACK_AT))
            .unwrap();
        assert!(matches!(
            sb.run(CODE_AT, 10).stop,
            Stop::FetchFromNonExecutable { .. }
        ));
        sb as *const _ as usize
    });
    let (second, runs) = with_sandbox(Isa::X86_64, |sb| {
        sb.reset(&layout(CODE_AT, &code, EXIT_AT, STACK_AT))
            .unwrap();
        sb.run(CODE_AT, 10);
        // Nested use of the same ISA gets a separate engine.
        let nested = with_sandbox(Isa::X86_64, |inner| inner as *const _ as usize);
        assert_ne!(nested, sb as *const _ as usize);
        (sb as *const _ as usize, sb.stats().runs)
    });
    assert_eq!(first, second);
    assert_eq!(runs, 2);
    let isa = with_sandbox(Isa::Aarch64, |sb| sb.isa());
    assert_eq!(isa, Isa::Aarch64);
    // Other threads have their own.
    let other = std::thread::spawn(|| with_sandbox(Isa::X86_64, |sb| sb.stats().runs))
        .join()
        .unwrap();
    assert_eq!(other, 0);
}

#[test]
fn wall_clock_guard_for_large_budgets() {
    let mut sb = sandbox_with(Isa::X86_64, |c| {
        c.timeout_us = 50_000;
        c.timeout_min_budget = 1_000_000_000;
    });
    let code = [0xeb, 0xfe]; // jmp .
    sb.reset(&layout(CODE_AT, &code, EXIT_AT, STACK_AT))
        .unwrap();
    let t = std::time::Instant::now();
    let out = sb.run(CODE_AT, u64::MAX);
    assert_eq!(out.stop, Stop::Timeout { pc: CODE_AT });
    assert!(t.elapsed().as_millis() >= 40);
    assert!(t.elapsed().as_secs() < 10);
    // Below the threshold the guard is not armed (no thread spawn).
    let out = sb.run(CODE_AT, 1000);
    assert_eq!(out.stop, Stop::BudgetExhausted { pc: CODE_AT });
}

#[test]
fn code_turned_data_turned_code_is_never_run_stale() {
    // A page that held code, then data (with the old code bytes, jumped to
    // as an exit), then data with new bytes, then code again with those new
    // bytes: the translation of the first code must not be reused.
    let mut sb = sandbox(Isa::X86_64);
    let v = DATA_AT;
    let code_at = |imm: u8| {
        // mov eax, imm ; jmp EXIT_AT
        let mut c = vec![0xb8, imm, 0, 0, 0];
        c.extend_from_slice(&x86_jmp(v + 5, EXIT_AT));
        c
    };
    let c1 = code_at(1);
    let c2 = code_at(2);
    let jumper = x86_jmp(CODE_AT, v);
    let exits = Region::new(EXIT_AT, 0x1000, Perms::R, EXITS);
    // 1: v is code c1.
    sb.reset(&[Region::with_bytes(v, &c1, Perms::RX, CODE), exits])
        .unwrap();
    sb.run(v, 10);
    assert_eq!(sb.reg(Rax), 1);
    // 2: v is data holding c1; jumping there is an exit.
    let as_data = |bytes| {
        [
            Region::with_bytes(CODE_AT, &jumper, Perms::RX, CODE),
            Region::with_bytes(v, bytes, Perms::RW, DATA),
            exits,
        ]
    };
    sb.reset(&as_data(&c1)).unwrap();
    assert_eq!(
        sb.run(CODE_AT, 10).stop,
        Stop::FetchFromNonExecutable {
            addr: v,
            region: Some(DATA)
        }
    );
    // 3: v is data holding c2.
    sb.reset(&as_data(&c2)).unwrap();
    assert!(matches!(
        sb.run(CODE_AT, 10).stop,
        Stop::FetchFromNonExecutable { addr, .. } if addr == v
    ));
    // 4: v is code c2.
    sb.reset(&[Region::with_bytes(v, &c2, Perms::RX, CODE), exits])
        .unwrap();
    let out = sb.run(v, 10);
    assert!(matches!(
        out.stop,
        Stop::FetchFromNonExecutable { addr: EXIT_AT, .. }
    ));
    assert_eq!(sb.reg(Rax), 2);
}
