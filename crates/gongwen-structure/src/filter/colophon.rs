//! The 版记 at the end of a document: 抄送机关 and the 印发机关和印发日期 line, between
//! separator rules.

use gongwen_model::Printed;

use crate::filter::para::Para;
use crate::lex::document::{CC_LABELS, PRINTED_ENDING};
use crate::parse::date::find_date;
use crate::text::at::At;
use crate::text::chars::is_space;
use crate::text::split::split_top_level;

/// How many paragraphs from the end the 版记 may take.
const TAIL: usize = 6;

#[derive(Debug, Default)]
pub(crate) struct Colophon {
    /// 抄送机关.
    pub cc: Option<At<Vec<String>>>,
    /// 印发机关和印发日期.
    pub printed: Option<At<Printed>>,
}

/// Takes the 版记 lines off the end of `paras` (only after `after`, the position of the
/// last table, so a table never loses what precedes it).
pub(crate) fn take_colophon(paras: &mut Vec<Para<'_>>, after: usize) -> Colophon {
    let mut colophon = Colophon::default();
    let floor = paras.len().saturating_sub(TAIL).max(after);
    while paras.len() > floor {
        let Some(last) = paras.last() else { break };
        let t = last.text().trim_matches(is_space);
        if colophon.cc.is_none()
            && let Some(list) = cc_line(t)
        {
            colophon.cc = Some(At::new(list, last.loc));
            paras.pop();
            continue;
        }
        if colophon.printed.is_none()
            && let Some(printed) = printed_line(t)
        {
            colophon.printed = Some(At::new(printed, last.loc));
            paras.pop();
            continue;
        }
        break;
    }
    colophon
}

/// A 版记 line (抄送：…, "…年…月…日印发"): it ends a table printed above it.
pub(crate) fn is_colophon_line(t: &str) -> bool {
    cc_line(t).is_some() || printed_line(t).is_some()
}

/// "抄送：县委办公室，县人大常委会办公室。", a 纪要's "分送：…" → the organs.
fn cc_line(t: &str) -> Option<Vec<String>> {
    let rest = CC_LABELS
        .iter()
        .find_map(|l| t.strip_prefix(l))?
        .trim_start_matches(is_space);
    let rest = rest.strip_prefix(['：', ':'])?;
    let rest = rest.trim_matches(is_space).trim_end_matches(['。', '.']);
    let list = split_top_level(rest, &['，', ',', '、', '；', ';']);
    (!list.is_empty()).then_some(list)
}

/// "平阴县人民政府办公室    2024年6月28日印发".
fn printed_line(t: &str) -> Option<Printed> {
    let body = t.strip_suffix(PRINTED_ENDING)?;
    let (date, range) = find_date(body)?;
    if !body[range.end..].trim_matches(is_space).is_empty() {
        return None;
    }
    let organ = body[..range.start].trim_matches(is_space);
    let mut printed = Printed::new(t);
    printed.organ = (!organ.is_empty()).then(|| organ.to_owned());
    printed.date = date.to_date();
    Some(printed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colophon_lines() {
        assert_eq!(
            cc_line("抄送：县委办公室，县人大常委会办公室，县政协办公室。"),
            Some(vec![
                "县委办公室".to_owned(),
                "县人大常委会办公室".to_owned(),
                "县政协办公室".to_owned()
            ])
        );
        let p = printed_line("测试符路桥区卫生局办公室    2011年3月10日印发").expect("printed");
        assert_eq!(p.organ.as_deref(), Some("测试符路桥区卫生局办公室"));
        assert_eq!(p.date.map(|d| d.to_string()).as_deref(), Some("2011-03-10"));
        assert!(printed_line("现将方案印发").is_none());
        assert_eq!(
            cc_line("分送：县委办公室，县人大常委会办公室。"),
            Some(vec![
                "县委办公室".to_owned(),
                "县人大常委会办公室".to_owned()
            ])
        );
        assert_eq!(cc_line("分送各单位学习"), None);
    }
}
