//! `#[aws_shape]`: a structure (a nested shape or an operation's output).
//! With `output` (a structure only responses hold) it gets no `new` and no
//! setters: users read it, they never build it.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned as _;

use super::{Struct, builders, secrets, values, wire, wrap};
use crate::fallback;
use crate::model::{FieldKind, Shape};
use crate::valid::Checked;

pub(super) fn expand(item: &Checked<'_>, shape: &Shape<'_>) -> TokenStream {
    let s = Struct::new(item, &shape.fields, shape.sensitive, false);
    let p = &s.p;
    let ident = item.ident;
    let mut stripped = fallback::strip(item.input);
    stripped.attrs.push(values::derives(&s, shape.eq));
    let sets = shape.fields.iter().filter_map(|f| {
        let n = f.ident;
        let span = f.ty.span();
        match f.kind {
            FieldKind::Member(_) => None,
            FieldKind::HttpStatus => Some(quote_spanned!(span=> self.#n = #p::status(__status);)),
            FieldKind::RequestId => {
                Some(quote_spanned!(span=> self.#n = #p::request_id(__request_id);))
            }
        }
    });
    let ser = wire::ser(&s);
    let de = wire::de(&s);
    let scrub = secrets::scrub_strings(&s);
    let visit = secrets::visit_secrets(&s);
    let debug = secrets::debug(&s);
    let default = builders::default(&s);
    let builders = (!shape.output).then(|| builders::new_and_setters(&s));
    wrap(
        quote!(#stripped),
        quote! {
            #ser
            #de
            #scrub
            #visit
            #debug
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
