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
}

impl WordIndex {
    /// Indexes `words` (empty words are left out: they would match everywhere).
    pub(crate) fn of(words: impl IntoIterator<Item = &'static str>) -> WordIndex {
        let mut all: Vec<(char, u32, &'static str)> = words
            .into_iter()
            .enumerate()
            .filter_map(|(i, w)| Some((w.chars().next()?, u32::try_from(i).ok()?, w)))
            .collect();
        // Stable: within one first character the list's order is kept.
        all.sort_by_key(|(c, _, _)| *c);
        let mut index = WordIndex::default();
        for (c, place, word) in all {
            let at = u32::try_from(index.words.len()).unwrap_or(u32::MAX);
            match index.starts.last_mut() {
                Some((last, _, end)) if *last == c => *end = at + 1,
                _ => index.starts.push((c, at, at + 1)),
            }
            index.words.push((place, word));
        }
        index
    }

    /// The words starting with `c`, in list order.
    fn starting_with(&self, c: char) -> &[(u32, &'static str)] {
        match self.starts.binary_search_by_key(&c, |(first, _, _)| *first) {
            Ok(k) => {
                let (_, from, to) = self.starts[k];
                self.words.get(from as usize..to as usize).unwrap_or(&[])
            }
            Err(_) => &[],
        }
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
