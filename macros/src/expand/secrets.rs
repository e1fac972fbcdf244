//! What keeps secrets out of sight for a struct: `ScrubStrings` (an
//! exception's strings scrubbed of the request's secrets), `VisitSecrets`
//! (the strings the runtime must never log) and a `Debug` that redacts
//! sensitive members.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned as _;

use super::Struct;
use crate::model::Field;

/// `ScrubStrings` for a structure or exception: every wire member (an
/// exception's `meta` is scrubbed by the runtime before it is set).
pub(super) fn scrub_strings(s: &Struct<'_, '_>) -> TokenStream {
    let p = &s.p;
    let ident = s.ident;
    let members = s.wire_fields().map(|f| {
        let name = f.ident;
        let call = at_field(s, f, quote!(ScrubStrings), quote!(scrub_strings));
        quote!(#call(&mut self.#name, __scrubber);)
    });
    let unused = if s.wire_fields().next().is_none() {
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

/// `<FieldType as __private::Trait>::method`, spanned at the field's type:
/// the trait bound is then the path's, and a type that lacks the trait is
/// reported at the field, not at the attribute. The arguments (`self`, the
/// locals) stay the macro's own.
fn at_field(
    s: &Struct<'_, '_>,
    f: &Field<'_>,
    tr: TokenStream,
    method: TokenStream,
) -> TokenStream {
    let span = f.ty.span();
    let p = s.p_at(span);
    let ty = f.ty;
    let tr = super::respan(tr, span);
    let method = super::respan(method, span);
    quote_spanned!(span=> <#ty as #p::#tr>::#method)
}

pub(super) fn visit_secrets(s: &Struct<'_, '_>) -> TokenStream {
    let p = &s.p;
    let ident = s.ident;
    let all = s.wire_fields().map(|f| {
        let name = f.ident;
        let call = at_field(s, f, quote!(VisitSecrets), quote!(all_strings));
        quote!(#call(&self.#name, __visit);)
    });
    let sensitive: TokenStream = if s.sensitive {
        quote!(#p::VisitSecrets::all_strings(self, __visit);)
    } else {
        s.wire_fields()
            .map(|f| {
                let name = f.ident;
                let call = if f.sensitive {
                    at_field(s, f, quote!(VisitSecrets), quote!(all_strings))
                } else {
                    at_field(s, f, quote!(VisitSecrets), quote!(sensitive_strings))
                };
                quote!(#call(&self.#name, __visit);)
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

pub(super) fn debug(s: &Struct<'_, '_>) -> TokenStream {
    let p = &s.p;
    let ident = s.ident;
    let body = if s.sensitive {
        quote!(__f.write_str(#p::REDACTED))
    } else {
        let name = ident.to_string();
        let fields = s.fields.iter().map(|f| {
            let field = f.ident;
            let label = f.name();
            let value = if !f.sensitive {
                quote!(&self.#field)
            } else if f.option_inner.is_some() {
                quote!(&#p::redact_option(&self.#field))
            } else {
                quote!(&#p::Redacted)
            };
            quote!(.field(#label, #value))
        });
        let meta = s.exception.then(|| quote!(.field("meta", &self.meta)));
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
