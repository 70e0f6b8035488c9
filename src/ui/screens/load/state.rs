//! The load screen's list of saves.

use crate::save::SaveEntry;

/// The load screen: the saves found, newest first, and the selected one.
#[derive(Clone, Debug)]
pub struct LoadList {
    /// Saves in the saves directory, broken ones included with their reason.
    pub entries: Vec<SaveEntry>,
    /// Selected row.
    pub sel: usize,
}

impl LoadList {
    /// The selected save.
    pub fn selected(&self) -> Option<&SaveEntry> {
        self.entries.get(self.sel)
    }
}
