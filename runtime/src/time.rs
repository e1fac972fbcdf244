//! Time: the [`DateTime`] wire type, its three AWS formats, and the [`Clock`].
//!
//! This is the only module that reads the system clock (`clippy.toml`
//! disallows `SystemTime::now` elsewhere): everything that needs "now" takes a
//! [`Clock`], so signing, retries and credential expiry are testable with a
//! [`FixedClock`].
//!
//! # Formats
//!
//! - epoch seconds: `1440938160` or `1440938160.5` (the awsJson default);
//! - `date-time`: RFC 3339, `2015-08-30T12:36:00Z`, fractions and offsets
//!   accepted when parsing;
//! - `http-date`: IMF-fixdate, `Sun, 30 Aug 2015 12:36:00 GMT`.

use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// A point in time, with nanosecond precision, as AWS timestamps carry it.
///
/// ```
/// use awsop::time::DateTime;
/// let t = DateTime::parse_date_time("2015-08-30T12:36:00Z").unwrap();
/// assert_eq!(t.secs(), 1_440_938_160);
/// assert_eq!(t.fmt_http_date(), "Sun, 30 Aug 2015 12:36:00 GMT");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateTime {
    secs: i64,
    nanos: u32,
}

/// A timestamp string or number that is not in the expected format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseTimeError {
    format: &'static str,
}

impl fmt::Display for ParseTimeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not a valid {} timestamp", self.format)
    }
}

impl std::error::Error for ParseTimeError {}

/// The wire format of a timestamp member.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum TimestampFormat {
    /// Seconds since the Unix epoch, as a JSON number (the awsJson default).
    #[default]
    EpochSeconds,
    /// RFC 3339 (`date-time`).
    DateTime,
    /// IMF-fixdate (`http-date`).
    HttpDate,
}

const DAY_NAMES: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
const MONTH_NAMES: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
/// Years outside 0000..=9999 cannot be written in the AWS formats.
const MIN_SECS: i64 = -62_167_219_200; // 0000-01-01T00:00:00Z
const MAX_SECS: i64 = 253_402_300_799; // 9999-12-31T23:59:59Z

impl DateTime {
    /// The Unix epoch.
    pub const UNIX_EPOCH: DateTime = DateTime { secs: 0, nanos: 0 };

    /// A time `secs` seconds after the Unix epoch.
    pub const fn from_secs(secs: i64) -> Self {
        DateTime { secs, nanos: 0 }
    }

    /// A time from whole seconds and nanoseconds (`nanos` is capped at 999,999,999).
    pub const fn from_secs_and_nanos(secs: i64, nanos: u32) -> Self {
        let nanos = if nanos > 999_999_999 {
            999_999_999
        } else {
            nanos
        };
        DateTime { secs, nanos }
    }

    /// A time from fractional epoch seconds; `None` when not finite or out of range.
    pub fn from_secs_f64(secs: f64) -> Option<Self> {
        if !secs.is_finite() || secs < MIN_SECS as f64 || secs > MAX_SECS as f64 {
            return None;
        }
        let whole = secs.floor();
        // Round to milliseconds: AWS sends at most millisecond precision and
        // f64 cannot represent most decimal fractions exactly.
        let millis = ((secs - whole) * 1000.0).round() as u32;
        let (whole, millis) = if millis >= 1000 {
            (whole + 1.0, 0)
        } else {
            (whole, millis)
        };
        Some(DateTime {
            secs: whole as i64,
            nanos: millis * 1_000_000,
        })
    }

    /// Whole seconds since the Unix epoch (floored).
    pub const fn secs(&self) -> i64 {
        self.secs
    }

    /// The sub-second part in nanoseconds.
    pub const fn subsec_nanos(&self) -> u32 {
        self.nanos
    }

    /// Fractional seconds since the Unix epoch.
    pub fn as_secs_f64(&self) -> f64 {
        self.secs as f64 + f64::from(self.nanos) / 1e9
    }

    /// This time as a [`SystemTime`]. A time the platform cannot represent
    /// saturates: to year 0000 or 9999 when those can be, else to the Unix
    /// epoch.
    pub fn to_system_time(&self) -> SystemTime {
        let exact = |t: &DateTime| {
            if t.secs >= 0 {
                UNIX_EPOCH.checked_add(Duration::new(t.secs.unsigned_abs(), t.nanos))
            } else {
                UNIX_EPOCH
                    .checked_sub(Duration::from_secs(t.secs.unsigned_abs()))?
                    .checked_add(Duration::from_nanos(u64::from(t.nanos)))
            }
        };
        exact(self)
            .or_else(|| exact(&DateTime::from_secs(self.secs.clamp(MIN_SECS, MAX_SECS))))
            .unwrap_or(UNIX_EPOCH)
    }

    /// The time `d` after this one, saturating at the largest time a
    /// `DateTime` holds (`i64::MAX` seconds) rather than overflowing.
    pub fn add(&self, d: Duration) -> Self {
        let nanos = self.nanos + d.subsec_nanos();
        let secs =
            i128::from(self.secs) + i128::from(d.as_secs()) + i128::from(nanos / 1_000_000_000);
        match i64::try_from(secs) {
            Ok(secs) => DateTime {
                secs,
                nanos: nanos % 1_000_000_000,
            },
            Err(_) => DateTime {
                secs: i64::MAX,
                nanos: 999_999_999,
            },
        }
    }

    /// The time `secs` seconds later (earlier when negative), saturating at
    /// the range of `i64` seconds.
    pub fn add_signed_secs(&self, secs: i64) -> Self {
        DateTime {
            secs: self.secs.saturating_add(secs),
            nanos: self.nanos,
        }
    }

    /// The signed difference `self - other`, in seconds (exact for any two
    /// times within 2^53 seconds of each other; never overflows).
    pub fn seconds_since(&self, other: &DateTime) -> f64 {
        let whole = i128::from(self.secs) - i128::from(other.secs);
        whole as f64 + (f64::from(self.nanos) - f64::from(other.nanos)) / 1e9
    }

    fn civil(&self) -> Civil {
        civil_from_secs(self.secs)
    }

    /// `YYYYMMDDTHHMMSSZ`, as SigV4's `X-Amz-Date`.
    pub fn fmt_amz_date(&self) -> String {
        let c = self.civil();
        format!(
            "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
            c.year, c.month, c.day, c.hour, c.minute, c.second
        )
    }

    /// `YYYYMMDD`, as SigV4's credential scope.
    pub fn fmt_amz_day(&self) -> String {
        let c = self.civil();
        format!("{:04}{:02}{:02}", c.year, c.month, c.day)
    }

    /// RFC 3339 in UTC, with milliseconds only when they are not zero.
    pub fn fmt_date_time(&self) -> String {
        let c = self.civil();
        let mut s = format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            c.year, c.month, c.day, c.hour, c.minute, c.second
        );
        if self.nanos != 0 {
            let frac = format!("{:09}", self.nanos);
            s.push('.');
            s.push_str(frac.trim_end_matches('0'));
        }
        s.push('Z');
        s
    }

    /// IMF-fixdate, as HTTP's `Date` header.
    pub fn fmt_http_date(&self) -> String {
        let c = self.civil();
        let weekday = DAY_NAMES[self.secs.div_euclid(86_400).rem_euclid(7) as usize];
        format!(
            "{weekday}, {:02} {} {:04} {:02}:{:02}:{:02} GMT",
            c.day,
            MONTH_NAMES[(c.month - 1) as usize],
            c.year,
            c.hour,
            c.minute,
            c.second
        )
    }

    /// Formats this time as `format` expects, for a JSON string or number.
    pub fn fmt(&self, format: TimestampFormat) -> String {
        match format {
            TimestampFormat::EpochSeconds => {
                if self.nanos == 0 {
                    self.secs.to_string()
                } else {
                    format!("{:.3}", self.as_secs_f64())
                }
            }
            TimestampFormat::DateTime => self.fmt_date_time(),
            TimestampFormat::HttpDate => self.fmt_http_date(),
        }
    }

    /// Parses RFC 3339 (`2015-08-30T12:36:00Z`, `2015-08-30T12:36:00.123+02:00`).
    pub fn parse_date_time(s: &str) -> Result<Self, ParseTimeError> {
        let err = ParseTimeError {
            format: "date-time",
        };
        let b = s.as_bytes();
        if b.len() < 20
            || b[4] != b'-'
            || b[7] != b'-'
            || !matches!(b[10], b'T' | b't')
            || b[13] != b':'
            || b[16] != b':'
        {
            return Err(err);
        }
        let year = digits(&b[0..4]).ok_or(err.clone())?;
        let month = digits(&b[5..7]).ok_or(err.clone())?;
        let day = digits(&b[8..10]).ok_or(err.clone())?;
        let hour = digits(&b[11..13]).ok_or(err.clone())?;
        let minute = digits(&b[14..16]).ok_or(err.clone())?;
        let second = digits(&b[17..19]).ok_or(err.clone())?;
        let mut rest = &b[19..];
        let mut nanos = 0u32;
        if let Some((b'.', frac)) = rest.split_first() {
            let n = frac.iter().take_while(|c| c.is_ascii_digit()).count();
            if n == 0 {
                return Err(err);
            }
            for (i, c) in frac[..n].iter().enumerate() {
                if i < 9 {
                    nanos += u32::from(c - b'0') * 10u32.pow(8 - i as u32);
                }
            }
            rest = &frac[n..];
        }
        let offset = match rest {
            [b'Z' | b'z'] => 0,
            [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
                let h = digits(&[*h1, *h2]).ok_or(err.clone())?;
                let m = digits(&[*m1, *m2]).ok_or(err.clone())?;
                if h > 23 || m > 59 {
                    return Err(err);
                }
                let off = (h * 3600 + m * 60) as i64;
                if *sign == b'+' { off } else { -off }
            }
            _ => return Err(err),
        };
        let secs = secs_from_civil(year, month, day, hour, minute, second).ok_or(err)?;
        Ok(DateTime {
            secs: secs - offset,
            nanos,
        })
    }

    /// Parses IMF-fixdate (`Sun, 30 Aug 2015 12:36:00 GMT`).
    pub fn parse_http_date(s: &str) -> Result<Self, ParseTimeError> {
        let err = ParseTimeError {
            format: "http-date",
        };
        let b = s.trim().as_bytes();
        // "Sun, 30 Aug 2015 12:36:00 GMT" is 29 bytes.
        if b.len() != 29
            || &b[3..5] != b", "
            || b[7] != b' '
            || b[11] != b' '
            || b[16] != b' '
            || b[19] != b':'
            || b[22] != b':'
            || &b[25..] != b" GMT"
            || !DAY_NAMES.iter().any(|d| d.as_bytes() == &b[0..3])
        {
            return Err(err);
        }
        let day = digits(&b[5..7]).ok_or(err.clone())?;
        let month = MONTH_NAMES
            .iter()
            .position(|m| m.as_bytes() == &b[8..11])
            .ok_or(err.clone())? as u32
            + 1;
        let year = digits(&b[12..16]).ok_or(err.clone())?;
        let hour = digits(&b[17..19]).ok_or(err.clone())?;
        let minute = digits(&b[20..22]).ok_or(err.clone())?;
        let second = digits(&b[23..25]).ok_or(err.clone())?;
        let secs = secs_from_civil(year, month, day, hour, minute, second).ok_or(err)?;
        Ok(DateTime::from_secs(secs))
    }

    /// Parses epoch seconds written as a decimal string (`"1440938160.5"`).
    pub fn parse_epoch_seconds(s: &str) -> Result<Self, ParseTimeError> {
        let err = ParseTimeError {
            format: "epoch-seconds",
        };
        let valid = !s.is_empty()
            && s.bytes()
                .all(|c| c.is_ascii_digit() || c == b'.' || c == b'-');
        if !valid {
            return Err(err);
        }
        let f: f64 = s.parse().map_err(|_| err.clone())?;
        DateTime::from_secs_f64(f).ok_or(err)
    }
}

impl fmt::Debug for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.fmt_date_time())
    }
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.fmt_date_time())
    }
}

impl From<SystemTime> for DateTime {
    fn from(t: SystemTime) -> Self {
        match t.duration_since(UNIX_EPOCH) {
            Ok(d) => DateTime {
                secs: i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
                nanos: d.subsec_nanos(),
            },
            Err(e) => {
                let d = e.duration();
                let mut secs = -i64::try_from(d.as_secs()).unwrap_or(i64::MAX);
                let mut nanos = d.subsec_nanos();
                if nanos > 0 {
                    secs -= 1;
                    nanos = 1_000_000_000 - nanos;
                }
                DateTime { secs, nanos }
            }
        }
    }
}

impl From<DateTime> for SystemTime {
    fn from(t: DateTime) -> Self {
        t.to_system_time()
    }
}

fn digits(b: &[u8]) -> Option<u32> {
    if b.is_empty() || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(b.iter().fold(0u32, |n, c| n * 10 + u32::from(c - b'0')))
}

struct Civil {
    year: i64,
    month: u32,
    day: u32,
    hour: u32,
    minute: u32,
    second: u32,
}

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's
/// `civil_from_days`).
fn civil_from_secs(secs: i64) -> Civil {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400) as u32;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    Civil {
        year,
        month,
        day,
        hour: rem / 3600,
        minute: rem / 60 % 60,
        second: rem % 60,
    }
}

/// The inverse of [`civil_from_secs`]; `None` for an invalid date or time.
/// A leap second (`:60`) reads as the last second of its minute.
fn secs_from_civil(
    year: u32,
    month: u32,
    day: u32,
    hour: u32,
    minute: u32,
    second: u32,
) -> Option<i64> {
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    let month_days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if !(1..=12).contains(&month)
        || day == 0
        || day > month_days[(month - 1) as usize]
        || hour > 23
        || minute > 59
        || second > 60
    {
        return None;
    }
    let second = second.min(59);
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 86_400 + i64::from(hour) * 3600 + i64::from(minute) * 60 + i64::from(second))
}

/// A source of the current time.
///
/// The client reads it for signing, clock-skew correction and credential
/// expiry. Tests use a [`FixedClock`].
pub trait Clock: Send + Sync + fmt::Debug {
    /// The current time.
    fn now(&self) -> DateTime;
}

/// The system clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    #[allow(
        clippy::disallowed_methods,
        reason = "the one place that reads the system clock"
    )]
    fn now(&self) -> DateTime {
        DateTime::from(SystemTime::now())
    }
}

/// A clock that stays where it is set, for tests.
///
/// ```
/// use awsop::time::{Clock, DateTime, FixedClock};
/// use std::time::Duration;
/// let clock = FixedClock::new(DateTime::from_secs(1_440_938_160));
/// clock.advance(Duration::from_secs(60));
/// assert_eq!(clock.now().secs(), 1_440_938_220);
/// ```
#[derive(Debug, Clone)]
pub struct FixedClock(Arc<Mutex<DateTime>>);

impl FixedClock {
    /// A clock that reads `t` until moved.
    pub fn new(t: DateTime) -> Self {
        FixedClock(Arc::new(Mutex::new(t)))
    }

    /// Sets the time (every clone sees it).
    pub fn set(&self, t: DateTime) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = t;
    }

    /// Moves the time forward by `d`.
    pub fn advance(&self, d: Duration) {
        let mut t = self.0.lock().unwrap_or_else(|e| e.into_inner());
        *t = t.add(d);
    }
}

impl Clock for FixedClock {
    fn now(&self) -> DateTime {
        *self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[cfg(test)]
mod tests;
