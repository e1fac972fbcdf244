use super::*;

#[test]
fn formats_the_sigv4_suite_time() {
    let t = DateTime::from_secs(1_440_938_160);
    assert_eq!(t.fmt_amz_date(), "20150830T123600Z");
    assert_eq!(t.fmt_amz_day(), "20150830");
    assert_eq!(t.fmt_date_time(), "2015-08-30T12:36:00Z");
    assert_eq!(t.fmt_http_date(), "Sun, 30 Aug 2015 12:36:00 GMT");
    assert_eq!(t.fmt(TimestampFormat::EpochSeconds), "1440938160");
}

#[test]
fn fractions_and_offsets() {
    let t = DateTime::parse_date_time("2015-08-30T14:36:00.250+02:00").unwrap();
    assert_eq!(t.secs(), 1_440_938_160);
    assert_eq!(t.subsec_nanos(), 250_000_000);
    assert_eq!(t.fmt_date_time(), "2015-08-30T12:36:00.25Z");
    assert_eq!(t.fmt(TimestampFormat::EpochSeconds), "1440938160.250");
    let f = DateTime::from_secs_f64(1_440_938_160.25).unwrap();
    assert_eq!(f, t);
}

#[test]
fn round_trips_across_leap_years_and_before_the_epoch() {
    for secs in [
        0,
        -1,
        951_782_400,   // 2000-02-29
        4_107_542_400, // 2100-03-01
        -2_208_988_800,
        MIN_SECS,
        MAX_SECS,
    ] {
        let t = DateTime::from_secs(secs);
        assert_eq!(DateTime::parse_date_time(&t.fmt_date_time()), Ok(t));
        assert_eq!(DateTime::parse_http_date(&t.fmt_http_date()), Ok(t));
        assert_eq!(DateTime::from(t.to_system_time()), t);
    }
    assert_eq!(
        DateTime::from_secs(951_782_400).fmt_date_time(),
        "2000-02-29T00:00:00Z"
    );
}

#[test]
fn rejects_garbage() {
    for s in [
        "",
        "2015-08-30",
        "2015-02-30T00:00:00Z",
        "2015-08-30T24:00:00Z",
        "2015-08-30T12:36:00",
        "2015-08-30T12:36:00.Z",
        "2015-08-30T12:36:00+2:00",
    ] {
        assert!(DateTime::parse_date_time(s).is_err(), "{s}");
    }
    for s in [
        "Sun, 30 Aug 2015 12:36:00 UTC",
        "Xyz, 30 Aug 2015 12:36:00 GMT",
        "Sun, 30 Foo 2015 12:36:00 GMT",
        "yesterday",
    ] {
        assert!(DateTime::parse_http_date(s).is_err(), "{s}");
    }
    assert!(DateTime::parse_epoch_seconds("1e3").is_err());
    assert!(DateTime::from_secs_f64(f64::NAN).is_none());
}

#[test]
fn arithmetic_saturates() {
    let t = DateTime::from_secs(1_764_590_400);
    let max = DateTime::from_secs_and_nanos(i64::MAX, 999_999_999);
    assert_eq!(t.add(Duration::MAX), max);
    assert_eq!(max.add(Duration::from_nanos(1)), max);
    assert_eq!(
        DateTime::from_secs_and_nanos(1, 600_000_000).add(Duration::from_millis(500)),
        DateTime::from_secs_and_nanos(2, 100_000_000)
    );
    assert_eq!(
        DateTime::from_secs(i64::MIN).add(Duration::MAX),
        DateTime::from_secs_and_nanos(i64::MAX, 999_999_999)
    );
    assert_eq!(t.add_signed_secs(i64::MAX).secs(), i64::MAX);
    assert_eq!(t.add_signed_secs(i64::MIN).secs(), i64::MIN + 1_764_590_400);
    assert_eq!(
        DateTime::from_secs(i64::MAX).seconds_since(&DateTime::from_secs(i64::MIN)),
        1.8446744073709552e19
    );
    // Times no SystemTime holds saturate instead of panicking.
    let _ = max.to_system_time();
    let _ = DateTime::from_secs(i64::MIN).to_system_time();
    assert_eq!(
        DateTime::from(DateTime::from_secs(MAX_SECS + 10).to_system_time()).secs(),
        MAX_SECS + 10
    );
    // The fixed clock moves forward without overflowing.
    let clock = FixedClock::new(t);
    clock.advance(Duration::MAX);
    assert_eq!(clock.now(), max);
}
