//! Benchmark: diagnosing a 10 KB and a 1 MB log (noise with one error line at the end).
//! Run with `cargo bench --bench diagnose`; prints medians.

use std::time::{Duration, Instant};

use acr_net_guide::diagnose::diagnose;

fn log_of(size: usize) -> String {
    let noise =
        "2026-11-02T10:14:07.1234567Z INFO worker heartbeat ok, queue depth 0, pulled contoso.azurecr.io/app:1\n";
    let mut log = noise.repeat(size / noise.len());
    log.push_str("Error response from daemon: Get \"https://contoso.azurecr.io/v2/\": dial tcp: lookup contoso.azurecr.io: no such host\n");
    log
}

fn median(runs: usize, text: &str) -> Duration {
    let mut samples: Vec<Duration> = (0..runs)
        .map(|_| {
            let started = Instant::now();
            std::hint::black_box(diagnose(text));
            started.elapsed()
        })
        .collect();
    samples.sort();
    samples[runs / 2]
}

fn main() {
    for (label, size, runs) in [("10 KB", 10 * 1024, 500), ("1 MB", 1024 * 1024, 31)] {
        let log = log_of(size);
        assert_eq!(diagnose(&log).matches.first().map(|m| m.node.id()), Some("dns-lookup-fails"));
        println!("diagnose {label} log: median {:?} over {runs} runs", median(runs, &log));
    }
}
