//! Phase 3: semantic checks on the model. Each error is spanned at the
//! user's tokens and says what to write instead.

use std::collections::HashMap;

use proc_macro2::Span;
use quote::ToTokens;

use crate::attr::{self, Macro};
use crate::ctxt::Ctxt;
use crate::model::{Body, Field, Item};

/// The integer types that hold any HTTP status (`From<u16>`).
pub(crate) const STATUS_TYPES: &[&str] =
    &["u16", "u32", "u64", "u128", "usize", "i32", "i64", "i128"];

/// The `timestamp_format` values.
pub(crate) const TIMESTAMP_FORMATS: &[&str] = &["epoch-seconds", "date-time", "http-date"];

/// Traits the macros implement themselves; deriving them too conflicts.
const GENERATED_TRAITS: &[&str] = &["Debug", "Clone", "PartialEq", "Eq", "Hash", "Default"];

pub(crate) fn check(cx: &Ctxt, item: &Item<'_>) {
    check_derives(cx, item);
    match item.which {
        Macro::Service => service(cx, item),
        Macro::Operation => operation(cx, item),
        Macro::Shape => {}
        Macro::Exception => {
            if let (true, Some(t)) = (item.args.retryable.is_set(), item.args.throttling.span()) {
                cx.error_at(t, "give `retryable` or `throttling` in #[aws_exception], not both: a throttling error is retried as one");
            }
        }
        Macro::Enum => variants(cx, item, "#[aws(value = \"...\")]", "Unknown(String)"),
        Macro::Error => variants(
            cx,
            item,
            "#[aws(code = \"...\")]",
            "Unhandled(awsop::error::UnhandledError)",
        ),
    }
    if matches!(item.body, Body::Struct(_)) {
        fields(cx, item);
    }
}

fn check_derives(cx: &Ctxt, item: &Item<'_>) {
    for a in item
        .input
        .attrs
        .iter()
        .filter(|a| a.path().is_ident("derive"))
    {
        let _ = a.parse_nested_meta(|meta| {
            if let Some(last) = meta.path.segments.last() {
                let name = last.ident.to_string();
                // `Default` is generated only when every member is optional.
                let generated = GENERATED_TRAITS.contains(&name.as_str())
                    && (name != "Default"
                        || (matches!(
                            item.which,
                            Macro::Shape | Macro::Operation | Macro::Exception
                        ) && item.fields().iter().all(|f| !f.is_required())));
                if generated && item.which != Macro::Service {
                    cx.error_spanned_by(
                        &meta.path,
                        format!(
                            "{} already implements `{name}`: remove it from #[derive(...)]",
                            item.which.name()
                        ),
                    );
                }
            }
            Ok(())
        });
    }
}

fn missing(cx: &Ctxt, item: &Item<'_>, key: &str, example: &str) {
    if item.args.had_unknown {
        return;
    }
    cx.error_at(
        Span::call_site(),
        format!(
            "missing `{key}` in {}: add `{key} = {example}`",
            item.which.name()
        ),
    );
}

fn service(cx: &Ctxt, item: &Item<'_>) {
    let a = &item.args;
    match a.protocol.get() {
        None => missing(cx, item, attr::PROTOCOL, "awsJson1_1"),
        Some(p) if p != "awsJson1_0" && p != "awsJson1_1" => cx.error_spanned_by(
            p,
            format!(
                "unknown `protocol` `{p}` in #[aws_service]: expected `awsJson1_0` or `awsJson1_1`"
            ),
        ),
        Some(_) => {}
    }
    if !a.target_prefix.is_set() {
        missing(cx, item, attr::TARGET_PREFIX, "\"ServicePrefix\"");
    }
    if !a.endpoint_prefix.is_set() {
        missing(cx, item, attr::ENDPOINT_PREFIX, "\"service\"");
    }
    if !a.service_id.is_set() {
        missing(cx, item, attr::SERVICE_ID, "\"Service Id\"");
    }
    for lit in [
        a.target_prefix.get(),
        a.endpoint_prefix.get(),
        a.service_id.get(),
        a.signing_name.get(),
    ]
    .into_iter()
    .flatten()
    {
        if lit.value().is_empty() {
            cx.error_spanned_by(lit, "an empty string is not a valid value in #[aws_service]: give the name from the service's model");
        }
    }
    // These end up in header values (`X-Amz-Target`, the credential scope)
    // and host names: only visible ASCII can be sent as written.
    for (key, lit) in [
        (attr::TARGET_PREFIX, a.target_prefix.get()),
        (attr::ENDPOINT_PREFIX, a.endpoint_prefix.get()),
        (attr::SIGNING_NAME, a.signing_name.get()),
    ] {
        if let Some(lit) = lit {
            visible_ascii(cx, lit, key, "#[aws_service]");
        }
    }
}

fn visible_ascii(cx: &Ctxt, lit: &syn::LitStr, key: &str, attribute: &str) {
    let value = lit.value();
    if let Some(c) = value.chars().find(|c| !c.is_ascii_graphic()) {
        cx.error_spanned_by(
            lit,
            format!(
                "`{key}` in {attribute} cannot contain {c:?}: it goes into HTTP headers and host names, which take visible ASCII only (letters, digits, `.`, `_`, `-`)"
            ),
        );
    }
}

/// Splits a target into its prefix (if written) and operation name.
pub(crate) fn split_target(target: &str) -> (Option<&str>, &str) {
    match target.rsplit_once('.') {
        Some((prefix, name)) => (Some(prefix), name),
        None => (None, target),
    }
}

fn operation(cx: &Ctxt, item: &Item<'_>) {
    let a = &item.args;
    if !a.service.is_set() {
        missing(cx, item, attr::SERVICE, "MyService");
    }
    match a.target.get() {
        None => missing(cx, item, attr::TARGET, "\"OperationName\""),
        Some(lit) => {
            let value = lit.value();
            let (prefix, name) = split_target(&value);
            if name.is_empty() {
                cx.error_spanned_by(
                    lit,
                    "`target` in #[aws_operation] needs the operation's name: write `target = \"Operation\"` or `target = \"Prefix.Operation\"`",
                );
            } else if prefix == Some("") {
                cx.error_spanned_by(
                    lit,
                    "`target` in #[aws_operation] has an empty prefix: write `target = \"Operation\"` to use the service's `target_prefix`",
                );
            } else {
                visible_ascii(cx, lit, attr::TARGET, "#[aws_operation]");
            }
        }
    }
    if !a.output.is_set() {
        missing(cx, item, attr::OUTPUT, "OperationResponse");
    }
    if !a.error.is_set() {
        missing(cx, item, attr::ERROR, "OperationError");
    }
    if let Some(auth) = a.auth.get()
        && auth != "sigv4"
        && auth != "none"
    {
        cx.error_spanned_by(
            auth,
            format!("unknown `auth` `{auth}` in #[aws_operation]: expected `sigv4` or `none`"),
        );
    }
    for f in item.fields() {
        let name = f.name();
        if name == "new" || name == "send" {
            cx.error_spanned_by(
                f.ident,
                format!(
                    "a field named `{name}` clashes with the generated `{name}` method: rename the field and keep its wire name with #[aws(rename = \"{}\")]",
                    f.wire
                ),
            );
        }
    }
}

fn fields(cx: &Ctxt, item: &Item<'_>) {
    let mut wire_names: HashMap<&str, &Field<'_>> = HashMap::new();
    for f in item.fields() {
        if let Some(lit) = f.attrs.rename.get()
            && lit.value().is_empty()
        {
            cx.error_spanned_by(
                    lit,
                    "`rename = \"\"` is not a member name: give the wire name, or remove `rename` to use the field name in PascalCase",
                );
        }
        if let Some(lit) = f.attrs.timestamp_format.get()
            && !TIMESTAMP_FORMATS.contains(&lit.value().as_str())
        {
            cx.error_spanned_by(
                    lit,
                    format!(
                        "unknown `timestamp_format` {:?}: expected \"epoch-seconds\", \"date-time\" or \"http-date\"",
                        lit.value()
                    ),
                );
        }
        if item.which == Macro::Exception && f.name() == "meta" {
            cx.error_spanned_by(
                f.ident,
                "#[aws_exception] adds a field `meta` itself (the response's code, message, request id and status): rename this field and keep its wire name with #[aws(rename = \"Meta\")]",
            );
        }
        if f.attrs.http_status.is_set() {
            if f.attrs.request_id.is_set() {
                cx.error_at(
                    f.attrs.request_id.span().unwrap_or_else(Span::call_site),
                    "a field is either #[aws(http_status)] or #[aws(request_id)], not both",
                );
            }
            let ty = f.ty.to_token_stream().to_string();
            if !STATUS_TYPES.contains(&ty.as_str()) {
                cx.error_spanned_by(
                    f.ty,
                    format!(
                        "#[aws(http_status)] needs an integer field that holds any status: `u16`, `u32`, `u64`, `i32` or `i64`, not `{ty}`"
                    ),
                );
            }
        }
        if let Some(span) = f.attrs.idempotency_token.span() {
            idempotency_token(cx, item, f, span);
        }
        if f.is_meta() {
            continue;
        }
        if f.wire.is_empty() {
            continue;
        }
        if let Some(first) = wire_names.get(f.wire.as_str()) {
            cx.error_at(
                f.wire_span,
                format!(
                    "two fields have the wire name `{}` (`{}` and `{}`): give one a different #[aws(rename = \"...\")]",
                    f.wire,
                    first.name(),
                    f.name()
                ),
            );
        } else {
            wire_names.insert(&f.wire, f);
        }
    }
}

/// `#[aws(idempotency_token)]` goes on an `Option<String>` member of an
/// operation's input: the runtime fills it when the caller leaves it unset.
fn idempotency_token(cx: &Ctxt, item: &Item<'_>, f: &Field<'_>, key: Span) {
    if item.which != Macro::Operation {
        cx.error_at(
            key,
            format!(
                "#[aws(idempotency_token)] goes on a member of an operation's input (#[aws_operation]), not of {}: remove it",
                item.which.name()
            ),
        );
        return;
    }
    let is_string = |ty: &syn::Type| match ty {
        syn::Type::Path(p) => {
            p.qself.is_none()
                && p.path
                    .segments
                    .last()
                    .is_some_and(|s| s.ident == "String" && s.arguments.is_none())
        }
        _ => false,
    };
    if !f.option_inner.is_some_and(is_string) {
        cx.error_spanned_by(
            f.ty,
            format!(
                "#[aws(idempotency_token)] needs an `Option<String>` field (unset, the client fills it), not `{}`",
                f.ty.to_token_stream().to_string().replace(' ', "")
            ),
        );
    }
}

fn variants(cx: &Ctxt, item: &Item<'_>, key: &str, catch_all: &str) {
    let Body::Enum(variants) = &item.body else {
        return;
    };
    let name = item.which.name();
    let others: Vec<_> = variants.iter().filter(|v| v.is_other()).collect();
    match others.as_slice() {
        [] => cx.error_spanned_by(
            item.ident,
            format!(
                "{name} `{}` needs a catch-all variant: add `#[aws(other)] {catch_all}`",
                item.ident
            ),
        ),
        [_] => {}
        [_, rest @ ..] => {
            for v in rest {
                cx.error_at(
                    v.attrs.other.span().unwrap_or_else(|| v.ident.span()),
                    format!("{name} takes one #[aws(other)] variant: remove this one"),
                );
            }
        }
    }
    let mut seen: HashMap<&str, &syn::Ident> = HashMap::new();
    for v in variants {
        let lit = v.attrs.value.get().or(v.attrs.code.get());
        if v.is_other() {
            if let Some(lit) = lit {
                cx.error_spanned_by(
                    lit,
                    format!("the #[aws(other)] variant holds every value not listed: remove {key}"),
                );
            }
            if v.ty.is_none() {
                cx.error_spanned_by(
                    v.ident,
                    format!("the #[aws(other)] variant holds one value: write `#[aws(other)] {catch_all}`"),
                );
            }
            continue;
        }
        match item.which {
            Macro::Enum if !matches!(v.fields, syn::Fields::Unit) => cx.error_spanned_by(
                v.fields,
                format!(
                    "#[aws_enum] variants other than the #[aws(other)] one carry no data: write `{}`",
                    v.ident
                ),
            ),
            Macro::Error if v.ty.is_none() => cx.error_spanned_by(
                v.ident,
                format!(
                    "#[aws_error] variants hold their exception: write `{0}({0})` with an #[aws_exception] struct",
                    v.ident
                ),
            ),
            _ => {}
        }
        if let Some(lit) = lit
            && lit.value().is_empty()
        {
            cx.error_spanned_by(lit, format!("an empty {key} is not a wire value: give the value, or remove it to use the variant name"));
            continue;
        }
        if let Some(first) = seen.get(v.wire.as_str()) {
            cx.error_at(
                v.wire_span,
                format!(
                    "`{}` and `{}` have the same wire value `{}`: give one a different {key}",
                    first, v.ident, v.wire
                ),
            );
        } else {
            seen.insert(&v.wire, v.ident);
        }
    }
}
