//! Publicity (公开属性): the note under the date ("（此件公开发布）"). A website's 公开方式
//! ("主动公开") is the site's, kept in the metadata.

use gongwen_model::Publicity;

use crate::lex::document::PUBLICITY;
use crate::text::chars::is_space;

/// The publicity stated by a note line ("（此件公开发布）").
pub(crate) fn publicity_of(text: &str) -> Option<Publicity> {
    let t: String = text.chars().filter(|c| !is_space(*c)).collect();
    if t.chars().count() > 24 {
        return None;
    }
    PUBLICITY
        .iter()
        .find(|p| t.contains(p.word))
        .map(|p| p.publicity)
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
