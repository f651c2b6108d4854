//! When automated texts may go out: sending windows in the customer's time zone and
//! caps on automated texts per 24 hours. Pure functions of time and settings.
//!
//! The federal rule (TCPA, 47 CFR 64.1200(c)(1)) allows marketing texts between 08:00
//! and 21:00 at the recipient's location. Several states are stricter; the presets
//! here follow their statutes as of 2025:
//!
//! | preset | window | cap per 24 h | source |
//! |---|---|---|---|
//! | [`SendPolicy::federal`] | 08:00–21:00 daily | none | 47 CFR 64.1200(c)(1) |
//! | [`SendPolicy::florida`] | 08:00–20:00 daily | 3 | Fla. Stat. 501.059(8) (FTSA) |
//! | [`SendPolicy::oklahoma`] | 08:00–20:00 daily | 3 | 15 Okla. Stat. 775C.4 (OTSA) |
//! | [`SendPolicy::maryland`] | 08:00–20:00 daily | 3 | Md. Com. Law 14-4503 (Stop the Spam Calls Act) |
//! | [`SendPolicy::texas`] | Mon–Sat 09:00–21:00, Sun 12:00–21:00 | none | Tex. Bus. & Com. Code 301.051 |
//! | [`SendPolicy::new_jersey`] | 08:00–21:00 daily | 3 | the 3-per-24-hour limit as commonly applied in New Jersey; confirm with counsel |
//! | [`SendPolicy::strictest_us`] | all of the above at once | 3 | |
//!
//! These govern automated texts only: a merchant's manual reply and the one opt-out
//! confirmation are answers to the customer and are never held.

use chrono::{
    DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveTime, TimeZone, Utc, Weekday,
};
use chrono_tz::Tz;

/// The hours of one day when texts may go out, in local time: `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hours {
    /// The first minute texts may go out.
    pub start: NaiveTime,
    /// The first minute they may no longer go out.
    pub end: NaiveTime,
}

impl Hours {
    /// Hours from `start` to `end` (24-hour clock, whole hours; an end of 24 is midnight,
    /// so `Hours::new(0, 24)` is the whole day).
    pub fn new(start: u32, end: u32) -> Self {
        let t = |h: u32| NaiveTime::from_hms_opt(h.min(23), 0, 0).unwrap_or(NaiveTime::MIN);
        // The last representable instant of the day stands for midnight at its end.
        let midnight = NaiveTime::from_hms_nano_opt(23, 59, 59, 1_999_999_999);
        Self {
            start: t(start),
            end: if end >= 24 {
                midnight.unwrap_or(NaiveTime::MIN)
            } else {
                t(end)
            },
        }
    }

    fn intersect(self, other: Hours) -> Option<Hours> {
        let start = self.start.max(other.start);
        let end = self.end.min(other.end);
        (start < end).then_some(Hours { start, end })
    }
}

/// When automated texts may go out, and how many.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendPolicy {
    /// Allowed hours for each weekday, Monday first; `None` closes the day.
    pub week: [Option<Hours>; 7],
    /// At most this many automated texts to one customer in any 24 hours.
    pub daily_cap: Option<u32>,
}

impl Default for SendPolicy {
    fn default() -> Self {
        Self::federal()
    }
}

impl SendPolicy {
    /// The same hours every day.
    pub fn daily(hours: Hours, daily_cap: Option<u32>) -> Self {
        Self {
            week: [Some(hours); 7],
            daily_cap,
        }
    }

    /// TCPA: 08:00–21:00 in the recipient's time zone.
    pub fn federal() -> Self {
        Self::daily(Hours::new(8, 21), None)
    }

    /// Florida (FTSA): 08:00–20:00, at most 3 texts per 24 hours.
    pub fn florida() -> Self {
        Self::daily(Hours::new(8, 20), Some(3))
    }

    /// Oklahoma (OTSA): 08:00–20:00, at most 3 texts per 24 hours.
    pub fn oklahoma() -> Self {
        Self::daily(Hours::new(8, 20), Some(3))
    }

    /// Maryland: 08:00–20:00, at most 3 texts per 24 hours.
    pub fn maryland() -> Self {
        Self::daily(Hours::new(8, 20), Some(3))
    }

    /// New Jersey: 08:00–21:00, at most 3 texts per 24 hours.
    pub fn new_jersey() -> Self {
        Self::daily(Hours::new(8, 21), Some(3))
    }

    /// Texas: Monday to Saturday 09:00–21:00, Sunday 12:00–21:00.
    pub fn texas() -> Self {
        let mut week = [Some(Hours::new(9, 21)); 7];
        week[6] = Some(Hours::new(12, 21));
        Self {
            week,
            daily_cap: None,
        }
    }

    /// Every preset at once, for a shop that texts customers in any state.
    pub fn strictest_us() -> Self {
        [
            Self::florida(),
            Self::oklahoma(),
            Self::maryland(),
            Self::new_jersey(),
            Self::texas(),
        ]
        .iter()
        .fold(Self::federal(), |acc, p| acc.intersect(p))
    }

    /// A policy that satisfies both `self` and `other`: the overlap of their hours and
    /// the smaller cap.
    pub fn intersect(&self, other: &SendPolicy) -> SendPolicy {
        let mut week = [None; 7];
        for (day, slot) in week.iter_mut().enumerate() {
            *slot = match (self.week[day], other.week[day]) {
                (Some(a), Some(b)) => a.intersect(b),
                _ => None,
            };
        }
        let daily_cap = match (self.daily_cap, other.daily_cap) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        SendPolicy { week, daily_cap }
    }

    fn hours_on(&self, day: Weekday) -> Option<Hours> {
        self.week[day.num_days_from_monday() as usize]
    }

    /// Whether an automated text may go out at `at` in time zone `tz`.
    pub fn allows(&self, at: DateTime<Utc>, tz: Tz) -> bool {
        let local = at.with_timezone(&tz);
        self.hours_on(local.weekday())
            .is_some_and(|h| local.time() >= h.start && local.time() < h.end)
    }

    /// The first instant at or after `at` when an automated text may go out in `tz`, or
    /// `None` when the policy never opens. A window opening inside a daylight-saving gap
    /// opens when the clocks resume; in a fold, at the earlier of the two instants.
    pub fn next_allowed(&self, at: DateTime<Utc>, tz: Tz) -> Option<DateTime<Utc>> {
        if self.allows(at, tz) {
            return Some(at);
        }
        let today = at.with_timezone(&tz).date_naive();
        (0..8).find_map(|offset| {
            let day = today.checked_add_signed(Duration::days(offset))?;
            let hours = self.hours_on(day.weekday())?;
            let open = local_to_utc(tz, day, hours.start)?;
            let close = local_to_utc(tz, day, hours.end)?;
            (close > at && open < close).then(|| open.max(at))
        })
    }

    /// When the next automated text may go out under the daily cap, given the times of
    /// the automated texts already sent (or being sent) to the customer: `at` itself if
    /// fewer than the cap went out in the 24 hours before it, otherwise the moment the
    /// oldest of those leaves the 24-hour window.
    pub fn next_under_cap(&self, at: DateTime<Utc>, recent: &[DateTime<Utc>]) -> DateTime<Utc> {
        let Some(cap) = self.daily_cap else {
            return at;
        };
        let mut in_window: Vec<DateTime<Utc>> = recent
            .iter()
            .copied()
            .filter(|t| *t > at - Duration::hours(24) && *t <= at)
            .collect();
        if in_window.len() < cap as usize {
            return at;
        }
        in_window.sort();
        // Sending at `t` is allowed once only cap − 1 texts remain in (t − 24 h, t].
        let oldest_to_expire = in_window[in_window.len() - cap as usize];
        oldest_to_expire + Duration::hours(24)
    }

    /// The first instant at or after `at` when both the hours and the cap allow an
    /// automated text, or `None` when the policy never opens.
    pub fn next_send_time(
        &self,
        at: DateTime<Utc>,
        tz: Tz,
        recent: &[DateTime<Utc>],
    ) -> Option<DateTime<Utc>> {
        let mut t = at;
        // Each round moves forward; the hours and the cap settle within a few rounds.
        for _ in 0..16 {
            let open = self.next_allowed(t, tz)?;
            let capped = self.next_under_cap(open, recent);
            if capped == open {
                return Some(open);
            }
            t = capped;
        }
        None
    }
}

fn local_to_utc(tz: Tz, day: NaiveDate, time: NaiveTime) -> Option<DateTime<Utc>> {
    let naive = day.and_time(time);
    match tz.from_local_datetime(&naive) {
        LocalResult::Single(t) => Some(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(earliest, _) => Some(earliest.with_timezone(&Utc)),
        // In a gap the local time does not exist: the first minute that does.
        LocalResult::None => (1..=180).find_map(|m| {
            tz.from_local_datetime(&(naive + Duration::minutes(m)))
                .earliest()
                .map(|t| t.with_timezone(&Utc))
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::America::{Chicago, Los_Angeles, New_York};
    use chrono_tz::Europe::London;

    fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
    }

    #[test]
    fn federal_window_in_the_customers_zone() {
        let p = SendPolicy::federal();
        // 13:00 UTC = 09:00 New York (EDT), 06:00 Los Angeles (PDT).
        let at = utc(2026, 6, 10, 13, 0);
        assert!(p.allows(at, New_York));
        assert!(!p.allows(at, Los_Angeles));
        assert_eq!(
            p.next_allowed(at, Los_Angeles),
            Some(utc(2026, 6, 10, 15, 0))
        );
        // 01:30 UTC = 21:30 New York: closed until 08:00 tomorrow.
        let late = utc(2026, 6, 11, 1, 30);
        assert_eq!(
            p.next_allowed(late, New_York),
            Some(utc(2026, 6, 11, 12, 0))
        );
        // The window's last minute is open, its end is not.
        assert!(p.allows(utc(2026, 6, 11, 0, 59), New_York));
        assert!(!p.allows(utc(2026, 6, 11, 1, 0), New_York));
    }

    #[test]
    fn state_presets_are_stricter() {
        // 20:30 in Chicago (CDT) on a Wednesday.
        let at = utc(2026, 6, 11, 1, 30);
        assert!(SendPolicy::federal().allows(at, Chicago));
        assert!(!SendPolicy::florida().allows(at, Chicago));
        assert!(!SendPolicy::maryland().allows(at, Chicago));
        // Texas: Sunday 10:00 is closed until noon; Monday 10:00 is open.
        let sunday = utc(2026, 6, 14, 15, 0); // 10:00 CDT, Sunday
        assert_eq!(sunday.with_timezone(&Chicago).weekday(), Weekday::Sun);
        assert!(!SendPolicy::texas().allows(sunday, Chicago));
        assert_eq!(
            SendPolicy::texas().next_allowed(sunday, Chicago),
            Some(utc(2026, 6, 14, 17, 0))
        );
        assert!(SendPolicy::texas().allows(sunday + Duration::days(1), Chicago));
        let strict = SendPolicy::strictest_us();
        assert_eq!(strict.daily_cap, Some(3));
        assert_eq!(strict.week[0], Some(Hours::new(9, 20)));
        assert_eq!(strict.week[6], Some(Hours::new(12, 20)));
    }

    #[test]
    fn spring_forward_gap_and_fall_back_fold() {
        // A window opening at 02:00 on the day US clocks jump from 02:00 to 03:00.
        let p = SendPolicy::daily(Hours::new(2, 5), None);
        let before = utc(2026, 3, 8, 5, 0); // 00:00 EST, 8 March 2026
        let open = p.next_allowed(before, New_York).unwrap();
        assert_eq!(
            open.with_timezone(&New_York).time(),
            NaiveTime::from_hms_opt(3, 0, 0).unwrap()
        );
        assert_eq!(open, utc(2026, 3, 8, 7, 0));
        // A window opening at 01:00 on the day clocks fall back from 02:00 to 01:00:
        // the earlier 01:00 (EDT).
        let p = SendPolicy::daily(Hours::new(1, 5), None);
        let before = utc(2026, 11, 1, 4, 0); // 00:00 EDT, 1 November 2026
        assert_eq!(
            p.next_allowed(before, New_York),
            Some(utc(2026, 11, 1, 5, 0))
        );
        // 08:00 federal opening across the change keeps local time.
        let fed = SendPolicy::federal();
        let sat_night = utc(2026, 3, 8, 3, 0); // 22:00 EST Saturday
        assert_eq!(
            fed.next_allowed(sat_night, New_York),
            Some(utc(2026, 3, 8, 12, 0))
        );
        let london = utc(2026, 3, 29, 6, 30); // 07:30 BST on the UK change day
        assert_eq!(
            fed.next_allowed(london, London),
            Some(utc(2026, 3, 29, 7, 0))
        );
    }

    #[test]
    fn all_day_has_no_gap() {
        let p = SendPolicy::daily(Hours::new(0, 24), None);
        let last_second = New_York.with_ymd_and_hms(2026, 6, 10, 23, 59, 59).unwrap();
        assert!(p.allows(last_second.with_timezone(&Utc), New_York));
        let almost = last_second + Duration::milliseconds(999);
        assert!(p.allows(almost.with_timezone(&Utc), New_York));
    }

    #[test]
    fn the_cap_waits_for_the_oldest_text_to_age_out() {
        let p = SendPolicy::florida();
        let at = utc(2026, 6, 10, 15, 0);
        let recent = [
            at - Duration::hours(20),
            at - Duration::hours(5),
            at - Duration::hours(1),
        ];
        assert_eq!(
            p.next_under_cap(at, &recent[..2]),
            at,
            "two sent, a third may go"
        );
        assert_eq!(
            p.next_under_cap(at, &recent),
            at + Duration::hours(4),
            "the 20-hour-old one must age out"
        );
        let old = [at - Duration::hours(30); 5];
        assert_eq!(
            p.next_under_cap(at, &old),
            at,
            "older than 24 h does not count"
        );
        assert_eq!(
            SendPolicy::federal().next_under_cap(at, &recent),
            at,
            "no cap"
        );
    }

    #[test]
    fn hours_and_cap_together() {
        let p = SendPolicy::florida();
        // 19:00 in New York with three texts in the last 24 h, the oldest 23 h ago:
        // the cap frees a slot at 20:00 local, when the window has closed; so 08:00.
        let at = utc(2026, 6, 10, 23, 0);
        let recent = [
            at - Duration::hours(23),
            at - Duration::hours(2),
            at - Duration::hours(1),
        ];
        let next = p.next_send_time(at, New_York, &recent).unwrap();
        assert_eq!(next, utc(2026, 6, 11, 12, 0));
        let closed = SendPolicy {
            week: [None; 7],
            daily_cap: None,
        };
        assert_eq!(closed.next_send_time(at, New_York, &[]), None);
    }
}
