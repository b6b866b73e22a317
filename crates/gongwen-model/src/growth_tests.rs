//! The rule of "Growing without breaking" (crate docs), checked on the source: every
//! public struct and enum is `#[non_exhaustive]`, but [`crate::Date`], a closed value
//! whose fields are private.

/// Every source file of the crate that declares public types.
const SOURCES: [(&str, &str); 11] = [
    ("date.rs", include_str!("date.rs")),
    ("diagnostic.rs", include_str!("diagnostic.rs")),
    ("document.rs", include_str!("document.rs")),
    ("elements.rs", include_str!("elements.rs")),
    ("formats.rs", include_str!("formats.rs")),
    ("loc.rs", include_str!("loc.rs")),
    ("meeting.rs", include_str!("meeting.rs")),
    ("schema.rs", include_str!("schema.rs")),
    ("section.rs", include_str!("section.rs")),
    ("table.rs", include_str!("table.rs")),
    ("task.rs", include_str!("task.rs")),
];

/// Closed values, which never gain a field: a `Date` is a year, a month and a day (its
/// fields are private, so it is built only by `Date::new` or parsed anyway).
const CLOSED: [&str; 1] = ["Date"];

#[test]
fn every_module_is_checked() {
    let modules: Vec<String> = include_str!("lib.rs")
        .lines()
        .filter_map(|l| l.strip_prefix("mod ")?.strip_suffix(';'))
        .filter(|m| *m != "growth_tests")
        .map(|m| format!("{m}.rs"))
        .collect();
    let listed: Vec<&str> = SOURCES.iter().map(|(file, _)| *file).collect();
    assert_eq!(
        listed, modules,
        "SOURCES lists every module of lib.rs, in order"
    );
}

#[test]
fn every_public_type_is_non_exhaustive() {
    let mut open = Vec::new();
    let mut checked = 0;
    for (file, text) in SOURCES {
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let Some(name) = line
                .strip_prefix("pub struct ")
                .or_else(|| line.strip_prefix("pub enum "))
                .and_then(|rest| rest.split([' ', '{', '(', '<']).next())
            else {
                continue;
            };
            checked += 1;
            // The attributes right above the item.
            let attributes = lines[..i].iter().rev().take_while(|l| {
                l.starts_with("#[") || l.starts_with("    ") || l.starts_with(")]")
            });
            let marked = attributes
                .into_iter()
                .any(|l| l.trim() == "#[non_exhaustive]");
            if !marked && !CLOSED.contains(&name) {
                open.push(format!("{file}: {name}"));
            }
        }
    }
    assert!(checked > 30, "public types found: {checked}");
    assert!(
        open.is_empty(),
        "public types without #[non_exhaustive] (mark them, or list a closed value in CLOSED \
         with the reason): {open:?}"
    );
}
