//! The run summary that reporters read at the end: Newman's `run.stats`, `run.timings`,
//! `run.failures`, and the secrets the executions used. The executions themselves are not kept
//! (reporters that need them take them from [`RunEvent::Executed`](super::RunEvent)), so a long
//! run's summary stays small.

use std::time::{Duration, SystemTime};

use super::events::{Execution, ItemInfo};
use std::sync::Arc;

/// `{total, pending, failed}` as in Newman's stats.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stat {
    pub total: u64,
    pub pending: u64,
    pub failed: u64,
}

/// Newman's `run.stats`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    pub iterations: Stat,
    pub items: Stat,
    pub scripts: Stat,
    pub prerequests: Stat,
    pub requests: Stat,
    pub tests: Stat,
    pub assertions: Stat,
    pub test_scripts: Stat,
    pub prerequest_scripts: Stat,
}

/// One failure, as listed at the end of a run.
#[derive(Debug, Clone)]
pub struct Failure {
    /// `AssertionError`, `Error` (request errors), …
    pub name: String,
    pub message: String,
    /// `request`, `assertion:0 in test-script`, …
    pub at: String,
    pub item: Arc<ItemInfo>,
    pub iteration: usize,
    /// Name of the failed test, for assertion failures.
    pub test: Option<String>,
    pub index: usize,
}

/// Running mean/min/max/standard deviation (Welford), in milliseconds.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Welford {
    pub count: u64,
    pub mean: f64,
    m2: f64,
    pub min: f64,
    pub max: f64,
}

impl Welford {
    pub fn add(&mut self, x: f64) {
        self.count += 1;
        if self.count == 1 {
            self.min = x;
            self.max = x;
        } else {
            self.min = self.min.min(x);
            self.max = self.max.max(x);
        }
        let d = x - self.mean;
        self.mean += d / self.count as f64;
        self.m2 += d * (x - self.mean);
    }
    /// Population standard deviation.
    pub fn sd(&self) -> f64 {
        if self.count == 0 {
            0.0
        } else {
            (self.m2 / self.count as f64).sqrt()
        }
    }
}

/// Everything a reporter needs at the end of a run.
#[derive(Debug, Clone)]
pub struct RunSummary {
    pub collection_name: String,
    pub collection_id: Option<String>,
    pub stats: Stats,
    pub started: SystemTime,
    pub duration: Duration,
    pub response_times: Welford,
    /// Bytes of response bodies received.
    pub transfer_total: u64,
    pub failures: Vec<Failure>,
    /// Every secret value the executions used (for masking exports), each once, first seen first.
    pub secrets: Vec<String>,
    /// Every header name the executions declared secret, each once, first seen first.
    pub secret_headers: Vec<String>,
    /// A run-level error (timeout, interruption), as Newman's `run.error`.
    pub error: Option<String>,
    /// Notices printed during the run.
    pub notices: Vec<String>,
}

impl RunSummary {
    pub fn new(name: &str, id: Option<String>) -> Self {
        RunSummary {
            collection_name: name.to_string(),
            collection_id: id,
            stats: Stats::default(),
            started: SystemTime::now(),
            duration: Duration::ZERO,
            response_times: Welford::default(),
            transfer_total: 0,
            failures: Vec::new(),
            secrets: Vec::new(),
            secret_headers: Vec::new(),
            error: None,
            notices: Vec::new(),
        }
    }

    /// Remembers the secrets `exec` used.
    pub fn learn_secrets(&mut self, exec: &Execution) {
        for (have, new) in [
            (&mut self.secrets, &exec.secrets),
            (&mut self.secret_headers, &exec.secret_headers),
        ] {
            for s in new {
                if !have.contains(s) {
                    have.push(s.clone());
                }
            }
        }
    }

    /// True when the run should exit non-zero (Newman: any failure or a run error).
    pub fn failed(&self) -> bool {
        !self.failures.is_empty() || self.error.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn welford_matches_direct_computation() {
        let mut w = Welford::default();
        for x in [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0] {
            w.add(x);
        }
        assert_eq!(w.mean, 5.0);
        assert_eq!(w.sd(), 2.0);
        assert_eq!((w.min, w.max), (2.0, 9.0));
    }
}
