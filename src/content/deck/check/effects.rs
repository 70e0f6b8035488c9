//! Effects and the placeholders texts may use.

use super::super::types::{Effect, Stat};
use super::{Checker, PLACEHOLDERS, Spot};

impl Checker<'_> {
    pub(super) fn effects(&mut self, spot: Spot, effects: &[Effect], depth: usize) {
        for e in effects {
            self.effect(spot, e, depth);
        }
    }

    pub(super) fn effect(&mut self, spot: Spot, e: &Effect, depth: usize) {
        match e {
            Effect::Cash(_) | Effect::Attitude(..) => {}
            Effect::CashShare(k) => {
                if !k.is_finite() || k.abs() > 10.0 {
                    self.error(
                        spot,
                        "CashShare",
                        format!("CashShare({k}) is out of range"),
                        "write a share of a quarter's revenue between -10.0 and 10.0, e.g. -0.02",
                    );
                }
            }
            Effect::Stat(stat, v) | Effect::StatPct(stat, v) => {
                if !stat.writable() {
                    self.error(
                        spot,
                        Stat::id(*stat),
                        format!("{stat:?} cannot be changed by an effect"),
                        "change Reputation, Excellence, Patience, Brand, Sellers, CloudDemand or Catalogue; use Cash(…) for money",
                    );
                }
                if !v.is_finite() {
                    self.error(
                        spot,
                        "Stat(",
                        "the change is not a number".into(),
                        "write a finite number",
                    );
                }
            }
            Effect::Modifier { pct, quarters, .. } => {
                if !pct.is_finite() || *pct < -100.0 || *pct > 1000.0 {
                    self.error(
                        spot,
                        "pct",
                        format!("modifier of {pct}% is out of range"),
                        "write a percentage from -100.0 to 1000.0",
                    );
                }
                if *quarters == 0 {
                    self.error(
                        spot,
                        "quarters",
                        "a modifier must last at least one quarter".into(),
                        "write quarters: 1 or more",
                    );
                }
            }
            Effect::SetFlag(f) => {
                self.set.insert(f.clone());
            }
            Effect::ClearFlag(_) => {}
            Effect::Damage { quarters, .. } => {
                if *quarters == 0 {
                    self.error(
                        spot,
                        "Damage",
                        "damage must last at least one quarter".into(),
                        "write quarters: 1 or more",
                    );
                }
            }
            Effect::Lawsuit {
                id,
                name,
                quarters,
                merits,
                on_win,
                on_loss,
                cost_per_quarter,
            } => {
                self.placeholders(spot, name);
                self.lawsuits_started.insert(id.clone());
                if *quarters == 0 {
                    self.error(
                        spot,
                        "Lawsuit",
                        "a lawsuit must last at least one quarter".into(),
                        "write quarters: 1 or more",
                    );
                }
                if cost_per_quarter.is_negative() {
                    self.error(
                        spot,
                        "cost_per_quarter",
                        "legal costs cannot be negative".into(),
                        "write a cost of 0 or more",
                    );
                }
                self.check_prob(spot, *merits, "merits");
                self.check_event_ref(spot, on_win, "on_win");
                self.check_event_ref(spot, on_loss, "on_loss");
            }
            Effect::Tender(id) => {
                self.check_tender_ref(spot, id);
            }
            Effect::Project(id) => {
                self.check_project_ref(spot, id);
            }
            Effect::FollowUp { event, after } => {
                self.check_event_ref(spot, event, "follow-up");
                if *after == 0 {
                    self.error(
                        spot,
                        "after",
                        "a follow-up comes at least one quarter later".into(),
                        "write after: 1 or more",
                    );
                }
            }
            Effect::Chance { p, then, otherwise } => {
                self.check_prob(spot, *p, "chance");
                if depth < 16 {
                    self.effects(spot, then, depth + 1);
                    self.effects(spot, otherwise, depth + 1);
                }
            }
        }
    }

    pub(super) fn placeholders(&mut self, spot: Spot, text: &str) {
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else {
                self.error(
                    spot,
                    "{",
                    "a `{` is never closed".into(),
                    "write placeholders as {company}; a literal brace is not allowed",
                );
                return;
            };
            let name = &after[..close];
            if !PLACEHOLDERS.contains(&name) {
                self.error(
                    spot,
                    &format!("{{{name}}}"),
                    format!("unknown placeholder {{{name}}}"),
                    format!(
                        "use one of: {}",
                        PLACEHOLDERS
                            .iter()
                            .map(|p| format!("{{{p}}}"))
                            .collect::<Vec<_>>()
                            .join(" ")
                    ),
                );
            }
            rest = &after[close + 1..];
        }
    }
}
