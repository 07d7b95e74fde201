//! CSRF token values: random bytes from the operating system, hex encoded,
//! and compared in constant time.

use rand::{TryRng, rngs::SysRng};
use subtle::ConstantTimeEq;

/// The operating system could not supply random bytes.
#[derive(Debug, thiserror::Error)]
#[error("Cannot generate cryptographically secure random values: {0}")]
pub struct RandomUnavailable(String);

/// Bytes of entropy in a native token: 512 bits, hex encoded to the same 128
/// characters a SHA-512 hex digest has.
const TOKEN_BYTES: usize = 64;

/// Bytes `Randval::generate()` returns.
pub const RANDVAL_BYTES: usize = 32;

/// Fills a buffer from the operating system's CSPRNG.
pub fn fill_random(bytes: &mut [u8]) -> Result<(), RandomUnavailable> {
    SysRng
        .try_fill_bytes(bytes)
        .map_err(|e| RandomUnavailable(e.to_string()))
}

/// A fixed number of bytes from the operating system's CSPRNG.
pub fn random_bytes<const N: usize>() -> Result<[u8; N], RandomUnavailable> {
    let mut bytes = [0u8; N];
    fill_random(&mut bytes)?;
    Ok(bytes)
}

/// A fresh token: 128 lowercase hex characters.
pub fn new_token() -> Result<String, RandomUnavailable> {
    Ok(hex(&random_bytes::<TOKEN_BYTES>()?))
}

/// Lowercase hex of bytes.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(DIGITS[usize::from(b >> 4)] as char);
        out.push(DIGITS[usize::from(b & 0x0f)] as char);
    }
    out
}

/// Equal contents, in time that does not depend on where they differ: the
/// differences of all bytes are folded together without branching, and only
/// the folded word is compared (through `subtle`, so the final test is not
/// turned into a branch on secret data either).
pub fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut diff = 0u64;
    let (a_words, a_tail) = a.split_at(a.len() - a.len() % 8);
    let (b_words, b_tail) = b.split_at(a_words.len());
    for (x, y) in a_words.chunks_exact(8).zip(b_words.chunks_exact(8)) {
        let x = u64::from_ne_bytes(x.try_into().unwrap_or_default());
        let y = u64::from_ne_bytes(y.try_into().unwrap_or_default());
        diff |= x ^ y;
    }
    for (x, y) in a_tail.iter().zip(b_tail) {
        diff |= u64::from(x ^ y);
    }
    diff.ct_eq(&0).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_is_lowercase_and_two_digits_per_byte() {
        assert_eq!(hex(&[0x00, 0x0f, 0xa0, 0xff]), "000fa0ff");
    }

    #[test]
    fn tokens_are_128_lowercase_hex_chars() -> Result<(), RandomUnavailable> {
        let token = new_token()?;
        assert_eq!(token.len(), 128);
        assert!(
            token
                .bytes()
                .all(|c| c.is_ascii_digit() || (b'a'..=b'f').contains(&c))
        );
        Ok(())
    }

    #[test]
    fn tokens_differ() -> Result<(), RandomUnavailable> {
        assert_ne!(new_token()?, new_token()?);
        Ok(())
    }

    #[test]
    fn comparison_needs_equal_length_and_bytes() {
        assert!(same(b"abc", b"abc"));
        assert!(!same(b"abc", b"abd"));
        assert!(!same(b"abc", b"abcd"));
        assert!(!same(b"", b"a"));
        assert!(same(b"", b""));
        let long: Vec<u8> = (0..=255).collect();
        for i in 0..long.len() {
            let mut other = long.clone();
            other[i] ^= 1;
            assert!(!same(&long, &other), "difference at byte {i} missed");
        }
        assert!(same(&long, &long.clone()));
    }
}
