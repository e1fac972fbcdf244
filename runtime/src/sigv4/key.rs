//! Derived signing keys (`kSigning`) and their cache.

use std::fmt;
use std::sync::Mutex;

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::SigningParams;
use super::canonical::hex;

/// How many derived keys a [`SigningKeyCache`] keeps.
pub(super) const CACHE_CAPACITY: usize = 4;

/// A derived signing key (`kSigning`); zeroized on drop.
#[derive(Clone)]
pub(super) struct SigningKey(pub(super) Zeroizing<[u8; 32]>);

pub(super) struct CacheEntry {
    pub(super) fingerprint: [u8; 32],
    pub(super) day: String,
    pub(super) region: String,
    pub(super) service: String,
    pub(super) key: SigningKey,
}

/// A small cache of derived signing keys, keyed by (SHA-256 fingerprint of the secret,
/// day, region, service). It never holds the secret itself; key bytes are zeroized
/// when evicted or dropped. Cheap to create, safe to share between threads.
#[derive(Default)]
pub struct SigningKeyCache {
    pub(super) entries: Mutex<Vec<CacheEntry>>,
}

impl fmt::Debug for SigningKeyCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let len = self
            .entries
            .lock()
            .map_or_else(|e| e.into_inner().len(), |g| g.len());
        f.debug_struct("SigningKeyCache")
            .field("entries", &len)
            .finish()
    }
}

pub(super) fn fingerprint(secret: &str) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(b"awsop sigv4 signing key cache\0");
    h.update(secret.as_bytes());
    h.finalize().into()
}

pub(super) fn hmac_sha256(key: &[u8], data: &[u8]) -> Zeroizing<[u8; 32]> {
    let mut mac =
        <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC accepts keys of every length");
    mac.update(data);
    Zeroizing::new(mac.finalize().into_bytes().into())
}

pub(super) fn derive_signing_key(
    secret: &str,
    day: &str,
    region: &str,
    service: &str,
) -> SigningKey {
    let mut k_secret = Zeroizing::new(Vec::with_capacity(4 + secret.len()));
    k_secret.extend_from_slice(b"AWS4");
    k_secret.extend_from_slice(secret.as_bytes());
    let k_date = hmac_sha256(&k_secret, day.as_bytes());
    let k_region = hmac_sha256(&*k_date, region.as_bytes());
    let k_service = hmac_sha256(&*k_region, service.as_bytes());
    SigningKey(hmac_sha256(&*k_service, b"aws4_request"))
}

impl SigningKeyCache {
    /// An empty cache.
    pub fn new() -> Self {
        SigningKeyCache::default()
    }

    pub(super) fn get(&self, secret: &str, day: &str, region: &str, service: &str) -> SigningKey {
        let fp = fingerprint(secret);
        // A poisoned lock only means another thread panicked between two pushes or
        // removes; the entries are still whole, so keep using them.
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        let found = entries.iter().position(|e| {
            e.fingerprint == fp && e.day == day && e.region == region && e.service == service
        });
        if let Some(i) = found {
            let entry = entries.remove(i);
            let key = entry.key.clone();
            entries.insert(0, entry);
            return key;
        }
        let key = derive_signing_key(secret, day, region, service);
        entries.insert(
            0,
            CacheEntry {
                fingerprint: fp,
                day: day.to_owned(),
                region: region.to_owned(),
                service: service.to_owned(),
                key: key.clone(),
            },
        );
        entries.truncate(CACHE_CAPACITY);
        key
    }
}

pub(super) fn signature(params: &SigningParams<'_>, cache: &SigningKeyCache, sts: &str) -> String {
    let key = cache.get(
        params.secret_access_key,
        &params.time.fmt_amz_day(),
        params.region,
        params.service,
    );
    hex(&*hmac_sha256(&*key.0, sts.as_bytes()))
}
