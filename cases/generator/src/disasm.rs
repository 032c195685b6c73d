//! Disassembly comments: `llvm-objdump -d -r` of each object, cleaned the way
//! CPython's build step cleans it (everything from the first `0:` line on,
//! tabs expanded, whitespace trimmed, empty lines dropped). Context only:
//! nothing depends on these lines.

use crate::fail;
use crate::raw::Result;
use std::path::Path;
use std::process::Command;

/// Runs `objdump -d -r <object>` in the object's directory (so that no
/// absolute path appears in the output) and returns the cleaned lines.
pub fn disassemble(objdump: &str, object: &Path) -> Result<Vec<String>> {
    let dir = object.parent().unwrap_or(Path::new("."));
    let name = object
        .file_name()
        .ok_or_else(|| fail!("{}: no file name", object.display()))?;
    let output = Command::new(objdump)
        .arg("--disassemble")
        .arg("--reloc")
        .arg(name)
        .current_dir(dir)
        .output()
        .map_err(|e| fail!("cannot run {objdump}: {e}"))?;
    if !output.status.success() {
        return Err(fail!(
            "{objdump} failed on {}: {}",
            object.display(),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let text = String::from_utf8(output.stdout)
        .map_err(|_| fail!("{objdump}: output for {} is not UTF-8", object.display()))?;
    Ok(clean(&text))
}

/// Keeps the lines from the first one that starts (after indentation) with
/// `0:`, each with tabs expanded to 8-column stops and trimmed.
pub fn clean(text: &str) -> Vec<String> {
    let mut started = false;
    let mut lines = Vec::new();
    for line in text.lines() {
        if line.trim_start().starts_with("0:") {
            started = true;
        }
        if !started {
            continue;
        }
        let cleaned = expand_tabs(line);
        let cleaned = cleaned.trim();
        if !cleaned.is_empty() {
            lines.push(cleaned.to_owned());
        }
    }
    lines
}

/// Python's `str.expandtabs(8)`.
pub fn expand_tabs(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 16);
    let mut column = 0usize;
    for c in line.chars() {
        match c {
            '\t' => {
                let spaces = 8 - column % 8;
                out.extend(std::iter::repeat_n(' ', spaces));
                column += spaces;
            }
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleaning() {
        let text = "\nx.o:\tfile format elf64-x86-64\n\nDisassembly of section .text:\n\n\
                    0000000000000000 <_JIT_ENTRY>:\n       0: 50                           \tpushq\t%rax\n\
                    \t\t0000000000000001:  R_X86_64_64\t_JIT_OPARG\n\n";
        assert_eq!(
            clean(text),
            vec![
                // Tab stops count from the untrimmed line's start.
                "0: 50                            pushq   %rax".to_owned(),
                "0000000000000001:  R_X86_64_64  _JIT_OPARG".to_owned(),
            ]
        );
        assert_eq!(expand_tabs("ab\tc"), "ab      c");
    }
}
