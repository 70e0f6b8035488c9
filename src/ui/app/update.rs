//! [`App::update`]: the one place that changes the app, and the steps it takes.

use super::{App, Game, Mode, Overlay, Screen, Status, UiAction};
use crate::save::{self, HeaderInfo, SaveDir};
use crate::sim::{self, Action};
use crate::ui::describe::describe_in;
use crate::ui::game::{Comparison, EndPage};
use crate::ui::highscores::{self, Entry};
use crate::ui::keys::Cmd;
use crate::ui::model::ViewChange;
use crate::ui::screens::build::state::BuildField;
use crate::ui::screens::dashboard::state::TOPICS;
use crate::ui::screens::facilities::input::typed_prices;
use crate::ui::screens::finance::input::selected_row;
use crate::ui::screens::finance::state::FinanceRow;
use crate::ui::screens::menu::state::{MenuItem, NewGameForm};
use crate::ui::screens::politics::state::{adjust_bid, items};
use crate::ui::screens::report::REPORT_SCROLL_MOST;
use crate::ui::steps::step;
use crate::ui::strings;
use strum::VariantArray;

impl App {
    /// Applies what input asked for. Returns false when nothing changed (no redraw needed).
    pub fn update(&mut self, action: UiAction) -> bool {
        if action == UiAction::None {
            return false;
        }
        // A new keypress replaces the last message.
        if !matches!(action, UiAction::Redraw) {
            self.status = None;
        }
        match action {
            // The terminal loop suspends; after `fg` everything is redrawn.
            UiAction::None | UiAction::Suspend | UiAction::LedgerZone => return false,
            UiAction::Redraw => {}
            UiAction::Notice(text) => self.status = Some(Status::info(text)),
            UiAction::Quit => self.quit = true,
            UiAction::AskQuit => self.overlay = Some(Overlay::ConfirmQuit),
            UiAction::CloseOverlay => self.overlay = None,
            UiAction::Open(o) => {
                // Asking a bot starts its projected end score in the background.
                if let Overlay::AskBot { bot, .. } = &o
                    && let Some(b) = crate::ui::screens::ask_bot::input::askable().get(*bot)
                {
                    self.project(*b);
                }
                self.overlay = Some(o);
            }
            UiAction::Scroll(d) => {
                if let Some(Overlay::Help(s)) = &mut self.overlay {
                    *s = s.saturating_add_signed(d).min(self.help_scroll_limit.get());
                }
            }
            UiAction::MenuMove(d) => {
                if let Mode::Menu(sel) = &mut self.mode {
                    *sel = step(*sel, d, MenuItem::ALL.len());
                }
            }
            UiAction::MenuChoose(item) => self.choose(item),
            UiAction::FormField(d) => {
                if let Mode::NewGame(f) = &mut self.mode {
                    f.move_field(d);
                }
            }
            UiAction::FormChange(d) => {
                let content = &self.content;
                if let Mode::NewGame(f) = &mut self.mode {
                    f.change(d, content);
                }
            }
            UiAction::FormType(c) => {
                if let Mode::NewGame(f) = &mut self.mode {
                    f.type_char(c);
                }
            }
            UiAction::FormBackspace => {
                if let Mode::NewGame(f) = &mut self.mode {
                    f.company.pop();
                }
            }
            UiAction::Start => self.start(),
            UiAction::ToMenu => {
                self.mode = Mode::Menu(0);
                self.overlay = None;
            }
            UiAction::Goto(s) => {
                if let Some(g) = self.game_mut() {
                    g.screen = s;
                }
            }
            UiAction::Select(d) => self.select(d),
            UiAction::SelectRow(r) => {
                if let Some(g) = self.game_mut() {
                    let tab = g.screen.index();
                    g.rows[tab] = r;
                }
                self.select(0);
            }
            UiAction::Adjust(d) => self.adjust(d),
            UiAction::BuildField(d) => {
                if let Some(g) = self.game_mut() {
                    g.build.move_field(d);
                }
            }
            UiAction::Queue(a) => self.queue(a),
            UiAction::Cancel(range) => {
                let content = &self.content;
                if let Mode::Playing(g) = &mut self.mode
                    && !range.is_empty()
                    && range.end <= g.queue.len()
                {
                    let said = crate::ui::grouped::group(
                        content,
                        &g.state,
                        &g.queue[range.clone()],
                        |_| true,
                    )
                    .into_iter()
                    .map(|l| l.text)
                    .collect::<Vec<_>>()
                    .join("; ");
                    g.queue.drain(range);
                    g.replan();
                    // A cancelled setting shows its value again where it is edited.
                    let planned = g.planned(content).state.company.clone();
                    g.finance.refresh_from(&planned);
                    let lines = g.plan_lines(content).len();
                    let row = &mut g.rows[Screen::Plan.index()];
                    *row = (*row).min(lines.saturating_sub(1));
                    self.status = Some(Status::info(format!("Cancelled: {said}")));
                }
            }
            UiAction::EndQuarter => self.end_quarter(),
            UiAction::PromptType(c) => match &mut self.overlay {
                Some(Overlay::SaveName(name))
                    if name.chars().count() < save::names::MAX_NAME_CHARS && !c.is_control() =>
                {
                    name.push(c);
                }
                // A price is a whole number of cents: digits only, as many as the range needs.
                Some(Overlay::Price(typed)) if c.is_ascii_digit() && typed.len() < 6 => {
                    typed.push(c);
                }
                _ => {}
            },
            UiAction::PromptBackspace => {
                if let Some(Overlay::SaveName(text) | Overlay::Price(text)) = &mut self.overlay {
                    text.pop();
                }
            }
            UiAction::SetPrice(cents) => {
                self.overlay = None;
                let actions = self
                    .game()
                    .map(|g| typed_prices(g, cents))
                    .unwrap_or_default();
                self.queue_all(actions);
            }
            UiAction::QueueAll(actions) => self.queue_all(actions),
            UiAction::LedgerPage => {
                if let Some(g) = self.game_mut() {
                    g.finance.ledger.next_page();
                }
            }
            UiAction::LedgerScroll(d) => {
                if let Some(g) = self.game_mut() {
                    let years = crate::ui::screens::history::years(&g.state).len();
                    let facilities = g.state.facilities.len();
                    g.finance.ledger.scroll_any(d, years, facilities);
                }
            }
            UiAction::View(change) => {
                if let Some(g) = self.game_mut() {
                    view_change(g, change);
                }
            }
            UiAction::SaveAs(name) => self.save_as(&name),
            UiAction::LoadMove(d) => {
                if let Mode::Load(list) = &mut self.mode {
                    list.sel = step(list.sel, d, list.entries.len());
                }
            }
            UiAction::LoadFile(path) => self.load_file(&path),
            UiAction::DeleteSave(name) => self.delete_save(&name),
            UiAction::Branch(q) => self.branch(q),
            UiAction::MoveOldSaves => self.move_old_saves(),
            UiAction::EndPage => {
                if let Some(g) = self.game_mut() {
                    g.end_page.0 = match g.end_page.0 {
                        EndPage::Summary => EndPage::PostMortem,
                        EndPage::PostMortem => EndPage::Summary,
                    };
                }
            }
        }
        true
    }

    fn choose(&mut self, item: MenuItem) {
        match item {
            MenuItem::New => {
                self.mode = Mode::NewGame(NewGameForm::with_defaults(
                    &self.content,
                    save::clock::fresh_seed(),
                    &self.defaults,
                ));
            }
            MenuItem::Continue => match self.save_dir().and_then(|d| save::latest(&d)) {
                Some(entry) => self.load_file(&entry.path),
                None => self.status = Some(Status::info(strings::no_saves())),
            },
            MenuItem::Load => self.open_load_list(),
            MenuItem::HighScores => self.mode = Mode::HighScores,
            MenuItem::Quit => self.quit = true,
        }
    }

    fn start(&mut self) {
        let Mode::NewGame(f) = &self.mode else {
            return;
        };
        let ng = f.new_game(&self.content);
        match sim::new_game(&self.content, &ng) {
            Ok(state) => {
                self.mode = Mode::Playing(Box::new(Game::new(state)));
                self.status = Some(Status::info(strings::welcome()));
            }
            Err(e) => self.status = Some(Status::problem(e.to_string())),
        }
    }

    fn select(&mut self, d: i32) {
        let n_regions = self.content.regions.len();
        let content = &self.content;
        let Mode::Playing(g) = &mut self.mode else {
            return;
        };
        // On the end screen the selection is the post-mortem's moment.
        if g.state.is_over() {
            let n = match &g.comparison {
                Comparison::Ready(pm) => pm.divergences.len(),
                _ => 0,
            };
            g.end_page.1 = step(g.end_page.1.min(n.saturating_sub(1)), d, n);
            return;
        }
        let len = match g.screen {
            Screen::Dashboard => TOPICS.len(),
            // The report's row is how far it is scrolled; the drawing keeps it in range.
            Screen::Report => REPORT_SCROLL_MOST,
            Screen::Facilities => g.facility_order().len(),
            Screen::Finance => FinanceRow::ALL.len(),
            Screen::Market => n_regions,
            Screen::Plan => g.plan_lines(content).len(),
            Screen::Politics => items(&g.state).len(),
            Screen::Build => BuildField::VARIANTS.len(),
            Screen::Timeline => g.state.history.len(),
        };
        let tab = g.screen.index();
        g.rows[tab] = step(g.rows[tab].min(len.saturating_sub(1)), d, len);
    }

    fn adjust(&mut self, d: i32) {
        if self.game().is_some_and(|g| g.screen == Screen::Facilities) {
            let cmd = if d > 0 {
                Cmd::ReserveMore
            } else {
                Cmd::ReserveLess
            };
            let a = self.on_cmd(cmd);
            self.update(a);
            return;
        }
        let content = &self.content;
        let Mode::Playing(g) = &mut self.mode else {
            return;
        };
        match g.screen {
            Screen::Politics => adjust_bid(content, g, d),
            Screen::Build => g.build.adjust(d, content),
            Screen::Finance => {
                if let Some(row) = selected_row(g) {
                    g.finance.adjust(row, d, content, &g.state);
                }
            }
            _ => {}
        }
    }

    /// Queues several actions in turn: the status line counts them and names the first refused.
    fn queue_all(&mut self, actions: Vec<Action>) {
        let n = actions.len();
        let mut refused = None;
        let mut queued = 0;
        for a in actions {
            self.queue(a);
            match &self.status {
                Some(s) if s.tone == crate::ui::model::Tone::Problem => {
                    refused.get_or_insert_with(|| s.text.clone());
                }
                _ => queued += 1,
            }
        }
        if n > 1 {
            self.status = Some(match refused {
                None => Status::info(strings::queued_many(queued)),
                Some(why) => Status::problem(strings::queued_some(queued, n, &why)),
            });
        }
    }

    fn queue(&mut self, action: Action) {
        let content = &self.content;
        let Mode::Playing(g) = &mut self.mode else {
            return;
        };
        match g.consequence(content, &action) {
            Ok(consequence) => {
                let what = describe_in(content, &g.state, &action);
                // A setting replaces an earlier queued value for the same thing.
                if let Some(i) = g.queue.iter().position(|q| same_setting(q, &action)) {
                    g.queue.remove(i);
                }
                self.status = Some(Status::info(strings::queued(
                    &what,
                    strings::consequence::short(&consequence).as_deref(),
                )));
                let answered = matches!(action, Action::AnswerEvent { .. });
                g.queue.push(action);
                g.replan();
                // An answered card makes way for the next one, if any.
                if answered {
                    let more = !g.event_cards(content).is_empty();
                    self.overlay = more.then_some(Overlay::Event(0));
                }
            }
            Err(why) => {
                self.status = Some(Status::problem(format!(
                    "Can't: {} — {why}",
                    describe_in(content, &g.state, &action)
                )));
            }
        }
    }

    fn end_quarter(&mut self) {
        let content = &self.content;
        let Mode::Playing(g) = &mut self.mode else {
            return;
        };
        let queue = std::mem::take(&mut g.queue);
        let played = g.state.quarter;
        let report = sim::advance(content, &mut g.state, &queue);
        g.log.record(played, &queue, sim::state_hash_hex(&g.state));
        g.replan();
        g.dirty = true;
        g.rows[Screen::Plan.index()] = 0;
        g.screen = Screen::Report;
        g.rows[Screen::Report.index()] = 0;
        // Marks are for the changes of one plan: a new quarter starts with none.
        g.facility_view.marked.clear();
        g.finance.refresh(&g.state);
        let q = report.quarter.map(|q| q.to_string()).unwrap_or_default();
        self.status = Some(Status::info(format!(
            "{q} closed: {} applied, {} refused. Now planning {}.",
            report.applied.len(),
            report.rejected.len(),
            g.state.quarter
        )));
        // Autosave at the start of every quarter, into the rotating slots.
        if !g.state.is_over()
            && let Some(dir) = self
                .saves
                .as_deref()
                .map(|p| SaveDir::new(p).with_autosaves(self.autosaves))
        {
            let info = HeaderInfo::of(content);
            match save::autosave_with_plan(&dir, &g.state, &[], &g.log, &info) {
                Ok(path) => {
                    g.kept_in = path.file_stem().map(|s| s.to_string_lossy().into_owned());
                    g.dirty = false;
                    // The autosave holds the new quarter with nothing queued.
                    g.saved_queue.clear();
                }
                Err(e) => {
                    self.status = Some(Status::problem(format!(
                        "{} {e}",
                        strings::saves::AUTOSAVE_FAILED
                    )))
                }
            }
        }
        let over = g.state.is_over();
        if g.state.is_over() && g.recorded.is_none() {
            let mut entry = Entry::from_state(&g.state);
            // Replayed from the seed and the log before it counts as verified (a fraction of a
            // second for a whole game).
            entry.verified = matches!(
                save::replay::replay(content, &g.state, &g.log, None),
                Ok(save::replay::Replayed::Verified { .. })
            );
            let place = self.scores.insert(entry);
            g.recorded = Some(place);
            if let Some(dir) = &self.saves
                && let Err(e) = highscores::save(dir, &self.scores)
            {
                self.status = Some(Status::problem(format!("High scores not saved: {e}")));
            }
        }
        if over {
            self.start_postmortem();
        }
    }
}

/// True when two actions set the same thing, so the later one replaces the earlier.
fn same_setting(a: &Action, b: &Action) -> bool {
    use Action as A;
    match (a, b) {
        (A::SetOpen { facility: x, .. }, A::SetOpen { facility: y, .. })
        | (A::SetReservation { facility: x, .. }, A::SetReservation { facility: y, .. })
        | (A::SetCloudPrice { facility: x, .. }, A::SetCloudPrice { facility: y, .. }) => x == y,
        (A::SetPriceLevel(_), A::SetPriceLevel(_))
        | (A::SetMarketing(_), A::SetMarketing(_))
        | (A::SetServices(_), A::SetServices(_))
        | (A::SetHosting(_), A::SetHosting(_)) => true,
        (A::Bid { tender: x, .. }, A::Bid { tender: y, .. }) => x == y,
        (A::SetDefaults { kind: x, .. }, A::SetDefaults { kind: y, .. }) => x == y,
        _ => false,
    }
}

/// Changes how the facilities table is shown, keeping the same facility selected.
fn view_change(g: &mut Game, change: ViewChange) {
    let selected = g.selected_facility().map(|f| f.id);
    match change {
        ViewChange::Sort => g.facility_view.next_sort(),
        ViewChange::Filter => g.facility_view.next_filter(),
        ViewChange::Mark => {
            if let Some(id) = selected {
                g.facility_view.toggle(id);
            }
        }
        ViewChange::MarkAll => g.facility_view.toggle_all(&g.state, &g.queue),
    }
    let order = g.facility_order();
    let row = selected
        .and_then(|id| order.iter().position(|&i| g.state.facilities[i].id == id))
        .unwrap_or(0);
    g.rows[Screen::Facilities.index()] = row;
    // A mark moves the selection on, so a run of rows is marked with a run of presses.
    if change == ViewChange::Mark {
        g.rows[Screen::Facilities.index()] = (row + 1).min(order.len().saturating_sub(1));
    }
}
