//! The benchmark corpus: varied county notices generated from the seed fixture
//! (`fixtures/txt/seed-pingyin-2024-4.txt`), written as .txt (Word's "save as text"
//! table shape) and as a minimal valid .docx (a real `w:tbl`, `w:vMerge` for merged
//! cells, `w:gridSpan` for the header), deterministically from a seed.
//!
//! Each notice changes the county (name and 机关代字), the year (in the number, the
//! title, the dates and the deadlines), the serial, the date and the size of the task
//! table (5 to 120 rows, the seed's rows taken cyclically and renumbered).

use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The seed notice, UTF-8.
pub const SEED_TXT: &str = include_str!("../../../fixtures/txt/seed-pingyin-2024-4.txt");

const COUNTIES: [&str; 24] = [
    "平阴", "东阿", "临朐", "沂水", "费县", "郯城", "曹县", "单县", "巨野", "莘县", "冠县", "高唐",
    "阳谷", "商河", "济阳", "长清", "蒙阴", "平邑", "莒南", "临沭", "五莲", "莒县", "昌乐", "高青",
];

/// One generated notice.
#[derive(Debug, Clone)]
pub struct Notice {
    /// A file stem: `NNNN-county-year-serial`.
    pub stem: String,
    /// Lines before the task table.
    pub lines: Vec<String>,
    /// The task table: the header row, then the rows (cells as printed, blank when merged).
    pub header: Vec<String>,
    /// The data rows.
    pub rows: Vec<Vec<String>>,
}

/// A small deterministic generator (SplitMix64).
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from `seed`.
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// The next number.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next_u64() % (hi - lo + 1)
    }
}

/// The seed split into the lines before the table, the header row and the data rows.
fn seed_parts() -> (Vec<&'static str>, Vec<&'static str>, Vec<Vec<&'static str>>) {
    let lines: Vec<&str> = SEED_TXT.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.trim() == "序号" && l.starts_with('\t'))
        .unwrap_or(lines.len());
    let mut groups: Vec<Vec<&str>> = Vec::new();
    let mut current = Vec::new();
    for line in &lines[start..] {
        if line.trim().is_empty() && !line.starts_with('\t') {
            if !current.is_empty() {
                groups.push(std::mem::take(&mut current));
            }
        } else {
            current.push(line.strip_prefix('\t').unwrap_or(line));
        }
    }
    if !current.is_empty() {
        groups.push(current);
    }
    let mut groups = groups.into_iter();
    let header = groups.next().unwrap_or_default();
    (lines[..start].to_vec(), header, groups.collect())
}

/// The `index`-th notice of the corpus generated from `seed`.
pub fn notice(index: usize, seed: u64) -> Notice {
    let mut rng = Rng::new(seed ^ (index as u64).wrapping_mul(0x2545_F491_4F6C_DD1D));
    let county = COUNTIES[rng.range(0, COUNTIES.len() as u64 - 1) as usize];
    let year = rng.range(2019, 2025).to_string();
    let serial = rng.range(1, 99);
    let (month, day) = (rng.range(1, 12), rng.range(1, 28));
    let n_rows = rng.range(5, 120) as usize;
    let code = county.chars().next().unwrap_or('平');
    let sub = |s: &str| -> String {
        s.replace(
            "平政办字〔2024〕4号",
            &format!("{code}政办字〔{year}〕{serial}号"),
        )
        .replace("2024年6月28日", &format!("{year}年{month}月{day}日"))
        .replace("平阴县", &format!("{county}县"))
        .replace("平阴", county)
        .replace("2024", &year)
    };
    let (before, header, rows) = seed_parts();
    let lines = before.iter().map(|l| sub(l)).collect();
    let header = header.iter().map(|c| sub(c)).collect();
    let rows = (0..n_rows)
        .map(|i| {
            let seed_row = &rows[i % rows.len().max(1)];
            seed_row
                .iter()
                .enumerate()
                .map(|(c, cell)| {
                    if c == 0 {
                        (i + 1).to_string()
                    } else {
                        sub(cell)
                    }
                })
                .collect()
        })
        .collect();
    Notice {
        stem: format!("{index:05}-{county}-{year}-{serial}"),
        lines,
        header,
        rows,
    }
}

impl Notice {
    /// The notice as Word's "save as text" output.
    pub fn to_txt(&self) -> String {
        let mut out = String::new();
        for line in &self.lines {
            out.push_str(line);
            out.push('\n');
        }
        for row in std::iter::once(&self.header).chain(&self.rows) {
            for cell in row {
                out.push('\t');
                out.push_str(cell);
                out.push('\n');
            }
            out.push('\n');
        }
        out
    }

    /// `word/document.xml`: a paragraph per line, then the task table.
    pub fn document_xml(&self) -> String {
        let mut x = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document \
             xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>",
        );
        for line in &self.lines {
            paragraph(&mut x, line);
        }
        let cols = self
            .rows
            .iter()
            .map(Vec::len)
            .max()
            .unwrap_or(0)
            .max(self.header.len());
        x.push_str("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>");
        for _ in 0..cols {
            x.push_str("<w:gridCol w:w=\"1400\"/>");
        }
        x.push_str("</w:tblGrid><w:tr>");
        // The header names fewer cells than the rows have: its second cell spans the rest.
        let span = cols.saturating_sub(self.header.len()) + 1;
        for (c, cell) in self.header.iter().enumerate() {
            x.push_str("<w:tc>");
            if c == 1 && span > 1 {
                x.push_str(&format!("<w:tcPr><w:gridSpan w:val=\"{span}\"/></w:tcPr>"));
            }
            paragraph(&mut x, cell);
            x.push_str("</w:tc>");
        }
        x.push_str("</w:tr>");
        for (r, row) in self.rows.iter().enumerate() {
            x.push_str("<w:tr>");
            for c in 0..cols {
                let cell = row.get(c).map_or("", String::as_str);
                let blank = cell.trim().is_empty();
                let above = (0..r)
                    .rev()
                    .map(|i| self.cell(i, c))
                    .find(|s| !s.trim().is_empty());
                let below_blank = self
                    .rows
                    .get(r + 1)
                    .is_some_and(|_| self.cell(r + 1, c).trim().is_empty());
                x.push_str("<w:tc>");
                if blank && above.is_some() {
                    x.push_str("<w:tcPr><w:vMerge/></w:tcPr>");
                } else if !blank && below_blank {
                    x.push_str("<w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>");
                }
                paragraph(&mut x, if blank && above.is_some() { "" } else { cell });
                x.push_str("</w:tc>");
            }
            x.push_str("</w:tr>");
        }
        x.push_str("</w:tbl><w:p/><w:sectPr/></w:body></w:document>");
        x
    }

    fn cell(&self, row: usize, col: usize) -> &str {
        self.rows
            .get(row)
            .and_then(|r| r.get(col))
            .map_or("", String::as_str)
    }

    /// The notice as a minimal valid .docx: `[Content_Types].xml`, `_rels/.rels`,
    /// `word/document.xml`.
    pub fn to_docx(&self) -> io::Result<Vec<u8>> {
        use zip::write::SimpleFileOptions;
        let mut zip = zip::ZipWriter::new(io::Cursor::new(Vec::new()));
        let options = SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .last_modified_time(zip::DateTime::default());
        let parts: [(&str, String); 3] = [
            ("[Content_Types].xml", CONTENT_TYPES.to_owned()),
            ("_rels/.rels", RELS.to_owned()),
            ("word/document.xml", self.document_xml()),
        ];
        for (name, text) in parts {
            zip.start_file(name, options).map_err(io::Error::other)?;
            zip.write_all(text.as_bytes())?;
        }
        Ok(zip.finish().map_err(io::Error::other)?.into_inner())
    }
}

const CONTENT_TYPES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/word/document.xml\" \
ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
</Types>";

const RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" \
Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" \
Target=\"word/document.xml\"/></Relationships>";

fn paragraph(x: &mut String, text: &str) {
    if text.is_empty() {
        x.push_str("<w:p/>");
        return;
    }
    x.push_str("<w:p><w:r><w:t xml:space=\"preserve\">");
    for ch in text.chars() {
        match ch {
            '&' => x.push_str("&amp;"),
            '<' => x.push_str("&lt;"),
            '>' => x.push_str("&gt;"),
            '\t' => x.push_str("</w:t><w:tab/><w:t xml:space=\"preserve\">"),
            c if (c as u32) < 0x20 => {}
            c => x.push(c),
        }
    }
    x.push_str("</w:t></w:r></w:p>");
}

/// Writes notices `0..count` under `dir/txt/` and/or `dir/docx/`; returns the files written.
pub fn write_corpus(
    dir: &Path,
    count: usize,
    seed: u64,
    txt: bool,
    docx: bool,
) -> io::Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    for (on, sub) in [(txt, "txt"), (docx, "docx")] {
        if on {
            std::fs::create_dir_all(dir.join(sub))?;
        }
    }
    for i in 0..count {
        let n = notice(i, seed);
        if txt {
            let p = dir.join("txt").join(format!("{}.txt", n.stem));
            std::fs::write(&p, n.to_txt())?;
            written.push(p);
        }
        if docx {
            let p = dir.join("docx").join(format!("{}.docx", n.stem));
            std::fs::write(&p, n.to_docx()?)?;
            written.push(p);
        }
    }
    Ok(written)
}
