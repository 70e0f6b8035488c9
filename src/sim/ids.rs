//! The numbers that name a region or a facility within a game.

use serde::{Deserialize, Serialize};

/// Index of a region in the content's region list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct RegionId(pub u8);

/// A facility's number, unique within a game and never reused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct FacilityId(pub u32);
