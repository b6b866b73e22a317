//! `word/numbering.xml` and the counters of automatic numbering.
//!
//! Word keeps one set of counters per abstract numbering definition, shared by every
//! `w:num` that points to it, unless a `w:num` restarts it with `w:startOverride`: such a
//! num gets counters of its own. A level restarts when a higher level (a lower index)
//! advances, or as `w:lvlRestart` says.

use std::collections::HashMap;

use quick_xml::events::Event;

use gongwen_blocks::list::{Counters, LEVELS, LevelText};
use gongwen_blocks::numfmt::NumFmt;

use crate::error::DocxError;
use crate::styles::Styles;
use crate::xml::{Xml, attr, on_off, val_u32};

/// What follows the label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Suffix {
    #[default]
    Tab,
    Space,
    Nothing,
}

impl Suffix {
    /// The text put between the label and the paragraph's text.
    pub(crate) fn separator(self) -> &'static str {
        match self {
            Suffix::Space => " ",
            Suffix::Tab | Suffix::Nothing => "",
        }
    }
}

/// One `w:lvl`.
#[derive(Debug, Clone, Default)]
struct Level {
    start: u32,
    fmt: NumFmt,
    text: LevelText,
    /// `w:lvlRestart`: 0 never restarts, N restarts after levels 1..=N (1-based).
    restart: Option<u32>,
    suffix: Suffix,
    /// `w:isLgl`: every number of the label in decimal.
    legal: bool,
    /// `w:pStyle`: the paragraph style this level is attached to.
    style: Option<String>,
}

#[derive(Debug, Default)]
struct AbstractNum {
    levels: [Option<Level>; LEVELS],
    /// `w:numStyleLink`: the definition lives in the numbering of that style.
    num_style_link: Option<String>,
}

#[derive(Debug, Default, Clone)]
struct Override {
    start: Option<u32>,
    level: Option<Level>,
}

#[derive(Debug, Default)]
struct Num {
    abstract_id: u32,
    overrides: [Override; LEVELS],
}

/// Whose counters a paragraph advances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum CounterKey {
    Abstract(u32),
    Num(u32),
}

/// A rendered label and what separates it from the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Label {
    pub(crate) text: String,
    pub(crate) suffix: Suffix,
}

/// The numbering definitions of a document and the running counters.
#[derive(Debug, Default)]
pub(crate) struct Numbering {
    abstracts: HashMap<u32, AbstractNum>,
    nums: HashMap<u32, Num>,
    counters: HashMap<CounterKey, Counters>,
}

impl Numbering {
    /// Parses `numbering.xml`.
    pub(crate) fn parse(data: &[u8], part: &str, max_depth: u32) -> Result<Numbering, DocxError> {
        let mut xml = Xml::new(data, part, max_depth);
        let mut numbering = Numbering::default();
        // The definition being read.
        let mut abstract_num: Option<(u32, AbstractNum)> = None;
        let mut num: Option<(u32, Num)> = None;
        // The w:lvl being read (its index), and the w:lvlOverride's level index.
        let mut level: Option<(usize, Level)> = None;
        let mut override_level: Option<usize> = None;
        loop {
            let (e, empty) = match xml.next()? {
                Event::Start(e) => (e, false),
                Event::Empty(e) => (e, true),
                Event::End(e) => {
                    match e.local_name().as_ref() {
                        "abstractNum" => {
                            if let Some((id, a)) = abstract_num.take() {
                                numbering.abstracts.entry(id).or_insert(a);
                            }
                        }
                        "num" => {
                            if let Some((id, n)) = num.take() {
                                numbering.nums.entry(id).or_insert(n);
                            }
                        }
                        "lvl" => {
                            finish_level(&mut level, &mut abstract_num, &mut num, override_level)
                        }
                        "lvlOverride" => override_level = None,
                        _ => {}
                    }
                    continue;
                }
                Event::Eof => break,
                _ => continue,
            };
            let local = e.local_name();
            match local.as_ref() {
                "abstractNum" => {
                    let id = attr(&e, "abstractNumId").and_then(|v| v.trim().parse().ok());
                    if let (Some(id), false) = (id, empty) {
                        abstract_num = Some((id, AbstractNum::default()));
                    }
                }
                "num" => {
                    let id = attr(&e, "numId").and_then(|v| v.trim().parse().ok());
                    if let (Some(id), false) = (id, empty) {
                        num = Some((id, Num::default()));
                    }
                }
                "abstractNumId" => {
                    if let (Some((_, n)), Some(v)) = (num.as_mut(), val_u32(&e)) {
                        n.abstract_id = v;
                    }
                }
                "numStyleLink" => {
                    if let Some((_, a)) = abstract_num.as_mut() {
                        a.num_style_link = attr(&e, "val").map(|v| v.into_owned());
                    }
                }
                "lvlOverride" => {
                    override_level = attr(&e, "ilvl")
                        .and_then(|v| v.trim().parse::<usize>().ok())
                        .filter(|&i| i < LEVELS);
                    if empty {
                        override_level = None;
                    }
                }
                "startOverride" => {
                    if let (Some((_, n)), Some(i), Some(v)) =
                        (num.as_mut(), override_level, val_u32(&e))
                    {
                        n.overrides[i].start = Some(v);
                    }
                }
                "lvl" => {
                    let index = attr(&e, "ilvl")
                        .and_then(|v| v.trim().parse::<usize>().ok())
                        .or(override_level)
                        .filter(|&i| i < LEVELS);
                    if let Some(index) = index {
                        level = Some((index, Level::default()));
                        if empty {
                            finish_level(&mut level, &mut abstract_num, &mut num, override_level);
                        }
                    } else if !empty {
                        xml.skip()?;
                    }
                }
                "start" | "numFmt" | "lvlText" | "lvlRestart" | "suff" | "isLgl" | "pStyle" => {
                    if let Some((_, l)) = level.as_mut() {
                        match local.as_ref() {
                            "start" => l.start = val_u32(&e).unwrap_or(0),
                            "numFmt" => {
                                l.fmt =
                                    attr(&e, "val").map_or(NumFmt::Decimal, |v| NumFmt::parse(&v))
                            }
                            "lvlText" => {
                                // Capped by LevelText: the label is repeated into every
                                // numbered paragraph.
                                l.text = attr(&e, "val")
                                    .map(|v| LevelText::from_ooxml(&v))
                                    .unwrap_or_default()
                            }
                            "lvlRestart" => l.restart = val_u32(&e),
                            "suff" => {
                                l.suffix = match attr(&e, "val").as_deref() {
                                    Some("space") => Suffix::Space,
                                    Some("nothing") => Suffix::Nothing,
                                    _ => Suffix::Tab,
                                }
                            }
                            "isLgl" => l.legal = on_off(&e),
                            _ => l.style = attr(&e, "val").map(|v| v.into_owned()),
                        }
                    }
                    if !empty {
                        xml.skip()?;
                    }
                }
                // Formatting of the label itself, picture bullets, revision records.
                "pPr" | "rPr" | "numPicBullet" | "lvlPicBulletId" | "legacy" if !empty => {
                    xml.skip()?;
                }
                _ => {}
            }
        }
        Ok(numbering)
    }

    /// Advances the counters for a paragraph numbered with `num_id` at level `ilvl` and
    /// renders its label. Without a stated level, the level whose `w:pStyle` is the
    /// paragraph's style `style` is used, else level 0.
    pub(crate) fn next_label(
        &mut self,
        num_id: u32,
        ilvl: Option<u8>,
        style: Option<&str>,
        styles: &Styles,
    ) -> Option<Label> {
        let num = self.nums.get(&num_id)?;
        let mut abstract_id = num.abstract_id;
        // Follow w:numStyleLink to the definition it points at (a few hops at most).
        for _ in 0..4 {
            let linked = self
                .abstracts
                .get(&abstract_id)?
                .num_style_link
                .as_deref()
                .and_then(|s| styles.index(s))
                .and_then(|i| styles.props(i))
                .and_then(|p| p.num_id)
                .and_then(|n| self.nums.get(&n))
                .map(|n| n.abstract_id);
            match linked {
                Some(next) if next != abstract_id => abstract_id = next,
                _ => break,
            }
        }
        let definition = self.abstracts.get(&abstract_id)?;
        let levels: [Option<&Level>; LEVELS] = std::array::from_fn(|i| {
            num.overrides[i]
                .level
                .as_ref()
                .or(definition.levels[i].as_ref())
        });
        let starts: [u32; LEVELS] = std::array::from_fn(|i| {
            num.overrides[i]
                .start
                .or(levels[i].map(|l| l.start))
                .unwrap_or(0)
        });
        let ilvl = match ilvl {
            Some(i) => usize::from(i).min(LEVELS - 1),
            None => style
                .and_then(|s| {
                    levels
                        .iter()
                        .position(|l| l.is_some_and(|l| l.style.as_deref() == Some(s)))
                })
                .unwrap_or(0),
        };
        let level = levels[ilvl]?;
        let key = if num.overrides.iter().any(|o| o.start.is_some()) {
            CounterKey::Num(num_id)
        } else {
            CounterKey::Abstract(abstract_id)
        };
        let counters = self.counters.entry(key).or_default();
        counters.advance(ilvl, starts[ilvl], |deeper| {
            levels[deeper]
                .and_then(|l| l.restart)
                .map_or(deeper, |v| v as usize)
        });
        let mut text = String::new();
        counters.render(
            &level.text,
            |i| (starts[i], levels[i].map_or(NumFmt::Decimal, |l| l.fmt)),
            level.legal,
            &mut text,
        );
        (!text.is_empty()).then_some(Label {
            text,
            suffix: level.suffix,
        })
    }
}

/// Stores the level just read into its abstract definition or num override.
fn finish_level(
    level: &mut Option<(usize, Level)>,
    abstract_num: &mut Option<(u32, AbstractNum)>,
    num: &mut Option<(u32, Num)>,
    override_level: Option<usize>,
) {
    let Some((index, l)) = level.take() else {
        return;
    };
    if let (Some((_, n)), Some(_)) = (num.as_mut(), override_level) {
        n.overrides[index].level = Some(l);
    } else if let Some((_, a)) = abstract_num.as_mut() {
        a.levels[index] = Some(l);
    }
}
