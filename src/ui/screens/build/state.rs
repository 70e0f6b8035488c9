//! The build form: which facility, where and how big.

use crate::content::{Content, FacilityKind};
use crate::sim::{Action, RegionId};
use crate::ui::steps::{step, step_wrap};
use strum::VariantArray;

/// The fields of the build form, top to bottom.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, VariantArray)]
pub enum BuildField {
    /// Warehouse or data centre.
    #[default]
    Kind,
    /// The region.
    Region,
    /// The size.
    Size,
    /// The confirm button.
    Confirm,
}

impl BuildField {
    /// Position in the form.
    pub fn index(self) -> usize {
        self as usize
    }
}

/// The build form.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BuildForm {
    /// Field with focus.
    pub field: BuildField,
    /// Data centre rather than warehouse.
    pub data_centre: bool,
    /// Region index.
    pub region: u8,
    /// Size index.
    pub size: u8,
}

impl BuildForm {
    /// The kind chosen.
    pub fn kind(&self) -> FacilityKind {
        if self.data_centre {
            FacilityKind::DataCentre
        } else {
            FacilityKind::Warehouse
        }
    }

    /// The build action the form describes.
    pub fn action(&self) -> Action {
        Action::Build {
            kind: self.kind(),
            region: RegionId(self.region),
            size: self.size,
        }
    }

    /// Moves the focus by `d` fields.
    pub fn move_field(&mut self, d: i32) {
        self.field = BuildField::VARIANTS[step(self.field.index(), d, BuildField::VARIANTS.len())];
    }

    /// ←→ on the focused field.
    pub fn adjust(&mut self, d: i32, content: &Content) {
        match self.field {
            BuildField::Kind => {
                self.data_centre = !self.data_centre;
                self.size = 0;
            }
            BuildField::Region => {
                let i = step_wrap(usize::from(self.region), d, content.regions.len());
                self.region = u8::try_from(i).unwrap_or(0);
            }
            BuildField::Size => {
                let n = content.sizes(self.kind()).len();
                let i = step_wrap(usize::from(self.size), d, n);
                self.size = u8::try_from(i).unwrap_or(0);
            }
            BuildField::Confirm => {}
        }
    }
}
