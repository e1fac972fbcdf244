//! Non-cryptographic randomness for backoff jitter and invocation ids.
//!
//! std's `RandomState` is seeded from the OS once per thread and moves on with
//! every new instance; hashing a counter with it gives well-spread numbers
//! without a dependency. Nothing here is used for secrets.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// A random `u64`.
pub(crate) fn u64() -> u64 {
    let mut h = RandomState::new().build_hasher();
    h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    h.finish()
}

/// A random number in `[0, 1)`.
pub(crate) fn unit_f64() -> f64 {
    (u64() >> 11) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    #[test]
    fn in_range_and_varied() {
        let xs: Vec<f64> = (0..100).map(|_| super::unit_f64()).collect();
        assert!(xs.iter().all(|x| (0.0..1.0).contains(x)));
        assert!(xs.iter().any(|x| *x < 0.5) && xs.iter().any(|x| *x >= 0.5));
    }
}
