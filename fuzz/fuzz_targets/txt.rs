//! Fuzz target `txt`: see `gongwen_testkit::fuzz::txt`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    gongwen_testkit::fuzz::txt(data);
});
