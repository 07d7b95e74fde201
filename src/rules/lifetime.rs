//! Session lifetimes the server enforces: what a resumed session's stored
//! times, the settings and the clock decide. Times are Unix seconds.

/// The `aura_session.*` lifetime settings, in seconds; 0 turns the timeouts
/// and rotation off, and gives a rotated-away id no grace at all.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Limits {
    pub idle: i64,
    pub absolute: i64,
    pub rotate_interval: i64,
    pub rotate_grace: i64,
}

impl Limits {
    /// Whether any lifetime rule applies (all off is the library's behaviour).
    pub fn any(&self) -> bool {
        self.timeouts() || self.rotate_interval > 0
    }

    /// Whether the idle or the absolute timeout is on.
    pub fn timeouts(&self) -> bool {
        self.idle > 0 || self.absolute > 0
    }

    /// How old the stored last-activity time may grow before it is written
    /// again: a quarter of the idle timeout or a minute, whichever is
    /// shorter, so most requests leave the session data unchanged.
    pub fn touch_after(&self) -> i64 {
        const MINUTE: i64 = 60;
        if self.idle > 0 {
            (self.idle / 4).min(MINUTE)
        } else {
            MINUTE
        }
    }
}

/// A setting's value as seconds: a plain non-negative whole number
/// (surrounding blanks aside), or `None` for anything else, which the
/// setting refuses (`rules::settings`). Empty is refused too: `0` says off.
pub fn parse_seconds(value: &[u8]) -> Option<i64> {
    let text = std::str::from_utf8(value).ok()?.trim();
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// The times a live session keeps in its reserved key.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stamps {
    /// When the session was created (the absolute timeout counts from here).
    pub created: i64,
    /// The last activity, as last written.
    pub active: i64,
    /// When the current id was issued (rotation counts from here).
    pub issued: i64,
}

impl Stamps {
    /// A session that starts now.
    pub fn fresh(now: i64) -> Stamps {
        Stamps {
            created: now,
            active: now,
            issued: now,
        }
    }
}

/// What the reserved key of a resumed session holds.
#[derive(Clone, Debug, PartialEq)]
pub enum Record {
    /// Nothing (a new session, or one from before the settings were on).
    Missing,
    Live(Stamps),
    /// The session moved to another id by rotation; requests carrying this
    /// id until `until` are answered from there.
    Moved {
        to: String,
        until: i64,
    },
    /// A rotation is moving the session right now; the new id is written
    /// here next. The data stays beside the marker with the times it had
    /// (`stamps`), so a rotation that stops half-way leaves the session
    /// whole: after `until` it is taken back as it was.
    Moving {
        until: i64,
        stamps: Option<Stamps>,
    },
}

/// Why a session was ended by the server.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reason {
    Idle,
    Absolute,
    Rotated,
    /// The stored data was not encrypted (`crypto`).
    Plaintext,
    /// The stored data was sealed under a key no longer in the key file.
    UnknownKey,
    /// The stored data did not authenticate.
    Tampered,
}

impl Reason {
    /// The name `Session::getExpiredReason()` returns.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Idle => "idle",
            Reason::Absolute => "absolute",
            Reason::Rotated => "rotated",
            Reason::Plaintext => "plaintext",
            Reason::UnknownKey => "unknown_key",
            Reason::Tampered => "tampered",
        }
    }
}

/// What to do with a resumed session.
#[derive(Clone, Debug, PartialEq)]
pub enum Decision {
    /// Leave the session data untouched.
    Keep,
    /// Store these stamps (a new session, or a new last-activity time).
    Stamp(Stamps),
    /// Empty the session, destroy its id in the store, issue a new one.
    Expire(Reason),
    /// Move the data to a new id; these are the stamps it carries there.
    Rotate(Stamps),
    /// Answer from the session the id was moved to.
    Follow(String),
    /// Read this id again shortly: a rotation of it is under way.
    Wait,
}

/// The decision for a session resumed at `now`.
pub fn decide(record: &Record, limits: &Limits, now: i64) -> Decision {
    let stamps = match record {
        Record::Missing => return Decision::Stamp(Stamps::fresh(now)),
        Record::Moved { to, until } if now <= *until => return Decision::Follow(to.clone()),
        Record::Moving { until, .. } if now <= *until => return Decision::Wait,
        Record::Moving {
            stamps: Some(stamps),
            ..
        } => return taken_back(*stamps, limits, now),
        Record::Moved { .. } | Record::Moving { .. } => return Decision::Expire(Reason::Rotated),
        Record::Live(stamps) => *stamps,
    };
    decide_live(stamps, limits, now)
}

/// A session whose rotation stopped half-way, decided as the live session
/// it was; the marker goes in any case.
fn taken_back(stamps: Stamps, limits: &Limits, now: i64) -> Decision {
    match decide_live(stamps, limits, now) {
        Decision::Keep => Decision::Stamp(stamps),
        decision => decision,
    }
}

fn decide_live(stamps: Stamps, limits: &Limits, now: i64) -> Decision {
    if limits.absolute > 0 && now - stamps.created > limits.absolute {
        return Decision::Expire(Reason::Absolute);
    }
    if limits.idle > 0 && now - stamps.active > limits.idle {
        return Decision::Expire(Reason::Idle);
    }
    if limits.rotate_interval > 0 && now - stamps.issued > limits.rotate_interval {
        return Decision::Rotate(Stamps {
            active: now,
            issued: now,
            ..stamps
        });
    }
    if now - stamps.active > limits.touch_after() {
        return Decision::Stamp(Stamps {
            active: now,
            ..stamps
        });
    }
    Decision::Keep
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_700_000_000;

    fn limits(idle: i64, absolute: i64, rotate_interval: i64) -> Limits {
        Limits {
            idle,
            absolute,
            rotate_interval,
            rotate_grace: 10,
        }
    }

    fn live(created_ago: i64, active_ago: i64, issued_ago: i64) -> Record {
        Record::Live(Stamps {
            created: NOW - created_ago,
            active: NOW - active_ago,
            issued: NOW - issued_ago,
        })
    }

    #[test]
    fn all_off_is_off() {
        assert!(!Limits::default().any());
        assert!(limits(0, 0, 5).any());
        assert!(!limits(0, 0, 5).timeouts());
        assert!(limits(0, 3, 0).timeouts());
    }

    #[test]
    fn a_session_without_stamps_is_stamped_now() {
        assert_eq!(
            decide(&Record::Missing, &limits(10, 0, 0), NOW),
            Decision::Stamp(Stamps::fresh(NOW))
        );
    }

    #[test]
    fn recent_activity_is_kept_without_a_write() {
        assert_eq!(
            decide(&live(100, 2, 100), &limits(10, 0, 0), NOW),
            Decision::Keep
        );
        assert_eq!(
            decide(&live(100, 60, 100), &limits(0, 1000, 0), NOW),
            Decision::Keep
        );
    }

    #[test]
    fn activity_older_than_a_quarter_of_idle_is_rewritten() {
        let Decision::Stamp(stamps) = decide(&live(100, 3, 100), &limits(10, 0, 0), NOW) else {
            panic!("expected a new stamp");
        };
        assert_eq!(
            (stamps.created, stamps.active, stamps.issued),
            (NOW - 100, NOW, NOW - 100)
        );
    }

    #[test]
    fn touch_waits_at_most_a_minute() {
        assert_eq!(limits(3600, 0, 0).touch_after(), 60);
        assert_eq!(limits(8, 0, 0).touch_after(), 2);
        assert_eq!(limits(2, 0, 0).touch_after(), 0);
        assert_eq!(limits(0, 50, 0).touch_after(), 60);
        assert!(matches!(
            decide(&live(100, 61, 100), &limits(3600, 0, 0), NOW),
            Decision::Stamp(_)
        ));
        assert_eq!(
            decide(&live(100, 60, 100), &limits(3600, 0, 0), NOW),
            Decision::Keep
        );
    }

    #[test]
    fn idle_expires_only_past_the_limit() {
        assert_eq!(
            decide(&live(5, 2, 5), &limits(2, 0, 0), NOW),
            Decision::Stamp(Stamps {
                created: NOW - 5,
                active: NOW,
                issued: NOW - 5
            })
        );
        assert_eq!(
            decide(&live(5, 3, 5), &limits(2, 0, 0), NOW),
            Decision::Expire(Reason::Idle)
        );
    }

    #[test]
    fn absolute_counts_from_creation_despite_activity() {
        assert_eq!(
            decide(&live(4, 0, 0), &limits(0, 3, 0), NOW),
            Decision::Expire(Reason::Absolute)
        );
        assert_eq!(
            decide(&live(3, 0, 0), &limits(0, 3, 0), NOW),
            Decision::Keep
        );
    }

    #[test]
    fn absolute_wins_over_idle() {
        assert_eq!(
            decide(&live(10, 10, 10), &limits(2, 3, 0), NOW),
            Decision::Expire(Reason::Absolute)
        );
    }

    #[test]
    fn rotation_after_the_interval_keeps_creation_and_marks_activity() {
        assert_eq!(
            decide(&live(50, 0, 6), &limits(0, 0, 5), NOW),
            Decision::Rotate(Stamps {
                created: NOW - 50,
                active: NOW,
                issued: NOW
            })
        );
        assert_eq!(
            decide(&live(50, 0, 5), &limits(0, 0, 5), NOW),
            Decision::Keep
        );
    }

    #[test]
    fn timeouts_come_before_rotation() {
        assert_eq!(
            decide(&live(50, 20, 20), &limits(10, 0, 5), NOW),
            Decision::Expire(Reason::Idle)
        );
    }

    #[test]
    fn a_moved_id_is_followed_within_grace_then_expires() {
        let moved = Record::Moved {
            to: "newid".into(),
            until: NOW,
        };
        assert_eq!(
            decide(&moved, &limits(0, 0, 5), NOW),
            Decision::Follow("newid".into())
        );
        assert_eq!(
            decide(&moved, &limits(0, 0, 5), NOW + 1),
            Decision::Expire(Reason::Rotated)
        );
    }

    #[test]
    fn a_moving_id_is_waited_for_within_grace_then_expires() {
        let moving = Record::Moving {
            until: NOW,
            stamps: None,
        };
        assert_eq!(decide(&moving, &limits(0, 0, 5), NOW), Decision::Wait);
        assert_eq!(
            decide(&moving, &limits(0, 0, 5), NOW + 1),
            Decision::Expire(Reason::Rotated)
        );
    }

    #[test]
    fn a_stopped_rotation_is_taken_back_after_its_grace() {
        let stamps = Stamps {
            created: NOW - 100,
            active: NOW - 1,
            issued: NOW - 100,
        };
        let moving = Record::Moving {
            until: NOW,
            stamps: Some(stamps),
        };
        assert_eq!(decide(&moving, &limits(0, 0, 3600), NOW), Decision::Wait);
        assert_eq!(
            decide(&moving, &limits(0, 0, 3600), NOW + 1),
            Decision::Stamp(stamps)
        );
        assert_eq!(
            decide(&moving, &limits(0, 0, 5), NOW + 1),
            Decision::Rotate(Stamps {
                active: NOW + 1,
                issued: NOW + 1,
                ..stamps
            })
        );
        assert_eq!(
            decide(&moving, &limits(0, 50, 0), NOW + 1),
            Decision::Expire(Reason::Absolute)
        );
    }

    #[test]
    fn a_moved_id_is_followed_even_with_rotation_since_turned_off() {
        let moved = Record::Moved {
            to: "newid".into(),
            until: NOW + 3,
        };
        assert_eq!(
            decide(&moved, &limits(10, 0, 0), NOW),
            Decision::Follow("newid".into())
        );
    }

    #[test]
    fn reasons_have_their_php_names() {
        let names: Vec<_> = [Reason::Idle, Reason::Absolute, Reason::Rotated]
            .into_iter()
            .map(Reason::as_str)
            .collect();
        assert_eq!(names, ["idle", "absolute", "rotated"]);
    }

    #[test]
    fn seconds_are_plain_whole_numbers() {
        assert_eq!(parse_seconds(b"0"), Some(0));
        assert_eq!(parse_seconds(b""), None);
        assert_eq!(parse_seconds(b" 30 "), Some(30));
        assert_eq!(parse_seconds(b"1800"), Some(1800));
        assert_eq!(parse_seconds(b"30m"), None);
        assert_eq!(parse_seconds(b"-5"), None);
        assert_eq!(parse_seconds(b"1.5"), None);
        assert_eq!(parse_seconds(b"99999999999999999999999"), None);
    }
}
