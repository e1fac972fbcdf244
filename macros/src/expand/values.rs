//! The value traits of a struct. `Clone` and `PartialEq` are derived: every
//! wire type has them. `Eq` and `Hash` are decided here, at macro time, per
//! trait, from the field types as written:
//!
//! - a field of a type known not to allow the trait makes the struct go
//!   without it: `f32`/`f64` (neither), `HashMap` (no `Hash`);
//! - a field of a type known to allow it adds nothing: integers, `bool`,
//!   `String`, `Blob`, `DateTime`, `Document`, the struct itself,
//!   `Option`/`Vec`/`Box`/`BTreeMap`/`HashMap` of those, and
//!   `Sensitive<String>` / `Sensitive<Blob>` (any `Sensitive` for `Hash`);
//! - any other type (another shape or enum) is one the macro cannot see.
//!
//! When every field is known to allow the trait, it is derived. With
//! `#[aws_shape(eq)]` the unknown types are taken to allow both (rustc
//! checks it, at the field); with `#[aws_shape(no_eq)]` there is neither.
//! Otherwise (no option given and some unknown type) the impl carries one
//! bound per unknown field type, `where for<'__a> Type: Trait`, checked
//! where the impl is used: a shape holding a shape with an `f64` is simply
//! not `Eq`. Only this last case keeps the limitation that two shapes that
//! contain each other make rustc overflow proving `Eq`; a generator that
//! knows the model says `eq` or `no_eq` and never reaches it.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{GenericArgument, Ident, PathArguments, Type};

use super::Struct;
use crate::model::EqChoice;

/// Whether a type allows a trait, as far as the macro can tell.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Known {
    Yes,
    No,
    Unknown,
}

impl Known {
    fn and(self, other: Known) -> Known {
        match (self, other) {
            (Known::No, _) | (_, Known::No) => Known::No,
            (Known::Unknown, _) | (_, Known::Unknown) => Known::Unknown,
            (Known::Yes, Known::Yes) => Known::Yes,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Trait {
    Eq,
    Hash,
}

/// The last path segment's name, when it takes no arguments.
fn last_name(ty: &Type) -> Option<String> {
    let Type::Path(p) = ty else { return None };
    let last = p.path.segments.last()?;
    last.arguments.is_none().then(|| last.ident.to_string())
}

/// What `ty` allows of `tr`; `own` is the struct being expanded.
fn known(ty: &Type, tr: Trait, own: &Ident) -> Known {
    let Type::Path(p) = ty else {
        return Known::Unknown;
    };
    let Some(last) = p.path.segments.last() else {
        return Known::Unknown;
    };
    if p.qself.is_some() {
        return Known::Unknown;
    }
    let args: Vec<&Type> = match &last.arguments {
        PathArguments::None => Vec::new(),
        PathArguments::AngleBracketed(a) => a
            .args
            .iter()
            .filter_map(|a| match a {
                GenericArgument::Type(t) => Some(t),
                _ => None,
            })
            .collect(),
        PathArguments::Parenthesized(_) => return Known::Unknown,
    };
    let all_args = || {
        args.iter()
            .fold(Known::Yes, |k, t| k.and(known(t, tr, own)))
    };
    let name = last.ident.to_string();
    match name.as_str() {
        _ if last.ident == *own && args.is_empty() => Known::Yes,
        "f32" | "f64" if args.is_empty() => Known::No,
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" | "i8" | "i16" | "i32" | "i64" | "i128"
        | "isize" | "bool" | "char" | "String" | "Blob" | "DateTime" | "Document"
            if args.is_empty() =>
        {
            Known::Yes
        }
        "Option" | "Vec" | "Box" | "BTreeMap" if !args.is_empty() => all_args(),
        // Hashes nothing; compares in constant time what implements
        // `SecretEq` (of the member types: `String` and `Blob`).
        "Sensitive" if args.len() == 1 => match tr {
            Trait::Hash => Known::Yes,
            Trait::Eq => match args.first().and_then(|t| last_name(t)).as_deref() {
                Some("String" | "Blob") => Known::Yes,
                _ => Known::Unknown,
            },
        },
        "HashMap" if !args.is_empty() => match tr {
            Trait::Hash => Known::No,
            Trait::Eq => all_args(),
        },
        _ => Known::Unknown,
    }
}

/// The derives to put on the struct: `Clone`, `PartialEq`, and `Eq` /
/// `Hash` where every field is known to allow them (or `eq` says so).
pub(super) fn derives(s: &Struct<'_, '_>, choice: Option<EqChoice>) -> syn::Attribute {
    let eq = matches!(decide(s, Trait::Eq, choice), Decision::Derive);
    let hash = matches!(decide(s, Trait::Hash, choice), Decision::Derive);
    let eq = eq.then(|| quote!(, ::core::cmp::Eq));
    let hash = hash.then(|| quote!(, ::core::hash::Hash));
    syn::parse_quote!(#[derive(::core::clone::Clone, ::core::cmp::PartialEq #eq #hash)])
}

enum Decision {
    Derive,
    Without,
    /// By hand, bounded on these (unknown) field types.
    Bounded(Vec<TokenStream>),
}

fn decide(s: &Struct<'_, '_>, tr: Trait, choice: Option<EqChoice>) -> Decision {
    let mut unknown = Vec::new();
    for f in s.fields {
        let f_ty = f.ty;
        match known(f.ty, tr, s.ident) {
            Known::Yes => {}
            Known::No => return Decision::Without,
            // A bound that names the struct would be the impl being
            // defined: rustc would overflow proving it.
            Known::Unknown if mentions(quote!(#f_ty), s.ident) => {}
            Known::Unknown => unknown.push(quote!(#f_ty)),
        }
    }
    match choice {
        Some(EqChoice::NoEq) => Decision::Without,
        Some(EqChoice::Eq) => Decision::Derive,
        None if unknown.is_empty() => Decision::Derive,
        None => Decision::Bounded(unknown),
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

/// The `Eq` and `Hash` impls that are neither derived nor left out: one
/// bound per field type the macro cannot see (see the module docs).
pub(super) fn bounded_eq_hash(s: &Struct<'_, '_>, choice: Option<EqChoice>) -> TokenStream {
    let ident = s.ident;
    let names: Vec<&Ident> = s.fields.iter().map(|f| f.ident).collect();
    let meta = s
        .exception
        .then(|| quote!(::core::hash::Hash::hash(&self.meta, __state);));
    let where_clause = |types: &[TokenStream], tr: TokenStream| {
        let b = types.iter().map(|t| quote!(for<'__a> #t: #tr));
        quote!(where #(#b,)*)
    };
    let eq = match decide(s, Trait::Eq, choice) {
        Decision::Bounded(types) => {
            let w = where_clause(&types, quote!(::core::cmp::Eq));
            quote! {
                #[automatically_derived]
                impl ::core::cmp::Eq for #ident #w {}
            }
        }
        Decision::Derive | Decision::Without => quote!(),
    };
    let hash = match decide(s, Trait::Hash, choice) {
        Decision::Bounded(types) => {
            let w = where_clause(&types, quote!(::core::hash::Hash));
            quote! {
                #[automatically_derived]
                impl ::core::hash::Hash for #ident #w {
                    fn hash<__H: ::core::hash::Hasher>(&self, __state: &mut __H) {
                        #(::core::hash::Hash::hash(&self.#names, __state);)*
                        #meta
                    }
                }
            }
        }
        Decision::Derive | Decision::Without => quote!(),
    };
    quote!(#eq #hash)
}
