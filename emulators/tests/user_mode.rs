//! Guest code runs in user mode (x86 CPL 3, AArch64 EL0): privileged
//! instructions stop the run at their own address instead of executing.

mod common;

use common::*;
use stencil_emulators::{aarch64, x86, Isa, Region, Sandbox, Stop};

const CODE_AT: u64 = 0x40_0000;
const EXIT_AT: u64 = 0x7f00_0000;
const STACK_AT: u64 = 0x7ff0_0000;
/// Within reach of an AArch64 `b` from the code.
const A64_EXIT_AT: u64 = 0x0700_0000;

/// Runs `nop`, then `insn`, then a jump to the exit.
fn x86_run(sb: &mut Sandbox, insn: &[u8]) -> Stop {
    let mut code = vec![0x90];
    code.extend_from_slice(insn);
    let at = CODE_AT + code.len() as u64;
    code.extend_from_slice(&x86_jmp32(at, EXIT_AT));
    sb.reset(&layout(CODE_AT, &code, EXIT_AT, STACK_AT))
        .unwrap();
    sb.set_sp(STACK_AT + 0x2000);
    sb.run(CODE_AT, 100).stop
}

fn a64_run(sb: &mut Sandbox, insn: u32) -> Stop {
    let code = words(&[0xd503_201f, insn, a64_b(CODE_AT + 8, A64_EXIT_AT)]);
    let regions: Vec<Region> = layout(CODE_AT, &code, A64_EXIT_AT, STACK_AT);
    sb.reset(&regions).unwrap();
    sb.set_sp(STACK_AT + 0x2000);
    sb.run(CODE_AT, 100).stop
}

const GP: u32 = x86::INT_GENERAL_PROTECTION;

#[test]
fn x86_privileged_instructions_fault_at_their_address() {
    for isa in [Isa::X86_64, Isa::X86_32] {
        let mut sb = sandbox(isa);
        let long = isa == Isa::X86_64;
        let pc = CODE_AT + 1;
        for (insn, name) in [
            (&[0xfa][..], "cli"),
            (&[0xfb][..], "sti"),
            (&[0x0f, 0x22, 0xc0][..], "mov cr"),
            (&[0x0f, 0x20, 0xd8][..], "mov cr"),
            (&[0x0f, 0x23, 0xc0][..], "mov dr"),
            (&[0x0f, 0x30][..], "wrmsr"),
            (&[0x0f, 0x32][..], "rdmsr"),
            (&[0x0f, 0x01, 0x14, 0x24][..], "lgdt"),
            (&[0x0f, 0x01, 0x1c, 0x24][..], "lidt"),
            (&[0x0f, 0x01, 0x3c, 0x24][..], "invlpg"),
            (&[0x0f, 0x00, 0xd8][..], "ltr"),
            (&[0x0f, 0x01, 0xf0][..], "lmsw"),
            (&[0x0f, 0x06][..], "clts"),
            (&[0x0f, 0x09][..], "wbinvd"),
            (&[0x0f, 0x08][..], "invd"),
        ] {
            assert_eq!(
                x86_run(&mut sb, insn),
                Stop::Interrupt { intno: GP, pc },
                "{isa:?} {name}"
            );
            assert_eq!(x86::privileged_mnemonic(insn, long), Some(name));
        }
        if long {
            assert_eq!(
                x86_run(&mut sb, &[0x0f, 0x01, 0xf8]),
                Stop::Interrupt { intno: GP, pc },
                "swapgs"
            );
        }
        // Port I/O: Unicorn does not check IOPL; an instruction hook does.
        for insn in [
            &[0xec][..],
            &[0xee][..],
            &[0xe4, 0x80][..],
            &[0xe6, 0x80][..],
        ] {
            assert_eq!(
                x86_run(&mut sb, insn),
                Stop::Interrupt {
                    intno: x86::INTNO_IO,
                    pc
                },
                "{isa:?} {insn:02x?}"
            );
        }
        // hlt keeps its own report.
        assert_eq!(
            x86_run(&mut sb, &[0xf4]),
            Stop::Interrupt {
                intno: x86::INTNO_HLT,
                pc
            }
        );
        // Unprivileged instructions still run.
        for insn in [&[0x0f, 0x31][..], &[0x0f, 0xa2][..], &[0x9c, 0x9d][..]] {
            assert!(
                matches!(
                    x86_run(&mut sb, insn),
                    Stop::FetchFromNonExecutable { addr: EXIT_AT, .. }
                ),
                "{isa:?} {insn:02x?}"
            );
            assert_eq!(x86::privileged_mnemonic(insn, long), None);
        }
    }
}

#[test]
fn without_user_mode_privileged_instructions_execute() {
    let mut sb = sandbox_with(Isa::X86_64, |c| c.user_mode = false);
    assert!(matches!(
        x86_run(&mut sb, &[0xfa]),
        Stop::FetchFromNonExecutable { addr: EXIT_AT, .. }
    ));
}

#[test]
fn aarch64_system_instructions_are_undefined_at_el0() {
    let mut sb = sandbox(Isa::Aarch64);
    let pc = CODE_AT + 4;
    for (insn, name) in [
        (0xd538_4240, "mrs x0, CurrentEL"),
        (0xd503_42df, "msr daifset, #2"),
        (0xd53b_4220, "mrs x0, daif"),
        (0xd538_1000, "mrs x0, sctlr_el1"),
        (0xd518_1000, "msr sctlr_el1, x0"),
        (0xd518_c000, "msr vbar_el1, x0"),
        (0xd508_871f, "tlbi vmalle1"),
        (0xd508_751f, "ic iallu"),
        (0xd508_7620, "dc ivac, x0"),
        (0xd69f_03e0, "eret"),
        (0xd400_0003, "smc #0"),
    ] {
        let stop = a64_run(&mut sb, insn);
        let ok = match stop {
            Stop::InvalidInstruction { pc: p } => p == pc,
            Stop::Interrupt { intno, pc: p } => p == pc && intno == aarch64::EXCP_SMC,
            _ => false,
        };
        assert!(ok, "{name}: {stop:?}");
    }
    assert_eq!(
        a64_run(&mut sb, 0xd503_207f),
        Stop::Interrupt {
            intno: aarch64::EXCP_WFI,
            pc
        },
        "wfi"
    );
    // What user space may do: read CTR_EL0 and TPIDR_EL0, wfe, dc zva.
    for insn in [0xd53b_0020u32, 0xd53b_d040, 0xd503_205f, 0xd50b_7420] {
        let stop = a64_run(&mut sb, insn);
        assert!(
            matches!(
                stop,
                Stop::FetchFromNonExecutable {
                    addr: A64_EXIT_AT,
                    ..
                }
            ) || matches!(stop, Stop::WriteViolation { .. }),
            "{insn:#x}: {stop:?}"
        );
    }
}
