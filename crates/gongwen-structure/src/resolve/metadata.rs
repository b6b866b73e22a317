//! Header fields the document does not print, taken from a website's metadata block
//! (发文字号, 发布机构, 成文日期, 标题, 公开方式), each with a `filled_from_metadata`
//! diagnostic naming the key.

use gongwen_model::DocNumber;
use gongwen_model::{Diagnostic, DiagnosticCode, Level, Loc};

use crate::filter::web::Web;
use crate::filter::web_lines::is_site_name;
use crate::lex::meta::HeaderField;
use crate::parse::date::{Ymd, parse_date};
use crate::parse::doc_number::find_doc_number;
use crate::text::at::At;
use crate::text::chars::{is_organ_name, is_space};
use crate::text::split::split_names;

/// The header fields that a website's metadata block may supply.
pub(crate) struct HeaderFields<'a> {
    pub number: &'a mut Option<At<DocNumber>>,
    pub issuers: &'a mut Vec<String>,
    pub date: &'a mut Option<At<Ymd>>,
    pub title: &'a mut Option<String>,
    /// The page holds a notice (a 主送, number, signature or 文种): the metadata's date
    /// is its 成文日期. A page holding a table alone has no 成文日期 to give.
    pub notice: bool,
}

/// Fills the fields the document left empty from a website's metadata block.
pub(crate) fn fill_from_metadata(web: &Web, diags: &mut Vec<Diagnostic>, fields: HeaderFields<'_>) {
    let HeaderFields {
        number,
        issuers,
        date,
        title,
        notice,
    } = fields;
    let mut filled = |field: &str, value: &str, loc: Loc| {
        diags.push(
            Diagnostic::new(
                Level::Info,
                DiagnosticCode::FilledFromMetadata,
                format!("{field} taken from the website metadata: {value:?}"),
            )
            .with_loc(loc),
        );
    };
    if number.is_none()
        && let Some(v) = web.get(HeaderField::DocNumber)
        && let Some((n, _)) = find_doc_number(v.value)
    {
        filled("doc_number", v.value, v.loc);
        *number = Some(At::new(n, v.loc));
    }
    if issuers.is_empty()
        && let Some(v) = web.get(HeaderField::Issuers)
    {
        filled("issuers", v.value, v.loc);
        *issuers = split_names(v.value);
    }
    if date.is_none()
        && notice
        && let Some(v) = web.get(HeaderField::Date)
        && let Some(d) = parse_date(v.value)
    {
        filled("date", v.value, v.loc);
        *date = Some(At::new(d, v.loc));
    }
    let page = page_title(web);
    if number.is_none()
        && let Some(At {
            value: (_, Some(n)),
            loc,
        }) = &page
    {
        filled("doc_number", &n.raw, *loc);
        *number = Some(At::new(n.clone(), *loc));
    }
    if title.is_none() {
        // The 标题 key, else the page's `<title>`: the first that names a document.
        let from_key = web
            .get(HeaderField::Title)
            .map(|v| (v.value.to_owned(), v.loc));
        let from_page = page.map(|At { value: (t, _), loc }| (t, loc));
        if let Some((value, loc)) = from_key
            .into_iter()
            .chain(from_page)
            .find(|(t, _)| names_document(t))
        {
            filled("title", &value, loc);
            *title = Some(value);
        }
    }
}

/// A page's title names a document, not only the site or an organ: "青岑县人民政府" and
/// "嶂屿县人民政府门户网站" as a `<title>` give no title.
fn names_document(t: &str) -> bool {
    let t = t.trim_matches(is_space);
    !t.is_empty() && !is_site_name(t) && !is_organ_name(t)
}

/// A page title opening with the site's or the organ's name before its separator
/// ("岱宁县人民政府--岱宁县人民政府办公室关于…的通知", "某县人民政府 - 关于…的通知"): the
/// rest, when it names a document.
fn without_leading_site(value: &str) -> &str {
    for sep in ["--", "——", " - ", " – ", " — ", "_", "|", "｜", "－"] {
        if let Some(i) = value.find(sep) {
            let (head, rest) = (&value[..i], value[i + sep.len()..].trim_matches(is_space));
            if !head.trim_matches(is_space).is_empty()
                && !names_document(head)
                && names_document(rest)
            {
                return rest;
            }
        }
    }
    value
}

/// The notice's title as a web page names it, and a 发文字号 printed in brackets at its end
/// ("关于…的通知(池政〔2017〕101号)"): `ArticleTitle`, else the page `<title>` before the
/// column's and site's names ("关于…的通知_通知公告_某县人民政府").
pub(crate) fn page_title(web: &Web) -> Option<At<(String, Option<DocNumber>)>> {
    let At { value, loc } = web.get(HeaderField::PageTitle)?;
    let value = without_leading_site(value);
    let cut = [" - ", " – ", " — ", "_", "|", "｜", "－"]
        .iter()
        .filter_map(|sep| value.find(sep))
        .min()
        .unwrap_or(value.len());
    let title = value[..cut].trim_matches(is_space);
    if let Some(inner) = title.strip_suffix(['）', ')'])
        && let Some(open) = inner.rfind(['（', '('])
    {
        let bracketed = inner[open..]
            .trim_start_matches(['（', '('])
            .trim_matches(is_space);
        if let Some((number, range)) = find_doc_number(bracketed)
            && range.start == 0
            && range.end == bracketed.len()
        {
            let rest = inner[..open].trim_matches(is_space);
            return (!rest.is_empty()).then(|| At::new((rest.to_owned(), Some(number)), loc));
        }
    }
    (!title.is_empty()).then(|| At::new((title.to_owned(), None), loc))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_site_or_organ_name_is_no_document_title() {
        for t in [
            "柏岩县人民政府",
            "柏岩县人民政府门户网站",
            "柏岩县人民政府办公室",
            " ",
        ] {
            assert!(!names_document(t), "{t}");
        }
        for t in ["关于做好防汛工作的通知", "柏岩县2024年政务公开工作要点"] {
            assert!(names_document(t), "{t}");
        }
    }

    /// The notice's title from an HTML page's `ArticleTitle` or `<title>`: the site's and
    /// column's names cut off, a bracketed 发文字号 at the end taken apart; a number cited
    /// inside the title is no number of the page's.
    #[test]
    fn page_titles() {
        let web_of = |pairs: &[(&str, &str)]| {
            let mut f = crate::filter::web::WebFilter::default();
            for (k, v) in pairs {
                f.take_meta(&gongwen_blocks::Meta {
                    key: (*k).to_owned(),
                    value: (*v).to_owned(),
                    loc: Loc::block(0),
                });
            }
            f.finish()
        };
        type Case<'a> = (&'a [(&'a str, &'a str)], Option<(&'a str, Option<&'a str>)>);
        let cases: &[Case<'_>] = &[
            (
                &[("title", "关于做好防汛工作的通知_通知公告_柏岩县人民政府")],
                Some(("关于做好防汛工作的通知", None)),
            ),
            // The site's name first: the document's title after it.
            (
                &[(
                    "title",
                    "柏岩县人民政府--柏岩县人民政府办公室关于做好防汛工作的通知",
                )],
                Some(("柏岩县人民政府办公室关于做好防汛工作的通知", None)),
            ),
            (
                &[("title", "柏岩县人民政府门户网站 - 关于做好防汛工作的通知")],
                Some(("关于做好防汛工作的通知", None)),
            ),
            (
                &[(
                    "title",
                    "关于做好防汛工作的通知(柏政办发〔2024〕6号) - 柏岩县人民政府",
                )],
                Some(("关于做好防汛工作的通知", Some("柏政办发〔2024〕6号"))),
            ),
            (
                &[
                    ("title", "通知公告_柏岩县人民政府"),
                    (
                        "ArticleTitle",
                        "柏岩县人民政府关于加强供水管理的通知（柏政发〔2024〕5号）",
                    ),
                ],
                Some((
                    "柏岩县人民政府关于加强供水管理的通知",
                    Some("柏政发〔2024〕5号"),
                )),
            ),
            (
                &[(
                    "title",
                    "关于转发《关于加强管理的通知（国办发〔2018〕1号）》的通知",
                )],
                Some((
                    "关于转发《关于加强管理的通知（国办发〔2018〕1号）》的通知",
                    None,
                )),
            ),
            (&[("title", "（柏政发〔2024〕5号）")], None),
            (&[("索引号", "001")], None),
        ];
        for (pairs, want) in cases {
            let got = page_title(&web_of(pairs))
                .map(|At { value: (t, n), .. }| (t, n.map(|n| n.normalized)));
            let want = want.map(|(t, n)| (t.to_owned(), n.map(str::to_owned)));
            assert_eq!(got, want, "{pairs:?}");
        }
    }
}
