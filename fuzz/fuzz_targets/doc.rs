//! Fuzz target `doc`: see `gongwen_testkit::fuzz::doc`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    gongwen_testkit::fuzz::doc(data);
});
