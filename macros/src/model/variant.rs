//! The variants of `#[aws_enum]` and `#[aws_error]`: exactly one
//! `#[aws(other)]` catch-all, wire values or codes for the rest.

use proc_macro2::Span;
use syn::{DeriveInput, Type};

use super::{ErrorEnum, ErrorVariant, RawVariant, Variant, WireEnum, unraw};
use crate::attr::{Macro, MacroArgs};
use crate::ctxt::Ctxt;

fn catch_all_missing(cx: &Ctxt, input: &DeriveInput, which: Macro, catch_all: &str) {
    cx.error_spanned_by(
        &input.ident,
        format!(
            "{} `{}` needs a catch-all variant: add `#[aws(other)] {catch_all}`",
            which.name(),
            input.ident
        ),
    );
}

/// The one `#[aws(other)]` variant and its position, reported when there
/// is none or more.
fn the_other<'b, 'a>(
    cx: &Ctxt,
    input: &DeriveInput,
    which: Macro,
    raw: &'b [RawVariant<'a>],
    catch_all: &str,
) -> Option<(usize, &'b RawVariant<'a>)> {
    let others: Vec<(usize, &RawVariant<'a>)> = raw
        .iter()
        .enumerate()
        .filter(|(_, v)| v.attrs.other.is_set())
        .collect();
    match others.as_slice() {
        [] => {
            catch_all_missing(cx, input, which, catch_all);
            None
        }
        [one] => Some(*one),
        [_, rest @ ..] => {
            for (_, v) in rest {
                cx.error_at(
                    v.attrs
                        .other
                        .span()
                        .unwrap_or_else(|| v.variant.ident.span()),
                    format!(
                        "{} takes one #[aws(other)] variant: remove this one",
                        which.name()
                    ),
                );
            }
            None
        }
    }
}

/// The one unnamed field's type, when the variant has exactly one.
fn single_type(v: &syn::Variant) -> Option<&Type> {
    match &v.fields {
        syn::Fields::Unnamed(u) if u.unnamed.len() == 1 => u.unnamed.first().map(|f| &f.ty),
        _ => None,
    }
}

/// Checks the `#[aws(other)]` variant itself; `key` is the wire key it
/// must not have.
fn check_other(cx: &Ctxt, v: &RawVariant<'_>, key: &str, catch_all: &str) -> bool {
    let mut ok = true;
    if let Some(lit) = v.attrs.value.get().or(v.attrs.code.get()) {
        ok = false;
        cx.error_spanned_by(
            lit,
            format!("the #[aws(other)] variant holds every value not listed: remove {key}"),
        );
    }
    if single_type(v.variant).is_none() {
        ok = false;
        cx.error_spanned_by(
            &v.variant.ident,
            format!("the #[aws(other)] variant holds one value: write `#[aws(other)] {catch_all}`"),
        );
    }
    ok
}

/// The wire value of a listed variant, reported when empty.
fn variant_wire(cx: &Ctxt, v: &RawVariant<'_>, key: &str) -> Option<(String, Span)> {
    match v.attrs.value.get().or(v.attrs.code.get()) {
        Some(lit) if lit.value().is_empty() => {
            cx.error_spanned_by(lit, format!("an empty {key} is not a wire value: give the value, or remove it to use the variant name"));
            None
        }
        Some(lit) => Some((lit.value(), lit.span())),
        None => Some((unraw(&v.variant.ident), v.variant.ident.span())),
    }
}

const ENUM_KEY: &str = "#[aws(value = \"...\")]";
const ENUM_CATCH_ALL: &str = "Unknown(String)";
const ERROR_KEY: &str = "#[aws(code = \"...\")]";
const ERROR_CATCH_ALL: &str = "Unhandled(awsop::error::UnhandledError)";

pub(super) fn wire_enum<'a>(
    cx: &Ctxt,
    input: &'a DeriveInput,
    args: &MacroArgs,
    raw: Vec<RawVariant<'a>>,
) -> Option<WireEnum<'a>> {
    let other = the_other(cx, input, Macro::Enum, &raw, ENUM_CATCH_ALL);
    let mut ok = true;
    let mut known = Vec::new();
    for v in &raw {
        if v.attrs.other.is_set() {
            ok &= check_other(cx, v, ENUM_KEY, ENUM_CATCH_ALL);
            continue;
        }
        if !matches!(v.variant.fields, syn::Fields::Unit) {
            ok = false;
            cx.error_spanned_by(
                &v.variant.fields,
                format!(
                    "#[aws_enum] variants other than the #[aws(other)] one carry no data: write `{}`",
                    v.variant.ident
                ),
            );
        }
        match variant_wire(cx, v, ENUM_KEY) {
            Some((wire, wire_span)) => known.push(Variant {
                ident: &v.variant.ident,
                wire,
                wire_span,
            }),
            None => ok = false,
        }
    }
    let (_, other) = other?;
    ok.then(|| WireEnum {
        sensitive: args.sensitive.is_set(),
        known,
        other: &other.variant.ident,
    })
}

pub(super) fn error_enum<'a>(
    cx: &Ctxt,
    input: &'a DeriveInput,
    raw: Vec<RawVariant<'a>>,
) -> Option<ErrorEnum<'a>> {
    let other = the_other(cx, input, Macro::Error, &raw, ERROR_CATCH_ALL);
    let mut ok = true;
    let mut known = Vec::new();
    for v in &raw {
        if v.attrs.other.is_set() {
            ok &= check_other(cx, v, ERROR_KEY, ERROR_CATCH_ALL);
            continue;
        }
        let ty = single_type(v.variant);
        if ty.is_none() {
            ok = false;
            cx.error_spanned_by(
                &v.variant.ident,
                format!(
                    "#[aws_error] variants hold their exception: write `{0}({0})` with an #[aws_exception] struct",
                    v.variant.ident
                ),
            );
        }
        match (variant_wire(cx, v, ERROR_KEY), ty) {
            (Some((wire, wire_span)), Some(ty)) => known.push(ErrorVariant {
                ident: &v.variant.ident,
                ty,
                wire,
                wire_span,
            }),
            _ => ok = false,
        }
    }
    let (other_at, other) = other?;
    let other = ErrorVariant {
        ident: &other.variant.ident,
        ty: single_type(other.variant)?,
        wire: String::new(),
        wire_span: other.variant.ident.span(),
    };
    ok.then_some(ErrorEnum {
        known,
        other,
        other_at,
    })
}
