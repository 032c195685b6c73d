//! Per-thread engine reuse.

use std::cell::RefCell;

use crate::{Isa, Sandbox, SandboxConfig};

thread_local! {
    static POOL: RefCell<[Option<Box<Sandbox>>; 3]> = const { RefCell::new([None, None, None]) };
}

fn index(isa: Isa) -> usize {
    match isa {
        Isa::X86_64 => 0,
        Isa::X86_32 => 1,
        Isa::Aarch64 => 2,
    }
}

/// Run `f` with this thread's sandbox for `isa`, creating it (default
/// configuration) on first use.  The engine, its translated code and its
/// page cache are kept for the next call; call [`Sandbox::reset`] inside `f`
/// before running.  Re-entrant: a nested call for the same ISA gets a
/// temporary sandbox.  Panics if Unicorn cannot create an engine.
pub fn with_sandbox<R>(isa: Isa, f: impl FnOnce(&mut Sandbox) -> R) -> R {
    with_sandbox_config(isa, SandboxConfig::default, f)
}

/// As [`with_sandbox`], with the configuration used if this thread has no
/// sandbox for `isa` yet.
pub fn with_sandbox_config<R>(
    isa: Isa,
    config: impl FnOnce() -> SandboxConfig,
    f: impl FnOnce(&mut Sandbox) -> R,
) -> R {
    let i = index(isa);
    let taken = POOL.with(|p| p.borrow_mut()[i].take());
    let mut sb = match taken {
        Some(sb) => sb,
        None => Box::new(
            Sandbox::with_config(isa, config())
                .unwrap_or_else(|e| panic!("cannot create a {isa:?} sandbox: {e}")),
        ),
    };
    let r = f(&mut sb);
    POOL.with(|p| {
        let mut p = p.borrow_mut();
        if p[i].is_none() {
            p[i] = Some(sb);
        }
    });
    r
}
