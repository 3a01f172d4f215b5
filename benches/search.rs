//! Benchmark: search queries over every step of a locale (the index is compiled in natively; the page installs the
//! same file), and reading the search file into the index. Run with `cargo bench --bench search`; prints medians.
//! The goal is 5 ms per query in the browser (docs/PERFORMANCE.md has the browser figure).

use std::time::{Duration, Instant};

use acr_net_guide::i18n::Localizer;
use acr_net_guide::locale::Locale;
use acr_net_guide::locale_files::search_index;

fn median(runs: usize, mut work: impl FnMut()) -> Duration {
    let mut samples: Vec<Duration> = (0..runs)
        .map(|_| {
            let started = Instant::now();
            work();
            started.elapsed()
        })
        .collect();
    samples.sort();
    samples[runs / 2]
}

fn main() {
    let queries = [
        (Locale::En, "no such host"),
        (Locale::En, "dial tcp: lookup contoso.azurecr.io on 10.0.0.10:53: no such host"),
        (Locale::En, "dedicted data endponts"),
        (Locale::Tr, "guvenlik duvari"),
        (Locale::Tr, "özel DNS bölgesi sanal ağ bağlantısı"),
    ];
    for (locale, query) in queries {
        let index = search_index(locale);
        let t = Localizer::new(locale);
        assert!(!index.query(query, &t, 20).is_empty(), "{query}");
        let time = median(301, || {
            std::hint::black_box(index.query(query, &t, 20));
        });
        println!("search {locale} {query:?}: median {time:?} over 301 runs");
    }
}
