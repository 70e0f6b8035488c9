//! Cross-checks between data files: every id resolves and every number is in its range.

use super::{Content, ContentError, FacilityKind};

fn share(file: &str, what: &str, v: f64) -> Result<(), ContentError> {
    if (0.0..=1.0).contains(&v) {
        Ok(())
    } else {
        Err(ContentError::invalid(
            file,
            format!("{what} is {v}, outside 0–1"),
            "write a share between 0.0 and 1.0",
        ))
    }
}

fn positive(file: &str, what: &str, v: f64) -> Result<(), ContentError> {
    if v.is_finite() && v > 0.0 {
        Ok(())
    } else {
        Err(ContentError::invalid(
            file,
            format!("{what} is {v}"),
            "write a number above zero",
        ))
    }
}

/// A (low, high) pair of finite numbers, low first: a reversed range would make `clamp` panic.
fn ordered(file: &str, what: &str, (lo, hi): (f64, f64)) -> Result<(), ContentError> {
    if lo.is_finite() && hi.is_finite() && lo <= hi {
        Ok(())
    } else {
        Err(ContentError::invalid(
            file,
            format!("{what} is ({lo}, {hi})"),
            "write (low, high) with low ≤ high",
        ))
    }
}

/// Checks the parsed data and derives the neighbour table.
pub(super) fn validate(c: &mut Content) -> Result<(), ContentError> {
    let rf = "assets/regions.ron";
    if c.regions.is_empty() || c.regions.len() > 64 {
        return Err(ContentError::invalid(
            rf,
            "there must be 1 to 64 regions",
            "list the regions",
        ));
    }
    let mut neighbours = Vec::new();
    for r in &c.regions {
        positive(rf, &format!("{}.population_m", r.id), r.population_m)?;
        share(rf, &format!("{}.adoption_max", r.id), r.adoption_max)?;
        share(rf, &format!("{}.disaster_risk", r.id), r.disaster_risk)?;
        for idx in [
            r.land_index,
            r.labour_index,
            r.power_index,
            r.shipping_index,
            r.wealth,
        ] {
            positive(rf, &format!("{}: cost index", r.id), idx)?;
        }
        let mut list = Vec::new();
        for n in &r.neighbours {
            let i = c.region_index(n).ok_or_else(|| {
                ContentError::invalid(
                    rf,
                    format!("region {} names unknown neighbour {n:?}", r.id),
                    format!(
                        "use one of: {}",
                        c.regions
                            .iter()
                            .map(|r| r.id.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                )
            })?;
            list.push(i);
        }
        neighbours.push(list);
    }
    c.neighbours = neighbours;

    let ff = "assets/facilities.ron";
    for kind in [FacilityKind::Warehouse, FacilityKind::DataCentre] {
        if c.sizes(kind).is_empty() {
            return Err(ContentError::invalid(
                ff,
                format!("{} has no sizes", kind.name()),
                "add a size",
            ));
        }
        for s in c.sizes(kind) {
            if s.capacity == 0 || s.build_cost.is_negative() || s.upkeep.is_negative() {
                return Err(ContentError::invalid(
                    ff,
                    format!(
                        "size {} needs a capacity above zero and costs of zero or more",
                        s.id
                    ),
                    "fix the size's numbers",
                ));
            }
        }
        if c.lead_quarters(kind) == 0 {
            return Err(ContentError::invalid(
                ff,
                "lead_quarters is 0",
                "facilities take at least one quarter to build",
            ));
        }
    }
    share(ff, "sale_recovery", c.facilities.sale_recovery)?;
    share(ff, "mothball_upkeep", c.facilities.mothball_upkeep)?;
    share(
        ff,
        "data_centre.outage_chance",
        c.facilities.data_centre.outage_chance,
    )?;
    share(
        ff,
        "data_centre.outage_severity",
        c.facilities.data_centre.outage_severity,
    )?;
    let (fewest, most) = c.facilities.disaster_quarters;
    if fewest == 0 || most < fewest {
        return Err(ContentError::invalid(
            ff,
            "disaster_quarters must be (fewest, most) with 1 ≤ fewest ≤ most",
            "write e.g. (1, 3)",
        ));
    }
    share(
        ff,
        "data_centre.strain_from",
        c.facilities.data_centre.strain_from,
    )?;
    if c.facilities.default_reservation_pct > 100 {
        return Err(ContentError::invalid(
            ff,
            "default_reservation_pct above 100",
            "write a percentage 0–100",
        ));
    }

    let mf = "assets/market.ron";
    let m = &c.market;
    if m.season.len() != 4 {
        return Err(ContentError::invalid(
            mf,
            "season needs four numbers, Q1 to Q4",
            "write season: [1.0, 1.0, 1.0, 1.6]",
        ));
    }
    for &s in &m.season {
        positive(mf, "season", s)?;
    }
    if m.price_levels.is_empty() {
        return Err(ContentError::invalid(
            mf,
            "no price levels",
            "add at least one price level",
        ));
    }
    share(mf, "goods_cost_share", m.goods_cost_share)?;
    share(mf, "late_cancel_share", m.late_cancel_share)?;
    share(mf, "customers.base_churn", m.customers.base_churn)?;
    share(mf, "customers.max_churn", m.customers.max_churn)?;
    share(mf, "customers.late_leave", m.customers.late_leave)?;
    share(mf, "drop_ship.late_share", m.drop_ship.late_share)?;
    share(mf, "marketplace.join_rate", m.marketplace.join_rate)?;
    share(mf, "cloud.price_decline", m.cloud.price_decline)?;
    share(mf, "cloud.lock_in", m.cloud.lock_in)?;
    share(mf, "cloud.win_rate", m.cloud.win_rate)?;
    share(mf, "cloud.lose_rate", m.cloud.lose_rate)?;
    share(
        mf,
        "cloud.reliability_recovery",
        m.cloud.reliability_recovery,
    )?;
    share(mf, "excellence.decay", m.excellence.decay)?;
    share(mf, "reputation.drift", m.reputation.drift)?;
    positive(mf, "order_value", m.order_value)?;
    positive(mf, "cloud.price_cap", m.cloud.price_cap)?;
    positive(mf, "cloud.lock_in_quarters", m.cloud.lock_in_quarters)?;
    positive(mf, "cloud.hours_per_cu", m.cloud.hours_per_cu)?;
    positive(
        mf,
        "cloud.reference_price_cents",
        m.cloud.reference_price_cents,
    )?;
    let v = &m.variation;
    for (what, (lo, hi)) in [
        ("variation.cloud_potential", v.cloud_potential),
        ("variation.rival_strength", v.rival_strength),
        ("variation.spend_growth", v.spend_growth),
        ("variation.crunch", v.crunch),
        ("variation.seller_appetite", v.seller_appetite),
    ] {
        // A multiplier below zero would turn markets inside out; a reversed range draws nothing.
        if !(lo.is_finite() && hi.is_finite() && lo >= 0.0 && lo <= hi) {
            return Err(ContentError::invalid(
                mf,
                format!("{what} is ({lo}, {hi})"),
                "write (low, high) with 0 ≤ low ≤ high",
            ));
        }
    }

    let fin = "assets/finance.ron";
    share(fin, "tax_rate", c.finance.tax_rate)?;
    share(fin, "contract_cost_share", c.finance.contract_cost_share)?;
    share(fin, "equity.discount", c.finance.equity.discount)?;
    share(
        fin,
        "equity.emergency_discount",
        c.finance.equity.emergency_discount,
    )?;
    share(fin, "equity.max_share", c.finance.equity.max_share)?;
    share(fin, "equity.ipo_share", c.finance.equity.ipo_share)?;
    let v = &c.finance.valuation;
    ordered(fin, "valuation.margin_range", v.margin_range)?;
    if !(v.growth_floor.is_finite() && v.growth_floor <= v.growth_cap) {
        return Err(ContentError::invalid(
            fin,
            format!(
                "valuation.growth_floor is {}, above growth_cap {}",
                v.growth_floor, v.growth_cap
            ),
            "write a floor below the cap, such as -0.5",
        ));
    }
    ordered(
        fin,
        "patience.growth_range",
        c.finance.patience.growth_range,
    )?;
    positive(
        fin,
        "debt.leverage_spread_most",
        c.finance.debt.leverage_spread_most,
    )?;
    if c.finance.trouble_quarters_to_fail == 0 {
        return Err(ContentError::invalid(
            fin,
            "trouble_quarters_to_fail is 0",
            "write 1 or more",
        ));
    }

    c.rival_reach = c
        .rivals
        .iter()
        .map(|r| {
            c.regions
                .iter()
                .map(|region| {
                    let retail = r.retail.as_ref()?;
                    let sells = retail.regions.is_empty() || retail.regions.contains(&region.id);
                    let home = retail.home.contains(&region.id);
                    sells.then_some(if home { retail.home_pull } else { 0.0 })
                })
                .collect()
        })
        .collect();
    let rf = "assets/rivals.ron";
    for r in &c.rivals {
        if let Some(retail) = &r.retail {
            for id in retail.regions.iter().chain(&retail.home) {
                if c.region_index(id).is_none() {
                    return Err(ContentError::invalid(
                        rf,
                        format!("rival {}: unknown region {id:?}", r.id),
                        "use an id from assets/regions.ron",
                    ));
                }
            }
        }
        if let Some(cloud) = &r.cloud {
            positive(rf, "cloud.entry_price", cloud.entry_price)?;
            positive(rf, "cloud.price_floor", cloud.price_floor)?;
            share(rf, "cloud.undercut", cloud.undercut)?;
            share(rf, "cloud.target_share", cloud.target_share)?;
        }
    }
    for (kind, q) in [
        ("warehouse", c.facilities.warehouse.depreciation_quarters),
        (
            "data_centre",
            c.facilities.data_centre.depreciation_quarters,
        ),
    ] {
        if q == 0 {
            return Err(ContentError::invalid(
                "assets/facilities.ron",
                format!("{kind}.depreciation_quarters is 0"),
                "write 1 or more",
            ));
        }
    }
    if c.rivals.is_empty() {
        return Err(ContentError::invalid(
            "assets/rivals.ron",
            "no rivals",
            "add at least one rival",
        ));
    }
    if c.difficulties.is_empty() {
        return Err(ContentError::invalid(
            "assets/difficulties.ron",
            "no difficulty levels",
            "add one",
        ));
    }

    for s in &c.scenarios {
        let sf = format!("assets/scenarios/{}.ron", s.id);
        let start = crate::basic::calendar::Quarter::new(s.start.0, s.start.1);
        let end = crate::basic::calendar::Quarter::new(s.end.0, s.end.1);
        if end < start || !(1..=4).contains(&s.start.1) || !(1..=4).contains(&s.end.1) {
            return Err(ContentError::invalid(
                &sf,
                "end comes before start or a quarter is not 1–4",
                "write (year, quarter)",
            ));
        }
        if s.founder_shares > s.shares || s.shares == 0 {
            return Err(ContentError::invalid(
                &sf,
                "founder holds more shares than exist",
                "lower founder_shares",
            ));
        }
        let unknown_region = |id: &str| -> Result<usize, ContentError> {
            c.region_index(id).ok_or_else(|| {
                ContentError::invalid(
                    &sf,
                    format!("unknown region {id:?}"),
                    "use an id from assets/regions.ron",
                )
            })
        };
        unknown_region(&s.home)?;
        for (r, v) in &s.shares_by_region {
            unknown_region(r)?;
            share(&sf, "shares_by_region", *v)?;
        }
        for f in &s.facilities {
            unknown_region(&f.region)?;
            let kind = FacilityKind::from_id(&f.kind).ok_or_else(|| {
                ContentError::invalid(
                    &sf,
                    format!("unknown facility kind {:?}", f.kind),
                    "write warehouse or data_centre",
                )
            })?;
            if !c.sizes(kind).iter().any(|z| z.id == f.size) {
                return Err(ContentError::invalid(
                    &sf,
                    format!("unknown size {:?}", f.size),
                    "use a size id from assets/facilities.ron",
                ));
            }
        }
    }
    if c.scenarios.is_empty() {
        return Err(ContentError::invalid(
            "assets/scenarios",
            "no scenarios",
            "add a scenario file",
        ));
    }
    projects(c)
}

fn projects(c: &Content) -> Result<(), ContentError> {
    let pf = "assets/projects.ron";
    let mut seen = std::collections::BTreeSet::new();
    for p in &c.projects.projects {
        if !seen.insert(p.id.as_str()) {
            return Err(ContentError::invalid(
                pf,
                format!("project id {:?} is used twice", p.id),
                "give each project its own id",
            ));
        }
        share(pf, &format!("{}.cost_share", p.id), p.cost_share)?;
        let x = p.effect.amount();
        if !(x.is_finite() && x > 0.0 && x < 1.0) {
            return Err(ContentError::invalid(
                pf,
                format!("{}: effect {x} is outside 0–1", p.id),
                "write the effect as a share above 0 and below 1, e.g. Shipping(0.25)",
            ));
        }
        if p.min_cost.is_negative() || p.lead_quarters == 0 {
            return Err(ContentError::invalid(
                pf,
                format!(
                    "{}: min_cost must not be negative and lead_quarters at least 1",
                    p.id
                ),
                "a project costs something and takes at least a quarter",
            ));
        }
    }
    let a = &c.projects.acquisitions;
    for (what, v) in [
        ("take", a.take),
        ("min_rival_share", a.min_rival_share),
        ("approval_base", a.approval_base),
        ("approval_range.0", a.approval_range.0),
        ("approval_range.1", a.approval_range.1),
        ("break_fee", a.break_fee),
    ] {
        share(pf, &format!("acquisitions.{what}"), v)?;
    }
    positive(pf, "acquisitions.price_per_revenue", a.price_per_revenue)?;
    if a.approval_range.0 > a.approval_range.1 {
        return Err(ContentError::invalid(
            pf,
            "acquisitions.approval_range runs backwards",
            "write the lowest chance first",
        ));
    }
    Ok(())
}
