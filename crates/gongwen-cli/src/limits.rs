//! Resource-limit flags shared by the subcommands that parse files (`parse`, `batch`,
//! `tasks`): flatten [`LimitArgs`] into a subcommand's arguments with
//! `#[command(flatten)] limits: LimitArgs` and apply it to `Options::limits`.
//!
//! Each flag overrides one field of [`gongwen::Limits`]; a flag left out keeps the
//! library's default. An input over a limit fails with an error naming the limit (its
//! `error_kind` in reports: `too_large`, `inflated_too_large`, `too_deep`,
//! `table_too_large`, `line_too_long`).

/// Limits for hostile or broken inputs.
#[derive(Debug, Clone, Default, clap::Args)]
#[command(next_help_heading = "Limits (for hostile or broken files)")]
pub struct LimitArgs {
    /// Largest input file accepted, in bytes [default: 67108864 = 64 MiB].
    #[arg(long, value_name = "BYTES")]
    pub max_input_bytes: Option<u64>,
    /// .docx: largest inflated size of one zip part, checked while inflating (a zip bomb
    /// stops here); .doc/.wps: largest stream read [default: 268435456 = 256 MiB].
    #[arg(long, value_name = "BYTES")]
    pub max_part_bytes: Option<u64>,
    /// .docx: largest inflated size of all parts read, together [default: 1073741824 = 1 GiB].
    #[arg(long, value_name = "BYTES")]
    pub max_total_bytes: Option<u64>,
    /// .docx: deepest XML element nesting accepted; .doc/.wps: deepest nesting of tables
    /// and fields; .html: deepest element nesting [default: 256].
    #[arg(long, value_name = "LEVELS")]
    pub max_xml_depth: Option<u32>,
    /// .txt, .docx, .doc/.wps and .html: most cells one table may hold, counted while
    /// reading [default: 1000000].
    #[arg(long, value_name = "CELLS")]
    pub max_table_cells: Option<usize>,
    /// .txt: longest line accepted, in bytes of decoded text [default: 1048576 = 1 MiB].
    #[arg(long, value_name = "BYTES")]
    pub max_line_bytes: Option<usize>,
}

impl LimitArgs {
    /// `limits` with every flag that was given applied.
    pub fn apply(&self, mut limits: gongwen::Limits) -> gongwen::Limits {
        if let Some(v) = self.max_input_bytes {
            limits.max_input_bytes = v;
        }
        if let Some(v) = self.max_part_bytes {
            limits.max_part_bytes = v;
        }
        if let Some(v) = self.max_total_bytes {
            limits.max_total_bytes = v;
        }
        if let Some(v) = self.max_xml_depth {
            limits.max_xml_depth = v;
        }
        if let Some(v) = self.max_table_cells {
            limits.max_table_cells = v;
        }
        if let Some(v) = self.max_line_bytes {
            limits.max_line_bytes = v;
        }
        limits
    }
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;

    #[derive(Debug, Parser)]
    struct Cli {
        #[command(flatten)]
        limits: LimitArgs,
    }

    #[test]
    fn flags_override_only_what_is_given() {
        let cli =
            Cli::try_parse_from(["gongwen", "--max-table-cells", "10", "--max-line-bytes=64"])
                .expect("parses");
        let limits = cli.limits.apply(gongwen::Limits::default());
        assert_eq!(limits.max_table_cells, 10);
        assert_eq!(limits.max_line_bytes, 64);
        assert_eq!(
            limits.max_part_bytes,
            gongwen::Limits::default().max_part_bytes
        );
        let none = Cli::try_parse_from(["gongwen"]).expect("parses");
        assert_eq!(
            none.limits.apply(gongwen::Limits::default()),
            gongwen::Limits::default()
        );
    }
}
