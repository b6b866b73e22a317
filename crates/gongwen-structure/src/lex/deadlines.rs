//! Deadlines (完成时限): the words that make a deadline recurring (每年), ongoing (长期坚持),
//! a start rather than an end (2024年6月起), that count years from the document's (次年),
//! close a year (年底), or name a half year (上半年); and what opens a deadline phrase in
//! running text ("**翌年**6月底前完成").

/// What a deadline word says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sense {
    /// Work repeated on a schedule: no single due date (每年, 每季度, 定期).
    Recurring,
    /// Continuous work without a due date (长期, 持续, 常态化).
    Ongoing,
    /// After a date: the work starts then ("2024年6月起").
    Start,
    /// A year counted from the document's (or the last written) year: 次年 +1, 今年 0.
    Year(u16),
    /// The end of the year (年底, 年内).
    YearEnd,
    /// A half year, ending on this month and day (上半年 → 6-30).
    HalfYear(u8, u8),
    /// 第 before an ordinal (第三季度): only opens a phrase.
    Ordinal,
}

/// A deadline word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DeadlineWord {
    pub word: &'static str,
    pub sense: Sense,
    /// May open a deadline phrase in running text ("年底前完成", "次年3月底前").
    pub opens: bool,
    /// States a task's deadline in running text when no date does ("每季度更新一次",
    /// "此项工作长期坚持"); words that are only prose there ("定期公开", "持续推进…") are not.
    pub said: bool,
}

const fn word(word: &'static str, sense: Sense) -> DeadlineWord {
    DeadlineWord {
        word,
        sense,
        opens: false,
        said: false,
    }
}

const fn opens(word: &'static str, sense: Sense) -> DeadlineWord {
    DeadlineWord {
        word,
        sense,
        opens: true,
        said: false,
    }
}

const fn said(word: &'static str, sense: Sense) -> DeadlineWord {
    DeadlineWord {
        word,
        sense,
        opens: false,
        said: true,
    }
}

use Sense::{HalfYear, Ongoing, Ordinal, Recurring, Start, Year, YearEnd};

/// Deadline words.
pub(crate) const DEADLINE_WORDS: &[DeadlineWord] = &[
    // 按年 is left out: "按年底前完成" is a plain deadline.
    said("每年", Recurring),
    said("每季", Recurring),
    said("每月", Recurring),
    said("每半年", Recurring),
    said("每周", Recurring),
    word("每星期", Recurring),
    word("每学期", Recurring),
    word("每学年", Recurring),
    word("每日", Recurring),
    word("每天", Recurring),
    said("每旬", Recurring),
    said("每双月", Recurring),
    word("每两", Recurring),
    word("每三", Recurring),
    said("每个月", Recurring),
    said("每个季度", Recurring),
    word("每个工作日", Recurring),
    word("定期", Recurring),
    word("逐年", Recurring),
    word("逐月", Recurring),
    said("按月", Recurring),
    said("按季", Recurring),
    word("按周", Recurring),
    word("按半年", Recurring),
    word("按学期", Recurring),
    word("周期性", Recurring),
    said("长期坚持", Ongoing),
    said("长期开展", Ongoing),
    said("长期推进", Ongoing),
    word("长期", Ongoing),
    word("持续", Ongoing),
    word("常态", Ongoing),
    word("长效", Ongoing),
    word("常年", Ongoing),
    word("经常", Ongoing),
    word("日常", Ongoing),
    word("不间断", Ongoing),
    word("久久为功", Ongoing),
    word("始终", Ongoing),
    word("起", Start),
    word("开始", Start),
    word("以来", Start),
    word("以后", Start),
    word("之后", Start),
    opens("次年", Year(1)),
    opens("明年", Year(1)),
    opens("翌年", Year(1)),
    opens("下一年", Year(1)),
    opens("下年", Year(1)),
    opens("今年", Year(0)),
    opens("本年", Year(0)),
    opens("当年", Year(0)),
    opens("年底", YearEnd),
    opens("年末", YearEnd),
    opens("年内", YearEnd),
    word("全年", YearEnd),
    word("年度内", YearEnd),
    word("年度末", YearEnd),
    word("年度底", YearEnd),
    word("年终", YearEnd),
    opens("上半年", HalfYear(6, 30)),
    opens("下半年", HalfYear(12, 31)),
    opens("第", Ordinal),
];

/// The words of one sense, in table order.
pub(crate) fn words(sense: fn(Sense) -> bool) -> impl Iterator<Item = &'static DeadlineWord> {
    DEADLINE_WORDS.iter().filter(move |w| sense(w.sense))
}

/// Characters a deadline phrase in running text is made of, read backwards from its 前
/// (or the 内 of 年内): Chinese numerals, the date words, and every character of the
/// words that open a phrase (a test checks that none is missing).
pub(crate) const PHRASE_CHARS: &str =
    "〇○零一二三四五六七八九十年月日号底末初中上下旬半季度次明今本当第翌";

/// What closes a written year at its last day: 2024年**底**, 2024年**度内**, 2024年**终**.
/// A word that starts with another comes first.
pub(crate) const YEAR_CLOSERS: [&str; 8] = ["度内", "度末", "度底", "度", "底", "末", "内", "终"];

/// Parts of a month and the day each ends on (none: the month's last): 6月**底**, 6月
/// **中旬** → 20. A word that starts with another comes first (中旬 before 中).
pub(crate) const MONTH_PARTS: [(&str, Option<u8>); 7] = [
    ("底", None),
    ("末", None),
    ("上旬", Some(10)),
    ("中旬", Some(20)),
    ("下旬", None),
    ("初", Some(10)),
    ("中", Some(15)),
];

/// A deadline phrase in running text ends in 前 after one of these ("6月底前", "6月30日前",
/// "三季度前"), or in 年内.
pub(crate) const DUE_BEFORE: [char; 7] = ['底', '末', '日', '号', '月', '旬', '度'];

/// … or at one of these when a [`DUE_VERBS`] word follows: "2024年**底**建成", "9**月**完成".
pub(crate) const DUE_AT: [char; 5] = ['底', '末', '日', '号', '月'];

/// Words of finishing that make the date before them a deadline in running text ("年底
/// **建成**", "9月**完成**验收"); a date followed by anything else ("到2025年底，覆盖率…")
/// is a target's horizon, not a deadline.
pub(crate) const DUE_VERBS: [&str; 9] = [
    "完成",
    "建成",
    "完工",
    "竣工",
    "投用",
    "投入使用",
    "实现",
    "出台",
    "上线",
];
