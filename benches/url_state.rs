//! Benchmark: reading a deep link into a session and writing it back (done on every navigation).
//! Run with `cargo bench --bench url_state`; prints the median of 20,000 round trips.

use std::time::{Duration, Instant};

use acr_net_guide::locale::Locale;
use acr_net_guide::route::{resolve_hash, Resolution};
use acr_net_guide::session::Session;

fn main() {
    let hash = "#/tr/check-nslookup?registry=contoso&region=westeurope&replica=eastus&replica=japaneast\
                &client-ip=203.0.113.7&via=start:dns,dns-lookup-fails:next";
    let mut samples: Vec<Duration> = (0..20_000)
        .map(|_| {
            let started = Instant::now();
            let Resolution::Show(route) = resolve_hash(std::hint::black_box(hash), Locale::En) else { panic!() };
            let session = Session::from_route(&route).expect("known node");
            std::hint::black_box(session.href());
            started.elapsed()
        })
        .collect();
    samples.sort();
    println!("URL state parse + format round trip: median {:?}", samples[samples.len() / 2]);
}
