//! A table task's section: the section its group rows name. A table is printed apart from
//! the text, so the section is found by what the groups print (number and title along the
//! path, or the heading); once found, the task holds its [`SectionId`] and its label path
//! is written from that.

use gongwen_model::{Category, Diagnostic, DiagnosticCode, Level, Loc, Section, Task};

use crate::body::outline::{Outline, SectionId};
use crate::text::chars::is_space;

/// Links each task to the body section its groups name, when the table's groups match
/// the sections of the document the table belongs to: by number and title along the path
/// (一、 → （一）), else by title anywhere in the tree (a table whose groups are the
/// document's second level), else, for a table without groups, by the task's own title.
pub(crate) fn link_sections(
    tasks: &mut [Task],
    outline: &Outline<'_>,
    diags: &mut Vec<Diagnostic>,
    table_loc: Loc,
) {
    // Rows of one group share its categories: the section found for the previous row is
    // reused while the groups are the same ones (same source locations).
    let mut previous: Option<(&[Category], Option<SectionId>)> = None;
    let mut found: Vec<Option<SectionId>> = Vec::with_capacity(tasks.len());
    for t in tasks.iter() {
        let id = match (t.category.last(), t.title.as_deref()) {
            (Some(last), _) => match &previous {
                Some((cats, id)) if same_groups(cats, &t.category) => *id,
                _ => {
                    let id = by_groups(&t.category, outline)
                        .or_else(|| by_heading(&last.title, outline));
                    previous = Some((&t.category, id));
                    id
                }
            },
            (None, Some(title)) => by_heading(title, outline),
            (None, None) => None,
        };
        found.push(id);
    }
    let candidates = tasks
        .iter()
        .filter(|t| !t.category.is_empty() || t.title.is_some())
        .count();
    if candidates == 0 || outline.is_empty() {
        return;
    }
    let matched = found.iter().filter(|p| p.is_some()).count();
    // Most rows must match: a table whose groups are not the body's sections is not linked.
    if matched * 5 < candidates * 4 {
        diags.push(
            Diagnostic::new(
                Level::Info,
                DiagnosticCode::CategoryUnmatched,
                format!(
                    "only {matched} of {candidates} task rows have groups matching the document's sections; tasks are not linked to sections"
                ),
            )
            .with_loc(table_loc),
        );
        return;
    }
    // Rows of one group share its section: its label path is written once.
    let mut written: Option<(SectionId, Vec<String>)> = None;
    for (task, id) in tasks.iter_mut().zip(found) {
        if id.is_none() && (!task.category.is_empty() || task.title.is_some()) {
            diags.push(
                Diagnostic::new(
                    Level::Warning,
                    DiagnosticCode::CategoryUnmatched,
                    format!(
                        "task {} has group {} that matches no section",
                        task.seq.map_or_else(|| "?".to_owned(), |s| s.to_string()),
                        task.category
                            .iter()
                            .map(|c| format!("{}{}", c.label, c.title))
                            .chain(task.title.clone())
                            .collect::<Vec<_>>()
                            .join(" / ")
                    ),
                )
                .with_loc(task.loc),
            );
        }
        task.section = id.map(|id| match &written {
            Some((last, path)) if *last == id => path.clone(),
            _ => {
                let path = outline.path(id);
                written = Some((id, path.clone()));
                path
            }
        });
    }
}

/// The same group headings: read from the same cells (a cell's location identifies it).
fn same_groups(a: &[Category], b: &[Category]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.loc == y.loc)
}

/// The section the groups name, number by number down the tree (一、 → （一）), each
/// title agreeing.
fn by_groups(cats: &[Category], outline: &Outline<'_>) -> Option<SectionId> {
    let (first, rest) = cats.split_first()?;
    let mut at = outline
        .roots()
        .find(|&id| is_group(outline.section(id), first))?;
    for cat in rest {
        at = outline
            .children(at)
            .find(|&id| is_group(outline.section(id), cat))?;
    }
    Some(at)
}

fn is_group(s: &Section, cat: &Category) -> bool {
    s.ordinal == cat.ordinal && s.level == cat.level && titles_match(s, cat)
}

/// The first section (depth first) whose heading is `title`.
fn by_heading(title: &str, outline: &Outline<'_>) -> Option<SectionId> {
    let want = plain(title);
    if want.chars().count() < 2 {
        return None;
    }
    outline.ids().find(|&id| {
        outline
            .section(id)
            .heading
            .as_deref()
            .is_some_and(|h| plain(h) == want)
    })
}

/// Text without white space and punctuation, for comparing headings.
fn plain(s: &str) -> String {
    s.chars()
        .filter(|c| !is_space(*c) && !is_punct(*c))
        .collect()
}

fn titles_match(section: &Section, cat: &Category) -> bool {
    let heading = section.heading.as_deref().unwrap_or("");
    let mut a = heading.chars().filter(|c| !is_space(*c) && !is_punct(*c));
    let mut b = cat.title.chars().filter(|c| !is_space(*c) && !is_punct(*c));
    // Equal, one a prefix of the other, or a common start of four characters; an empty
    // side matches anything. Compared char by char: this runs for every task.
    let mut common = 0;
    loop {
        match (a.next(), b.next()) {
            (Some(x), Some(y)) if x == y => common += 1,
            (None, _) | (_, None) => return true,
            _ => return common >= 4,
        }
    }
}

fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(
            c,
            '，' | '。'
                | '、'
                | '；'
                | '：'
                | '！'
                | '？'
                | '“'
                | '”'
                | '‘'
                | '’'
                | '（'
                | '）'
                | '《'
                | '》'
                | '【'
                | '】'
                | '〔'
                | '〕'
        )
}
