//! Phase 5, **tables and tasks**: each table laid out and its columns given roles
//! ([`tables`]); the rows of a task table read into tasks ([`rows`]) and linked to the
//! section their groups name ([`link`]); tasks written inline in numbered items
//! ([`inline`]).

pub(crate) mod inline;
pub(crate) mod link;
pub(crate) mod rows;
pub(crate) mod tables;

use gongwen_model::{Diagnostic, Layout, TableKind, Task};

use crate::body::Main;
use crate::body::outline::Outline;
use crate::filter::Page;
use crate::header::Header;
use crate::lex::meta::{HeaderField, PUBLISHED_KEYS};
use crate::parse::date::parse_date;
use crate::parse::units::states_first_unit_leads;
use crate::tail::{Region, Tail};
use inline::read_inline_tasks;
use link::link_sections;
use rows::{TaskContext, read_tasks};

/// The tasks of a document and its tables, each with the region it belongs to.
#[derive(Debug)]
pub(crate) struct Found {
    /// Every task, in document order.
    pub tasks: Vec<Task>,
    /// Every table as it goes into the JSON, with its region.
    pub tables: Vec<(Region, gongwen_model::Table)>,
}

/// Reads the tables and the tasks of a document.
pub(crate) fn read(
    page: &Page<'_>,
    header: &Header,
    main: &Main,
    tail: &Tail,
    diags: &mut Vec<Diagnostic>,
) -> Found {
    // The year a deadline without one ("12月底前") falls in: the document's own date or
    // number, else what a web copy's metadata or the title says (2024年…工作要点).
    let year = main
        .date
        .map(|d| d.value.year)
        .or_else(|| header.front.doc_number.as_ref().map(|n| n.value.year))
        .or_else(|| {
            let v = page.web.get(HeaderField::Date)?;
            parse_date(v.value).map(|d| d.year)
        })
        .or_else(|| {
            // A publication date is later than the 成文日期, but rarely in another year.
            PUBLISHED_KEYS
                .iter()
                .filter_map(|k| page.web.metadata.get(*k))
                .find_map(|v| parse_date(v).map(|d| d.year))
        })
        .or_else(|| {
            let t = header.front.title.as_ref()?;
            year_in(&t.value)
        });
    let first_unit_leads = page
        .paras
        .iter()
        .find(|p| states_first_unit_leads(p.text()))
        .map(|p| p.loc.block);
    let minutes = header.layout.0 == Layout::Minutes;
    let context = |attachment| TaskContext {
        year,
        first_unit_leads,
        attachment,
        minutes,
    };
    // A table's groups name the sections of the document it belongs to: the transmitted
    // one when there is one.
    let owner = Outline::of(
        tail.transmitted
            .first()
            .map_or(&main.body.sections, |t| &t.sections),
    );
    let mut tasks: Vec<Task> = Vec::new();
    let mut tables = Vec::with_capacity(page.tables.len());
    for t in &page.tables {
        let table = t.table.as_ref();
        let region = tail.region_of(t.at);
        let attachment = match region {
            Region::Attachment(k) => tail.attachments.get(k).map(|a| a.index),
            _ => None,
        };
        let lay = tables::layout(table, diags);
        let kind = if lay.is_task_table() {
            let mut found = read_tasks(&lay, context(attachment), diags);
            link_sections(&mut found, &owner, diags, table.loc);
            tasks.extend(found);
            TableKind::Tasks
        } else {
            TableKind::Other
        };
        tables.push((region, tables::to_model(&lay, kind)));
    }
    // Tasks written inline in numbered items, where a document has no task table for them;
    // a notice carrying two documents has them in both.
    tasks.extend(read_inline_tasks(&owner, context(None), diags));
    // A notice forwarding another may add its own numbered demands, each with its units
    // ("现转发给你们，并结合我县实际提出以下贯彻意见"): they are tasks too.
    if !tail.transmitted.is_empty() {
        let own = Outline::of(&main.body.sections);
        tasks.extend(read_inline_tasks(&own, context(None), diags));
    }
    for t in tail.transmitted.iter().skip(1) {
        let outline = Outline::of(&t.sections);
        tasks.extend(read_inline_tasks(&outline, context(None), diags));
    }
    for a in &tail.attachments {
        let outline = Outline::of(&a.sections);
        tasks.extend(read_inline_tasks(&outline, context(Some(a.index)), diags));
    }
    // Table tasks and inline tasks were read separately: put them in document order.
    tasks.sort_by_key(|t| (t.loc.block, t.loc.row));
    Found { tasks, tables }
}

/// The first year a title names ("关于印发2024年政务公开工作要点的通知" → 2024).
fn year_in(title: &str) -> Option<u16> {
    let at = title.find('年')?;
    let digits: String = title[..at]
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect();
    let year: u16 = digits.chars().rev().collect::<String>().parse().ok()?;
    (digits.len() == 4 && (1949..=2100).contains(&year)).then_some(year)
}
