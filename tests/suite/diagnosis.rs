//! Diagnosis quality on a corpus of realistic texts: top-1 and top-3 accuracy (printed), extraction, and
//! honest "no confident match" on unrelated text.
#![cfg(not(target_arch = "wasm32"))]

use acr_net_guide::diagnose::{calibrated, calibration_band, calibration_table, diagnose};
use acr_net_guide::tree::{Node, NodeKind};
use serde::Deserialize;

#[derive(Deserialize)]
struct Corpus {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    text: String,
    expect: Option<String>,
    #[serde(default)]
    accept: Vec<String>,
    #[serde(default)]
    none: bool,
    registry: Option<String>,
    region: Option<String>,
    client_ip: Option<String>,
    code: Option<String>,
    status: Option<u16>,
    /// Real-world cases: the thread or page the text was posted in.
    #[serde(default)]
    source: String,
    /// Real-world cases: which client stack printed it (`non-network` for auth, quota and syntax texts).
    #[serde(default)]
    family: String,
}

fn load(relative: &str) -> Vec<Case> {
    crate::support::toml_fixture::<Corpus>(&format!("diagnosis/{relative}")).case
}

fn corpus() -> Vec<Case> {
    load("corpus.toml")
}

/// Bands of the shown (top-1) confidence for the calibration table: lower bounds in percent (a band just above a 50 %
/// rate shows its conservative value, a little below 50).
const BANDS: [u32; 6] = [40, 50, 70, 80, 90, 95];

/// A shown band is held to its floor on dev once it has this many answers (fewer say little either way).
const CALIBRATION_MIN_SHOWN: usize = 10;

/// z of the one-sided lower bound, as `content/diagnosis.toml`'s `[calibration]` gives it to the build.
fn wilson_z() -> f64 {
    let rules: toml::Value =
        toml::from_str(include_str!("../../content/diagnosis.toml")).expect("content/diagnosis.toml parses");
    rules["calibration"]["z"].as_float().expect("calibration z")
}

/// The raw bands of the calibration table as percentages: (lowest, highest) raw score of each.
fn raw_bands() -> Vec<(u32, u32)> {
    let table = calibration_table();
    let percent = |raw: f64| (raw * 100.0).round() as u32;
    (0..table.len())
        .map(|band| (percent(table[band].0), table.get(band + 1).map_or(100, |next| percent(next.0) - 1)))
        .collect()
}

/// Top-1 / top-3 hits on positive cases, correct "no confident match" answers on negative ones, and per
/// confidence band how often the first step shown was right.
#[derive(Default)]
struct Score {
    positive: usize,
    top1: usize,
    top3: usize,
    negative: usize,
    negative_right: usize,
    /// Per band: (top-1 answers shown with a confidence in the band, how many of them were right).
    bands: [(usize, usize); BANDS.len()],
    /// The same per raw-score band of the calibration table.
    raw_bands: Vec<(usize, usize)>,
    /// Names of the cases answered wrongly, with what was found (printed for the dev half only, on request).
    misses: Vec<String>,
}

impl Score {
    fn of(cases: &[Case]) -> Score {
        let mut score = Score { raw_bands: vec![(0, 0); calibration_table().len()], ..Score::default() };
        for case in cases {
            for id in case.expect.iter().chain(&case.accept) {
                assert!(Node::find(id).is_some(), "{}: unknown node {id}", case.name);
            }
            let diagnosis = diagnose(&case.text);
            let found: Vec<&str> = diagnosis.matches.iter().map(|m| m.node.id()).collect();
            let right = |id: &&str| case.expect.as_deref() == Some(*id) || case.accept.iter().any(|a| a == id);
            let top_right = found.first().is_some_and(right);
            // Calibration: every shown first step counts, right or not (a claim on a non-network text is wrong
            // unless that text expects the step).
            if let Some(first) = diagnosis.matches.first() {
                let percent = (first.score * 100.0).round() as u32;
                if let Some(band) = BANDS.iter().rposition(|&low| percent >= low) {
                    score.bands[band].0 += 1;
                    score.bands[band].1 += usize::from(top_right);
                }
                if let Some(band) = calibration_band(first.raw) {
                    score.raw_bands[band].0 += 1;
                    score.raw_bands[band].1 += usize::from(top_right);
                }
            }
            // Auth, quota and syntax texts: right when nothing is claimed, or when the login step is (and should be).
            let answered_right = if case.none || case.family == "non-network" {
                score.negative += 1;
                let answered_right = if case.none { found.is_empty() } else { top_right };
                score.negative_right += usize::from(answered_right);
                answered_right
            } else {
                score.positive += 1;
                score.top1 += usize::from(top_right);
                score.top3 += usize::from(found.iter().take(3).any(right));
                top_right
            };
            if !answered_right {
                let expected = case.expect.as_deref().unwrap_or("no match");
                score.misses.push(format!("  {}: expected {expected}, got {found:?}", case.name));
            }
        }
        score
    }

    fn line(&self, name: &str) -> String {
        format!(
            "diagnosis {name}: {} network texts, top-1 {:.1} %, top-3 {:.1} %; {} other texts, no confident match {:.1} %",
            self.positive,
            percent(self.top1, self.positive),
            percent(self.top3, self.positive),
            self.negative,
            percent(self.negative_right, self.negative)
        )
    }

    /// (network texts top-1, top-3, other texts answered right), in percent.
    fn percents(&self) -> (f64, f64, f64) {
        (
            percent(self.top1, self.positive),
            percent(self.top3, self.positive),
            percent(self.negative_right, self.negative),
        )
    }

    /// One line per confidence band: how often a first step shown with that confidence was right.
    fn calibration(&self, name: &str) -> Vec<String> {
        BANDS
            .iter()
            .zip(&self.bands)
            .enumerate()
            .map(|(index, (low, (shown, right)))| {
                let high = BANDS.get(index + 1).map_or(100, |next| next - 1);
                format!(
                    "diagnosis {name} calibration {low:>2}-{high:>3} %: {shown:>3} shown, right {:.1} %",
                    percent(*right, *shown)
                )
            })
            .collect()
    }

    /// One line per raw-score band: how often the first step was right, the lower bound of that rate, and what the
    /// calibration shows for the band (at most that bound, see [`overclaimed_raw_bands`]).
    fn raw_calibration(&self, name: &str) -> Vec<String> {
        let z = wilson_z();
        raw_bands()
            .iter()
            .zip(&self.raw_bands)
            .zip(calibration_table())
            .map(|(((low, high), (first, right)), (_, shown))| {
                format!(
                    "diagnosis {name} raw {low:>2}-{high:>3} %: {first:>3} first, right {:.1} %, lower bound {:.1} %, shown {:.1} %",
                    percent(*right, *first),
                    acr_content_compiler::wilson_lower_bound(*right as u32, *first as u32, z) * 100.0,
                    shown * 100.0
                )
            })
            .collect()
    }

    /// The raw bands whose shown confidence is higher than the band's pooled lower bound on these texts.
    fn overclaimed_raw_bands(&self) -> Vec<u32> {
        overclaimed_raw_bands(&self.raw_bands)
    }

    /// The shown bands (with enough answers) that were right less often than their floor.
    fn miscalibrated_bands(&self) -> Vec<u32> {
        BANDS
            .iter()
            .zip(&self.bands)
            .filter(|(low, (shown, right))| {
                *shown >= CALIBRATION_MIN_SHOWN && percent(*right, *shown) < f64::from(**low)
            })
            .map(|(low, _)| *low)
            .collect()
    }
}

/// The raw bands (with enough answers) whose shown confidence is higher than what these counts support: the build's own
/// derivation (`shown_confidences`: pooled lower bounds, at most the band's weight) run on them, without the ceiling.
fn overclaimed_raw_bands(bands: &[(usize, usize)]) -> Vec<u32> {
    let counts: Vec<acr_content_compiler::Band> = bands
        .iter()
        .zip(calibration_table())
        .filter(|((first, _), _)| *first > 0)
        .map(|(&(first, right), &(from, _))| acr_content_compiler::Band {
            from,
            first: first as u32,
            right: right as u32,
        })
        .collect();
    let supported = acr_content_compiler::shown_confidences(&counts, wilson_z(), 1.0);
    counts
        .iter()
        .zip(supported)
        .filter(|(band, supported)| {
            band.first as usize >= CALIBRATION_MIN_SHOWN && calibrated(band.from) > supported + 1e-12
        })
        .map(|(band, _)| (band.from * 100.0).round() as u32)
        .collect()
}

/// The dev check flags a band that the counts support less than it shows, pooled as the build pools.
#[test]
fn a_band_shown_above_what_its_counts_support_is_flagged() {
    let bands = calibration_table().len();
    let mut counts = vec![(40, 40); bands];
    assert_eq!(overclaimed_raw_bands(&counts), Vec::<u32>::new());
    counts[0] = (40, 10);
    assert_eq!(overclaimed_raw_bands(&counts), vec![(calibration_table()[0].0 * 100.0).round() as u32]);
    // Too few answers say nothing either way.
    counts[0] = (3, 0);
    assert_eq!(overclaimed_raw_bands(&counts), Vec::<u32>::new());
}

fn percent(n: usize, of: usize) -> f64 {
    if of == 0 {
        0.0
    } else {
        n as f64 * 100.0 / of as f64
    }
}

/// The fewest texts a half of the real-world corpus must hold: in all, network texts, other texts.
#[derive(Clone, Copy)]
struct HalfSize {
    cases: usize,
    positive: usize,
    negative: usize,
}

/// A harvest of the real-world corpus, split by thread before any rule saw it: its dev half may be tuned on; its
/// held-out half never is (printed as figures only, held to the figures it first printed).
struct Harvest {
    dev: &'static str,
    held_out: &'static str,
    /// The fewest texts each half holds.
    size: HalfSize,
    /// The held-out half's (network texts top-1, top-3, other texts right) in percent to one decimal, as first printed.
    held_out_baseline: (f64, f64, f64),
}

/// A harvest from its halves' names, the fewest texts each holds (in all, network, other) and the held-out half's first
/// figures.
const fn harvest(
    dev: &'static str,
    held_out: &'static str,
    (cases, positive, negative): (usize, usize, usize),
    held_out_baseline: (f64, f64, f64),
) -> Harvest {
    Harvest { dev, held_out, size: HalfSize { cases, positive, negative }, held_out_baseline }
}

/// Every harvest (2026-11-30 and 2026-12-01), with when and with which rules its held-out half was first printed. A
/// slice: a new harvest is one more line.
const HARVESTS: &[Harvest] = &[
    // About 130 texts; held-out printed just before the context rules of #17, after the routing work of #16.
    harvest("dev", "held-out", (75, 40, 15), (58.2, 60.0, 77.8)),
    // About 130 texts, split at 09:45 UTC; held-out printed before any rule was tuned on dev-2.
    harvest("dev-2", "held-out-2", (60, 40, 15), (90.9, 90.9, 88.9)),
    // 91 texts (51 + 40), split at 13:05 UTC; held-out printed at 13:06 UTC, before any rule was tuned on dev-3.
    harvest("dev-3", "held-out-3", (40, 25, 12), (88.5, 88.5, 71.4)),
    // 108 texts (59 + 49), split at 15:25 UTC; both printed at 15:35 UTC with the rules of `e9616d4`, before any rule
    // saw either half.
    harvest("dev-4", "held-out-4", (45, 30, 12), (88.2, 94.1, 86.7)),
    // 111 texts (61 + 50), split at 17:54 UTC; both printed at 17:58 UTC with the rules of `11376e3`.
    harvest("dev-5", "held-out-5", (50, 30, 20), (93.3, 100.0, 65.0)),
    // 105 texts (56 + 49), split at 18:44 UTC; both printed at 18:48 UTC with the rules of `526998f`.
    harvest("dev-6", "held-out-6", (45, 25, 20), (100.0, 100.0, 76.2)),
    // 99 texts (52 + 47), split at 20:37 UTC; both printed at 20:40 UTC with the rules of `f9e96ae`.
    harvest("dev-7", "held-out-7", (45, 30, 12), (66.7, 72.7, 85.7)),
    // 90 texts (48 + 42), split at 21:48 UTC; both printed at 21:52 UTC with the rules of `536f854`.
    harvest("dev-8", "held-out-8", (40, 20, 18), (72.7, 72.7, 90.0)),
    // 85 texts (47 + 38), split at 22:59 UTC; both printed at 23:03 UTC with the rules of `e2ebb83`.
    harvest("dev-9", "held-out-9", (38, 26, 12), (84.6, 88.5, 83.3)),
    // 56 texts (33 + 23), split at 23:42 UTC; both printed at 23:47 UTC with the rules of `fdfb7a2`.
    harvest("dev-10", "held-out-10", (23, 11, 12), (100.0, 100.0, 91.7)),
    // 45 texts (26 + 19), split at 01:44 UTC on 2026-12-01; both printed at 01:49 UTC with the rules of `1f851d3`.
    harvest("dev-11", "held-out-11", (19, 12, 7), (91.7, 91.7, 71.4)),
    // 54 texts (30 + 24), split at 02:31 UTC on 2026-12-01; both printed at 02:37 UTC with the rules of `3637ddf` (rounds
    // 15 and 16 and their review's mends, none informed by this harvest).
    harvest("dev-12", "held-out-12", (24, 18, 6), (94.4, 94.4, 83.3)),
    // 59 texts (35 + 24), split at 04:54 UTC on 2026-12-01; both printed at 05:04 UTC with the rules of `ec31a4f`.
    harvest("dev-13", "held-out-13", (24, 19, 5), (94.7, 94.7, 80.0)),
    // 52 texts (31 + 21, two held-out cases dropped unread), split at 05:30 UTC on 2026-12-01; both printed at 05:35 UTC
    // with the rules of `e9f893b` (round 18, not informed by this harvest).
    harvest("dev-14", "held-out-14", (19, 13, 6), (92.3, 92.3, 100.0)),
    // 51 texts (32 + 19; four dev and one held-out case dropped by the verifiers), split at 05:57 UTC on 2026-12-01;
    // both printed at 06:01 UTC with the rules of `12b9b2d` (round 19 and its review's mends, none informed by it).
    harvest("dev-15", "held-out-15", (18, 10, 8), (80.0, 80.0, 50.0)),
    // 60 texts (34 + 26; none dropped, twelve verifier fixes applied by line), split at 08:14 UTC on 2026-12-01; both
    // printed at 08:21 UTC with the rules of `3614461` (no rule changed after the split).
    harvest("dev-16", "held-out-16", (26, 16, 10), (81.2, 93.8, 50.0)),
];

/// All held-out halves together, the first five with the rules of `11376e3`, the later ones as first printed (pooled:
/// 342 and 355 of 397 network texts, 172 of 215 others): they may not get worse.
const HELD_OUT_POOLED_BASELINE: (f64, f64, f64) = (86.1, 89.4, 80.0);

/// One half of the real-world corpus, checked for sources and for enough texts of each kind, scored and printed
/// (figures and the calibration table only: never the texts or the cases answered wrongly).
fn real_world_half(half: &str, size: HalfSize) -> (Vec<Case>, Score) {
    let cases = load(&format!("real-world/{half}.toml"));
    assert!(cases.len() >= size.cases, "{half}: {} cases", cases.len());
    assert!(cases.iter().all(|case| case.source.starts_with("https://")), "{half}: every case names its source");
    let score = Score::of(&cases);
    assert!(score.positive >= size.positive && score.negative >= size.negative, "{half}: too few cases of a kind");
    println!("{}", score.line(half));
    for line in score.calibration(half) {
        println!("{line}");
    }
    (cases, score)
}

/// Texts harvested from public threads as posted, split by thread into dev halves (rules may be tuned on them) and
/// held-out halves (never looked at while tuning). The halves are separate tests so that tuning runs only this one
/// (`cargo test --test suite real_world_dev_halves_meet_the_goals`). Each half is printed; the goals and the
/// calibration are held to the dev halves together (the table itself is derived from counts made before tuning).
/// `DIAGNOSIS_DEV_MISSES=1` also lists the dev cases answered wrongly.
#[test]
fn real_world_dev_halves_meet_the_goals() {
    let mut all = Vec::new();
    for Harvest { dev: half, size, .. } in HARVESTS {
        let (cases, score) = real_world_half(half, *size);
        for line in score.raw_calibration(half) {
            println!("{line}");
        }
        if std::env::var_os("DIAGNOSIS_DEV_MISSES").is_some() {
            println!("{}", score.misses.join("\n"));
        }
        all.extend(cases);
    }
    let both = Score::of(&all);
    println!("{}", both.line("dev (all halves)"));
    for line in both.calibration("dev (all halves)") {
        println!("{line}");
    }
    for line in both.raw_calibration("dev (all halves)") {
        println!("{line}");
    }
    let (top1, top3, other) = both.percents();
    assert!(top1 >= 90.0 && top3 >= 97.0 && other >= 90.0, "dev goals missed: {}", both.line("dev (all halves)"));
    // Calibrated on dev: a step shown at x % was right at least x % of the time.
    assert_eq!(both.miscalibrated_bands(), Vec::<u32>::new(), "shown bands right less often than their floor on dev");
    // The table is derived from counts before tuning (content/diagnosis.toml); dev as tuned must support it too.
    assert_eq!(both.overclaimed_raw_bands(), Vec::<u32>::new(), "calibration shows raw bands above dev's lower bound");
}

/// Compared as printed (one decimal): 21 of 27 is 77.78 and prints as the baseline's 77.8.
fn not_worse_than(score: &Score, baseline: (f64, f64, f64)) -> bool {
    let (top1, top3, other) = score.percents();
    let tenths = |value: f64| (value * 10.0).round() as i64;
    let (base1, base3, base_other) = baseline;
    [(top1, base1), (top3, base3), (other, base_other)].iter().all(|(now, base)| tenths(*now) >= tenths(*base))
}

/// The held-out halves, each printed (aggregate figures and calibration only) and held to the figures it first printed,
/// then all of them together, printed and held to their pooled baseline. One test, so that a run shows the halves in
/// order; a failure names every half that got worse.
#[test]
fn real_world_held_out_halves_are_printed_and_not_worse_than_before() {
    let mut all = Vec::new();
    let mut worse = Vec::new();
    for harvest in HARVESTS {
        let (cases, score) = real_world_half(harvest.held_out, harvest.size);
        if !not_worse_than(&score, harvest.held_out_baseline) {
            worse.push(harvest.held_out);
        }
        all.extend(cases);
    }
    let pooled = Score::of(&all);
    println!("{}", pooled.line("held-out (all halves)"));
    for line in pooled.calibration("held-out (all halves)") {
        println!("{line}");
    }
    assert_eq!(worse, Vec::<&str>::new(), "held-out halves worse than their baselines");
    assert!(not_worse_than(&pooled, HELD_OUT_POOLED_BASELINE), "held-out halves together worse than before");
}

/// Context decides between steps that see the same failure family: an AKS node's pull from a public third-party registry
/// is its egress path, the same pull on a cluster with nothing saying it is in Azure the timeout step; a proxy that
/// answered the tunnel with a refusal was reached (its address is not the problem); a platform pull that quotes the
/// registry's own refusal is that refusal, not the platform's network.
#[test]
fn context_picks_the_step_for_the_same_family() {
    let ids = |text: &str| diagnose(text).matches.iter().map(|m| m.node.id()).collect::<Vec<_>>();
    let event = "kubelet  Failed to pull image \"docker.io/example/app:1\": failed to do request: Head \"https://registry-1.docker.io/v2/example/app/manifests/1\": EOF";
    let aks = ids(&format!("Successfully assigned default/app-7c9 to aks-nodepool1-31718369-vmss000002\n{event}"));
    assert_eq!(aks.first(), Some(&"configure-egress-firewall"), "{aks:?}");
    let cluster = ids(event);
    assert_eq!(cluster.first(), Some(&"connection-timeout"), "{cluster:?}");
    assert!(cluster.contains(&"configure-egress-firewall"), "{cluster:?}");
    let workstation =
        ids("Error response from daemon: Head \"https://registry-1.docker.io/v2/example/app/manifests/1\": EOF");
    assert_eq!(workstation.first(), Some(&"connection-timeout"), "{workstation:?}");
    let refused = ids("HTTPSConnectionPool(host='contoso.azurecr.io', port=443): Max retries exceeded with url: /v2/ (Caused by ProxyError('Cannot connect to proxy.', OSError('Tunnel connection failed: 403 Forbidden')))");
    assert_eq!(refused.first(), Some(&"proxy-login-403"), "{refused:?}");
    assert!(!refused.contains(&"configure-proxy"), "the proxy answered: {refused:?}");
    let absent = ids("ProxyError: HTTPSConnectionPool(host='contoso.azurecr.io', port=443): Max retries exceeded (Caused by ProxyError('Cannot connect to proxy.', NewConnectionError('Failed to establish a new connection: [Errno 111] Connection refused')))");
    assert_eq!(absent.first(), Some(&"configure-proxy"), "{absent:?}");
    let platform = ids("ERROR - DockerApiException: Docker API responded with status code=InternalServerError, response={\"message\":\"Get https://contoso.azurecr.io/v2/web/manifests/1: unauthorized: authentication required\"}");
    assert_eq!(platform, vec!["unauthorized"]);
    let platform_network = ids("ERROR - DockerApiException: Docker API responded with status code=InternalServerError, response={\"message\":\"Get https://contoso.azurecr.io/v2/: net/http: request canceled\"}");
    assert!(platform_network.contains(&"fix-app-service-access"), "{platform_network:?}");
}

/// Docker's retry count is part of its config-download message, not a second piece of evidence: on that line only the
/// message's own rule counts (raw 0.8); on a line of its own the retry count still leads to the layer host's step.
#[test]
fn a_message_and_its_retry_count_count_once() {
    let raw = |text: &str| {
        diagnose(text).matches.iter().find(|m| m.node.id() == "data-endpoint-blocked").map(|m| (m.raw * 100.0).round())
    };
    assert_eq!(raw("error pulling image configuration: download failed after attempts=6: EOF"), Some(80.0));
    assert_eq!(raw("failed to copy: download failed after attempts=6: EOF"), Some(70.0));
}

/// `tests/fixtures/diagnosis/shapes.toml`: texts written for these tests in each stack's message formats.
#[derive(Deserialize)]
struct Shapes {
    network: Vec<NetworkShape>,
    other: Vec<OtherShape>,
}

#[derive(Deserialize)]
struct NetworkShape {
    text: String,
    /// The step the text must lead to first (either of two where the text cannot tell them apart).
    steps: Vec<String>,
    /// Steps that must be shown too, after the first (evidence that ranks second).
    #[serde(default)]
    also: Vec<String>,
}

#[derive(Deserialize)]
struct OtherShape {
    text: String,
}

fn shapes() -> Shapes {
    crate::support::toml_fixture::<Shapes>("diagnosis/shapes.toml")
}

/// Every family in shapes written for it from each stack's message formats (not taken from the corpus): each must lead
/// to its step, so that a family that only knew the corpus's wording fails here by name.
#[test]
fn network_families_reach_their_step_in_shapes_not_in_the_corpus() {
    let table = shapes().network;
    assert!(table.len() >= 467, "{} network shapes", table.len());
    let wrong: Vec<String> = table
        .iter()
        .filter_map(|shape| {
            let found: Vec<&str> = diagnose(&shape.text).matches.iter().map(|m| m.node.id()).collect();
            let first_right = found.first().is_some_and(|id| shape.steps.iter().any(|step| step == id));
            let also_shown = shape.also.iter().all(|step| found.contains(&step.as_str()));
            (!(first_right && also_shown))
                .then(|| format!("{}\n  expected {:?} then {:?}, got {found:?}", shape.text, shape.steps, shape.also))
        })
        .collect();
    assert!(wrong.is_empty(), "{} of {}:\n{}", wrong.len(), table.len(), wrong.join("\n"));
}

/// Steps a text that is not about the network may get: the sign-in, rights and throttling steps, Docker's own client and
/// daemon, and the image's platform (the guide's steps for what the text says), or none.
const NOT_NETWORK_STEPS: [&str; 7] = [
    "unauthorized",
    "resource-access-denied",
    "too-many-requests",
    "troubleshoot-login",
    "docker-command-error",
    "docker-daemon-error",
    "fix-image-platform",
];

/// Failures that are not the network, written for this test (not taken from the corpus): the registry answered (sign-in,
/// rights, a missing name, throttling) or the client failed on its own (a wrong command or name, a full disk, its own
/// build step), also inside a cluster's pull events. None may get a network step, however a cluster or a tool wraps it.
#[test]
fn texts_that_are_not_the_network_get_no_network_step() {
    let texts = shapes().other;
    assert!(texts.len() >= 223, "{} other texts", texts.len());
    let wrong: Vec<String> = texts
        .iter()
        .filter_map(|shape| {
            let found = diagnose(&shape.text).matches.first().map(|m| m.node.id());
            found.filter(|id| !NOT_NETWORK_STEPS.contains(id)).map(|id| format!("{}\n  got {id}", shape.text))
        })
        .collect();
    assert!(wrong.is_empty(), "{} of {}:\n{}", wrong.len(), texts.len(), wrong.join("\n"));
}

#[test]
fn corpus_covers_every_symptom_and_check_health_node() {
    let cases = corpus();
    assert!(cases.iter().filter(|c| !c.none).count() >= 40, "at least 40 positive texts");
    for node in Node::all().filter(|n| n.kind() == NodeKind::Symptom || n.id().ends_with("-error")) {
        let covered = cases.iter().any(|c| c.expect.as_deref() == Some(node.id()));
        // Symptoms without an error string of their own are reached from the picker, not from text.
        let has_text = !node.errors().is_empty() || node.id().ends_with("-error");
        assert!(covered || !has_text, "no corpus text expects {}", node.id());
    }
}

#[test]
fn top1_accuracy_is_at_least_90_percent() {
    let cases: Vec<Case> = corpus().into_iter().filter(|c| !c.none).collect();
    let (mut top1, mut top3) = (0, 0);
    let mut misses = Vec::new();
    for case in &cases {
        let expected = case.expect.as_deref().expect("positive cases name a node");
        for id in std::iter::once(expected).chain(case.accept.iter().map(String::as_str)) {
            assert!(Node::find(id).is_some(), "{}: unknown node {id}", case.name);
        }
        let found: Vec<&str> = diagnose(&case.text).matches.iter().map(|m| m.node.id()).collect();
        let right = |id: &&str| *id == expected || case.accept.iter().any(|a| a == id);
        if found.first().is_some_and(right) {
            top1 += 1;
        } else {
            misses.push(format!("{}: expected {expected}, got {found:?}", case.name));
        }
        if found.iter().take(3).any(right) {
            top3 += 1;
        }
    }
    let percent = |n: usize| n as f64 * 100.0 / cases.len() as f64;
    println!(
        "diagnosis corpus: {} texts, top-1 {top1} ({:.1} %), top-3 {top3} ({:.1} %)",
        cases.len(),
        percent(top1),
        percent(top3)
    );
    assert!(percent(top1) >= 90.0, "top-1 below 90 %:\n{}", misses.join("\n"));
}

#[test]
fn unrelated_text_gives_no_confident_match() {
    for case in corpus().into_iter().filter(|c| c.none) {
        let diagnosis = diagnose(&case.text);
        assert!(diagnosis.matches.is_empty(), "{}: {:?}", case.name, diagnosis.matches);
    }
}

#[test]
fn extracted_values_match_the_corpus() {
    for case in corpus() {
        let extracted = diagnose(&case.text).extracted;
        if let Some(registry) = &case.registry {
            assert_eq!(extracted.registry.as_ref(), Some(registry), "{}", case.name);
        }
        if let Some(region) = &case.region {
            assert_eq!(extracted.region.as_ref(), Some(region), "{}", case.name);
        }
        if let Some(ip) = &case.client_ip {
            assert_eq!(extracted.client_ip.as_ref(), Some(ip), "{}", case.name);
        }
        if let Some(code) = &case.code {
            assert_eq!(extracted.check_health_code.as_ref(), Some(code), "{}", case.name);
        }
        if let Some(status) = case.status {
            assert_eq!(extracted.http_status, Some(status), "{}", case.name);
        }
    }
}

#[test]
fn evidence_is_the_matching_line_with_the_phrase_marked() {
    let diagnosis =
        diagnose("noise\n2026-01-01 pull failed: client with IP '203.0.113.9' is not allowed access\nmore noise");
    let best = &diagnosis.matches[0];
    assert_eq!(best.node.id(), "client-ip-not-allowed");
    assert!(best.score > 0.0 && best.score <= 1.0);
    assert_eq!(best.evidence, "2026-01-01 pull failed: client with IP '203.0.113.9' is not allowed access");
    assert_eq!(&best.evidence[best.phrase.clone()], "client with IP '203.0.113.9' is not allowed access");
    assert_eq!(diagnosis.extracted.registry, None, "no registry host in the text");
}

#[test]
fn a_megabyte_of_log_noise_is_handled_and_still_finds_the_error() {
    let noise = "2026-11-02T10:14:07Z INFO worker heartbeat ok, queue depth 0, nothing to report here\n";
    let mut log = noise.repeat(1024 * 1024 / noise.len());
    log.push_str("Error response from daemon: Get \"https://contoso.azurecr.io/v2/\": x509: certificate signed by unknown authority\n");
    let diagnosis = diagnose(&log);
    assert_eq!(diagnosis.matches.first().map(|m| m.node.id()), Some("tls-certificate-error"));
}

/// One line per stack and family (Go, Python, curl, .NET, Java, Node, Rust, the Docker CLI): each must lead to its
/// step on its own, so that a family pattern lost in an edit fails here by name, not only as a rate.
#[test]
fn each_family_is_recognised_as_each_stack_prints_it() {
    let table = [
        ("dial tcp: lookup contoso.azurecr.io on 10.0.0.10:53: server misbehaving", "dns-lookup-fails"),
        ("getaddrinfo EAI_AGAIN contoso.azurecr.io", "dns-lookup-fails"),
        ("[Errno -2] Name does not resolve", "dns-lookup-fails"),
        ("java.net.UnknownHostException: contoso.azurecr.io", "dns-lookup-fails"),
        ("connect ETIMEDOUT 20.1.2.3:443", "connection-timeout"),
        ("dial tcp 20.1.2.3:443: connect: network is unreachable", "connection-timeout"),
        ("java.net.NoRouteToHostException: No route to host", "connection-timeout"),
        ("javax.net.ssl.SSLHandshakeException: Remote host terminated the handshake", "connection-timeout"),
        ("Error: socket hang up", "connection-timeout"),
        ("curl: (52) Empty reply from server", "connection-timeout"),
        ("System.IO.IOException: Unable to read data from the transport connection", "connection-timeout"),
        ("Get https://contoso.azurecr.io/v2/: EOF", "connection-timeout"),
        ("[WinError 10013] An attempt was made to access a socket in a way forbidden by its access permissions", "connection-timeout"),
        ("Error: unable to verify the first certificate", "tls-certificate-error"),
        ("curl: (51) SSL: no alternative certificate subject name matches target host name 'contoso.azurecr.io'", "tls-certificate-error"),
        ("The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot", "tls-certificate-error"),
        ("http: error connecting to proxy http://10.0.0.9:3128: dial tcp 10.0.0.9:3128: connect: connection refused", "configure-proxy"),
        ("curl: (56) CONNECT tunnel failed, response 407", "proxy-login-403"),
        ("Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?", "docker-daemon-error"),
        ("permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock", "docker-daemon-error"),
        ("exec /usr/local/bin/report: exec format error", "fix-image-platform"),
        ("denied: insufficient_scope: authorization failed", "resource-access-denied"),
        ("Error response from daemon: Get https://contoso.azurecr.io/v2/: unauthorized: incorrect username or password", "unauthorized"),
        ("Error response from daemon: Get https://contoso.azurecr.io/v2/app/manifests/1: no basic auth credentials", "unauthorized"),
        ("a1b2c3d4e5f6: Pushing [==================================================>]  83.88MB/83.88MB\nEOF", "connection-timeout"),
        ("System.Net.Sockets.SocketException (11): Resource temporarily unavailable", "dns-lookup-fails"),
        ("System.Net.WebException: The remote name could not be resolved: 'contoso.azurecr.io'", "dns-lookup-fails"),
        ("*** UnKnown can't find contoso.azurecr.io: Non-existent domain", "dns-lookup-fails"),
        ("* connect to 2001:db8::10 port 443 from :: port 50000 failed: Network unreachable", "connection-timeout"),
        ("Get https://contoso.azurecr.io/v2/: x 509: certificate is valid for *.corp.example, not contoso.azurecr.io", "tls-certificate-error"),
        ("Error: tunneling socket could not be established, statusCode=407", "proxy-login-403"),
        ("1645064587.444      1 10.0.0.4 TCP_DENIED/403 4032 CONNECT contoso.azurecr.io:443 - HIER_NONE/- text/html", "proxy-login-403"),
        ("Error response from daemon: Get https://registry.example.com/v2/: Forbidden", "proxy-login-403"),
        ("Error saving credentials: error storing credentials - err: exit status 1, out: `no usernames for contoso.azurecr.io`", "troubleshoot-login"),
        ("failed to resolve reference \"ghcr.io/o/app:1\": failed to authorize: failed to fetch oauth token: unexpected status: 403 Forbidden", "resource-access-denied"),
        // The registry answered the login's ping with "denied": the credentials were refused, not a repository's right.
        ("Error response from daemon: Get \"https://registry.example.com/v2/\": denied: token expired", "unauthorized"),
    ];
    let wrong: Vec<String> = table
        .iter()
        .filter_map(|(text, expected)| {
            let found = diagnose(text).matches.first().map(|m| m.node.id());
            (found != Some(*expected)).then(|| format!("{text}\n  expected {expected}, got {found:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // A deadline with no request named on its line (a container runtime starting a container) is not a registry call.
    assert_eq!(diagnose("error during hcsshim::System::Start: context deadline exceeded").matches, vec![]);
}

/// The rules file (compiled into the CLI, fetched by the page) reads back to exactly the families, families of families
/// and rules of `content/diagnosis.toml`, under the name compiled into the app.
#[test]
fn the_rules_file_reads_back_to_the_rules_of_the_content() {
    let content = crate::support::content();
    let file = acr_content_compiler::rules_file(&content);
    assert_eq!(file.name, acr_net_guide::diagnosis_rules::RULES_FILE);
    let read = acr_net_guide::diagnosis_rules::RuleSet::parse(&file.text).expect("the written file reads back");
    let families = &content.rules.families;
    assert_eq!(read.family_sizes(), families.iter().map(|family| family.patterns.len()).collect::<Vec<_>>());
    let includes: Vec<(u16, u16)> = families
        .iter()
        .enumerate()
        .flat_map(|(index, family)| family.includes.iter().map(move |&member| (index as u16, member as u16)))
        .collect();
    assert_eq!(read.includes, includes);
    assert_eq!(read.rules.len(), content.rules.rules.len());
    let indexes = |items: &[usize]| items.iter().map(|&item| item as u16).collect::<Vec<_>>();
    for (read, written) in read.rules.iter().zip(&content.rules.rules) {
        assert_eq!(read.node.id(), written.node);
        assert_eq!(read.weight, written.weight, "{}: the weight exactly", written.node);
        assert_eq!(read.families, indexes(&written.families));
        assert_eq!((&read.hosts, read.address), (&written.hosts, written.address));
        assert_eq!(read.unless, indexes(&written.unless));
        assert_eq!((read.with, read.without), (written.with.map(|w| w as u16), written.without.map(|w| w as u16)));
    }
}

/// A handshake cut short by a failed certificate check names the reason on the same line (Schannel, GnuTLS): the
/// certificate step answers it alone; the path steps a cut connection would suggest are not offered beside it.
#[test]
fn a_failed_certificate_check_is_not_also_a_blocked_path() {
    for (text, path) in [
        (
            "fatal: unable to access 'https://contoso.blob.core.windows.net/x/': schannel: next InitializeSecurityContext \
             failed: SEC_E_UNTRUSTED_ROOT (0x80090325) - The certificate chain was issued by an authority that is not trusted.",
            "data-endpoint-blocked",
        ),
        (
            "Err:1 https://contoso.westeurope.data.azurecr.io/v2/ Could not handshake: Error in the certificate \
             verification. [IP: 20.1.2.3 443]",
            "data-endpoint-blocked",
        ),
        (
            "fatal: unable to access 'https://contoso.azurecr.io/v2/': schannel: next InitializeSecurityContext failed: \
             SEC_E_UNTRUSTED_ROOT (0x80090325) - The certificate chain was issued by an authority that is not trusted.",
            "connection-timeout",
        ),
    ] {
        let found: Vec<&str> = diagnose(text).matches.iter().map(|m| m.node.id()).collect();
        assert_eq!(found.first(), Some(&"tls-certificate-error"), "{text}");
        assert!(!found.contains(&path), "{path} offered for {text}: {found:?}");
    }
}
