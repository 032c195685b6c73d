//! x86-64 sandbox behaviour, on hand-assembled machine code.

mod common;

use common::*;
use stencil_emulators::x86::{self, Reg::*};
use stencil_emulators::{AccessKind, Error, Isa, Perms, RegFile, Region, Stop, PAGE_SIZE};

const CODE_AT: u64 = 0x40_0000;
const EXIT_AT: u64 = 0x7f00_0000;
const STACK_AT: u64 = 0x7ff0_0000;
const DATA_AT: u64 = 0x60_0000;

fn movabs(reg: u8, v: u64) -> Vec<u8> {
    // movabs r64, imm64  (REX.W B8+r)
    let mut b = vec![0x48 | ((reg >> 3) & 1), 0xb8 + (reg & 7)];
    b.extend_from_slice(&v.to_le_bytes());
    b
}

#[test]
fn exit_sentinel_reports_address_and_tag() {
    let mut sb = sandbox(Isa::X86_64);
    // mov rax, 42 ; jmp EXIT_AT+0x10
    let mut code = vec![0x48, 0xc7, 0xc0, 0x2a, 0, 0, 0];
    code.extend_from_slice(&x86_jmp(CODE_AT + 7, EXIT_AT + 0x10));
    sb.reset(&layout(CODE_AT, &code, EXIT_AT, STACK_AT))
        .unwrap();
    let out = sb.run(CODE_AT, 1000);
    assert_eq!(
        out.stop,
        Stop::FetchFromNonExecutable {
            addr: EXIT_AT + 0x10,
            region: Some(EXITS)
        }
    );
    assert_eq!(out.instructions, 2);
    assert_eq!(sb.reg(Rax), 42);
}

#[test]
fn fetch_from_undeclared_page() {
    let mut sb = sandbox(Isa::X86_64);
    // jmp 0x5000_0000
    let code = x86_jmp(CODE_AT, 0x5000_0000);
    sb.reset(&layout(CODE_AT, &code, EXIT_AT, STACK_AT))
        .unwrap();
    let out = sb.run(CODE_AT, 1000);
    assert_eq!(out.stop, Stop::FetchUnmapped { addr: 0x5000_0000 });
}

#[test]
fn read_outside_declared_regions() {
    let mut sb = sandbox(Isa::X86_64);
    // movabs rax, 0x6000_0008 ; mov rbx, [rax] ; jmp exit
    let mut code = movabs(0, 0x6000_0008);
    let pc = CODE_AT + code.len() as u64;
    code.extend_from_slice(&[0x48, 0x8b, 0x18]);
    code.extend_from_slice(&x86_jmp(pc + 3, EXIT_AT));
    sb.reset(&layout(CODE_AT, &code, EXIT_AT, STACK_AT))
        .unwrap();
    let out = sb.run(CODE_AT, 1000);
    assert_eq!(
        out.stop,
        Stop::ReadViolation {
            addr: 0x6000_0008,
            size: 8,
            pc
        }
    );
}

#[test]
fn write_outside_declared_regions() {
    let mut sb = sandbox(Isa::X86_64);
    // movabs rax, 0x6000_0ffe ; mov [rax], ebx ; jmp exit
    let mut code = movabs(0, 0x6000_0ffe);
    let pc = CODE_AT + code.len() as u64;
    code.extend_from_slice(&[0x89, 0x18]);
    code.extend_from_slice(&x86_jmp(pc + 2, EXIT_AT));
    sb.reset(&layout(CODE_AT, &code, EXIT_AT, STACK_AT))
        .unwrap();
    let out = sb.run(CODE_AT, 1000);
    assert_eq!(
        out.stop,
        Stop::WriteViolation {
            addr: 0x6000_0ffe,
            size: 4,
            pc
        }
    );
}

#[test]
fn write_to_read_only_region() {
    let mut sb = sandbox(Isa::X86_64);
    // movabs rax, DATA_AT+8 ; mov [rax], rbx ; jmp exit
    let mut code = movabs(0, DATA_AT + 8);
    let pc = CODE_AT + code.len() as u64;
    code.extend_from_slice(&[0x48, 0x89, 0x18]);
    code.extend_from_slice(&x86_jmp(pc + 3, EXIT_AT));
    let mut regions = layout(CODE_AT, &code, EXIT_AT, STACK_AT);
    regions.push(Region::new(DATA_AT, 0x1000, Perms::R, RODATA));
    sb.reset(&regions).unwrap();
    let out = sb.run(CODE_AT, 1000);
    assert_eq!(
        out.stop,
        Stop::WriteViolation {
            addr: DATA_AT + 8,
            size: 8,
            pc
        }
    );
    // Reading it is fine: mov rbx, [rax] instead.
    let mut code2 = movabs(0, DATA_AT + 8);
    code2.extend_from_slice(&[0x48, 0x8b, 0x18]);
    code2.extend_from_slice(&x86_jmp(pc + 3, EXIT_AT));
    let mut regions = layout(CODE_AT, &code2, EXIT_AT, STACK_AT);
    let mut ro = [0u8; 16];
    ro[8..].copy_from_slice(&0x1122_3344_5566_7788u64.to_le_bytes());
    regions.push(Region::new(DATA_AT, 0x1000, Perms::R, RODATA).init_bytes(&ro));
    sb.reset(&regions).unwrap();
    let out = sb.run(CODE_AT, 1000);
    assert!(matches!(
        out.stop,
        Stop::FetchFromNonExecutable { addr: EXIT_AT, .. }
    ));
    assert_eq!(sb.reg(Rbx), 0x1122_3344_5566_7788);
}

#[test]
fn sub_page_region_is_checked_byte_precisely() {
    let mut sb = sandbox(Isa::X86_64);
    // A 16-byte object; read its last qword (ok), then one byte past it.
    // movabs rax, DATA_AT+0x100 ; mov rbx, [rax+8] ; mov cl, [rax+16] ; jmp exit
    let mut code = movabs(0, DATA_AT + 0x100);
    code.extend_from_slice(&[0x48, 0x8b, 0x58, 0x08]);
    let pc = CODE_AT + code.len() as u64;
    code.extend_from_slice(&[0x8a, 0x48, 0x10]);
    code.extend_from_slice(&x86_jmp(pc + 3, EXIT_AT));
    let obj = 0xdead_beef_u64.to_le_bytes().repeat(2);
    let mut regions = layout(CODE_AT, &code, EXIT_AT, STACK_AT);
    regions.push(Region::with_bytes(DATA_AT + 0x100, &obj, Perms::RW, DATA));
    sb.reset(&regions).unwrap();
    let out = sb.run(CODE_AT, 1000);
    assert_eq!(
        out.stop,
        Stop::ReadViolation {
            addr: DATA_AT + 0x110,
            size: 1,
            pc
        }
    );
    assert_eq!(sb.reg(Rbx), 0xdead_beef);
}

#[test]
fn sentinel_on_the_code_page_and_falling_off_the_code() {
    let mut sb = sandbox(Isa::X86_64);
    // Exit sentinel 0x80 bytes after the code, same page: jmp CODE_AT+0x80
    let code = x86_jmp(CODE_AT, CODE_AT + 0x80);
    let regions = [
        Region::with_bytes(CODE_AT, &code, Perms::RX, CODE),
        Region::new(CODE_AT + 0x80, 0x10, Perms::R, EXITS),
        Region::new(STACK_AT, 0x1000, Perms::RW, STACK),
    ];
    sb.reset(&regions).unwrap();
    let out = sb.run(CODE_AT, 100);
    assert_eq!(
        out.stop,
        Stop::FetchFromNonExecutable {
            addr: CODE_AT + 0x80,
            region: Some(EXITS)
        }
    );
    // nop ; nop, then the end of the code region (undeclared bytes follow).
    let code = [0x90, 0x90];
    sb.reset(&[Region::with_bytes(CODE_AT, &code, Perms::RX, CODE)])
        .unwrap();
    let out = sb.run(CODE_AT, 100);
    assert_eq!(
        out.stop,
        Stop::FetchFromNonExecutable {
            addr: CODE_AT + 2,
            region: None
        }
    );
    assert_eq!(out.instructions, 2);
}

#[test]
fn infinite_loop_ends_with_budget_exhausted() {
    let mut sb = sandbox(Isa::X86_64);
    // jmp .
    let code = [0xeb, 0xfe];
    sb.reset(&layout(CODE_AT, &code, EXIT_AT, STACK_AT))
        .unwrap();
    let t = std::time::Instant::now();
    let out = sb.run(CODE_AT, 2_000_000);
    assert_eq!(out.stop, Stop::BudgetExhausted { pc: CODE_AT });
    assert_eq!(out.instructions, 2_000_000);
    assert!(t.elapsed().as_secs() < 20);
}

#[test]
fn budget_is_exact() {
    let mut sb = sandbox(Isa::X86_64);
    // 10 x add rax, 1 ; jmp exit
    let mut code = [0x48, 0x83, 0xc0, 0x01].repeat(10);
    code.extend_from_slice(&x86_jmp(CODE_AT + 40, EXIT_AT));
    sb.reset(&layout(CODE_AT, &code, EXIT_AT, STACK_AT))
        .unwrap();
    for budget in [0u64, 1, 5, 9, 10] {
        sb.reset_registers();
        let out = sb.run(CODE_AT, budget);
        assert_eq!(
            out.stop,
            Stop::BudgetExhausted {
                pc: CODE_AT + 4 * budget
            },
            "budget {budget}"
        );
        assert_eq!(out.instructions, budget);
        assert_eq!(sb.reg(Rax), budget);
        assert_eq!(sb.pc(), CODE_AT + 4 * budget);
    }
    sb.reset_registers();
    let out = sb.run(CODE_AT, 11);
    assert!(matches!(out.stop, Stop::FetchFromNonExecutable { .. }));
    assert_eq!(out.instructions, 11);
    assert_eq!(sb.reg(Rax), 10);
}

fn run_one(code: &[u8]) -> (Stop, stencil_emulators::Sandbox) {
    let mut sb = sandbox(Isa::X86_64);
    sb.reset(&layout(CODE_AT, code, EXIT_AT, STACK_AT)).unwrap();
    sb.set_sp(STACK_AT + 0x2000);
    let out = sb.run(CODE_AT, 1000);
    (out.stop, sb)
}

#[test]
fn traps_and_invalid_instructions() {
    // nop ; syscall
    let (stop, _) = run_one(&[0x90, 0x0f, 0x05]);
    assert_eq!(
        stop,
        Stop::Interrupt {
            intno: x86::INTNO_SYSCALL,
            pc: CODE_AT + 1
        }
    );
    // nop ; int3
    let (stop, _) = run_one(&[0x90, 0xcc]);
    assert_eq!(
        stop,
        Stop::Interrupt {
            intno: x86::INT_BREAKPOINT,
            pc: CODE_AT + 1
        }
    );
    // nop ; hlt
    let (stop, _) = run_one(&[0x90, 0xf4]);
    assert_eq!(
        stop,
        Stop::Interrupt {
            intno: x86::INTNO_HLT,
            pc: CODE_AT + 1
        }
    );
    // nop ; int 0x80
    let (stop, _) = run_one(&[0x90, 0xcd, 0x80]);
    assert_eq!(
        stop,
        Stop::Interrupt {
            intno: 0x80,
            pc: CODE_AT + 1
        }
    );
    // nop ; ud2
    let (stop, _) = run_one(&[0x90, 0x0f, 0x0b]);
    assert_eq!(stop, Stop::InvalidInstruction { pc: CODE_AT + 1 });
    // xor ecx, ecx ; div rcx  (divide error, vector 0)
    let (stop, _) = run_one(&[0x31, 0xc9, 0x48, 0xf7, 0xf1]);
    assert_eq!(
        stop,
        Stop::Interrupt {
            intno: x86::INT_DIVIDE_ERROR,
            pc: CODE_AT + 2
        }
    );
}

#[test]
fn lazy_regions_materialise_on_touch() {
    let mut sb = sandbox(Isa::X86_64);
    let heap = 0x1_0000_0000u64;
    // movabs rax, heap+0x2008 ; mov qword [rax], 7 ; mov rbx, [rax] ; jmp exit
    let mut code = movabs(0, heap + 0x2008);
    code.extend_from_slice(&[0x48, 0xc7, 0x00, 0x07, 0, 0, 0]);
    code.extend_from_slice(&[0x48, 0x8b, 0x18]);
    let at = CODE_AT + code.len() as u64;
    code.extend_from_slice(&x86_jmp(at, EXIT_AT));
    let mut regions = layout(CODE_AT, &code, EXIT_AT, STACK_AT);
    regions.push(Region::new(heap, 1 << 30, Perms::RW, HEAP).lazy());
    sb.reset(&regions).unwrap();
    assert_eq!(sb.read_u64(heap + 0x2008).unwrap(), 0);
    let out = sb.run(CODE_AT, 100);
    assert_eq!(
        out.stop,
        Stop::FetchFromNonExecutable {
            addr: EXIT_AT,
            region: Some(EXITS)
        }
    );
    assert_eq!(out.materialised_bytes, PAGE_SIZE);
    assert_eq!(sb.reg(Rbx), 7);
    assert_eq!(sb.read_u64(heap + 0x2008).unwrap(), 7);
    // Next run: untouched again (zero) and counted again.
    sb.reset(&regions).unwrap();
    assert_eq!(sb.read_u64(heap + 0x2008).unwrap(), 0);
    let out = sb.run(CODE_AT, 100);
    assert_eq!(out.materialised_bytes, PAGE_SIZE);

    // Cap of one page: touching a second page stops the run.
    // movabs rax, heap ; mov [rax], rbx ; mov [rax+0x1000], rbx ; jmp exit
    let mut code = movabs(0, heap);
    code.extend_from_slice(&[0x48, 0x89, 0x18]);
    let pc = CODE_AT + code.len() as u64;
    code.extend_from_slice(&[0x48, 0x89, 0x98, 0x00, 0x10, 0x00, 0x00]);
    code.extend_from_slice(&x86_jmp(pc + 7, EXIT_AT));
    let mut regions = layout(CODE_AT, &code, EXIT_AT, STACK_AT);
    regions.push(Region::new(heap, 1 << 30, Perms::RW, HEAP).lazy());
    sb.set_materialise_cap(PAGE_SIZE);
    sb.reset(&regions).unwrap();
    let out = sb.run(CODE_AT, 100);
    assert_eq!(
        out.stop,
        Stop::MaterialiseCapExceeded {
            addr: heap + 0x1000,
            pc
        }
    );
    assert_eq!(out.materialised_bytes, PAGE_SIZE);
}

#[test]
fn stale_pages_from_an_earlier_run_are_inaccessible() {
    let mut sb = sandbox(Isa::X86_64);
    // Run 1: DATA_AT is declared and read.
    // movabs rax, DATA_AT ; mov rbx, [rax] ; jmp exit
    let mut code = movabs(0, DATA_AT);
    let pc = CODE_AT + code.len() as u64;
    code.extend_from_slice(&[0x48, 0x8b, 0x18]);
    code.extend_from_slice(&x86_jmp(pc + 3, EXIT_AT));
    let mut regions = layout(CODE_AT, &code, EXIT_AT, STACK_AT);
    let data = 5u64.to_le_bytes();
    regions.push(Region::with_bytes(DATA_AT, &data, Perms::RW, DATA));
    sb.reset(&regions).unwrap();
    let out = sb.run(CODE_AT, 100);
    assert!(matches!(
        out.stop,
        Stop::FetchFromNonExecutable { addr: EXIT_AT, .. }
    ));
    assert_eq!(sb.reg(Rbx), 5);
    // Run 2: same code, DATA_AT no longer declared (its page is still cached).
    sb.reset(&layout(CODE_AT, &code, EXIT_AT, STACK_AT))
        .unwrap();
    let out = sb.run(CODE_AT, 100);
    assert_eq!(
        out.stop,
        Stop::ReadViolation {
            addr: DATA_AT,
            size: 8,
            pc
        }
    );
    assert!(sb.read_u64(DATA_AT).is_err());
    // Run 3: the old exit page is now undeclared and the old code page is
    // not executable: jumping to the old code address faults.
    let code3 = x86_jmp(0x90_0000, CODE_AT);
    let regions3 = [
        Region::with_bytes(0x90_0000, &code3, Perms::RX, CODE),
        Region::new(CODE_AT, 0x100, Perms::RW, DATA),
    ];
    sb.reset(&regions3).unwrap();
    let out = sb.run(0x90_0000, 100);
    assert_eq!(
        out.stop,
        Stop::FetchFromNonExecutable {
            addr: CODE_AT,
            region: Some(DATA)
        }
    );
}

#[test]
fn rewritten_code_at_the_same_address_is_retranslated() {
    let mut sb = sandbox(Isa::X86_64);
    for v in [1u8, 2, 3, 2, 1] {
        // mov eax, v ; jmp exit
        let mut code = vec![0xb8, v, 0, 0, 0];
        code.extend_from_slice(&x86_jmp(CODE_AT + 5, EXIT_AT));
        sb.reset(&layout(CODE_AT, &code, EXIT_AT, STACK_AT))
            .unwrap();
        let out = sb.run(CODE_AT, 100);
        assert!(matches!(
            out.stop,
            Stop::FetchFromNonExecutable { addr: EXIT_AT, .. }
        ));
        assert_eq!(sb.reg(Rax), v as u64);
    }
    // And code patched with write_bytes after reset.
    let mut code = vec![0xb8, 9, 0, 0, 0];
    code.extend_from_slice(&x86_jmp(CODE_AT + 5, EXIT_AT));
    sb.reset(&layout(CODE_AT, &code, EXIT_AT, STACK_AT))
        .unwrap();
    sb.run(CODE_AT, 100);
    assert_eq!(sb.reg(Rax), 9);
    sb.reset(&layout(CODE_AT, &code, EXIT_AT, STACK_AT))
        .unwrap();
    sb.write_u8(CODE_AT + 1, 10).unwrap();
    sb.run(CODE_AT, 100);
    assert_eq!(sb.reg(Rax), 10);
}

#[test]
fn high_addresses() {
    let mut sb = sandbox(Isa::X86_64);
    let code_at = 0xffff_ffff_ff60_0000u64;
    let exit_at = 0xffff_8000_0000_0000u64;
    let data_at = 0x7fff_ffff_f000u64;
    // movabs rax, data_at ; mov rbx, [rax] ; movabs rcx, exit_at ; jmp rcx
    let mut code = movabs(0, data_at);
    code.extend_from_slice(&[0x48, 0x8b, 0x18]);
    code.extend_from_slice(&movabs(1, exit_at));
    code.extend_from_slice(&[0xff, 0xe1]);
    let d = 77u64.to_le_bytes();
    let regions = [
        Region::with_bytes(code_at, &code, Perms::RX, CODE),
        Region::new(exit_at, 0x1000, Perms::NONE, EXITS),
        Region::with_bytes(data_at, &d, Perms::R, DATA),
    ];
    sb.reset(&regions).unwrap();
    let out = sb.run(code_at, 100);
    assert_eq!(
        out.stop,
        Stop::FetchFromNonExecutable {
            addr: exit_at,
            region: Some(EXITS)
        }
    );
    assert_eq!(sb.reg(Rbx), 77);
}

#[test]
fn register_roundtrip() {
    let mut sb = sandbox(Isa::X86_64);
    let mut f = RegFile::new(Isa::X86_64);
    for (i, v) in f.as_mut_slice().iter_mut().enumerate() {
        *v = 0x0101_0101_0101_0101u64.wrapping_mul(i as u64 + 1);
    }
    f.set(Rflags, 0x2 | 0x1 | 0x40); // CF, ZF
    sb.set_all(&f);
    assert_eq!(sb.get_all(), f);
    for r in x86::Reg::GPRS {
        sb.set_reg(r, 0xfeed_0000 + r as u64);
        assert_eq!(sb.reg(r), 0xfeed_0000 + r as u64);
    }
    sb.set_reg(FsBase, 0x1234_5000);
    assert_eq!(sb.reg(FsBase), 0x1234_5000);
    sb.set_vreg(3, 0x0123_4567_89ab_cdef_fedc_ba98_7654_3210);
    assert_eq!(sb.vreg(3), 0x0123_4567_89ab_cdef_fedc_ba98_7654_3210);
    assert_eq!(f.names()[0], "rax");
    assert_eq!(f.names()[17], "rflags");
    // reset() zeroes registers.
    sb.reset(&[]).unwrap();
    assert_eq!(sb.reg(Rax), 0);
    assert_eq!(sb.vreg(3), 0);
}

#[test]
fn access_log_records_effective_addresses() {
    let mut sb = sandbox(Isa::X86_64);
    // movabs rax, DATA_AT ; mov rbx, [rax+0x10] ; mov [rax+0x20], bx ;
    // push rbx ; pop rcx ; jmp exit
    let mut code = movabs(0, DATA_AT);
    let p1 = CODE_AT + code.len() as u64;
    code.extend_from_slice(&[0x48, 0x8b, 0x58, 0x10]);
    let p2 = CODE_AT + code.len() as u64;
    code.extend_from_slice(&[0x66, 0x89, 0x58, 0x20]);
    let p3 = CODE_AT + code.len() as u64;
    code.extend_from_slice(&[0x53, 0x59]);
    code.extend_from_slice(&x86_jmp(p3 + 2, EXIT_AT));
    let mut init = [0u8; 0x18];
    init[0x10..].copy_from_slice(&0xabcd_u64.to_le_bytes());
    let mut regions = layout(CODE_AT, &code, EXIT_AT, STACK_AT);
    regions.push(Region::new(DATA_AT, 0x1000, Perms::RW, DATA).init_bytes(&init));
    sb.reset(&regions).unwrap();
    sb.set_sp(STACK_AT + 0x1000);
    sb.set_access_log(true);
    let out = sb.run(CODE_AT, 100);
    assert!(matches!(
        out.stop,
        Stop::FetchFromNonExecutable { addr: EXIT_AT, .. }
    ));
    let log: Vec<_> = sb
        .access_log()
        .iter()
        .map(|a| (a.pc, a.addr, a.size, a.kind, a.value))
        .collect();
    assert_eq!(
        log,
        vec![
            (p1, DATA_AT + 0x10, 8, AccessKind::Read, 0),
            (p2, DATA_AT + 0x20, 2, AccessKind::Write, 0xabcd),
            (p3, STACK_AT + 0x1000 - 8, 8, AccessKind::Write, 0xabcd),
            (p3 + 1, STACK_AT + 0x1000 - 8, 8, AccessKind::Read, 0),
        ]
    );
    // Single step the load only.
    sb.reset(&regions).unwrap();
    sb.set_reg(Rax, DATA_AT + 0x100);
    let out = sb.step(p1, 1);
    assert_eq!(out.stop, Stop::BudgetExhausted { pc: p2 });
    assert_eq!(sb.access_log().len(), 1);
    assert_eq!(sb.access_log()[0].addr, DATA_AT + 0x110);
    // Off again: nothing recorded.
    sb.set_access_log(false);
    sb.reset(&regions).unwrap();
    sb.run(CODE_AT, 100);
    assert!(sb.access_log().is_empty());
}

#[test]
fn engine_reuse_keeps_mapped_pages_bounded() {
    let mut sb = sandbox_with(Isa::X86_64, |c| {
        c.page_budget = 64;
        c.mixed_page_budget = 16;
    });
    let mut rng = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = move || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    for i in 0..10_000u64 {
        // Addresses anywhere in the canonical lower half, page aligned.
        let code_at = (next() & 0x7fff_ffff_f000).max(0x1000);
        let data_at = (next() & 0x7fff_ffff_f000).max(0x1000);
        let exit_at = (next() & 0x7fff_ffff_f000).max(0x1000);
        if [code_at, data_at, exit_at].iter().any(|&a| {
            [code_at, data_at, exit_at]
                .iter()
                .filter(|&&b| b >> 12 == a >> 12)
                .count()
                > 1
        }) {
            continue;
        }
        // movabs rax, data_at ; mov qword [rax], i ; add qword [rax], 1 ;
        // mov rbx, [rax] ; movabs rcx, exit_at ; jmp rcx
        let mut code = movabs(0, data_at);
        code.extend_from_slice(&[0x48, 0xc7, 0x00]);
        code.extend_from_slice(&(i as u32).to_le_bytes());
        code.extend_from_slice(&[0x48, 0x83, 0x00, 0x01]);
        code.extend_from_slice(&[0x48, 0x8b, 0x18]);
        code.extend_from_slice(&movabs(1, exit_at));
        code.extend_from_slice(&[0xff, 0xe1]);
        let regions = [
            Region::with_bytes(code_at, &code, Perms::RX, CODE),
            Region::new(data_at, 0x1000, Perms::RW, DATA),
            Region::new(exit_at, 8, Perms::R, EXITS),
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
        assert_eq!(sb.reg(Rbx), i + 1, "run {i}");
        assert!(sb.mapped_pages() <= sb.page_capacity());
        assert!(sb.mapped_pages() <= 64 + 16);
    }
    assert!(sb.stats().memory.evictions > 0);
}

#[test]
fn host_memory_helpers_work_on_declared_regions() {
    let mut sb = sandbox(Isa::X86_64);
    let regions = [
        Region::new(DATA_AT, 0x3000, Perms::RW, DATA),
        Region::new(DATA_AT + 0x3000, 0x10, Perms::R, RODATA),
    ];
    sb.reset(&regions).unwrap();
    sb.write_u64(DATA_AT + 0xffc, 0x1122_3344_5566_7788)
        .unwrap(); // crosses a page
    assert_eq!(sb.read_u64(DATA_AT + 0xffc).unwrap(), 0x1122_3344_5566_7788);
    sb.write_bytes(DATA_AT + 0x2ffe, &[1, 2, 3, 4]).unwrap(); // into the r-- region
    assert_eq!(
        sb.read_bytes(DATA_AT + 0x2ffe, 4).unwrap(),
        vec![1, 2, 3, 4]
    );
    assert!(matches!(
        sb.read_u64(DATA_AT + 0x300c),
        Err(Error::NotDeclared { .. })
    ));
    assert!(sb.write_u8(DATA_AT - 1, 0).is_err());
    // reset rewrites the contents.
    sb.reset(&regions).unwrap();
    assert_eq!(sb.read_u64(DATA_AT + 0xffc).unwrap(), 0);
    assert_eq!(sb.read_u32(DATA_AT + 0x2ffe).unwrap(), 0);
}

#[test]
fn invalid_layouts_are_rejected() {
    let mut sb = sandbox(Isa::X86_64);
    let overlapping = [
        Region::new(DATA_AT, 0x100, Perms::RW, 1),
        Region::new(DATA_AT + 0xff, 0x100, Perms::RW, 2),
    ];
    assert!(matches!(
        sb.reset(&overlapping),
        Err(Error::OverlappingRegions { a: 0, b: 1 })
    ));
    assert!(matches!(
        sb.reset(&[Region::new(u64::MAX - 10, 100, Perms::R, 1)]),
        Err(Error::InvalidRegion { .. })
    ));
    assert!(matches!(
        sb.reset(&[Region::new(0, 100, Perms::RX, 1).lazy()]),
        Err(Error::InvalidRegion { .. })
    ));
    let mut small = sandbox_with(Isa::X86_64, |c| c.page_budget = 4);
    assert!(matches!(
        small.reset(&[Region::new(0x10000, 5 * PAGE_SIZE, Perms::RW, 1)]),
        Err(Error::PageBudget { .. })
    ));
    // Still usable afterwards.
    small
        .reset(&[Region::new(0x10000, 4 * PAGE_SIZE, Perms::RW, 1)])
        .unwrap();
}

#[test]
fn last_instruction_gives_the_decoded_length_even_when_it_faults() {
    let mut sb = sandbox(Isa::X86_64);
    let code_at = 0x5555_0000_1000u64;
    // movabs rax, imm64 (10 bytes); mov rcx, [rip + 0x7fff0000] (7 bytes,
    // reads far outside every region); jmp . (2 bytes)
    let mut code = movabs(0, 0x1122_3344_5566_7788);
    code.extend_from_slice(&[0x48, 0x8b, 0x0d, 0x00, 0x00, 0xff, 0x7f]);
    code.extend_from_slice(&[0xeb, 0xfe]);
    sb.reset(&[Region::with_bytes(code_at, &code, Perms::RX, CODE)])
        .unwrap();
    let out = sb.step(code_at, 1);
    assert_eq!(out.stop, Stop::BudgetExhausted { pc: code_at + 10 });
    assert_eq!(sb.last_instruction(), (code_at, 10));
    let out = sb.step(code_at + 10, 1);
    assert!(
        matches!(out.stop, Stop::ReadViolation { .. }),
        "{:?}",
        out.stop
    );
    assert_eq!(sb.last_instruction(), (code_at + 10, 7));
    let out = sb.step(code_at + 17, 1);
    assert_eq!(out.stop, Stop::BudgetExhausted { pc: code_at + 17 });
    assert_eq!(sb.last_instruction(), (code_at + 17, 2));
}

#[test]
fn translator_look_ahead_past_the_code_is_not_a_fetch() {
    // The code ends 9 bytes before a page boundary, readable data follows on
    // the same page, and the next page is undeclared. QEMU decodes ahead
    // into the data and across the boundary while translating; only the
    // instruction actually executed may stop the run.
    let mut sb = sandbox(Isa::X86_64);
    let page = 0x5903_6738_f000u64;
    let code_at = page + 0xff0;
    let code = movabs(1, 0x1122_3344_5566_7788); // 10 bytes: ends at +0xffa
    let data = [0xffu8; 6]; // "instructions" straddling into the next page
    sb.reset(&[
        Region::with_bytes(code_at, &code, Perms::RX, CODE),
        Region::with_bytes(code_at + 10, &data, Perms::R, DATA),
    ])
    .unwrap();
    let out = sb.step(code_at, 1);
    // The next instruction would be the data: reaching it is the stop.
    assert_eq!(
        out.stop,
        Stop::FetchFromNonExecutable {
            addr: code_at + 10,
            region: Some(DATA)
        }
    );
    assert_eq!(out.instructions, 1);
    assert_eq!(sb.reg(Rcx), 0x1122_3344_5566_7788);
    // Executing into the undeclared page is still a fetch fault there.
    let out = sb.run(page + 0x1000, 10);
    assert_eq!(
        out.stop,
        Stop::FetchUnmapped {
            addr: page + 0x1000
        }
    );
}

#[test]
fn jump_to_the_last_byte_of_a_page_reports_that_byte() {
    // The code ends 1 byte before a page boundary and the next page is
    // undeclared: a jump to the byte right after the code stops there, not
    // at the page boundary its instruction would cross into.
    let mut sb = sandbox(Isa::X86_64);
    let page = 0x42c_3536_3000u64;
    let target = page + 0xfff;
    let code_at = target - 5;
    let code = x86_jmp(code_at, target);
    sb.reset(&[Region::with_bytes(code_at, &code, Perms::RX, CODE)])
        .unwrap();
    let out = sb.run(code_at, 10);
    assert_eq!(
        out.stop,
        Stop::FetchFromNonExecutable {
            addr: target,
            region: None
        }
    );
}

#[test]
fn exits_stop_the_run_and_end_translation_there() {
    let mut sb = sandbox(Isa::X86_64);
    let code_at = 0x4000_0000u64;
    // nop; nop; nop; nop; jmp .
    let code = [0x90u8, 0x90, 0x90, 0x90, 0xeb, 0xfe];
    sb.reset(&[Region::with_bytes(code_at, &code, Perms::RX, CODE)])
        .unwrap();
    sb.set_exits(&[code_at + 2]).expect("set exits");
    let out = sb.run(code_at, 100);
    assert_eq!(out.stop, Stop::ReachedExit { pc: code_at + 2 });
    assert_eq!(out.instructions, 2);
    // reset() clears the exits: the same code then loops until the budget.
    sb.reset(&[Region::with_bytes(code_at, &code, Perms::RX, CODE)])
        .unwrap();
    let out = sb.run(code_at, 100);
    assert_eq!(out.stop, Stop::BudgetExhausted { pc: code_at + 4 });
}

#[test]
fn a_branch_to_an_exit_reaches_it() {
    let mut sb = sandbox(Isa::X86_64);
    let code_at = 0x4000_0000u64;
    // jmp +2; nop; nop; nop
    let code = [0xebu8, 0x02, 0x90, 0x90, 0x90];
    sb.reset(&[Region::with_bytes(code_at, &code, Perms::RX, CODE)])
        .unwrap();
    sb.set_exits(&[code_at + 4]).unwrap();
    let out = sb.step(code_at, 1);
    assert_eq!(out.stop, Stop::ReachedExit { pc: code_at + 4 });
}
