//! gongwen's .txt reader: bytes → decoded text → format-neutral blocks.
//!
//! Decoding detects the encoding (BOM, strict UTF-8, UTF-16 without BOM, then GB18030 or
//! Big5 as chardetng judges) and never produces silent mojibake. Each non-blank line
//! becomes a [`Paragraph`](gongwen_blocks::Paragraph) with its indentation and the blank
//! lines before it as hints; the table shapes people save or paste as text become
//! [`Table`](gongwen_blocks::Table)s. Nothing here knows what a 公文 is: joining lines
//! broken by page breaks, finding titles and headers is the structurer's job.
//!
//! [`read_txt_with`] applies [`TextLimits`] (longest line, most cells in a table), each
//! refused with a [`TextError`] naming the line; reading is linear in the text's length.
//!
//! ```
//! use gongwen_blocks::Block;
//!
//! let bytes = "关于做好防汛工作的通知\n各镇人民政府：\n\t序号\n\t任务\n\n\t1\n\t巡查\n".as_bytes();
//! let out = gongwen_text::read_txt(bytes, None)?;
//! assert_eq!(out.encoding, "UTF-8");
//! assert_eq!(out.blocks.len(), 3);
//! assert!(matches!(&out.blocks[2], Block::Table(t) if t.rows.len() == 2));
//! # Ok::<(), gongwen_text::TextError>(())
//! ```

mod decode;
mod error;
mod limits;
mod lines;
mod reader;
mod runs;
mod tables;

pub use decode::{Decoded, decode, encoding_for_label, encoding_name};
pub use encoding_rs::Encoding;
pub use error::TextError;
pub use limits::TextLimits;
pub use reader::{TextOutput, read_text, read_text_with, read_txt, read_txt_with};
