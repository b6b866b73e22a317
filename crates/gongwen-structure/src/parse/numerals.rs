//! Chinese and Arabic numerals.
//!
//! Two Chinese styles occur in 公文: the positional style with units (十六, 一百零五,
//! 二千零二十四) used for section numbers, months and days, and the digit-by-digit style
//! (二〇二四, 一九九六) used for years. Both are read here, together with the financial
//! forms (壹 贰 … 拾 佰 仟) and Arabic digits in half or full width.

/// The value of a numeral written in Chinese (一 二 … 十 百 千 万, 〇 ○ O 零 两, 壹 贰 …)
/// or Arabic digits (half- or full-width). `None` when `s` is not entirely a number or
/// the value does not fit in a `u32`.
pub fn parse_number(s: &str) -> Option<u32> {
    if s.is_empty() {
        return None;
    }
    if s.chars().all(|c| arabic_digit(c).is_some()) {
        return parse_arabic(s);
    }
    // A Latin O is a letter unless it sits among other numerals (二O二四): a lone "O" or
    // "OO" must not read as zero.
    if s.chars().all(is_latin_o) {
        return None;
    }
    // The tokens of a numeral that can fit a u32 fit on the stack; a longer run (leading
    // zeros, say) takes the heap.
    let mut inline = [Tok::Zero; 32];
    let heap: Vec<Tok>;
    let tokens: &[Tok] = match tokenize(s, &mut inline)? {
        Some(n) => &inline[..n],
        None => {
            let mut buf = vec![Tok::Zero; 2 * s.chars().count()];
            let n = tokenize(s, &mut buf)?.unwrap_or(0);
            heap = buf;
            &heap[..n]
        }
    };
    if tokens
        .iter()
        .any(|t| matches!(t, Tok::Unit(_) | Tok::Big(_)))
    {
        parse_positional(tokens)
    } else {
        parse_digitwise(tokens)
    }
}

/// Writes the tokens of `s` into `out`: `None` when a character is no numeral,
/// `Some(None)` when `out` is too short, else the number of tokens. 廿 卅 卌 are
/// contractions of 二十 三十 四十; expanding them here lets the unit parser treat 廿一
/// exactly like 二十一.
fn tokenize(s: &str, out: &mut [Tok]) -> Option<Option<usize>> {
    let mut n = 0;
    for c in s.chars() {
        let (first, second) = match c {
            '廿' => (Tok::Digit(2), Some(Tok::Unit(10))),
            '卅' => (Tok::Digit(3), Some(Tok::Unit(10))),
            '卌' => (Tok::Digit(4), Some(Tok::Unit(10))),
            _ => (chinese_token(c)?, None),
        };
        for tok in std::iter::once(first).chain(second) {
            // Out of room: the caller retries with room for every token (and that pass
            // says whether all of `s` is a numeral).
            let Some(slot) = out.get_mut(n) else {
                return Some(None);
            };
            *slot = tok;
            n += 1;
        }
    }
    Some(Some(n))
}

/// The Chinese numeral for `n` in positional style, as used in section labels
/// (1 → 一, 10 → 十, 16 → 十六, 105 → 一百零五, 2024 → 二千零二十四). 0 gives 〇.
/// Values of 10 000 and above are written with 万.
pub fn to_chinese(n: u32) -> String {
    if n == 0 {
        return "〇".to_string();
    }
    let mut out = String::new();
    let high = n / 10_000;
    let low = n % 10_000;
    if high > 0 {
        out.push_str(&to_chinese(high));
        out.push('万');
        if low > 0 && low < 1000 {
            out.push('零');
        }
    }
    if low > 0 {
        // 十六 rather than 一十六 only when the number starts at the tens place.
        let leading = high == 0;
        out.push_str(&below_10000(low, leading));
    }
    out
}

/// The value of one Arabic digit, half-width or full-width.
pub fn arabic_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// The value of one Chinese digit character (〇 ○ O 零 一 … 九, 两, 壹 … 玖), or `None`
/// for units and anything else.
pub fn chinese_digit(c: char) -> Option<u32> {
    match chinese_token(c)? {
        Tok::Digit(d) => Some(d),
        Tok::Zero => Some(0),
        Tok::Unit(_) | Tok::Big(_) => None,
    }
}

/// True for the characters a Chinese numeral can be made of (digits, zero forms, units,
/// 廿 卅 卌), so that callers can find the extent of a numeral in running text.
pub fn is_chinese_numeral_char(c: char) -> bool {
    matches!(c, '廿' | '卅' | '卌') || chinese_token(c).is_some()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok {
    /// 1-9.
    Digit(u32),
    /// 〇 ○ O 零: a digit in 二〇二四, a place holder in 一百零五.
    Zero,
    /// 十 百 千 (and financial forms).
    Unit(u32),
    /// 万 亿: they multiply everything before them.
    Big(u32),
}

fn is_latin_o(c: char) -> bool {
    matches!(c, 'O' | 'o' | 'Ｏ' | 'ｏ')
}

fn chinese_token(c: char) -> Option<Tok> {
    let t = match c {
        '〇' | '○' | '零' | '◯' | 'O' | 'o' | 'Ｏ' | 'ｏ' => Tok::Zero,
        '一' | '壹' | '弌' => Tok::Digit(1),
        '二' | '贰' | '貳' | '两' | '兩' | '弍' => Tok::Digit(2),
        '三' | '叁' | '參' | '弎' => Tok::Digit(3),
        '四' | '肆' => Tok::Digit(4),
        '五' | '伍' => Tok::Digit(5),
        '六' | '陆' | '陸' => Tok::Digit(6),
        '七' | '柒' => Tok::Digit(7),
        '八' | '捌' => Tok::Digit(8),
        '九' | '玖' => Tok::Digit(9),
        '十' | '拾' => Tok::Unit(10),
        '百' | '佰' => Tok::Unit(100),
        '千' | '仟' => Tok::Unit(1000),
        '万' | '萬' => Tok::Big(10_000),
        '亿' | '億' => Tok::Big(100_000_000),
        _ => return None,
    };
    Some(t)
}

fn parse_arabic(s: &str) -> Option<u32> {
    s.chars().try_fold(0u32, |acc, c| {
        acc.checked_mul(10)?.checked_add(arabic_digit(c)?)
    })
}

/// 二〇二四 → 2024: each character is one decimal digit.
fn parse_digitwise(tokens: &[Tok]) -> Option<u32> {
    tokens.iter().try_fold(0u32, |acc, t| {
        let d = match *t {
            Tok::Digit(d) => d,
            Tok::Zero => 0,
            Tok::Unit(_) | Tok::Big(_) => return None,
        };
        acc.checked_mul(10)?.checked_add(d)
    })
}

/// 一百零五, 十六, 三万五千, 一亿二千万.
fn parse_positional(tokens: &[Tok]) -> Option<u32> {
    let mut total: u64 = 0; // everything already closed by 万 / 亿
    let mut section: u64 = 0; // the part below the next 万 / 亿
    let mut pending: Option<u64> = None; // a digit waiting for its unit
    let mut last_unit: u64 = u64::MAX; // units inside a section must fall (千 > 百 > 十)
    let mut last_big: u64 = u64::MAX;
    let mut zero_since_unit = false;
    let mut prev_was_unit: Option<u64> = None;

    for &t in tokens {
        match t {
            Tok::Zero => {
                // Two digits in a row (一二十) is not a number; 零 only holds a place.
                if pending.is_some() {
                    return None;
                }
                zero_since_unit = true;
                prev_was_unit = None;
            }
            Tok::Digit(d) => {
                if pending.is_some() {
                    return None;
                }
                pending = Some(u64::from(d));
                // Remember whether the digit directly follows a unit (一百五 = 150) or
                // follows a 零 (一百零五 = 105).
                if zero_since_unit {
                    prev_was_unit = None;
                }
            }
            Tok::Unit(u) => {
                let u = u64::from(u);
                if u >= last_unit {
                    return None;
                }
                // 十 alone means 一十; 百 / 千 without a digit are not written.
                let d = match pending.take() {
                    Some(d) => d,
                    None if u == 10 => 1,
                    None => return None,
                };
                section += d * u;
                last_unit = u;
                zero_since_unit = false;
                prev_was_unit = Some(u);
            }
            Tok::Big(b) => {
                let b = u64::from(b);
                if b >= last_big {
                    return None;
                }
                section += pending.take().unwrap_or(0);
                if section == 0 && total == 0 {
                    return None;
                }
                if b == 100_000_000 {
                    total = (total + section) * b;
                } else {
                    total += section * b;
                }
                if total > u64::from(u32::MAX) {
                    return None;
                }
                section = 0;
                last_unit = u64::MAX;
                last_big = b;
                zero_since_unit = false;
                prev_was_unit = Some(b);
            }
        }
    }
    if let Some(d) = pending {
        // 一百五 is read as 150 and 三万五 as 35 000: a bare digit right after a unit of
        // a hundred or more stands for the next lower place.
        match prev_was_unit {
            Some(u) if u >= 100 && !zero_since_unit => section += d * (u / 10),
            _ => section += d,
        }
    }
    let value = total + section;
    u32::try_from(value).ok()
}

fn below_10000(n: u32, leading: bool) -> String {
    const DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    const UNITS: [(u32, Option<char>); 4] = [
        (1000, Some('千')),
        (100, Some('百')),
        (10, Some('十')),
        (1, None),
    ];
    let mut out = String::new();
    let mut started = false;
    let mut zero_pending = false;
    for (place, unit) in UNITS {
        let d = (n / place) % 10;
        if d == 0 {
            if started {
                zero_pending = true;
            }
            continue;
        }
        if zero_pending {
            out.push('零');
            zero_pending = false;
        }
        let omit_one = place == 10 && d == 1 && !started && leading;
        if !omit_one {
            out.push(DIGITS[d as usize]);
        }
        if let Some(u) = unit {
            out.push(u);
        }
        started = true;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// More tokens than fit on the stack take the heap and read the same.
    #[test]
    fn long_runs_read_like_short_ones() {
        let zeros = "〇".repeat(40);
        assert_eq!(parse_number(&format!("{zeros}一")), Some(1));
        assert_eq!(
            parse_number(&format!("{}二〇二四", "〇".repeat(30))),
            Some(2024)
        );
        assert_eq!(parse_number(&format!("{zeros}一号")), None);
        assert_eq!(parse_number(&format!("号{zeros}")), None);
        assert_eq!(
            parse_number(&"廿".repeat(20)),
            parse_number(&"二十".repeat(20))
        );
    }

    #[test]
    fn parses_numerals() {
        let cases: &[(&str, Option<u32>)] = &[
            ("一", Some(1)),
            ("十", Some(10)),
            ("十六", Some(16)),
            ("二十", Some(20)),
            ("二十八", Some(28)),
            ("三十一", Some(31)),
            ("一百零五", Some(105)),
            ("一百一十", Some(110)),
            ("一百十", Some(110)),
            ("一百五", Some(150)),
            ("两千", Some(2000)),
            ("二千零二十四", Some(2024)),
            ("三万五千", Some(35_000)),
            ("三万五", Some(35_000)),
            ("十万零一", Some(100_001)),
            ("一亿二千万", Some(120_000_000)),
            ("廿", Some(20)),
            ("廿一", Some(21)),
            ("卅", Some(30)),
            ("壹拾陆", Some(16)),
            ("贰佰", Some(200)),
            ("拾", Some(10)),
            ("〇", Some(0)),
            ("零", Some(0)),
            ("二〇二四", Some(2024)),
            ("二○一二", Some(2012)),
            ("二O二四", Some(2024)),
            ("二零二四", Some(2024)),
            ("一九九六", Some(1996)),
            ("12", Some(12)),
            ("１２", Some(12)),
            ("007", Some(7)),
            ("4294967295", Some(u32::MAX)),
        ];
        for &(input, want) in cases {
            assert_eq!(parse_number(input), want, "input {input:?}");
        }
    }

    #[test]
    fn rejects_non_numerals() {
        let cases: &[&str] = &[
            "",
            "O",
            "OO",
            "一是",
            "十六号",
            "12a",
            "1 2",
            "3万",
            "一二十",
            "十百",
            "百",
            "千",
            "万",
            "一万万",
            "4294967296",
            "99999999999999999999",
            "五十亿",
            "abc",
        ];
        for &input in cases {
            assert_eq!(parse_number(input), None, "input {input:?}");
        }
    }

    #[test]
    fn writes_chinese() {
        let cases: &[(u32, &str)] = &[
            (0, "〇"),
            (1, "一"),
            (10, "十"),
            (16, "十六"),
            (20, "二十"),
            (99, "九十九"),
            (100, "一百"),
            (105, "一百零五"),
            (110, "一百一十"),
            (1001, "一千零一"),
            (2024, "二千零二十四"),
            (10_000, "一万"),
            (10_010, "一万零一十"),
            (12_345, "一万二千三百四十五"),
            (100_000, "十万"),
        ];
        for &(n, want) in cases {
            assert_eq!(to_chinese(n), want, "n {n}");
            assert_eq!(parse_number(want), Some(n), "round trip {want}");
        }
    }

    /// Every char-boundary slice of awkward inputs: nothing may panic.
    #[test]
    fn never_panics() {
        crate::test_support::each_slice(|t| {
            let _ = parse_number(t);
        });
    }
}
