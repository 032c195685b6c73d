//! x86 32-bit sandbox behaviour, on hand-assembled machine code.

mod common;

use common::*;
use stencil_emulators::x86::{self, Reg32::*};
use stencil_emulators::{AccessKind, Error, Isa, Perms, RegFile, Region, Stop, PAGE_SIZE};

const CODE_AT: u64 = 0x0804_8000;
const EXIT_AT: u64 = 0xffff_f000;
const STACK_AT: u64 = 0xbff0_0000;
const DATA_AT: u64 = 0x0a00_0000;

/// mov e{reg}, imm32
fn mov_imm(reg: u8, v: u32) -> Vec<u8> {
    let mut b = vec![0xb8 + reg];
    b.extend_from_slice(&v.to_le_bytes());
    b
}

fn run(
    code: &[u8],
    extra: &[Region],
) -> (stencil_emulators::Sandbox, stencil_emulators::RunOutcome) {
    let mut sb = sandbox(Isa::X86_32);
    let mut regions = layout(CODE_AT, code, EXIT_AT, STACK_AT);
    regions.extend_from_slice(extra);
    sb.reset(&regions).unwrap();
    sb.set_sp(STACK_AT + 0x2000);
    let out = sb.run(CODE_AT, 1000);
    (sb, out)
}

#[test]
fn exit_sentinel() {
    // mov eax, 42 ; jmp EXIT_AT+4
    let mut code = mov_imm(0, 42);
    code.extend_from_slice(&x86_jmp32(CODE_AT + 5, EXIT_AT + 4));
    let (sb, out) = run(&code, &[]);
    assert_eq!(
        out.stop,
        Stop::FetchFromNonExecutable {
            addr: EXIT_AT + 4,
            region: Some(EXITS)
        }
    );
    assert_eq!(out.instructions, 2);
    assert_eq!(sb.reg(Eax), 42);
}

#[test]
fn call_pushes_a_four_byte_return_address() {
    // call +0 (to CODE_AT+5) ; mov eax, [esp] ; jmp exit
    let mut code = x86_call(CODE_AT, CODE_AT + 5).to_vec();
    code.extend_from_slice(&[0x8b, 0x04, 0x24]);
    code.extend_from_slice(&x86_jmp32(CODE_AT + 8, EXIT_AT));
    let mut sb = sandbox(Isa::X86_32);
    sb.reset(&layout(CODE_AT, &code, EXIT_AT, STACK_AT))
        .unwrap();
    let top = STACK_AT + 0x2000;
    sb.set_sp(top);
    sb.set_access_log(true);
    let out = sb.run(CODE_AT, 100);
    assert!(matches!(
        out.stop,
        Stop::FetchFromNonExecutable { addr: EXIT_AT, .. }
    ));
    assert_eq!(sb.reg(Esp), top - 4);
    assert_eq!(sb.reg(Eax), CODE_AT + 5);
    assert_eq!(sb.read_u32(top - 4).unwrap() as u64, CODE_AT + 5);
    assert_eq!(sb.read_u32(top).unwrap(), 0, "only 4 bytes were pushed");
    let a = sb.access_log()[0];
    assert_eq!(
        (a.pc, a.addr, a.size, a.kind, a.value),
        (CODE_AT, top - 4, 4, AccessKind::Write, CODE_AT + 5)
    );
}

#[test]
fn read_and_write_violations() {
    // mov eax, 0x0b00_0010 ; mov ebx, [eax] ; jmp exit
    let mut code = mov_imm(0, 0x0b00_0010);
    code.extend_from_slice(&[0x8b, 0x18]);
    code.extend_from_slice(&x86_jmp32(CODE_AT + 7, EXIT_AT));
    let (_, out) = run(&code, &[]);
    assert_eq!(
        out.stop,
        Stop::ReadViolation {
            addr: 0x0b00_0010,
            size: 4,
            pc: CODE_AT + 5
        }
    );
    // mov eax, DATA_AT ; mov [eax], bl ; jmp exit   (r-- region)
    let mut code = mov_imm(0, DATA_AT as u32);
    code.extend_from_slice(&[0x88, 0x18]);
    code.extend_from_slice(&x86_jmp32(CODE_AT + 7, EXIT_AT));
    let (_, out) = run(&code, &[Region::new(DATA_AT, 0x100, Perms::R, RODATA)]);
    assert_eq!(
        out.stop,
        Stop::WriteViolation {
            addr: DATA_AT,
            size: 1,
            pc: CODE_AT + 5
        }
    );
}

#[test]
fn traps_and_invalid_instructions() {
    for (code, want) in [
        // nop ; int 0x80
        (
            &[0x90, 0xcd, 0x80][..],
            Stop::Interrupt {
                intno: 0x80,
                pc: CODE_AT + 1,
            },
        ),
        // nop ; sysenter
        (
            &[0x90, 0x0f, 0x34][..],
            Stop::Interrupt {
                intno: x86::INTNO_SYSENTER,
                pc: CODE_AT + 1,
            },
        ),
        // nop ; int3
        (
            &[0x90, 0xcc][..],
            Stop::Interrupt {
                intno: x86::INT_BREAKPOINT,
                pc: CODE_AT + 1,
            },
        ),
        // nop ; hlt
        (
            &[0x90, 0xf4][..],
            Stop::Interrupt {
                intno: x86::INTNO_HLT,
                pc: CODE_AT + 1,
            },
        ),
        // nop ; ud2
        (
            &[0x90, 0x0f, 0x0b][..],
            Stop::InvalidInstruction { pc: CODE_AT + 1 },
        ),
    ] {
        let (_, out) = run(code, &[]);
        assert_eq!(out.stop, want, "{code:02x?}");
    }
}

#[test]
fn infinite_loop_ends_with_budget_exhausted() {
    let mut sb = sandbox(Isa::X86_32);
    // jmp .
    let code = [0xeb, 0xfe];
    sb.reset(&layout(CODE_AT, &code, EXIT_AT, STACK_AT))
        .unwrap();
    let out = sb.run(CODE_AT, 500_000);
    assert_eq!(out.stop, Stop::BudgetExhausted { pc: CODE_AT });
    assert_eq!(out.instructions, 500_000);
}

#[test]
fn register_roundtrip() {
    let mut sb = sandbox(Isa::X86_32);
    let mut f = RegFile::new(Isa::X86_32);
    for (i, v) in f.as_mut_slice().iter_mut().enumerate() {
        *v = 0x1111_1111u64.wrapping_mul(i as u64 + 1) & 0xffff_ffff;
    }
    f.set(Eflags, 0x2 | 0x80); // SF
    f.set(Eip, CODE_AT);
    sb.set_all(&f);
    assert_eq!(sb.get_all(), f);
    assert_eq!(f.len(), 10);
    assert_eq!(sb.reg(Ecx), f.get(Ecx));
    sb.set_reg(Edi, 0xdead_beef);
    assert_eq!(sb.reg(Edi), 0xdead_beef);
    sb.set_vreg(7, 5);
    assert_eq!(sb.vreg(7), 5);
}

#[test]
fn lazy_region_and_address_space_limit() {
    // mov eax, DATA_AT+0x1234 ; mov dword [eax], 9 ; jmp exit
    let mut code = mov_imm(0, (DATA_AT + 0x1234) as u32);
    code.extend_from_slice(&[0xc7, 0x00, 9, 0, 0, 0]);
    code.extend_from_slice(&x86_jmp32(CODE_AT + 11, EXIT_AT));
    let (sb, out) = run(
        &code,
        &[Region::new(DATA_AT, 0x100_0000, Perms::RW, HEAP).lazy()],
    );
    assert!(matches!(
        out.stop,
        Stop::FetchFromNonExecutable { addr: EXIT_AT, .. }
    ));
    assert_eq!(out.materialised_bytes, PAGE_SIZE);
    assert_eq!(sb.read_u32(DATA_AT + 0x1234).unwrap(), 9);

    let mut sb = sandbox(Isa::X86_32);
    assert!(matches!(
        sb.reset(&[Region::new(0xffff_f000, 0x2000, Perms::RW, DATA)]),
        Err(Error::InvalidRegion { .. })
    ));
}
