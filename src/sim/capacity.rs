//! Sharing one facility's capacity between own use and outsiders.

/// How a facility's capacity was split.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Split {
    /// Capacity used by own orders or own load.
    pub own: u64,
    /// Capacity used by outsiders.
    pub outsiders: u64,
}

/// Splits `capacity` between own demand and outsiders' demand.
///
/// The reservation guarantees own use `reservation_pct` of the capacity and outsiders the rest;
/// whatever one side leaves unused the other may take. So in a Q4 squeeze the reservation
/// decides who waits, and in a quiet quarter nothing is wasted.
pub fn split(capacity: u64, reservation_pct: u8, own_demand: u64, outsider_demand: u64) -> Split {
    let reserved = capacity.saturating_mul(u64::from(reservation_pct.min(100))) / 100;
    let own_first = own_demand.min(reserved);
    let out_first = outsider_demand.min(capacity - reserved);
    let mut left = capacity - own_first - out_first;
    let own_more = (own_demand - own_first).min(left);
    left -= own_more;
    let out_more = (outsider_demand - out_first).min(left);
    Split {
        own: own_first + own_more,
        outsiders: out_first + out_more,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reservation_decides_who_waits_when_full() {
        let s = split(100, 70, 90, 50);
        assert_eq!(
            s,
            Split {
                own: 70,
                outsiders: 30
            }
        );
        let s = split(100, 20, 90, 50);
        assert_eq!(
            s,
            Split {
                own: 50,
                outsiders: 50
            }
        );
    }

    #[test]
    fn idle_capacity_is_shared() {
        assert_eq!(
            split(100, 70, 10, 80),
            Split {
                own: 10,
                outsiders: 80
            }
        );
        assert_eq!(
            split(100, 0, 60, 10),
            Split {
                own: 60,
                outsiders: 10
            }
        );
    }
}
