//! Phase 4: code generation from a [`Checked`] item, one file per item
//! kind (`service`, `operation`, `shape`, `exception`, `enum`, `error`) and
//! one per concern they share (`wire`: `WireSer`/`WireDe`; `secrets`:
//! `ScrubStrings`, `VisitSecrets` and the redacting `Debug`; `builders`:
//! `new`, setters, `Default`; `values`: `Clone`, `PartialEq`, `Eq`, `Hash`).
//!
//! Every path goes through the `crate = path` override (default `::awsop`)
//! and its `__private` module; every impl is `#[automatically_derived]` and
//! sits in a `const _: () = { ... };` block so nothing leaks into the user's
//! scope. The code is thin: behaviour lives in the runtime.

mod builders;
mod r#enum;
mod error;
mod exception;
mod operation;
mod secrets;
mod service;
mod shape;
mod values;
mod wire;

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::quote;
use syn::{Ident, Visibility};

use crate::model::{Field, Kind};
use crate::valid::Checked;

/// Expands a checked item.
pub(crate) fn item(item: &Checked<'_>) -> TokenStream {
    match &item.kind {
        Kind::Service(s) => service::expand(item, s),
        Kind::Operation(op) => operation::expand(item, op),
        Kind::Shape(s) => shape::expand(item, s),
        Kind::Exception(e) => exception::expand(item, e),
        Kind::Enum(e) => r#enum::expand(item, e),
        Kind::Error(e) => error::expand(item, e),
    }
}

/// `path::to::awsop::__private`.
fn private(item: &Checked<'_>) -> TokenStream {
    let krate = &item.krate;
    quote!(#krate::__private)
}

/// The item, then its impls in an anonymous `const`.
fn wrap(item_tokens: TokenStream, impls: TokenStream) -> TokenStream {
    quote! {
        #item_tokens
        #[doc(hidden)]
        #[allow(non_upper_case_globals, unused_qualifications)]
        const _: () = {
            #impls
        };
    }
}

/// A struct with members (operation input, shape, exception), as the shared
/// generators see it.
struct Struct<'i, 'a> {
    /// `path::to::awsop::__private`.
    p: TokenStream,
    ident: &'a Ident,
    vis: &'a Visibility,
    fields: &'i [Field<'a>],
    /// The whole struct is `sensitive`.
    sensitive: bool,
    /// An `#[aws_exception]`: it has the added `meta` field.
    exception: bool,
}

impl<'i, 'a> Struct<'i, 'a> {
    fn new(item: &Checked<'a>, fields: &'i [Field<'a>], sensitive: bool, exception: bool) -> Self {
        Struct {
            p: private(item),
            ident: item.ident,
            vis: item.vis,
            fields,
            sensitive,
            exception,
        }
    }

    /// The fields that are on the wire (not `http_status` / `request_id`).
    fn wire_fields(&self) -> impl Iterator<Item = &'i Field<'a>> {
        self.fields.iter().filter(|f| f.member().is_some())
    }

    /// The `__private` path with every token at `span`, so an unmet trait
    /// bound in the code that follows is reported there (at a field's type)
    /// rather than at the attribute.
    fn p_at(&self, span: Span) -> TokenStream {
        respan(self.p.clone(), span)
    }

    /// `meta: Default::default(),` for an exception.
    fn meta_init(&self) -> Option<TokenStream> {
        self.exception
            .then(|| quote!(meta: ::core::default::Default::default(),))
    }
}

/// `tokens` with every token (and group) at `span`.
fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut tt| {
            if let TokenTree::Group(g) = &tt {
                let mut group = proc_macro2::Group::new(g.delimiter(), respan(g.stream(), span));
                group.set_span(span);
                tt = TokenTree::Group(group);
            } else {
                tt.set_span(span);
            }
            tt
        })
        .collect()
}
