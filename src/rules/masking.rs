//! Masked CSRF tokens (the BREACH defence): every rendering of a token is
//! `base64url(pad || pad XOR token)` under a fresh random pad, so a page
//! compressed over TLS never repeats the secret, while any of its masked
//! forms still proves knowledge of the token.
//!
//! A stored token may be any string (a user's `RandvalInterface` or segment
//! decides), so the raw bytes are masked, whatever they are. A masked form
//! of an `n`-byte token is `ceil(8n / 3)` characters long, never `n`, so a
//! value is never both the raw token and a masked form of it.

use subtle::Choice;

use crate::rules::token::{RandomUnavailable, fill_random, same};

/// A new masked form of `token`, URL- and HTML-safe (`A-Z a-z 0-9 - _`).
pub fn mask(token: &[u8]) -> Result<String, RandomUnavailable> {
    let mut pad = vec![0u8; token.len()];
    fill_random(&mut pad)?;
    Ok(mask_with(token, &pad))
}

fn mask_with(token: &[u8], pad: &[u8]) -> String {
    let mut bytes = Vec::with_capacity(token.len() * 2);
    bytes.extend_from_slice(pad);
    bytes.extend(pad.iter().zip(token).map(|(p, t)| p ^ t));
    encode(&bytes)
}

/// Whether `given` is `token` itself or one of its masked forms. The time
/// taken depends on the lengths and on `given`, never on where the token's
/// contents differ from what was given.
pub fn matches(given: &[u8], token: &[u8]) -> bool {
    let raw = Choice::from(u8::from(same(given, token)));
    let masked = Choice::from(u8::from(unmasks_to(given, token)));
    (raw | masked).into()
}

/// The length of every masked form of an `n`-byte token.
fn masked_len(n: usize) -> usize {
    (n * 2 * 4).div_ceil(3)
}

fn unmasks_to(given: &[u8], token: &[u8]) -> bool {
    // An empty token has exactly one masked form, the empty string, which
    // must not become a second way to match it.
    if token.is_empty() {
        return false;
    }
    // Lengths are public: a value of another length (the raw token, on
    // every form post that sends it) is refused without decoding it.
    if given.len() != masked_len(token.len()) {
        return false;
    }
    let Some(bytes) = decode(given) else {
        return false;
    };
    if bytes.len() != token.len() * 2 {
        return false;
    }
    let (pad, masked) = bytes.split_at(token.len());
    let unmasked: Vec<u8> = pad.iter().zip(masked).map(|(p, m)| p ^ m).collect();
    same(&unmasked, token)
}

// ---- base64url without padding, computed without secret-indexed tables ----

/// The base64url character of a 6-bit value, by arithmetic rather than a
/// table lookup, since half of what is encoded derives from the token.
fn encode_sextet(v: u8) -> u8 {
    let v = i16::from(v);
    // Each mask is all ones when `v` falls in the range, else zero.
    let ge = |limit: i16| !((v - limit) >> 8);
    let mut c = v + i16::from(b'A');
    c += ge(26) & (i16::from(b'a') - i16::from(b'A') - 26);
    c += ge(52) & (i16::from(b'0') - i16::from(b'a') - 26);
    c += ge(62) & (i16::from(b'-') - i16::from(b'0') - 10);
    c += ge(63) & (i16::from(b'_') - i16::from(b'-') - 1);
    c as u8
}

fn decode_char(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'-' => Some(62),
        b'_' => Some(63),
        _ => None,
    }
}

fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let sextets = [
            b[0] >> 2,
            ((b[0] & 0x03) << 4) | (b[1] >> 4),
            ((b[1] & 0x0f) << 2) | (b[2] >> 6),
            b[2] & 0x3f,
        ];
        for &s in &sextets[..=chunk.len()] {
            out.push(char::from(encode_sextet(s)));
        }
    }
    out
}

/// Strict decoding: only the alphabet, no padding, and unused trailing bits
/// must be zero, so every byte string has exactly one encoding and an
/// altered character can never decode to the same bytes.
fn decode(text: &[u8]) -> Option<Vec<u8>> {
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    for chunk in text.chunks(4) {
        let mut acc = 0u32;
        for &c in chunk {
            acc = (acc << 6) | u32::from(decode_char(c)?);
        }
        let bits = chunk.len() * 6;
        let whole = bits / 8;
        let spare = bits % 8;
        if acc & ((1 << spare) - 1) != 0 {
            return None;
        }
        acc >>= spare;
        for i in (0..whole).rev() {
            out.push((acc >> (8 * i)) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token() -> Vec<u8> {
        crate::rules::token::new_token()
            .map(String::into_bytes)
            .unwrap_or_default()
    }

    #[test]
    fn encoding_matches_rfc_4648_vectors() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(encode(plain.as_bytes()), encoded);
            assert_eq!(decode(encoded.as_bytes()), Some(plain.as_bytes().to_vec()));
        }
    }

    #[test]
    fn encoding_uses_the_url_safe_alphabet() {
        let all: Vec<u8> = (0..=255).collect();
        let encoded = encode(&all);
        assert!(
            encoded
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
        );
        assert!(encoded.contains('-') && encoded.contains('_'));
        assert_eq!(decode(encoded.as_bytes()), Some(all));
        for v in 0..64 {
            assert_eq!(decode_char(encode_sextet(v)), Some(v));
        }
    }

    #[test]
    fn decoding_is_strict() {
        for bad in [
            "Zg=", "Zg==", "Z", "Zh", "Zm9", "Zm+v", "Zm/v", "Zm9v\0", " Zm9v", "Zm9w\n",
        ] {
            assert_eq!(decode(bad.as_bytes()), None, "{bad:?} decoded");
        }
    }

    #[test]
    fn masked_forms_differ_and_all_match() -> Result<(), RandomUnavailable> {
        let token = token();
        let a = mask(&token)?;
        let b = mask(&token)?;
        assert_ne!(a, b);
        assert_eq!(a.len(), masked_len(token.len()));
        assert!(matches(a.as_bytes(), &token));
        assert!(matches(b.as_bytes(), &token));
        assert!(matches(&token, &token));
        Ok(())
    }

    #[test]
    fn arbitrary_stored_bytes_are_masked() -> Result<(), RandomUnavailable> {
        for token in [
            &b"0"[..],
            b"\0",
            b"a\0b",
            &[0xff, 0xfe, 0x80],
            "é".as_bytes(),
        ] {
            let masked = mask(token)?;
            assert!(
                masked
                    .bytes()
                    .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
            );
            assert!(matches(masked.as_bytes(), token), "{token:?}");
        }
        Ok(())
    }

    #[test]
    fn other_tokens_and_their_masks_are_rejected() -> Result<(), RandomUnavailable> {
        let token = token();
        let other = crate::rules::token::new_token()?.into_bytes();
        assert!(!matches(&other, &token));
        assert!(!matches(mask(&other)?.as_bytes(), &token));
        assert!(!matches(b"", &token));
        Ok(())
    }

    #[test]
    fn every_altered_or_truncated_mask_is_rejected() -> Result<(), RandomUnavailable> {
        let token = b"0123456789abcdef0123456789abcdef".to_vec();
        let masked = mask(&token)?.into_bytes();
        for i in 0..masked.len() {
            for replacement in [b'A', b'z', b'-', b'_', b'0', b'=', b'+'] {
                if masked[i] == replacement {
                    continue;
                }
                let mut altered = masked.clone();
                altered[i] = replacement;
                assert!(!matches(&altered, &token), "position {i}");
            }
            assert!(!matches(&masked[..i], &token), "truncated to {i}");
        }
        let mut longer = masked.clone();
        longer.push(b'A');
        assert!(!matches(&longer, &token));
        Ok(())
    }

    #[test]
    fn the_pad_cancels_out() {
        let token = b"secret";
        let zero_pad = mask_with(token, &[0; 6]);
        assert_eq!(zero_pad, encode(b"\0\0\0\0\0\0secret"));
        let pad = [0xff; 6];
        let flipped: Vec<u8> = token.iter().map(|t| t ^ 0xff).collect();
        assert_eq!(
            mask_with(token, &pad),
            encode(&[&pad[..], &flipped].concat())
        );
    }

    #[test]
    fn an_empty_token_matches_only_itself() {
        assert!(matches(b"", b""));
        assert!(!matches(b"AA", b""));
    }
}
