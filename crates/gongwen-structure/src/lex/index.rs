//! A word list indexed by first character, for the searches the structurer makes on every
//! line: which word of a list a text equals, and which word a text holds, the earliest in
//! the list's order deciding (the lexicon's tables are ordered most specific first).
//!
//! Why: `list.iter().find(|w| text.contains(w))` sets up one substring search per word of
//! the list; on the ~150 column names and every short line of a document that was a third
//! of the structurer's time (callgrind, 桐溪 notice). Here a text is walked once, and at
//! each character only the words that start with it are compared.

/// The words of a list, grouped by their first character, each with its place in the list.
#[derive(Debug, Default)]
pub(crate) struct WordIndex {
    /// Distinct first characters, sorted, each with the range of its words in `words`.
    starts: Vec<(char, u32, u32)>,
    /// `(place in the list, word)`, grouped by first character, each group in list order.
    words: Vec<(u32, &'static str)>,
    /// The key characters of `starts` again, as a filter: most characters of a text start
    /// (or end) no word, and one load rules them out before the binary search.
    keys: CharSet,
}

impl WordIndex {
    /// Indexes `words` (empty words are left out: they would match everywhere).
    pub(crate) fn of(words: impl IntoIterator<Item = &'static str>) -> WordIndex {
        WordIndex::keyed(words, |w| w.chars().next())
    }

    /// Indexes `words` by the character `key` picks (the first one, or the last one for
    /// a [`SuffixIndex`]).
    fn keyed(
        words: impl IntoIterator<Item = &'static str>,
        key: impl Fn(&str) -> Option<char>,
    ) -> WordIndex {
        let mut all: Vec<(char, u32, &'static str)> = words
            .into_iter()
            .enumerate()
            .filter_map(|(i, w)| Some((key(w)?, u32::try_from(i).ok()?, w)))
            .collect();
        // Stable: within one key character the list's order is kept.
        all.sort_by_key(|(c, _, _)| *c);
        let mut index = WordIndex::default();
        for (c, place, word) in all {
            let at = u32::try_from(index.words.len()).unwrap_or(u32::MAX);
            match index.starts.last_mut() {
                Some((last, _, end)) if *last == c => *end = at + 1,
                _ => {
                    index.starts.push((c, at, at + 1));
                    index.keys.insert(c);
                }
            }
            index.words.push((place, word));
        }
        index
    }

    /// The words keyed by `c`, in list order.
    fn starting_with(&self, c: char) -> &[(u32, &'static str)] {
        if !self.keys.may_contain(c) {
            return &[];
        }
        match self.starts.binary_search_by_key(&c, |(first, _, _)| *first) {
            Ok(k) => {
                let (_, from, to) = self.starts[k];
                self.words.get(from as usize..to as usize).unwrap_or(&[])
            }
            Err(_) => &[],
        }
    }

    /// The words starting with `c`, in list order.
    pub(crate) fn words_starting(&self, c: char) -> impl Iterator<Item = &'static str> + '_ {
        self.starting_with(c).iter().map(|(_, w)| *w)
    }

    /// The place in the list of the first word equal to `text`.
    pub(crate) fn equal(&self, text: &str) -> Option<usize> {
        let c = text.chars().next()?;
        self.starting_with(c)
            .iter()
            .find(|(_, w)| *w == text)
            .map(|(place, _)| *place as usize)
    }

    /// The place in the list of the first word (in list order) that `text` holds and
    /// `keep` accepts.
    pub(crate) fn first_held(&self, text: &str, keep: impl Fn(usize) -> bool) -> Option<usize> {
        let mut best: Option<u32> = None;
        for (at, c) in text.char_indices() {
            let rest = &text[at..];
            for &(place, word) in self.starting_with(c) {
                if best.is_some_and(|b| b <= place) {
                    // Each group is in list order: nothing later in it can win.
                    break;
                }
                if rest.starts_with(word) && keep(place as usize) {
                    best = Some(place);
                    break;
                }
            }
        }
        best.map(|p| p as usize)
    }

    /// The place in the list of the first word (in list order) that `text`, whose first
    /// character is `c`, starts with.
    pub(crate) fn starting(&self, c: char, text: &str) -> Option<usize> {
        self.starting_with(c)
            .iter()
            .find(|(_, w)| text.starts_with(w))
            .map(|(place, _)| *place as usize)
    }

    /// `text` holds a word of the list.
    pub(crate) fn holds_any(&self, text: &str) -> bool {
        text.char_indices().any(|(at, c)| {
            let rest = &text[at..];
            self.starting_with(c)
                .iter()
                .any(|(_, w)| rest.starts_with(w))
        })
    }
}

/// The words of a list grouped by their last character: which words a text ends with, in
/// list order. Why: "does this clause end with a role word" is asked at every clause end of
/// every item, and a search of the ~100 role words with `ends_with` was most of the calls
/// to `memcmp` in the structurer (callgrind, seed notice).
#[derive(Debug, Default)]
pub(crate) struct SuffixIndex(WordIndex);

impl SuffixIndex {
    /// Indexes `words` (empty words are left out).
    pub(crate) fn of(words: impl IntoIterator<Item = &'static str>) -> SuffixIndex {
        SuffixIndex(WordIndex::keyed(words, |w| w.chars().next_back()))
    }

    /// The places in the list of the words `text` ends with, in list order.
    pub(crate) fn endings<'a>(&'a self, text: &'a str) -> impl Iterator<Item = usize> + 'a {
        let group = text
            .chars()
            .next_back()
            .map_or(&[][..], |c| self.0.starting_with(c));
        group
            .iter()
            .filter(move |(_, w)| text.ends_with(w))
            .map(|(place, _)| *place as usize)
    }
}

/// A small set of characters, asked at every character of a text: a 4,096-bit filter by
/// the character's low bits answers most asks in one load; the few it lets through are
/// checked against the list. (A linear search of the list was 9% of the structurer on the
/// seed notice.)
#[derive(Debug)]
pub(crate) struct CharSet {
    filter: Box<[u64; 64]>,
    chars: Vec<char>,
}

impl Default for CharSet {
    fn default() -> Self {
        CharSet {
            filter: Box::new([0; 64]),
            chars: Vec::new(),
        }
    }
}

impl CharSet {
    /// The set of `chars`.
    pub(crate) fn of(chars: impl IntoIterator<Item = char>) -> CharSet {
        let mut set = CharSet::default();
        for c in chars {
            set.insert(c);
        }
        set
    }

    fn bit(c: char) -> (usize, u64) {
        let n = c as usize & 4095;
        (n / 64, 1 << (n % 64))
    }

    pub(crate) fn insert(&mut self, c: char) {
        if !self.chars.contains(&c) {
            self.chars.push(c);
            let (word, bit) = CharSet::bit(c);
            self.filter[word] |= bit;
        }
    }

    /// `c` may be in the set (the filter alone: no false negatives).
    fn may_contain(&self, c: char) -> bool {
        let (word, bit) = CharSet::bit(c);
        self.filter[word] & bit != 0
    }

    pub(crate) fn contains(&self, c: char) -> bool {
        self.may_contain(c) && self.chars.contains(&c)
    }

    /// `text` holds a character of the set.
    pub(crate) fn any_in(&self, text: &str) -> bool {
        text.chars().any(|c| self.contains(c))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIST: &[&str] = &[
        "进度安排",
        "进度",
        "单位",
        "责任单位",
        "时限",
        "",
        "单位名称",
    ];

    fn index() -> WordIndex {
        WordIndex::of(LIST.iter().copied())
    }

    /// The plain search the index stands for.
    fn first_held_plain(text: &str, keep: impl Fn(usize) -> bool) -> Option<usize> {
        LIST.iter()
            .enumerate()
            .position(|(i, w)| !w.is_empty() && text.contains(w) && keep(i))
    }

    #[test]
    fn equal_finds_the_first_equal_word() {
        let ix = index();
        assert_eq!(ix.equal("单位"), Some(2));
        assert_eq!(ix.equal("责任单位"), Some(3));
        assert_eq!(ix.equal("责任"), None);
        assert_eq!(ix.equal(""), None);
    }

    #[test]
    fn first_held_is_the_earliest_in_list_order_not_in_the_text() {
        let ix = index();
        // 单位 stands before 进度 in the text; 进度 comes first in the list.
        assert_eq!(ix.first_held("单位进度", |_| true), Some(1));
        assert_eq!(ix.first_held("工作进度安排", |_| true), Some(0));
        assert_eq!(ix.first_held("责任单位", |_| true), Some(2));
        assert_eq!(
            ix.first_held("责任单位", |p| LIST[p].chars().count() >= 4),
            Some(3)
        );
        assert_eq!(ix.first_held("备注", |_| true), None);
        for text in ["", "牵头单位名称", "时限要求", "进 度", "完成时限（进度）"]
        {
            for min in [0, 3, 4] {
                let keep = |p: usize| LIST[p].chars().count() >= min;
                assert_eq!(
                    ix.first_held(text, keep),
                    first_held_plain(text, keep),
                    "{text} {min}"
                );
            }
        }
    }

    #[test]
    fn holds_any_is_a_substring_search_of_every_word() {
        let ix = index();
        for (text, want) in [
            ("工作进展", false),
            ("完成时限", true),
            ("", false),
            ("单", false),
        ] {
            assert_eq!(ix.holds_any(text), want, "{text}");
        }
    }
}
