//! A table task's section: the body section its group rows name, found by number and
//! title.

use gongwen_model::{Category, Diagnostic, DiagnosticCode, Level, Loc, Task};

use crate::text::chars::is_space;

/// Links each task to the body section its groups name, when the table's groups match
/// the sections of the document the table belongs to: by number and title along the path
/// (一、 → （一）), else by title anywhere in the tree (a table whose groups are the
/// document's second level), else, for a table without groups, by the task's own title.
pub(crate) fn link_sections(
    tasks: &mut [Task],
    sections: &[gongwen_model::Section],
    diags: &mut Vec<Diagnostic>,
    table_loc: Loc,
) {
    // Rows of one group share its categories: the path found for the previous row is
    // reused while the groups are the same ones (same source locations).
    let mut previous: Option<(&[Category], Option<Vec<String>>)> = None;
    let mut paths: Vec<Option<Vec<String>>> = Vec::with_capacity(tasks.len());
    for t in tasks.iter() {
        let path = match (t.category.last(), t.title.as_deref()) {
            (Some(last), _) => match &previous {
                Some((cats, path)) if same_groups(cats, &t.category) => path.clone(),
                _ => {
                    let path = section_path(&t.category, sections)
                        .or_else(|| path_by_heading(&last.title, sections));
                    previous = Some((&t.category, path.clone()));
                    path
                }
            },
            (None, Some(title)) => path_by_heading(title, sections),
            (None, None) => None,
        };
        paths.push(path);
    }
    let candidates = tasks
        .iter()
        .filter(|t| !t.category.is_empty() || t.title.is_some())
        .count();
    if candidates == 0 || sections.is_empty() {
        return;
    }
    let matched = paths.iter().filter(|p| p.is_some()).count();
    // Most rows must match: a table whose groups are not the body's sections is not linked.
    if matched * 5 < candidates * 4 {
        diags.push(Diagnostic {
            level: Level::Info,
            code: DiagnosticCode::CategoryUnmatched,
            message: format!(
                "only {matched} of {candidates} task rows have groups matching the document's sections; tasks are not linked to sections"
            ),
            loc: Some(table_loc),
        });
        return;
    }
    for (task, path) in tasks.iter_mut().zip(paths) {
        if path.is_none() && (!task.category.is_empty() || task.title.is_some()) {
            diags.push(Diagnostic {
                level: Level::Warning,
                code: DiagnosticCode::CategoryUnmatched,
                message: format!(
                    "task {} has group {} that matches no section",
                    task.seq.map_or_else(|| "?".to_owned(), |s| s.to_string()),
                    task.category
                        .iter()
                        .map(|c| format!("{}{}", c.label, c.title))
                        .chain(task.title.clone())
                        .collect::<Vec<_>>()
                        .join(" / ")
                ),
                loc: Some(task.loc),
            });
        }
        task.section = path;
    }
}

/// The same group headings: read from the same cells (a cell's location identifies it).
fn same_groups(a: &[Category], b: &[Category]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.loc == y.loc)
}

fn section_path(cats: &[Category], sections: &[gongwen_model::Section]) -> Option<Vec<String>> {
    if cats.is_empty() {
        return None;
    }
    let mut level = sections;
    let mut path = Vec::with_capacity(cats.len());
    for cat in cats {
        let s = level
            .iter()
            .find(|s| s.ordinal == cat.ordinal && s.level == cat.level && titles_match(s, cat))?;
        path.push(s.label.clone());
        level = &s.children;
    }
    Some(path)
}

/// The label path of the first section (depth first) whose heading is `title`.
fn path_by_heading(title: &str, sections: &[gongwen_model::Section]) -> Option<Vec<String>> {
    let want = plain(title);
    if want.chars().count() < 2 {
        return None;
    }
    for s in sections {
        if s.heading.as_deref().is_some_and(|h| plain(h) == want) {
            return Some(vec![s.label.clone()]);
        }
        if let Some(mut rest) = path_by_heading(title, &s.children) {
            rest.insert(0, s.label.clone());
            return Some(rest);
        }
    }
    None
}

/// Text without white space and punctuation, for comparing headings.
fn plain(s: &str) -> String {
    s.chars()
        .filter(|c| !is_space(*c) && !is_punct(*c))
        .collect()
}

fn titles_match(section: &gongwen_model::Section, cat: &Category) -> bool {
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
