//! What a facility costs to run in a quarter: upkeep at the region's labour cost, and for a
//! data centre its power, both getting cheaper with the year's compute index.

use super::state::Facility;
use crate::content::{Content, FacilityKind};

/// A working facility's running cost for a quarter before the savings of excellence: staff
/// and upkeep, and for a data centre its power, all times `compute` (the year's server cost
/// and the chips' saving) for data centres.
pub fn running_cost(content: &Content, f: &Facility, compute: f64) -> Option<f64> {
    let size = content.sizes(f.kind).get(usize::from(f.size))?;
    let region = content.regions.get(usize::from(f.region.0))?;
    let cost = size.upkeep.as_f64() * region.labour_index;
    Some(match f.kind {
        FacilityKind::Warehouse => cost,
        FacilityKind::DataCentre => {
            // Servers get cheaper to run every year.
            (cost
                + size.capacity as f64
                    * content.facilities.data_centre.power_per_cu
                    * region.power_index
                    / 1000.0)
                * compute
        }
    })
}
