//! Save names: what a player may type, and the reserved autosave slots.

use super::error::SaveError;

/// Longest save name accepted, in characters: room for a description, short enough for any
/// file system.
pub const MAX_NAME_CHARS: usize = 64;

/// How many rotating autosave slots there are unless the settings say otherwise.
pub const AUTOSAVE_SLOTS: u8 = 3;

/// The most autosave slots the settings may ask for: names up to `autosave-9` are always
/// reserved, so a change of the number never lets an autosave overwrite a named save.
pub const MAX_AUTOSAVE_SLOTS: u8 = 9;

/// The file-name extension of saves.
pub const EXTENSION: &str = "ron";

/// The name of an autosave slot, 1-based: `autosave-1`.
pub fn autosave_name(slot: u8) -> String {
    format!("autosave-{slot}")
}

/// The autosave slot a name belongs to, if it is one.
pub fn autosave_slot(name: &str) -> Option<u8> {
    let n: u8 = name.strip_prefix("autosave-")?.parse().ok()?;
    (1..=MAX_AUTOSAVE_SLOTS).contains(&n).then_some(n)
}

/// Checks that a name stays inside the saves directory and makes a sane file name.
pub fn validate(name: &str) -> Result<(), SaveError> {
    let bad = |reason| {
        Err(SaveError::BadName {
            name: name.to_string(),
            reason,
        })
    };
    if name.trim().is_empty() {
        return bad("the name is empty");
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return bad("the name is longer than 64 characters");
    }
    if name.chars().any(char::is_control) {
        return bad("control characters are not allowed");
    }
    // Separators and drive colons would let a name point outside the saves directory.
    if name.contains(['/', '\\', ':']) {
        return bad("/, \\ and : are not allowed");
    }
    if name.contains("..") {
        return bad(".. is not allowed");
    }
    // Hidden files are where unfinished writes live; a save must never look like one.
    if name.starts_with('.') {
        return bad("a name cannot start with a dot");
    }
    if name != name.trim() {
        return bad("a name cannot start or end with a space");
    }
    Ok(())
}

/// Checks a name the player saves under: valid, and not one of the autosave slots, so an
/// autosave can never overwrite it.
pub fn validate_for_named_save(name: &str) -> Result<(), SaveError> {
    validate(name)?;
    if autosave_slot(name).is_some() {
        return Err(SaveError::BadName {
            name: name.to_string(),
            reason: "this name is reserved for autosaves",
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_names_that_leave_the_directory() {
        for bad in [
            "",
            "   ",
            "../x",
            "..",
            "a/b",
            "/etc/passwd",
            "a\\b",
            "C:evil",
            "tab\there",
            "nl\n",
            ".hidden",
            " padded",
            &"x".repeat(65),
        ] {
            assert!(validate(bad).is_err(), "{bad:?} was accepted");
        }
        for good in [
            "my game",
            "Q4 1999 — before the crash",
            "a.b",
            &"x".repeat(64),
        ] {
            assert!(validate(good).is_ok(), "{good:?} was refused");
        }
    }

    #[test]
    fn autosave_slots_are_reserved_for_named_saves_only() {
        assert_eq!(autosave_slot("autosave-2"), Some(2));
        // Every slot the settings may ask for is reserved, whatever the number in use.
        assert_eq!(autosave_slot("autosave-9"), Some(9));
        assert_eq!(autosave_slot("autosave-10"), None);
        assert_eq!(autosave_slot("autosave-0"), None);
        assert!(validate("autosave-1").is_ok());
        assert!(validate_for_named_save("autosave-1").is_err());
        assert!(validate_for_named_save("autosave-9").is_err());
        assert!(validate_for_named_save("autosave-10").is_ok());
    }
}
