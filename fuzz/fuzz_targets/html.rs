//! Fuzz target `html`: see `gongwen_testkit::fuzz::html`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    gongwen_testkit::fuzz::html(data);
});
