//! Fuzz target `docx`: see `gongwen_testkit::fuzz::docx`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    gongwen_testkit::fuzz::docx(data);
});
