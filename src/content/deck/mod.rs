//! Event decks: the data types, parsing, merging of mods, validation and diagnostics.
//!
//! The base deck is embedded in the binary; mods are RON files or folders passed with `--mod`.
//! [`Deck::load`] turns base + mods into one validated deck; the rules' event director draws
//! from it.

pub mod check;
pub mod compile;
pub mod describe;
pub mod diag;
pub mod load;
pub mod types;

pub use diag::{Diagnostic, Severity};
pub use load::SourceFile;
pub use types::*;

use crate::basic::fnv::Fnv;
use crate::content::Content;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a for short ids: the director looks ids up every quarter, and SipHash's
/// flood resistance buys nothing for data the player wrote.
#[derive(Clone, Copy, Debug, Default)]
pub struct IdHasher(Fnv);

impl Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0.write(bytes);
    }

    fn finish(&self) -> u64 {
        self.0.finish()
    }
}

/// A map from ids, hashed with [`IdHasher`].
pub type IdMap<V> = HashMap<String, V, BuildHasherDefault<IdHasher>>;
use std::fmt;
use std::path::PathBuf;

/// The base deck, built into the game.
pub const BASE: (&str, &str) = (
    "assets/decks/base.ron",
    include_str!("../../../assets/decks/base.ron"),
);

/// The built-in deck as a source file.
fn base_source() -> SourceFile {
    SourceFile {
        name: BASE.0.to_string(),
        text: BASE.1.to_string(),
    }
}

/// A deck file in use, recorded in saves: its name and a hash of its text.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DeckSource {
    /// The file's name as given.
    pub name: String,
    /// FNV-1a hash of its text, as 16 hex digits.
    pub hash: String,
}

/// A merged, validated deck. The default is an empty deck, used only while content loads.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct Deck {
    /// Events in load order.
    pub events: Vec<EventDef>,
    /// Tenders in load order.
    pub tenders: Vec<TenderDef>,
    /// The director's pacing.
    pub director: DirectorDef,
    /// The politics rules.
    pub politics: PoliticsRules,
    /// The files it was built from, base first.
    pub sources: Vec<DeckSource>,
    /// Warnings found while loading (the deck is usable).
    pub warnings: Vec<Diagnostic>,
    index: IdMap<usize>,
    tender_index: IdMap<usize>,
    /// Each event's conditions, compiled for the director (same order as `events`).
    pub compiled: Vec<compile::CompiledEvent>,
    /// Bit position of each flag tested by an event's or weight's condition.
    pub flag_bits: IdMap<usize>,
    /// What each flag means, in the player's words.
    pub flag_names: IdMap<String>,
    /// The drawable events, indexed by the quarters their date windows cover.
    pub draw: compile::DrawIndex,
}

/// A deck that could not be loaded: every finding, rendered with file:line:col.
#[derive(Clone, Debug, thiserror::Error)]
pub struct DeckError {
    /// Errors and warnings, errors first where they came first.
    pub diagnostics: Vec<Diagnostic>,
    /// True when a path is missing or cannot be read (a usage problem rather than a bad deck;
    /// a file too large or not UTF-8 is a bad deck).
    pub unreadable: bool,
}

impl fmt::Display for DeckError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let errors = self.diagnostics.iter().filter(|d| d.is_error()).count();
        for d in &self.diagnostics {
            writeln!(f, "{d}\n")?;
        }
        write!(f, "the deck has {errors} error(s)")
    }
}

impl Deck {
    /// The base deck alone.
    pub fn base(content: &Content) -> Result<Deck, DeckError> {
        Deck::from_sources(content, &[])
    }

    /// The base deck merged with the mods under `paths`, in order (see [`load::collect`]).
    pub fn load(content: &Content, paths: &[PathBuf]) -> Result<Deck, DeckError> {
        let mods = load::collect(paths).map_err(|(diagnostics, unreadable)| DeckError {
            diagnostics,
            unreadable,
        })?;
        Deck::from_sources(content, &mods)
    }

    /// The base deck merged with mod files given as text. Never panics, whatever the text.
    pub fn from_sources(content: &Content, mods: &[SourceFile]) -> Result<Deck, DeckError> {
        let mut sources = Vec::with_capacity(mods.len() + 1);
        sources.push(base_source());
        sources.extend(mods.iter().cloned());
        let mut diags = Vec::new();
        let mut parsed = Vec::with_capacity(sources.len());
        for s in &sources {
            match load::parse(s) {
                Ok(f) => parsed.push(f),
                Err(d) => {
                    diags.push(*d);
                    parsed.push(DeckFile::default());
                }
            }
        }
        if diags.iter().any(Diagnostic::is_error) {
            return Err(DeckError {
                diagnostics: diags,
                unreadable: false,
            });
        }
        let merged = load::merge(&sources, parsed, &mut diags);
        diags.extend(check::check(content, &sources, &merged));
        if diags.iter().any(Diagnostic::is_error) {
            return Err(DeckError {
                diagnostics: diags,
                unreadable: false,
            });
        }
        let (Some((director, _)), Some((politics, _))) = (merged.director, merged.politics) else {
            return Err(DeckError {
                diagnostics: diags,
                unreadable: false,
            });
        };
        let index = merged
            .events
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        let tender_index = merged
            .tenders
            .iter()
            .enumerate()
            .map(|(i, t)| (t.id.clone(), i))
            .collect();
        let sources = sources
            .iter()
            .map(|s| {
                let mut h = Fnv::new();
                h.write(s.text.as_bytes());
                DeckSource {
                    name: s.name.clone(),
                    hash: format!("{:016x}", h.finish()),
                }
            })
            .collect();
        let mut flag_bits = IdMap::default();
        let compiled = compile::compile_events(content, &merged.events, &mut flag_bits);
        let draw = compile::DrawIndex::build(&merged.events, &compiled);
        let flag_names = merged.flags.into_iter().map(|f| (f.id, f.name)).collect();
        Ok(Deck {
            draw,
            compiled,
            flag_bits,
            flag_names,
            events: merged.events,
            tenders: merged.tenders,
            director,
            politics,
            sources,
            warnings: diags,
            index,
            tender_index,
        })
    }

    /// The position of an event by id.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    /// An event by id.
    pub fn event(&self, id: &str) -> Option<&EventDef> {
        self.position(id).and_then(|i| self.events.get(i))
    }

    /// What a flag means, in the player's words; a flag the deck does not name reads as its id
    /// in plain words.
    pub fn flag_name(&self, id: &str) -> String {
        self.flag_names
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.replace('_', " "))
    }

    /// A tender by id.
    pub fn tender(&self, id: &str) -> Option<&TenderDef> {
        self.tender_index.get(id).and_then(|&i| self.tenders.get(i))
    }
}
