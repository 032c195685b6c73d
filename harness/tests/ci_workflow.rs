//! ci/test-workflow.sh runs the run steps of ci/github/stencil-verify.yml
//! against a throw-away CPython-like repository with this test's binary:
//! every matrix job's exit code and reports are checked. Nothing is
//! skipped: without bash, git or python3 the test fails.

use std::path::Path;
use std::process::Command;

#[test]
fn ci_workflow_runs_locally() {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ci/test-workflow.sh");
    let out = Command::new("bash")
        .arg(&script)
        .env("STENCIL_VERIFY", env!("CARGO_BIN_EXE_stencil-verify"))
        .env_remove("STENCIL_VERIFY_ARGS")
        .output()
        .unwrap_or_else(|e| panic!("cannot run bash {}: {e}", script.display()));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "ci/test-workflow.sh failed ({}):\n{stdout}\n{stderr}",
        out.status
    );
    assert!(
        stdout.contains("test-workflow.sh: all checks passed"),
        "{stdout}\n{stderr}"
    );
    for job in [
        "bytes-only shard 7/7: exit 0",
        "behaviour-strict shard 3/7: exit 1",
        "nightly shard 7/7: exit 0",
    ] {
        assert!(stdout.contains(job), "no `{job}` in:\n{stdout}");
    }
}
