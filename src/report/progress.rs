//! The progress reporter: an indicatif bar on an interactive terminal, nothing otherwise.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::{ReportError, Reporter, RunContext};
use crate::runner::{RunEvent, RunSummary};

pub struct ProgressReporter {
    interactive: bool,
    bar: Option<ProgressBar>,
}

impl ProgressReporter {
    /// `interactive`: stderr is a terminal and progress output is allowed.
    pub fn new(interactive: bool) -> Self {
        ProgressReporter {
            interactive,
            bar: None,
        }
    }
}

impl Reporter for ProgressReporter {
    fn on_event(&mut self, event: &RunEvent<'_>) {
        match event {
            RunEvent::Started {
                iterations, items, ..
            } if self.interactive => {
                let len = (*iterations * *items) as u64;
                let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
                if let Ok(style) =
                    ProgressStyle::with_template("{bar:40} {pos}/{len} requests {elapsed}")
                {
                    bar.set_style(style);
                }
                self.bar = Some(bar);
            }
            RunEvent::Executed(_) => {
                if let Some(b) = &self.bar {
                    b.inc(1);
                }
            }
            RunEvent::Finished(_) => {
                if let Some(b) = self.bar.take() {
                    b.finish_and_clear();
                }
            }
            _ => {}
        }
    }

    fn finish(&mut self, _summary: &RunSummary, _ctx: &RunContext) -> Result<(), ReportError> {
        if let Some(b) = self.bar.take() {
            b.finish_and_clear();
        }
        Ok(())
    }
}
