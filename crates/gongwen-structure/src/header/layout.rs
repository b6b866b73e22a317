//! Which GB/T 9704-2012 format a document is printed in (§10): 信函 (letters), 命令（令）
//! (orders), 纪要 (minutes), or the general 文件格式.
//!
//! Every rule needs a printed line as evidence; without one the format is `general`.

use gongwen_model::{DocType, Layout, Loc};

use crate::header::front::Front;
use crate::lex::document::HEADER_MARK;

/// The facts the format is decided from.
pub(crate) struct Evidence<'a> {
    pub front: &'a Front,
    pub doc_type: Option<DocType>,
    /// True for 印发 / 转发 titles: "关于印发…会议纪要的通知" is not a 纪要.
    pub transmittal: bool,
}

/// The GB/T 9704 format and the line that shows it (none for `general`).
pub(crate) fn detect_layout(ev: &Evidence<'_>) -> (Layout, Option<Loc>) {
    let front = ev.front;
    if let Some(loc) = front.order_mark {
        return (Layout::Order, Some(loc));
    }
    // A header ending in 文件 is the 文件格式 whatever the rest says.
    if front
        .issuer_mark
        .as_ref()
        .is_some_and(|m| m.value.ends_with(HEADER_MARK))
    {
        return (Layout::General, None);
    }
    if let Some(title) = &front.title
        && ev.doc_type == Some(DocType::Minutes)
        && !ev.transmittal
    {
        return (Layout::Minutes, Some(title.loc));
    }
    if let Some(number) = &front.doc_number
        && number.value.prefix.contains('函')
    {
        return (Layout::Letter, Some(number.loc));
    }
    if let Some(title) = &front.title
        && ev.doc_type == Some(DocType::Letter)
        && !ev.transmittal
    {
        return (Layout::Letter, Some(title.loc));
    }
    (Layout::General, None)
}

#[cfg(test)]
mod tests {
    use gongwen_model::{DocNumber, IssueNumber};

    use super::*;
    use crate::text::at::At;

    fn front_with(
        order: bool,
        mark: Option<&str>,
        number: Option<(&str, u32, Option<u16>)>,
    ) -> Front {
        Front {
            order_mark: order.then(|| Loc::block(0)),
            issuer_mark: mark.map(|m| At::new(m.to_owned(), Loc::block(0))),
            issue_number: number.map(|(raw, serial, year)| {
                let mut number = IssueNumber::new(raw, serial);
                number.year = year;
                At::new(number, Loc::block(1))
            }),
            ..Front::default()
        }
    }

    fn doc_number(prefix: &str) -> DocNumber {
        DocNumber::new(format!("{prefix}〔2024〕5号"), prefix, 2024, 5)
    }

    #[test]
    fn layouts() {
        struct Case {
            what: &'static str,
            front: Front,
            number: Option<&'static str>,
            title: Option<&'static str>,
            want: Layout,
        }
        let case = |what, front, number, title, want| Case {
            what,
            front,
            number,
            title,
            want,
        };
        let cases = [
            case(
                "order mark",
                front_with(true, Some("云岫市人民政府令"), Some(("第27号", 27, None))),
                None,
                None,
                Layout::Order,
            ),
            case(
                "minutes title",
                front_with(false, None, Some(("第6期", 6, None))),
                None,
                Some("栖川县人民政府常务会议纪要"),
                Layout::Minutes,
            ),
            case(
                "a notice printing minutes is a notice",
                Front::default(),
                Some("栖政办发"),
                Some("关于印发县政府第5次常务会议纪要的通知"),
                Layout::General,
            ),
            case(
                "函 in the organ code",
                Front::default(),
                Some("国办函"),
                Some("国务院办公厅关于印发试点工作方案的通知"),
                Layout::Letter,
            ),
            case(
                "a 复函 without a number",
                Front::default(),
                None,
                Some("关于同意设立分校区的复函"),
                Layout::Letter,
            ),
            case(
                "a 函 under a 文件 header",
                front_with(false, Some("桐岭县人民政府文件"), None),
                Some("桐政函"),
                Some("关于同意设立分校区的复函"),
                Layout::General,
            ),
            case(
                "an ordinary notice",
                front_with(false, Some("平阴县人民政府办公室"), None),
                Some("平政办字"),
                Some("关于印发2024年政务公开工作要点的通知"),
                Layout::General,
            ),
            case(
                "a 命令 title without the header",
                Front::default(),
                Some("国发"),
                Some("国务院关于授予某部荣誉称号的命令"),
                Layout::General,
            ),
            case(
                "nothing at all",
                Front::default(),
                None,
                None,
                Layout::General,
            ),
        ];
        for c in cases {
            let title = c.title;
            let front = Front {
                doc_number: c.number.map(|n| At::new(doc_number(n), Loc::block(1))),
                title: title.map(|t| At::new(t.to_owned(), Loc::block(2))),
                ..c.front
            };
            let ev = Evidence {
                front: &front,
                doc_type: title.and_then(crate::header::title::doc_type_of),
                transmittal: title.is_some_and(|t| t.contains("印发") || t.contains("转发")),
            };
            let (layout, loc) = detect_layout(&ev);
            assert_eq!(layout, c.want, "{}", c.what);
            assert_eq!(loc.is_some(), layout != Layout::General, "{}", c.what);
        }
    }
}
