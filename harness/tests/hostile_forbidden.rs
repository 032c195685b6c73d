//! Forbidden behaviour is reported, never followed: system calls,
//! interrupts, breakpoints, halts, privileged and undefined instructions,
//! stores into the stencil's own code or read-only data, and jumps into
//! data, on x86-64, i686 and AArch64. Each is a hand-assembled uop appended
//! to a cut-down bundled set; it must be reported with the right kind, its
//! offset and the header's disassembly line, and the set's other uops must
//! still be verified.

mod hostile_common;

use hostile_common::*;
use stencil_verify::finding::FindingKind;
use stencil_verify::model::{HoleValue, PatchKind};
use stencil_verify::run::{verify_files, CheckName, Status};
use stencil_verify::target::{Arch, Target};

const TARGETS: [Target; 3] = [
    Target::X86_64Linux,
    Target::I686Windows,
    Target::Aarch64Linux,
];

/// One hostile uop and what the sandbox must say about it.
struct Case {
    hostile: Hostile,
    kind: FindingKind,
    /// Offset of the responsible instruction in the code.
    offset: u64,
    /// Text the message must contain (besides the offset).
    says: &'static str,
    /// Text the attached disassembly line must contain.
    mnemonic: &'static str,
}

fn case(
    hostile: Hostile,
    kind: FindingKind,
    offset: u64,
    says: &'static str,
    mnemonic: &'static str,
) -> Case {
    Case {
        hostile,
        kind,
        offset,
        says,
        mnemonic,
    }
}

/// Runs every case of `cases` in one set of `target` and checks each.
fn check(target: Target, cases: Vec<Case>) {
    let dir = scratch_dir(&format!("forbidden-{}", target.triple()));
    let expected: Vec<_> = cases
        .iter()
        .map(|c| (c.hostile.name, c.kind, c.offset, c.says, c.mnemonic))
        .collect();
    let set = with_hostile(
        base_set(target, &GOOD),
        cases.into_iter().map(|c| c.hostile).collect(),
    );
    let path = write_in(&dir, &set);
    let report = verify_files(
        &[path.clone()],
        &quick(&[CheckName::Structure, CheckName::Oracle, CheckName::Sandbox]),
    );
    for (name, kind, offset, says, mnemonic) in expected {
        let found: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.stencil.as_deref() == Some(name) && f.check == "sandbox")
            .collect();
        assert_eq!(found.len(), 1, "{target} {name}: {:#?}", report.findings);
        let f = found[0];
        assert_eq!(f.kind, kind, "{target} {name}: {f:#?}");
        let at = format!("code+{offset:#x}");
        assert!(
            f.message.contains(&at),
            "{target} {name}: the message must name {at}: {}",
            f.message
        );
        assert!(
            f.message.contains(says),
            "{target} {name}: the message must say `{says}`: {}",
            f.message
        );
        assert!(
            f.context.as_deref().is_some_and(|c| c.contains(mnemonic)),
            "{target} {name}: the disassembly line must show `{mnemonic}`: {f:#?}"
        );
        assert!(f.bytes.is_some(), "{target} {name}: no bytes: {f:#?}");
        assert_eq!(f.span.file.as_ref(), path.display().to_string());
        assert_eq!(
            f.span.line,
            line_of(&path, &format!("emit_{name}(")),
            "{target} {name}: the finding points at its emit function"
        );
        let sandbox = report
            .outcomes
            .iter()
            .find(|o| o.stencil == name && o.check == CheckName::Sandbox)
            .expect("a sandbox outcome");
        assert_eq!(sandbox.status, Status::Failed, "{target} {name}");
    }
    assert_good_verified(&report);
    assert!(!report.incomplete(), "{target}: {:#?}", report.sets);
}

/// x86 code: `pad` nops, then `insn` (then the stencil falls through to
/// CONTINUE), with its disassembly.
fn x86(name: &'static str, pad: usize, insn: &[u8], text: &str) -> Hostile {
    let mut h = Hostile::new(name, after_nops(pad, insn));
    for i in 0..pad {
        h = h.disassembly(&format!("{i:x}: 90                            nop"));
    }
    let hex: Vec<String> = insn.iter().map(|b| format!("{b:02x}")).collect();
    h.disassembly(&format!("{pad:x}: {:<30}{text}", hex.join(" ")))
}

/// AArch64 code: two nops, then `insn`, then the fall-through to CONTINUE.
fn a64(name: &'static str, insn: u32, text: &str) -> Hostile {
    Hostile::new(name, words(&[A64_NOP, A64_NOP, insn]))
        .disassembly("0: d503201f      nop")
        .disassembly("4: d503201f      nop")
        .disassembly(&format!("8: {insn:08x}      {text}"))
}

fn is_x86(target: Target) -> bool {
    target.arch() != Arch::Aarch64
}

#[test]
fn system_calls_are_reported_not_made() {
    use FindingKind::ForbiddenInstruction as F;
    for target in TARGETS {
        let cases = match target.arch() {
            Arch::X86_64 => vec![case(
                x86("_HOSTILE_SYSCALL", 2, &[0x0f, 0x05], "syscall"),
                F,
                2,
                "system call (syscall)",
                "syscall",
            )],
            Arch::I686 => vec![case(
                x86("_HOSTILE_SYSENTER", 2, &[0x0f, 0x34], "sysenter"),
                F,
                2,
                "system call (sysenter)",
                "sysenter",
            )],
            Arch::Aarch64 => vec![case(
                a64("_HOSTILE_SVC", 0xd400_0001, "svc #0"),
                F,
                8,
                "system call (svc)",
                "svc",
            )],
        };
        check(target, cases);
    }
}

#[test]
fn software_interrupts_are_reported_not_taken() {
    use FindingKind::ForbiddenInstruction as F;
    for target in TARGETS {
        let cases = if is_x86(target) {
            vec![case(
                x86("_HOSTILE_INT80", 3, &[0xcd, 0x80], "int $0x80"),
                F,
                3,
                "software interrupt (int 0x80)",
                "int $0x80",
            )]
        } else {
            vec![
                case(
                    a64("_HOSTILE_HVC", 0xd400_0002, "hvc #0"),
                    F,
                    8,
                    "hypervisor call (hvc)",
                    "hvc",
                ),
                case(
                    a64("_HOSTILE_SMC", 0xd400_0003, "smc #0"),
                    F,
                    8,
                    "secure monitor call (smc)",
                    "smc",
                ),
            ]
        };
        check(target, cases);
    }
}

#[test]
fn breakpoints_are_reported() {
    use FindingKind::ForbiddenInstruction as F;
    for target in TARGETS {
        let cases = if is_x86(target) {
            vec![case(
                x86("_HOSTILE_INT3", 1, &[0xcc], "int3"),
                F,
                1,
                "breakpoint (int3)",
                "int3",
            )]
        } else {
            vec![case(
                a64("_HOSTILE_BRK", 0xd420_0000, "brk #0"),
                F,
                8,
                "breakpoint (brk)",
                "brk",
            )]
        };
        check(target, cases);
    }
}

#[test]
fn halts_are_reported() {
    use FindingKind::ForbiddenInstruction as F;
    for target in TARGETS {
        let cases = if is_x86(target) {
            vec![case(
                x86("_HOSTILE_HLT", 4, &[0xf4], "hlt"),
                F,
                4,
                "hlt",
                "hlt",
            )]
        } else {
            vec![case(
                a64("_HOSTILE_WFI", 0xd503_207f, "wfi"),
                F,
                8,
                "wait for interrupt (wfi)",
                "wfi",
            )]
        };
        check(target, cases);
    }
}

/// The sandbox runs stencils in user mode (x86 CPL 3, AArch64 EL0), as the
/// JIT's code runs: privileged instructions fault instead of executing.
#[test]
fn privileged_instructions_are_reported_not_executed() {
    use FindingKind::ForbiddenInstruction as F;
    for target in TARGETS {
        let cases = if is_x86(target) {
            vec![
                case(
                    x86("_HOSTILE_CLI", 2, &[0xfa], "cli"),
                    F,
                    2,
                    "privileged instruction (cli",
                    "cli",
                ),
                case(
                    // mov cr0, eax (rax on x86-64)
                    x86(
                        "_HOSTILE_MOV_CR0",
                        2,
                        &[0x0f, 0x22, 0xc0],
                        "movl %eax, %cr0",
                    ),
                    F,
                    2,
                    "privileged instruction (mov cr",
                    "%cr0",
                ),
                case(
                    x86("_HOSTILE_WRMSR", 1, &[0x0f, 0x30], "wrmsr"),
                    F,
                    1,
                    "privileged instruction (wrmsr",
                    "wrmsr",
                ),
                case(
                    x86("_HOSTILE_OUT", 3, &[0xee], "outb %al, %dx"),
                    F,
                    3,
                    "port I/O instruction",
                    "outb",
                ),
            ]
        } else {
            vec![
                case(
                    a64("_HOSTILE_MSR_DAIF", 0xd503_42df, "msr DAIFSet, #0x2"),
                    F,
                    8,
                    "undefined or privileged instruction",
                    "DAIFSet",
                ),
                case(
                    a64("_HOSTILE_MSR_SCTLR", 0xd518_1000, "msr SCTLR_EL1, x0"),
                    F,
                    8,
                    "undefined or privileged instruction",
                    "SCTLR_EL1",
                ),
                case(
                    a64("_HOSTILE_TLBI", 0xd508_871f, "tlbi vmalle1"),
                    F,
                    8,
                    "undefined or privileged instruction",
                    "tlbi",
                ),
            ]
        };
        check(target, cases);
    }
}

#[test]
fn undefined_encodings_are_reported() {
    use FindingKind::ForbiddenInstruction as F;
    for target in TARGETS {
        let cases = if is_x86(target) {
            vec![
                case(
                    x86("_HOSTILE_UD2", 2, &[0x0f, 0x0b], "ud2"),
                    F,
                    2,
                    "undefined or privileged instruction",
                    "ud2",
                ),
                case(
                    x86("_HOSTILE_UNDEFINED", 1, &[0x0f, 0x04], "<unknown>"),
                    F,
                    1,
                    "undefined or privileged instruction",
                    "<unknown>",
                ),
            ]
        } else {
            vec![
                case(
                    a64("_HOSTILE_UDF", 0x0000_0000, "udf #0"),
                    F,
                    8,
                    "undefined or privileged instruction",
                    "udf",
                ),
                case(
                    a64("_HOSTILE_UNDEFINED", 0xffff_ffff, "<unknown>"),
                    F,
                    8,
                    "undefined or privileged instruction",
                    "<unknown>",
                ),
            ]
        };
        check(target, cases);
    }
}

#[test]
fn stores_into_the_stencils_own_code_are_reported() {
    for target in TARGETS {
        let (hostile, offset) = match target.arch() {
            // lea rax, [rip - 7] (the code's start); mov byte [rax], 0x90
            Arch::X86_64 => (
                Hostile::new(
                    "_HOSTILE_SELF_MODIFY",
                    vec![0x48, 0x8d, 0x05, 0xf9, 0xff, 0xff, 0xff, 0xc6, 0x00, 0x90],
                )
                .disassembly("0: 48 8d 05 f9 ff ff ff          leaq    -0x7(%rip), %rax")
                .disassembly("7: c6 00 90                      movb    $-0x70, (%rax)"),
                7,
            ),
            // call +0; pop eax (its own address); mov byte [eax], 0x90
            Arch::I686 => (
                Hostile::new(
                    "_HOSTILE_SELF_MODIFY",
                    vec![0xe8, 0, 0, 0, 0, 0x58, 0xc6, 0x00, 0x90],
                )
                .disassembly("0: e8 00 00 00 00                calll   0x5")
                .disassembly("5: 58                            popl    %eax")
                .disassembly("6: c6 00 90                      movb    $-0x70, (%eax)"),
                6,
            ),
            // adr x0, .; strb w1, [x0]
            Arch::Aarch64 => (
                Hostile::new("_HOSTILE_SELF_MODIFY", words(&[0x1000_0000, 0x3900_0001]))
                    .disassembly("0: 10000000      adr     x0, 0x0")
                    .disassembly("4: 39000001      strb    w1, [x0]"),
                4,
            ),
        };
        check(
            target,
            vec![case(
                hostile,
                FindingKind::WriteToReadOnly,
                offset,
                "in the stencil's code, which is read-only",
                if is_x86(target) { "movb" } else { "strb" },
            )],
        );
    }
}

/// Code that loads the address of its own data into the first register
/// (holes patched with `(uintptr_t)data`), then `tail`; returns the code
/// and the offset of `tail`.
fn data_address_then(
    target: Target,
    name: &'static str,
    tail: &[u8],
    text: &str,
) -> (Hostile, u64) {
    let data = vec![0x11; 16];
    match target.arch() {
        Arch::X86_64 => {
            let mut code = vec![0x48, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0];
            code.extend_from_slice(tail);
            let hex: Vec<String> = tail.iter().map(|b| format!("{b:02x}")).collect();
            (
                Hostile::new(name, code)
                    .data(data)
                    .hole(2, PatchKind::Abs64, HoleValue::Data, 0)
                    .disassembly("0: 48 b8 00 00 00 00 00 00 00 00 movabsq $0x0, %rax")
                    .disassembly(&format!("a: {:<30}{text}", hex.join(" "))),
                10,
            )
        }
        Arch::I686 => {
            let mut code = vec![0xb8, 0, 0, 0, 0];
            code.extend_from_slice(tail);
            let hex: Vec<String> = tail.iter().map(|b| format!("{b:02x}")).collect();
            (
                Hostile::new(name, code)
                    .data(data)
                    .hole(1, PatchKind::Abs32, HoleValue::Data, 0)
                    .disassembly("0: b8 00 00 00 00                movl    $0x0, %eax")
                    .disassembly(&format!("5: {:<30}{text}", hex.join(" "))),
                5,
            )
        }
        Arch::Aarch64 => {
            let mut code = words(&[0xd280_0000, 0xf2a0_0000, 0xf2c0_0000, 0xf2e0_0000]);
            code.extend_from_slice(tail);
            let word = u32::from_le_bytes(tail[..4].try_into().unwrap());
            (
                Hostile::new(name, code)
                    .data(data)
                    .hole(0, PatchKind::Aarch64Mov16a, HoleValue::Data, 0)
                    .hole(4, PatchKind::Aarch64Mov16b, HoleValue::Data, 0)
                    .hole(8, PatchKind::Aarch64Mov16c, HoleValue::Data, 0)
                    .hole(12, PatchKind::Aarch64Mov16d, HoleValue::Data, 0)
                    .disassembly("0: d2800000      mov     x0, #0x0")
                    .disassembly("4: f2a00000      movk    x0, #0x0, lsl #16")
                    .disassembly("8: f2c00000      movk    x0, #0x0, lsl #32")
                    .disassembly("c: f2e00000      movk    x0, #0x0, lsl #48")
                    .disassembly(&format!("10: {word:08x}      {text}")),
                16,
            )
        }
    }
}

#[test]
fn stores_into_read_only_data_are_reported() {
    for target in TARGETS {
        let (tail, text): (&[u8], &str) = match target.arch() {
            Arch::X86_64 => (&[0x48, 0x89, 0x08], "movq    %rcx, (%rax)"),
            Arch::I686 => (&[0x89, 0x08], "movl    %ecx, (%eax)"),
            Arch::Aarch64 => (&[0x01, 0x00, 0x00, 0xf9], "str     x1, [x0]"),
        };
        let (hostile, offset) = data_address_then(target, "_HOSTILE_DATA_STORE", tail, text);
        check(
            target,
            vec![case(
                hostile,
                FindingKind::WriteToReadOnly,
                offset,
                "in the stencil's data, which is read-only",
                text.split_whitespace().next().unwrap(),
            )],
        );
    }
}

#[test]
fn jumps_into_data_are_reported_not_followed() {
    for target in TARGETS {
        let (tail, text): (&[u8], &str) = match target.arch() {
            Arch::X86_64 => (&[0xff, 0xe0], "jmpq    *%rax"),
            Arch::I686 => (&[0xff, 0xe0], "jmpl    *%eax"),
            Arch::Aarch64 => (&[0x00, 0x00, 0x1f, 0xd6], "br      x0"),
        };
        let (hostile, offset) = data_address_then(target, "_HOSTILE_JUMP_DATA", tail, text);
        check(
            target,
            vec![case(
                hostile,
                FindingKind::ExecutionOutsideCode,
                offset,
                "jumps into data",
                text.split_whitespace().next().unwrap(),
            )],
        );
    }
}
