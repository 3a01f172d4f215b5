//! Wall time of a whole `acr-net-guide probe` run against the tests' fakes on 127.0.0.1 (five hosts), with the
//! default check time of 4 s: all healthy, and each way every host can time out. The checks of a host run one
//! after another, the hosts at once, so the worst case is bounded by 7 check times (28 s).
//! Run with `cargo bench --bench probe`.

#[allow(dead_code)]
#[path = "../tests/suite/probe/fakes.rs"]
mod fakes;
#[allow(dead_code)]
#[path = "../tests/suite/probe/world.rs"]
mod world;

use std::time::Instant;

use fakes::Name;
use world::{World, HOSTS};

fn timed(label: &str, world: &World) {
    let started = Instant::now();
    let output = world.run(&["--format", "json", "--timeout-ms", "4000"]);
    let elapsed = started.elapsed();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("a JSON report");
    println!("{label:<58} {:>6.2} s   exit {:?}, step {}", elapsed.as_secs_f64(), output.status.code(), json["node"]);
}

fn main() {
    timed("healthy: every host answers", &World::healthy());
    let mut dropped = World::healthy();
    for host in HOSTS {
        dropped = dropped.play(host, fakes::black_hole());
    }
    timed("every host drops the connection (TCP connect times out)", &dropped);
    let mut silent = World::healthy();
    for host in HOSTS {
        silent = silent.play(host, fakes::silent());
    }
    timed("every host accepts and never answers (TLS times out)", &silent);
    let mut unanswered = World::healthy();
    for host in HOSTS {
        unanswered = unanswered.name(host, Name::Silent).azure_name(host, Name::Silent);
    }
    timed("no DNS answer for any name, nor from Azure DNS", &unanswered);
}
