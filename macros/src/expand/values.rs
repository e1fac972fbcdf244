//! The value traits of a struct: `Clone` and `PartialEq` are derived (every
//! wire type has them); `Eq` and `Hash` are written by hand with one bound
//! per field type, `where for<'__a> FieldType: Trait`. A bound under `for<>`
//! is checked where the impl is used, not where it is declared, so a shape
//! with an `f64` member is `PartialEq` but simply not `Eq` or `Hash`.
//! (Limitation: two shapes that contain each other make rustc overflow
//! proving `Eq`; a shape that contains itself is fine.)

use proc_macro2::TokenStream;
use quote::quote;
use syn::Ident;

use super::Struct;

/// The derives to put on the struct.
pub(super) fn derives() -> syn::Attribute {
    syn::parse_quote!(#[derive(::core::clone::Clone, ::core::cmp::PartialEq)])
}

/// Whether `tokens` name `ident` anywhere (a recursive member).
fn mentions(tokens: TokenStream, ident: &Ident) -> bool {
    tokens.into_iter().any(|tt| match tt {
        proc_macro2::TokenTree::Ident(i) => i == *ident,
        proc_macro2::TokenTree::Group(g) => mentions(g.stream(), ident),
        _ => false,
    })
}

/// `Eq` and `Hash`. `extra` are fields the macro adds. A type that names
/// the struct itself adds no bound: the bound would be the impl being
/// defined and rustc would overflow proving it.
pub(super) fn eq_hash(s: &Struct<'_, '_>, extra: &[(Ident, TokenStream)]) -> TokenStream {
    let ident = s.ident;
    let mut names: Vec<TokenStream> = s
        .fields
        .iter()
        .map(|f| {
            let n = f.ident;
            quote!(#n)
        })
        .collect();
    let mut types: Vec<TokenStream> = s
        .fields
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
    quote! {
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
