//! `#[aws_error]`: an operation's error enum, one variant per exception
//! plus the catch-all.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{Ident, Type};

use super::{private, wrap};
use crate::fallback;
use crate::model::{ErrorEnum, ErrorVariant};
use crate::valid::Checked;

pub(super) fn expand(item: &Checked<'_>, e: &ErrorEnum<'_>) -> TokenStream {
    let p = private(item);
    let ident = item.ident;
    let stripped = fallback::strip(item.input);
    let other = e.other.ident;
    let k_idents: Vec<&Ident> = e.known.iter().map(|v| v.ident).collect();
    let k_codes: Vec<&String> = e.known.iter().map(|v| &v.wire).collect();
    let k_types: Vec<&Type> = e.known.iter().map(|v| v.ty).collect();
    // In declaration order, as `Debug` shows them.
    let mut all: Vec<&ErrorVariant<'_>> = e.known.iter().collect();
    all.insert(e.other_at, &e.other);
    let a_idents: Vec<&Ident> = all.iter().map(|v| v.ident).collect();
    let a_labels: Vec<String> = all.iter().map(|v| v.ident.to_string()).collect();
    let a_types: Vec<&Type> = all.iter().map(|v| v.ty).collect();
    let bounds = |tr: TokenStream| {
        let b = a_types.iter().map(|t| quote!(for<'__a> #t: #tr));
        quote!(where #(#b,)*)
    };
    let clone_b = bounds(quote!(::core::clone::Clone));
    let eq_b = bounds(quote!(::core::cmp::PartialEq));
    let full_eq_b = bounds(quote!(::core::cmp::Eq));
    let hash_b = bounds(quote!(::core::hash::Hash));
    wrap(
        quote!(#stripped),
        quote! {
            #[automatically_derived]
            impl #p::OperationError for #ident {
                fn from_response(
                    meta: #p::ErrorMeta,
                    body: &[u8],
                    secrets: &#p::Scrubber,
                ) -> Self {
                    match meta.code() {
                        #(#k_codes => #p::decode_exception(meta, body, secrets, #ident::#k_idents, #ident::#other),)*
                        _ => #ident::#other(#p::UnhandledError::new(meta)),
                    }
                }
                fn meta(&self) -> &#p::ErrorMeta {
                    match self {
                        #(#ident::#k_idents(__e) => #p::Exception::meta(__e),)*
                        #ident::#other(__e) => __e.meta(),
                    }
                }
                fn retry_kind(&self) -> ::core::option::Option<#p::RetryKind> {
                    match self {
                        #(#ident::#k_idents(_) => <#k_types as #p::Exception>::RETRY,)*
                        #ident::#other(_) => ::core::option::Option::None,
                    }
                }
            }
            #[automatically_derived]
            impl ::core::fmt::Display for #ident {
                fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    ::core::fmt::Display::fmt(#p::OperationError::meta(self), __f)
                }
            }
            #[automatically_derived]
            impl ::std::error::Error for #ident {}
            #[automatically_derived]
            impl ::core::fmt::Debug for #ident {
                fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    match self {
                        #(#ident::#a_idents(__e) => __f.debug_tuple(#a_labels).field(__e).finish(),)*
                    }
                }
            }
            #[automatically_derived]
            impl ::core::clone::Clone for #ident #clone_b {
                fn clone(&self) -> Self {
                    match self {
                        #(#ident::#a_idents(__e) => #ident::#a_idents(::core::clone::Clone::clone(__e)),)*
                    }
                }
            }
            #[automatically_derived]
            impl ::core::cmp::PartialEq for #ident #eq_b {
                #[allow(unreachable_patterns)]
                fn eq(&self, __other: &Self) -> bool {
                    match (self, __other) {
                        #((#ident::#a_idents(__a), #ident::#a_idents(__b)) => __a == __b,)*
                        _ => false,
                    }
                }
            }
            #[automatically_derived]
            impl ::core::cmp::Eq for #ident #full_eq_b {}
            #[automatically_derived]
            impl ::core::hash::Hash for #ident #hash_b {
                fn hash<__H: ::core::hash::Hasher>(&self, __state: &mut __H) {
                    ::core::hash::Hash::hash(&::core::mem::discriminant(self), __state);
                    match self {
                        #(#ident::#a_idents(__e) => ::core::hash::Hash::hash(__e, __state),)*
                    }
                }
            }
        },
    )
}
