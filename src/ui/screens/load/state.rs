//! The load screen's list of saves.

use crate::save::SaveEntry;

/// The load screen: the saves found, newest first, and the selected one.
#[derive(Clone, Debug)]
pub struct LoadList {
    /// Saves in the saves directory, broken ones included with their reason, then the saves an
    /// earlier version left in `./saves`.
    pub entries: Vec<SaveEntry>,
    /// Selected row.
    pub sel: usize,
    /// Where the saves directory is, to say so.
    pub dir: std::path::PathBuf,
    /// How many of the entries, at the end, are in `./saves`.
    pub old: usize,
}

impl LoadList {
    /// The selected save.
    pub fn selected(&self) -> Option<&SaveEntry> {
        self.entries.get(self.sel)
    }

    /// True when row `i` is one of the saves in `./saves`.
    pub fn is_old(&self, i: usize) -> bool {
        i >= self.entries.len().saturating_sub(self.old)
    }
}
