//! Structural rules of the tree: ids, edges, kinds, "still failing?" links on every fix, reachability from
//! `start`, and no cycles.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use acr_vocab::{is_node_id, is_reserved_route_word, NodeKind, START};

use crate::diagnostic::Diagnostic;
use crate::tree::TreeNode;

/// Checks every structural rule; returns all violations.
pub fn structure(file: &Path, nodes: &[TreeNode]) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let mut report = |line: usize, message: String| problems.push(Diagnostic::new(file, line, message));

    // Ids and aliases: valid, not reserved, unique across both.
    let mut names: BTreeMap<&str, usize> = BTreeMap::new();
    for node in nodes {
        let all =
            std::iter::once((node.id.as_str(), node.line)).chain(node.aliases.iter().map(|a| (a.id.as_str(), a.line)));
        for (name, line) in all {
            if !is_node_id(name) {
                report(line, format!("id \"{name}\" is not valid (lower-case letters, digits and single hyphens, starting with a letter)"));
            } else if is_reserved_route_word(name) {
                report(line, format!("id \"{name}\" is a reserved route word (locale code or app page)"));
            }
            if let Some(first) = names.insert(name, line) {
                report(line, format!("id \"{name}\" is used twice (first on line {first})"));
            }
        }
    }
    let ids: BTreeSet<&str> = nodes.iter().map(|n| n.id.as_str()).collect();
    if !ids.contains(START) {
        report(0, format!("there is no \"{START}\" node (the entry of the tree)"));
    }

    for node in nodes {
        let mut answer_ids = BTreeSet::new();
        for answer in &node.answers {
            if !is_node_id(&answer.id) {
                report(answer.line, format!("node \"{}\": answer id \"{}\" is not valid", node.id, answer.id));
            }
            if !answer_ids.insert(answer.id.as_str()) {
                report(answer.line, format!("node \"{}\": answer \"{}\" appears twice", node.id, answer.id));
            }
            if !ids.contains(answer.to.as_str()) {
                report(
                    answer.line,
                    format!("answer \"{}\" of \"{}\" points to unknown node \"{}\"", answer.id, node.id, answer.to),
                );
            }
        }
        for link in &node.still_failing {
            if !is_node_id(&link.id) {
                report(link.line, format!("node \"{}\": still-failing id \"{}\" is not valid", node.id, link.id));
            }
            // One id space per node: the trail records answers and still-failing links alike as `node:id`.
            if !answer_ids.insert(link.id.as_str()) {
                report(link.line, format!("node \"{}\": still-failing id \"{}\" appears twice", node.id, link.id));
            }
            if !ids.contains(link.to.as_str()) {
                report(
                    link.line,
                    format!(
                        "still-failing link \"{}\" of \"{}\" points to unknown node \"{}\"",
                        link.id, node.id, link.to
                    ),
                );
            } else if link.to == node.id {
                report(
                    link.line,
                    format!("still-failing link \"{}\" of \"{}\" points to the node itself", link.id, node.id),
                );
            }
        }
        match node.kind {
            // A failed Verify step must always lead somewhere: no fix is a dead end.
            NodeKind::Fix if node.still_failing.is_empty() => report(
                node.line,
                format!(
                    "fix \"{}\" has no still_failing links: add where to go when its Verify step fails \
                     (still_failing = [{{ id = \"…\", to = \"…\" }}])",
                    node.id
                ),
            ),
            NodeKind::Fix => {}
            _ if !node.still_failing.is_empty() => report(
                node.line,
                format!("{} \"{}\": only fix nodes have still_failing links (use answers)", node.kind, node.id),
            ),
            _ => {}
        }
        for related in &node.related {
            if !ids.contains(related.id.as_str()) {
                report(related.line, format!("node \"{}\": related link to unknown node \"{}\"", node.id, related.id));
            }
        }
        let answers = node.answers.len();
        match node.kind {
            NodeKind::Question if answers < 2 => {
                report(node.line, format!("question \"{}\" needs at least 2 answers, has {answers}", node.id));
            }
            NodeKind::Symptom | NodeKind::Check | NodeKind::Cause if answers == 0 => report(
                node.line,
                format!("{} \"{}\" has no answers: every path must end at a fix or reference node", node.kind, node.id),
            ),
            NodeKind::Fix | NodeKind::Reference if answers > 0 => report(
                node.line,
                format!("{} \"{}\" ends a path and cannot have answers (use related links)", node.kind, node.id),
            ),
            _ => {}
        }
    }
    if !problems.is_empty() {
        return problems;
    }
    problems.extend(unreachable(file, nodes));
    problems.extend(cycles(file, nodes));
    problems
}

fn index(nodes: &[TreeNode]) -> BTreeMap<&str, usize> {
    nodes.iter().enumerate().map(|(i, n)| (n.id.as_str(), i)).collect()
}

fn unreachable(file: &Path, nodes: &[TreeNode]) -> Vec<Diagnostic> {
    let by_id = index(nodes);
    let mut seen = vec![false; nodes.len()];
    let mut stack = vec![by_id[START]];
    while let Some(i) = stack.pop() {
        if std::mem::replace(&mut seen[i], true) {
            continue;
        }
        stack.extend(nodes[i].answers.iter().map(|a| by_id[a.to.as_str()]));
    }
    nodes
        .iter()
        .zip(seen)
        .filter(|(_, seen)| !seen)
        .map(|(node, _)| {
            Diagnostic::new(
                file,
                node.line,
                format!("node \"{}\" cannot be reached from \"{START}\" through answers", node.id),
            )
        })
        .collect()
}

/// Depth-first search over answer edges that are not marked `back`; reports each cycle once.
fn cycles(file: &Path, nodes: &[TreeNode]) -> Vec<Diagnostic> {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        New,
        OnPath,
        Done,
    }
    let by_id = index(nodes);
    let mut state = vec![State::New; nodes.len()];
    let mut problems = Vec::new();
    for root in 0..nodes.len() {
        if state[root] != State::New {
            continue;
        }
        // (node, next answer to follow); `path` mirrors the stack for reporting.
        let mut stack = vec![(root, 0usize)];
        state[root] = State::OnPath;
        while let Some((node, next)) = stack.last_mut() {
            let forward: Vec<_> = nodes[*node].answers.iter().filter(|a| !a.back).collect();
            if let Some(answer) = forward.get(*next) {
                *next += 1;
                let target = by_id[answer.to.as_str()];
                match state[target] {
                    State::New => {
                        state[target] = State::OnPath;
                        stack.push((target, 0));
                    }
                    State::OnPath => {
                        let start = stack.iter().position(|(n, _)| *n == target).unwrap_or(0);
                        let mut path: Vec<&str> = stack[start..].iter().map(|(n, _)| nodes[*n].id.as_str()).collect();
                        path.push(&nodes[target].id);
                        problems.push(Diagnostic::new(
                            file,
                            answer.line,
                            format!(
                                "answers form a cycle: {} (mark an intentional link back with back = true)",
                                path.join(" → ")
                            ),
                        ));
                    }
                    State::Done => {}
                }
            } else {
                state[*node] = State::Done;
                stack.pop();
            }
        }
    }
    problems
}
