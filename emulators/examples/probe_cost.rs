use std::time::Instant;
use stencil_emulators::*;
fn main() {
    let mut sb = Sandbox::new(Isa::X86_64).unwrap();
    // 120 bytes: movabs rax, imm64 repeated (10 bytes each) + nops
    let mut code = Vec::new();
    for i in 0..12u64 {
        code.extend_from_slice(&[0x48, 0xb8]);
        code.extend_from_slice(&(i * 0x1111).to_le_bytes());
    }
    for exits in [false, true] {
        for log in [false, true] {
            sb.set_access_log(log);
            let t = Instant::now();
            let n = 2000u64;
            for k in 0..n {
                let base = 0x10_0000_0000 + k * 0x10_0000;
                sb.reset(&[
                    Region::with_bytes(base, &code, Perms::RX, 1),
                    Region::new(base + 0x8_0000, 0x4000, Perms::RW, 2),
                ])
                .unwrap();
                if exits {
                    sb.set_exits(&[base + 10]).unwrap();
                }
                sb.set_sp(base + 0x8_2000);
                let _ = sb.step(base, 1);
            }
            println!(
                "exits={exits} log={log}: {:.1} us/run",
                t.elapsed().as_secs_f64() * 1e6 / n as f64
            );
        }
    }
}
