//! `WireSer` and `WireDe` for a struct: one map entry per wire member.
//!
//! A member's map entry and its read are spanned at the field's type (the
//! read names the type in a turbofish), so a type that cannot go on the
//! wire is reported at that field, not at the attribute; `secrets` does the
//! same for `ScrubStrings` and `VisitSecrets`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::Ident;
use syn::spanned::Spanned as _;

use super::Struct;
use crate::model::{Field, Member, TimestampFormat};

fn member_format(s: &Struct<'_, '_>, f: &Field<'_>, m: &Member) -> TokenStream {
    let p = &s.p;
    let ts = match m.timestamp_format {
        TimestampFormat::EpochSeconds => quote!(EpochSeconds),
        TimestampFormat::DateTime => quote!(DateTime),
        TimestampFormat::HttpDate => quote!(HttpDate),
    };
    let sensitive = f.sensitive || s.sensitive;
    quote!(#p::member_format(__format, #p::TimestampFormat::#ts, #sensitive))
}

pub(super) fn ser(s: &Struct<'_, '_>) -> TokenStream {
    let p = &s.p;
    let ident = s.ident;
    let entries: Vec<TokenStream> = s
        .fields
        .iter()
        .filter_map(|f| f.member().map(|m| (f, m)))
        .map(|(f, m)| {
            let name = f.ident;
            let wire = &m.wire;
            let format = member_format(s, f, m);
            let span = f.ty.span();
            // Only the path and punctuation take the field's span: the
            // locals stay the macro's own (`quote!`), whatever the caller's
            // hygiene.
            let map = quote!(__map);
            let p = s.p_at(span);
            let entry = |value: TokenStream| {
                quote_spanned! {span=>
                    #p::serde::ser::SerializeMap::serialize_entry(
                        &mut #map, #wire, &#p::Ser(#value, #format),
                    )?;
                }
            };
            if m.idempotency_token {
                // Unset, the runtime fills a fresh token. The request body is
                // serialized once per call, so every retry sends the same.
                let e = entry(quote!(__value));
                quote! {
                    {
                        let __token;
                        let __value = match &self.#name {
                            ::core::option::Option::Some(__value) => __value,
                            ::core::option::Option::None => {
                                __token = #p::idempotency_token();
                                &__token
                            }
                        };
                        #e
                    }
                }
            } else if f.option_inner.is_some() {
                let e = entry(quote!(__value));
                quote! {
                    if let ::core::option::Option::Some(__value) = &self.#name {
                        #e
                    }
                }
            } else {
                entry(quote!(&self.#name))
            }
        })
        .collect();
    let mutability = if entries.is_empty() {
        quote!()
    } else {
        quote!(mut)
    };
    quote! {
        #[automatically_derived]
        impl #p::WireSer for #ident {
            fn ser<__S: #p::serde::Serializer>(
                &self,
                __serializer: __S,
                __format: #p::Format,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                let #mutability __map = #p::serde::Serializer::serialize_map(
                    __serializer,
                    ::core::option::Option::None,
                )?;
                #(#entries)*
                #p::serde::ser::SerializeMap::end(__map)
            }
        }
    }
}

pub(super) fn de(s: &Struct<'_, '_>) -> TokenStream {
    let p = &s.p;
    let ident = s.ident;
    let expecting = format!("the structure `{ident}`");
    let wire: Vec<(&Field<'_>, &Member)> = s
        .fields
        .iter()
        .filter_map(|f| f.member().map(|m| (f, m)))
        .collect();
    let slots: Vec<Ident> = (0..wire.len()).map(|i| format_ident!("__v{}", i)).collect();
    // Each slot is `None` while unseen and `Some(None)` after a `null`.
    let decls = wire.iter().zip(&slots).map(|((f, _), slot)| {
        let ty = f.option_inner.unwrap_or(f.ty);
        quote! {
            let mut #slot: ::core::option::Option<::core::option::Option<#ty>> =
                ::core::option::Option::None;
        }
    });
    let arms = wire.iter().zip(&slots).map(|((f, m), slot)| {
        let name = &m.wire;
        let format = member_format(s, f, m);
        let span = f.ty.span();
        let map = quote!(__map);
        let p = s.p_at(span);
        // An exception's `message` is `message` on some services and
        // `Message` on others; query-compatible services send both.
        // The member's type as a turbofish: its `WireDe` bound is then
        // reported there, at the field, rather than at the slot (a local of
        // the macro's, so at the attribute).
        let ty = f.option_inner.unwrap_or(f.ty);
        if s.exception && f.name() == "message" && !m.renamed {
            quote_spanned!(span=> "Message" | "message" => #p::read_alias_member::<_, #ty>(&mut #map, &mut #slot, #format)?,)
        } else {
            quote_spanned!(span=> #name => #p::read_member::<_, #ty>(&mut #map, &mut #slot, #name, #format)?,)
        }
    });
    let mut slot_of = slots.iter();
    let inits = s.fields.iter().map(|f| {
        let name = f.ident;
        let Some(m) = f.member() else {
            return quote!(#name: ::core::default::Default::default());
        };
        let slot = slot_of.next().expect("one slot per wire field");
        let wire = &m.wire;
        if f.option_inner.is_some() {
            quote!(#name: ::core::option::Option::flatten(#slot))
        } else {
            quote!(#name: #p::required(::core::option::Option::flatten(#slot), #wire)?)
        }
    });
    // Smithy's client error correction: required members zero, optional
    // ones absent (see `awsop::wire`).
    let zeros = s.fields.iter().map(|f| {
        let name = f.ident;
        let ty = f.ty;
        if f.member().is_none() {
            quote!(#name: ::core::default::Default::default())
        } else if f.option_inner.is_some() {
            quote!(#name: ::core::option::Option::None)
        } else {
            quote!(#name: <#ty as #p::WireDe>::zero()?)
        }
    });
    let meta_init = s.meta_init();
    let format_binding = if wire.is_empty() {
        quote!()
    } else {
        quote!(let __format = self.0;)
    };
    quote! {
        #[automatically_derived]
        impl #p::WireDe for #ident {
            fn de<'de, __D: #p::serde::Deserializer<'de>>(
                __deserializer: __D,
                __format: #p::Format,
            ) -> ::core::result::Result<Self, __D::Error> {
                struct __Visitor(#p::Format);
                impl<'de> #p::serde::de::Visitor<'de> for __Visitor {
                    type Value = #ident;
                    fn expecting(
                        &self,
                        __f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        __f.write_str(#expecting)
                    }
                    fn visit_map<__A: #p::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> ::core::result::Result<#ident, __A::Error> {
                        #format_binding
                        #(#decls)*
                        while let ::core::option::Option::Some(__key) =
                            #p::serde::de::MapAccess::next_key::<#p::Key<'de>>(&mut __map)?
                        {
                            match __key.as_str() {
                                #(#arms)*
                                _ => {
                                    #p::serde::de::MapAccess::next_value::<
                                        #p::serde::de::IgnoredAny,
                                    >(&mut __map)?;
                                }
                            }
                        }
                        ::core::result::Result::Ok(#ident {
                            #(#inits,)*
                            #meta_init
                        })
                    }
                }
                #p::serde::Deserializer::deserialize_map(__deserializer, __Visitor(__format))
            }
            fn zero() -> ::core::option::Option<Self> {
                ::core::option::Option::Some(#ident {
                    #(#zeros,)*
                    #meta_init
                })
            }
        }
    }
}
