//! Saving and loading from inside the app: named saves, the save on the way out, the load list.

use super::{App, Game, Mode, Status};
use crate::save::{self, HeaderInfo, SaveDir};
use crate::sim::{Action, GameState};
use crate::ui::screens::load::state::LoadList;
use crate::ui::strings;
use std::path::Path;

impl App {
    /// The saves directory, if saving is on.
    pub fn save_dir(&self) -> Option<SaveDir> {
        self.saves
            .as_deref()
            .map(|p| SaveDir::new(p).with_autosaves(self.autosaves))
    }

    /// What to tell the player on the way out of a game left unfinished and saved: the save to
    /// load to go on. `None` when nothing is being played, the game is over or it was not saved.
    pub fn farewell(&self) -> Option<String> {
        let Mode::Playing(g) = &self.mode else {
            return None;
        };
        if g.state.is_over() || g.unsaved() {
            return None;
        }
        g.kept_in
            .as_deref()
            .or(g.name.as_deref())
            .map(strings::saves::farewell)
    }

    /// Autosaves the game being played with its queued plan, when it has anything unsaved:
    /// the last thing the game does when a signal stops it. Best effort, as it is on the way out.
    pub fn save_for_exit(&self) {
        let (Some(dir), Mode::Playing(g)) = (self.save_dir(), &self.mode) else {
            return;
        };
        if g.state.is_over() || !g.unsaved() {
            return;
        }
        let info = HeaderInfo::of(&self.content);
        let _ = save::autosave_with_plan(&dir, &g.state, &g.queue, &g.log, &info);
    }

    pub(super) fn save_as(&mut self, name: &str) {
        let info = HeaderInfo::of(&self.content);
        let Some(dir) = self.save_dir() else {
            self.overlay = None;
            self.status = Some(Status::problem(strings::saves::SAVING_OFF.to_string()));
            return;
        };
        let Some(g) = self.game_mut() else {
            return;
        };
        match save::save_named_with_plan(&dir, name, &g.state, &g.queue, &g.log, &info) {
            Ok(_) => {
                g.dirty = false;
                g.saved_queue = g.queue.clone();
                g.name = Some(name.to_string());
                g.kept_in = Some(name.to_string());
                self.overlay = None;
                self.status = Some(Status::info(format!("{} {name}", strings::saves::SAVED)));
            }
            // The prompt stays open so the name can be corrected.
            Err(e) => self.status = Some(Status::problem(e.to_string())),
        }
    }

    /// Opens a save's game, checked against the content; a bad save leaves everything as it
    /// was and shows the reason.
    pub fn load_file(&mut self, path: &Path) {
        match save::load_checked(path, &self.content) {
            Ok((loaded, warnings)) => {
                let name = path.file_stem().map(|s| s.to_string_lossy().into_owned());
                self.open_loaded(loaded.state, loaded.plan, loaded.log, name, &warnings);
            }
            Err(e) => self.status = Some(Status::problem(e.to_string())),
        }
    }

    /// Starts playing a loaded game (saved as `name`, if it came from a save) with the plan it
    /// was saved with, showing any warnings as the message. A queued action the game no longer
    /// allows (other data, say) is dropped.
    pub fn open_loaded(
        &mut self,
        state: GameState,
        plan: Vec<Action>,
        log: crate::save::ActionLog,
        name: Option<String>,
        warnings: &[String],
    ) {
        let mut g = Game::new(state);
        g.log = log;
        g.name = name;
        g.dirty = false;
        for a in plan {
            if g.check_next(&self.content, &a).is_ok() {
                g.queue.push(a);
                g.replan();
            }
        }
        g.saved_queue = g.queue.clone();
        self.mode = Mode::Playing(Box::new(g));
        // A finished game opens on its end screen, whose post-mortem starts now.
        self.start_postmortem();
        self.overlay = None;
        self.status = Some(Status::info(if warnings.is_empty() {
            strings::loaded()
        } else {
            format!("{} {}", strings::WARNING, warnings.join("; "))
        }));
    }

    /// Rebuilds the game at the start of `at`, saves it as a branch named after this game and
    /// plays it; this game's saves are not touched.
    pub(super) fn branch(&mut self, at: crate::sim::Quarter) {
        self.overlay = None;
        let Some(dir) = self.save_dir() else {
            self.status = Some(Status::problem(strings::saves::SAVING_OFF.to_string()));
            return;
        };
        let Some(g) = self.game() else {
            return;
        };
        let named = g.is_named();
        let original = g
            .name
            .clone()
            .unwrap_or_else(|| g.state.company.name.clone());
        match save::branch::branch(&self.content, &dir, &original, &g.state, &g.log, at) {
            Ok(Some(b)) => {
                self.open_loaded(b.state, Vec::new(), b.log, Some(b.name.clone()), &[]);
                self.status = Some(Status::info(strings::branched(
                    &original, at, &b.name, named,
                )));
            }
            Ok(None) => {
                self.status = Some(Status::problem(strings::timeline::cannot_branch(
                    at,
                    self.game().and_then(|g| g.log.from),
                )));
            }
            Err(e) => self.status = Some(Status::problem(e.to_string())),
        }
    }

    pub(super) fn open_load_list(&mut self) {
        let Some(list) = self.load_list() else {
            self.status = Some(Status::info(strings::no_saves()));
            return;
        };
        if list.old > 0 {
            self.status = Some(Status::info(strings::old_saves_found(
                list.old,
                &list.dir.display().to_string(),
            )));
        }
        self.mode = Mode::Load(list);
    }

    /// The saves to list: the saves directory's, then any an earlier version left in
    /// `./saves`; `None` when there are none at all.
    fn load_list(&self) -> Option<LoadList> {
        let dir = self.save_dir()?;
        let mut entries = save::list(&dir);
        let old = save::legacy::old_saves(&self.old_saves, &dir);
        let n_old = old.len();
        entries.extend(old);
        (!entries.is_empty()).then(|| LoadList {
            entries,
            sel: 0,
            dir: dir.path().to_path_buf(),
            old: n_old,
        })
    }

    /// Moves the saves in `./saves` into the saves directory and lists them there.
    pub(super) fn move_old_saves(&mut self) {
        let Some(dir) = self.save_dir() else {
            return;
        };
        match save::legacy::move_saves(&self.old_saves, &dir) {
            Ok(names) => {
                self.status = Some(Status::info(strings::old_saves_moved(
                    names.len(),
                    &dir.path().display().to_string(),
                )));
            }
            Err(e) => self.status = Some(Status::problem(e.to_string())),
        }
        if let Some(list) = self.load_list() {
            self.mode = Mode::Load(list);
        }
    }

    pub(super) fn delete_save(&mut self, name: &str) {
        self.overlay = None;
        let Some(dir) = self.save_dir() else {
            return;
        };
        match save::delete(&dir, name) {
            Ok(()) => self.status = Some(Status::info(format!("{} {name}", strings::DELETED))),
            Err(e) => self.status = Some(Status::problem(e.to_string())),
        }
        let sel = match &self.mode {
            Mode::Load(list) => list.sel,
            _ => 0,
        };
        match self.load_list() {
            Some(mut list) => {
                list.sel = sel.min(list.entries.len().saturating_sub(1));
                self.mode = Mode::Load(list);
            }
            None => {
                if matches!(self.mode, Mode::Load(_)) {
                    self.mode = Mode::Menu(0);
                }
            }
        }
    }
}
