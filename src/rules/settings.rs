//! What each `aura_session.*` setting accepts (docs/settings.md). A value
//! outside it is refused whole, as PHP refuses a bad value of its own
//! settings: a mistyped setting must not quietly mean something else.

use crate::rules::{lifetime::parse_seconds, origin, redis_store};

/// The API line whose classes the module declares (`aura_session.api`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Api {
    V4,
    V6,
    V7,
}

/// `aura_session.api`: the major version of the library, `4`, `6` or `7`.
pub fn parse_api(value: &[u8]) -> Option<Api> {
    match value.trim_ascii() {
        b"4" => Some(Api::V4),
        b"6" => Some(Api::V6),
        b"7" => Some(Api::V7),
        _ => None,
    }
}

/// PHP's spellings of a boolean setting (php.ini turns `On`/`Off`... into
/// `1` and empty before a handler sees them; `ini_set()` passes the word).
/// Any other number, which PHP would read as its leading digits, is refused.
pub fn parse_switch(value: &[u8]) -> Option<bool> {
    let value = value.trim_ascii();
    let is = |words: &[&str]| {
        words
            .iter()
            .any(|w| value.eq_ignore_ascii_case(w.as_bytes()))
    };
    if value.is_empty() || is(&["0", "off", "no", "false"]) {
        Some(false)
    } else if is(&["1", "on", "yes", "true"]) {
        Some(true)
    } else {
        None
    }
}

/// The kinds of values the settings take.
#[derive(Clone, Copy, Debug)]
pub enum Accepts {
    /// A whole number of seconds, 0 or more (`rules::lifetime::parse_seconds`).
    Seconds,
    /// A boolean (`parse_switch`).
    Switch,
    /// Space-separated `scheme://host[:port]` origins, possibly none.
    Origins,
    /// `4`, `6` or `7` (`parse_api`).
    Api,
    /// A file's path, or nothing; the file itself is read when the module
    /// starts, which reports what is wrong with it.
    Path,
    /// A whole number of milliseconds, 0 or more (`parse_millis`).
    Millis,
    /// A whole number of milliseconds, 1 or more.
    PositiveMillis,
    /// A Redis key prefix (`rules::redis_store::prefix_fault`).
    KeyPrefix,
}

/// A whole number of milliseconds: digits only, at most a day (a longer
/// wait or lock is a mistyped unit, not a plan).
pub fn parse_millis(value: &[u8]) -> Option<u64> {
    let value = value.trim_ascii();
    if value.is_empty() || value.len() > 8 || !value.iter().all(u8::is_ascii_digit) {
        return None;
    }
    std::str::from_utf8(value)
        .ok()?
        .parse()
        .ok()
        .filter(|ms| *ms <= 86_400_000)
}

impl Accepts {
    /// `Ok` when `value` is accepted; otherwise what is wrong with it,
    /// worded to follow the quoted value ("... is not a whole number").
    pub fn check(self, value: &[u8]) -> Result<(), String> {
        match self {
            Accepts::Seconds => parse_seconds(value).map(drop).ok_or_else(|| {
                "not a whole number of seconds (digits only, such as 0 or 1800)".into()
            }),
            Accepts::Switch => parse_switch(value).map(drop).ok_or_else(|| {
                "not on or off (1, on, yes or true; 0, off, no, false or empty)".into()
            }),
            Accepts::Api => parse_api(value).map(drop).ok_or_else(|| {
                "not an API line of the library this module provides (4, 6 or 7)".into()
            }),
            Accepts::Path => Ok(()),
            Accepts::Millis => parse_millis(value).map(drop).ok_or_else(|| {
                "not a whole number of milliseconds up to a day (digits only, such as 0 or 2000)".into()
            }),
            Accepts::PositiveMillis => parse_millis(value)
                .filter(|ms| *ms > 0)
                .map(drop)
                .ok_or_else(|| {
                    "not a whole number of milliseconds from 1 to a day (digits only, such as 10000)".into()
                }),
            Accepts::KeyPrefix => match redis_store::prefix_fault(value) {
                None => Ok(()),
                Some(wanted) => Err(format!("not {wanted}")),
            },
            Accepts::Origins => {
                let faults = origin::trusted_list_faults(value);
                if faults.is_empty() {
                    Ok(())
                } else {
                    Err(format!("not a list of origins: {}", faults.join("; ")))
                }
            }
        }
    }
}

/// A php.ini (or `-d`) value refused when the module started: the default
/// applies instead, and the settings check keeps saying so.
#[derive(Clone, Debug, PartialEq)]
pub struct Refused {
    pub setting: String,
    pub value: Vec<u8>,
    /// `Accepts::check`'s reason.
    pub why: String,
    pub default: &'static str,
}

/// A value as the messages show it: quoted, with anything unprintable escaped.
pub fn quoted(value: &[u8]) -> String {
    format!("\"{}\"", value.escape_ascii())
}

/// How the messages name a default.
pub fn default_text(default: &str) -> String {
    if default.is_empty() {
        "(empty)".into()
    } else {
        default.into()
    }
}

impl Refused {
    /// The startup warning.
    pub fn warning(&self) -> String {
        format!(
            "{}: {} is {}; the default {} applies",
            self.setting,
            quoted(&self.value),
            self.why,
            default_text(self.default)
        )
    }
}

/// The warning for a value `ini_set()` (or a per-directory setting) tried.
pub fn refused_change(setting: &str, value: &[u8], why: &str) -> String {
    format!(
        "{setting}: {} is {why}; the setting keeps its value",
        quoted(value)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_lines() {
        assert_eq!(parse_api(b"4"), Some(Api::V4));
        assert_eq!(parse_api(b"6"), Some(Api::V6));
        assert_eq!(parse_api(b" 7 "), Some(Api::V7));
        for bad in ["", "5", "4.0", "v4", "44", "4x"] {
            assert_eq!(parse_api(bad.as_bytes()), None, "{bad}");
        }
    }

    #[test]
    fn switches_take_php_boolean_words_only() {
        for on in ["1", "on", "ON", "Yes", "true", "TRUE"] {
            assert_eq!(parse_switch(on.as_bytes()), Some(true), "{on}");
        }
        for off in ["", "0", "off", "Off", "no", "FALSE"] {
            assert_eq!(parse_switch(off.as_bytes()), Some(false), "{off}");
        }
        for bad in ["banana", "2", "-1", "01", "enabled", "y", "none"] {
            assert_eq!(parse_switch(bad.as_bytes()), None, "{bad}");
        }
    }

    #[test]
    fn seconds_are_digits_only() {
        assert!(Accepts::Seconds.check(b"0").is_ok());
        assert!(Accepts::Seconds.check(b"1800").is_ok());
        for bad in [
            "",
            "abc",
            "-5",
            "+5",
            "30m",
            "1e3",
            "1.5",
            "0x10",
            "99999999999999999999",
        ] {
            assert!(Accepts::Seconds.check(bad.as_bytes()).is_err(), "{bad}");
        }
    }

    #[test]
    fn milliseconds() {
        assert_eq!(parse_millis(b"0"), Some(0));
        assert_eq!(parse_millis(b" 2000 "), Some(2000));
        assert_eq!(parse_millis(b"86400000"), Some(86_400_000));
        for bad in ["", "-1", "2s", "1.5", "86400001", "999999999"] {
            assert_eq!(parse_millis(bad.as_bytes()), None, "{bad}");
        }
        assert!(Accepts::PositiveMillis.check(b"0").is_err());
        assert!(Accepts::PositiveMillis.check(b"1").is_ok());
        assert!(Accepts::Millis.check(b"0").is_ok());
    }

    #[test]
    fn key_prefixes() {
        assert!(Accepts::KeyPrefix.check(b"").is_ok());
        assert!(Accepts::KeyPrefix.check(b"app1:sess:").is_ok());
        assert_eq!(
            Accepts::KeyPrefix.check(b"a{b}").unwrap_err(),
            "not a key prefix without { or } (they choose the Cluster hash slot)"
        );
    }

    #[test]
    fn origins_name_each_bad_entry() {
        assert!(Accepts::Origins.check(b"").is_ok());
        assert!(
            Accepts::Origins
                .check(b"https://a.example http://b.example:8080")
                .is_ok()
        );
        let why = Accepts::Origins
            .check(b"https://a.example/ https://ok.example *")
            .unwrap_err();
        assert_eq!(
            why,
            "not a list of origins: \"https://a.example/\" has a path \
             (an origin is scheme://host[:port], without even a trailing slash); \
             \"*\" is not scheme://host[:port]"
        );
    }

    #[test]
    fn messages_quote_the_value_and_name_the_default() {
        let refused = Refused {
            setting: "aura_session.idle_timeout".into(),
            value: b"ab\"c\n".to_vec(),
            why: Accepts::Seconds.check(b"abc").unwrap_err(),
            default: "0",
        };
        assert_eq!(
            refused.warning(),
            "aura_session.idle_timeout: \"ab\\\"c\\n\" is not a whole number of seconds \
             (digits only, such as 0 or 1800); the default 0 applies"
        );
        assert_eq!(default_text(""), "(empty)");
        assert_eq!(
            refused_change("aura_session.lazy_lock", b"banana", "bad"),
            "aura_session.lazy_lock: \"banana\" is bad; the setting keeps its value"
        );
    }
}
