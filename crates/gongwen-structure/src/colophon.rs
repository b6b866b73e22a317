//! The 版记 at the end of a document: 抄送机关 and the 印发机关和印发日期 line, between
//! separator rules.

use gongwen_model::{Loc, Printed};

use crate::date::find_date;
use crate::front::split_top_level;
use crate::para::{Para, is_space, squeeze};

/// How many paragraphs from the end the 版记 may take.
const TAIL: usize = 6;

#[derive(Debug, Default)]
pub(crate) struct Colophon {
    pub cc: Option<(Vec<String>, Loc)>,
    pub printed: Option<(Printed, Loc)>,
}

/// Takes the 版记 lines off the end of `paras` (only after `after`, the position of the
/// last table, so a table never loses what precedes it).
pub(crate) fn take_colophon(paras: &mut Vec<Para<'_>>, after: usize) -> Colophon {
    let mut colophon = Colophon::default();
    let floor = paras.len().saturating_sub(TAIL).max(after);
    while paras.len() > floor {
        let Some(last) = paras.last() else { break };
        let t = last.text.trim_matches(is_space);
        if colophon.cc.is_none() {
            if let Some(list) = cc_line(t) {
                colophon.cc = Some((list, last.loc));
                paras.pop();
                continue;
            }
        }
        if colophon.printed.is_none() {
            if let Some(printed) = printed_line(t) {
                colophon.printed = Some((printed, last.loc));
                paras.pop();
                continue;
            }
        }
        break;
    }
    colophon
}

/// True when the organ names of a signature only repeat the 版记's 印发机关 while the red
/// header names other organs. Text rendered from a fixed layout (OFD, PDF) may print the
/// 印发机关 and the 印发日期 of the 版记 as lines of their own above the 印发 line, where
/// they read like a signature; the 发文机关 is then the one of the red header. A document
/// that its 办公室 both signs and prints ("XX办公室文件", signed and printed by XX办公室) has
/// the organ in its header and keeps its signature.
pub(crate) fn is_printer_echo(
    signature: &[String],
    printed: Option<&Printed>,
    header_issuers: &[String],
) -> bool {
    let Some(organ) = printed.and_then(|p| p.organ.as_deref()) else {
        return false;
    };
    let organ = squeeze(organ);
    !signature.is_empty()
        && !header_issuers.is_empty()
        && signature.iter().all(|n| squeeze(n) == organ)
        && !header_issuers.iter().any(|h| squeeze(h) == organ)
}

/// "抄送：县委办公室，县人大常委会办公室。" → the organs.
fn cc_line(t: &str) -> Option<Vec<String>> {
    let rest = t.strip_prefix("抄送")?.trim_start_matches(is_space);
    let rest = rest.strip_prefix(['：', ':'])?;
    let rest = rest.trim_matches(is_space).trim_end_matches(['。', '.']);
    let list = split_top_level(rest, &['，', ',', '、', '；', ';']);
    (!list.is_empty()).then_some(list)
}

/// "平阴县人民政府办公室    2024年6月28日印发".
fn printed_line(t: &str) -> Option<Printed> {
    let body = t.strip_suffix("印发")?;
    let (date, range) = find_date(body)?;
    if !body[range.end..].trim_matches(is_space).is_empty() {
        return None;
    }
    let organ = body[..range.start].trim_matches(is_space);
    Some(Printed {
        organ: (!organ.is_empty()).then(|| organ.to_owned()),
        date: date.to_date(),
        raw: t.to_owned(),
    })
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
    }

    #[test]
    fn printer_echoes() {
        let names = |ns: &[&str]| ns.iter().map(|n| (*n).to_owned()).collect::<Vec<_>>();
        let printed = |organ: Option<&str>| Printed {
            organ: organ.map(str::to_owned),
            date: gongwen_model::Date::new(2011, 3, 10).ok(),
            raw: String::new(),
        };
        let office = "路桥区卫生局办公室";
        // (signature, 印发机关, red header, echo?)
        type Case<'a> = (&'a [&'a str], Option<&'a str>, &'a [&'a str], bool);
        let cases: &[Case<'_>] = &[
            // The 印发机关 above the date, another organ in the red header: an echo.
            (&[office], Some(office), &["路桥区卫生局"], true),
            (
                &["路桥区卫生局 办公室"],
                Some(office),
                &["路桥区卫生局"],
                true,
            ),
            // The 办公室 signs and prints its own document.
            (&[office], Some(office), &[office], false),
            // No red header: nothing says the signature is wrong.
            (&[office], Some(office), &[], false),
            // The signature names the header's organ; the 办公室 only prints.
            (&["路桥区卫生局"], Some(office), &["路桥区卫生局"], false),
            // A joint signature naming the printer and another organ.
            (
                &[office, "路桥区财政局"],
                Some(office),
                &["路桥区卫生局"],
                false,
            ),
            // No 印发机关 printed, or no signature.
            (&[office], None, &["路桥区卫生局"], false),
            (&[], Some(office), &["路桥区卫生局"], false),
        ];
        for (i, (sig, organ, header, want)) in cases.iter().enumerate() {
            let p = printed(*organ);
            assert_eq!(
                is_printer_echo(&names(sig), Some(&p), &names(header)),
                *want,
                "case {i}"
            );
        }
        assert!(!is_printer_echo(
            &names(&[office]),
            None,
            &names(&["路桥区卫生局"])
        ));
    }
}
