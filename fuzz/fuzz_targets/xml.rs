//! Fuzz target `xml`: see `gongwen_testkit::fuzz::xml`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    gongwen_testkit::fuzz::xml(data);
});
