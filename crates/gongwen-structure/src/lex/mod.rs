//! The lexicon: every word of the domain the structurer knows, in one place, as typed
//! records — a word, what kind of word it is, and the role it gives. The code reads these
//! tables (or the lists derived from them); it holds no word list of its own, and the tests
//! below check that the tables are consistent.
//!
//! | module | words |
//! |---|---|
//! | [`roles`] | role words (牵头, 配合, 负责 …), the names of a task's fields as column headers and labels (责任单位, 牵头单位：, 完成时限), marker words, 下同 / 同上 |
//! | [`organs`] | organ endings (局, 委员会 …), levels of government (县 市 区 …) and words that only look like places, collectives, open tails (等相关部门), official titles, a 纪要's group words and meeting kinds |
//! | [`deadlines`] | recurring, ongoing and start words, years counted from the document's (次年, 翌年), year ends, half years, what opens a deadline phrase in running text |
//! | [`chrome`] | rules and page numbers, a website's chrome words, chrome labels, breadcrumbs, site names |
//! | [`meta`] | metadata keys of websites and HTML `<meta>` names, and the header field each fills |
//! | [`document`] | 文种, title words (印发, 转发 …), 紧急程度 and 密级, publicity phrases, attachment words, a 纪要's labels, the words that tell numbers from labels |
//! | [`closing`] | the clauses of closing formulas (特此通知, 请批示, 请认真贯彻执行) |
//! | [`brackets`] | bracket pairs and what each may enclose |
//!
//! [`index`] is no table: it indexes a table's words by first character for the searches
//! made on every line.
//!
//! How to add a word (a chrome pattern, a marker form, a unit suffix, a deadline phrase)
//! is in the crate docs, section "Adding a word".

pub(crate) mod brackets;
pub(crate) mod chrome;
pub(crate) mod closing;
pub(crate) mod deadlines;
pub(crate) mod document;
pub(crate) mod index;
pub(crate) mod meta;
pub(crate) mod organs;
pub(crate) mod roles;

/// Builds every table derived from the lexicon now (they are built on first use
/// otherwise). See [`crate::warm_up`].
pub(crate) fn warm_up() {
    roles::warm_up();
    chrome::warm_up();
    meta::warm_up();
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    /// The words of `table` that appear more than once.
    fn duplicates<'a>(table: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
        let mut seen = BTreeSet::new();
        table.into_iter().filter(|w| !seen.insert(*w)).collect()
    }

    #[test]
    fn no_word_twice_in_a_table() {
        let tables: Vec<(&str, Vec<&str>)> = vec![
            ("roles", roles::ROLE_WORDS.iter().map(|w| w.word).collect()),
            (
                "field names",
                roles::FIELD_NAMES.iter().map(|w| w.word).collect(),
            ),
            ("marker words", roles::MARKER_WORDS.to_vec()),
            (
                "assigning words",
                roles::ASSIGNING.iter().map(|w| w.word).collect(),
            ),
            ("meeting leads", roles::MEETING_LEADS.to_vec()),
            ("organ suffixes", organs::ORGAN_SUFFIXES.to_vec()),
            ("not places", organs::NOT_PLACES.to_vec()),
            ("collective starts", organs::COLLECTIVE_STARTS.to_vec()),
            ("collective words", organs::COLLECTIVE_WORDS.to_vec()),
            ("own-level endings", organs::OWN_LEVEL_ENDINGS.to_vec()),
            ("own-level starts", organs::OWN_LEVEL_STARTS.to_vec()),
            ("own-level words", organs::OWN_LEVEL_WORDS.to_vec()),
            ("open tails", organs::OPEN_TAIL_NOUNS.to_vec()),
            ("titles", organs::TITLE_ENDINGS.to_vec()),
            ("group words", organs::GROUP_WORDS.to_vec()),
            ("meeting kinds", organs::MEETING_KINDS.to_vec()),
            (
                "deadline words",
                deadlines::DEADLINE_WORDS.iter().map(|w| w.word).collect(),
            ),
            (
                "chrome words",
                chrome::CHROME_WORDS.iter().map(|w| w.word).collect(),
            ),
            (
                "chrome labels",
                chrome::CHROME_LABELS.iter().map(|w| w.word).collect(),
            ),
            ("breadcrumbs", chrome::BREADCRUMBS.to_vec()),
            ("site endings", chrome::SITE_ENDINGS.to_vec()),
            ("plan words", document::PLAN_WORDS.to_vec()),
            ("carry phrases", document::CARRY_PHRASES.to_vec()),
            (
                "metadata keys",
                meta::META_KEYS.iter().map(|k| k.key).collect(),
            ),
            (
                "title words",
                document::TITLE_WORDS.iter().map(|w| w.word).collect(),
            ),
            (
                "publicity",
                document::PUBLICITY.iter().map(|w| w.word).collect(),
            ),
            (
                "meeting labels",
                document::MEETING_LABELS.iter().map(|w| w.0).collect(),
            ),
            ("grades", document::GRADE_WORDS.to_vec()),
            ("references", document::REFERENCE_STARTS.to_vec()),
            ("introducers", document::NUMBER_INTRODUCERS.to_vec()),
            ("closing what", closing::SPECIAL_WHAT.to_vec()),
            ("requests", closing::REQUESTS.to_vec()),
            ("instruction ends", closing::INSTRUCTION_ENDS.to_vec()),
            ("opener subjects", closing::OPENER_SUBJECTS.to_vec()),
            ("opener questions", closing::OPENER_QUESTIONS.to_vec()),
        ];
        for (name, words) in tables {
            assert!(!words.is_empty(), "{name} is empty");
            assert_eq!(
                duplicates(words.iter().copied()),
                Vec::<&str>::new(),
                "{name}"
            );
            assert!(words.iter().all(|w| !w.is_empty()), "{name}: an empty word");
        }
        let brackets: Vec<char> = brackets::BRACKETS
            .iter()
            .flat_map(|b| [b.open, b.close])
            .collect();
        let unique: BTreeSet<char> = brackets.iter().copied().collect();
        assert_eq!(unique.len(), brackets.len(), "a bracket in two pairs");
    }

    /// The first role word a group ends with is taken: a word that ends with another must
    /// come before it, or "牵头负责" would be read as 负责.
    #[test]
    fn role_words_longest_first() {
        let words: Vec<&roles::RoleWord> = roles::role_words().collect();
        for (i, a) in words.iter().enumerate() {
            for b in &words[i + 1..] {
                assert!(
                    !b.word.ends_with(a.word),
                    "{} must come before {}",
                    b.word,
                    a.word
                );
            }
        }
    }

    /// The role words indexed by their first and last characters find each of them (the
    /// first in the list's order: itself, or a longer word it ends or starts), and find
    /// none in a plain name; the first characters gathered from the labels rule out none
    /// of them, and rule out a plain name.
    #[test]
    fn word_ends_cover_their_words() {
        let label_ends = roles::label_ends();
        let words: Vec<&roles::RoleWord> = roles::role_words().collect();
        for (i, w) in words.iter().enumerate() {
            let ending = roles::role_word_ending(w.word).map(|e| e.word);
            assert_eq!(
                ending,
                words[..=i]
                    .iter()
                    .map(|e| e.word)
                    .find(|e| w.word.ends_with(e))
            );
            let starting = roles::role_word_starting(w.word).map(|e| e.word);
            assert_eq!(
                starting,
                words[..=i]
                    .iter()
                    .map(|e| e.word)
                    .find(|e| w.word.starts_with(e))
            );
            assert!(roles::holds_role_word(w.word));
        }
        assert_eq!(
            roles::role_word_ending("由县财政局牵头负责").map(|w| w.word),
            Some("牵头负责")
        );
        assert_eq!(roles::role_words_ending("县财政局负责").count(), 1);
        for n in roles::labels() {
            assert!(label_ends.may_start(n.word), "{}", n.word);
        }
        assert!(roles::role_word_ending("县财政局").is_none());
        assert!(roles::role_word_starting("县财政局").is_none());
        assert!(!roles::holds_role_word("县财政局"));
        assert!(!label_ends.may_start("县财政局"));
        assert!(!label_ends.may_start(""));
    }

    /// Every role word and unit label holds a marker word, or an item printing it would
    /// never be read for markers.
    #[test]
    fn marker_words_cover_roles_and_unit_labels() {
        let unit_labels = roles::labels()
            .filter(|n| matches!(n.field, roles::Field::Units(_)))
            .map(|n| n.word);
        let words = roles::role_words().map(|w| w.word).chain(unit_labels);
        for word in words {
            assert!(
                roles::MARKER_WORDS.iter().any(|m| word.contains(m)),
                "{word} holds no marker word"
            );
        }
    }

    /// Every character of a word that opens a deadline phrase is a phrase character (the
    /// 内 of 年内 ends the phrase and is read there), or the phrase would be cut short.
    #[test]
    fn phrase_characters_cover_the_openers() {
        for w in deadlines::DEADLINE_WORDS.iter().filter(|w| w.opens) {
            let body = w.word.strip_suffix('内').unwrap_or(w.word);
            for c in body.chars() {
                assert!(
                    deadlines::PHRASE_CHARS.contains(c),
                    "{c} of {} is not in PHRASE_CHARS",
                    w.word
                );
            }
        }
    }

    /// A publicity phrase holding another comes first, or the shorter would be taken.
    #[test]
    fn publicity_longest_first() {
        let phrases = &document::PUBLICITY;
        for (i, a) in phrases.iter().enumerate() {
            for b in &phrases[i + 1..] {
                assert!(
                    !b.word.contains(a.word),
                    "{} must come before {}",
                    b.word,
                    a.word
                );
            }
        }
    }

    /// Each header field a metadata key fills has keys, and the keys printed in metadata
    /// blocks are the web filter's labels.
    #[test]
    fn metadata_keys_fill_fields() {
        use meta::HeaderField::*;
        for field in [DocNumber, Issuers, Date, Title, Publicity] {
            assert!(meta::keys_of(field).next().is_some(), "{field:?}");
        }
        assert_eq!(
            meta::keys_of(DocNumber).collect::<Vec<_>>(),
            ["发文字号", "文件编号", "文号", "字号"]
        );
        assert!(meta::printed().any(|k| k.key == "公开属性"));
        assert!(!meta::printed().any(|k| k.key == "ArticleTitle"));
    }

    /// The 文种 are the model's, so that a title's 文种 and the JSON's agree.
    #[test]
    fn doc_types_are_the_models() {
        for (ty, name) in document::DOC_TYPES {
            assert_eq!(ty.as_str(), name);
        }
    }

    /// The levels that end places are the characters that end 平阴县, 济南市.
    #[test]
    fn levels() {
        let ends: String = organs::LEVELS
            .iter()
            .filter(|l| l.ends_place)
            .map(|l| l.ch)
            .collect();
        assert_eq!(ends, "县市区省州盟旗");
        assert!(organs::level('镇').is_some_and(|l| !l.ends_place));
        assert!(organs::level('局').is_none());
    }

    /// Every bracket that may enclose a marker or group names keeps a name whole too.
    #[test]
    fn bracket_uses_nest() {
        for b in brackets::BRACKETS {
            if b.groups || b.marker {
                assert!(b.names, "{}{}", b.open, b.close);
            }
        }
        assert!(brackets::opens_marker('〔') && brackets::closes_marker('〕'));
        assert!(!brackets::opens_group('《') && brackets::opens_name('《'));
        assert!(brackets::opens_year('〘') && !brackets::opens_name('〘'));
        assert!(!brackets::opens_name('县'));
    }

    /// Where a table is searched in order and the first word a text starts with is taken,
    /// a word that starts with another must come first.
    #[test]
    fn prefix_tables_longest_first() {
        let tables: [(&str, Vec<&str>); 3] = [
            ("year closers", deadlines::YEAR_CLOSERS.to_vec()),
            (
                "month parts",
                deadlines::MONTH_PARTS.iter().map(|p| p.0).collect(),
            ),
            (
                "divisions",
                document::DIVISIONS.iter().map(|d| d.0).collect(),
            ),
        ];
        for (name, words) in tables {
            for (i, a) in words.iter().enumerate() {
                for b in &words[i + 1..] {
                    assert!(!b.starts_with(a), "{name}: {b} must come before {a}");
                }
            }
        }
    }

    /// The one-character prefilters rule out only texts that hold none of their words.
    #[test]
    fn prefilters_cover_their_words() {
        for w in organs::COLLECTIVE_WORDS {
            assert!(
                w.chars().any(|c| organs::COLLECTIVE_CHARS.contains(&c)),
                "{w}"
            );
        }
        for w in organs::OWN_LEVEL_WORDS {
            let first = w.chars().next().unwrap_or(' ');
            assert!(organs::level(first).is_some(), "{w}");
        }
        let closers = closing::SPECIAL_LEADS
            .iter()
            .chain(&closing::SPECIAL_LINES)
            .chain(&closing::REQUESTS)
            .chain(&closing::PASS_ON);
        for w in closers {
            assert!(
                w.chars().any(|c| closing::CLOSING_CHARS.contains(&c)),
                "{w}"
            );
        }
        for c in closing::INSTRUCTION_STARTS {
            assert!(closing::CLOSING_CHARS.contains(&c), "{c}");
        }
        let attachment_words = [document::ATTACHMENT]
            .into_iter()
            .chain(document::ATTACHMENT_ALONE)
            .chain(document::ATTACHMENT_NOTE);
        for w in attachment_words {
            assert!(w.starts_with('附'), "{w}");
        }
    }
}
