//! Starting background work and taking in its results: a bot's projected end score for "ask a
//! bot" and the post-mortem's bot games at the end. The screen shows progress meanwhile.

use super::{App, Mode};
use crate::bots::{self, Bot};
use crate::ui::background::{Report, compare};
use crate::ui::game::{Comparison, Projected};

impl App {
    /// True while background work is running: the terminal loop then looks for its results
    /// often instead of only waiting for keys.
    pub fn busy(&self) -> bool {
        self.worker.busy()
    }

    /// Takes in whatever background work has finished; true when anything changed on screen.
    pub fn poll_background(&mut self) -> bool {
        let reports = self.worker.drain();
        let any = !reports.is_empty();
        for r in reports {
            self.take(r);
        }
        any
    }

    /// Waits for all background work and takes it in.
    pub fn wait_background(&mut self) {
        for r in self.worker.wait_all() {
            self.take(r);
        }
    }

    fn take(&mut self, r: Report) {
        let Mode::Playing(g) = &mut self.mode else {
            return;
        };
        match r {
            Report::Projection { bot, from, score } => {
                if let Some(slot) = g
                    .projections
                    .iter_mut()
                    .find(|(b, q, _)| *b == bot && *q == from)
                {
                    slot.2 = match score {
                        Ok((s, outcome, at)) => Projected::Score(s, outcome, at),
                        Err(e) => Projected::Failed(e),
                    };
                }
            }
            Report::Progress(n) => {
                if let Comparison::Running(done) = &mut g.comparison {
                    *done = (*done).max(n);
                }
            }
            Report::PostMortem(result) => {
                g.comparison = match *result {
                    Ok(pm) => Comparison::Ready(Box::new(pm)),
                    Err(e) => Comparison::Failed(e),
                };
            }
        }
    }

    /// Starts playing `bot` on from the quarter being planned to the end, unless it has been
    /// asked already this quarter.
    pub(super) fn project(&mut self, bot: Bot) {
        let Mode::Playing(g) = &mut self.mode else {
            return;
        };
        if g.projection(bot).is_some() || g.state.is_over() {
            return;
        }
        let content = self.content.shared();
        let from = g.state.quarter;
        g.projections.push((bot, from, Projected::Working));
        let mut state = g.state.clone();
        self.worker.spawn(move |tx| {
            bots::play(&content, &mut state, bot, u32::MAX);
            let _ = tx.send(Report::Projection {
                bot,
                from,
                score: Ok((
                    state.score(),
                    state.outcome,
                    state.history.last().map_or(state.quarter, |h| h.quarter),
                )),
            });
        });
    }

    /// Starts the post-mortem of a finished game: its path replayed from the log, and every bot
    /// on the same world.
    pub(super) fn start_postmortem(&mut self) {
        let Mode::Playing(g) = &mut self.mode else {
            return;
        };
        if !g.state.is_over() || g.comparison != Comparison::NotStarted {
            return;
        }
        let content = self.content.shared();
        g.comparison = Comparison::Running(0);
        let state = g.state.clone();
        let log = g.log.clone();
        self.worker.spawn(move |tx| {
            let progress = |n| {
                let _ = tx.send(Report::Progress(n));
            };
            let result = compare(&content, &state, &log, &progress).map_err(|e| e.to_string());
            let _ = tx.send(Report::PostMortem(Box::new(result)));
        });
    }
}
