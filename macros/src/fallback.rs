//! What is emitted when the item has errors: the `compile_error!`s plus a
//! minimal stand-in of what the macro generates, so one mistake gives one
//! error rather than a cascade wherever the item is used ("cannot find type",
//! "the trait `WireSer` is not implemented", "no function `new`", ...).
//! After thiserror's `impl/src/fallback.rs` and clap_derive's `dummies.rs`.
//!
//! The stand-in is the item with its helper attributes stripped and, unless
//! it is generic (which the macros refuse), the impls other items and call
//! sites use, with `unreachable!()` bodies: the program does not build, so
//! they never run. Constants get placeholder values rather than a panic, so
//! nothing is evaluated at compile time. Nothing here reads a value that
//! failed to parse: `send` and `Operation` are only emitted when `output`
//! and `error` parsed as types.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{DeriveInput, Ident};

use crate::attr::{self, Macro, Site};
use crate::ctxt::Ctxt;
use crate::model::option_inner;

/// The item with every `#[aws(...)]` helper attribute removed, as both the
/// expansion and the stand-in re-emit it.
pub(crate) fn strip(input: &DeriveInput) -> DeriveInput {
    let mut item = input.clone();
    item.attrs.retain(|a| !attr::is_helper(a));
    match &mut item.data {
        syn::Data::Struct(s) => strip_fields(&mut s.fields),
        syn::Data::Enum(e) => {
            for v in &mut e.variants {
                v.attrs.retain(|a| !attr::is_helper(a));
                strip_fields(&mut v.fields);
            }
        }
        syn::Data::Union(u) => {
            for f in &mut u.fields.named {
                f.attrs.retain(|a| !attr::is_helper(a));
            }
        }
    }
    item
}

fn strip_fields(fields: &mut syn::Fields) {
    for f in fields.iter_mut() {
        f.attrs.retain(|a| !attr::is_helper(a));
    }
}

/// The errors, the item with its helper attributes stripped, and stand-ins
/// of the impls `which` generates. `args` are the macro's arguments, read
/// again here for what parsed (the errors were reported already).
pub(crate) fn stand_in(
    which: Macro,
    args: TokenStream,
    input: &DeriveInput,
    errors: &syn::Error,
) -> TokenStream {
    let item = strip(input);
    let errors = errors.to_compile_error();
    // A generic item is refused; impls written without its parameters would
    // only add errors.
    let generic = !input.generics.params.is_empty() || input.generics.where_clause.is_some();
    let impls = if generic {
        TokenStream::new()
    } else {
        let cx = Ctxt::new();
        let args = attr::macro_args(&cx, which, args);
        // Reported already, by the run that failed.
        let _ = cx.check();
        let krate = args
            .krate
            .get()
            .cloned()
            .unwrap_or_else(|| syn::parse_quote!(::awsop));
        let s = StandIn {
            p: quote!(#krate::__private),
            input,
            ident: &input.ident,
            derived: derived(input),
        };
        let impls = match which {
            Macro::Service => s.service(),
            Macro::Operation => s.operation(&args),
            Macro::Shape => s.shape(),
            Macro::Exception => s.exception(),
            Macro::Enum => s.wire_enum(),
            Macro::Error => s.error_enum(),
        };
        quote! {
            #[doc(hidden)]
            #[allow(non_upper_case_globals, unused_qualifications)]
            const _: () = {
                #impls
            };
        }
    };
    quote! {
        #errors
        #item
        #impls
    }
}

/// What the stand-ins are written from: the item as written, never its
/// (failed) model.
struct StandIn<'a> {
    /// `path::to::awsop::__private`.
    p: TokenStream,
    input: &'a DeriveInput,
    ident: &'a Ident,
    /// The traits the user derives (reported when the expansion has them
    /// too): their stand-ins would only add a "conflicting implementations".
    derived: Vec<String>,
}

/// The last segment of every path in the item's `#[derive(...)]`s.
fn derived(input: &DeriveInput) -> Vec<String> {
    let mut names = Vec::new();
    for a in input.attrs.iter().filter(|a| a.path().is_ident("derive")) {
        // A derive list that does not parse is rustc's to report.
        let _ = a.parse_nested_meta(|meta| {
            if let Some(last) = meta.path.segments.last() {
                names.push(last.ident.to_string());
            }
            Ok(())
        });
    }
    names
}

impl StandIn<'_> {
    /// `tokens`, unless the user derives `name`.
    fn unless_derived(&self, name: &str, tokens: TokenStream) -> TokenStream {
        if self.derived.iter().any(|d| d == name) {
            TokenStream::new()
        } else {
            tokens
        }
    }

    fn service(&self) -> TokenStream {
        let StandIn { p, ident, .. } = self;
        quote! {
            #[automatically_derived]
            impl #p::Service for #ident {
                const META: #p::ServiceMeta =
                    #p::ServiceMeta::new(#p::Protocol::AwsJson1_1, "", "", "", "");
            }
        }
    }

    fn operation(&self, args: &attr::MacroArgs) -> TokenStream {
        let StandIn { p, ident, .. } = self;
        let vis = &self.input.vis;
        let common = [self.wire_ser(), self.visit_secrets(), self.debug()];
        let builders = self.new_and_default(Site::InputField, true);
        let send = match (args.output.get(), args.error.get()) {
            (Some(output), Some(error)) => quote! {
                #[automatically_derived]
                impl #p::Operation for #ident {
                    type Output = #output;
                    type Error = #error;
                    const SERVICE: &'static #p::ServiceMeta =
                        &#p::ServiceMeta::new(#p::Protocol::AwsJson1_1, "", "", "", "");
                    const NAME: &'static str = "";
                    const TARGET: &'static str = "";
                    const AUTH: #p::Auth = #p::Auth::SigV4;
                }
                #[automatically_derived]
                impl #ident {
                    #[allow(dead_code)]
                    #vis async fn send(
                        &self,
                        _: &#p::Client,
                    ) -> ::core::result::Result<#output, #p::Error<#error>> {
                        ::core::unreachable!()
                    }
                }
            },
            _ => TokenStream::new(),
        };
        quote! {
            #(#common)*
            #builders
            #send
        }
    }

    fn shape(&self) -> TokenStream {
        let StandIn { p, ident, .. } = self;
        let common = self.struct_traits();
        let builders = self.new_and_default(Site::ShapeField, true);
        quote! {
            #common
            #builders
            #[automatically_derived]
            impl #p::OperationOutput for #ident {}
        }
    }

    fn exception(&self) -> TokenStream {
        let StandIn { p, ident, .. } = self;
        let vis = &self.input.vis;
        let common = self.struct_traits();
        let errors = self.display_and_error();
        let default = self.new_and_default(Site::InputField, false);
        quote! {
            #common
            #errors
            #default
            #[automatically_derived]
            impl #ident {
                #[allow(dead_code)]
                #vis fn meta(&self) -> &#p::ErrorMeta {
                    ::core::unreachable!()
                }
            }
            #[automatically_derived]
            impl #p::Exception for #ident {
                const RETRY: ::core::option::Option<#p::RetryKind> = ::core::option::Option::None;
                fn from_response(
                    _: #p::ErrorMeta,
                    _: &[u8],
                ) -> ::core::result::Result<Self, #p::serde_json::Error> {
                    ::core::unreachable!()
                }
                fn meta(&self) -> &#p::ErrorMeta {
                    ::core::unreachable!()
                }
            }
        }
    }

    fn wire_enum(&self) -> TokenStream {
        let ident = self.ident;
        let vis = &self.input.vis;
        let common = self.struct_traits();
        quote! {
            #common
            #[automatically_derived]
            impl #ident {
                #[allow(dead_code)]
                #vis fn as_str(&self) -> &str {
                    ::core::unreachable!()
                }
                #[allow(dead_code)]
                #vis const VALUES: &'static [&'static str] = &[];
            }
            #[automatically_derived]
            impl ::core::convert::From<&str> for #ident {
                fn from(_: &str) -> Self {
                    ::core::unreachable!()
                }
            }
            #[automatically_derived]
            impl ::core::str::FromStr for #ident {
                type Err = ::core::convert::Infallible;
                fn from_str(_: &str) -> ::core::result::Result<Self, Self::Err> {
                    ::core::unreachable!()
                }
            }
            #[automatically_derived]
            impl ::core::fmt::Display for #ident {
                fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    ::core::unreachable!()
                }
            }
        }
    }

    fn error_enum(&self) -> TokenStream {
        let StandIn { p, ident, .. } = self;
        let values = self.values();
        let debug = self.debug();
        let errors = self.display_and_error();
        quote! {
            #values
            #debug
            #errors
            #[automatically_derived]
            impl #p::OperationError for #ident {
                fn from_response(_: #p::ErrorMeta, _: &[u8], _: &#p::Scrubber) -> Self {
                    ::core::unreachable!()
                }
                fn meta(&self) -> &#p::ErrorMeta {
                    ::core::unreachable!()
                }
            }
        }
    }

    /// What a shape, an exception and a wire enum share: the wire traits,
    /// the secrets traits, `Debug` and the value traits.
    fn struct_traits(&self) -> TokenStream {
        let StandIn { p, ident, .. } = self;
        let ser = self.wire_ser();
        let visit = self.visit_secrets();
        let debug = self.debug();
        let values = self.values();
        quote! {
            #ser
            #visit
            #debug
            #values
            #[automatically_derived]
            impl #p::WireDe for #ident {
                fn de<'de, __D: #p::serde::Deserializer<'de>>(
                    _: __D,
                    _: #p::Format,
                ) -> ::core::result::Result<Self, __D::Error> {
                    ::core::unreachable!()
                }
            }
            #[automatically_derived]
            impl #p::ScrubStrings for #ident {
                fn scrub_strings(&mut self, _: &#p::Scrubber) {
                    ::core::unreachable!()
                }
            }
        }
    }

    fn wire_ser(&self) -> TokenStream {
        let StandIn { p, ident, .. } = self;
        quote! {
            #[automatically_derived]
            impl #p::WireSer for #ident {
                fn ser<__S: #p::serde::Serializer>(
                    &self,
                    _: __S,
                    _: #p::Format,
                ) -> ::core::result::Result<__S::Ok, __S::Error> {
                    ::core::unreachable!()
                }
            }
        }
    }

    fn visit_secrets(&self) -> TokenStream {
        let StandIn { p, ident, .. } = self;
        quote! {
            #[automatically_derived]
            impl #p::VisitSecrets for #ident {
                fn all_strings(&self, _: &mut dyn ::core::ops::FnMut(&str)) {
                    ::core::unreachable!()
                }
            }
        }
    }

    fn debug(&self) -> TokenStream {
        let ident = self.ident;
        self.unless_derived(
            "Debug",
            quote! {
                #[automatically_derived]
                impl ::core::fmt::Debug for #ident {
                    fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                        ::core::unreachable!()
                    }
                }
            },
        )
    }

    /// `Clone`, `PartialEq`, `Eq` and `Hash`: the most any item of the
    /// macros has, so no use of them fails on the stand-in.
    fn values(&self) -> TokenStream {
        let ident = self.ident;
        let clone = self.unless_derived(
            "Clone",
            quote! {
                #[automatically_derived]
                impl ::core::clone::Clone for #ident {
                    fn clone(&self) -> Self {
                        ::core::unreachable!()
                    }
                }
            },
        );
        let partial_eq = self.unless_derived(
            "PartialEq",
            quote! {
                #[automatically_derived]
                impl ::core::cmp::PartialEq for #ident {
                    fn eq(&self, _: &Self) -> bool {
                        ::core::unreachable!()
                    }
                }
            },
        );
        let eq = self.unless_derived(
            "Eq",
            quote! {
                #[automatically_derived]
                impl ::core::cmp::Eq for #ident {}
            },
        );
        let hash = self.unless_derived(
            "Hash",
            quote! {
                #[automatically_derived]
                impl ::core::hash::Hash for #ident {
                    fn hash<__H: ::core::hash::Hasher>(&self, _: &mut __H) {
                        ::core::unreachable!()
                    }
                }
            },
        );
        quote!(#clone #partial_eq #eq #hash)
    }

    fn display_and_error(&self) -> TokenStream {
        let ident = self.ident;
        quote! {
            #[automatically_derived]
            impl ::core::fmt::Display for #ident {
                fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    ::core::unreachable!()
                }
            }
            #[automatically_derived]
            impl ::std::error::Error for #ident {}
        }
    }

    /// `new(required...)` on a struct with named fields, as the expansion
    /// has it (the required fields are the wire members not written
    /// `Option<...>`), and `Default` when there are none. The operation and
    /// the shape have `new`; the exception only `Default`.
    fn new_and_default(&self, site: Site, with_new: bool) -> TokenStream {
        let ident = self.ident;
        let vis = &self.input.vis;
        let syn::Data::Struct(syn::DataStruct {
            fields: syn::Fields::Named(named),
            ..
        }) = &self.input.data
        else {
            return TokenStream::new();
        };
        let cx = Ctxt::new();
        let required: Vec<&syn::Type> = named
            .named
            .iter()
            .filter_map(|f| {
                let helpers = attr::helper_attrs(&cx, site, &f.attrs);
                let meta = helpers.http_status.is_set() || helpers.request_id.is_set();
                let required = option_inner(&f.ty).is_none() && !meta;
                required.then_some(&f.ty)
            })
            .collect();
        // Reported already, by the run that failed.
        let _ = cx.check();
        let default = required.is_empty().then(|| {
            self.unless_derived(
                "Default",
                quote! {
                    #[automatically_derived]
                    impl ::core::default::Default for #ident {
                        fn default() -> Self {
                            ::core::unreachable!()
                        }
                    }
                },
            )
        });
        let new = with_new.then(|| {
            let params = required
                .iter()
                .map(|t| quote!(_: impl ::core::convert::Into<#t>));
            quote! {
                #[automatically_derived]
                impl #ident {
                    #[allow(dead_code, clippy::too_many_arguments)]
                    #vis fn new(#(#params),*) -> Self {
                        ::core::unreachable!()
                    }
                }
            }
        });
        quote! {
            #default
            #new
        }
    }
}
