//! Calendar dates of Unix timestamps (UTC), shared by `build.rs` (the build date) and the CLI (the report's date).

/// `YYYY-MM-DD` of a Unix timestamp (days-to-civil, proleptic Gregorian calendar, UTC).
pub fn date_of_epoch(seconds: i64) -> String {
    let days = seconds.div_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 { month_index + 3 } else { month_index - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Whether `text` is a `YYYY-MM-DD` date that exists.
pub fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let number = |part: &str, digits: usize| {
        (part.len() == digits && part.bytes().all(|b| b.is_ascii_digit())).then(|| part.parse::<u32>().ok()).flatten()
    };
    let [Some(year), Some(month), Some(day)] = (match parts.as_slice() {
        [year, month, day] => [number(year, 4), number(month, 2), number(day, 2)],
        _ => return false,
    }) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_of_known_timestamps() {
        assert_eq!(date_of_epoch(0), "1970-01-01");
        assert_eq!(date_of_epoch(951_782_400), "2000-02-29");
        assert_eq!(date_of_epoch(1_798_675_200), "2026-12-31");
        assert_eq!(date_of_epoch(-86_400), "1969-12-31");
    }

    #[test]
    fn only_real_dates_in_the_iso_form_are_dates() {
        for ok in ["2026-12-01", "2024-02-29", "2000-02-29"] {
            assert!(is_date(ok), "{ok}");
        }
        for bad in ["2026-13-01", "2025-02-29", "1900-02-29", "2026-1-01", "26-12-01", "2026-12-01x", "", "today"] {
            assert!(!is_date(bad), "{bad}");
        }
    }
}
