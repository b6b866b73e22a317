//! Publicity (公开属性): the note under the date ("（此件公开发布）"), and the value of a
//! website's 公开方式 ("主动公开").

use gongwen_model::Publicity;

use crate::text::chars::is_space;

/// The publicity stated by a note line.
pub(crate) fn publicity_of(text: &str) -> Option<Publicity> {
    let t: String = text.chars().filter(|c| !is_space(*c)).collect();
    if t.chars().count() > 24 {
        return None;
    }
    if t.contains("此件依申请公开") {
        Some(Publicity::OnRequest)
    } else if t.contains("此件不予公开") || t.contains("此件不公开") {
        Some(Publicity::NotPublic)
    } else if t.contains("此件公开发布") || t.contains("此件主动公开") {
        Some(Publicity::Public)
    } else {
        None
    }
}

/// The publicity a metadata value states: 主动公开, 依申请公开, 不予公开.
pub(crate) fn publicity_value(value: &str) -> Option<Publicity> {
    if value.contains("依申请") {
        Some(Publicity::OnRequest)
    } else if value.contains("不予公开") || value.contains("不公开") {
        Some(Publicity::NotPublic)
    } else if value.contains("主动公开") || value.contains("公开发布") {
        Some(Publicity::Public)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn publicity_lines() {
        assert_eq!(publicity_of("（此件公开发布）"), Some(Publicity::Public));
        assert_eq!(publicity_of("(此件主动公开)"), Some(Publicity::Public));
        assert_eq!(
            publicity_of("（此件依申请公开）"),
            Some(Publicity::OnRequest)
        );
        assert_eq!(publicity_of("（此件不予公开）"), Some(Publicity::NotPublic));
        assert_eq!(publicity_of("（联系人：张三，电话：1234567）"), None);
    }
}
