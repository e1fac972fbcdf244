//! Non-cryptographic randomness for backoff jitter, invocation ids and
//! idempotency tokens (which must be unique, not unguessable).
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

/// A random version-4 UUID, `xxxxxxxx-xxxx-4xxx-[89ab]xxx-xxxxxxxxxxxx`.
pub(crate) fn uuid_v4() -> String {
    let (a, b) = (u64(), u64());
    let a = (a & 0xffff_ffff_ffff_0fff) | 0x0000_0000_0000_4000;
    let b = (b & 0x3fff_ffff_ffff_ffff) | 0x8000_0000_0000_0000;
    format!(
        "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
        a >> 32,
        (a >> 16) & 0xffff,
        a & 0xffff,
        b >> 48,
        b & 0xffff_ffff_ffff
    )
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
