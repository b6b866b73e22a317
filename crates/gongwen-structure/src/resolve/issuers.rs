//! Who issued the document: the signature, else the organs heading the title, else the
//! header's — unless the signature only repeats the 版记's 印发机关.

use gongwen_model::{Loc, Printed};

use crate::header::formats::minutes_organ;
use crate::header::front::Front;
use crate::text::at::At;
use crate::text::chars::squeeze;

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

/// The issuers when neither the signature nor a "…关于…" title names them: the organ on
/// a 纪要's date line or at the head of its title, or the header's organs (a 令's mark, a
/// red header, a header laid out as a table), with the line or table they came from.
pub(crate) fn header_issuers(front: &Front) -> (Vec<String>, Option<Loc>) {
    if let Some(At { value, loc }) = &front.header_date
        && !value.organs.is_empty()
    {
        return (value.organs.clone(), Some(*loc));
    }
    if front.header_issuers.is_empty()
        && let Some(At { value: title, loc }) = &front.title
        && let Some(organ) = minutes_organ(title)
    {
        return (vec![organ.to_owned()], Some(*loc));
    }
    let loc = front
        .header_issuers_loc
        .filter(|_| !front.header_issuers.is_empty());
    (front.header_issuers.clone(), loc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printer_echoes() {
        let names = |ns: &[&str]| ns.iter().map(|n| (*n).to_owned()).collect::<Vec<_>>();
        let printed = |organ: Option<&str>| {
            let mut printed = Printed::new("");
            printed.organ = organ.map(str::to_owned);
            printed.date = gongwen_model::Date::new(2011, 3, 10).ok();
            printed
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
