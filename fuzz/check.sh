#!/usr/bin/env bash
# Checks that the cargo-fuzz crate builds, where a nightly toolchain is available.
# Exits 0 with a message when there is no nightly (CI on stable only): the target bodies
# are still exercised on stable by `cargo test --test fuzz_bodies`.
set -euo pipefail
cd "$(dirname "$0")"
if ! rustup run nightly rustc --version >/dev/null 2>&1; then
    echo "fuzz/check.sh: no nightly toolchain here: skipping the cargo-fuzz build check"
    exit 0
fi
echo "== fuzz crate builds (nightly, $(rustup run nightly rustc --version))"
if command -v cargo-fuzz >/dev/null 2>&1; then
    cargo +nightly fuzz build -O
else
    # Without cargo-fuzz (cargo install cargo-fuzz) the crate is still built, without
    # the sanitizer and coverage instrumentation.
    cargo +nightly build --release --bins
fi
