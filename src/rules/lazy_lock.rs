//! The bookkeeping behind `aura_session.lazy_lock`: what a request read,
//! and whether the store still holds it when the request writes.

/// One offset on a `$_SESSION` path, after PHP's key conversions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathKey {
    Int(i64),
    Str(Vec<u8>),
}

/// What a read saw at its path.
#[derive(Clone, Debug, PartialEq)]
pub enum Seen {
    /// Missing or null: `isset()` is false either way.
    Absent,
    Bool(bool),
    Long(i64),
    /// The bits, so that NAN equals itself and 0.0 differs from -0.0.
    Double(u64),
    Str(Vec<u8>),
    /// An array or object, as `serialize()` writes it.
    Serialized(Vec<u8>),
    /// The path cannot be read (a container on the way is not an array).
    Unreadable,
}

/// What a read sees of a value that needs no copy to be compared: the
/// borrowed form of the matching `Seen`.
#[derive(Clone, Copy, Debug)]
pub enum Scalar<'a> {
    Absent,
    Bool(bool),
    Long(i64),
    Double(u64),
    Str(&'a [u8]),
}

impl From<Scalar<'_>> for Seen {
    fn from(now: Scalar<'_>) -> Seen {
        match now {
            Scalar::Absent => Seen::Absent,
            Scalar::Bool(b) => Seen::Bool(b),
            Scalar::Long(i) => Seen::Long(i),
            Scalar::Double(bits) => Seen::Double(bits),
            Scalar::Str(bytes) => Seen::Str(bytes.to_vec()),
        }
    }
}

impl Seen {
    /// Whether a read that sees `now` saw what was recorded.
    pub fn is(&self, now: &Scalar<'_>) -> bool {
        match (self, now) {
            (Seen::Absent, Scalar::Absent) => true,
            (Seen::Bool(a), Scalar::Bool(b)) => a == b,
            (Seen::Long(a), Scalar::Long(b)) => a == b,
            (Seen::Double(a), Scalar::Double(b)) => a == b,
            (Seen::Str(a), Scalar::Str(b)) => a.as_slice() == *b,
            _ => false,
        }
    }
}

/// The reads a request made through the API, one per path: the last one
/// wins, since all reads between two cycles see the same data.
#[derive(Debug, Default)]
pub struct Reads {
    seen: Vec<(Vec<PathKey>, Seen)>,
}

impl Reads {
    pub const fn new() -> Reads {
        Reads { seen: Vec::new() }
    }

    pub fn record(&mut self, path: Vec<PathKey>, seen: Seen) {
        match self.seen.iter_mut().find(|(known, _)| *known == path) {
            Some(entry) => entry.1 = seen,
            None => self.seen.push((path, seen)),
        }
    }

    /// The fingerprint recorded for the path `is_path` picks out.
    pub fn seen_at(&self, is_path: impl Fn(&[PathKey]) -> bool) -> Option<&Seen> {
        // Newest first: a read most often repeats one just made.
        self.seen
            .iter()
            .rev()
            .find(|(path, _)| is_path(path))
            .map(|(_, seen)| seen)
    }

    pub fn paths(&self) -> impl Iterator<Item = &[PathKey]> {
        self.seen.iter().map(|(path, _)| path.as_slice())
    }

    /// The first recorded path whose value `now` differs, given `now` in
    /// the order of `paths()`.
    pub fn first_changed(&self, now: &[Seen]) -> Option<&[PathKey]> {
        self.seen
            .iter()
            .zip(now)
            .find(|((_, before), after)| before != *after)
            .map(|((path, _), _)| path.as_slice())
    }

    /// Replaces every fingerprint, given in the order of `paths()`.
    pub fn refresh(&mut self, now: Vec<Seen>) {
        for ((_, seen), fresh) in self.seen.iter_mut().zip(now) {
            *seen = fresh;
        }
    }

    pub fn is_empty(&self) -> bool {
        self.seen.is_empty()
    }

    pub fn clear(&mut self) {
        self.seen.clear();
    }
}

/// How a path reads in the exception message: `['seg']['n']`.
pub fn describe(path: &[PathKey]) -> String {
    let mut out = String::new();
    for key in path {
        match key {
            PathKey::Int(i) => out.push_str(&format!("[{i}]")),
            PathKey::Str(s) => out.push_str(&format!("['{}']", String::from_utf8_lossy(s))),
        }
    }
    out
}

/// A boolean php.ini value as the engine reads one (`zend_ini_parse_bool`):
/// `on`, `yes`, `true` in any case, or a number other than 0.
pub fn ini_enabled(value: &[u8]) -> bool {
    // What php.ini files and ini_set() nearly always hold, first: the
    // setting is read on every call of the API.
    match value {
        b"1" => return true,
        b"" | b"0" => return false,
        _ => {}
    }
    if ["on", "yes", "true"]
        .iter()
        .any(|word| value.eq_ignore_ascii_case(word.as_bytes()))
    {
        return true;
    }
    let digits = value
        .iter()
        .skip_while(|b| b.is_ascii_whitespace())
        .skip(usize::from(matches!(
            value.trim_ascii_start().first(),
            Some(b'+' | b'-')
        )))
        .take_while(|b| b.is_ascii_digit());
    digits.into_iter().any(|b| *b != b'0')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ini_booleans_read_as_php_reads_them() {
        for on in ["1", "On", "YES", "true", "2", " 10", "-1", "1abc"] {
            assert!(ini_enabled(on.as_bytes()), "{on}");
        }
        for off in ["", "0", "off", "no", "false", "abc", "00", "-0"] {
            assert!(!ini_enabled(off.as_bytes()), "{off}");
        }
    }

    fn path(keys: &[&str]) -> Vec<PathKey> {
        keys.iter()
            .map(|k| PathKey::Str(k.as_bytes().to_vec()))
            .collect()
    }

    #[test]
    fn unchanged_reads_validate() {
        let mut reads = Reads::new();
        reads.record(path(&["s", "a"]), Seen::Long(1));
        reads.record(path(&["s", "b"]), Seen::Absent);
        assert_eq!(reads.first_changed(&[Seen::Long(1), Seen::Absent]), None);
    }

    #[test]
    fn a_recorded_path_is_found_with_its_latest_fingerprint() {
        let mut reads = Reads::new();
        reads.record(path(&["s", "a"]), Seen::Long(1));
        reads.record(path(&["s", "a"]), Seen::Long(2));
        let a = path(&["s", "a"]);
        assert_eq!(
            reads.seen_at(|known| known == a.as_slice()),
            Some(&Seen::Long(2))
        );
        let b = path(&["s", "b"]);
        assert_eq!(reads.seen_at(|known| known == b.as_slice()), None);
    }

    #[test]
    fn a_scalar_is_what_was_recorded_from_it_and_nothing_else() {
        let views = [
            Scalar::Absent,
            Scalar::Bool(false),
            Scalar::Long(0),
            Scalar::Double(0.0_f64.to_bits()),
            Scalar::Double((-0.0_f64).to_bits()),
            Scalar::Str(b""),
            Scalar::Str(b"0"),
        ];
        for (i, recorded) in views.iter().enumerate() {
            let seen = Seen::from(*recorded);
            for (j, now) in views.iter().enumerate() {
                assert_eq!(seen.is(now), i == j, "{seen:?} against {now:?}");
            }
        }
        assert!(!Seen::Serialized(b"a:0:{}".to_vec()).is(&Scalar::Str(b"a:0:{}")));
    }

    #[test]
    fn the_first_changed_path_is_reported() {
        let mut reads = Reads::new();
        reads.record(path(&["s", "a"]), Seen::Long(1));
        reads.record(path(&["s", "b"]), Seen::Absent);
        reads.record(path(&["s", "c"]), Seen::Str(b"x".to_vec()));
        let now = [Seen::Long(1), Seen::Long(0), Seen::Str(b"y".to_vec())];
        assert_eq!(
            reads.first_changed(&now),
            Some(path(&["s", "b"]).as_slice())
        );
    }

    #[test]
    fn types_are_told_apart() {
        let mut reads = Reads::new();
        reads.record(path(&["s", "a"]), Seen::Long(1));
        assert!(reads.first_changed(&[Seen::Bool(true)]).is_some());
        assert!(reads.first_changed(&[Seen::Str(b"1".to_vec())]).is_some());
        assert!(reads.first_changed(&[Seen::Unreadable]).is_some());
    }

    #[test]
    fn a_path_read_again_keeps_one_entry_with_the_last_value() {
        let mut reads = Reads::new();
        reads.record(path(&["s", "a"]), Seen::Long(1));
        reads.record(path(&["s", "a"]), Seen::Long(2));
        assert_eq!(reads.paths().count(), 1);
        assert_eq!(reads.first_changed(&[Seen::Long(2)]), None);
    }

    #[test]
    fn int_and_string_keys_are_different_paths() {
        let mut reads = Reads::new();
        reads.record(vec![PathKey::Int(1)], Seen::Long(1));
        reads.record(vec![PathKey::Str(b"1".to_vec())], Seen::Long(2));
        assert_eq!(reads.paths().count(), 2);
    }

    #[test]
    fn refresh_replaces_the_fingerprints() {
        let mut reads = Reads::new();
        reads.record(path(&["s", "a"]), Seen::Long(1));
        reads.refresh(vec![Seen::Long(2)]);
        assert_eq!(reads.first_changed(&[Seen::Long(2)]), None);
        assert!(reads.first_changed(&[Seen::Long(1)]).is_some());
    }

    #[test]
    fn clear_forgets_everything() {
        let mut reads = Reads::new();
        reads.record(path(&["s", "a"]), Seen::Long(1));
        reads.clear();
        assert!(reads.is_empty());
        assert_eq!(reads.first_changed(&[]), None);
    }

    #[test]
    fn paths_are_described_as_php_offsets() {
        assert_eq!(
            describe(&[PathKey::Str(b"seg".to_vec()), PathKey::Int(3)]),
            "['seg'][3]"
        );
    }
}
