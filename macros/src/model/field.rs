//! A struct's fields: wire members, `http_status` and `request_id`, with
//! their closed sets (`timestamp_format`) and the types they need.

use proc_macro2::Span;
use quote::ToTokens;
use syn::Type;

use super::{Field, FieldKind, Member, RawField, TimestampFormat, option_inner, plain_name, unraw};
use crate::attr::Macro;
use crate::ctxt::Ctxt;
use awsop_names::wire::pascal_case;

/// The integer types that hold any HTTP status (`From<u16>`).
const STATUS_TYPES: &[&str] = &["u16", "u32", "u64", "u128", "usize", "i32", "i64", "i128"];

/// Types every field; `None` when one did not (each one is reported).
pub(super) fn fields<'a>(
    cx: &Ctxt,
    which: Macro,
    raw: Vec<RawField<'a>>,
) -> Option<Vec<Field<'a>>> {
    let mut ok = true;
    let mut out = Vec::with_capacity(raw.len());
    for f in raw {
        match field(cx, which, f) {
            Some(f) => out.push(f),
            None => ok = false,
        }
    }
    ok.then_some(out)
}

fn field<'a>(cx: &Ctxt, which: Macro, raw: RawField<'a>) -> Option<Field<'a>> {
    let RawField {
        field,
        ident,
        attrs,
    } = raw;
    let ty = &field.ty;
    let option_inner = option_inner(ty);
    let mut ok = true;
    if let Some(lit) = attrs.rename.get()
        && lit.value().is_empty()
    {
        ok = false;
        cx.error_spanned_by(
            lit,
            "`rename = \"\"` is not a member name: give the wire name, or remove `rename` to use the field name in PascalCase",
        );
    }
    let timestamp_format = match attrs.timestamp_format.get() {
        None => TimestampFormat::EpochSeconds,
        Some(lit) => match lit.value().as_str() {
            "epoch-seconds" => TimestampFormat::EpochSeconds,
            "date-time" => TimestampFormat::DateTime,
            "http-date" => TimestampFormat::HttpDate,
            other => {
                ok = false;
                cx.error_spanned_by(
                    lit,
                    format!(
                        "unknown `timestamp_format` {other:?}: expected \"epoch-seconds\", \"date-time\" or \"http-date\""
                    ),
                );
                TimestampFormat::EpochSeconds
            }
        },
    };
    let kind = if attrs.http_status.is_set() {
        if attrs.request_id.is_set() {
            ok = false;
            cx.error_at(
                attrs.request_id.span().unwrap_or_else(Span::call_site),
                "a field is either #[aws(http_status)] or #[aws(request_id)], not both",
            );
        }
        if !plain_name(ty).is_some_and(|t| STATUS_TYPES.contains(&t.as_str())) {
            ok = false;
            cx.error_spanned_by(
                ty,
                format!(
                    "#[aws(http_status)] needs an integer field that holds any status: `u16`, `u32`, `u64`, `i32` or `i64`, not `{}`",
                    ty.to_token_stream()
                ),
            );
        }
        FieldKind::HttpStatus
    } else if attrs.request_id.is_set() {
        if !is_option_string(option_inner) {
            ok = false;
            cx.error_spanned_by(
                ty,
                format!(
                    "#[aws(request_id)] needs an `Option<String>` field (`None` when the response has no request id), not `{}`",
                    compact(ty)
                ),
            );
        }
        FieldKind::RequestId
    } else {
        let (wire, wire_span) = match attrs.rename.get() {
            Some(lit) => (lit.value(), lit.span()),
            None => (pascal_case(&unraw(ident)), ident.span()),
        };
        FieldKind::Member(Member {
            wire,
            wire_span,
            renamed: attrs.rename.is_set(),
            timestamp_format,
            idempotency_token: attrs.idempotency_token.is_set(),
        })
    };
    if let Some(key) = attrs.idempotency_token.span() {
        ok &= idempotency_token(cx, which, ty, option_inner, key);
    }
    ok.then(|| Field {
        ident,
        ty,
        option_inner,
        sensitive: attrs.sensitive.is_set(),
        docs: field
            .attrs
            .iter()
            .filter(|a| a.path().is_ident("doc"))
            .collect(),
        kind,
    })
}

/// A type as written, without spaces.
fn compact(ty: &Type) -> String {
    ty.to_token_stream().to_string().replace(' ', "")
}

/// `#[aws(idempotency_token)]` goes on an `Option<String>` member of an
/// operation's input: the runtime fills it when the caller leaves it unset.
fn idempotency_token(
    cx: &Ctxt,
    which: Macro,
    ty: &Type,
    option_inner: Option<&Type>,
    key: Span,
) -> bool {
    if which != Macro::Operation {
        cx.error_at(
            key,
            format!(
                "#[aws(idempotency_token)] goes on a member of an operation's input (#[aws_operation]), not of {}: remove it",
                which.name()
            ),
        );
        return false;
    }
    if !is_option_string(option_inner) {
        cx.error_spanned_by(
            ty,
            format!(
                "#[aws(idempotency_token)] needs an `Option<String>` field (unset, the client fills it), not `{}`",
                compact(ty)
            ),
        );
        return false;
    }
    true
}

/// Whether `Option<T>`'s `T` (given) is `String`.
fn is_option_string(option_inner: Option<&Type>) -> bool {
    option_inner
        .and_then(plain_name)
        .is_some_and(|t| t == "String")
}
