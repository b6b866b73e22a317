//! The signature block: 发文机关署名, 成文日期 and the notes in brackets under it
//! (此件公开发布, 联系人 …).

use std::borrow::Cow;

use gongwen_model::{Loc, Publicity, Signatory};

use crate::filter::colophon::is_colophon_line;
use crate::filter::page::is_page_number;
use crate::filter::para::Para;
use crate::parse::attachment::{is_attachment_header, is_attachment_note};
use crate::parse::date::{Ymd, date_line, parse_date};
use crate::parse::label::{list_number, parse_label};
use crate::parse::person::title_name_pairs;
use crate::parse::publicity::publicity_of;
use crate::text::at::At;
use crate::text::chars::{
    ends_sentence, file_extension, is_organ_name, is_space, strip_entity_junk,
};
use crate::text::split::split_names;

/// Longest line taken for an organ name in a signature (characters).
const MAX_SIGNATURE_LINE: usize = 40;

/// Most lines a signature's names take: a joint document signed by up to six organs, one
/// line each (GB/T 9704-2012 7.3.5.2 puts each issuer's name on a line of its own).
const MAX_SIGNATURE_LINES: usize = 6;

#[derive(Debug, Default)]
pub(crate) struct Signature {
    pub issuers: Vec<String>,
    pub issuers_loc: Option<Loc>,
    pub date: Option<At<Ymd>>,
    pub publicity: Option<At<Publicity>>,
    /// 附注 other than the publicity line, brackets removed.
    pub notes: Vec<At<String>>,
    /// The officials signing by title and name ("市长　周明远"), in place of `issuers`.
    pub signatories: Vec<Signatory>,
    /// First paragraph of the block (the body ends here).
    pub start: usize,
    /// One past the last paragraph of the block (date and notes included).
    pub end: usize,
}

/// Finds the first signature block in `paras[from..until]`: a line that is only a date,
/// with up to two name lines above it (one long name broken in two, or two organs) and
/// bracketed notes below it; more lines above are taken only while every line ends like
/// an organ's name (a joint document signed by three or more organs).
pub(crate) fn find_signature(paras: &[Para<'_>], from: usize, until: usize) -> Option<Signature> {
    let until = until.min(paras.len());
    // The date on a line of its own, or broken over two by a printed line's width.
    let (d, date, date_end) = (from..until).find_map(|i| match date_line(paras[i].text()) {
        Some(date) => Some((i, date, i + 1)),
        None => broken_date(paras, i, until).map(|date| (i, date, i + 2)),
    })?;
    let mut sig = Signature {
        date: Some(At::new(date, paras[d].loc.through(paras[date_end - 1].loc))),
        start: d,
        end: date_end,
        ..Signature::default()
    };
    // Organ names above the date.
    let mut names: Vec<&Para<'_>> = Vec::new();
    let mut k = d;
    while k > from && names.len() < MAX_SIGNATURE_LINES {
        let p = &paras[k - 1];
        if !is_name_line(p) || repeats_below(paras, d, p) {
            break;
        }
        let organ = |q: &Para<'_>| is_organ_name(&strip_entity_junk(q.text()));
        if names.len() >= 2 && !(organ(p) && names.iter().all(|q| organ(q))) {
            break;
        }
        names.insert(0, p);
        k -= 1;
    }
    sig.start = k;
    // A 令 is signed by an official's title and name ("市长　周明远"), which names no
    // organ: such lines are signatories, the others (if any) still name the issuers.
    names.retain(|p| match title_name_pairs(&strip_entity_junk(p.text())) {
        Some(pairs) => {
            let loc = p.loc;
            let people = pairs
                .into_iter()
                .map(|(title, name)| Signatory::new(title, name, loc));
            sig.signatories.extend(people);
            false
        }
        None => true,
    });
    if let (Some(first), Some(last)) = (names.first(), names.last()) {
        sig.issuers = issuers_of(&names);
        sig.issuers_loc = Some(first.loc.through(last.loc));
    }
    // Notes under the date.
    let mut e = date_end;
    while e < paras.len() {
        let t = paras[e].text().trim_matches(is_space);
        let bracketed = t.starts_with(['（', '(']) && t.ends_with(['）', ')']);
        let publicity = publicity_of(t);
        if !(bracketed || publicity.is_some()) {
            break;
        }
        match (publicity, sig.publicity) {
            (Some(kind), None) => sig.publicity = Some(At::new(kind, paras[e].loc)),
            (Some(_), Some(_)) => {}
            (None, _) => {
                let inner = t
                    .trim_start_matches(['（', '('])
                    .trim_end_matches(['）', ')'])
                    .trim_matches(is_space);
                if !inner.is_empty() {
                    sig.notes.push(At::new(inner.to_owned(), paras[e].loc));
                }
            }
        }
        e += 1;
    }
    sig.end = e;
    Some(sig)
}

/// A date broken over lines `i` and `i + 1` by the width of a printed line (text rendered
/// from OFD or PDF: "2022年1" / "月20日"): both pieces short, the first no date alone, the
/// two together one.
fn broken_date(paras: &[Para<'_>], i: usize, until: usize) -> Option<Ymd> {
    /// Longest piece of a broken date (characters): "二〇二二年十二月二" is nine.
    const MAX_PIECE: usize = 10;
    if i + 1 >= until {
        return None;
    }
    let a = paras[i].text().trim_matches(is_space);
    let b = paras[i + 1].text().trim_matches(is_space);
    let short = |t: &str| !t.is_empty() && t.chars().count() <= MAX_PIECE;
    if !short(a) || !short(b) || parse_date(a).is_some() {
        return None;
    }
    date_line(&format!("{a}{b}"))
}

/// A line above the date that a later line of its own repeats is an attachment's name
/// (an 附件说明 entry printed without its number, its heading further down), no issuer.
/// (An organ's name may well repeat below: a carried document's own signature.)
fn repeats_below(paras: &[Para<'_>], date: usize, p: &Para<'_>) -> bool {
    let t = p.text().trim_matches(is_space);
    !is_organ_name(t)
        && paras
            .get(date + 1..)
            .is_some_and(|below| below.iter().any(|q| q.is_line(t)))
}

fn is_name_line(p: &Para<'_>) -> bool {
    let t = strip_entity_junk(p.text());
    let n = t.chars().count();
    // Junk cut from the front may uncover a label: read the cleaned line then.
    let label = match &t {
        Cow::Owned(clean) => parse_label(clean).is_some(),
        Cow::Borrowed(_) => p.label().is_some(),
    };
    (2..=MAX_SIGNATURE_LINE).contains(&n)
        && !ends_sentence(&t)
        && !t.contains(['，', '。', '：', ':', '；'])
        && !label
        && !opens_with_list_number(&t)
        && !is_attachment_note(&t)
        && is_attachment_header(&t).is_none()
        // "附件2.….doc": a file a page links names no one.
        && file_extension(t.trim_end()).is_none()
        && parse_date(&t).is_none()
        && !is_page_number(&t)
        // A 版记 printed above the signature (OFD/PDF text keeps a page's order): its
        // "XX办公室　2011年6月8日印发" line is the printer's, no name of the signature's.
        && !is_colophon_line(&t)
}

/// "2.4个小区改造工程照片": a list's number, even where a digit after it makes it no label
/// ("2.4" read alone is a decimal); no organ's name opens so.
fn opens_with_list_number(t: &str) -> bool {
    list_number(t).is_some()
}

/// Two signature lines that both end like an organ name are two issuers; otherwise
/// the lines are one long name printed over two lines.
fn issuers_of(lines: &[&Para<'_>]) -> Vec<String> {
    let cleaned: Vec<String> = lines
        .iter()
        .map(|p| strip_entity_junk(p.text()).into_owned())
        .collect();
    let all_organs = cleaned.iter().all(|l| is_organ_name(l));
    if cleaned.len() > 1 && !all_organs {
        return vec![cleaned.concat()];
    }
    cleaned.iter().flat_map(|l| split_names(l)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signed_by_title_and_name() {
        let hints = gongwen_blocks::Hints::default();
        let paras: Vec<Para<'_>> = [
            "现予公布。",
            "云岫市人民政府",
            "市长　周明远",
            "2024年4月22日",
        ]
        .iter()
        .zip(0u32..)
        .map(|(t, i)| Para::new(*t, Loc::lines(i, Some(i + 1), None), &hints))
        .collect();
        let sig = find_signature(&paras, 0, paras.len()).expect("signature");
        // The organ line still names the issuer; the person line is a signatory.
        assert_eq!(sig.issuers, ["云岫市人民政府"]);
        assert_eq!(sig.issuers_loc.and_then(|l| l.line), Some(2));
        let people: Vec<(&str, &str, Option<u32>)> = sig
            .signatories
            .iter()
            .map(|s| (s.title.as_str(), s.name.as_str(), s.loc.line))
            .collect();
        assert_eq!(people, [("市长", "周明远", Some(3))]);
        assert_eq!(sig.start, 1);
    }

    #[test]
    fn list_numbers_open_no_name() {
        assert!(opens_with_list_number("2.4个小区改造工程形象进度照片"));
        assert!(opens_with_list_number("3．10kV线路改造图"));
        assert!(!opens_with_list_number("12345政务服务便民热线中心"));
        assert!(!opens_with_list_number("柏岩县人民政府办公室"));
        let sig = signature_of(&[
            "2.4个小区改造工程照片",
            "柏岩县12345热线中心",
            "2024年7月2日",
        ]);
        assert_eq!(sig.issuers, ["柏岩县12345热线中心"]);
    }

    /// The signature found in `lines`, a paragraph each.
    fn signature_in(lines: &[&str]) -> Option<Signature> {
        let hints = gongwen_blocks::Hints::default();
        let paras: Vec<Para<'_>> = lines
            .iter()
            .zip(0u32..)
            .map(|(t, i)| Para::new(*t, Loc::lines(i, Some(i + 1), None), &hints))
            .collect();
        find_signature(&paras, 0, paras.len())
    }

    fn signature_of(lines: &[&str]) -> Signature {
        signature_in(lines).expect("signature")
    }

    /// A file a page links, listed above the signature ("附件2.….doc"), is no line of the
    /// issuer's name; a long name over two lines still is.
    #[test]
    fn a_linked_file_above_the_signature_is_no_issuer() {
        let sig = signature_of(&[
            "请结合实际认真组织实施。",
            "附件2.关于促进普惠托育服务发展的重点任务清单.doc",
            "沣源市人民政府办公室",
            "2025年8月15日",
        ]);
        assert_eq!(sig.issuers, ["沣源市人民政府办公室"]);
        let sig = signature_of(&[
            "请结合实际认真组织实施。",
            "中共沣源市委办公室",
            "沣源市人民政府办公室",
            "2025年8月15日",
        ]);
        assert_eq!(sig.issuers, ["中共沣源市委办公室", "沣源市人民政府办公室"]);
    }

    /// A date broken over two lines by the printed line's width is the signature's date;
    /// two short lines that make no date together are none.
    #[test]
    fn date_broken_over_two_lines() {
        let sig = signature_of(&[
            "特此报告。",
            "棠梨市漱玉区人民政府",
            "2022年1",
            "月20日",
            "（此件公开发布）",
        ]);
        assert_eq!(sig.issuers, ["棠梨市漱玉区人民政府"]);
        assert_eq!(
            sig.date.map(|d| d.value),
            Some(Ymd {
                year: 2022,
                month: 1,
                day: 20
            })
        );
        assert_eq!((sig.start, sig.end), (1, 5));
        assert_eq!(sig.publicity.map(|p| p.value), Some(Publicity::Public));
        assert!(
            signature_in(&["特此报告。", "棠梨市漱玉区人民政府", "2022年1", "季度工作"]).is_none()
        );
    }

    /// A 版记 printed above the signature: its 印发 line is no issuer, and the signature
    /// starts under it; an organ line above the issuer without a date is still one.
    #[test]
    fn printed_line_above_is_no_name() {
        let sig = signature_of(&[
            "此复。",
            "抄送：市委办公室，市人大常委会办公室。",
            "泓川市人民政府办公室    2011年6月8日印发",
            "泓川市人民政府",
            "2011年6月3日",
        ]);
        assert_eq!(sig.issuers, ["泓川市人民政府"]);
        assert_eq!(sig.start, 3);
        let sig = signature_of(&[
            "此复。",
            "泓川市人民政府办公室",
            "泓川市人民政府",
            "2011年6月3日",
        ]);
        assert_eq!(sig.issuers, ["泓川市人民政府办公室", "泓川市人民政府"]);
    }

    /// Four organs signing a joint notice, a line each: all four are the issuers.
    #[test]
    fn joint_signature_over_four_lines() {
        let sig = signature_of(&[
            "特此通知。",
            "汀霞市教育局",
            "汀霞市财政局",
            "汀霞市人力资源和社会保障局",
            "汀霞市卫生健康委员会",
            "2024年5月20日",
        ]);
        assert_eq!(
            sig.issuers,
            [
                "汀霞市教育局",
                "汀霞市财政局",
                "汀霞市人力资源和社会保障局",
                "汀霞市卫生健康委员会"
            ]
        );
        assert_eq!(sig.start, 1);
    }

    /// Above two signature lines, a line that names no organ (an attachment's name printed
    /// without its number) stays out, and so does an organ line above a broken name.
    #[test]
    fn third_line_only_when_all_are_organs() {
        let sig = signature_of(&[
            "特此通知。",
            "汀霞市城镇老旧小区改造项目汇总表",
            "汀霞市教育局",
            "汀霞市财政局",
            "2024年5月20日",
        ]);
        assert_eq!(sig.issuers, ["汀霞市教育局", "汀霞市财政局"]);
        assert_eq!(sig.start, 2);
        let sig = signature_of(&[
            "特此通知。",
            "汀霞市财政局",
            "汀霞市人民政府防汛抗旱",
            "指挥部办公室",
            "2024年5月20日",
        ]);
        assert_eq!(sig.issuers, ["汀霞市人民政府防汛抗旱指挥部办公室"]);
        assert_eq!(sig.start, 2);
    }
}
