//! One numbered item's own text (its heading and paragraphs, not its children's) read into
//! parts: each marker group closes one part, whose text is what stands since the previous
//! group or the start of the item.
//!
//! Decisions (each covered by a test):
//! - The heading starts the text when the item's first paragraph runs on from it on the
//!   same line ("1.深化“网上办”。全面深化…"), when only marker lines stand under it
//!   ("（一）地区生产总值增长7%" above "责任单位：…"), or when it holds a marker; a heading
//!   on a line of its own above text of its own is the item's title only ("（一）约束性
//!   指标" above its targets).
//! - Groups with no text between them ("（牵头单位：A）（责任单位：B）", "牵头单位：A" and
//!   "配合单位：B" on two lines) are one group; text after the last group belongs to no part
//!   (an excerpt cut before its marker, a sentence no marker closes).
//! - A part whose text holds one bracketed or circled sub-item number ("1.深化商事制度改革。
//!   (1)全面落实…（X牵头负责）", then "(2)完善…（X牵头负责）") starts after that number: the
//!   item's heading is its group, not its text; a part holding several sub-items ("…：（1）
//!   梳理…；（2）提出…（A、B负责）") keeps its whole text.
//! - When every marker stands in the heading ("（三）加强组织领导（县政府办公室牵头）"), the
//!   item's text below it is the task's too.
//! - A sentence asking named units to finish by a date ([`super::prose`]) closes a part like
//!   a marker and stays in its text.

use gongwen_model::{Loc, Section, Unit};

use crate::parse::label::parse_label;
use crate::tasks::inline::markers::{
    Cut, Forms, Marker, answerable_leads, cut_markers, may_hold_marker,
};
use crate::tasks::inline::prose::{asked, may_ask};
use crate::text::chars::is_space;

/// One task an item's text gives: its text and the marker group that closes it.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Part {
    /// The text since the previous group or the start of the item, markers cut.
    pub text: String,
    /// Where the text starts.
    pub loc: Loc,
    pub units: Vec<Unit>,
    pub open: bool,
    /// The markers as printed.
    pub raws: Vec<String>,
    /// A deadline a marker states (完成时限：…) or the date a prose task asks for.
    pub stated: Option<String>,
    /// A marker ends with 下同.
    pub ditto: bool,
    /// A marker says 同上.
    pub same: bool,
    /// "以上任务由…": the units of the items above.
    pub above: bool,
    /// Every marker of the part stands on a line of its own after the item's text.
    pub alone: bool,
    /// The block of the (first) marker that closes the part.
    pub marker_at: u32,
    /// Closed by a sentence asking for the task, not by a marker.
    pub asked: bool,
}

/// What an item's own text says.
#[derive(Debug, Default)]
pub(super) struct Item {
    /// The heading without markers.
    pub title: Option<String>,
    /// The heading stands on a line of its own above text of its own and was read as the
    /// item's title only, not as the start of its text.
    pub title_apart: bool,
    /// One per marker group, in order.
    pub parts: Vec<Part>,
    /// The item's text without its markers: the requirement of an item given units by a
    /// 下同 or an "以上任务由…" line.
    pub text: String,
    /// Text stands after the last marker group (an excerpt cut before its marker, a
    /// sentence no marker closes).
    pub trailing: bool,
    /// Every marker stands in the heading and no text stands below it
    /// ("二、健全商业网络（省商务厅牵头，…配合）" above its sub-items only).
    pub heading_marker_only: bool,
}

/// A text can hold a task: a marker, or a sentence asking for one.
pub(super) fn may_hold_task(text: &str, forms: Forms) -> bool {
    may_hold_marker(text, forms) || may_ask(text)
}

/// One piece of an item's text.
struct Piece<'s> {
    text: &'s str,
    loc: Loc,
    /// What joins it to the text before it.
    join: &'static str,
    /// Stands on a line of its own (not the heading, not the paragraph run on from it).
    own_line: bool,
    /// Is the heading.
    heading: bool,
    /// Its markers.
    cuts: &'s [Cut],
}

/// Reads an item's text into its parts.
pub(super) fn read_item(s: &Section, forms: Forms) -> Item {
    read_item_in(s, false, forms)
}

/// Reads an item's text into its parts; `flat`: the item comes from a body the web kept on
/// one line, cut back into paragraphs that share one place, so a paragraph holding only
/// markers may have stood on a line of its own though it shares the item's place.
pub(super) fn read_item_in(s: &Section, flat: bool, forms: Forms) -> Item {
    let run_in = s.paragraphs.first().is_some_and(|p| p.loc == s.loc);
    let heading = s.heading.as_deref();
    let heading_cuts = heading.map(|h| cut_markers(h, forms)).unwrap_or_default();
    let paragraph_cuts: Vec<Vec<Cut>> = s
        .paragraphs
        .iter()
        .map(|p| cut_markers(&p.text, forms))
        .collect();
    let mut pieces: Vec<Piece<'_>> = Vec::with_capacity(s.paragraphs.len() + 1);
    // A heading on a line of its own above text of its own is a title ("（一）约束性指标"
    // above its targets); above nothing but marker lines it is the task's text.
    let text_below = s
        .paragraphs
        .iter()
        .zip(&paragraph_cuts)
        .enumerate()
        .any(|(k, (p, cuts))| {
            let own_line = k > 0 || !run_in;
            own_line && !clean(&without_cuts(&p.text, cuts)).is_empty()
        });
    let heading_read = heading.is_some() && (run_in || !text_below || !heading_cuts.is_empty());
    if let Some(h) = heading
        && heading_read
    {
        pieces.push(Piece {
            text: h,
            loc: s.loc,
            join: "",
            own_line: false,
            heading: true,
            cuts: &heading_cuts,
        });
    }
    for (k, (p, cuts)) in s.paragraphs.iter().zip(&paragraph_cuts).enumerate() {
        let after_heading = k == 0 && run_in && !pieces.is_empty();
        let join = if after_heading && !ends_with_stop(heading.unwrap_or_default()) {
            "。"
        } else {
            "\n"
        };
        pieces.push(Piece {
            text: &p.text,
            loc: p.loc,
            join,
            own_line: !(k == 0 && run_in) || flat,
            heading: false,
            cuts,
        });
    }
    let mut flow = Flow {
        level: s.level,
        heading_only: true,
        ..Flow::default()
    };
    for piece in &pieces {
        flow.join = Some(piece.join);
        let mut cuts = piece.cuts.to_vec();
        for ask in asked(piece.text) {
            if !cuts
                .iter()
                .any(|c| c.start <= ask.start && ask.start < c.end)
            {
                cuts.push(ask);
            }
        }
        cuts.sort_by_key(|c| c.start);
        let cuts = flow.attached(piece.text, cuts);
        // A line holding nothing but markers stands alone after the item's text.
        let alone = piece.own_line
            && !cuts.is_empty()
            && without_cuts(piece.text, &cuts)
                .trim_matches(|c: char| is_space(c) || c == '。')
                .is_empty();
        flow.heading_only &= piece.heading || cuts.is_empty();
        let mut from = 0;
        for cut in cuts {
            flow.push(&piece.text[from..cut.start], piece.loc);
            from = cut.end;
            flow.close(cut, alone, piece.loc);
        }
        flow.push(&piece.text[from..], piece.loc);
    }
    let trailing = !part_text(&flow.pending, flow.level).is_empty();
    flow.finish();
    let title = heading
        .map(|h| clean(&without_cuts(h, &heading_cuts)))
        .filter(|t| !t.is_empty());
    let heading_marker_only = flow.heading_only
        && !heading_cuts.is_empty()
        && s.paragraphs
            .iter()
            .zip(&paragraph_cuts)
            .all(|(p, cuts)| clean(&without_cuts(&p.text, cuts)).is_empty());
    Item {
        trailing,
        heading_marker_only,
        title_apart: title.is_some() && !heading_read,
        title,
        parts: flow.parts,
        text: clean(&flow.whole),
    }
}

/// The text of an item and its markers read so far.
#[derive(Default)]
struct Flow {
    /// The item's level: sub-item numbers are deeper.
    level: u8,
    parts: Vec<Part>,
    /// Text since the last group.
    pending: String,
    pending_loc: Option<Loc>,
    /// All text, markers cut.
    whole: String,
    /// The join owed before the next text of the current piece.
    join: Option<&'static str>,
    /// Every marker so far stood in the heading.
    heading_only: bool,
}

impl Flow {
    fn push(&mut self, text: &str, loc: Loc) {
        if text.trim_matches(is_space).is_empty() {
            return;
        }
        let join = self.join.take().unwrap_or("");
        if !self.pending.is_empty() {
            self.pending.push_str(join);
        }
        if !self.whole.is_empty() {
            self.whole.push_str(join);
        }
        self.pending.push_str(text);
        self.whole.push_str(text);
        self.pending_loc.get_or_insert(loc);
    }

    /// The markers of `text` (in order) without the deadlines that name no units and do not
    /// follow a marker with nothing between ("完成时限：…" after text of its own: that text's
    /// words).
    fn attached(&self, text: &str, cuts: Vec<Cut>) -> Vec<Cut> {
        // A marker was the last thing read: a part stands closed, nothing pending since.
        let mut closed =
            clean(&self.pending).is_empty() && self.parts.last().is_some_and(|p| !p.above);
        let mut from = 0;
        let mut kept = Vec::with_capacity(cuts.len());
        for cut in cuts {
            let follows = clean(&text[from..cut.start]).is_empty();
            if cut.marker.deadline_only() {
                if !(closed && follows) {
                    continue;
                }
            } else {
                closed = !cut.marker.above;
            }
            from = cut.end;
            kept.push(cut);
        }
        kept
    }

    fn close(&mut self, cut: Cut, alone: bool, loc: Loc) {
        let text = part_text(&self.pending, self.level);
        let m: Marker = cut.marker;
        let asked = m.asked;
        match self.parts.last_mut() {
            Some(last) if text.is_empty() && !m.above && !last.above && !asked => {
                for u in m.units {
                    if !last.units.iter().any(|x| x.name == u.name) {
                        last.units.push(u);
                    }
                }
                if !m.raw.is_empty() {
                    last.raws.push(m.raw);
                }
                // "责任单位：A" over "配合单位：B": A answers for it against B that helps.
                answerable_leads(&mut last.units, &last.raws.concat());
                last.open |= m.open;
                last.ditto |= m.ditto;
                last.same |= m.same;
                last.stated = last.stated.take().or(m.deadline);
                last.alone &= alone;
            }
            _ => {
                let mut units: Vec<Unit> = Vec::with_capacity(m.units.len());
                for u in m.units {
                    if !units.iter().any(|x| x.name == u.name) {
                        units.push(u);
                    }
                }
                self.parts.push(Part {
                    text,
                    loc: self.pending_loc.unwrap_or(loc),
                    raws: if units.is_empty() {
                        Vec::new()
                    } else {
                        vec![m.raw]
                    },
                    units,
                    open: m.open,
                    stated: m.deadline,
                    ditto: m.ditto,
                    same: m.same,
                    above: m.above,
                    alone,
                    marker_at: loc.block,
                    asked,
                });
            }
        }
        self.pending.clear();
        self.pending_loc = None;
    }

    /// Text after the last group is no part's, unless a group came before any text.
    fn finish(&mut self) {
        let text = part_text(&self.pending, self.level);
        let heading_only = self.heading_only;
        if let Some(last) = self.parts.last_mut() {
            if last.text.is_empty() && !text.is_empty() {
                last.text = text;
                if let Some(loc) = self.pending_loc {
                    last.loc = loc;
                }
            } else if heading_only && !text.is_empty() {
                // "（三）加强组织领导（县政府办公室牵头）" above its text: the marker of the
                // heading covers the item.
                last.text.push('\n');
                last.text.push_str(&text);
            }
        }
    }
}

/// A part's text: trimmed, and, when it holds one sub-item ("深化商事制度改革。（1）全面落实…",
/// "（2）完善…"), starting after that sub-item's number. A part holding several sub-items
/// ("…：（1）梳理…；（2）提出…") keeps its whole text.
fn part_text(pending: &str, level: u8) -> String {
    let t = clean(pending);
    let one = {
        let mut labels = sub_item_labels(&t, level);
        match (labels.next(), labels.next()) {
            (Some(rest), None) => Some(clean(rest)),
            _ => None,
        }
    };
    one.unwrap_or(t)
}

/// The text after each bracketed or circled sub-item number in `t` deeper than `level`
/// ("（1）", "(2)", "③"), in order: at the start or after a stop, a colon, a comma or white
/// space — never inside a word ("小（二）型水库" is a reservoir's class).
fn sub_item_labels(t: &str, level: u8) -> impl Iterator<Item = &str> {
    t.char_indices().filter_map(move |(i, c)| {
        if !(c == '（' || c == '(' || ('①'..='⑳').contains(&c) || ('⑴'..='⒇').contains(&c))
        {
            return None;
        }
        let opens = t[..i].chars().next_back().is_none_or(|p| {
            is_space(p) || matches!(p, '。' | '；' | ';' | '：' | ':' | '，' | ',' | '）' | ')')
        });
        if !opens {
            return None;
        }
        let l = parse_label(&t[i..])?;
        (l.level > level && !l.rest.is_empty()).then_some(l.rest)
    })
}

/// `text` without the ranges of `cuts`.
pub(super) fn without_cuts(text: &str, cuts: &[Cut]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for c in cuts {
        if c.start >= from {
            out.push_str(&text[from..c.start]);
            from = c.end;
        }
    }
    out.push_str(&text[from..]);
    out
}

/// Ends with a stop or another mark that needs no 。 after it.
fn ends_with_stop(s: &str) -> bool {
    s.trim_end_matches(is_space)
        .ends_with(['。', '；', ';', '：', ':', '，', ',', '！', '？'])
}

/// Trims white space and the punctuation left where a marker was cut.
pub(super) fn clean(s: &str) -> String {
    let t = s.trim_matches(|c: char| is_space(c) || matches!(c, '，' | '；' | ',' | ';' | '、'));
    // The full stop of a sentence closed by a marker before it: "（…）。完善…".
    let t = t.trim_start_matches(|c: char| is_space(c) || matches!(c, '。' | '.' | '．'));
    // A marker printed after the sentence's full stop leaves that stop behind its own:
    // "…景观绿化。（责任单位：…）。" — the lone "。" is no requirement.
    if t.chars().all(|c| matches!(c, '。' | '.' | '．')) {
        return String::new();
    }
    t.to_owned()
}
