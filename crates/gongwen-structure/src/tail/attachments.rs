//! Attachments: from each "附件N" line to the next.
