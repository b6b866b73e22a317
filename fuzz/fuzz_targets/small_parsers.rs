//! Fuzz target `small_parsers`: see `gongwen_testkit::fuzz::small_parsers`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    gongwen_testkit::fuzz::small_parsers(data);
});
