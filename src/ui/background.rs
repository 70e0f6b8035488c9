//! Work done on other threads so the screen never waits for it: a bot's projected end score and
//! the post-mortem's bot games. Each job sends its progress and then exactly one result; the
//! terminal loop collects them between keys ([`crate::ui::App::poll_background`]).

use crate::bots::postmortem::{self, Path, Point, PostMortem};
use crate::save::replay::{self, Replayed};
use crate::sim::{self, Money, Quarter};
use std::sync::mpsc::{Receiver, Sender, channel};

/// What a job reports.
#[derive(Debug)]
pub enum Report {
    /// A bot played on from the player's position to the end.
    Projection {
        /// The bot.
        bot: crate::bots::Bot,
        /// The quarter it started from.
        from: Quarter,
        /// Its final score, how and when its game ended, or why it could not play.
        score: Result<(Money, Option<sim::Outcome>, Quarter), String>,
    },
    /// Bot games of the post-mortem finished so far.
    Progress(usize),
    /// The post-mortem, or why it could not be made.
    PostMortem(Box<Result<PostMortem, String>>),
}

impl Report {
    /// True for a job's last word (progress is not).
    fn is_final(&self) -> bool {
        !matches!(self, Report::Progress(_))
    }
}

/// Runs jobs on threads of their own and hands their reports back.
pub struct Worker {
    tx: Sender<Report>,
    rx: Receiver<Report>,
    running: usize,
}

impl Default for Worker {
    fn default() -> Worker {
        let (tx, rx) = channel();
        Worker { tx, rx, running: 0 }
    }
}

impl Worker {
    /// Starts a job; it reports through the sender it is given.
    pub fn spawn(&mut self, job: impl FnOnce(&Sender<Report>) + Send + 'static) {
        let tx = self.tx.clone();
        self.running += 1;
        std::thread::spawn(move || job(&tx));
    }

    /// True while a job has not sent its result.
    pub fn busy(&self) -> bool {
        self.running > 0
    }

    /// The reports sent since the last look, without waiting.
    pub fn drain(&mut self) -> Vec<Report> {
        let got: Vec<Report> = self.rx.try_iter().collect();
        self.count_finished(&got);
        got
    }

    /// Every report until all jobs have finished: for tests and for a caller with nothing else
    /// to do.
    pub fn wait_all(&mut self) -> Vec<Report> {
        let mut got = Vec::new();
        while self.running > 0 {
            // Every job holds a sender until it ends, so a job that died shows as a closed
            // channel only when none is left; count it finished rather than wait for ever.
            match self.rx.recv_timeout(std::time::Duration::from_secs(30)) {
                Ok(r) => {
                    self.count_finished(std::slice::from_ref(&r));
                    got.push(r);
                }
                Err(_) => self.running = 0,
            }
        }
        got
    }

    fn count_finished(&mut self, got: &[Report]) {
        let done = got.iter().filter(|r| r.is_final()).count();
        self.running = self.running.saturating_sub(done);
    }
}

/// The post-mortem of a finished game: its path (replayed from the log when the log is whole,
/// so what was built and opened each quarter is known) beside every bot's on the same world.
pub fn compare(
    content: &crate::content::Content,
    state: &sim::GameState,
    log: &crate::save::ActionLog,
    progress: &(dyn Fn(usize) + Sync),
) -> Result<postmortem::PostMortem, sim::SimError> {
    let mut points = Vec::new();
    let replayed = replay::replay_each(content, state, log, None, &mut |s| {
        points.extend(Point::of(s));
    })?;
    let known = matches!(replayed, Replayed::Verified { .. }).then_some(points);
    postmortem::run(
        content,
        &replay::world_of(state, log),
        Path::of(state, known),
        progress,
    )
}
