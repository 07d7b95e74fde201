//! The key ring and the sealed form of session data, in plain Rust.
//!
//! A key file holds one key per line: 32 random bytes in standard base64
//! (`head -c 32 /dev/urandom | base64`); blank lines and lines starting
//! with `#` are ignored. The first key seals, every key opens.
//!
//! Sealed data is `aura1:` followed by the URL-safe base64 (no padding) of
//! a version byte, the sealing key's 4-byte id, a 12-byte random nonce and
//! the AES-256-GCM-SIV ciphertext with its 16-byte tag. GCM-SIV because a
//! repeated random nonce (billions of writes under one key) then reveals
//! only that two values were equal, where plain GCM would reveal the key
//! stream; and because independent programs can read it (Python's
//! `cryptography`, OpenSSL 3.2). The associated data
//! binds it to the session's name and id, so a blob copied under another
//! id, or another session name, does not open. Text, so that every store
//! (a database column behind a user handler included) keeps it intact.

use aes_gcm_siv::{
    AeadInOut, Aes256GcmSiv, KeyInit, Nonce, Tag,
    aead::inout::InOutBuf,
};
use base64_simd::{STANDARD, URL_SAFE_NO_PAD};
use sha2::{Digest, Sha256};

/// What every sealed value starts with.
pub const PREFIX: &[u8] = b"aura1:";
const VERSION: u8 = 1;
const KEY_ID_LEN: usize = 4;
pub const NONCE_LEN: usize = 12;
const TAG_LEN: usize = 16;
/// Version, key id and nonce: what precedes the ciphertext.
const HEADER_LEN: usize = 1 + KEY_ID_LEN + NONCE_LEN;

pub struct Key {
    id: [u8; KEY_ID_LEN],
    fingerprint: String,
    cipher: Aes256GcmSiv,
}

pub struct KeyRing {
    keys: Vec<Key>,
}

/// Why a key file was refused, for the startup warning.
#[derive(Debug, PartialEq)]
pub enum RingError {
    NoKey,
    BadKey { line: usize },
    Duplicate { line: usize },
}

impl std::fmt::Display for RingError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RingError::NoKey => write!(f, "it holds no key"),
            RingError::BadKey { line } => write!(
                f,
                "line {line} is not a key (32 random bytes in base64, such as `head -c 32 /dev/urandom | base64` prints)"
            ),
            RingError::Duplicate { line } => {
                write!(f, "line {line} repeats a key listed above it")
            }
        }
    }
}

/// Why stored data was not opened: the session then starts empty.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Refusal {
    /// Not sealed at all (left from before encryption, or planted).
    Plaintext,
    /// Sealed under a key the ring no longer holds.
    UnknownKey,
    /// Sealed form broken, truncated, altered, or moved to another id.
    Tampered,
}

/// Opened data, and whether it was sealed under the current key (if not,
/// the next save seals it again under that one).
#[derive(Debug, PartialEq)]
pub struct Opened {
    pub plain: Vec<u8>,
    pub current: bool,
}

/// The associated data of a session's sealed value.
pub fn associated_data(name: &[u8], id: &[u8]) -> Vec<u8> {
    let mut ad = Vec::with_capacity(16 + name.len() + id.len());
    ad.extend_from_slice(b"aura_session/1\0");
    ad.extend_from_slice(name);
    ad.push(0);
    ad.extend_from_slice(id);
    ad
}

impl KeyRing {
    /// The ring a key file's text describes.
    pub fn parse(text: &str) -> Result<KeyRing, RingError> {
        let mut keys: Vec<Key> = Vec::new();
        // Editors on Windows start a saved text file with a byte-order mark.
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        for (index, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let number = index + 1;
            let bytes = STANDARD
                .decode_to_vec(line)
                .ok()
                .filter(|bytes| bytes.len() == 32)
                .ok_or(RingError::BadKey { line: number })?;
            let key = Key::new(&bytes).ok_or(RingError::BadKey { line: number })?;
            if keys.iter().any(|known| known.id == key.id) {
                return Err(RingError::Duplicate { line: number });
            }
            keys.push(key);
        }
        if keys.is_empty() {
            return Err(RingError::NoKey);
        }
        Ok(KeyRing { keys })
    }

    /// Each key's fingerprint, the sealing key first: what `php --ri`
    /// shows, which tells keys apart and reveals nothing of them.
    pub fn fingerprints(&self) -> impl Iterator<Item = &str> {
        self.keys.iter().map(|key| key.fingerprint.as_str())
    }

    /// `plain` sealed under the current key with `nonce` (12 fresh random
    /// bytes).
    pub fn seal(&self, ad: &[u8], plain: &[u8], nonce: &[u8; NONCE_LEN]) -> Option<Vec<u8>> {
        let key = self.keys.first()?;
        // The cipher reads `plain` where PHP's serializer left it and
        // writes the ciphertext straight after the header: one buffer, no
        // copy of the plain text.
        let mut raw = Vec::with_capacity(HEADER_LEN + plain.len() + TAG_LEN);
        raw.push(VERSION);
        raw.extend_from_slice(&key.id);
        raw.extend_from_slice(nonce);
        raw.resize(HEADER_LEN + plain.len(), 0);
        let buffer = InOutBuf::new(plain, &mut raw[HEADER_LEN..]).ok()?;
        let tag = key
            .cipher
            .encrypt_inout_detached(&Nonce::from(*nonce), ad, buffer)
            .ok()?;
        raw.extend_from_slice(&tag);
        let mut out = Vec::with_capacity(PREFIX.len() + URL_SAFE_NO_PAD.encoded_length(raw.len()));
        out.extend_from_slice(PREFIX);
        URL_SAFE_NO_PAD.encode_append(&raw, &mut out);
        Some(out)
    }

    /// The data `stored` seals for `ad`, or why it does not open.
    pub fn open(&self, ad: &[u8], stored: &[u8]) -> Result<Opened, Refusal> {
        let encoded = stored.strip_prefix(PREFIX).ok_or(Refusal::Plaintext)?;
        let raw = URL_SAFE_NO_PAD
            .decode_to_vec(encoded)
            .map_err(|_| Refusal::Tampered)?;
        if raw.len() < HEADER_LEN + TAG_LEN || raw[0] != VERSION {
            return Err(Refusal::Tampered);
        }
        let (header, rest) = raw.split_at(HEADER_LEN);
        let (id, nonce) = header[1..].split_at(KEY_ID_LEN);
        let (sealed, tag) = rest.split_at(rest.len() - TAG_LEN);
        let (index, key) = self
            .keys
            .iter()
            .enumerate()
            .find(|(_, key)| key.id == id)
            .ok_or(Refusal::UnknownKey)?;
        let nonce = Nonce::try_from(nonce).map_err(|_| Refusal::Tampered)?;
        let tag = Tag::try_from(tag).map_err(|_| Refusal::Tampered)?;
        // Decrypted from the decoded bytes into the buffer handed to PHP's
        // unserializer, rather than in place and then moved.
        let mut plain = vec![0; sealed.len()];
        let buffer = InOutBuf::new(sealed, &mut plain).map_err(|_| Refusal::Tampered)?;
        key.cipher
            .decrypt_inout_detached(&nonce, ad, buffer, &tag)
            .map_err(|_| Refusal::Tampered)?;
        Ok(Opened {
            plain,
            current: index == 0,
        })
    }
}

impl Key {
    fn new(bytes: &[u8]) -> Option<Key> {
        let digest = Sha256::new()
            .chain_update(b"aura_session key fingerprint\0")
            .chain_update(bytes)
            .finalize();
        let mut id = [0; KEY_ID_LEN];
        id.copy_from_slice(&digest[..KEY_ID_LEN]);
        let fingerprint = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
        let cipher = Aes256GcmSiv::new_from_slice(bytes).ok()?;
        Some(Key {
            id,
            fingerprint,
            cipher,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    const B: &str = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=";
    const NONCE: [u8; NONCE_LEN] = [7; NONCE_LEN];

    fn ring(text: &str) -> KeyRing {
        KeyRing::parse(text).expect("a valid ring")
    }

    #[test]
    fn sealed_data_opens_under_the_same_name_and_id_only() {
        let ring = ring(A);
        let ad = associated_data(b"PHPSESSID", b"abc");
        let sealed = ring.seal(&ad, b"a|s:1:\"x\";", &NONCE).expect("sealed");
        assert!(sealed.starts_with(PREFIX));
        let opened = ring.open(&ad, &sealed).expect("opens");
        assert_eq!(opened.plain, b"a|s:1:\"x\";");
        assert!(opened.current);
        let moved = associated_data(b"PHPSESSID", b"abd");
        assert_eq!(ring.open(&moved, &sealed), Err(Refusal::Tampered));
        let renamed = associated_data(b"OTHER", b"abc");
        assert_eq!(ring.open(&renamed, &sealed), Err(Refusal::Tampered));
    }

    #[test]
    fn an_older_key_opens_and_asks_for_resealing() {
        let old = ring(A);
        let ad = associated_data(b"S", b"id");
        let sealed = old.seal(&ad, b"data", &NONCE).expect("sealed");
        let rotated = ring(&format!("{B}\n{A}\n"));
        let opened = rotated.open(&ad, &sealed).expect("opens");
        assert_eq!(opened.plain, b"data");
        assert!(!opened.current);
        let retired = ring(B);
        assert_eq!(retired.open(&ad, &sealed), Err(Refusal::UnknownKey));
    }

    #[test]
    fn plaintext_truncation_and_alteration_are_refused() {
        let ring = ring(A);
        let ad = associated_data(b"S", b"id");
        assert_eq!(ring.open(&ad, b"a|s:1:\"x\";"), Err(Refusal::Plaintext));
        assert_eq!(ring.open(&ad, b""), Err(Refusal::Plaintext));
        let sealed = ring.seal(&ad, b"data", &NONCE).expect("sealed");
        assert_eq!(ring.open(&ad, &sealed[..sealed.len() - 3]), Err(Refusal::Tampered));
        assert_eq!(ring.open(&ad, &sealed[..PREFIX.len() + 8]), Err(Refusal::Tampered));
        let mut altered = sealed.clone();
        let last = altered.len() - 1;
        altered[last] = if altered[last] == b'A' { b'B' } else { b'A' };
        assert_eq!(ring.open(&ad, &altered), Err(Refusal::Tampered));
        assert_eq!(ring.open(&ad, b"aura1:!!!"), Err(Refusal::Tampered));
    }

    /// Made by Python's `cryptography` from the format docs/security.md
    /// describes: values stored by earlier builds open, and this one seals
    /// the same bytes.
    const KNOWN: &[u8] = b"aura1:AQULZA4HBwcHBwcHBwcHBwdtmeP2gcQfkXvjxziZbr5hizmHF3786tLTIEdjAx8rv3qOaG_wHCHqr9La-0ab_O3Lv1_U0RZmyHekEQ";
    const KNOWN_PLAIN: &[u8] = b"a:1:{s:3:\"app\";a:1:{s:4:\"user\";s:3:\"ada\";}}";

    #[test]
    fn the_stored_format_is_that_of_the_documentation() {
        let ring = ring(A);
        let ad = associated_data(b"PHPSESSID", b"abc");
        let opened = ring.open(&ad, KNOWN).expect("opens");
        assert_eq!(opened.plain, KNOWN_PLAIN);
        assert_eq!(ring.seal(&ad, KNOWN_PLAIN, &NONCE).as_deref(), Some(KNOWN));
    }

    #[test]
    fn every_length_seals_and_opens() {
        // Across the widths the SIMD base64 and the cipher work in, and
        // their remainders.
        let ring = ring(A);
        let ad = associated_data(b"S", b"id");
        for len in (0..300).chain([4095, 4096, 4097, 102_580]) {
            let plain: Vec<u8> = (0..len).map(|i| (i * 7 % 251) as u8).collect();
            let sealed = ring.seal(&ad, &plain, &NONCE).expect("sealed");
            let raw = HEADER_LEN + len + TAG_LEN;
            assert_eq!(sealed.len(), PREFIX.len() + (raw * 4).div_ceil(3));
            assert_eq!(ring.open(&ad, &sealed).expect("opens").plain, plain);
        }
    }

    #[test]
    fn only_the_one_encoding_of_a_value_opens() {
        let ring = ring(A);
        let ad = associated_data(b"PHPSESSID", b"abc");
        let body = &KNOWN[PREFIX.len()..];
        let with = |edit: &dyn Fn(&mut Vec<u8>)| {
            let mut value = KNOWN.to_vec();
            edit(&mut value);
            ring.open(&ad, &value)
        };
        // Standard base64's alphabet, padding, whitespace, and unused low
        // bits set in the last character.
        let dash = PREFIX.len() + body.iter().position(|&c| c == b'-').expect("a dash");
        assert_eq!(with(&|v| v[dash] = b'+'), Err(Refusal::Tampered));
        assert_eq!(with(&|v| v.extend_from_slice(b"==")), Err(Refusal::Tampered));
        assert_eq!(with(&|v| v.push(b'\n')), Err(Refusal::Tampered));
        assert_eq!(with(&|v| v.insert(PREFIX.len() + 8, b' ')), Err(Refusal::Tampered));
        assert_eq!(with(&|v| *v.last_mut().expect("a byte") = b'R'), Err(Refusal::Tampered));
    }

    #[test]
    fn each_seal_is_new_for_a_new_nonce() {
        let ring = ring(A);
        let ad = associated_data(b"S", b"id");
        let one = ring.seal(&ad, b"data", &[1; NONCE_LEN]).expect("sealed");
        let two = ring.seal(&ad, b"data", &[2; NONCE_LEN]).expect("sealed");
        assert_ne!(one, two);
    }

    #[test]
    fn key_files_are_checked_line_by_line() {
        assert!(KeyRing::parse("").is_err());
        assert_eq!(KeyRing::parse("# only a comment\n\n").err(), Some(RingError::NoKey));
        assert_eq!(
            KeyRing::parse(&format!("{A}\nnot base64\n")).err(),
            Some(RingError::BadKey { line: 2 })
        );
        assert_eq!(
            KeyRing::parse("AAECAwQFBgcICQoLDA0ODw==").err(),
            Some(RingError::BadKey { line: 1 })
        );
        assert_eq!(
            KeyRing::parse(&format!("{A}\n# old\n{A}\n")).err(),
            Some(RingError::Duplicate { line: 3 })
        );
        let ring = ring(&format!("# current\n{B}\n\n{A}\n"));
        let prints: Vec<_> = ring.fingerprints().collect();
        assert_eq!(prints.len(), 2);
        assert_eq!(prints[0].len(), 16);
        assert_ne!(prints[0], prints[1]);
    }

    #[test]
    fn a_key_file_saved_on_windows_reads_as_on_unix() {
        let unix = ring(&format!("# current\n{B}\n{A}\n"));
        let windows = ring(&format!("\u{feff}# current\r\n{B}\r\n{A}\r\n"));
        assert!(unix.fingerprints().eq(windows.fingerprints()));
        // A mark anywhere but at the start is no part of a key.
        assert_eq!(
            KeyRing::parse(&format!("{A}\n\u{feff}{B}\n")).err(),
            Some(RingError::BadKey { line: 2 })
        );
    }
}

