//! The politics screen's data: stakeholders, visibility with causes, lawsuits, tenders, contracts.

use super::lawsuits::win_chance;
use super::tenders::{requirements_met, your_score_parts};
use super::{Cause, Outcome, visibility};
use crate::content::Content;
use crate::content::deck::{Disposition, Lever, Stakeholder};
use crate::sim::calendar::Quarter;
use crate::sim::money::Money;
use crate::sim::state::GameState;

/// A stakeholder's line.
#[derive(Clone, Debug, PartialEq)]
pub struct StakeholderView {
    /// Who.
    pub who: Stakeholder,
    /// Name shown.
    pub name: &'static str,
    /// Attitude, −100 to 100.
    pub attitude: f64,
    /// What it sways and by how much now: a multiplier on the cost (or reach) of each lever.
    pub sways: Vec<(Lever, f64)>,
}

/// A lawsuit's line.
#[derive(Clone, Debug, PartialEq)]
pub struct LawsuitView {
    /// Name.
    pub name: String,
    /// When it started.
    pub started: Quarter,
    /// When it is decided.
    pub verdict: Quarter,
    /// Legal costs per quarter.
    pub cost_per_quarter: Money,
    /// Chance of winning if decided today.
    pub win_chance: f64,
}

/// An open tender's line.
#[derive(Clone, Debug, PartialEq)]
pub struct TenderView {
    /// Id, for [`crate::sim::Action::Bid`].
    pub id: String,
    /// Name.
    pub name: String,
    /// Value per quarter at list price.
    pub value_per_quarter: Money,
    /// Years.
    pub years: u16,
    /// The quarter it is awarded.
    pub closes: Quarter,
    /// Each requirement and whether you meet it.
    pub requirements: Vec<(String, bool)>,
    /// Your bid in percent of list, if any.
    pub bid_pct: Option<u8>,
    /// Rivals bidding.
    pub rivals: Vec<String>,
    /// Your fit, 0–1 (share of requirements met).
    pub fit: f64,
}

/// A contract's line.
#[derive(Clone, Debug, PartialEq)]
pub struct ContractView {
    /// Name.
    pub name: String,
    /// Revenue per quarter.
    pub per_quarter: Money,
    /// Last quarter paid.
    pub until: Quarter,
}

/// Everything the politics screen shows.
#[derive(Clone, Debug, PartialEq)]
pub struct PoliticsSummary {
    /// Stakeholders.
    pub stakeholders: Vec<StakeholderView>,
    /// The sitting administration.
    pub disposition: Disposition,
    /// The next election.
    pub next_election: Option<Quarter>,
    /// Visibility now, 0–100.
    pub visibility: f64,
    /// Its causes.
    pub causes: Vec<Cause>,
    /// Lawsuits.
    pub lawsuits: Vec<LawsuitView>,
    /// Open tenders.
    pub tenders: Vec<TenderView>,
    /// Contracts running.
    pub contracts: Vec<ContractView>,
    /// Recent elections, awards and verdicts.
    pub outcomes: Vec<Outcome>,
}

/// The politics screen's data for the game as it stands.
pub fn summary(content: &Content, state: &GameState) -> PoliticsSummary {
    let p = &state.politics;
    let vis = visibility(content, state);
    PoliticsSummary {
        stakeholders: Stakeholder::ALL
            .iter()
            .map(|&who| StakeholderView {
                who,
                name: who.name(),
                attitude: p.attitude(who),
                sways: content
                    .deck
                    .politics
                    .stakeholders
                    .iter()
                    .filter(|d| d.who == who)
                    .flat_map(|d| &d.sway)
                    .map(|w| (w.lever, super::sway_of(w, p.attitude(who))))
                    .collect(),
            })
            .collect(),
        disposition: p.disposition,
        next_election: super::next_election(content, state.quarter),
        visibility: vis.total,
        causes: vis.causes,
        lawsuits: p
            .lawsuits
            .iter()
            .map(|l| LawsuitView {
                name: l.name.clone(),
                started: l.started,
                verdict: l.verdict,
                cost_per_quarter: l.cost_per_quarter,
                win_chance: win_chance(content, state, l.merits),
            })
            .collect(),
        tenders: p
            .tenders
            .iter()
            .filter_map(|o| {
                let t = content.deck.tender(&o.id)?;
                Some(TenderView {
                    id: t.id.clone(),
                    name: t.name.clone(),
                    value_per_quarter: t.value_per_quarter.scale(o.scale),
                    years: t.years,
                    closes: o.closes,
                    requirements: requirements_met(content, state, t),
                    bid_pct: o.bid_pct,
                    rivals: t
                        .bidders
                        .iter()
                        .filter_map(|b| content.rivals.iter().find(|r| &r.id == b))
                        .map(|r| r.name.clone())
                        .collect(),
                    fit: your_score_parts(content, state, t, 100).0,
                })
            })
            .collect(),
        contracts: p
            .contracts
            .iter()
            .map(|c| ContractView {
                name: c.name.clone(),
                per_quarter: c.per_quarter,
                until: c.until,
            })
            .collect(),
        outcomes: p.outcomes.clone(),
    }
}
