//! Compile-fail and compile-pass cases for the macros (trybuild): one
//! mistake per file in `ui/fail/`, named after it, with the exact error.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.pass("ui/pass/*.rs");
    t.compile_fail("ui/fail/*.rs");
}
