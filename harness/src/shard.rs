//! `--shard i/n`: one slice of the target triples, for CI job matrices.
//!
//! The seven triples are sorted by name; shard `i` of `n` holds those whose
//! index `k` (0-based) has `k % n == i - 1`. With `n = 7` every shard holds
//! exactly one triple; every triple is in exactly one shard for any `n`.

use crate::target::Target;
use std::fmt;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Shard {
    /// 1-based.
    pub index: u32,
    pub count: u32,
}

impl Shard {
    /// Parses `i/n` with `1 <= i <= n <= 7`; the error says what is wrong.
    pub fn parse(s: &str) -> Result<Shard, String> {
        let max = Target::ALL.len() as u32;
        let form = "expected `i/n` with 1 <= i <= n, e.g. `--shard 3/7`";
        let Some((i, n)) = s.split_once('/') else {
            return Err(format!("--shard `{s}`: {form}"));
        };
        let number = |what: &str, v: &str| {
            v.trim().parse::<u32>().map_err(|_| {
                format!("--shard `{s}`: the shard {what} `{v}` is not a whole number; {form}")
            })
        };
        let (index, count) = (number("index", i)?, number("count", n)?);
        if count == 0 {
            return Err(format!(
                "--shard `{s}`: the shard count must be at least 1; {form}"
            ));
        }
        if index == 0 || index > count {
            return Err(format!(
                "--shard `{s}`: the shard index must be between 1 and {count}; {form}"
            ));
        }
        if count > max {
            return Err(format!(
                "--shard `{s}`: there are only {max} target triples, so the shard count must be at most {max}"
            ));
        }
        Ok(Shard { index, count })
    }

    /// The triples of this shard, sorted by name.
    pub fn targets(self) -> Vec<Target> {
        sorted_targets()
            .into_iter()
            .enumerate()
            .filter(|(k, _)| *k as u32 % self.count == self.index - 1)
            .map(|(_, t)| t)
            .collect()
    }

    pub fn contains(self, target: Target) -> bool {
        self.targets().contains(&target)
    }
}

impl fmt::Display for Shard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

/// Every triple, sorted by name (the order shards are cut from).
pub fn sorted_targets() -> Vec<Target> {
    let mut all = Target::ALL.to_vec();
    all.sort_by_key(|t| t.triple());
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_partition_the_triples() {
        for n in 1..=7 {
            let mut seen = Vec::new();
            for i in 1..=n {
                seen.extend(Shard { index: i, count: n }.targets());
            }
            seen.sort_by_key(|t| t.triple());
            assert_eq!(seen, sorted_targets(), "n = {n}");
        }
        assert_eq!(
            Shard::parse("1/7").unwrap().targets(),
            [Target::Aarch64Darwin]
        );
        assert_eq!(
            Shard::parse("7/7").unwrap().targets(),
            [Target::X86_64Linux]
        );
    }

    #[test]
    fn bad_shards_say_why() {
        for (bad, says) in [
            ("3", "expected `i/n`"),
            ("0/7", "between 1 and 7"),
            ("8/7", "between 1 and 7"),
            ("1/0", "at least 1"),
            ("1/9", "at most 7"),
            ("a/7", "index `a`"),
            ("1/-2", "count `-2`"),
        ] {
            let e = Shard::parse(bad).unwrap_err();
            assert!(e.contains(says), "{bad}: {e}");
        }
    }
}
