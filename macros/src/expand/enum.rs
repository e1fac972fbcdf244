//! `#[aws_enum]`: an enum of wire string values with a catch-all.

use proc_macro2::TokenStream;
use quote::quote;
use syn::Ident;

use super::{private, wrap};
use crate::fallback;
use crate::model::WireEnum;
use crate::valid::Checked;

pub(super) fn expand(item: &Checked<'_>, e: &WireEnum<'_>) -> TokenStream {
    let p = private(item);
    let ident = item.ident;
    let vis = item.vis;
    let mut stripped = fallback::strip(item.input);
    stripped.attrs.push(syn::parse_quote!(#[derive(
        ::core::clone::Clone,
        ::core::cmp::PartialEq,
        ::core::cmp::Eq,
        ::core::hash::Hash
    )]));
    let other = e.other;
    let idents: Vec<&Ident> = e.known.iter().map(|v| v.ident).collect();
    let values: Vec<&String> = e.known.iter().map(|v| &v.wire).collect();
    let labels: Vec<String> = e.known.iter().map(|v| v.ident.to_string()).collect();
    let other_label = other.to_string();
    let debug = if e.sensitive {
        quote!(__f.write_str(#p::REDACTED))
    } else {
        quote! {
            match self {
                #(#ident::#idents => __f.write_str(#labels),)*
                #ident::#other(__value) => __f.debug_tuple(#other_label).field(__value).finish(),
            }
        }
    };
    let visit = if e.sensitive {
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
