//! Politics' part of the game state: attitudes, the administration, tenders, contracts,
//! lawsuits and what was decided.

use crate::content::deck::{Disposition, Stakeholder};
use crate::sim::calendar::Quarter;
use crate::sim::money::Money;
use serde::{Deserialize, Serialize};

/// A tender open for bids.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OpenTender {
    /// The tender's id in the deck.
    pub id: String,
    /// When it was announced.
    pub announced: Quarter,
    /// The quarter whose World phase awards it.
    pub closes: Quarter,
    /// Your bid in percent of list value, if you bid.
    pub bid_pct: Option<u8>,
    /// The deck's value times this is the tender's list value: tenders grow with the cloud
    /// market of their time.
    #[serde(default = "unscaled")]
    pub scale: f64,
}

fn unscaled() -> f64 {
    1.0
}

/// A contract won in a tender.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contract {
    /// The tender's id.
    pub tender: String,
    /// Its name.
    pub name: String,
    /// Revenue per quarter.
    pub per_quarter: Money,
    /// The last quarter paid.
    pub until: Quarter,
}

/// A lawsuit running.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Lawsuit {
    /// Id, for conditions.
    pub id: String,
    /// Name shown.
    pub name: String,
    /// When it started.
    pub started: Quarter,
    /// The quarter whose World phase decides it.
    pub verdict: Quarter,
    /// Legal costs per quarter.
    pub cost_per_quarter: Money,
    /// Chance on the merits alone.
    pub merits: f64,
    /// Event fired when won.
    pub on_win: String,
    /// Event fired when lost.
    pub on_loss: String,
    /// The region of the event that opened it.
    pub region: u8,
    /// The rival of the event that opened it.
    pub rival: u8,
}

/// A past political outcome, for the politics screen.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    /// When.
    pub quarter: Quarter,
    /// What happened.
    pub text: String,
}

/// Politics' part of the game state.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PoliticsState {
    /// Attitudes, −100 to 100, in the order of [`Stakeholder::ALL`].
    pub attitudes: [f64; 6],
    /// The sitting administration's disposition.
    pub disposition: Disposition,
    /// The last election.
    pub last_election: Option<Quarter>,
    /// Visibility, 0–100, as of the last World phase.
    pub visibility: f64,
    /// Tenders open for bids.
    pub tenders: Vec<OpenTender>,
    /// Contracts running.
    pub contracts: Vec<Contract>,
    /// Lawsuits running.
    pub lawsuits: Vec<Lawsuit>,
    /// Elections, awards and verdicts, oldest first (kept short).
    pub outcomes: Vec<Outcome>,
}

impl PoliticsState {
    /// A stakeholder's attitude.
    pub fn attitude(&self, who: Stakeholder) -> f64 {
        self.attitudes[who.index()]
    }

    /// Moves an attitude, kept within −100..100.
    pub fn shift(&mut self, who: Stakeholder, by: f64) {
        let a = &mut self.attitudes[who.index()];
        if by.is_finite() {
            *a = (*a + by).clamp(-100.0, 100.0);
        }
    }

    pub(in crate::sim::politics) fn record(&mut self, quarter: Quarter, text: String) {
        const KEEP: usize = 40;
        self.outcomes.push(Outcome { quarter, text });
        if self.outcomes.len() > KEEP {
            let drop = self.outcomes.len() - KEEP;
            self.outcomes.drain(..drop);
        }
    }
}
