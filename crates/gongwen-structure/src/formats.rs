//! The GB/T 9704-2012 special formats (§10): 信函 (letters), 命令（令） (orders) and 纪要
//! (minutes). The header lines only they print (the "XX市人民政府令" mark, the 令号 or
//! 期号, the 纪要's organ-and-date line) and the rules that name a document's format.
//!
//! Every rule needs a printed line as evidence; without one the format is `general`.

use gongwen_model::{DocNumber, DocType, IssueNumber, Layout, Loc};

use crate::date::{Ymd, find_date};
use crate::front::{Front, split_names};
use crate::minutes::is_meeting_line;
use crate::numerals::parse_number;
use crate::para::{is_organ_name, is_space, squeeze};
use crate::person::is_title;

/// Longest organ name taken before 令 in an order's header (characters).
const MAX_ORDER_ORGAN: usize = 40;
/// Longest line read as a 纪要's organ-and-date line (characters).
const MAX_DATE_LINE: usize = 60;

/// What a header line of a special format is.
pub(crate) enum HeaderLine {
    /// The line was read into `front`.
    Taken,
    /// The line starts the body (a 纪要's "时间：" or "出席：" line under its title).
    Ends,
    /// Not a line of a special format.
    Other,
}

/// Reads a header line that only the special formats print. `title_started` tells
/// whether title lines were read already, `minutes_title` whether the last one ends in
/// 纪要: a 纪要's number and date lines are only looked for under such a title, so that
/// other documents keep their headers as before.
pub(crate) fn header_line(
    t: &str,
    loc: Loc,
    title_started: bool,
    minutes_title: bool,
    front: &mut Front,
) -> HeaderLine {
    if !title_started && front.issuer_mark.is_none() && front.order_mark.is_none() {
        if let Some((organs, number)) = order_header(t) {
            front.order_mark = Some(loc);
            front.header_issuers = organs;
            front.header_issuers_loc = Some(loc);
            front.issuer_mark = Some((t.trim_matches(is_space).to_owned(), loc));
            if let Some(n) = number {
                front.issue_number = Some((n, loc));
            }
            return HeaderLine::Taken;
        }
    }
    if (front.order_mark.is_some() || minutes_title) && front.issue_number.is_none() {
        if let Some(n) = issue_number(t) {
            front.issue_number = Some((n, loc));
            return HeaderLine::Taken;
        }
    }
    if minutes_title {
        if front.header_date.is_none() {
            if let Some((date, organs)) = header_date(t) {
                front.header_date = Some((date, organs, loc));
                return HeaderLine::Taken;
            }
        }
        if is_meeting_line(t) {
            return HeaderLine::Ends;
        }
    }
    HeaderLine::Other
}

/// The header of a 令: the organ's name and 令 or 命令, the 令号 possibly on the same line:
/// "云岫市人民政府令", "中华人民共和国主席令　第十二号". Returns the organs and the number.
/// A title ("关于…的命令") or a named order ("XX县人民政府禁渔令") is not a header.
pub(crate) fn order_header(t: &str) -> Option<(Vec<String>, Option<IssueNumber>)> {
    let line = t.trim_matches(is_space);
    if line.contains("关于") || line.contains(['，', '。', '：', ':', '《', '“']) {
        return None;
    }
    // A 令号 after the mark, in brackets ("（第27号）") or not ("　第27号").
    let number_at = [line.rfind(['（', '(']), line.rfind('第')]
        .into_iter()
        .flatten()
        .find_map(|pos| issue_number(&line[pos..]).map(|n| (pos, n)));
    let (head, number) = match number_at {
        Some((pos, n)) => (line[..pos].trim_end_matches(is_space), Some(n)),
        None => (line, None),
    };
    let organ = head
        .strip_suffix("命令")
        .or_else(|| head.strip_suffix('令'))?
        .trim_matches(is_space);
    let squeezed = squeeze(organ);
    let n = squeezed.chars().count();
    let named = is_organ_name(&squeezed) || is_title(&squeezed);
    if !(2..=MAX_ORDER_ORGAN).contains(&n) || !named {
        return None;
    }
    // Joint orders print the organs side by side: "国务院　中央军委令".
    Some((split_names(organ), number))
}

/// A 令号 or 纪要 number standing alone: "第27号", "第二十七号", "第6期", "2024年第6期",
/// "〔2024〕6号", "（第6期）".
pub(crate) fn issue_number(t: &str) -> Option<IssueNumber> {
    let raw = t.trim_matches(is_space);
    let s = squeeze(raw);
    let s = match s.strip_prefix(['（', '(']) {
        Some(inner) => inner.strip_suffix(['）', ')'])?,
        None => &s,
    };
    let body = s.strip_suffix(['号', '期'])?;
    let (year, rest) = match year_prefix(body) {
        Some((year, rest)) => (Some(year), rest),
        None => (None, body),
    };
    // Without a bracketed year the number must say 第: a bare "6号" is not a number line.
    let serial_text = match rest.strip_prefix('第') {
        Some(r) => r,
        None if year.is_some() && !body.starts_with(|c: char| c.is_ascii_digit()) => rest,
        None => return None,
    };
    if serial_text.is_empty() || serial_text.chars().count() > 8 {
        return None;
    }
    let serial = parse_number(serial_text)?;
    Some(IssueNumber {
        raw: raw.to_owned(),
        serial,
        year,
    })
}

/// "2024年" or a year in brackets ("〔2024〕", "[2024]") at the start of a number.
fn year_prefix(s: &str) -> Option<(u16, &str)> {
    let four = |y: &str| -> Option<u16> {
        (y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()))
            .then(|| y.parse().ok())
            .flatten()
    };
    if let Some(open) = s.chars().next().filter(|c| "〔[【［〖﹝（(".contains(*c)) {
        let rest = &s[open.len_utf8()..];
        let close = rest.find(['〕', ']', '】', '］', '〗', '﹞', '）', ')'])?;
        let year = four(&rest[..close])?;
        let after = rest[close..].chars().next().map_or(0, char::len_utf8);
        return Some((year, &rest[close + after..]));
    }
    let pos = s.find('年')?;
    Some((four(&s[..pos])?, &s[pos + '年'.len_utf8()..]))
}

/// A 纪要's line giving the issuing organ and the date ("栖川县人民政府办公室　　2024年5月20日"),
/// or the date alone, possibly in brackets ("（2024年5月16日）").
fn header_date(t: &str) -> Option<(Ymd, Vec<String>)> {
    let line = t.trim_matches(is_space);
    if line.chars().count() > MAX_DATE_LINE {
        return None;
    }
    let line = match line.strip_prefix(['（', '(']) {
        Some(inner) => inner.strip_suffix(['）', ')'])?,
        None => line,
    };
    let (date, range) = find_date(line)?;
    if !line[range.end..].trim_matches(is_space).is_empty() {
        return None;
    }
    let organs = split_names(line[..range.start].trim_matches(is_space));
    organs
        .iter()
        .all(|o| is_organ_name(o))
        .then_some((date, organs))
}

/// The facts the format is decided from.
pub(crate) struct Evidence<'a> {
    pub front: &'a Front,
    pub doc_number: Option<(&'a DocNumber, Option<Loc>)>,
    pub title: Option<(&'a str, Loc)>,
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
        .is_some_and(|(m, _)| m.ends_with("文件"))
    {
        return (Layout::General, None);
    }
    if let Some((_, loc)) = ev.title {
        if ev.doc_type == Some(DocType::Minutes) && !ev.transmittal {
            return (Layout::Minutes, Some(loc));
        }
    }
    if let Some((number, loc)) = ev.doc_number {
        if number.prefix.contains('函') {
            return (Layout::Letter, loc);
        }
    }
    if let Some((_, loc)) = ev.title {
        if ev.doc_type == Some(DocType::Letter) && !ev.transmittal {
            return (Layout::Letter, Some(loc));
        }
    }
    (Layout::General, None)
}

/// The issuers when neither the signature nor a "…关于…" title names them: the organ on
/// a 纪要's date line or at the head of its title, or the header's organs (a 令's mark, a
/// red header, a header laid out as a table), with the line or table they came from.
pub(crate) fn header_issuers(front: &Front) -> (Vec<String>, Option<Loc>) {
    if let Some((_, organs, loc)) = &front.header_date {
        if !organs.is_empty() {
            return (organs.clone(), Some(*loc));
        }
    }
    if front.header_issuers.is_empty() {
        if let Some((title, loc)) = &front.title {
            if let Some(organ) = minutes_organ(title) {
                return (vec![organ.to_owned()], Some(*loc));
            }
        }
    }
    let loc = front
        .header_issuers_loc
        .filter(|_| !front.header_issuers.is_empty());
    (front.header_issuers.clone(), loc)
}

/// Kinds of meeting printed between the organ and 会议 in a 纪要's title.
const MEETING_KINDS: [&str; 16] = [
    "常务", "专题", "办公", "联席", "协调", "工作", "全体", "党组", "现场", "调度", "推进", "主任",
    "县长", "市长", "区长", "局长",
];

/// The organ heading a 纪要's title: "鹭湾区人民政府专题会议纪要" → 鹭湾区人民政府,
/// "XX市发展和改革委员会主任办公会议纪要" → XX市发展和改革委员会; none for "县长办公会议纪要".
fn minutes_organ(title: &str) -> Option<&str> {
    if !title.ends_with("纪要") {
        return None;
    }
    let mut head = &title[..title.find("会议")?];
    // At most two kinds ("主任" + "办公"), so a long title is never eaten away.
    for _ in 0..2 {
        if let Some(kind) = MEETING_KINDS.iter().find(|k| head.ends_with(*k)) {
            head = &head[..head.len() - kind.len()];
        }
    }
    let n = head.chars().count();
    ((3..=MAX_ORDER_ORGAN).contains(&n) && is_organ_name(head) && !head.contains(['，', '、']))
        .then_some(head)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(raw: &str, serial: u32, year: Option<u16>) -> Option<IssueNumber> {
        Some(IssueNumber {
            raw: raw.to_owned(),
            serial,
            year,
        })
    }

    #[test]
    fn issue_numbers() {
        let cases: &[(&str, Option<IssueNumber>)] = &[
            ("第27号", number("第27号", 27, None)),
            ("　第 27 号　", number("第 27 号", 27, None)),
            ("第二十七号", number("第二十七号", 27, None)),
            ("第6期", number("第6期", 6, None)),
            ("（第6期）", number("（第6期）", 6, None)),
            ("2024年第6期", number("2024年第6期", 6, Some(2024))),
            ("〔2024〕6号", number("〔2024〕6号", 6, Some(2024))),
            ("[2024]第6号", number("[2024]第6号", 6, Some(2024))),
            ("第３号", number("第３号", 3, None)),
            // Not number lines.
            ("6号", None),
            ("第6条", None),
            ("第一章", None),
            ("2024号", None),
            ("第号", None),
            ("平政办字〔2024〕4号", None),
            ("第27号文件", None),
            ("会议纪要第6期内容", None),
            ("〔2024〕", None),
        ];
        for (input, want) in cases {
            assert_eq!(&issue_number(input), want, "{input}");
        }
    }

    #[test]
    fn order_headers() {
        let organs = |t: &str| order_header(t).map(|(o, _)| o);
        assert_eq!(
            organs("云岫市人民政府令"),
            Some(vec!["云岫市人民政府".to_owned()])
        );
        assert_eq!(
            organs("中华人民共和国主席令"),
            Some(vec!["中华人民共和国主席".to_owned()])
        );
        assert_eq!(
            organs("国务院　中央军委命令"),
            Some(vec!["国务院".to_owned(), "中央军委".to_owned()])
        );
        let (_, n) = order_header("云岫市人民政府令（第27号）").expect("mark with number");
        assert_eq!(n.map(|n| n.serial), Some(27));
        for no in [
            "国务院、中央军委关于授予某部荣誉称号的命令",
            "云岫县人民政府禁渔令",
            "令",
            "云岫市人民政府文件",
            "关于发布命令的通知",
            "请严格执行本令。",
        ] {
            assert!(order_header(no).is_none(), "{no}");
        }
    }

    #[test]
    fn minutes_organs() {
        let cases = [
            ("鹭湾区人民政府专题会议纪要", Some("鹭湾区人民政府")),
            ("栖川县人民政府常务会议纪要", Some("栖川县人民政府")),
            (
                "云岫市发展和改革委员会主任办公会议纪要",
                Some("云岫市发展和改革委员会"),
            ),
            ("县长办公会议纪要", None),
            ("关于防汛工作的会议纪要", None),
            ("栖川县人民政府常务会议纪要的通知", None),
            ("会议纪要", None),
        ];
        for (title, want) in cases {
            assert_eq!(minutes_organ(title), want, "{title}");
        }
    }

    #[test]
    fn minutes_date_lines() {
        let d = |y, m, day| Ymd::new(y, m, day).expect("date");
        assert_eq!(
            header_date("栖川县人民政府办公室　　　　2024年5月20日"),
            Some((d(2024, 5, 20), vec!["栖川县人民政府办公室".to_owned()]))
        );
        assert_eq!(
            header_date("（2024年5月16日）"),
            Some((d(2024, 5, 16), Vec::new()))
        );
        assert_eq!(header_date("会议于2024年5月16日"), None);
        assert_eq!(header_date("2024年5月16日上午"), None);
    }

    fn front_with(
        order: bool,
        mark: Option<&str>,
        number: Option<(&str, u32, Option<u16>)>,
    ) -> Front {
        Front {
            order_mark: order.then(|| Loc::block(0)),
            issuer_mark: mark.map(|m| (m.to_owned(), Loc::block(0))),
            issue_number: number.map(|(raw, serial, year)| {
                (
                    IssueNumber {
                        raw: raw.to_owned(),
                        serial,
                        year,
                    },
                    Loc::block(1),
                )
            }),
            ..Front::default()
        }
    }

    fn doc_number(prefix: &str) -> DocNumber {
        DocNumber {
            raw: format!("{prefix}〔2024〕5号"),
            prefix: prefix.to_owned(),
            year: 2024,
            serial: 5,
            normalized: format!("{prefix}〔2024〕5号"),
        }
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
        for c in &cases {
            let number = c.number.map(doc_number);
            let title = c.title;
            let ev = Evidence {
                front: &c.front,
                doc_number: number.as_ref().map(|n| (n, Some(Loc::block(1)))),
                title: title.map(|t| (t, Loc::block(2))),
                doc_type: title.and_then(crate::front::doc_type_of),
                transmittal: title.is_some_and(|t| t.contains("印发") || t.contains("转发")),
            };
            let (layout, loc) = detect_layout(&ev);
            assert_eq!(layout, c.want, "{}", c.what);
            assert_eq!(loc.is_some(), layout != Layout::General, "{}", c.what);
        }
    }

    /// A whole document from its lines, one paragraph per line.
    fn structure_lines(lines: &[&str]) -> gongwen_model::Document {
        use gongwen_blocks::{Block, Paragraph};
        let blocks: Vec<Block> = lines
            .iter()
            .zip(0u32..)
            .map(|(t, i)| {
                Block::Paragraph(Paragraph {
                    text: (*t).to_owned(),
                    loc: Loc::lines(i, Some(i + 1), None),
                    ..Paragraph::default()
                })
            })
            .collect();
        let source = gongwen_model::Source::new(gongwen_model::Format::Txt, "UTF-8");
        crate::structure(&blocks, source)
    }

    #[test]
    fn whole_documents() {
        // A notice that mentions a 会议纪要 and prints an "出席：" line is a notice.
        let notice = structure_lines(&[
            "栖政办发〔2024〕9号",
            "栖川县人民政府办公室关于落实县政府第31次常务会议纪要事项的通知",
            "各镇人民政府，县直各部门：",
            "根据县政府第31次常务会议纪要，现就有关事项通知如下：",
            "一、会议安排",
            "出席：各镇镇长、县直各部门主要负责同志",
            "栖川县人民政府办公室",
            "2024年5月22日",
        ]);
        assert_eq!(notice.layout, Layout::General);
        assert!(notice.meeting.is_none());
        let kept = &notice.body.sections[0].paragraphs;
        assert!(kept.iter().any(|p| p.text.starts_with("出席：")));
        assert_eq!(notice.provenance.layout, None);

        // A 令 with the number on the mark's line, signed by title and name.
        let order = structure_lines(&[
            "云岫市人民政府令（第28号）",
            "《云岫市城市绿化管理办法》已经市人民政府常务会议审议通过，现予公布，自2024年7月1日起施行。",
            "代理市长　陈　晨",
            "2024年5月30日",
            "云岫市城市绿化管理办法",
            "第一条　为了加强城市绿化管理，制定本办法。",
        ]);
        assert_eq!(order.layout, Layout::Order);
        assert_eq!(order.issue_number.as_ref().map(|n| n.serial), Some(28));
        assert_eq!(order.issuers, ["云岫市人民政府"]);
        let signer = order
            .signatories
            .first()
            .map(|s| (s.title.as_str(), s.name.as_str()));
        assert_eq!(signer, Some(("代理市长", "陈晨")));
        assert_eq!(
            order.transmitted.first().map(|t| t.title.as_str()),
            Some("云岫市城市绿化管理办法")
        );
        assert!(
            !order
                .diagnostics
                .iter()
                .any(|d| d.code == gongwen_model::DiagnosticCode::NoDocNumber),
            "the 令号 stands for the 发文字号"
        );

        // A notice signed by an organ keeps its issuers and has no signatories.
        let plain = structure_lines(&[
            "栖川县人民政府关于做好防汛工作的通知",
            "各镇人民政府：",
            "请做好防汛工作。",
            "栖川县人民政府",
            "2024年6月1日",
        ]);
        assert_eq!(plain.layout, Layout::General);
        assert_eq!(plain.issuers, ["栖川县人民政府"]);
        assert!(plain.signatories.is_empty() && plain.issue_number.is_none());
    }

    #[test]
    fn never_panics() {
        crate::test_support::each_slice(|s| {
            let _ = issue_number(s);
            let _ = order_header(s);
            let _ = header_date(s);
        });
    }
}
