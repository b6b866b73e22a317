//! Rendering a counter value in a list's number format: the formats of OOXML's
//! `w:numFmt` and of the binary format's `nfc` codes, which name the same formats.

/// The number formats rendered; any other format renders as decimal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NumFmt {
    #[default]
    /// 1 2 3
    Decimal,
    /// 01 02 … 10
    DecimalZero,
    /// I II III
    UpperRoman,
    /// i ii iii
    LowerRoman,
    /// A B … Z AA
    UpperLetter,
    /// a b … z aa
    LowerLetter,
    /// 一 二 … 十 十一 … 九十九; from 100 on digit by digit (一〇〇).
    ChineseCounting,
    /// 一 … 十 十一 … 一百 一百零一 … 一千 … 一万 …
    ChineseCountingThousand,
    /// 壹 贰 … 壹拾 …
    ChineseLegalSimplified,
    /// 甲 乙 丙 丁 戊 己 庚 辛 壬 癸 (then decimal).
    IdeographTraditional,
    /// 子 丑 寅 … 亥 (then decimal).
    IdeographZodiac,
    /// 〇 一 二 … digit by digit.
    IdeographDigital,
    /// (1)
    DecimalEnclosedParen,
    /// 1.
    DecimalEnclosedFullstop,
    /// ① … ⑳, then decimal.
    DecimalEnclosedCircle,
    /// ㈠ … ㈩, then decimal.
    IdeographEnclosedCircle,
    /// １ ２ …
    DecimalFullWidth,
    /// The level text is the bullet itself.
    Bullet,
    /// Nothing.
    None,
}

impl NumFmt {
    /// Reads OOXML's `w:numFmt w:val`.
    pub fn parse(value: &str) -> NumFmt {
        match value {
            "decimalZero" => NumFmt::DecimalZero,
            "upperRoman" => NumFmt::UpperRoman,
            "lowerRoman" => NumFmt::LowerRoman,
            "upperLetter" => NumFmt::UpperLetter,
            "lowerLetter" => NumFmt::LowerLetter,
            "chineseCounting" => NumFmt::ChineseCounting,
            "chineseCountingThousand"
            | "japaneseCounting"
            | "taiwaneseCounting"
            | "taiwaneseCountingThousand" => NumFmt::ChineseCountingThousand,
            "chineseLegalSimplified" => NumFmt::ChineseLegalSimplified,
            "ideographTraditional" => NumFmt::IdeographTraditional,
            "ideographZodiac" => NumFmt::IdeographZodiac,
            "ideographDigital" | "japaneseDigitalTenThousand" | "taiwaneseDigital" => {
                NumFmt::IdeographDigital
            }
            "decimalEnclosedParen" => NumFmt::DecimalEnclosedParen,
            "decimalEnclosedFullstop" => NumFmt::DecimalEnclosedFullstop,
            "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" => {
                NumFmt::DecimalEnclosedCircle
            }
            "ideographEnclosedCircle" => NumFmt::IdeographEnclosedCircle,
            "decimalFullWidth" | "decimalFullWidth2" => NumFmt::DecimalFullWidth,
            "bullet" => NumFmt::Bullet,
            "none" => NumFmt::None,
            _ => NumFmt::Decimal,
        }
    }

    /// Reads a binary document's `nfc` code ([MS-DOC] 2.9.148, the numbering of
    /// [MS-OI29500]'s ST_NumberFormat list).
    pub fn from_nfc(nfc: u8) -> NumFmt {
        match nfc {
            1 => NumFmt::UpperRoman,
            2 => NumFmt::LowerRoman,
            3 => NumFmt::UpperLetter,
            4 => NumFmt::LowerLetter,
            10 | 17 | 36 => NumFmt::IdeographDigital,
            11 | 33 | 35 | 39 => NumFmt::ChineseCountingThousand,
            14 | 19 => NumFmt::DecimalFullWidth,
            18 | 28 => NumFmt::DecimalEnclosedCircle,
            22 => NumFmt::DecimalZero,
            23 => NumFmt::Bullet,
            26 => NumFmt::DecimalEnclosedFullstop,
            27 => NumFmt::DecimalEnclosedParen,
            29 => NumFmt::IdeographEnclosedCircle,
            30 => NumFmt::IdeographTraditional,
            31 => NumFmt::IdeographZodiac,
            37 => NumFmt::ChineseCounting,
            38 => NumFmt::ChineseLegalSimplified,
            255 => NumFmt::None,
            _ => NumFmt::Decimal,
        }
    }
}

const CN_DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const CN_LEGAL: [char; 10] = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const TIANGAN: [char; 10] = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];
const DIZHI: [char; 12] = [
    '子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申', '酉', '戌', '亥',
];

/// Appends `n` rendered in `fmt` to `out` (out of a format's range: decimal, as Word does).
pub fn push_number(n: u32, fmt: NumFmt, out: &mut String) {
    use std::fmt::Write;
    match fmt {
        NumFmt::Decimal | NumFmt::Bullet => {
            let _ = write!(out, "{n}");
        }
        NumFmt::DecimalZero => {
            let _ = write!(out, "{n:02}");
        }
        NumFmt::UpperRoman | NumFmt::LowerRoman if (1..4000).contains(&n) => {
            push_roman(n, fmt == NumFmt::LowerRoman, out)
        }
        NumFmt::UpperLetter | NumFmt::LowerLetter if (1..=26 * 32).contains(&n) => {
            // Word's style: A … Z, AA … ZZ, AAA …
            let base = if fmt == NumFmt::LowerLetter {
                b'a'
            } else {
                b'A'
            };
            let letter = char::from(base + ((n - 1) % 26) as u8);
            for _ in 0..=(n - 1) / 26 {
                out.push(letter);
            }
        }
        NumFmt::ChineseCounting if n < 100 => {
            push_chinese(n, &CN_DIGITS, ['十', '百', '千'], true, out)
        }
        NumFmt::ChineseCounting | NumFmt::IdeographDigital => {
            let _ = write!(out, "{n}");
            let start = out.len() - decimal_len(n);
            let digits: String = out[start..]
                .bytes()
                .map(|b| CN_DIGITS[usize::from(b - b'0')])
                .collect();
            out.truncate(start);
            out.push_str(&digits);
        }
        NumFmt::ChineseCountingThousand => {
            push_chinese(n, &CN_DIGITS, ['十', '百', '千'], true, out)
        }
        NumFmt::ChineseLegalSimplified => {
            push_chinese(n, &CN_LEGAL, ['拾', '佰', '仟'], false, out)
        }
        NumFmt::IdeographTraditional if (1..=10).contains(&n) => {
            out.push(TIANGAN[(n - 1) as usize])
        }
        NumFmt::IdeographZodiac if (1..=12).contains(&n) => out.push(DIZHI[(n - 1) as usize]),
        NumFmt::DecimalEnclosedParen => {
            let _ = write!(out, "({n})");
        }
        NumFmt::DecimalEnclosedFullstop => {
            let _ = write!(out, "{n}.");
        }
        NumFmt::DecimalEnclosedCircle if (1..=20).contains(&n) => {
            out.extend(char::from_u32(0x2460 + n - 1));
        }
        NumFmt::IdeographEnclosedCircle if (1..=10).contains(&n) => {
            out.extend(char::from_u32(0x3220 + n - 1));
        }
        NumFmt::DecimalFullWidth => {
            let _ = write!(out, "{n}");
            let start = out.len() - decimal_len(n);
            let digits: String = out[start..]
                .bytes()
                .filter_map(|b| char::from_u32(0xFF10 + u32::from(b - b'0')))
                .collect();
            out.truncate(start);
            out.push_str(&digits);
        }
        NumFmt::None => {}
        // Out of the format's range: decimal, as Word does.
        _ => {
            let _ = write!(out, "{n}");
        }
    }
}

fn decimal_len(mut n: u32) -> usize {
    let mut len = 1;
    while n >= 10 {
        n /= 10;
        len += 1;
    }
    len
}

fn push_roman(mut n: u32, lower: bool, out: &mut String) {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    for (value, symbol) in TABLE {
        while n >= value {
            if lower {
                out.push_str(&symbol.to_ascii_lowercase());
            } else {
                out.push_str(symbol);
            }
            n -= value;
        }
    }
}

/// Chinese counting with 十/百/千 and 万/亿 groups, 零 for skipped places. `short_ten`
/// writes 10-19 as 十, 十一 … rather than 一十, 一十一.
fn push_chinese(n: u32, digits: &[char; 10], units: [char; 3], short_ten: bool, out: &mut String) {
    if n == 0 {
        out.push(digits[0]);
        return;
    }
    // Inside a number a skipped place reads 零 (the legal digits already use it).
    let zero = '零';
    // Groups of four digits, most significant first: 亿, 万, units.
    let groups = [
        (n / 100_000_000, Some('亿')),
        ((n / 10_000) % 10_000, Some('万')),
        (n % 10_000, None),
    ];
    let mut started = false;
    let mut pending_zero = false;
    for (group, big_unit) in groups {
        if group == 0 {
            if started {
                pending_zero = true;
            }
            continue;
        }
        if started && group < 1000 {
            pending_zero = true;
        }
        let places = [
            (group / 1000, Some(units[2])),
            ((group / 100) % 10, Some(units[1])),
            ((group / 10) % 10, Some(units[0])),
            (group % 10, None),
        ];
        let mut group_started = false;
        for (i, (digit, unit)) in places.into_iter().enumerate() {
            if digit == 0 {
                if group_started {
                    pending_zero = true;
                }
                continue;
            }
            if pending_zero && (started || group_started) {
                out.push(zero);
            }
            pending_zero = false;
            let is_leading_ten = i == 2 && !started && !group_started && digit == 1 && short_ten;
            if !is_leading_ten {
                out.push(digits[digit as usize]);
            }
            out.extend(unit);
            group_started = true;
        }
        out.extend(big_unit);
        started = true;
        // Zeros ending a group are not read ("一百万一千").
        pending_zero = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(n: u32, f: NumFmt) -> String {
        let mut s = String::new();
        push_number(n, f, &mut s);
        s
    }

    #[test]
    fn chinese_counting() {
        let f = NumFmt::ChineseCounting;
        assert_eq!(fmt(1, f), "一");
        assert_eq!(fmt(10, f), "十");
        assert_eq!(fmt(11, f), "十一");
        assert_eq!(fmt(20, f), "二十");
        assert_eq!(fmt(21, f), "二十一");
        assert_eq!(fmt(99, f), "九十九");
        assert_eq!(fmt(100, f), "一〇〇");
        assert_eq!(fmt(0, f), "〇");
    }

    #[test]
    fn chinese_counting_thousand() {
        let f = NumFmt::ChineseCountingThousand;
        assert_eq!(fmt(10, f), "十");
        assert_eq!(fmt(15, f), "十五");
        assert_eq!(fmt(100, f), "一百");
        assert_eq!(fmt(101, f), "一百零一");
        assert_eq!(fmt(110, f), "一百一十");
        assert_eq!(fmt(1001, f), "一千零一");
        assert_eq!(fmt(1010, f), "一千零一十");
        assert_eq!(fmt(2345, f), "二千三百四十五");
        assert_eq!(fmt(10_000, f), "一万");
        assert_eq!(fmt(10_001, f), "一万零一");
        assert_eq!(fmt(100_000, f), "十万");
        assert_eq!(fmt(110_000, f), "十一万");
        assert_eq!(fmt(1_000_100, f), "一百万零一百");
        assert_eq!(fmt(1_001_000, f), "一百万一千");
        assert_eq!(fmt(100_000_001, f), "一亿零一");
        assert_eq!(fmt(100_000_000, f), "一亿");
        assert_eq!(fmt(u32::MAX, f), "四十二亿九千四百九十六万七千二百九十五");
    }

    #[test]
    fn legal_and_ideographs() {
        assert_eq!(fmt(10, NumFmt::ChineseLegalSimplified), "壹拾");
        assert_eq!(fmt(23, NumFmt::ChineseLegalSimplified), "贰拾叁");
        assert_eq!(fmt(1, NumFmt::IdeographTraditional), "甲");
        assert_eq!(fmt(10, NumFmt::IdeographTraditional), "癸");
        assert_eq!(fmt(11, NumFmt::IdeographTraditional), "11");
        assert_eq!(fmt(2024, NumFmt::IdeographDigital), "二〇二四");
        assert_eq!(fmt(12, NumFmt::IdeographZodiac), "亥");
        assert_eq!(fmt(1, NumFmt::IdeographEnclosedCircle), "㈠");
    }

    #[test]
    fn western() {
        assert_eq!(fmt(3, NumFmt::Decimal), "3");
        assert_eq!(fmt(3, NumFmt::DecimalZero), "03");
        assert_eq!(fmt(12, NumFmt::DecimalZero), "12");
        assert_eq!(fmt(1994, NumFmt::UpperRoman), "MCMXCIV");
        assert_eq!(fmt(4, NumFmt::LowerRoman), "iv");
        assert_eq!(fmt(0, NumFmt::UpperRoman), "0");
        assert_eq!(fmt(1, NumFmt::UpperLetter), "A");
        assert_eq!(fmt(26, NumFmt::UpperLetter), "Z");
        assert_eq!(fmt(27, NumFmt::UpperLetter), "AA");
        assert_eq!(fmt(28, NumFmt::LowerLetter), "bb");
        assert_eq!(fmt(2, NumFmt::DecimalEnclosedParen), "(2)");
        assert_eq!(fmt(1, NumFmt::DecimalEnclosedCircle), "①");
        assert_eq!(fmt(20, NumFmt::DecimalEnclosedCircle), "⑳");
        assert_eq!(fmt(21, NumFmt::DecimalEnclosedCircle), "21");
        assert_eq!(fmt(12, NumFmt::DecimalFullWidth), "１２");
        assert_eq!(fmt(7, NumFmt::None), "");
    }
}
