//! Traces: what one sandboxed run of a stencil did, normalised so that runs
//! at different placements, with or without relaxations, and on different
//! targets can be compared event by event.
//!
//! Every address is written relative to what it points into (`frame+0x40`,
//! `heap+0x1230`, `&PySpam_Add`, `CONTINUE`) and every run-time value by its
//! name (`OPARG`, `OPERAND0`) when it equals one.

use serde::Serialize;
use std::fmt;

/// A normalised value.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Value {
    /// An address inside a sandbox region: `frame`, `stack`, `tstate`,
    /// `heap`, `executor`, `code`, `data`, `scratch`.
    In { region: String, offset: u64 },
    /// An address inside an external symbol's object.
    Symbol { name: String, offset: u64 },
    /// An exit's address (`CONTINUE`, `JUMP_TARGET`, `ERROR_TARGET`).
    Exit(String),
    /// A run-time value the stencil was patched with (`OPARG`, `OPERAND0`,
    /// `OPERAND0_LO`, `TARGET`), possibly plus a small offset.
    Operand { name: String, offset: i64 },
    /// Any other number.
    Number(u64),
    /// A register the stencil never wrote (still holding its poison value).
    Unset,
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::In { region, offset: 0 } => write!(f, "{region}"),
            Value::In { region, offset } => write!(f, "{region}+{offset:#x}"),
            Value::Symbol { name, offset: 0 } => write!(f, "&{name}"),
            Value::Symbol { name, offset } => write!(f, "&{name}+{offset:#x}"),
            Value::Exit(name) => f.write_str(name),
            Value::Operand { name, offset: 0 } => f.write_str(name),
            Value::Operand { name, offset } => write!(f, "{name}{offset:+#x}"),
            Value::Number(n) => write!(f, "{n:#x}"),
            Value::Unset => f.write_str("?"),
        }
    }
}

/// How a run ended.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExitKind {
    /// One of the trace's exits (`CONTINUE`, `JUMP_TARGET`, `ERROR_TARGET`).
    Exit(String),
    /// Returned to the shim (the trace leaves the JIT).
    Return,
    /// Jumped to an address loaded from memory (another executor's code).
    Indirect(Value),
    /// Tail call into an external function.
    TailCall(String),
}

impl fmt::Display for ExitKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExitKind::Exit(name) => f.write_str(name),
            ExitKind::Return => f.write_str("return to the shim"),
            ExitKind::Indirect(v) => write!(f, "indirect jump to {v}"),
            ExitKind::TailCall(s) => write!(f, "tail call to {s}"),
        }
    }
}

/// One observable event.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case", tag = "event")]
pub enum Event {
    /// A call of an external function: its arguments (up to the last one
    /// the stencil set) and what the stub returned.
    Call {
        symbol: String,
        args: Vec<Value>,
        returned: Value,
    },
    /// A store into a sandbox region.
    Write { to: Value, size: u32, value: Value },
    /// The run left the stencil: how, and the JIT's arguments at that point.
    Exit {
        how: ExitKind,
        state: Vec<(String, Value)>,
    },
}

impl fmt::Display for Event {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Event::Call {
                symbol,
                args,
                returned,
            } => {
                let a: Vec<String> = args.iter().map(|v| v.to_string()).collect();
                write!(f, "call {symbol}({}) -> {returned}", a.join(", "))
            }
            Event::Write { to, size, value } => write!(f, "write{} {to} = {value}", size * 8),
            Event::Exit { how, state } => {
                let s: Vec<String> = state.iter().map(|(k, v)| format!("{k}={v}")).collect();
                write!(f, "exit {how} with {}", s.join(", "))
            }
        }
    }
}

/// The events of one run, in order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize)]
pub struct Trace {
    pub events: Vec<Event>,
}

impl Trace {
    pub fn exit(&self) -> Option<&ExitKind> {
        self.events.iter().rev().find_map(|e| match e {
            Event::Exit { how, .. } => Some(how),
            _ => None,
        })
    }

    /// Whether two traces show the same behaviour: the same events in the
    /// same order, where two calls compare their arguments only as far as
    /// both recorded them. A callee's arity is not in the stencil, so the
    /// argument list ends at the last argument register the code set, and a
    /// register left over from earlier work may lengthen it on one target.
    pub fn equivalent(&self, other: &Trace) -> bool {
        self.first_divergence(other).is_none()
    }

    /// The first event where two traces differ in behaviour (see
    /// [`Trace::equivalent`]).
    pub fn first_divergence<'a>(
        &'a self,
        other: &'a Trace,
    ) -> Option<(usize, Option<&'a Event>, Option<&'a Event>)> {
        let n = self.events.len().max(other.events.len());
        (0..n).find_map(|i| {
            let (a, b) = (self.events.get(i), other.events.get(i));
            let same = match (a, b) {
                (
                    Some(Event::Call {
                        symbol: s1,
                        args: a1,
                        returned: r1,
                    }),
                    Some(Event::Call {
                        symbol: s2,
                        args: a2,
                        returned: r2,
                    }),
                ) => s1 == s2 && r1 == r2 && a1.iter().zip(a2).all(|(x, y)| x == y),
                (x, y) => x == y,
            };
            (!same).then_some((i, a, b))
        })
    }

    /// The first event where two traces differ, with both sides.
    pub fn first_difference<'a>(
        &'a self,
        other: &'a Trace,
    ) -> Option<(usize, Option<&'a Event>, Option<&'a Event>)> {
        let n = self.events.len().max(other.events.len());
        (0..n).find_map(|i| {
            let (a, b) = (self.events.get(i), other.events.get(i));
            (a != b).then_some((i, a, b))
        })
    }

    /// A readable side-by-side diff: equal events once, differing ones as
    /// `-` (this trace) and `+` (the other).
    pub fn diff(&self, other: &Trace) -> String {
        let mut out = String::new();
        let n = self.events.len().max(other.events.len());
        for i in 0..n {
            match (self.events.get(i), other.events.get(i)) {
                (Some(a), Some(b)) if a == b => out.push_str(&format!("  {a}\n")),
                (a, b) => {
                    if let Some(a) = a {
                        out.push_str(&format!("- {a}\n"));
                    }
                    if let Some(b) = b {
                        out.push_str(&format!("+ {b}\n"));
                    }
                }
            }
        }
        out
    }
}

impl fmt::Display for Trace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for e in &self.events {
            writeln!(f, "{e}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_names_the_first_differing_event() {
        let call = |s: &str| Event::Call {
            symbol: s.into(),
            args: vec![Value::In {
                region: "frame".into(),
                offset: 0x40,
            }],
            returned: Value::Number(0),
        };
        let a = Trace {
            events: vec![call("PySpam_Add"), call("PyEggs")],
        };
        let b = Trace {
            events: vec![call("PySpam_Add"), call("PyBacon")],
        };
        let (i, x, y) = a.first_difference(&b).unwrap();
        assert_eq!(i, 1);
        assert_eq!(x.unwrap().to_string(), "call PyEggs(frame+0x40) -> 0x0");
        assert_eq!(y.unwrap().to_string(), "call PyBacon(frame+0x40) -> 0x0");
        assert!(a.diff(&b).contains("- call PyEggs"));
        assert!(a.diff(&b).contains("+ call PyBacon"));
        assert_eq!(a.first_difference(&a.clone()), None);
    }
}
