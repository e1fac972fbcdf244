//! Integration tests live in `tests/`; this library only runs the README's
//! code as a doctest.

#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
