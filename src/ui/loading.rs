//! The game's data for the front end, which may still be loading on another core while the main
//! menu shows: the menu needs none of it, so the first frame does not wait for the parser, and
//! the parser starts only once that frame is out.

use crate::content::Content;
use std::ops::Deref;
use std::sync::{Arc, Mutex, OnceLock};
use std::thread::JoinHandle;

/// The built-in data, ready or being parsed. Dereferences to [`Content`], waiting for the parser
/// the first time if it has not finished.
pub struct ContentCell {
    ready: OnceLock<Arc<Content>>,
    pending: Mutex<Option<JoinHandle<Content>>>,
}

impl ContentCell {
    /// Data that is already parsed.
    pub fn ready(content: Content) -> ContentCell {
        ContentCell {
            ready: OnceLock::from(Arc::new(content)),
            pending: Mutex::new(None),
        }
    }

    /// The built-in data, not parsed yet: [`ContentCell::load_in_background`] starts the parser
    /// on another thread, or the first use parses it. Only for the embedded data: tests
    /// (tests/content.rs) prove it parses and validates, so a failure here is a broken build.
    pub fn embedded_later() -> ContentCell {
        ContentCell {
            ready: OnceLock::new(),
            pending: Mutex::new(None),
        }
    }

    /// Starts parsing on another thread, unless the data is ready or already on its way. Called
    /// once the first frame is out, so the parser does not compete with drawing it.
    pub fn load_in_background(&self) {
        if self.ready.get().is_some() {
            return;
        }
        if let Ok(mut pending) = self.pending.lock()
            && pending.is_none()
        {
            *pending = Some(std::thread::spawn(embedded));
        }
    }

    fn wait(&self) -> Content {
        let handle = self
            .pending
            .lock()
            .map_or(None, |mut pending| pending.take());
        // A parser thread that died (it cannot, see above) is replaced by parsing here.
        handle.and_then(|h| h.join().ok()).unwrap_or_else(embedded)
    }
}

fn embedded() -> Content {
    match Content::embedded() {
        Ok(c) => c,
        // Invariant: the embedded data is fixed at build time and validated by tests/content.rs.
        Err(e) => panic!("the game's built-in data is invalid: {e}"),
    }
}

impl ContentCell {
    /// The data, shared: for work on other threads (bots playing in the background).
    pub fn shared(&self) -> Arc<Content> {
        Arc::clone(self.ready.get_or_init(|| Arc::new(self.wait())))
    }
}

impl Deref for ContentCell {
    type Target = Content;

    fn deref(&self) -> &Content {
        self.ready.get_or_init(|| Arc::new(self.wait()))
    }
}

impl From<Content> for ContentCell {
    fn from(content: Content) -> ContentCell {
        ContentCell::ready(content)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn data_parsed_in_the_background_is_the_embedded_data() {
        let cell = ContentCell::embedded_later();
        cell.load_in_background();
        let direct = Content::embedded().unwrap();
        assert_eq!(cell.hash, direct.hash);
        assert_eq!(cell.deck.events.len(), direct.deck.events.len());
        // A second look does not parse again.
        assert!(std::ptr::eq(&*cell, &*cell));
        // Without the background start, the first use parses in place.
        assert_eq!(ContentCell::embedded_later().hash, direct.hash);
    }
}
