//! Publication dates. A [`Moment`] is an instant plus the UTC offset it was
//! written with, so pages show the time the newsroom wrote while sorting and
//! feeds use the instant. Dates come from TOML datetimes (`2024-09-03`,
//! `2024-09-03T10:00:00+02:00`), strings holding the same, or a date at the
//! start of a file name (`2024-09-04-harbour-strike.txt`).

use std::fmt;

use jiff::Timestamp;
use jiff::civil::{Date, DateTime, Time};
use jiff::tz::Offset;

/// An instant with the offset it was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Moment {
    /// The instant.
    pub timestamp: Timestamp,
    /// The offset from UTC used to display it.
    pub offset: Offset,
    /// Whether a time of day was given, or only a date (then shown and
    /// serialized as `YYYY-MM-DD`).
    pub has_time: bool,
}

impl Moment {
    /// Converts a TOML datetime. A date without a time is midnight; a time
    /// without an offset is taken as UTC.
    pub fn from_toml(value: &toml::value::Datetime) -> Result<Moment, String> {
        let Some(d) = value.date else {
            return Err(format!("'{value}' has a time but no date"));
        };
        let date = Date::new(d.year as i16, d.month as i8, d.day as i8)
            .map_err(|e| format!("'{value}' is not a valid date: {e}"))?;
        let time = match value.time {
            Some(t) => Time::new(
                t.hour as i8,
                t.minute as i8,
                t.second.unwrap_or(0) as i8,
                t.nanosecond.unwrap_or(0) as i32,
            )
            .map_err(|e| format!("'{value}' is not a valid time: {e}"))?,
            None => Time::midnight(),
        };
        let offset_seconds = match value.offset {
            Some(toml::value::Offset::Custom { minutes }) => i32::from(minutes) * 60,
            Some(toml::value::Offset::Z) | None => 0,
        };
        let offset = Offset::from_seconds(offset_seconds)
            .map_err(|e| format!("'{value}' has an invalid offset: {e}"))?;
        let timestamp = offset
            .to_timestamp(DateTime::from_parts(date, time))
            .map_err(|e| format!("'{value}' is out of range: {e}"))?;
        Ok(Moment {
            timestamp,
            offset,
            has_time: value.time.is_some(),
        })
    }

    /// Parses `YYYY-MM-DD` or an RFC 3339 datetime.
    pub fn parse(text: &str) -> Result<Moment, String> {
        let value: toml::value::Datetime = text.trim().parse().map_err(|_| {
            format!("'{text}' is not a date: expected YYYY-MM-DD or an RFC 3339 datetime")
        })?;
        Moment::from_toml(&value)
    }

    /// The date at the start of a file name (`2024-09-04-…`), at midnight UTC.
    pub fn from_file_name(name: &str) -> Option<Moment> {
        let prefix = name.get(..10)?;
        let rest = &name[10..];
        let shaped = prefix.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            _ => b.is_ascii_digit(),
        });
        let separated = rest.is_empty() || rest.starts_with(['-', '_', '.', ' ']);
        if shaped && separated {
            Moment::parse(prefix).ok()
        } else {
            None
        }
    }

    /// The wall-clock date and time as written.
    pub fn civil(&self) -> DateTime {
        self.offset.to_datetime(self.timestamp)
    }

    /// Formats the written date and time (and offset, for `%z`) with a
    /// strftime pattern.
    pub fn format(&self, pattern: &str) -> Result<String, String> {
        let mut time = jiff::fmt::strtime::BrokenDownTime::from(self.civil());
        time.set_offset(Some(self.offset));
        time.to_string(pattern).map_err(|e| e.to_string())
    }
}

impl Moment {
    /// The full RFC 3339 form, time and offset included (midnight UTC for a
    /// date alone), as feeds and structured data require.
    pub fn rfc3339(&self) -> String {
        self.timestamp.display_with_offset(self.offset).to_string()
    }
}

impl fmt::Display for Moment {
    /// RFC 3339 with the written offset, as feeds and `<time>` want it;
    /// `YYYY-MM-DD` when no time of day was given.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.has_time {
            write!(f, "{}", self.timestamp.display_with_offset(self.offset))
        } else {
            write!(f, "{}", self.civil().date())
        }
    }
}

impl serde::Serialize for Moment {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl PartialOrd for Moment {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Moment {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.timestamp
            .cmp(&other.timestamp)
            .then_with(|| self.offset.seconds().cmp(&other.offset.seconds()))
    }
}

/// Optional moments as the build cache stores them (templates and JSON see
/// [`Moment`]'s text instead): the instant's seconds and nanoseconds, the
/// offset's seconds and whether a time of day was given.
pub mod stored {
    use jiff::Timestamp;
    use jiff::tz::Offset;
    use serde::{Deserialize, Deserializer, Serialize, Serializer, de::Error as _};

    use super::Moment;

    type Parts = (i64, i32, i32, bool);

    /// Writes `moment` as its parts.
    pub fn serialize<S: Serializer>(moment: &Option<Moment>, s: S) -> Result<S::Ok, S::Error> {
        moment
            .map(|m| {
                (
                    m.timestamp.as_second(),
                    m.timestamp.subsec_nanosecond(),
                    m.offset.seconds(),
                    m.has_time,
                )
            })
            .serialize(s)
    }

    /// Reads a moment written by [`serialize`].
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Moment>, D::Error> {
        Option::<Parts>::deserialize(d)?
            .map(|(seconds, nanos, offset, has_time)| {
                Ok(Moment {
                    timestamp: Timestamp::new(seconds, nanos).map_err(D::Error::custom)?,
                    offset: Offset::from_seconds(offset).map_err(D::Error::custom)?,
                    has_time,
                })
            })
            .transpose()
    }
}

/// The build's clock: `SOURCE_DATE_EPOCH` (seconds since 1970) when it is
/// set, so that a build can be reproduced later; else the system clock.
pub fn build_clock() -> Result<Timestamp, String> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(text) => text
            .trim()
            .parse::<i64>()
            .ok()
            .and_then(|seconds| Timestamp::from_second(seconds).ok())
            .ok_or_else(|| {
                format!("SOURCE_DATE_EPOCH '{text}' is not a number of seconds since 1970")
            }),
        // Whole seconds: the clock shows in feeds and sitemaps.
        Err(_) => {
            Ok(Timestamp::from_second(Timestamp::now().as_second()).expect("now is in range"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_only_is_midnight_utc() {
        let m = Moment::parse("2024-09-03").unwrap();
        assert_eq!(m.to_string(), "2024-09-03");
    }

    #[test]
    fn offset_is_kept_for_display() {
        let m = Moment::parse("2024-09-04T09:30:00+02:00").unwrap();
        assert_eq!(m.to_string(), "2024-09-04T09:30:00+02:00");
        assert_eq!(
            m.format("%-d %B %Y, %H:%M").unwrap(),
            "4 September 2024, 09:30"
        );
        assert_eq!(m.timestamp.as_second(), 1_725_435_000);
        assert_eq!(Moment::parse(&m.to_string()).unwrap(), m, "round trip");
        let d = Moment::parse("2024-09-03").unwrap();
        assert_eq!(Moment::parse(&d.to_string()).unwrap(), d, "round trip");
    }

    #[test]
    fn bad_dates_are_refused_with_the_text() {
        assert!(
            Moment::parse("yesterday")
                .unwrap_err()
                .contains("'yesterday'")
        );
        assert!(Moment::parse("2024-02-30").is_err());
    }

    #[test]
    fn file_name_dates() {
        let m = Moment::from_file_name("2024-09-04-harbour-strike.txt").unwrap();
        assert_eq!(m.to_string(), "2024-09-04");
        assert!(Moment::from_file_name("20240904-x.txt").is_none());
        assert!(Moment::from_file_name("2024-09-04x.txt").is_none());
        assert!(Moment::from_file_name("000_65f710d5cfe408e2.txt").is_none());
    }
}
