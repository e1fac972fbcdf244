//! What is emitted when the item has errors: the `compile_error!`s plus a
//! minimal stand-in of the item, so one mistake gives one error rather than
//! a cascade of "cannot find type" errors wherever the item is used.

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

use crate::attr;

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

/// The errors, and the item with its helper attributes stripped.
pub(crate) fn stand_in(input: &DeriveInput, errors: &syn::Error) -> TokenStream {
    let item = strip(input);
    let errors = errors.to_compile_error();
    quote! {
        #errors
        #item
    }
}
