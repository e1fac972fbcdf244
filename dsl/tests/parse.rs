#![allow(clippy::unwrap_used, reason = "a failing unwrap is a failing test")]
//! The parser outside a macro, as awsop-drift runs it: values come back
//! spanned, and every mistake is taken from the `Ctxt`, in order.

use awsop_dsl::attr::{self, Macro, Site};
use awsop_dsl::ctxt::Ctxt;
use quote::quote;

#[test]
fn macro_arguments_parse_outside_a_macro() {
    let cx = Ctxt::new();
    let args = attr::macro_args(
        &cx,
        Macro::Service,
        quote!(
            protocol = awsJson1_1,
            target_prefix = "Svc",
            crate = ::awsop
        ),
    );
    cx.check().unwrap();
    assert_eq!(args.protocol.get().unwrap().to_string(), "awsJson1_1");
    assert_eq!(args.target_prefix.get().unwrap().value(), "Svc");
    assert!(args.krate.is_set());
    assert!(!args.endpoint_prefix.is_set());
    assert!(!args.had_unknown);
}

#[test]
fn helper_attributes_merge_over_a_field() {
    let field: syn::Field = syn::parse_quote! {
        #[doc = "not ours"]
        #[aws(rename = "MFAOptions")]
        #[aws(sensitive)]
        pub mfa_options: Option<String>
    };
    let cx = Ctxt::new();
    let h = attr::helper_attrs(&cx, Site::ShapeField, &field.attrs);
    cx.check().unwrap();
    assert_eq!(h.rename.get().unwrap().value(), "MFAOptions");
    assert!(h.sensitive.is_set());
    assert!(!h.http_status.is_set());
}

#[test]
fn every_mistake_is_taken_from_the_ctxt() {
    let cx = Ctxt::new();
    let args = attr::macro_args(
        &cx,
        Macro::Operation,
        quote!(
            targt = "GetThing",
            auth = "none",
            output = Out,
            output = Out
        ),
    );
    let messages: Vec<String> = cx
        .check()
        .unwrap_err()
        .into_iter()
        .map(|e| e.to_string())
        .collect();
    assert_eq!(
        messages,
        [
            "unknown key `targt` in #[aws_operation]: expected one of `service`, `target`, `output`, `error`, `auth`, `crate`",
            "unknown `auth` in #[aws_operation]: expected `sigv4` or `none`",
            "duplicate key `output` in #[aws_operation]: give it once",
        ]
    );
    assert!(args.had_unknown);
    assert!(args.output.is_set());
}
