//! Header fields the document does not print, taken from a website's metadata block
//! (发文字号, 发布机构, 成文日期, 标题, 公开方式), each with a `filled_from_metadata`
//! diagnostic naming the key.

use gongwen_model::{Diagnostic, DiagnosticCode, Level, Loc};
use gongwen_model::{DocNumber, Publicity};

use crate::filter::web::Web;
use crate::lex::meta::HeaderField;
use crate::parse::date::{Ymd, parse_date};
use crate::parse::doc_number::find_doc_number;
use crate::parse::publicity::publicity_value;
use crate::text::at::At;
use crate::text::split::split_names;

/// The header fields that a website's metadata block may supply.
pub(crate) struct HeaderFields<'a> {
    pub number: &'a mut Option<At<DocNumber>>,
    pub issuers: &'a mut Vec<String>,
    pub date: &'a mut Option<At<Ymd>>,
    pub title: &'a mut Option<String>,
}

/// Fills the fields the document left empty from a website's metadata block.
pub(crate) fn fill_from_metadata(web: &Web, diags: &mut Vec<Diagnostic>, fields: HeaderFields<'_>) {
    let HeaderFields {
        number,
        issuers,
        date,
        title,
    } = fields;
    let mut filled = |field: &str, value: &str, loc: Loc| {
        diags.push(Diagnostic {
            level: Level::Info,
            code: DiagnosticCode::FilledFromMetadata,
            message: format!("{field} taken from the website metadata: {value:?}"),
            loc: Some(loc),
        });
    };
    if number.is_none() {
        if let Some(v) = web.get(HeaderField::DocNumber) {
            if let Some((n, _)) = find_doc_number(v.value) {
                filled("doc_number", v.value, v.loc);
                *number = Some(At::new(n, v.loc));
            }
        }
    }
    if issuers.is_empty() {
        if let Some(v) = web.get(HeaderField::Issuers) {
            filled("issuers", v.value, v.loc);
            *issuers = split_names(v.value);
        }
    }
    if date.is_none() {
        if let Some(v) = web.get(HeaderField::Date) {
            if let Some(d) = parse_date(v.value) {
                filled("date", v.value, v.loc);
                *date = Some(At::new(d, v.loc));
            }
        }
    }
    if title.is_none() {
        if let Some(v) = web.get(HeaderField::Title) {
            filled("title", v.value, v.loc);
            *title = Some(v.value.to_owned());
        }
    }
}

/// 公开方式 / 公开属性 in a website's metadata block: 主动公开, 依申请公开, 不予公开.
pub(crate) fn metadata_publicity(web: &Web) -> Option<At<Publicity>> {
    let v = web.get(HeaderField::Publicity)?;
    Some(At::new(publicity_value(v.value)?, v.loc))
}
