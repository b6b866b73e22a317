//! A task field's label at the start of a text ("牵头单位：…", "完成时限：…", "配合股室:…"):
//! the marker reader cuts a list at one, and the line joiner never runs one onto the
//! line before it.

use crate::lex::roles::{self, Field};
use crate::text::chars::is_space;

/// The field a label at the start of `s` names (white space allowed before its colon),
/// and the text after the colon.
pub(crate) fn field_label_at(s: &str) -> Option<(Field, &str)> {
    if !roles::label_ends().may_start(s) {
        return None;
    }
    roles::labels().find_map(|name| {
        let rest = s.strip_prefix(name.word)?;
        let rest = rest
            .trim_start_matches(is_space)
            .strip_prefix(['：', ':'])?;
        Some((name.field, rest))
    })
}

#[cfg(test)]
mod tests {
    use gongwen_model::UnitRole;

    use super::*;

    #[test]
    fn labels_at_the_start() {
        let cases: &[(&str, Option<Field>, &str)] = &[
            (
                "牵头单位：县发改局",
                Some(Field::Units(Some(UnitRole::Lead))),
                "县发改局",
            ),
            ("完成时限 ：6月底前", Some(Field::Deadline), "6月底前"),
            // Composed from a role and a kind of office.
            (
                "配合股室：房管股",
                Some(Field::Units(Some(UnitRole::Support))),
                "房管股",
            ),
            (
                "协同单位:县财政局",
                Some(Field::Units(Some(UnitRole::Support))),
                "县财政局",
            ),
            ("责任处室：法规处", Some(Field::Units(None)), "法规处"),
            // No colon, or not at the start: no label.
            ("牵头单位县发改局", None, ""),
            ("由牵头单位：县发改局", None, ""),
            ("各单位：", None, ""),
        ];
        for (text, field, rest) in cases {
            let got = field_label_at(text);
            assert_eq!(got.map(|(f, _)| f), *field, "{text}");
            if let Some((_, r)) = got {
                assert_eq!(r, *rest, "{text}");
            }
        }
    }
}
