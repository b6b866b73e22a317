//! What an element's attributes say about how it is shown: inline `style` declarations,
//! `align`, `hidden`. Only the handful of properties that change what a reader sees are
//! read; stylesheets are not (a CMS's content rules only restyle text, and its hiding rules
//! are tied to scripts the reader does not run).

use gongwen_blocks::Align;
use html5ever::local_name;

use crate::dom::Element;

/// The properties read from one element.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Style {
    pub align: Option<Align>,
    pub bold: Option<bool>,
    /// Font size in half-points.
    pub font_size: Option<u16>,
    /// `display: none`, `visibility: hidden` or the `hidden` attribute.
    pub hidden: bool,
    /// `display: block` (or list-item, table…) on an inline element.
    pub block: bool,
    /// `display: inline` on a block element.
    pub inline: bool,
    /// `text-indent`, in half-width columns (2em = 4: two full-width characters).
    pub indent: Option<u16>,
    /// `page-break-before: always` / `break-before: page`.
    pub page_break: bool,
    /// `white-space: pre`, `pre-wrap`, `pre-line`.
    pub pre: bool,
    /// `list-style-type: cjk-ideographic` (or another counter style named there).
    pub list_cjk: bool,
}

/// Reads `el`'s style.
pub(crate) fn style_of(el: &Element) -> Style {
    let mut s = Style::default();
    if let Some(a) = el.attr(&local_name!("align")) {
        s.align = align_of(a);
    }
    if el.attr(&local_name!("hidden")).is_some() {
        s.hidden = true;
    }
    if let Some(css) = el.attr(&local_name!("style")) {
        for decl in css.split(';') {
            let Some((prop, value)) = decl.split_once(':') else {
                continue;
            };
            let prop = prop.trim();
            let value = value.trim();
            let value = match value.find('!') {
                Some(bang) => value[..bang].trim_end(),
                None => value,
            };
            declaration(&mut s, prop, value);
        }
    }
    s
}

/// One `property: value` declaration (no allocation: inline styles are read for every
/// element of a page).
fn declaration(s: &mut Style, prop: &str, value: &str) {
    let is = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
    if is(prop, "text-align") {
        if let Some(a) = align_of(value) {
            s.align = Some(a);
        }
    } else if is(prop, "font-weight") {
        s.bold = if is(value, "bold") || is(value, "bolder") {
            Some(true)
        } else if is(value, "normal") || is(value, "lighter") {
            Some(false)
        } else {
            value.parse::<u16>().ok().map(|w| w >= 600)
        };
    } else if is(prop, "font-size") {
        s.font_size = half_points(value);
    } else if is(prop, "display") {
        if is(value, "none") {
            s.hidden = true;
        } else if is(value, "inline") || is(value, "inline-block") {
            s.inline = true;
        } else if ["block", "list-item", "table", "flex", "grid"]
            .iter()
            .any(|d| is(value, d))
        {
            s.block = true;
        }
    } else if is(prop, "visibility") {
        s.hidden |= is(value, "hidden") || is(value, "collapse");
    } else if is(prop, "text-indent") {
        s.indent = columns(value);
    } else if is(prop, "page-break-before") || is(prop, "break-before") {
        s.page_break |= is(value, "always") || is(value, "page");
    } else if is(prop, "white-space") {
        s.pre |= value.len() >= 3 && value[..3].eq_ignore_ascii_case("pre");
    } else if is(prop, "list-style-type") || is(prop, "list-style") {
        s.list_cjk |= value.to_ascii_lowercase().contains("cjk");
    }
}

/// `center`, `right`, `left`, `justify` (CSS or the `align` attribute).
fn align_of(value: &str) -> Option<Align> {
    const ALIGNS: [(&str, Align); 10] = [
        ("center", Align::Center),
        ("middle", Align::Center),
        ("-webkit-center", Align::Center),
        ("right", Align::Right),
        ("end", Align::Right),
        ("-webkit-right", Align::Right),
        ("left", Align::Left),
        ("start", Align::Left),
        ("justify", Align::Justify),
        ("distribute", Align::Justify),
    ];
    let value = value.trim();
    ALIGNS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(value))
        .map(|(_, a)| *a)
}

/// A CSS length as a number and a unit: "12pt" → (12.0, "pt").
fn length(value: &str) -> Option<(f32, String)> {
    let end = value
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
        .unwrap_or(value.len());
    let n: f32 = value[..end].parse().ok()?;
    n.is_finite()
        .then(|| (n, value[end..].trim().to_ascii_lowercase()))
}

/// A font size in half-points: 16pt → 32, 21px → 32 (CSS pixels are 3/4 pt).
fn half_points(value: &str) -> Option<u16> {
    let (n, unit) = length(value)?;
    let pt = match unit.as_str() {
        "pt" => n,
        "px" => n * 0.75,
        _ => return None,
    };
    let half = (pt * 2.0).round();
    (half > 0.0 && half < 2000.0).then_some(half as u16)
}

/// A text indent in half-width columns: 2em → 4; 32pt at 16pt (三号) → 4.
fn columns(value: &str) -> Option<u16> {
    let (n, unit) = length(value)?;
    let em = match unit.as_str() {
        "em" | "rem" => n,
        "pt" => n / 16.0,
        "px" => n / 21.0,
        "cm" => n / 0.56,
        _ => return None,
    };
    let cols = (em * 2.0).round();
    (cols > 0.0 && cols < 1000.0).then_some(cols as u16)
}

#[cfg(test)]
mod tests {
    use html5ever::tendril::StrTendril;
    use html5ever::{LocalName, QualName, ns};

    use super::*;
    use crate::dom::NONE;

    fn el(attrs: &[(&str, &str)]) -> Element {
        Element {
            name: QualName::new(None, ns!(html), local_name!("p")),
            attrs: attrs
                .iter()
                .map(|(n, v)| (LocalName::from(*n), StrTendril::from_slice(v)))
                .collect(),
            template: NONE,
        }
    }

    #[test]
    fn declarations() {
        let s = style_of(&el(&[(
            "style",
            "margin-top: 6px; TEXT-ALIGN: Center; font-weight: 700; font-size: 16pt; text-indent: 2em",
        )]));
        assert_eq!(s.align, Some(Align::Center));
        assert_eq!(s.bold, Some(true));
        assert_eq!(s.font_size, Some(32));
        assert_eq!(s.indent, Some(4));
        let s = style_of(&el(&[("align", "right"), ("style", "display:none")]));
        assert_eq!((s.align, s.hidden), (Some(Align::Right), true));
        let s = style_of(&el(&[(
            "style",
            "font-size: 21px;page-break-before:always",
        )]));
        assert_eq!((s.font_size, s.page_break), (Some(32), true));
        // Junk is ignored.
        let s = style_of(&el(&[(
            "style",
            "font-size: large; text-indent: -2em; ;:;x",
        )]));
        assert_eq!(s, Style::default());
    }
}
