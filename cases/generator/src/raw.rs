//! The format-neutral picture of one object file, before the build step's
//! processing: two blobs (code and read-only data) and the relocations that
//! apply to them, each already named with its object-format relocation kind
//! and reduced to CPython's "base value + symbol + addend" form.
//!
//! This mirrors the intermediate state of CPython's `_stencils.StencilGroup`
//! right after `_targets._Target._parse` (`Hole.value` may still be `GOT`,
//! `Hole.symbol` may still name a symbol the object defines itself).

use std::collections::HashMap;
use std::fmt;
use stencil_verify::model::{HoleValue, Part};

/// A generator failure. Always names what failed and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(pub String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

pub type Result<T> = std::result::Result<T, Error>;

/// Builds an [`Error`] with `format!` syntax.
#[macro_export]
macro_rules! fail {
    ($($arg:tt)*) => {
        $crate::raw::Error(format!($($arg)*))
    };
}

/// The base a raw hole is relative to: one of the model's run-time values,
/// or (before GOT processing) "the GOT slot of `symbol`".
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Base {
    Value(HoleValue),
    /// CPython's `HoleValue.GOT`: the hole needs the address of a data slot
    /// that will hold the symbol's address. Replaced by `DATA + slot` when
    /// the group's GOT is laid out.
    Got,
}

/// One relocation, as CPython's `_stencils.Hole` before processing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawHole {
    /// Offset in the blob (already including the section's base).
    pub offset: u64,
    /// The object-format relocation name (`R_X86_64_PLT32`,
    /// `IMAGE_REL_AMD64_REL32`, ...).
    pub kind: &'static str,
    pub base: Base,
    /// The symbol whose address is added (prefix stripped), if any.
    pub symbol: Option<String>,
    /// Where `symbol` is defined, if this object defines it in a kept
    /// section: (blob, offset). Such holes become `CODE`/`DATA` + offset.
    pub defined: Option<(Part, u64)>,
    /// Signed; wraps at 64 bits like CPython's `_signed`.
    pub addend: i64,
}

/// A code or data blob with the relocations that apply to it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawStencil {
    pub body: Vec<u8>,
    pub holes: Vec<RawHole>,
    /// Comment lines (disassembly for code, contents for data).
    pub comments: Vec<String>,
}

/// One object file, read: CPython's `StencilGroup` after `_parse`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawGroup {
    /// The object's name (for messages): `_LOAD_FAST.o`.
    pub object: String,
    pub code: RawStencil,
    pub data: RawStencil,
    /// Symbols the object defines in a kept section (prefix stripped), and
    /// the names relocations use for kept sections themselves:
    /// name → (blob, offset in blob).
    pub symbols: HashMap<String, (Part, u64)>,
}

impl RawGroup {
    pub fn stencil_mut(&mut self, part: Part) -> &mut RawStencil {
        match part {
            Part::Code => &mut self.code,
            Part::Data => &mut self.data,
        }
    }
}

/// The `_JIT_*` names CPython's template uses for run-time values.
pub fn special_value(name: &str) -> Option<HoleValue> {
    let rest = name.strip_prefix("_JIT_")?;
    HoleValue::ALL
        .into_iter()
        .filter(|v| !matches!(v, HoleValue::Code | HoleValue::Data | HoleValue::Zero))
        .find(|v| v.name() == rest)
}

/// CPython's `symbol_to_value`: a `_JIT_*` name becomes its base value with
/// no symbol; any other name stays a symbol on a `ZERO` base.
pub fn symbol_to_value(name: &str) -> (HoleValue, Option<String>) {
    match special_value(name) {
        Some(v) => (v, None),
        None => (HoleValue::Zero, Some(name.to_owned())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_names_map_to_hole_values() {
        assert_eq!(special_value("_JIT_CONTINUE"), Some(HoleValue::Continue));
        assert_eq!(
            special_value("_JIT_OPERAND0_HI"),
            Some(HoleValue::Operand0Hi)
        );
        assert_eq!(
            special_value("_JIT_ERROR_TARGET"),
            Some(HoleValue::ErrorTarget)
        );
        assert_eq!(special_value("_JIT_ENTRY"), None);
        assert_eq!(special_value("_JIT_CODE"), None);
        assert_eq!(special_value("PySpam_Add"), None);
        assert_eq!(
            symbol_to_value("PySpam_Add"),
            (HoleValue::Zero, Some("PySpam_Add".to_owned()))
        );
        assert_eq!(symbol_to_value("_JIT_OPARG"), (HoleValue::Oparg, None));
    }
}
