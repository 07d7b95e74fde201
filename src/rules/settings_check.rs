//! The settings check: which session settings in force weaken sessions,
//! each with one line of why.

use crate::rules::settings::{Refused, default_text, quoted};

/// One risky setting: what is in force, and why it matters.
#[derive(Debug, PartialEq)]
pub struct Warning {
    pub setting: String,
    pub why: String,
}

impl Warning {
    /// The line `Session::getSecurityWarnings()` returns.
    pub fn line(&self) -> String {
        format!("{}: {}", self.setting, self.why)
    }
}

/// Every setting the check reads.
pub const SETTINGS: [&str; 11] = [
    "session.use_strict_mode",
    "session.cookie_httponly",
    "session.cookie_samesite",
    "session.use_only_cookies",
    "session.use_trans_sid",
    "session.sid_length",
    "session.sid_bits_per_character",
    "aura_session.lazy_lock",
    "session.save_handler",
    "redis.session.locking_enabled",
    "memcached.sess_locking",
];

/// PHP's reading of a boolean setting (`zend_ini_parse_bool`).
fn ini_bool(value: &str) -> bool {
    let value = value.trim();
    ["true", "yes", "on"]
        .iter()
        .any(|word| value.eq_ignore_ascii_case(word))
        || leading_int(value) != 0
}

/// `atoi()`: the leading whole number, 0 when there is none.
fn leading_int(value: &str) -> i64 {
    let value = value.trim_start();
    let (sign, digits) = match value.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, value.strip_prefix('+').unwrap_or(value)),
    };
    let end = digits
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(digits.len());
    digits[..end].parse::<i64>().map_or(0, |n| sign * n)
}

/// The warnings for the settings `value` returns (`None`: not registered),
/// after one for each php.ini value the module refused at startup: under a
/// server the startup warning lands in a log few read.
pub fn warnings(value: impl Fn(&str) -> Option<String>, refused: &[Refused]) -> Vec<Warning> {
    let mut found: Vec<Warning> = refused
        .iter()
        .map(|r| Warning {
            setting: format!("{}={}", r.setting, quoted(&r.value)),
            why: format!(
                "refused at startup, so the default {} applies: the value is {}",
                default_text(r.default),
                r.why
            ),
        })
        .collect();
    let mut warn = |setting: String, why: &str| {
        found.push(Warning {
            setting,
            why: why.into(),
        })
    };
    let flag = |name: &str| value(name).map(|v| ini_bool(&v));
    if flag("session.use_strict_mode") == Some(false) {
        warn(
            "session.use_strict_mode=0".into(),
            "the server adopts session ids a client makes up, so an attacker can plant an id before the victim logs in",
        );
    }
    if flag("session.cookie_httponly") == Some(false) {
        warn(
            "session.cookie_httponly=0".into(),
            "scripts on the page can read the session cookie, so one injected script can steal the session",
        );
    }
    if value("session.cookie_samesite").is_some_and(|v| v.trim().is_empty()) {
        warn(
            "session.cookie_samesite empty".into(),
            "browsers may send the session cookie with requests other sites start (set Lax or Strict)",
        );
    }
    if flag("session.use_only_cookies") == Some(false) {
        warn(
            "session.use_only_cookies=0".into(),
            "session ids are accepted from URLs, where they leak through logs, history and Referer headers",
        );
    }
    if flag("session.use_trans_sid") == Some(true) {
        warn(
            "session.use_trans_sid=1".into(),
            "session ids are written into page links, where they leak through logs, history and Referer headers",
        );
    }
    if let (Some(length), Some(bits)) = (
        value("session.sid_length"),
        value("session.sid_bits_per_character"),
    ) {
        let (length, bits) = (leading_int(&length), leading_int(&bits));
        if length * bits < 128 {
            warn(
                format!("session.sid_length={length} with session.sid_bits_per_character={bits}"),
                "session ids carry fewer than 128 random bits, too few against guessing",
            );
        }
    }
    if flag("aura_session.lazy_lock") == Some(true)
        && let Some(handler) = unlocked_handler(&value)
    {
        warn(
            format!("aura_session.lazy_lock=1 with session.save_handler={handler}"),
            "this handler does not lock the session while a cycle reads and writes it, so parallel writes can still be lost and a flash shown twice; lazy_lock guarantees nothing more than the handler itself",
        );
    }
    found
}

/// The save handler in force when it does not lock sessions: `lazy_lock`
/// validates reads, but only the handler's lock makes a cycle's read and
/// write one step. A user handler cannot be asked whether it locks.
fn unlocked_handler(value: &impl Fn(&str) -> Option<String>) -> Option<String> {
    let handler = value("session.save_handler")?.trim().to_ascii_lowercase();
    let off = |name: &str| value(name).is_some_and(|v| !ini_bool(&v));
    let unlocked = match handler.as_str() {
        // Ours: locks, and commits by version besides.
        "files" | "aura_redis" => false,
        // phpredis' default is off.
        "redis" => value("redis.session.locking_enabled").is_none_or(|v| !ini_bool(&v)),
        "memcached" => off("memcached.sess_locking"),
        _ => true,
    };
    unlocked.then_some(handler)
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    /// PHP 8.2's defaults with strict mode, HttpOnly and SameSite set.
    fn hardened() -> HashMap<&'static str, &'static str> {
        HashMap::from([
            ("session.use_strict_mode", "1"),
            ("session.cookie_httponly", "1"),
            ("session.cookie_samesite", "Lax"),
            ("session.use_only_cookies", "1"),
            ("session.use_trans_sid", "0"),
            ("session.sid_length", "32"),
            ("session.sid_bits_per_character", "4"),
            ("aura_session.idle_timeout", "0"),
            ("aura_session.absolute_timeout", "0"),
            ("aura_session.rotate_interval", "0"),
            ("aura_session.rotate_grace", "10"),
        ])
    }

    fn settings(changes: &[(&'static str, &'static str)]) -> Vec<String> {
        let mut values = hardened();
        values.extend(changes.iter().copied());
        warnings(|name| values.get(name).map(|v| (*v).to_owned()), &[])
            .iter()
            .map(|w| w.setting.clone())
            .collect()
    }

    #[test]
    fn lazy_lock_warns_about_handlers_that_do_not_lock() {
        let lazy = |changes: &[(&'static str, &'static str)]| {
            let mut all = vec![("aura_session.lazy_lock", "1")];
            all.extend_from_slice(changes);
            settings(&all)
        };
        assert!(lazy(&[("session.save_handler", "files")]).is_empty());
        assert!(lazy(&[("session.save_handler", "aura_redis")]).is_empty());
        assert!(
            lazy(&[
                ("session.save_handler", "redis"),
                ("redis.session.locking_enabled", "1")
            ])
            .is_empty()
        );
        assert_eq!(
            lazy(&[("session.save_handler", "redis")]),
            ["aura_session.lazy_lock=1 with session.save_handler=redis"]
        );
        assert_eq!(
            lazy(&[
                ("session.save_handler", "redis"),
                ("redis.session.locking_enabled", "0")
            ]),
            ["aura_session.lazy_lock=1 with session.save_handler=redis"]
        );
        assert_eq!(
            lazy(&[("session.save_handler", "rediscluster")]),
            ["aura_session.lazy_lock=1 with session.save_handler=rediscluster"]
        );
        assert_eq!(
            lazy(&[("session.save_handler", "user")]),
            ["aura_session.lazy_lock=1 with session.save_handler=user"]
        );
        assert!(
            lazy(&[
                ("session.save_handler", "memcached"),
                ("memcached.sess_locking", "1")
            ])
            .is_empty()
        );
        assert!(
            settings(&[
                ("aura_session.lazy_lock", "0"),
                ("session.save_handler", "user")
            ])
            .is_empty()
        );
    }

    #[test]
    fn hardened_settings_have_no_warnings() {
        assert!(settings(&[]).is_empty());
    }

    #[test]
    fn php_defaults_warn_about_strict_mode_httponly_and_samesite() {
        let found = settings(&[
            ("session.use_strict_mode", "0"),
            ("session.cookie_httponly", ""),
            ("session.cookie_samesite", ""),
        ]);
        assert_eq!(
            found,
            [
                "session.use_strict_mode=0",
                "session.cookie_httponly=0",
                "session.cookie_samesite empty"
            ]
        );
    }

    #[test]
    fn ids_from_urls_are_warned_about() {
        let found = settings(&[
            ("session.use_only_cookies", "Off"),
            ("session.use_trans_sid", "On"),
        ]);
        assert_eq!(
            found,
            ["session.use_only_cookies=0", "session.use_trans_sid=1"]
        );
    }

    #[test]
    fn booleans_read_as_php_reads_them() {
        assert!(ini_bool("On") && ini_bool("yes") && ini_bool("TRUE") && ini_bool("2"));
        assert!(!ini_bool("") && !ini_bool("0") && !ini_bool("off") && !ini_bool("no"));
    }

    #[test]
    fn short_ids_are_warned_about() {
        assert_eq!(
            settings(&[
                ("session.sid_length", "26"),
                ("session.sid_bits_per_character", "4")
            ]),
            ["session.sid_length=26 with session.sid_bits_per_character=4"]
        );
        assert!(
            settings(&[
                ("session.sid_length", "22"),
                ("session.sid_bits_per_character", "6")
            ])
            .is_empty()
        );
    }

    #[test]
    fn values_refused_at_startup_come_first() {
        let refused = Refused {
            setting: "aura_session.rotate_grace".into(),
            value: b"30m".to_vec(),
            why: "not a whole number".into(),
            default: "10",
        };
        let found = warnings(|_| None, &[refused]);
        assert_eq!(
            found.iter().map(Warning::line).collect::<Vec<_>>(),
            [
                "aura_session.rotate_grace=\"30m\": refused at startup, so the default 10 applies: the value is not a whole number"
            ]
        );
    }

    #[test]
    fn settings_not_registered_are_not_warned_about() {
        assert!(warnings(|_| None, &[]).is_empty());
    }

    #[test]
    fn each_warning_is_one_line_naming_the_setting() {
        let values = HashMap::from([("session.use_strict_mode", "0")]);
        let lines: Vec<_> = warnings(|name| values.get(name).map(|v| (*v).to_owned()), &[])
            .iter()
            .map(Warning::line)
            .collect();
        assert_eq!(lines.len(), 1);
        assert!(lines[0].starts_with("session.use_strict_mode=0: the server adopts"));
        assert!(!lines[0].contains('\n'));
    }
}
