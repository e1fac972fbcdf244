//! Construction: `new(required...)`, one setter per wire member, and
//! `Default` when every member is optional.

use proc_macro2::TokenStream;
use quote::quote;

use super::Struct;
use crate::model::Field;

/// `Default` when every wire member is optional (nothing otherwise).
pub(super) fn default(s: &Struct<'_, '_>) -> TokenStream {
    if s.fields.iter().any(Field::is_required) {
        return quote!();
    }
    let ident = s.ident;
    let names = s.fields.iter().map(|f| f.ident);
    let meta = s.meta_init();
    quote! {
        #[automatically_derived]
        impl ::core::default::Default for #ident {
            fn default() -> Self {
                #ident {
                    #(#names: ::core::default::Default::default(),)*
                    #meta
                }
            }
        }
    }
}

/// `new(required...)` and one setter per wire member.
pub(super) fn new_and_setters(s: &Struct<'_, '_>) -> TokenStream {
    let ident = s.ident;
    let vis = s.vis;
    let required: Vec<&Field<'_>> = s.fields.iter().filter(|f| f.is_required()).collect();
    let params = required.iter().map(|f| {
        let n = f.ident;
        let t = f.ty;
        quote!(#n: impl ::core::convert::Into<#t>)
    });
    let inits = s.fields.iter().map(|f| {
        let n = f.ident;
        if f.is_required() {
            quote!(#n: ::core::convert::Into::into(#n))
        } else {
            quote!(#n: ::core::default::Default::default())
        }
    });
    let new_doc = if required.is_empty() {
        format!("A `{ident}` with no member set.")
    } else {
        let list = required
            .iter()
            .map(|f| format!("`{}`", f.name()))
            .collect::<Vec<_>>()
            .join(", ");
        format!("A `{ident}` with its required members ({list}) and no other member set.")
    };
    let setters = s.fields.iter().filter_map(|f| {
        let m = f.member()?;
        let n = f.ident;
        let docs = &f.docs;
        let head = format!("Sets `{}` (wire member `{}`).", f.name(), m.wire);
        let sep = (!docs.is_empty()).then(|| quote!(#[doc = ""]));
        let (ty, store) = match f.option_inner {
            Some(inner) => (
                inner,
                quote!(::core::option::Option::Some(::core::convert::Into::into(
                    value
                ))),
            ),
            None => (f.ty, quote!(::core::convert::Into::into(value))),
        };
        Some(quote! {
            #[doc = #head]
            #sep
            #(#docs)*
            #[must_use]
            #vis fn #n(mut self, value: impl ::core::convert::Into<#ty>) -> Self {
                self.#n = #store;
                self
            }
        })
    });
    quote! {
        #[automatically_derived]
        impl #ident {
            #[doc = #new_doc]
            #[must_use]
            #[allow(clippy::too_many_arguments)]
            #vis fn new(#(#params),*) -> Self {
                #ident { #(#inits,)* }
            }
            #(#setters)*
        }
    }
}
