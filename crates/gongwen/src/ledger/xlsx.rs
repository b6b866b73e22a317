//! The ledger as an .xlsx workbook people open as it is: a 任务 sheet (one row per task),
//! a 文件 sheet (one row per input, failed and skipped ones included) and, only when
//! Excel's limits cut something, a 说明 sheet saying what.
//!
//! Written with rust_xlsxwriter in its constant-memory mode: each row goes to a temporary
//! file as soon as the next one starts, so memory stays flat for hundreds of thousands of
//! tasks. Column widths are measured while the rows pass and set at the end; the file is
//! written through [`AtomicFile`], so it appears whole or not at all.

use std::io::{self, BufWriter};
use std::path::{Path, PathBuf};

use rust_xlsxwriter::{
    Color, ExcelDateTime, Format, FormatAlign, FormatBorder, FormatUnderline, Formula, Workbook,
    Worksheet, XlsxError,
};

use super::{COLUMNS, FileRow, LABELS, LedgerEntry, TaskRow, Value};
use crate::output::AtomicFile;
use crate::{Options, parse_many};

/// Excel's rows per sheet (1,048,576), the header row included.
const EXCEL_ROWS: u32 = 1_048_576;
/// Excel's characters per cell, counted in UTF-16 code units.
const EXCEL_CELL_CHARS: usize = 32_767;
/// Excel's characters per string in a formula, and per formula.
const EXCEL_FORMULA_STRING: usize = 255;
const EXCEL_FORMULA: usize = 8_192;

/// An empty cell, for `Cell::Value`.
static EMPTY: Value = Value::Empty;

const TASKS: usize = 0;
const FILES: usize = 1;

/// The header and the widest a column grows (in character widths; a Chinese character
/// counts two), for the 任务 sheet after the [`COLUMNS`], and for the 文件 sheet.
const REVIEW_LABEL: &str = "复核";
const TASK_MAX_WIDTHS: [f64; COLUMNS.len() + 1] = [
    36.0, 24.0, 24.0, 11.0, 36.0, 6.0, 12.0, 30.0, 30.0, 60.0, 30.0, 20.0, 20.0, 30.0, 8.0, 8.0,
    20.0, 10.0, 11.0, 8.0, 12.0, 6.0, 40.0,
];
/// Columns whose text wraps (it is cut to the width otherwise): titles, requirement, units,
/// and the review reasons.
const TASK_WRAPPED: [usize; 9] = [4, 7, 8, 9, 10, 11, 12, 13, COLUMNS.len()];
const FILE_LABELS: [&str; 11] = [
    "文件",
    "状态",
    "格式",
    "文号",
    "发文机关",
    "标题",
    "成文日期",
    "文种",
    "任务数",
    "警告数",
    "说明",
];
const FILE_MAX_WIDTHS: [f64; 11] = [40.0, 8.0, 8.0, 24.0, 24.0, 40.0, 11.0, 8.0, 8.0, 8.0, 50.0];
const FILE_WRAPPED: [usize; 2] = [5, 10];

/// The review shading: light yellow, as reviewers mark cells by hand.
const SHADE: u32 = 0xFFF2CC;
const HEADER_FILL: u32 = 0xDDEBF7;

/// What the writer did, and what Excel's limits made it leave out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct LedgerSummary {
    /// Rows on the 文件 sheet (inputs listed).
    pub files: usize,
    /// Rows on the 任务 sheet (tasks written).
    pub tasks: usize,
    /// Tasks that did not fit on the 任务 sheet (1,048,575 rows under the header): the
    /// 文件 sheet says which documents lost tasks, and the 说明 sheet how many.
    pub tasks_left_out: usize,
    /// Inputs that did not fit on the 文件 sheet.
    pub files_left_out: usize,
    /// Cells longer than Excel's 32,767 characters, cut and marked for review.
    pub cells_cut: usize,
}

impl LedgerSummary {
    /// True when every task and every input is in the workbook.
    pub fn is_complete(&self) -> bool {
        self.tasks_left_out == 0 && self.files_left_out == 0
    }
}

/// A task ledger being written to an .xlsx file, entry by entry, in constant memory.
///
/// ```
/// use gongwen::ledger::{LedgerEntry, XlsxLedger};
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let dir = std::env::temp_dir().join(format!("gongwen-xlsx-doc-{}", std::process::id()));
/// std::fs::create_dir_all(&dir)?;
/// let out = dir.join("任务台账.xlsx");
/// let mut book = XlsxLedger::create(&out)?;
/// let seed = "../../fixtures/txt/seed-pingyin-2024-4.txt";
/// book.add(&LedgerEntry::from_result(seed, &gongwen::parse_path(seed)))?;
/// let missing = "no/such/notice.txt";
/// book.add(&LedgerEntry::from_result(missing, &gongwen::parse_path(missing)))?;
/// let summary = book.finish()?;
/// assert_eq!((summary.files, summary.tasks), (2, 58));
/// assert!(summary.is_complete());
/// assert!(out.exists());
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok(())
/// # }
/// ```
pub struct XlsxLedger {
    workbook: Workbook,
    out: AtomicFile,
    /// The workbook's folder: links to inputs are relative to it, so that they still work
    /// when the folder is moved or shared as a whole.
    base: PathBuf,
    styles: Styles,
    task_row: u32,
    file_row: u32,
    task_widths: Widths<{ COLUMNS.len() + 1 }>,
    file_widths: Widths<11>,
    summary: LedgerSummary,
    /// The rows a sheet may hold, header included (Excel's, lowered in tests).
    pub(crate) max_rows: u32,
    notes: Vec<String>,
}

impl std::fmt::Debug for XlsxLedger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("XlsxLedger")
            .field("out", &self.out.path())
            .field("summary", &self.summary)
            .finish_non_exhaustive()
    }
}

impl XlsxLedger {
    /// Starts the workbook that [`finish`](Self::finish) writes to `path` (atomically,
    /// with the mode of a new file of the user, or of the file it replaces). Fails when
    /// the folder cannot be written.
    pub fn create(path: impl AsRef<Path>) -> io::Result<XlsxLedger> {
        let path = path.as_ref();
        let out = AtomicFile::create(path)?;
        let base = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let mut workbook = Workbook::new();
        // The rows wait in unnamed temporary files beside the output rather than in the
        // system's temporary folder, which may be memory (tmpfs).
        workbook.set_tempdir(&base).map_err(xlsx_error)?;
        let styles = Styles::new();
        let tasks = workbook
            .add_worksheet_with_constant_memory()
            .map_err(xlsx_error)?;
        tasks.set_name("任务").map_err(xlsx_error)?;
        let mut task_labels = [""; COLUMNS.len() + 1];
        task_labels[..COLUMNS.len()].copy_from_slice(&LABELS);
        task_labels[COLUMNS.len()] = REVIEW_LABEL;
        header(tasks, &task_labels, TASK_MAX_WIDTHS, &styles)?;
        let files = workbook
            .add_worksheet_with_constant_memory()
            .map_err(xlsx_error)?;
        files.set_name("文件").map_err(xlsx_error)?;
        header(files, &FILE_LABELS, FILE_MAX_WIDTHS, &styles)?;
        Ok(XlsxLedger {
            workbook,
            out,
            base,
            styles,
            task_row: 1,
            file_row: 1,
            task_widths: Widths::new(&task_labels, TASK_MAX_WIDTHS),
            file_widths: Widths::new(&FILE_LABELS, FILE_MAX_WIDTHS),
            summary: LedgerSummary::default(),
            max_rows: EXCEL_ROWS,
            notes: Vec::new(),
        })
    }

    /// Adds one input: its tasks to the 任务 sheet, its line to the 文件 sheet.
    pub fn add(&mut self, entry: &LedgerEntry) -> io::Result<()> {
        let mut left_out = 0;
        for task in &entry.tasks {
            if self.task_row >= self.max_rows {
                left_out += 1;
                continue;
            }
            self.write_task(task)?;
        }
        let mut file = entry.file.clone();
        if left_out > 0 {
            self.summary.tasks_left_out += left_out;
            let note = format!(
                "{left_out} 项任务超出 Excel 工作表 {} 行的上限，未写入任务表（全部任务见 CSV）",
                group(self.max_rows)
            );
            file.message = Some(match file.message {
                Some(m) => format!("{m}；{note}"),
                None => note,
            });
        }
        if self.file_row >= self.max_rows {
            self.summary.files_left_out += 1;
            return Ok(());
        }
        self.write_file(&file)
    }

    /// Sets the filters, the widths and the 说明 sheet when something was left out, and
    /// writes the workbook into place.
    pub fn finish(mut self) -> io::Result<LedgerSummary> {
        let s = &self.summary;
        if s.tasks_left_out > 0 {
            self.notes.push(format!(
                "任务表已达 Excel 工作表 {} 行的上限：{} 项任务未写入（文件表的“说明”列注明了涉及的文件）。请用 gongwen tasks --csv 导出全部任务。",
                group(self.max_rows),
                s.tasks_left_out
            ));
        }
        if s.files_left_out > 0 {
            self.notes.push(format!(
                "文件表已达 Excel 工作表 {} 行的上限：{} 个文件未列出。",
                group(self.max_rows),
                s.files_left_out
            ));
        }
        if s.cells_cut > 0 {
            self.notes.push(format!(
                "{} 个单元格超出 Excel 每格 32,767 字符的上限，已截断，所在行已标为需复核。",
                s.cells_cut
            ));
        }
        let (task_rows, file_rows) = (self.task_row, self.file_row);
        let (task_widths, file_widths) = (self.task_widths.clone(), self.file_widths.clone());
        finish_sheet(
            self.sheet(TASKS)?,
            task_rows,
            COLUMNS.len() as u16,
            &task_widths,
        )?;
        finish_sheet(self.sheet(FILES)?, file_rows, 10, &file_widths)?;
        if !self.notes.is_empty() {
            let notes = std::mem::take(&mut self.notes);
            let sheet = self.workbook.add_worksheet();
            sheet.set_name("说明").map_err(xlsx_error)?;
            sheet.set_column_width(0, 100).map_err(xlsx_error)?;
            for (i, note) in notes.iter().enumerate() {
                sheet
                    .write_string_with_format(i as u32, 0, note, &self.styles.wrap[0])
                    .map_err(xlsx_error)?;
            }
        }
        let mut out = self.out;
        {
            let mut writer = BufWriter::new(out.file_mut());
            self.workbook
                .save_to_writer(&mut writer)
                .map_err(xlsx_error)?;
            io::Write::flush(&mut writer)?;
        }
        out.commit()?;
        Ok(self.summary)
    }

    fn sheet(&mut self, index: usize) -> io::Result<&mut Worksheet> {
        self.workbook
            .worksheet_from_index(index)
            .map_err(xlsx_error)
    }

    fn write_task(&mut self, task: &TaskRow) -> io::Result<()> {
        let row = self.task_row;
        let mut review = task.review.clone();
        let mut cut = 0;
        // The text cells as they fit Excel, measured for the widths.
        let mut cells: Vec<Cell<'_>> = Vec::with_capacity(COLUMNS.len() + 1);
        for value in &task.values {
            cells.push(match value {
                // An empty list column (no support units) is an empty cell, as nothing is.
                Value::Text(s) if s.is_empty() => Cell::Value(&EMPTY),
                Value::Text(s) => {
                    let (text, was_cut) = fit(s);
                    cut += usize::from(was_cut);
                    Cell::Text(text)
                }
                other => Cell::Value(other),
            });
        }
        if cut > 0 {
            review.push(format!(
                "{cut} 个单元格超出 Excel 每格 32,767 字符的上限，已截断"
            ));
        }
        let reasons = review.join("；");
        let (reasons, _) = fit(&reasons);
        cells.push(if reasons.is_empty() {
            Cell::Value(&EMPTY)
        } else {
            Cell::Text(reasons)
        });
        self.summary.cells_cut += cut;
        let shaded = usize::from(!review.is_empty());
        for (col, cell) in cells.iter().enumerate() {
            if let Cell::Text(text) = cell {
                self.task_widths.see(col, text);
            }
        }
        let styles = &self.styles;
        let sheet = self
            .workbook
            .worksheet_from_index(TASKS)
            .map_err(xlsx_error)?;
        for (col, cell) in cells.iter().enumerate() {
            let wrapped = TASK_WRAPPED.contains(&col);
            write_cell(sheet, row, col as u16, cell, styles, wrapped, shaded)?;
        }
        fit_height(sheet, row, &cells, &TASK_WRAPPED, &TASK_MAX_WIDTHS)?;
        self.task_row += 1;
        self.summary.tasks += 1;
        Ok(())
    }

    fn write_file(&mut self, file: &FileRow) -> io::Result<()> {
        let row = self.file_row;
        let display = file.path.display().to_string();
        let link =
            relative_link(&file.path, &self.base).and_then(|target| hyperlink(&target, &display));
        let format = file.format.clone().map_or(Value::Empty, Value::Text);
        let message = file.message.as_deref().map(fit);
        if message.as_ref().is_some_and(|(_, cut)| *cut) {
            self.summary.cells_cut += 1;
        }
        let values: [Cell<'_>; 11] = [
            Cell::Text(fit(&display).0),
            Cell::Text(file.status.label().into()),
            Cell::Value(&format),
            opt_text(file.doc_number.as_deref()),
            opt_text(file.issuers.as_deref()),
            opt_text(file.title.as_deref()),
            Cell::Owned(file.date.map_or(Value::Empty, Value::Date)),
            opt_text(file.doc_type),
            Cell::Owned(Value::Number(u32::try_from(file.tasks).unwrap_or(u32::MAX))),
            Cell::Owned(Value::Number(
                u32::try_from(file.warnings).unwrap_or(u32::MAX),
            )),
            message.map_or(Cell::Value(&EMPTY), |(m, _)| Cell::Text(m)),
        ];
        for (col, cell) in values.iter().enumerate() {
            if let Cell::Text(text) = cell {
                self.file_widths.see(col, text);
            }
        }
        let styles = &self.styles;
        let sheet = self
            .workbook
            .worksheet_from_index(FILES)
            .map_err(xlsx_error)?;
        // A failed file is shaded, as a task row to review is.
        let shaded = usize::from(file.status == super::FileStatus::Failed);
        let mut linked = false;
        if let Some(formula) = link {
            sheet
                .write_formula_with_format(row, 0, formula, &styles.link[shaded])
                .map_err(xlsx_error)?;
            linked = true;
        }
        for (col, cell) in values.iter().enumerate() {
            if col == 0 && linked {
                continue;
            }
            let wrapped = FILE_WRAPPED.contains(&col);
            write_cell(sheet, row, col as u16, cell, styles, wrapped, shaded)?;
        }
        fit_height(sheet, row, &values, &FILE_WRAPPED, &FILE_MAX_WIDTHS)?;
        self.file_row += 1;
        self.summary.files += 1;
        Ok(())
    }
}

/// Parses `paths` in parallel with `options` (as [`parse_many`] does: in input order,
/// memory bounded) and writes their ledger to the .xlsx file `out`: every task on the
/// 任务 sheet, every input on the 文件 sheet (a file that failed, or that is in a format
/// gongwen does not read, is a row there). The only errors are the output's.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let dir = std::env::temp_dir().join(format!("gongwen-tasks-xlsx-{}", std::process::id()));
/// std::fs::create_dir_all(&dir)?;
/// let out = dir.join("tasks.xlsx");
/// let paths = ["../../fixtures/txt/seed-pingyin-2024-4.txt", "../../fixtures/docx/seed-pingyin-2024-4.docx"];
/// let summary = gongwen::ledger::write_tasks_xlsx(paths, &gongwen::Options::new(), &out)?;
/// assert_eq!((summary.files, summary.tasks), (2, 116));
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok(())
/// # }
/// ```
pub fn write_tasks_xlsx<I>(
    paths: I,
    options: &Options,
    out: impl AsRef<Path>,
) -> io::Result<LedgerSummary>
where
    I: IntoIterator,
    I::Item: AsRef<Path>,
{
    let mut book = XlsxLedger::create(out)?;
    let entries = parse_many(paths, options).map_inputs(|input| {
        let path = input.path().to_path_buf();
        LedgerEntry::from_result(path, &input.parse())
    });
    for (_, entry) in entries {
        book.add(&entry)?;
    }
    book.finish()
}

/// A cell to write: text (possibly cut to Excel's limit), or a typed value.
enum Cell<'a> {
    Text(std::borrow::Cow<'a, str>),
    Value(&'a Value),
    Owned(Value),
}

fn opt_text(s: Option<&str>) -> Cell<'_> {
    match s {
        Some(s) if !s.is_empty() => Cell::Text(fit(s).0),
        _ => Cell::Value(&EMPTY),
    }
}

fn write_cell(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    cell: &Cell<'_>,
    styles: &Styles,
    wrapped: bool,
    shaded: usize,
) -> io::Result<()> {
    let value = match cell {
        Cell::Text(text) => {
            let format = if wrapped {
                &styles.wrap[shaded]
            } else {
                &styles.text[shaded]
            };
            sheet
                .write_string_with_format(row, col, text.as_ref(), format)
                .map_err(xlsx_error)?;
            return Ok(());
        }
        Cell::Value(v) => *v,
        Cell::Owned(v) => v,
    };
    let result = match value {
        Value::Empty if shaded == 1 => sheet.write_blank(row, col, &styles.text[1]),
        Value::Empty => return Ok(()),
        Value::Text(s) if s.is_empty() && shaded == 1 => {
            sheet.write_blank(row, col, &styles.text[1])
        }
        Value::Text(s) if s.is_empty() => return Ok(()),
        Value::Text(s) => {
            sheet.write_string_with_format(row, col, fit(s).0.as_ref(), &styles.text[shaded])
        }
        Value::Number(n) => {
            sheet.write_number_with_format(row, col, f64::from(*n), &styles.number[shaded])
        }
        Value::Bool(b) => sheet.write_boolean_with_format(row, col, *b, &styles.boolean[shaded]),
        Value::Date(d) => {
            let date = ExcelDateTime::from_ymd(d.year(), d.month(), d.day()).map_err(xlsx_error)?;
            sheet.write_datetime_with_format(row, col, &date, &styles.date[shaded])
        }
    };
    result.map(|_| ()).map_err(xlsx_error)
}

fn header<const N: usize>(
    sheet: &mut Worksheet,
    labels: &[&str; N],
    caps: [f64; N],
    styles: &Styles,
) -> io::Result<()> {
    for (col, label) in labels.iter().enumerate() {
        sheet
            .write_string_with_format(0, col as u16, *label, &styles.header)
            .map_err(xlsx_error)?;
    }
    // Headers wrap in the columns narrower than them (单位沿用上行 over TRUE/FALSE).
    let widths = Widths::new(labels, caps).widths;
    let cells: Vec<Cell<'_>> = labels.iter().map(|l| Cell::Text((*l).into())).collect();
    let all: Vec<usize> = (0..N).collect();
    fit_height(sheet, 0, &cells, &all, &widths)?;
    sheet.set_freeze_panes(1, 0).map_err(xlsx_error)?;
    // Printed as offices print ledgers: A4 landscape, all columns on the page's width, the
    // header repeated on every page.
    sheet
        .set_paper_size(9)
        .set_landscape()
        .set_print_fit_to_pages(1, 0)
        .set_repeat_rows(0, 0)
        .map_err(xlsx_error)?;
    Ok(())
}

fn finish_sheet<const N: usize>(
    sheet: &mut Worksheet,
    rows: u32,
    last_col: u16,
    widths: &Widths<N>,
) -> io::Result<()> {
    sheet
        .autofilter(0, 0, rows.saturating_sub(1), last_col)
        .map_err(xlsx_error)?;
    for (col, width) in widths.widths.iter().enumerate() {
        sheet
            .set_column_width(col as u16, *width)
            .map_err(xlsx_error)?;
    }
    Ok(())
}

/// A `HYPERLINK` formula opening `target` (relative to the workbook's folder), showing
/// `text`, with `text` as its cached value (what readers that do not compute formulas see).
///
/// A formula rather than a hyperlink record: records are kept in memory until the
/// workbook is saved (about 1.5 KB each) and Excel holds at most 65,530 per sheet, while a
/// formula is written with its row. `None` when Excel could not hold the formula.
fn hyperlink(target: &str, text: &str) -> Option<Formula> {
    let formula = format!(
        "HYPERLINK({},{})",
        formula_string(target),
        formula_string(text)
    );
    (formula.encode_utf16().count() <= EXCEL_FORMULA)
        .then(|| Formula::new(formula).set_result(text))
}

/// `s` as a formula's string: quoted, `"` doubled, and joined with `&` from pieces of at
/// most 255 characters (Excel's limit for one string in a formula).
fn formula_string(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let pieces: Vec<String> = chars
        .chunks(EXCEL_FORMULA_STRING / 2)
        .map(|piece| {
            let piece: String = piece.iter().collect();
            format!("\"{}\"", piece.replace('"', "\"\""))
        })
        .collect();
    if pieces.is_empty() {
        "\"\"".to_owned()
    } else {
        pieces.join("&")
    }
}

/// `text` as Excel can hold it: cut to 32,767 UTF-16 code units with a note at the end,
/// and whether it was cut.
fn fit(text: &str) -> (std::borrow::Cow<'_, str>, bool) {
    // Most cells are short: count only when the bytes could be over the limit (a UTF-16
    // code unit takes at least one UTF-8 byte).
    if text.len() <= EXCEL_CELL_CHARS || text.encode_utf16().count() <= EXCEL_CELL_CHARS {
        return (std::borrow::Cow::Borrowed(text), false);
    }
    const NOTE: &str = "…（超出 Excel 单元格 32,767 字符上限，已截断）";
    let room = EXCEL_CELL_CHARS - NOTE.encode_utf16().count();
    let mut units = 0;
    let mut end = 0;
    for (i, c) in text.char_indices() {
        if units + c.len_utf16() > room {
            break;
        }
        units += c.len_utf16();
        end = i + c.len_utf8();
    }
    let mut cut = text[..end].to_owned();
    cut.push_str(NOTE);
    (std::borrow::Cow::Owned(cut), true)
}

/// 1048576 → "1,048,576".
fn group(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The width each column needs so far, between its header's and its cap.
#[derive(Clone)]
struct Widths<const N: usize> {
    widths: [f64; N],
    caps: [f64; N],
}

impl<const N: usize> Widths<N> {
    /// Widths from the headers, to grow with the content up to each column's cap.
    ///
    /// A row's height is set as the row is written, before the final widths are known,
    /// from the lines its wrapped cells take at the cap. That stays right: a column that
    /// ends narrower than its cap holds no text wider than itself, so no text in it wraps.
    fn new(labels: &[&str; N], caps: [f64; N]) -> Self {
        // Room for the filter button beside the header.
        let widths =
            std::array::from_fn(|i| (display_width(labels[i]) + 3.0).min(caps[i].max(8.0)));
        Widths { widths, caps }
    }

    fn see(&mut self, col: usize, text: &str) {
        if let (Some(width), Some(cap)) = (self.widths.get_mut(col), self.caps.get(col))
            && *width < *cap
        {
            *width = width.max((display_width(text) + 1.0).min(*cap));
        }
    }
}

/// Points per line of text in the default font (Calibri 11, and the CJK font Excel and
/// WPS fall back to).
const LINE_HEIGHT: f64 = 15.0;
/// Excel's tallest row, in points.
const MAX_ROW_HEIGHT: f64 = 409.0;
/// The rows of a sheet whose height is written. rust_xlsxwriter keeps every row height it
/// is given in memory until the workbook is saved (about 560 bytes a row, even in
/// constant-memory mode), so heights are written for the first rows only: about 11 MB at
/// most, whatever the size of the batch.
const SIZED_ROWS: u32 = 20_000;

/// Sets the row's height to the lines its tallest wrapped cell takes at its column's width.
/// LibreOffice keeps the height a file gives and does not grow a row for wrapped text when
/// it opens a file, so the height is written rather than left to the program. Past
/// [`SIZED_ROWS`] it is left to the program: Excel and WPS fit a row of wrapped text
/// whose height the file does not set.
fn fit_height(
    sheet: &mut Worksheet,
    row: u32,
    cells: &[Cell<'_>],
    wrapped: &[usize],
    widths: &[f64],
) -> io::Result<()> {
    let lines = wrapped
        .iter()
        .filter_map(|&col| match (cells.get(col), widths.get(col)) {
            (Some(Cell::Text(text)), Some(width)) => Some(wrapped_lines(text, *width)),
            _ => None,
        })
        .max()
        .unwrap_or(1);
    if lines > 1 && row < SIZED_ROWS {
        let height = (lines as f64 * LINE_HEIGHT).min(MAX_ROW_HEIGHT);
        sheet.set_row_height(row, height).map_err(xlsx_error)?;
    }
    Ok(())
}

/// How many lines `text` takes in a column `width` characters wide, wrapped at that width
/// (a Chinese character counts two; a little room is kept for the cell's margins).
fn wrapped_lines(text: &str, width: f64) -> usize {
    let room = (width - 1.5).max(1.0);
    text.lines()
        .map(|line| ((display_width(line) / room).ceil() as usize).max(1))
        .sum::<usize>()
        .max(1)
}

/// The width of the longest line of `text` in Excel's character units: a Chinese (or
/// other wide) character counts two.
fn display_width(text: &str) -> f64 {
    text.lines()
        .map(|line| {
            line.chars()
                .map(|c| if c >= '\u{2E80}' { 2.0 } else { 1.0 })
                .sum::<f64>()
        })
        .fold(0.0, f64::max)
}

/// The cell formats; `[plain, shaded]` pairs.
struct Styles {
    header: Format,
    text: [Format; 2],
    wrap: [Format; 2],
    number: [Format; 2],
    boolean: [Format; 2],
    date: [Format; 2],
    link: [Format; 2],
}

impl Styles {
    fn new() -> Styles {
        let top = || Format::new().set_align(FormatAlign::Top);
        let pair = |f: Format| [f.clone(), f.set_background_color(Color::RGB(SHADE))];
        Styles {
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter)
                .set_background_color(Color::RGB(HEADER_FILL))
                .set_border_bottom(FormatBorder::Thin),
            text: pair(top()),
            wrap: pair(top().set_text_wrap()),
            number: pair(top().set_align(FormatAlign::Center)),
            boolean: pair(top().set_align(FormatAlign::Center)),
            date: pair(top().set_num_format("yyyy-mm-dd")),
            link: pair(
                top()
                    .set_font_color(Color::RGB(0x0563C1))
                    .set_underline(FormatUnderline::Single),
            ),
        }
    }
}

/// The path of `path` relative to the folder `base`, with `/` separators: what a link in
/// a workbook saved in `base` points to. Both are made absolute (resolving symbolic links
/// when they exist, `..` otherwise); `None` when they share no root (another drive).
fn relative_link(path: &Path, base: &Path) -> Option<String> {
    use std::path::Component;
    let (p, b) = (resolved(path)?, resolved(base)?);
    let (p, b): (Vec<Component<'_>>, Vec<Component<'_>>) =
        (p.components().collect(), b.components().collect());
    if p.first() != b.first() {
        return None;
    }
    let common = p.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut parts: Vec<&str> = vec![".."; b.len() - common];
    for c in &p[common..] {
        parts.push(c.as_os_str().to_str()?);
    }
    Some(parts.join("/"))
}

/// `path` absolute and without `.` or `..`: canonical when it exists, else made so
/// lexically.
fn resolved(path: &Path) -> Option<PathBuf> {
    use std::path::Component;
    if let Ok(real) = std::fs::canonicalize(path) {
        return Some(real);
    }
    let mut out = PathBuf::new();
    for c in std::path::absolute(path).ok()?.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    Some(out)
}

/// rust_xlsxwriter's error as an I/O error (its own I/O errors unwrapped).
fn xlsx_error(e: XlsxError) -> io::Error {
    match e {
        XlsxError::IoError(e) => e,
        other => io::Error::other(other),
    }
}

#[cfg(test)]
mod tests {
    use calamine::{Data, Reader, Xlsx, open_workbook};

    use super::*;
    use crate::ledger::FileStatus;

    const SEED: &str = "../../fixtures/txt/seed-pingyin-2024-4.txt";

    /// A sheet as rows of cells.
    fn sheet(path: &Path, name: &str) -> Vec<Vec<Data>> {
        let mut book: Xlsx<_> = open_workbook(path).expect("a valid workbook");
        let range = book.worksheet_range(name).expect("the sheet");
        range.rows().map(<[Data]>::to_vec).collect()
    }

    fn sheet_names(path: &Path) -> Vec<String> {
        let book: Xlsx<_> = open_workbook(path).expect("a valid workbook");
        book.sheet_names()
    }

    /// A part of the .xlsx package, as text.
    fn part(path: &Path, name: &str) -> String {
        let bytes = std::fs::read(path).expect("read");
        let parts = gongwen_testkit::zipkit::unzip_parts(&bytes).expect("a zip");
        let (_, data) = parts
            .into_iter()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("no part {name}"));
        String::from_utf8(data).expect("UTF-8 XML")
    }

    fn text(cell: &Data) -> &str {
        match cell {
            Data::String(s) => s,
            Data::Empty => "",
            other => panic!("not text: {other:?}"),
        }
    }

    /// The seed, a missing file and a PDF.
    fn write_three(out: &Path) -> LedgerSummary {
        let dir = out.parent().expect("a folder");
        let pdf = dir.join("scan.pdf");
        std::fs::write(&pdf, "%PDF-1.7\n").expect("write");
        let mut book = XlsxLedger::create(out).expect("create");
        for path in [Path::new(SEED), Path::new("no/such.txt"), pdf.as_path()] {
            book.add(&LedgerEntry::from_result(path, &crate::parse_path(path)))
                .expect("add");
        }
        book.finish().expect("finish")
    }

    #[test]
    fn the_tasks_sheet_reads_back_with_typed_values() {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path().join("台账.xlsx");
        let summary = write_three(&out);
        assert_eq!((summary.files, summary.tasks), (3, 58));
        assert!(summary.is_complete());
        assert_eq!(sheet_names(&out), ["任务", "文件"]);
        let rows = sheet(&out, "任务");
        assert_eq!(rows.len(), 59);
        let header: Vec<&str> = rows[0].iter().map(text).collect();
        let mut want: Vec<&str> = LABELS.to_vec();
        want.push("复核");
        assert_eq!(header, want);
        let first = &rows[1];
        let col = |name: &str| crate::ledger::column(name).expect("a column");
        assert_eq!(text(&first[col("file")]), SEED);
        assert_eq!(text(&first[col("doc_number")]), "平政办字〔2024〕4号");
        assert_eq!(first[col("seq")], Data::Float(1.0));
        assert_eq!(first[col("units_open")], Data::Bool(true));
        assert_eq!(first[col("deadline_inherited")], Data::Bool(false));
        assert_eq!(text(&first[col("deadline_raw")]), "2024年12月底前");
        let serial = |y, m, d| ExcelDateTime::from_ymd(y, m, d).expect("a date").to_excel();
        match &first[col("deadline_date")] {
            Data::DateTime(d) => {
                assert!(d.is_datetime());
                assert_eq!(d.as_f64(), serial(2024, 12, 31));
            }
            other => panic!("deadline_date is no date: {other:?}"),
        }
        match &first[col("date")] {
            Data::DateTime(d) => assert_eq!(d.as_f64(), serial(2024, 6, 28)),
            other => panic!("date is no date: {other:?}"),
        }
        // The rows whose deadline was copied from the row above are marked for review.
        let review = COLUMNS.len();
        let marked: Vec<&Vec<Data>> = rows[1..]
            .iter()
            .filter(|r| !text(&r[review]).is_empty())
            .collect();
        assert_eq!(marked.len(), 33);
        for r in &marked {
            assert!(text(&r[review]).contains("完成时限沿用上一行"), "{r:?}");
            assert_eq!(r[col("deadline_inherited")], Data::Bool(true));
        }
    }

    #[test]
    fn frozen_header_filter_shading_and_links_are_in_the_package() {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path().join("台账.xlsx");
        write_three(&out);
        let tasks = part(&out, "xl/worksheets/sheet1.xml");
        assert!(
            tasks.contains(
                r#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
            ),
            "{}",
            &tasks[..600]
        );
        assert!(tasks.contains(r#"<autoFilter ref="A1:W59"/>"#));
        let files = part(&out, "xl/worksheets/sheet2.xml");
        assert!(files.contains(r#"<autoFilter ref="A1:K4"/>"#));
        let workbook = part(&out, "xl/workbook.xml");
        assert!(workbook.contains("_xlnm._FilterDatabase"));
        // The paths are links to the inputs, from the workbook's folder.
        let seed = relative_link(Path::new(SEED), dir.path()).expect("relative");
        assert!(seed.ends_with("fixtures/txt/seed-pingyin-2024-4.txt"));
        let link = |target: &str, text: &str| {
            format!("<f>HYPERLINK(\"{target}\",\"{text}\")</f><v>{text}</v>")
        };
        assert!(files.contains(&link(&seed, SEED)), "{files}");
        let pdf = dir.path().join("scan.pdf");
        assert!(
            files.contains(&link("scan.pdf", &pdf.display().to_string())),
            "{files}"
        );
        // The review shading is a light yellow fill.
        let styles = part(&out, "xl/styles.xml");
        assert!(styles.contains("FFFFF2CC"), "{styles}");
        // Widths were set from the content: the requirement column is at its cap.
        assert!(
            tasks.contains(r#"<col min="10" max="10" width="60.7109375" customWidth="1"/>"#),
            "{}",
            &tasks[..1500]
        );
    }

    #[test]
    fn every_input_is_a_row_of_the_documents_sheet() {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path().join("台账.xlsx");
        write_three(&out);
        let rows = sheet(&out, "文件");
        assert_eq!(rows.len(), 4);
        let header: Vec<&str> = rows[0].iter().map(text).collect();
        assert_eq!(header, FILE_LABELS);
        let seed = &rows[1];
        assert_eq!(text(&seed[0]), SEED);
        assert_eq!(text(&seed[1]), FileStatus::Converted.label());
        assert_eq!(text(&seed[2]), "txt");
        assert_eq!(text(&seed[3]), "平政办字〔2024〕4号");
        assert_eq!(text(&seed[4]), "平阴县人民政府办公室");
        assert_eq!(text(&seed[7]), "通知");
        assert_eq!(seed[8], Data::Float(58.0));
        assert!(matches!(seed[6], Data::DateTime(_)));
        let failed = &rows[2];
        assert_eq!(text(&failed[0]), "no/such.txt");
        assert_eq!(text(&failed[1]), "失败");
        assert!(
            text(&failed[10]).starts_with("cannot read the file"),
            "{failed:?}"
        );
        let skipped = &rows[3];
        assert_eq!(text(&skipped[1]), "已跳过");
        assert_eq!(text(&skipped[2]), "pdf");
        assert!(text(&skipped[10]).starts_with("PDF is not supported yet"));
    }

    #[test]
    fn rows_past_the_limit_are_left_out_and_said_so() {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path().join("full.xlsx");
        let entry = LedgerEntry::from_result(SEED, &crate::parse_path(SEED));
        let mut book = XlsxLedger::create(&out).expect("create");
        book.max_rows = 41;
        book.add(&entry).expect("add");
        book.add(&entry).expect("add");
        let summary = book.finish().expect("finish");
        assert_eq!(summary.tasks, 40);
        assert_eq!(summary.tasks_left_out, 2 * 58 - 40);
        assert!(!summary.is_complete());
        assert_eq!(sheet_names(&out), ["任务", "文件", "说明"]);
        assert_eq!(sheet(&out, "任务").len(), 41);
        let files = sheet(&out, "文件");
        assert!(text(&files[1][10]).starts_with("18 项任务超出 Excel 工作表 41 行的上限"));
        assert!(text(&files[2][10]).starts_with("58 项任务超出"));
        let notes = sheet(&out, "说明");
        assert!(text(&notes[0][0]).contains("76 项任务未写入"), "{notes:?}");

        // The documents sheet too.
        let out = dir.path().join("many.xlsx");
        let mut book = XlsxLedger::create(&out).expect("create");
        book.max_rows = 3;
        for _ in 0..4 {
            book.add(&LedgerEntry::not_read(FileRow::not_read(
                "a.pdf",
                FileStatus::Skipped,
                Some("pdf".into()),
                "PDF",
            )))
            .expect("add");
        }
        let summary = book.finish().expect("finish");
        assert_eq!((summary.files, summary.files_left_out), (2, 2));
        assert_eq!(sheet(&out, "文件").len(), 3);
        assert!(text(&sheet(&out, "说明")[0][0]).contains("2 个文件未列出"));
    }

    #[test]
    fn a_cell_over_excels_limit_is_cut_and_marked() {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path().join("long.xlsx");
        let mut doc = crate::parse_path(SEED).expect("parses");
        doc.tasks[0].requirement = Some("落实".repeat(20_000));
        let mut book = XlsxLedger::create(&out).expect("create");
        book.add(&LedgerEntry::from_document(&doc)).expect("add");
        let summary = book.finish().expect("finish");
        assert_eq!(summary.cells_cut, 1);
        assert!(summary.is_complete());
        let rows = sheet(&out, "任务");
        let col = crate::ledger::column("requirement").expect("a column");
        let cell = text(&rows[1][col]);
        assert_eq!(cell.chars().count(), 32_767);
        assert!(cell.ends_with("已截断）"));
        assert!(text(&rows[1][COLUMNS.len()]).contains("1 个单元格超出"));
        assert!(text(&sheet(&out, "说明")[0][0]).contains("1 个单元格"));
    }

    #[test]
    fn write_tasks_xlsx_parses_and_writes_in_input_order() {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path().join("t.xlsx");
        let paths = [
            SEED,
            "no/such.txt",
            "../../fixtures/docx/seed-pingyin-2024-4.docx",
        ];
        let summary = write_tasks_xlsx(paths, &Options::new(), &out).expect("written");
        assert_eq!((summary.files, summary.tasks), (3, 116));
        let files: Vec<String> = sheet(&out, "文件")[1..]
            .iter()
            .map(|r| text(&r[0]).to_owned())
            .collect();
        assert_eq!(files, paths);
    }

    #[test]
    fn long_cells_are_cut_to_excels_limit() {
        let short = "县发改局";
        assert_eq!(fit(short), (std::borrow::Cow::Borrowed(short), false));
        // 40,000 characters outside the BMP: two UTF-16 units each.
        let long: String = "𠀀".repeat(20_000);
        let (cut, was_cut) = fit(&long);
        assert!(was_cut);
        let units = cut.encode_utf16().count();
        assert!(
            units <= EXCEL_CELL_CHARS && units > EXCEL_CELL_CHARS - 60,
            "{units}"
        );
        assert!(cut.ends_with("已截断）"));
        let exact = "a".repeat(EXCEL_CELL_CHARS);
        assert!(!fit(&exact).1);
    }

    #[test]
    fn link_formulas_quote_and_split_their_strings() {
        assert_eq!(formula_string("a\"b"), "\"a\"\"b\"");
        assert_eq!(formula_string(""), "\"\"");
        let long = "通".repeat(300);
        let s = formula_string(&long);
        assert_eq!(s.matches("\"&\"").count(), 2, "three pieces of at most 127");
        assert_eq!(s.replace("\"&\"", "").trim_matches('"'), long);
        let f = hyperlink("a/通知.docx", "in/通知.docx").expect("fits");
        let _ = f;
        assert!(hyperlink(&"x".repeat(9000), "x").is_none());
    }

    #[test]
    fn numbers_are_grouped_and_widths_capped() {
        assert_eq!(group(1_048_576), "1,048,576");
        assert_eq!(group(999), "999");
        assert_eq!(display_width("县发改局\nab"), 8.0);
        let mut w = Widths::new(&["序号", "文号", "具体要求"], [6.0, 24.0, 60.0]);
        // A header never narrower than its text and the filter button.
        assert_eq!(w.widths, [7.0, 7.0, 11.0]);
        w.see(1, "平政办字〔2024〕4号");
        assert_eq!(w.widths[1], 20.0);
        w.see(1, &"要".repeat(100));
        assert_eq!(w.widths[1], 24.0);
        // Lines of wrapped text: 58.5 characters' room in a column 60 wide.
        assert_eq!(wrapped_lines("", 60.0), 1);
        assert_eq!(wrapped_lines(&"要".repeat(29), 60.0), 1);
        assert_eq!(wrapped_lines(&"要".repeat(30), 60.0), 2);
        assert_eq!(wrapped_lines("a\nb\nc", 60.0), 3);
    }

    #[test]
    fn links_are_relative_to_the_workbook() {
        let cases = [
            ("/a/b/notices/x.docx", "/a/b", Some("notices/x.docx")),
            ("/a/b/x.docx", "/a/b/out", Some("../x.docx")),
            ("/a/c/d/x.docx", "/a/b/out", Some("../../c/d/x.docx")),
            ("/a/./b/x.docx", "/a/b", Some("x.docx")),
            ("/a/b/../c/x.docx", "/a/c", Some("x.docx")),
            ("/x.docx", "/", Some("x.docx")),
        ];
        for (path, base, want) in cases {
            assert_eq!(
                relative_link(Path::new(path), Path::new(base)).as_deref(),
                want,
                "{path} from {base}"
            );
        }
    }
}
