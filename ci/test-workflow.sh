#!/usr/bin/env bash
# Runs the run steps of ci/github/stencil-verify.yml locally, as the
# workflow's jobs would, against a throw-away repository laid out like a
# CPython checkout:
#
#   commit A (3 days old)  Tools/jit/stencils/{aarch64,x86_64}-unknown-linux-gnu.h
#                          = the bundled 3.14 sets (cases/stencils/3.14/)
#   commit B               the bytes-only rebuild (cases/gate/bytes-only/3.14/)
#   commit C               the behaviour change (cases/gate/behaviour-change/3.14/)
#
# Scenarios (pull request = base commit and head commit):
#
#   A -> B, --strict       every shard of 7 exits 0; shards 3 and 7 (the two
#                          triples) classify stencils bytes-changed, none
#                          behaviour-changed
#   A -> C                 exit 0; behaviour-changed stencils listed
#   A -> C, --strict       exit 1 on shards 3 and 7, 0 on the others
#   nightly at C           no pull request: baseline = the commit of 24
#                          hours before (A), exit 0
#
# Each job gets a fresh clone and runner directories; the "Baseline
# worktree" and "Verify shard" steps' scripts are extracted from the YAML
# and run unchanged. After every job the script checks the exit code and
# that report.json, junit.xml, report.html and stdout.json exist and parse.
#
# Environment: STENCIL_VERIFY, the binary to run (default: built with
# cargo); STENCIL_VERIFY_ARGS, extra options for every run (default: few
# trials and samples, so that the script takes seconds). Needs bash, git and
# python3. Exit status 0 when every check passed.
set -euo pipefail

CI="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$CI")"
WORKFLOW="$CI/github/stencil-verify.yml"

fail() {
    echo "test-workflow.sh: FAILED: $*" >&2
    exit 1
}

for tool in git python3; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool is needed"
done
[ -f "$WORKFLOW" ] || fail "no $WORKFLOW"

SV="${STENCIL_VERIFY:-}"
if [ -z "$SV" ]; then
    (cd "$ROOT" && cargo build -q --release -p stencil-verify)
    SV="$ROOT/target/release/stencil-verify"
fi
[ -x "$SV" ] || fail "STENCIL_VERIFY=$SV is not an executable"
export STENCIL_VERIFY="$SV"
if [ -z "${STENCIL_VERIFY_ARGS+set}" ]; then
    STENCIL_VERIFY_ARGS="--trials 4 --samples 4 --checks structure,sandbox"
fi
export STENCIL_VERIFY_ARGS

# The workflow's shape: the triggers and the job matrix this script mirrors.
grep -q '^  pull_request:$' "$WORKFLOW" || fail "the workflow does not run on pull requests"
grep -q '"Tools/jit/\*\*"' "$WORKFLOW" || fail "the workflow does not filter on Tools/jit/**"
grep -q '^  schedule:$' "$WORKFLOW" || fail "the workflow has no nightly schedule"
grep -q 'shard: ${{ fromJSON(needs.build.outputs.matrix) }}' "$WORKFLOW" ||
    fail "the workflow has no matrix over shards"
grep -q "SHARDS: \${{ inputs.shards || '7' }}" "$WORKFLOW" || fail "the default shard count is not 7"

# step_script NAME: the `run: |` block of the step named NAME, dedented.
step_script() {
    awk -v name="$1" '
        function indent(s) { match(s, /^ */); return RLENGTH }
        state == 0 && $0 ~ ("^ *- name: " name "$") { state = 1; step = indent($0); next }
        state == 1 && $0 ~ /^ *- / && indent($0) == step { exit }
        state == 1 && $0 ~ /^ *run: \|$/ { state = 2; key = indent($0); next }
        state == 2 {
            if ($0 ~ /^ *$/) { print ""; next }
            if (indent($0) <= key) exit
            if (block == "") block = indent($0)
            print substr($0, block + 1)
        }
    ' "$WORKFLOW"
}
BASELINE_STEP="$(step_script 'Baseline worktree')"
VERIFY_STEP="$(step_script 'Verify shard')"
[ -n "$BASELINE_STEP" ] || fail "no 'Baseline worktree' step with a run: | block"
[ -n "$VERIFY_STEP" ] || fail "no 'Verify shard' step with a run: | block"
case "$BASELINE_STEP$VERIFY_STEP" in
    *'${{'*) fail "a run step uses a \${{ }} expression: it cannot be run outside GitHub" ;;
esac

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# The CPython-like repository.
repo="$tmp/repo"
mkdir -p "$repo/Tools/jit/stencils"
git -C "$repo" init -q
commit() { # DIR MESSAGE [DATE]
    cp "$ROOT/$1/aarch64-unknown-linux-gnu.h" "$ROOT/$1/x86_64-unknown-linux-gnu.h" \
        "$repo/Tools/jit/stencils/"
    git -C "$repo" add -A
    GIT_AUTHOR_DATE="${3:-}" GIT_COMMITTER_DATE="${3:-}" \
        git -C "$repo" -c user.name=test-workflow -c user.email=test-workflow@localhost \
        -c commit.gpgsign=false commit -q -m "$2"
    git -C "$repo" rev-parse HEAD
}
three_days_ago="$(date -u -d '3 days ago' '+%Y-%m-%dT%H:%M:%SZ' 2>/dev/null || date -u -v-3d '+%Y-%m-%dT%H:%M:%SZ')"
A="$(commit cases/stencils/3.14 "bundled 3.14 sets" "$three_days_ago")"
B="$(commit cases/gate/bytes-only/3.14 "bytes-only rebuild")"
C="$(git -C "$repo" checkout -q "$A" && git -C "$repo" checkout -q -b behaviour &&
    commit cases/gate/behaviour-change/3.14 "behaviour change")"

# job SCENARIO HEAD BASE STRICT SHARD SHARDS EXPECTED_EXIT: one matrix job.
job() {
    local scenario="$1" head="$2" base="$3" strict="$4" shard="$5" shards="$6" expected="$7"
    local ws="$tmp/$scenario/shard-$shard"
    mkdir -p "$ws/runner-temp"
    git clone -q "$repo" "$ws/cpython"
    git -C "$ws/cpython" checkout -q --detach "$head"
    : > "$ws/github-env"
    : > "$ws/step-summary"
    (
        cd "$ws/cpython"
        GITHUB_ENV="$ws/github-env" RUNNER_TEMP="$ws/runner-temp" BASE_SHA="$base" \
            bash -c "$BASELINE_STEP"
    ) > "$ws/baseline-step.log" 2>&1 || fail "$scenario shard $shard: the baseline step failed: $(cat "$ws/baseline-step.log")"
    local baseline
    baseline="$(sed -n 's/^BASELINE=//p' "$ws/github-env" | tail -n 1)"
    local status=0
    (
        cd "$ws/cpython"
        GITHUB_WORKSPACE="$ws" GITHUB_STEP_SUMMARY="$ws/step-summary" BASELINE="$baseline" \
            SHARD="$shard" SHARDS="$shards" STRICT="$strict" bash -c "$VERIFY_STEP"
    ) > "$ws/verify-step.log" 2>&1 || status=$?
    [ "$status" = "$expected" ] ||
        fail "$scenario shard $shard/$shards: exit $status, expected $expected: $(cat "$ws/verify-step.log")"
    local out="$ws/reports/shard-$shard"
    for f in report.json junit.xml report.html stdout.json exit-code; do
        [ -f "$out/$f" ] || fail "$scenario shard $shard: no reports/shard-$shard/$f"
    done
    [ "$(cat "$out/exit-code")" = "$status" ] || fail "$scenario shard $shard: exit-code file disagrees"
    python3 - "$out" "$scenario" "$shard" "$shards" "$baseline" <<'EOF' || fail "$scenario shard $shard: the reports do not check out"
import html.parser, json, os, sys, xml.etree.ElementTree as ET
out, scenario, shard, shards, baseline = sys.argv[1:]
report = json.load(open(os.path.join(out, "report.json")))
assert json.load(open(os.path.join(out, "stdout.json"))) == report, "stdout differs from --report"
suites = ET.parse(os.path.join(out, "junit.xml")).getroot()
assert suites.tag == "testsuites", suites.tag
page = open(os.path.join(out, "report.html"), encoding="utf-8").read()
parser = html.parser.HTMLParser()
parser.feed(page)
parser.close()
assert page.lstrip().lower().startswith("<!doctype html"), "not an HTML page"

triples = sorted([
    "aarch64-apple-darwin", "aarch64-pc-windows-msvc", "aarch64-unknown-linux-gnu",
    "i686-pc-windows-msvc", "x86_64-apple-darwin", "x86_64-pc-windows-msvc",
    "x86_64-unknown-linux-gnu",
])
mine = [t for i, t in enumerate(triples) if i % int(shards) == int(shard) - 1]
present = [t for t in mine if t in ("aarch64-unknown-linux-gnu", "x86_64-unknown-linux-gnu")]
assert sorted(s["target"] for s in report["sets"]) == present, (report["sets"], present)
gate = report.get("gate")
if not baseline:
    assert gate is None, "a gate without a baseline"
    sys.exit(0)
assert gate is not None, "no gate in the report"
assert sorted({e["target"] for e in gate}) == present, "gate entries outside the shard"
count = lambda s: sum(1 for e in gate if e["status"] == s)
assert count("added") == 0 and count("removed") == 0, "added/removed stencils"
cases = [c for s in suites.iter("testsuite") if s.get("name") == "gate" for c in s.iter("testcase")]
assert len(cases) == len(gate), "one JUnit gate case per stencil"
if not present:
    sys.exit(0)
if scenario.startswith("bytes-only"):
    assert count("bytes-changed") >= 1 and count("behaviour-changed") == 0, gate
else:
    changed = [e for e in gate if e["status"] == "behaviour-changed"]
    expected = sorted(["_LOAD_CONST_INLINE", "_TO_BOOL_INT"] * len(present))
    assert sorted(e["stencil"] for e in changed) == expected, changed
    for e in changed:
        assert e["first_difference"].startswith("trial ") and " event " in e["first_difference"], e
        assert "\n- " in e["diff"] and "\n+ " in e["diff"], e
    assert "behaviour-changed" in page
EOF
    [ -s "$ws/step-summary" ] || fail "$scenario shard $shard: no step summary"
    echo "test-workflow.sh: $scenario shard $shard/$shards: exit $status, reports ok"
}

for shard in 1 2 3 4 5 6 7; do
    job bytes-only "$B" "$A" true "$shard" 7 0
done
for shard in 3 7; do
    job behaviour "$C" "$A" false "$shard" 7 0
done
for shard in 1 3 7; do
    case "$shard" in 1) expected=0 ;; *) expected=1 ;; esac
    job behaviour-strict "$C" "$A" true "$shard" 7 "$expected"
done
job nightly "$C" "" false 7 7 0
# The nightly job compared with A (the commit of more than 24 hours before).
grep -q 'behaviour-changed' "$tmp/nightly/shard-7/reports/shard-7/report.json" ||
    fail "nightly: no behaviour change found against the commit of 24 hours before"
# Fewer shards: shard 1 of 2 covers both triples.
job bytes-only-2-shards "$B" "$A" false 1 2 0
echo "test-workflow.sh: all checks passed"
