//! `reports/schema.json` describes what `render_json` emits: real output of
//! the pipeline (bundled sets, broken inputs) and a hand-made report with
//! every status validate against it, and its enumerations match the tool's.

mod report_common;

use report_common::*;
use serde_json::Value;
use stencil_verify::model::Shape;
use stencil_verify::report::render_json;
use stencil_verify::run::{verify_files, CheckName, Report, RunConfig};
use stencil_verify::target::Target;

fn schema() -> Value {
    let path = manifest_dir().join("../reports/schema.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).expect("reports/schema.json is JSON")
}

fn validate(report: &Report, what: &str) -> Value {
    let schema = schema();
    let validator = jsonschema::draft202012::new(&schema).expect("a valid draft 2020-12 schema");
    let json: Value = serde_json::from_str(&render_json(report)).expect("render_json gives JSON");
    let errors: Vec<String> = validator
        .iter_errors(&json)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect();
    assert!(
        errors.is_empty(),
        "{what}: the JSON report does not match reports/schema.json (update the schema with the report):\n{}",
        errors.join("\n")
    );
    json
}

#[test]
fn schema_is_a_draft_2020_12_schema() {
    let schema = schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    jsonschema::meta::validate(&schema).expect("the schema validates against its metaschema");
}

#[test]
fn bundled_sets_validate() {
    // Rendering is under test, not the oracle: a few samples suffice.
    let config = RunConfig {
        samples: 4,
        trials: 4,
        ..RunConfig::default()
    };
    let report = verify_files(&bundled_314(), &config);
    let json = validate(&report, "bundled 3.14 sets");
    assert_eq!(json["sets"].as_array().unwrap().len(), 7);
    assert!(!json["outcomes"].as_array().unwrap().is_empty());
}

#[test]
fn broken_sets_validate() {
    let report = mixed_run("report_schema_broken");
    let json = validate(&report, "bundled and broken sets");
    // The run exercised the optional and nullable parts of the schema.
    let findings = json["findings"].as_array().unwrap();
    for key in ["hole", "bytes", "context", "stencil", "target"] {
        assert!(
            findings.iter().any(|f| f.get(key).is_some()),
            "some finding has `{key}`"
        );
    }
    let sets = json["sets"].as_array().unwrap();
    assert!(
        sets.iter().any(|s| s["target"].is_null()),
        "a set without target"
    );
    assert!(
        sets.iter().any(|s| s["shape"].is_null()),
        "a set without shape"
    );
    assert!(sets.iter().any(|s| s["incomplete"] == true));
}

#[test]
fn every_status_validates() {
    let json = validate(&sample_report(), "hand-made report");
    let statuses: Vec<&str> = json["outcomes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["status"].as_str().unwrap())
        .collect();
    for s in ["passed", "warned", "failed", "not-checked"] {
        assert!(statuses.contains(&s), "{s} in {statuses:?}");
    }
}

#[test]
fn the_schema_rejects_what_the_tool_never_writes() {
    let schema = schema();
    let validator = jsonschema::draft202012::new(&schema).unwrap();
    let good: Value = serde_json::from_str(&render_json(&sample_report())).unwrap();
    assert!(validator.is_valid(&good));
    type Mutation = (&'static str, fn(&mut Value));
    let mutations: [Mutation; 5] = [
        ("unknown status", |v| {
            v["outcomes"][0]["status"] = "skipped".into()
        }),
        ("line 0", |v| v["findings"][0]["span"]["line"] = 0.into()),
        ("unknown top-level field", |v| {
            v["extra"] = true.into();
        }),
        ("missing message", |v| {
            v["findings"][0].as_object_mut().unwrap().remove("message");
        }),
        ("bad bytes", |v| v["findings"][0]["bytes"] = "5D C3".into()),
    ];
    for (what, mutate) in mutations {
        let mut bad = good.clone();
        mutate(&mut bad);
        assert!(!validator.is_valid(&bad), "the schema accepts {what}");
    }
}

fn schema_enum(path: &str) -> Vec<String> {
    let schema = schema();
    let node = schema
        .pointer(path)
        .unwrap_or_else(|| panic!("{path} in the schema"));
    node["enum"]
        .as_array()
        .unwrap_or_else(|| panic!("{path} is an enum"))
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn schema_enumerations_match_the_tool() {
    let targets: Vec<String> = Target::ALL.iter().map(|t| t.triple().to_owned()).collect();
    assert_eq!(schema_enum("/$defs/target"), targets);
    let shapes: Vec<String> = Shape::ALL.iter().map(|s| s.name().to_owned()).collect();
    assert_eq!(schema_enum("/$defs/shape"), shapes);
    // Check names are an open pattern; every current one must match it.
    let schema = schema();
    let pattern = schema["$defs"]["identifier"]["pattern"].as_str().unwrap();
    let re = regex::Regex::new(pattern).unwrap();
    for c in CheckName::ALL {
        assert!(re.is_match(c.name()), "{} matches {pattern}", c.name());
    }
}

#[test]
fn gate_report_validates() {
    // The gate of the behaviour-change rebuild against the bundled sets:
    // every optional field of a gate entry is exercised.
    use stencil_verify::gate::{compare, BaselineScope, Gate};
    let root = manifest_dir().join("..");
    let files: Vec<std::path::PathBuf> = ["aarch64-unknown-linux-gnu", "x86_64-unknown-linux-gnu"]
        .iter()
        .map(|t| root.join(format!("cases/gate/behaviour-change/3.14/{t}.h")))
        .collect();
    let baseline: Vec<std::path::PathBuf> = run_discover(&root.join("cases/stencils/3.14"));
    let config = RunConfig {
        checks: vec![CheckName::Structure],
        samples: 4,
        trials: 4,
        ..RunConfig::default()
    };
    let mut report = verify_files(&files, &config);
    let entries = compare(&files, &baseline, &config, BaselineScope::CurrentTargets)
        .expect("the bundled baseline loads");
    report.gate = Some(Gate::new(entries, false));
    let json = validate(&report, "a gate report");
    let gate = json["gate"].as_array().unwrap();
    assert!(gate
        .iter()
        .any(|e| e["status"] == "behaviour-changed" && e.get("diff").is_some()));
    assert!(gate.iter().any(|e| e["status"] == "unchanged"));
}

fn run_discover(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    stencil_verify::run::discover(dir).expect("bundled sets")
}
