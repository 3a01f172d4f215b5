//! Scenario walks: real situations from tests/fixtures/scenarios.toml walked through the compiled tree by answer ids.
#![cfg(not(target_arch = "wasm32"))]

use acr_net_guide::tree::{Edge, Node, NodeKind};
use serde::Deserialize;

/// Answers a scenario may take, the start page's answer included: more means the questions ask too much.
const MAX_ANSWERS: usize = 6;

#[derive(Deserialize)]
struct Scenarios {
    scenario: Vec<Scenario>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Scenario {
    name: String,
    start: String,
    answers: Vec<String>,
    expect: String,
    still_failing: Option<String>,
    then: Option<String>,
}

fn scenarios() -> Vec<Scenario> {
    crate::support::toml_fixture::<Scenarios>("scenarios.toml").scenario
}

fn ids(edges: impl Iterator<Item = Edge>) -> String {
    edges.map(|edge| edge.id).collect::<Vec<_>>().join(", ")
}

/// Follows the scenario's answers from the start page; the node reached, or where and why the walk broke.
fn walk(scenario: &Scenario) -> Result<Node, String> {
    let mut node = Node::start();
    for answer in std::iter::once(&scenario.start).chain(&scenario.answers) {
        node = node.edges().find(|edge| edge.id == answer.as_str()).map(|edge| edge.to).ok_or_else(|| {
            format!("at {} there is no answer \"{answer}\" (answers: {})", node.id(), ids(node.edges()))
        })?;
    }
    Ok(node)
}

fn check(scenario: &Scenario) -> Result<(), String> {
    let answers = 1 + scenario.answers.len();
    if answers > MAX_ANSWERS {
        return Err(format!("{answers} answers, more than {MAX_ANSWERS}"));
    }
    let reached = walk(scenario)?;
    if reached.id() != scenario.expect {
        return Err(format!("reached {} ({}), expected {}", reached.id(), reached.kind(), scenario.expect));
    }
    if reached.kind() != NodeKind::Fix {
        return Err(format!("{} is a {}, not a fix", reached.id(), reached.kind()));
    }
    match (&scenario.still_failing, &scenario.then) {
        (None, None) => Ok(()),
        (Some(link), Some(then)) => {
            let target = reached.still_failing_edges().find(|edge| edge.id == link.as_str()).map(|edge| edge.to);
            match target {
                Some(target) if target.id() == then => Ok(()),
                Some(target) => Err(format!("still-failing \"{link}\" opens {}, expected {then}", target.id())),
                None => Err(format!(
                    "{} has no still-failing link \"{link}\" (links: {})",
                    reached.id(),
                    ids(reached.still_failing_edges())
                )),
            }
        }
        _ => Err("still_failing and then go together".to_string()),
    }
}

#[test]
fn every_scenario_reaches_its_fix_within_six_answers() {
    let scenarios = scenarios();
    assert!(scenarios.len() >= 20, "only {} scenarios", scenarios.len());
    let mut problems = Vec::new();
    let mut lengths = Vec::new();
    for scenario in &scenarios {
        let answers = 1 + scenario.answers.len();
        println!("{answers} answers  {} → {}", scenario.name, scenario.expect);
        lengths.push(answers);
        if let Err(problem) = check(scenario) {
            problems.push(format!("{}: {problem}", scenario.name));
        }
    }
    lengths.sort_unstable();
    let middle = lengths.len() / 2;
    let median = if lengths.len() % 2 == 0 {
        (lengths[middle - 1] + lengths[middle]) as f64 / 2.0
    } else {
        lengths[middle] as f64
    };
    println!("scenarios: {}, median {median} answers, longest {}", lengths.len(), lengths.last().unwrap_or(&0));
    assert!(problems.is_empty(), "wrong or missing routes:\n{}", problems.join("\n"));
}

#[test]
fn scenario_names_are_unique() {
    let scenarios = scenarios();
    let mut names: Vec<&str> = scenarios.iter().map(|s| s.name.as_str()).collect();
    names.sort_unstable();
    let before = names.len();
    names.dedup();
    assert_eq!(names.len(), before, "a scenario name appears twice");
}

#[test]
fn a_wrong_observation_is_reported_with_the_answers_on_offer() {
    // The walker must fail loudly, or a renamed answer would silently end a walk early.
    let broken = Scenario {
        name: "broken".into(),
        start: "tls".into(),
        answers: vec!["no-such-answer".into()],
        expect: "fix-trust-proxy-ca".into(),
        still_failing: None,
        then: None,
    };
    let problem = check(&broken).unwrap_err();
    assert!(problem.starts_with("at tls-certificate-error there is no answer \"no-such-answer\""), "{problem}");
    assert!(problem.contains("intercepting-proxy"), "{problem}");

    let wrong_fix = Scenario { answers: vec!["public-ca-untrusted".into()], ..broken };
    assert_eq!(check(&wrong_fix).unwrap_err(), "reached fix-outdated-trust-store (fix), expected fix-trust-proxy-ca");
}
