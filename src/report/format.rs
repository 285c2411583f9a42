//! Human formatting shared by the console reporters: sizes, durations, status lines.

use std::time::Duration;

/// `512B`, `1.21kB`, `3.4MB` (Newman's pretty-bytes style).
pub fn bytes(n: u64) -> String {
    const UNITS: [&str; 5] = ["B", "kB", "MB", "GB", "TB"];
    if n < 1000 {
        return format!("{n}B");
    }
    let mut v = n as f64;
    let mut u = 0;
    while v >= 1000.0 && u < UNITS.len() - 1 {
        v /= 1000.0;
        u += 1;
    }
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    format!("{s}{}", UNITS[u])
}

/// `45ms`, `1.2s`, `2m 3.1s`.
pub fn duration(d: Duration) -> String {
    millis(d.as_secs_f64() * 1000.0)
}

/// Milliseconds in the same style as [`duration`]; sub-millisecond values in µs.
pub fn millis(ms: f64) -> String {
    if ms < 1.0 {
        format!("{}µs", (ms * 1000.0).round() as u64)
    } else if ms < 1000.0 {
        format!("{}ms", ms.round() as u64)
    } else if ms < 60_000.0 {
        let s = format!("{:.1}", ms / 1000.0);
        format!("{}s", s.trim_end_matches(".0"))
    } else {
        let m = (ms / 60_000.0).floor();
        let s = format!("{:.1}", (ms - m * 60_000.0) / 1000.0);
        format!("{m}m {}s", s.trim_end_matches(".0"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_pretty() {
        assert_eq!(bytes(999), "999B");
        assert_eq!(bytes(1210), "1.21kB");
        assert_eq!(bytes(2_000_000), "2MB");
    }

    #[test]
    fn durations_are_pretty() {
        assert_eq!(millis(0.5), "500µs");
        assert_eq!(millis(45.4), "45ms");
        assert_eq!(millis(1200.0), "1.2s");
        assert_eq!(millis(123_000.0), "2m 3s");
    }
}
