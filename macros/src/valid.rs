//! Phase 3: the checks that look at more than one value of the typed model
//! (two fields with one wire name, a field that clashes with generated code,
//! a derive the macro already writes). Each error is spanned at the user's
//! tokens and says what to write instead.
//!
//! [`check`] is the only way to a [`Checked`] item, and expansion takes
//! nothing else: it never sees an item with errors.

use std::collections::HashMap;

use proc_macro2::Span;

use crate::attr::Macro;
use crate::ctxt::Ctxt;
use crate::model::{Field, Item, Kind};

/// An item with no errors; only [`check`] makes one.
pub(crate) struct Checked<'a>(Item<'a>);

impl<'a> std::ops::Deref for Checked<'a> {
    type Target = Item<'a>;

    fn deref(&self) -> &Item<'a> {
        &self.0
    }
}

/// Traits the macros implement themselves; deriving them too conflicts.
const GENERATED_TRAITS: &[&str] = &["Debug", "Clone", "PartialEq", "Eq", "Hash", "Default"];

/// Checks `item` (`None`: it could not be built, and `cx` says why) and
/// hands back every error found, or the checked item.
pub(crate) fn check<'a>(cx: Ctxt, item: Option<Item<'a>>) -> Result<Checked<'a>, syn::Error> {
    if let Some(item) = &item {
        check_derives(&cx, item);
        match &item.kind {
            Kind::Operation(op) => {
                clashes(&cx, &op.fields);
                wire_names(&cx, &op.fields);
            }
            Kind::Shape(shape) => wire_names(&cx, &shape.fields),
            Kind::Exception(e) => {
                for f in e.fields.iter().filter(|f| f.name() == "meta") {
                    cx.error_spanned_by(
                        f.ident,
                        "#[aws_exception] adds a field `meta` itself (the response's code, message, request id and status): rename this field and keep its wire name with #[aws(rename = \"Meta\")]",
                    );
                }
                wire_names(&cx, &e.fields);
            }
            Kind::Enum(e) => wire_values(
                &cx,
                e.known
                    .iter()
                    .map(|v| (v.ident, v.wire.as_str(), v.wire_span)),
                "#[aws(value = \"...\")]",
            ),
            Kind::Error(e) => wire_values(
                &cx,
                e.known
                    .iter()
                    .map(|v| (v.ident, v.wire.as_str(), v.wire_span)),
                "#[aws(code = \"...\")]",
            ),
            Kind::Service(_) => {}
        }
    }
    cx.check()?;
    Ok(Checked(
        item.expect("an item that was not built has reported why"),
    ))
}

fn check_derives(cx: &Ctxt, item: &Item<'_>) {
    let which = item.kind.which();
    if which == Macro::Service {
        return;
    }
    let fields: &[Field<'_>] = match &item.kind {
        Kind::Operation(op) => &op.fields,
        Kind::Shape(s) => &s.fields,
        Kind::Exception(e) => &e.fields,
        _ => &[],
    };
    // `Default` is generated only when every member is optional.
    let has_default = matches!(which, Macro::Shape | Macro::Operation | Macro::Exception)
        && fields.iter().all(|f| !f.is_required());
    for a in item
        .input
        .attrs
        .iter()
        .filter(|a| a.path().is_ident("derive"))
    {
        let _ = a.parse_nested_meta(|meta| {
            if let Some(last) = meta.path.segments.last() {
                let name = last.ident.to_string();
                let generated =
                    GENERATED_TRAITS.contains(&name.as_str()) && (name != "Default" || has_default);
                if generated {
                    cx.error_spanned_by(
                        &meta.path,
                        format!(
                            "{} already implements `{name}`: remove it from #[derive(...)]",
                            which.name()
                        ),
                    );
                }
            }
            Ok(())
        });
    }
}

/// An operation's field named like a generated method.
fn clashes(cx: &Ctxt, fields: &[Field<'_>]) {
    for f in fields {
        let name = f.name();
        if name == "new" || name == "send" {
            let wire = f.member().map_or("", |m| m.wire.as_str());
            cx.error_spanned_by(
                f.ident,
                format!(
                    "a field named `{name}` clashes with the generated `{name}` method: rename the field and keep its wire name with #[aws(rename = \"{wire}\")]"
                ),
            );
        }
    }
}

/// Two members with one wire name.
fn wire_names(cx: &Ctxt, fields: &[Field<'_>]) {
    let mut seen: HashMap<&str, &Field<'_>> = HashMap::new();
    for f in fields {
        let Some(m) = f.member() else { continue };
        if let Some(first) = seen.get(m.wire.as_str()) {
            cx.error_at(
                m.wire_span,
                format!(
                    "two fields have the wire name `{}` (`{}` and `{}`): give one a different #[aws(rename = \"...\")]",
                    m.wire,
                    first.name(),
                    f.name()
                ),
            );
        } else {
            seen.insert(&m.wire, f);
        }
    }
}

/// Two variants with one wire value (or error code).
fn wire_values<'a>(
    cx: &Ctxt,
    variants: impl Iterator<Item = (&'a syn::Ident, &'a str, Span)>,
    key: &str,
) {
    let mut seen: HashMap<&str, &syn::Ident> = HashMap::new();
    for (ident, wire, span) in variants {
        if let Some(first) = seen.get(wire) {
            cx.error_at(
                span,
                format!(
                    "`{first}` and `{ident}` have the same wire value `{wire}`: give one a different {key}"
                ),
            );
        } else {
            seen.insert(wire, ident);
        }
    }
}
