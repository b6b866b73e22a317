//! Options shared by the subcommands that parse files: resource limits and the unit alias
//! table, turned into one `gongwen::Options`.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::limits::LimitArgs;
use crate::output::message;

/// Parsing options common to `parse`, `batch` and `tasks`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct OptionArgs {
    /// A TOML table of unit abbreviations and full names (`[units]` then lines such as
    /// `"县发改局" = "县发展和改革局"`), reported as each task unit's `full_name`.
    #[arg(long, value_name = "FILE")]
    pub unit_aliases: Option<PathBuf>,
    #[command(flatten)]
    pub limits: LimitArgs,
}

impl OptionArgs {
    /// The library options these flags ask for; an unreadable alias table is reported on
    /// stderr and ends the run with exit code 2 (a usage error: nothing was parsed).
    pub fn options(&self) -> Result<gongwen::Options, ExitCode> {
        let mut options =
            gongwen::Options::new().limits(self.limits.apply(gongwen::Limits::default()));
        if let Some(path) = &self.unit_aliases {
            match gongwen::load_unit_aliases(path) {
                Ok(aliases) => options = options.unit_aliases(aliases),
                Err(e) => {
                    message(&e.to_string());
                    return Err(ExitCode::from(2));
                }
            }
        }
        Ok(options)
    }
}
