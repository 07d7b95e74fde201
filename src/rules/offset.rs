//! Array offsets as PHP converts them: which strings are integer keys, and
//! what integer a float becomes.

/// The integer a string array key stands for, if it is one: a canonical
/// decimal (`"5"`, `"-3"`; not `"05"`, `"+5"`, `"-0"`, `" 5"`) within range,
/// as PHP's `ZEND_HANDLE_NUMERIC_STR` decides.
#[inline(always)]
pub fn numeric_key(bytes: &[u8]) -> Option<i64> {
    // Most keys are names: one byte rules them out, inline.
    if !matches!(bytes.first(), Some(b'0'..=b'9' | b'-')) {
        return None;
    }
    decimal_key(bytes)
}

fn decimal_key(bytes: &[u8]) -> Option<i64> {
    let digits = bytes.strip_prefix(b"-").unwrap_or(bytes);
    let canonical = match digits {
        [b'0'] => bytes.len() == 1,
        [b'1'..=b'9', rest @ ..] => rest.iter().all(u8::is_ascii_digit) && digits.len() <= 19,
        _ => false,
    };
    if !canonical {
        return None;
    }
    std::str::from_utf8(bytes).ok()?.parse().ok()
}

/// `(int)` of a float used as an array offset, as PHP 8.2 does it on 64-bit
/// systems: truncation in range, modular arithmetic outside it, 0 for
/// infinities and NaN.
pub fn double_to_key(d: f64) -> i64 {
    const TWO_63: f64 = 9_223_372_036_854_775_808.0;
    const TWO_64: f64 = 18_446_744_073_709_551_616.0;
    if !d.is_finite() {
        return 0;
    }
    if (-TWO_63..TWO_63).contains(&d) {
        return d.trunc() as i64;
    }
    let mut m = (d % TWO_64).trunc();
    if m < 0.0 {
        m += TWO_64;
    }
    if m >= TWO_63 {
        m -= TWO_64;
    }
    m as i64
}

/// Whether PHP 8.1+ deprecates `d` as an array offset: the key it becomes
/// does not convert back to the same float (`zend_is_long_compatible`).
pub fn loses_precision(d: f64) -> bool {
    #[allow(clippy::cast_precision_loss)]
    let back = double_to_key(d) as f64;
    back != d
}

#[cfg(test)]
mod tests {
    use super::{double_to_key, loses_precision, numeric_key};

    #[test]
    fn canonical_decimals_are_integer_keys() {
        assert_eq!(numeric_key(b"0"), Some(0));
        assert_eq!(numeric_key(b"42"), Some(42));
        assert_eq!(numeric_key(b"-7"), Some(-7));
        assert_eq!(numeric_key(b"9223372036854775807"), Some(i64::MAX));
        assert_eq!(numeric_key(b"-9223372036854775808"), Some(i64::MIN));
    }

    #[test]
    fn floats_convert_like_php_offsets() {
        assert_eq!(double_to_key(1.9), 1);
        assert_eq!(double_to_key(-1.9), -1);
        assert_eq!(double_to_key(f64::NAN), 0);
        assert_eq!(double_to_key(f64::INFINITY), 0);
        assert_eq!(double_to_key(1e30), 5_076_964_154_930_102_272);
        assert_eq!(double_to_key(-1e30), -5_076_964_154_930_102_272);
    }

    #[test]
    fn precision_loss_as_php_reports_it() {
        for d in [
            1.5,
            0.1,
            -2.5,
            1e30,
            -1e19,
            9.223_372_036_854_776e18,
            1e-300,
        ] {
            assert!(loses_precision(d), "{d}");
        }
        assert!(loses_precision(f64::NAN));
        assert!(loses_precision(f64::INFINITY));
        assert!(loses_precision(f64::NEG_INFINITY));
        for d in [0.0, -0.0, 2.0, -9.223_372_036_854_776e18, 1e15] {
            assert!(!loses_precision(d), "{d}");
        }
    }

    #[test]
    fn other_strings_stay_string_keys() {
        for s in [
            &b""[..],
            b"-",
            b"-0",
            b"05",
            b"+5",
            b" 5",
            b"5 ",
            b"1e3",
            b"1.0",
            b"abc",
            b"9223372036854775808",
            b"-9223372036854775809",
            b"\xff",
        ] {
            assert_eq!(numeric_key(s), None, "{:?}", String::from_utf8_lossy(s));
        }
    }
}
