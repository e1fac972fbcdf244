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
//! When every field is known to allow the trait, it is derived. A field of
//! a type the macro cannot see leaves the trait out, unless the struct says
//! `#[aws_shape(eq)]`: the unknown types are then taken to allow both (rustc
//! checks it, at the field), while a known-no type still rules its trait out
//! (`eq` with a `HashMap` field gives `Eq` without `Hash`). With
//! `#[aws_shape(no_eq)]` there is neither. There are no bounded impls: two
//! shapes that contain each other are plain derives (or nothing), which
//! rustc proves without overflowing. A generator that knows the model says
//! `eq` exactly where every type it reaches allows both.

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
    let eq = allows(s, Trait::Eq, choice).then(|| quote!(, ::core::cmp::Eq));
    let hash = allows(s, Trait::Hash, choice).then(|| quote!(, ::core::hash::Hash));
    syn::parse_quote!(#[derive(::core::clone::Clone, ::core::cmp::PartialEq #eq #hash)])
}

/// Whether the struct derives `tr` (see the module docs).
fn allows(s: &Struct<'_, '_>, tr: Trait, choice: Option<EqChoice>) -> bool {
    let mut unknown = false;
    for f in s.fields {
        let f_ty = f.ty;
        match known(f.ty, tr, s.ident) {
            Known::Yes => {}
            Known::No => return false,
            // A member of a type built on the struct itself (recursive):
            // the derive proves it along with the struct.
            Known::Unknown if mentions(quote!(#f_ty), s.ident) => {}
            Known::Unknown => unknown = true,
        }
    }
    match choice {
        Some(EqChoice::NoEq) => false,
        Some(EqChoice::Eq) => true,
        None => !unknown,
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
