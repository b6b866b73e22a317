//! Brackets and quotation marks, half and full width, and what each may enclose.

/// A pair of brackets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Bracket {
    pub open: char,
    pub close: char,
    /// Keeps a unit's name whole in a list: nothing splits inside "各镇（街道）" or
    /// "《条例》".
    pub names: bool,
    /// Groups words in a line of names or a list (主送机关, attendance lists).
    pub groups: bool,
    /// May enclose a responsibility marker: "（牵头单位：县发改局）", "〔…〕".
    pub marker: bool,
    /// May enclose the year of a 发文字号 or 令号: "平政办字〔2024〕4号", "国办发（2018）126号".
    pub year: bool,
}

/// The uses of a pair, in the order of [`Bracket`]'s fields.
const fn pair(open: char, close: char, uses: [bool; 4]) -> Bracket {
    let [names, groups, marker, year] = uses;
    Bracket {
        open,
        close,
        names,
        groups,
        marker,
        year,
    }
}

/// Brackets: (open, close, [names, groups, marker, year]).
pub(crate) const BRACKETS: [Bracket; 17] = [
    pair('（', '）', [true, true, true, true]),
    pair('(', ')', [true, true, true, true]),
    pair('【', '】', [true, true, true, true]),
    pair('[', ']', [true, true, true, true]),
    pair('〔', '〕', [true, true, true, true]),
    pair('［', '］', [true, false, true, true]),
    pair('〖', '〗', [true, false, false, true]),
    pair('﹝', '﹞', [true, false, false, true]),
    pair('⦗', '⦘', [false, false, false, true]),
    pair('〘', '〙', [false, false, false, true]),
    pair('《', '》', [true, false, false, false]),
    pair('〈', '〉', [true, false, false, false]),
    pair('「', '」', [true, false, false, false]),
    pair('『', '』', [true, false, false, false]),
    pair('“', '”', [true, false, false, false]),
    pair('‘', '’', [true, false, false, false]),
    pair('{', '}', [true, false, false, false]),
];

fn opens(c: char, use_: impl Fn(&Bracket) -> bool) -> bool {
    !is_ideograph(c) && BRACKETS.iter().any(|b| b.open == c && use_(b))
}

fn closes(c: char, use_: impl Fn(&Bracket) -> bool) -> bool {
    !is_ideograph(c) && BRACKETS.iter().any(|b| b.close == c && use_(b))
}

/// Most characters tested are ideographs, and no bracket is one: they are ruled out
/// before the table is searched.
fn is_ideograph(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// Opens a part of a unit list that is never split.
pub(crate) fn opens_name(c: char) -> bool {
    opens(c, |b| b.names)
}

/// Closes a part of a unit list that is never split.
pub(crate) fn closes_name(c: char) -> bool {
    closes(c, |b| b.names)
}

/// Opens a group in a line of names.
pub(crate) fn opens_group(c: char) -> bool {
    opens(c, |b| b.groups)
}

/// Closes a group in a line of names.
pub(crate) fn closes_group(c: char) -> bool {
    closes(c, |b| b.groups)
}

/// Opens a responsibility marker.
pub(crate) fn opens_marker(c: char) -> bool {
    opens(c, |b| b.marker)
}

/// Closes a responsibility marker.
pub(crate) fn closes_marker(c: char) -> bool {
    closes(c, |b| b.marker)
}

/// Opens the year of a 发文字号.
pub(crate) fn opens_year(c: char) -> bool {
    opens(c, |b| b.year)
}

/// Closes the year of a 发文字号.
pub(crate) fn closes_year(c: char) -> bool {
    closes(c, |b| b.year)
}
