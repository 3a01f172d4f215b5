//! Orders lists by a 64-bit key through one shared sort: every distinct `sort_unstable_by…` call would put another
//! copy of the sort into the wasm (seven copies were about 4 KB of the first load).

/// `items` by ascending `key`; equal keys keep their order.
pub fn by_key<T>(items: Vec<T>, key: impl Fn(&T) -> u64) -> Vec<T> {
    let mut keyed: Vec<(u64, usize)> = items.iter().map(key).zip(0..).collect();
    sort_pairs(&mut keyed);
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    keyed.into_iter().filter_map(|(_, at)| slots[at].take()).collect()
}

// Not generic and never inlined: the one copy of the sort.
#[inline(never)]
fn sort_pairs(pairs: &mut [(u64, usize)]) {
    pairs.sort_unstable();
}

/// A key that puts larger numbers first, in `f64::total_cmp` order.
pub fn descending(value: f64) -> u64 {
    let bits = value.to_bits();
    // Ascending total order: negative numbers have every bit flipped, the others only the sign bit.
    let ascending = if bits >> 63 == 1 { !bits } else { bits | 1 << 63 };
    !ascending
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn by_key_sorts_ascending_and_keeps_the_order_of_equal_keys() {
        let sorted = by_key(vec![(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e')], |(key, _)| *key);
        assert_eq!(sorted, [(0, 'd'), (1, 'b'), (1, 'e'), (3, 'a'), (3, 'c')]);
    }

    #[test]
    fn descending_keys_follow_total_cmp_reversed() {
        let values = [1.5, -0.0, 0.0, -2.0, f64::INFINITY, 0.25, f64::NEG_INFINITY, 1e-300, -1e-300];
        let mut expected = values.to_vec();
        expected.sort_by(|a, b| b.total_cmp(a));
        let sorted = by_key(values.to_vec(), |value| descending(*value));
        assert_eq!(
            sorted.iter().map(|v| v.to_bits()).collect::<Vec<_>>(),
            expected.iter().map(|v| v.to_bits()).collect::<Vec<_>>()
        );
    }
}
