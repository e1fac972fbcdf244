//! Phase 4: code generation from a checked model.
//!
//! Every path goes through the `crate = path` override (default `::awsop`)
//! and its `__private` module; every impl is `#[automatically_derived]` and
//! sits in a `const _: () = { ... };` block so nothing leaks into the user's
//! scope. The code is thin: behaviour lives in the runtime.
//!
//! `Clone` and `PartialEq` are always implemented; `Eq` and `Hash` are
//! written by hand with one bound per field type,
//! `where for<'__a> FieldType: Trait`. A bound under `for<>` is checked where
//! the impl is used, not where it is declared, so a shape with an `f64`
//! member is `PartialEq` but simply not `Eq` or `Hash`. (Limitation: two
//! shapes that contain each other make rustc overflow proving `Eq`; a shape
//! that contains itself is fine.)

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned as _;
use syn::{Ident, Type};

use crate::attr::Macro;
use crate::fallback;
use crate::model::{Field, Item, Variant};
use crate::valid;

/// Expands a checked item.
pub(crate) fn item(item: &Item<'_>) -> TokenStream {
    match item.which {
        Macro::Service => service(item),
        Macro::Operation => operation(item),
        Macro::Shape => shape(item),
        Macro::Exception => exception(item),
        Macro::Enum => wire_enum(item),
        Macro::Error => error_enum(item),
    }
}

fn private(item: &Item<'_>) -> TokenStream {
    let krate = &item.krate;
    quote!(#krate::__private)
}

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

fn service(item: &Item<'_>) -> TokenStream {
    let p = private(item);
    let ident = item.ident;
    let a = &item.args;
    let protocol = match a.protocol.get() {
        Some(p) if p == "awsJson1_0" => quote!(AwsJson1_0),
        _ => quote!(AwsJson1_1),
    };
    let target_prefix = a.target_prefix.get();
    let endpoint_prefix = a.endpoint_prefix.get();
    let service_id = a.service_id.get();
    let signing_name = a.signing_name.get().or(endpoint_prefix);
    let meta = quote! {
        #p::ServiceMeta::new(
            #p::Protocol::#protocol,
            #target_prefix,
            #endpoint_prefix,
            #signing_name,
            #service_id,
        )
    };
    let meta = match a.endpoint_rules.get() {
        None => meta,
        Some(rules) => quote! {{
            let __meta = #meta;
            __meta.with_endpoint(__meta.endpoint.with_rules(#rules))
        }},
    };
    let stripped = fallback::strip(item.input);
    wrap(
        quote!(#stripped),
        quote! {
            #[automatically_derived]
            impl #p::Service for #ident {
                const META: #p::ServiceMeta = #meta;
            }
        },
    )
}

/// The fields that are on the wire (not `http_status` / `request_id`).
fn wire_fields<'a, 'b>(item: &'b Item<'a>) -> impl Iterator<Item = &'b Field<'a>> {
    item.fields().iter().filter(|f| !f.is_meta())
}

fn timestamp(p: &TokenStream, f: &Field<'_>) -> TokenStream {
    let which = match f
        .attrs
        .timestamp_format
        .get()
        .map(syn::LitStr::value)
        .as_deref()
    {
        Some("date-time") => quote!(DateTime),
        Some("http-date") => quote!(HttpDate),
        _ => quote!(EpochSeconds),
    };
    quote!(#p::TimestampFormat::#which)
}

fn member_format(item: &Item<'_>, p: &TokenStream, f: &Field<'_>) -> TokenStream {
    let ts = timestamp(p, f);
    let sensitive = f.is_sensitive() || item.is_sensitive();
    quote!(#p::member_format(__format, #ts, #sensitive))
}

fn wire_ser(item: &Item<'_>) -> TokenStream {
    let p = private(item);
    let ident = item.ident;
    let entries: Vec<TokenStream> = wire_fields(item)
        .map(|f| {
            let name = f.ident;
            let wire = &f.wire;
            let format = member_format(item, &p, f);
            let entry = |value: TokenStream| {
                quote! {
                    #p::serde::ser::SerializeMap::serialize_entry(
                        &mut __map, #wire, &#p::Ser(#value, #format),
                    )?;
                }
            };
            if f.attrs.idempotency_token.is_set() {
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

fn wire_de(item: &Item<'_>) -> TokenStream {
    let p = private(item);
    let ident = item.ident;
    let expecting = format!("the structure `{ident}`");
    let wire: Vec<&Field<'_>> = wire_fields(item).collect();
    let slots: Vec<Ident> = (0..wire.len()).map(|i| format_ident!("__v{}", i)).collect();
    // Each slot is `None` while unseen and `Some(None)` after a `null`.
    let decls = wire.iter().zip(&slots).map(|(f, slot)| {
        let ty = f.option_inner.unwrap_or(f.ty);
        quote! {
            let mut #slot: ::core::option::Option<::core::option::Option<#ty>> =
                ::core::option::Option::None;
        }
    });
    let arms = wire.iter().zip(&slots).map(|(f, slot)| {
        let name = &f.wire;
        let format = member_format(item, &p, f);
        // An exception's `message` is `message` on some services and
        // `Message` on others; query-compatible services send both.
        let aliased =
            item.which == Macro::Exception && f.name() == "message" && !f.attrs.rename.is_set();
        let pattern = if aliased {
            quote!("Message" | "message")
        } else {
            quote!(#name)
        };
        if aliased {
            quote!(#pattern => #p::read_alias_member(&mut __map, &mut #slot, #format)?,)
        } else {
            quote!(#pattern => #p::read_member(&mut __map, &mut #slot, #name, #format)?,)
        }
    });
    let mut slot_of = wire.iter().zip(&slots);
    let inits = item.fields().iter().map(|f| {
        let name = f.ident;
        if f.is_meta() {
            return quote!(#name: ::core::default::Default::default());
        }
        let (_, slot) = slot_of.next().expect("one slot per wire field");
        let wire = &f.wire;
        if f.option_inner.is_some() {
            quote!(#name: ::core::option::Option::flatten(#slot))
        } else {
            quote!(#name: #p::required(::core::option::Option::flatten(#slot), #wire)?)
        }
    });
    // Smithy's client error correction: required members zero, optional
    // ones absent (see `awsop::wire`).
    let zeros = item.fields().iter().map(|f| {
        let name = f.ident;
        let ty = f.ty;
        if f.is_meta() {
            quote!(#name: ::core::default::Default::default())
        } else if f.option_inner.is_some() {
            quote!(#name: ::core::option::Option::None)
        } else {
            quote!(#name: <#ty as #p::WireDe>::zero()?)
        }
    });
    let meta_init = (item.which == Macro::Exception)
        .then(|| quote!(meta: ::core::default::Default::default(),));
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

/// `ScrubStrings` for a structure or exception: every wire member (an
/// exception's `meta` is scrubbed by the runtime before it is set).
fn scrub_strings(item: &Item<'_>) -> TokenStream {
    let p = private(item);
    let ident = item.ident;
    let members = wire_fields(item).map(|f| {
        let name = f.ident;
        quote!(#p::ScrubStrings::scrub_strings(&mut self.#name, __scrubber);)
    });
    let unused = if wire_fields(item).next().is_none() {
        quote!(let _ = __scrubber;)
    } else {
        quote!()
    };
    quote! {
        #[automatically_derived]
        impl #p::ScrubStrings for #ident {
            fn scrub_strings(&mut self, __scrubber: &#p::Scrubber) {
                #unused
                #(#members)*
            }
        }
    }
}

fn visit_secrets(item: &Item<'_>) -> TokenStream {
    let p = private(item);
    let ident = item.ident;
    let all = wire_fields(item).map(|f| {
        let name = f.ident;
        quote!(#p::VisitSecrets::all_strings(&self.#name, __visit);)
    });
    let sensitive: TokenStream = if item.is_sensitive() {
        quote!(#p::VisitSecrets::all_strings(self, __visit);)
    } else {
        wire_fields(item)
            .map(|f| {
                let name = f.ident;
                if f.is_sensitive() {
                    quote!(#p::VisitSecrets::all_strings(&self.#name, __visit);)
                } else {
                    quote!(#p::VisitSecrets::sensitive_strings(&self.#name, __visit);)
                }
            })
            .collect()
    };
    quote! {
        #[automatically_derived]
        impl #p::VisitSecrets for #ident {
            fn all_strings(&self, __visit: &mut dyn ::core::ops::FnMut(&str)) {
                #(#all)*
            }
            fn sensitive_strings(&self, __visit: &mut dyn ::core::ops::FnMut(&str)) {
                #sensitive
            }
        }
    }
}

fn debug_struct(item: &Item<'_>) -> TokenStream {
    let p = private(item);
    let ident = item.ident;
    let body = if item.is_sensitive() {
        quote!(__f.write_str(#p::REDACTED))
    } else {
        let name = ident.to_string();
        let fields = item.fields().iter().map(|f| {
            let field = f.ident;
            let label = f.name();
            let value = if !f.is_sensitive() {
                quote!(&self.#field)
            } else if f.option_inner.is_some() {
                quote!(&#p::redact_option(&self.#field))
            } else {
                quote!(&#p::Redacted)
            };
            quote!(.field(#label, #value))
        });
        let meta = (item.which == Macro::Exception).then(|| quote!(.field("meta", &self.meta)));
        quote!(__f.debug_struct(#name) #(#fields)* #meta .finish())
    };
    quote! {
        #[automatically_derived]
        impl ::core::fmt::Debug for #ident {
            fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #body
            }
        }
    }
}

/// Whether `tokens` name `ident` anywhere (a recursive member).
fn mentions(tokens: TokenStream, ident: &Ident) -> bool {
    tokens.into_iter().any(|tt| match tt {
        proc_macro2::TokenTree::Ident(i) => i == *ident,
        proc_macro2::TokenTree::Group(g) => mentions(g.stream(), ident),
        _ => false,
    })
}

/// `Clone`, `PartialEq`, `Eq` and `Hash` for a struct. `extra` are fields
/// the macro adds.
///
/// `Clone` and `PartialEq` are unconditional: every wire type has them.
/// `Eq` and `Hash` carry one bound per field type (see the module docs),
/// except for a type that names the struct itself: a recursive member adds
/// no bound, since the bound would be the impl being defined and rustc
/// would overflow proving it.
fn value_impls_struct(item: &Item<'_>, extra: &[(Ident, TokenStream)]) -> TokenStream {
    let ident = item.ident;
    let mut names: Vec<TokenStream> = item
        .fields()
        .iter()
        .map(|f| {
            let n = f.ident;
            quote!(#n)
        })
        .collect();
    let mut types: Vec<TokenStream> = item
        .fields()
        .iter()
        .map(|f| {
            let t = f.ty;
            quote!(#t)
        })
        .filter(|t| !mentions(t.clone(), ident))
        .collect();
    for (n, t) in extra {
        names.push(quote!(#n));
        types.push(t.clone());
    }
    let bounds = |tr: TokenStream| {
        let b = types.iter().map(|t| quote!(for<'__a> #t: #tr));
        quote!(where #(#b,)*)
    };
    let full_eq_b = bounds(quote!(::core::cmp::Eq));
    let hash_b = bounds(quote!(::core::hash::Hash));
    let eq_body = if names.is_empty() {
        quote!(true)
    } else {
        quote!(#(self.#names == __other.#names)&&*)
    };
    quote! {
        #[automatically_derived]
        impl ::core::clone::Clone for #ident {
            fn clone(&self) -> Self {
                #ident { #(#names: ::core::clone::Clone::clone(&self.#names),)* }
            }
        }
        #[automatically_derived]
        impl ::core::cmp::PartialEq for #ident {
            fn eq(&self, __other: &Self) -> bool {
                #eq_body
            }
        }
        #[automatically_derived]
        impl ::core::cmp::Eq for #ident #full_eq_b {}
        #[automatically_derived]
        impl ::core::hash::Hash for #ident #hash_b {
            fn hash<__H: ::core::hash::Hasher>(&self, __state: &mut __H) {
                #(::core::hash::Hash::hash(&self.#names, __state);)*
            }
        }
    }
}

/// Whether every wire member is optional, so the item has a `Default`.
fn all_optional(item: &Item<'_>) -> bool {
    item.fields().iter().all(|f| !f.is_required())
}

fn default_impl(item: &Item<'_>) -> TokenStream {
    if !all_optional(item) {
        return quote!();
    }
    let ident = item.ident;
    let names = item.fields().iter().map(|f| f.ident);
    let meta = (item.which == Macro::Exception)
        .then(|| quote!(meta: ::core::default::Default::default(),));
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

/// `new(required...)` and one setter per field.
fn builders(item: &Item<'_>) -> TokenStream {
    let ident = item.ident;
    let vis = &item.input.vis;
    let required: Vec<&Field<'_>> = item.fields().iter().filter(|f| f.is_required()).collect();
    let params = required.iter().map(|f| {
        let n = f.ident;
        let t = f.ty;
        quote!(#n: impl ::core::convert::Into<#t>)
    });
    let inits = item.fields().iter().map(|f| {
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
    let setters = item.fields().iter().filter(|f| !f.is_meta()).map(|f| {
        let n = f.ident;
        let docs = &f.docs;
        let head = format!("Sets `{}` (wire member `{}`).", f.name(), f.wire);
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
        quote! {
            #[doc = #head]
            #sep
            #(#docs)*
            #[must_use]
            #vis fn #n(mut self, value: impl ::core::convert::Into<#ty>) -> Self {
                self.#n = #store;
                self
            }
        }
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

fn operation(item: &Item<'_>) -> TokenStream {
    let p = private(item);
    let ident = item.ident;
    let vis = &item.input.vis;
    let a = &item.args;
    let service = a.service.get().expect("checked: service is set");
    let output = a.output.get().expect("checked: output is set");
    let error = a.error.get().expect("checked: error is set");
    let target = a.target.get().expect("checked: target is set");
    let target_value = target.value();
    let (prefix, name) = valid::split_target(&target_value);
    let target_const = match prefix {
        Some(_) => quote!(#target),
        None => quote! {{
            const __LEN: usize = #p::target_len(
                <#service as #p::Service>::META.target_prefix,
                #name,
            );
            const __BYTES: [u8; __LEN] = #p::concat_target::<__LEN>(
                <#service as #p::Service>::META.target_prefix,
                #name,
            );
            #p::utf8(&__BYTES)
        }},
    };
    let auth = match a.auth.get() {
        Some(i) if i == "none" => quote!(None),
        _ => quote!(SigV4),
    };
    let stripped = fallback::strip(item.input);
    let ser = wire_ser(item);
    let secrets = visit_secrets(item);
    let debug = debug_struct(item);
    let values = value_impls_struct(item, &[]);
    let default = default_impl(item);
    let builders = builders(item);
    let send_doc = format!(
        "Sends `{ident}` with `client`: builds the request, signs it{}, sends, retries and decodes the response.",
        if auth.to_string() == "None" {
            " (never: this operation needs no credentials)"
        } else {
            ""
        }
    );
    wrap(
        quote!(#stripped),
        quote! {
            #ser
            #secrets
            #debug
            #values
            #default
            #builders
            #[automatically_derived]
            impl #p::Operation for #ident {
                type Output = #output;
                type Error = #error;
                const SERVICE: &'static #p::ServiceMeta = &<#service as #p::Service>::META;
                const NAME: &'static str = #name;
                const TARGET: &'static str = #target_const;
                const AUTH: #p::Auth = #p::Auth::#auth;
            }
            #[automatically_derived]
            impl #ident {
                #[doc = #send_doc]
                ///
                /// # Errors
                ///
                /// Whatever went wrong, as one `awsop::Error` that says what
                /// happened and whether the request may have been sent.
                #vis async fn send(
                    &self,
                    client: &#p::Client,
                ) -> ::core::result::Result<#output, #p::Error<#error>> {
                    client.send(self).await
                }
            }
        },
    )
}

fn shape(item: &Item<'_>) -> TokenStream {
    let p = private(item);
    let ident = item.ident;
    let stripped = fallback::strip(item.input);
    let sets = item.fields().iter().filter(|f| f.is_meta()).map(|f| {
        let n = f.ident;
        let span = f.ty.span();
        if f.attrs.http_status.is_set() {
            quote_spanned!(span=> self.#n = #p::status(__status);)
        } else {
            quote_spanned!(span=> self.#n = #p::request_id(__request_id);)
        }
    });
    let ser = wire_ser(item);
    let de = wire_de(item);
    let scrub = scrub_strings(item);
    let secrets = visit_secrets(item);
    let debug = debug_struct(item);
    let values = value_impls_struct(item, &[]);
    let default = default_impl(item);
    let builders = builders(item);
    wrap(
        quote!(#stripped),
        quote! {
            #ser
            #de
            #scrub
            #secrets
            #debug
            #values
            #default
            #builders
            #[automatically_derived]
            impl #p::OperationOutput for #ident {
                fn set_response_meta(
                    &mut self,
                    __status: u16,
                    __request_id: ::core::option::Option<&str>,
                ) {
                    #(#sets)*
                }
            }
        },
    )
}

fn exception(item: &Item<'_>) -> TokenStream {
    let p = private(item);
    let krate = &item.krate;
    let ident = item.ident;
    let vis = &item.input.vis;
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
    let retry = if item.args.throttling.is_set() {
        quote!(::core::option::Option::Some(#p::RetryKind::Throttling))
    } else if item.args.retryable.is_set() {
        quote!(::core::option::Option::Some(#p::RetryKind::Transient))
    } else {
        quote!(::core::option::Option::None)
    };
    let ser = wire_ser(item);
    let de = wire_de(item);
    let scrub = scrub_strings(item);
    let secrets = visit_secrets(item);
    let debug = debug_struct(item);
    let values = value_impls_struct(
        item,
        &[(format_ident!("meta"), quote!(#krate::error::ErrorMeta))],
    );
    let default = default_impl(item);
    wrap(
        quote!(#stripped),
        quote! {
            #ser
            #de
            #scrub
            #secrets
            #debug
            #values
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

fn other_variant<'b, 'a>(item: &'b Item<'a>) -> &'b Variant<'a> {
    item.variants()
        .iter()
        .find(|v| v.is_other())
        .expect("checked: one #[aws(other)] variant")
}

fn wire_enum(item: &Item<'_>) -> TokenStream {
    let p = private(item);
    let ident = item.ident;
    let vis = &item.input.vis;
    let mut stripped = fallback::strip(item.input);
    stripped.attrs.push(syn::parse_quote!(#[derive(
        ::core::clone::Clone,
        ::core::cmp::PartialEq,
        ::core::cmp::Eq,
        ::core::hash::Hash
    )]));
    let other = other_variant(item).ident;
    let known: Vec<&Variant<'_>> = item.variants().iter().filter(|v| !v.is_other()).collect();
    let idents: Vec<&Ident> = known.iter().map(|v| v.ident).collect();
    let values: Vec<&String> = known.iter().map(|v| &v.wire).collect();
    let labels: Vec<String> = known.iter().map(|v| v.ident.to_string()).collect();
    let other_label = other.to_string();
    let debug = if item.is_sensitive() {
        quote!(__f.write_str(#p::REDACTED))
    } else {
        quote! {
            match self {
                #(#ident::#idents => __f.write_str(#labels),)*
                #ident::#other(__value) => __f.debug_tuple(#other_label).field(__value).finish(),
            }
        }
    };
    let visit = if item.is_sensitive() {
        quote!(__visit(self.as_str());)
    } else {
        quote!()
    };
    let doc_values = if values.is_empty() {
        "Every value this enum names (none: every value is kept in the catch-all).".to_owned()
    } else {
        format!(
            "Every value this enum names: {}.",
            values
                .iter()
                .map(|v| format!("`{v}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    wrap(
        quote!(#stripped),
        quote! {
            #[automatically_derived]
            impl #ident {
                /// The value on the wire.
                #[must_use]
                #vis fn as_str(&self) -> &str {
                    match self {
                        #(#ident::#idents => #values,)*
                        #ident::#other(__value) => ::core::convert::AsRef::<str>::as_ref(__value),
                    }
                }
                #[doc = #doc_values]
                #vis const VALUES: &'static [&'static str] = &[#(#values),*];
            }
            #[automatically_derived]
            impl ::core::convert::From<&str> for #ident {
                fn from(__value: &str) -> Self {
                    match __value {
                        #(#values => #ident::#idents,)*
                        __other => #ident::#other(::core::convert::From::from(__other)),
                    }
                }
            }
            #[automatically_derived]
            impl ::core::str::FromStr for #ident {
                type Err = ::core::convert::Infallible;
                fn from_str(__value: &str) -> ::core::result::Result<Self, Self::Err> {
                    ::core::result::Result::Ok(::core::convert::From::from(__value))
                }
            }
            #[automatically_derived]
            impl ::core::fmt::Display for #ident {
                fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    __f.write_str(self.as_str())
                }
            }
            #[automatically_derived]
            impl ::core::fmt::Debug for #ident {
                fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    #debug
                }
            }
            #[automatically_derived]
            impl #p::WireSer for #ident {
                fn ser<__S: #p::serde::Serializer>(
                    &self,
                    __serializer: __S,
                    __format: #p::Format,
                ) -> ::core::result::Result<__S::Ok, __S::Error> {
                    #p::serde::Serializer::serialize_str(__serializer, self.as_str())
                }
            }
            #[automatically_derived]
            impl #p::WireDe for #ident {
                fn de<'de, __D: #p::serde::Deserializer<'de>>(
                    __deserializer: __D,
                    __format: #p::Format,
                ) -> ::core::result::Result<Self, __D::Error> {
                    let __value: ::std::string::String = #p::WireDe::de(__deserializer, __format)?;
                    ::core::result::Result::Ok(::core::convert::From::from(__value.as_str()))
                }
                fn zero() -> ::core::option::Option<Self> {
                    ::core::option::Option::Some(::core::convert::From::from(""))
                }
            }
            #[automatically_derived]
            impl #p::ScrubStrings for #ident {
                fn scrub_strings(&mut self, __scrubber: &#p::Scrubber) {
                    if let #ident::#other(__value) = self {
                        #p::scrub_other(__value, __scrubber);
                    }
                }
            }
            #[automatically_derived]
            impl #p::VisitSecrets for #ident {
                fn all_strings(&self, __visit: &mut dyn ::core::ops::FnMut(&str)) {
                    #visit
                }
                fn sensitive_strings(&self, __visit: &mut dyn ::core::ops::FnMut(&str)) {
                    #visit
                }
            }
        },
    )
}

fn error_enum(item: &Item<'_>) -> TokenStream {
    let p = private(item);
    let ident = item.ident;
    let stripped = fallback::strip(item.input);
    let other = other_variant(item).ident;
    let all: Vec<&Variant<'_>> = item.variants().iter().collect();
    let known: Vec<&Variant<'_>> = all.iter().copied().filter(|v| !v.is_other()).collect();
    let k_idents: Vec<&Ident> = known.iter().map(|v| v.ident).collect();
    let k_codes: Vec<&String> = known.iter().map(|v| &v.wire).collect();
    let k_types: Vec<&Type> = known
        .iter()
        .map(|v| v.ty.expect("checked: one field per variant"))
        .collect();
    let a_idents: Vec<&Ident> = all.iter().map(|v| v.ident).collect();
    let a_labels: Vec<String> = all.iter().map(|v| v.ident.to_string()).collect();
    let a_types: Vec<&Type> = all
        .iter()
        .map(|v| v.ty.expect("checked: one field per variant"))
        .collect();
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
