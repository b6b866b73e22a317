//! Metadata keys: the labels of a government website's metadata block (索引号, 发布机构,
//! 成文日期 …), printed as `label：value` lines or a table, and the `<meta>` names an HTML
//! page states (ArticleTitle, PubDate …, arriving as `Block::Meta`); with the header
//! field, if any, each may fill when the document does not print it.

use std::sync::LazyLock;

/// A header field a metadata key may supply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum HeaderField {
    /// 发文字号.
    DocNumber,
    /// 发文机关.
    Issuers,
    /// 成文日期.
    Date,
    /// 标题.
    Title,
    /// 公开方式 (主动公开 …).
    Publicity,
    /// The page's own name for the notice (an HTML `<meta name="ArticleTitle">` or
    /// `<title>`): a title once the site's name is cut off, and sometimes the 发文字号 in
    /// brackets at its end.
    PageTitle,
}

/// Where a key is found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Printed {
    /// Printed in a website's metadata block, and never at the start of a line of a
    /// document's own text: one alone may open a metadata block.
    Strong,
    /// Printed in a metadata block, but a document might print it too (标题, 文号): taken
    /// only inside a block, at the top of the page, or with another key on its line.
    Weak,
    /// Only stated by the file about itself (an HTML `<meta>`), never printed.
    Meta,
}

/// A metadata key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct MetaKey {
    pub key: &'static str,
    pub printed: Printed,
    pub fills: Option<HeaderField>,
}

const fn key(key: &'static str, printed: Printed, fills: Option<HeaderField>) -> MetaKey {
    MetaKey {
        key,
        printed,
        fills,
    }
}

use HeaderField::{Date, DocNumber, Issuers, PageTitle, Publicity, Title};
use Printed::{Meta, Strong, Weak};

/// Metadata keys. For each field the first key the metadata holds is taken, in table order.
pub(crate) const META_KEYS: &[MetaKey] = &[
    key("索引号", Strong, None),
    key("信息索引号", Strong, None),
    key("索取号", Strong, None),
    key("发文机关", Strong, Some(Issuers)),
    key("发布机构", Strong, Some(Issuers)),
    key("发文单位", Strong, Some(Issuers)),
    key("发布单位", Strong, None),
    key("成文日期", Strong, Some(Date)),
    key("发文日期", Strong, Some(Date)),
    key("发布日期", Strong, None),
    key("发布时间", Strong, None),
    key("公开日期", Strong, None),
    key("生成日期", Strong, None),
    key("实施日期", Strong, None),
    key("施行日期", Strong, None),
    key("废止日期", Strong, None),
    key("发文字号", Strong, Some(DocNumber)),
    key("文件编号", Strong, Some(DocNumber)),
    key("发布部门", Strong, Some(Issuers)),
    key("效力级别", Strong, None),
    key("法宝引证码", Strong, None),
    key("主题分类", Strong, None),
    key("体裁分类", Strong, None),
    key("组配分类", Strong, None),
    key("服务对象", Strong, None),
    key("公文种类", Strong, None),
    key("文种分类", Strong, None),
    key("有效性", Strong, None),
    key("效力状态", Strong, None),
    key("时效性", Strong, None),
    key("公开方式", Strong, Some(Publicity)),
    key("公开属性", Strong, Some(Publicity)),
    key("公开类型", Strong, Some(Publicity)),
    key("公开范围", Strong, None),
    key("公开时限", Strong, None),
    key("信息类别", Strong, None),
    key("所属机构", Strong, None),
    key("信息分类", Strong, None),
    key("所属主题", Strong, None),
    key("发文机构", Strong, Some(Issuers)),
    key("时效", Strong, None),
    key("分类", Weak, None),
    key("主题词", Weak, None),
    key("关键词", Weak, None),
    key("信息来源", Weak, None),
    key("文号", Weak, Some(DocNumber)),
    key("字号", Weak, Some(DocNumber)),
    key("标题", Weak, Some(Title)),
    key("名称", Weak, Some(Title)),
    key("文件名称", Weak, Some(Title)),
    key("信息名称", Weak, Some(Title)),
    // The <meta> names of Chinese government websites (政府网站网页设计规范).
    key("ArticleTitle", Meta, Some(PageTitle)),
    key("title", Meta, Some(PageTitle)),
    key("PubDate", Meta, None),
    key("ContentSource", Meta, None),
    key("SiteName", Meta, None),
    key("SiteDomain", Meta, None),
    key("SiteIDCode", Meta, None),
    key("ColumnName", Meta, None),
    key("ColumnType", Meta, None),
    key("Keywords", Meta, None),
    key("Description", Meta, None),
    key("Author", Meta, None),
];

/// Keys of the date a page was published, in the order they are tried: no 成文日期, but
/// the year a deadline written without one falls in when nothing else says.
pub(crate) const PUBLISHED_KEYS: [&str; 5] =
    ["发布日期", "发布时间", "公开日期", "生成日期", "PubDate"];

/// The keys printed in metadata blocks (the labels the web filter reads).
pub(crate) fn printed() -> impl Iterator<Item = &'static MetaKey> {
    PRINTED.iter().copied()
}

/// [`printed`], gathered once: the web filter searches it for every short line.
static PRINTED: LazyLock<Vec<&'static MetaKey>> =
    LazyLock::new(|| META_KEYS.iter().filter(|k| k.printed != Meta).collect());

/// The keys that fill `field`, in the order they are tried.
pub(crate) fn keys_of(field: HeaderField) -> impl Iterator<Item = &'static str> {
    META_KEYS
        .iter()
        .filter(move |k| k.fills == Some(field))
        .map(|k| k.key)
}

/// Builds this module's derived tables now ([`crate::warm_up`]).
pub(crate) fn warm_up() {
    LazyLock::force(&PRINTED);
}
