//! The syntax of awsop's attributes, parsed once for the macros and for
//! `awsop-drift`.
//!
//! - [`attr`]: the arguments of `#[aws_service]`, `#[aws_operation]`,
//!   `#[aws_shape]`, `#[aws_enum]`, `#[aws_exception]` and `#[aws_error]`,
//!   and the `#[aws(...)]` helpers of fields and variants, into spanned raw
//!   values ([`attr::MacroArgs`], [`attr::HelperAttrs`]). What the values
//!   mean is the macros' business.
//! - [`ctxt`]: the error accumulator every phase reports to, so one pass
//!   reports every mistake.
//!
//! This is a normal library (it does not use the compiler's `proc_macro`):
//! `awsop-macros` runs it inside a macro, `awsop-drift` on source files read
//! with syn. Its dependencies are the macro crate's own (syn, quote,
//! proc-macro2) and `awsop-names`, which names the keys.

pub mod attr;
pub mod ctxt;
