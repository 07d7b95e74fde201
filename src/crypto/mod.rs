//! Sessions encrypted at rest: the serializer `aura_encrypted`
//! (`session.serialize_handler = aura_encrypted` with
//! `aura_session.encryption_keys` naming a key file; docs/security.md).
//!
//! A serializer, not a save handler, because every save handler PHP has
//! (files, phpredis, memcached, user classes) stores what the serializer
//! produces and reads back what it stored: one seam covers them all, and
//! the session module's own `lazy_write`, strict mode and `read_and_close`
//! keep working above it. PHP's `php_serialize` does the serializing.
//!
//! Fails closed: data that does not open is never unserialized; the
//! session starts empty and `Session::getExpiredReason()` says why. A key
//! file that cannot be used registers no serializer at all: the session
//! module then disables sessions (every `session_start()` fails with a
//! warning) rather than store anything unencrypted.

mod ring;

use std::sync::OnceLock;

use sha2::{Digest, Sha256};

use crate::{
    config,
    engine::{ini, notice, request, serializer, session_state},
    rules::{lifetime::Reason, token},
};

pub use ring::{KeyRing, Refusal};

/// The name `session.serialize_handler` takes.
const NAME: &std::ffi::CStr = c"aura_encrypted";

/// The key ring, read once when the module starts (by php-fpm's master,
/// before it drops privileges: the key file can be readable by root only).
static RING: OnceLock<KeyRing> = OnceLock::new();

/// Why the configured key file is not in use, for `php --ri`.
static BROKEN: OnceLock<String> = OnceLock::new();

/// Module startup: reads the key file `aura_session.encryption_keys` names
/// and registers the serializer. Nothing happens while the setting is empty.
pub fn start() {
    let path = config::ENCRYPTION_KEYS.with_value(|value| String::from_utf8_lossy(value).into_owned());
    let path = path.trim();
    if path.is_empty() {
        return;
    }
    let loaded = read_key_file(path).and_then(|text| KeyRing::parse(&text).map_err(|why| format!("{path}: {why}")));
    let why = match loaded {
        Ok(ring) => {
            // A restarted module keeps the ring and the serializer it has.
            if RING.set(ring).is_err() {
                return;
            }
            let transform = serializer::Transform { encode, decode };
            if serializer::register(NAME, transform) {
                return;
            }
            "the session module refused to register the serializer aura_encrypted".to_owned()
        }
        Err(why) => why,
    };
    ini::warn(&format!(
        "aura_session.encryption_keys: {why}; the serializer aura_encrypted is not registered, so sessions that use it cannot start"
    ));
    let _ = BROKEN.set(why);
}

/// Far more than a ring of keys needs; the bound keeps a path such as
/// /dev/zero from growing the process until the system kills it.
const KEY_FILE_LIMIT: u64 = 64 * 1024;

fn read_key_file(path: &str) -> Result<String, String> {
    use std::io::Read;
    let mut text = String::new();
    std::fs::File::open(path)
        .and_then(|file| file.take(KEY_FILE_LIMIT + 1).read_to_string(&mut text))
        .map_err(|error| format!("cannot read {path}: {error}"))?;
    if text.len() as u64 > KEY_FILE_LIMIT {
        return Err(format!("{path} is larger than {} KiB; a key file holds a few lines", KEY_FILE_LIMIT / 1024));
    }
    Ok(text)
}

/// The `php --ri` rows while encryption is configured: its state, and
/// each key's fingerprint (never a key). None while it is off.
pub fn info_rows() -> Vec<(String, String)> {
    if let Some(why) = BROKEN.get() {
        return vec![("Encryption at rest".into(), format!("not available: {why}"))];
    }
    let Some(ring) = RING.get() else {
        return Vec::new();
    };
    let mut rows = vec![(
        "Encryption at rest".into(),
        "session.serialize_handler = aura_encrypted (AES-256-GCM-SIV)".into(),
    )];
    for (index, print) in ring.fingerprints().enumerate() {
        let role = if index == 0 { "seals and opens" } else { "opens" };
        rows.push((format!("Key {}", index + 1), format!("{print} ({role})")));
    }
    rows
}

/// The associated data of session `id` under the current session name.
fn associated_data(id: &[u8]) -> Option<Vec<u8>> {
    session_state::with_name(|name| ring::associated_data(name, id))
}

fn encode(plain: &[u8]) -> Option<Vec<u8>> {
    let ring = RING.get()?;
    let Some(id) = session_state::id() else {
        return no_id_to_seal_for();
    };
    // Unchanged data read under the current key is stored as it was read,
    // so that the session module's lazy_write sees no change (and a
    // read-only request builds no associated data and seals nothing).
    if let Some(stored) = request::unchanged_seal(&id, plain) {
        return Some(stored);
    }
    let Some(ad) = associated_data(&id) else {
        return no_id_to_seal_for();
    };
    let Ok(nonce) = token::random_bytes::<{ ring::NONCE_LEN }>() else {
        let _ = notice::warning("aura_session: the system's random source failed; the session data was not stored");
        return None;
    };
    ring.seal(&ad, plain, &nonce)
}

fn decode(stored: &[u8]) -> Option<Vec<u8>> {
    let ring = RING.get()?;
    // A new session: the session module decodes what the store had, "".
    if stored.is_empty() {
        request::remember_seal(None);
        return None;
    }
    let id = session_state::id()?;
    let ad = associated_data(&id)?;
    match ring.open(&ad, stored) {
        Ok(opened) => {
            request::remember_seal(opened.current.then(|| request::Sealed {
                id,
                plain: opened.plain.clone(),
                stored: stored.to_vec(),
            }));
            Some(opened.plain)
        }
        Err(refusal) => {
            request::remember_seal(None);
            let reason = match refusal {
                Refusal::Plaintext => Reason::Plaintext,
                Refusal::UnknownKey => Reason::UnknownKey,
                Refusal::Tampered => Reason::Tampered,
            };
            request::set_expired(Some(reason));
            let _ = notice::warning(&format!(
                "aura_session: the stored data of session {} {}; it was not unserialized and the session starts empty",
                short_hash(&id),
                match refusal {
                    Refusal::Plaintext => "is not encrypted",
                    Refusal::UnknownKey => "is sealed under a key the key file no longer holds",
                    Refusal::Tampered => "does not authenticate (altered, truncated or moved from another id)",
                }
            ));
            None
        }
    }
}

fn no_id_to_seal_for() -> Option<Vec<u8>> {
    let _ = notice::warning("aura_session: no session id to seal the session data for; nothing was stored");
    None
}

/// A session id as logs may show it: a short hash, not the id itself.
fn short_hash(id: &[u8]) -> String {
    let digest = Sha256::digest(id);
    format!("#{}", token::hex(&digest[..6]))
}
