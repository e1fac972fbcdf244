//! `#[aws_exception]`: a modeled exception, with the `meta` field the macro
//! adds, `Display`, `Error` and `Exception`.

use proc_macro2::TokenStream;
use quote::quote;

use super::{Struct, builders, secrets, values, wire, wrap};
use crate::fallback;
use crate::model::{Exception, RetryKind};
use crate::valid::Checked;

pub(super) fn expand(item: &Checked<'_>, e: &Exception<'_>) -> TokenStream {
    let s = Struct::new(item, &e.fields, false, true);
    let p = &s.p;
    let krate = &item.krate;
    let ident = item.ident;
    let vis = item.vis;
    let mut stripped = fallback::strip(item.input);
    if let syn::Data::Struct(syn::DataStruct {
        fields: syn::Fields::Named(named),
        ..
    }) = &mut stripped.data
    {
        named.named.push(syn::parse_quote! {
            /// The response this exception came in: its code, message,
            /// request id and HTTP status. Added by `#[aws_exception]`.
            meta: #krate::error::ErrorMeta
        });
    }
    stripped.attrs.push(values::derives(&s, None));
    let retry = match e.retry {
        Some(RetryKind::Throttling) => {
            quote!(::core::option::Option::Some(#p::RetryKind::Throttling))
        }
        Some(RetryKind::Transient) => {
            quote!(::core::option::Option::Some(#p::RetryKind::Transient))
        }
        None => quote!(::core::option::Option::None),
    };
    let ser = wire::ser(&s);
    let de = wire::de(&s);
    let scrub = secrets::scrub_strings(&s);
    let visit = secrets::visit_secrets(&s);
    let debug = secrets::debug(&s);
    let default = builders::default(&s);
    wrap(
        quote!(#stripped),
        quote! {
            #ser
            #de
            #scrub
            #visit
            #debug
            #default
            #[automatically_derived]
            impl #ident {
                /// The response this exception came in: its code, message,
                /// request id and HTTP status.
                #[must_use]
                #vis fn meta(&self) -> &#p::ErrorMeta {
                    &self.meta
                }
            }
            #[automatically_derived]
            impl ::core::fmt::Display for #ident {
                fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    ::core::fmt::Display::fmt(&self.meta, __f)
                }
            }
            #[automatically_derived]
            impl ::std::error::Error for #ident {}
            #[automatically_derived]
            impl #p::Exception for #ident {
                const RETRY: ::core::option::Option<#p::RetryKind> = #retry;
                fn from_response(
                    meta: #p::ErrorMeta,
                    body: &[u8],
                ) -> ::core::result::Result<Self, #p::serde_json::Error> {
                    let mut __exception: Self = #p::decode_body(body)?;
                    __exception.meta = meta;
                    ::core::result::Result::Ok(__exception)
                }
                fn meta(&self) -> &#p::ErrorMeta {
                    &self.meta
                }
            }
        },
    )
}
