//! Tasks written inline in numbered items rather than in a table: （牵头单位：…；责任单位：…）,
//! 〔牵头单位：…，责任单位：…〕, "牵头单位：…" lines under an item, "（X牵头，Y按职责分工负责）",
//! "（责任单位：…）" and 下同.

use gongwen_model::{Diagnostic, Section, Task};

use crate::tasks::TaskContext;

/// Every numbered item of `sections` (depth first) that carries a responsibility marker
/// becomes a task.
pub(crate) fn read_inline_tasks(
    sections: &[Section],
    ctx: TaskContext,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Task> {
    let _ = (sections, ctx, diags);
    Vec::new()
}
