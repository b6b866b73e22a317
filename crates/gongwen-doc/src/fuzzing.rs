//! Hooks for the fuzz targets (feature `fuzzing`; not a public API).

/// Reads `data` as a .doc under small limits; must never panic or hang.
pub fn read(data: &[u8]) {
    let limits = crate::DocLimits::default()
        .with_max_stream_bytes(16 << 20)
        .with_max_table_cells(100_000)
        .with_max_depth(64);
    let _ = crate::read_doc(data, &limits);
}
