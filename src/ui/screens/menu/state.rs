//! The main menu's entries and the new-game form: what the player has chosen so far.

use crate::content::Content;
use crate::sim::NewGame;
use crate::ui::steps::{step, step_wrap};
use strum::VariantArray;

/// Entries of the main menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq, VariantArray)]
pub enum MenuItem {
    /// Start a new game.
    New,
    /// Continue the latest save.
    Continue,
    /// Load a save from the list.
    Load,
    /// The high-score table.
    HighScores,
    /// Leave.
    Quit,
}

impl MenuItem {
    /// All entries in order.
    pub const ALL: &'static [MenuItem] = MenuItem::VARIANTS;

    /// Every entry is available (continue and load say so when there is nothing to load).
    pub fn enabled(self) -> bool {
        true
    }
}

/// The fields of the new-game form, top to bottom.
#[derive(Clone, Copy, Debug, PartialEq, Eq, VariantArray)]
pub enum NewGameField {
    /// The company's name, typed.
    Company,
    /// The scenario, chosen with ←→.
    Scenario,
    /// The difficulty, chosen with ←→.
    Difficulty,
    /// The seed, stepped with ←→.
    Seed,
    /// The start button.
    Start,
}

impl NewGameField {
    /// Position in the form.
    pub fn index(self) -> usize {
        self as usize
    }
}

/// The longest company name the form takes, in characters.
pub const MAX_COMPANY_CHARS: usize = 24;

/// The new-game form.
#[derive(Clone, Debug, PartialEq)]
pub struct NewGameForm {
    /// Field with focus.
    pub field: NewGameField,
    /// Company name typed so far (empty = the scenario's default).
    pub company: String,
    /// Index into the content's scenarios.
    pub scenario: usize,
    /// Index into the content's difficulties.
    pub difficulty: usize,
    /// Seed.
    pub seed: u64,
}

/// What a new game starts with unless the form is changed: the player's settings.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NewGameDefaults {
    /// Company name.
    pub company: Option<String>,
    /// Scenario id.
    pub scenario: Option<String>,
    /// Difficulty id.
    pub difficulty: Option<String>,
}

impl NewGameForm {
    /// A blank form: the standard scenario at normal difficulty, a seed from the clock.
    pub fn new(content: &Content, seed: u64) -> NewGameForm {
        NewGameForm::with_defaults(content, seed, &NewGameDefaults::default())
    }

    /// The form filled with the player's defaults from the settings (an unknown scenario or
    /// difficulty falls back to the standard one).
    pub fn with_defaults(content: &Content, seed: u64, d: &NewGameDefaults) -> NewGameForm {
        let scenario = d.scenario.as_deref().unwrap_or("standard");
        let difficulty = d.difficulty.as_deref().unwrap_or("normal");
        NewGameForm {
            field: NewGameField::Company,
            company: d.company.clone().unwrap_or_default(),
            scenario: content
                .scenarios
                .iter()
                .position(|s| s.id == scenario)
                .or_else(|| content.scenarios.iter().position(|s| s.id == "standard"))
                .unwrap_or(0),
            difficulty: content
                .difficulties
                .iter()
                .position(|x| x.id == difficulty)
                .or_else(|| content.difficulties.iter().position(|x| x.id == "normal"))
                .unwrap_or(0),
            seed,
        }
    }

    /// Moves the focus by `d` fields.
    pub fn move_field(&mut self, d: i32) {
        let i = step(self.field.index(), d, NewGameField::VARIANTS.len());
        self.field = NewGameField::VARIANTS[i];
    }

    /// ←→ on the focused field.
    pub fn change(&mut self, d: i32, content: &Content) {
        match self.field {
            NewGameField::Scenario => {
                self.scenario = step_wrap(self.scenario, d, content.scenarios.len());
            }
            NewGameField::Difficulty => {
                self.difficulty = step_wrap(self.difficulty, d, content.difficulties.len());
            }
            NewGameField::Seed => self.seed = self.seed.saturating_add_signed(i64::from(d)),
            NewGameField::Company | NewGameField::Start => {}
        }
    }

    /// Types a character into the name, up to its length.
    pub fn type_char(&mut self, c: char) {
        if self.company.chars().count() < MAX_COMPANY_CHARS && !c.is_control() {
            self.company.push(c);
        }
    }

    /// The game the form describes.
    pub fn new_game(&self, content: &Content) -> NewGame {
        NewGame {
            scenario: content
                .scenarios
                .get(self.scenario)
                .map(|s| s.id.clone())
                .unwrap_or_default(),
            difficulty: content
                .difficulties
                .get(self.difficulty)
                .map(|d| d.id.clone())
                .unwrap_or_default(),
            seed: self.seed,
            company: Some(self.company.trim().to_string()).filter(|c| !c.is_empty()),
            forced_events: Vec::new(),
        }
    }
}
