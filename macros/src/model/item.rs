//! The item and its macro arguments: which body each macro takes, the
//! required keys, and the closed sets of `#[aws_service]` and
//! `#[aws_operation]`.

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote};
use syn::{DeriveInput, LitStr};

use super::field::fields;
use super::variant::{error_enum, wire_enum};
use super::{
    Auth, EqChoice, Exception, Item, Kind, Operation, Protocol, RawBody, RawField, RawVariant,
    RetryKind, Service, Shape, Target,
};
use crate::attr::{self, Macro, MacroArgs, Site};
use crate::ctxt::Ctxt;

impl<'a> Item<'a> {
    /// Builds the model, reporting to `cx` what does not fit the macro;
    /// `None` when something did not (then `cx` holds the reason).
    pub(crate) fn from_syn(
        cx: &Ctxt,
        which: Macro,
        args: TokenStream,
        input: &'a DeriveInput,
    ) -> Option<Item<'a>> {
        let args = attr::macro_args(cx, which, args);
        let krate = args
            .krate
            .get()
            .cloned()
            .unwrap_or_else(|| syn::parse_quote!(::awsop));
        let name = which.name();
        let generic = !input.generics.params.is_empty() || input.generics.where_clause.is_some();
        if generic {
            cx.error_spanned_by(
                &input.generics,
                format!(
                    "{name} does not take generic parameters: AWS shapes are concrete; remove them"
                ),
            );
        }
        let body = raw_body(cx, which, input);
        // Helper attributes on the item itself take no keys.
        for a in input.attrs.iter().filter(|a| attr::is_helper(a)) {
            cx.error_spanned_by(
                a,
                format!(
                    "#[aws(...)] goes on fields and variants; put the item's options in {name}(...)"
                ),
            );
        }
        let kind = match (which, body?) {
            (Macro::Service, RawBody::Unit) => Kind::Service(service(cx, &args)?),
            (Macro::Operation, RawBody::Struct(raw)) => {
                let op = operation(cx, &args);
                let fields = fields(cx, which, raw);
                let (op, fields) = (op?, fields?);
                Kind::Operation(Operation { fields, ..op })
            }
            (Macro::Shape, RawBody::Struct(raw)) => {
                let eq = match (args.eq.is_set(), args.no_eq.span()) {
                    (true, Some(span)) => {
                        cx.error_at(span, "give `eq` or `no_eq` in #[aws_shape], not both");
                        None
                    }
                    (true, None) => Some(Some(EqChoice::Eq)),
                    (false, Some(_)) => Some(Some(EqChoice::NoEq)),
                    (false, None) => Some(None),
                };
                let fields = fields(cx, which, raw);
                Kind::Shape(Shape {
                    sensitive: args.sensitive.is_set(),
                    eq: eq?,
                    output: args.output_only.is_set(),
                    fields: fields?,
                })
            }
            (Macro::Exception, RawBody::Struct(raw)) => {
                let retry = match (args.throttling.span(), args.retryable.is_set()) {
                    (Some(t), true) => {
                        cx.error_at(t, "give `retryable` or `throttling` in #[aws_exception], not both: a throttling error is retried as one");
                        None
                    }
                    (Some(_), false) => Some(Some(RetryKind::Throttling)),
                    (None, true) => Some(Some(RetryKind::Transient)),
                    (None, false) => Some(None),
                };
                let fields = fields(cx, which, raw);
                Kind::Exception(Exception {
                    retry: retry?,
                    fields: fields?,
                })
            }
            (Macro::Enum, RawBody::Enum(raw)) => Kind::Enum(wire_enum(cx, input, &args, raw)?),
            (Macro::Error, RawBody::Enum(raw)) => Kind::Error(error_enum(cx, input, raw)?),
            _ => unreachable!("raw_body gives each macro the body it takes"),
        };
        if generic {
            return None;
        }
        Some(Item {
            input,
            ident: &input.ident,
            vis: &input.vis,
            krate,
            kind,
        })
    }
}

/// The fields or variants, with their helper attributes parsed; `None`
/// (reported) when the item is not what the macro takes.
fn raw_body<'a>(cx: &Ctxt, which: Macro, input: &'a DeriveInput) -> Option<RawBody<'a>> {
    let name = which.name();
    let wants_enum = matches!(which, Macro::Enum | Macro::Error);
    match (&input.data, which) {
        (syn::Data::Struct(s), Macro::Service) => {
            if matches!(s.fields, syn::Fields::Unit) {
                Some(RawBody::Unit)
            } else {
                cx.error_spanned_by(
                    &s.fields,
                    format!("{name} goes on a unit struct: write `pub struct Name;`"),
                );
                None
            }
        }
        (syn::Data::Struct(s), _) if !wants_enum => match &s.fields {
            syn::Fields::Named(named) => {
                let site = match which {
                    Macro::Shape => Site::ShapeField,
                    _ => Site::InputField,
                };
                Some(RawBody::Struct(
                    named
                        .named
                        .iter()
                        .map(|f| RawField {
                            field: f,
                            ident: f.ident.as_ref().expect("named fields have identifiers"),
                            attrs: attr::helper_attrs(cx, site, &f.attrs),
                        })
                        .collect(),
                ))
            }
            syn::Fields::Unnamed(_) => {
                cx.error_spanned_by(
                    &s.fields,
                    format!(
                        "{name} needs a struct with named fields, not a tuple struct: write `struct {} {{ field: Type, ... }}`",
                        input.ident
                    ),
                );
                None
            }
            syn::Fields::Unit => {
                cx.error_spanned_by(
                    &input.ident,
                    format!(
                        "{name} needs a struct with named fields, not a unit struct: write `struct {} {{}}` for a shape with no members",
                        input.ident
                    ),
                );
                None
            }
        },
        (syn::Data::Enum(e), _) if wants_enum => {
            let site = match which {
                Macro::Enum => Site::EnumVariant,
                _ => Site::ErrorVariant,
            };
            Some(RawBody::Enum(
                e.variants
                    .iter()
                    .map(|v| RawVariant {
                        variant: v,
                        attrs: attr::helper_attrs(cx, site, &v.attrs),
                    })
                    .collect(),
            ))
        }
        (data, _) => {
            let (kind, token): (&str, TokenStream) = match data {
                syn::Data::Struct(s) => ("a struct", s.struct_token.to_token_stream()),
                syn::Data::Enum(e) => ("an enum", e.enum_token.to_token_stream()),
                syn::Data::Union(u) => ("a union", u.union_token.to_token_stream()),
            };
            let wanted = if wants_enum {
                "an enum"
            } else if which == Macro::Service {
                "a unit struct"
            } else {
                "a struct with named fields"
            };
            let hint = match which {
                Macro::Operation | Macro::Shape | Macro::Exception if kind == "an enum" => {
                    "; for an enum of wire values use #[aws_enum], for an error enum #[aws_error]"
                }
                Macro::Enum | Macro::Error if kind == "a struct" => {
                    "; for a structure use #[aws_shape]"
                }
                _ => "",
            };
            cx.error_spanned_by(
                quote!(#token),
                format!("{name} goes on {wanted}, not {kind}{hint}"),
            );
            None
        }
    }
}

/// A required key of the macro: reported when missing, unless an unknown
/// key or a bad value was (a misspelt `targt` is the missing `target`).
fn required<T: Clone>(
    cx: &Ctxt,
    args: &MacroArgs,
    which: Macro,
    slot: &attr::Slot<T>,
    key: &str,
    example: &str,
) -> Option<T> {
    if slot.get().is_none() && !args.had_unknown {
        cx.error_at(
            Span::call_site(),
            format!(
                "missing `{key}` in {}: add `{key} = {example}`",
                which.name()
            ),
        );
    }
    slot.get().cloned()
}

fn service(cx: &Ctxt, a: &MacroArgs) -> Option<Service> {
    let which = Macro::Service;
    let protocol = match a.protocol.get() {
        None => {
            required(cx, a, which, &a.protocol, attr::PROTOCOL, "awsJson1_1");
            None
        }
        Some(p) if p == "awsJson1_0" => Some(Protocol::AwsJson1_0),
        Some(p) if p == "awsJson1_1" => Some(Protocol::AwsJson1_1),
        Some(p) => {
            cx.error_spanned_by(
                p,
                format!(
                    "unknown `protocol` `{p}` in #[aws_service]: expected `awsJson1_0` or `awsJson1_1`"
                ),
            );
            None
        }
    };
    let target_prefix = required(
        cx,
        a,
        which,
        &a.target_prefix,
        attr::TARGET_PREFIX,
        "\"ServicePrefix\"",
    );
    let endpoint_prefix = required(
        cx,
        a,
        which,
        &a.endpoint_prefix,
        attr::ENDPOINT_PREFIX,
        "\"service\"",
    );
    let service_id = required(
        cx,
        a,
        which,
        &a.service_id,
        attr::SERVICE_ID,
        "\"Service Id\"",
    );
    let mut ok = true;
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
            ok = false;
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
            ok &= visible_ascii(cx, lit, key, "#[aws_service]");
        }
    }
    let (protocol, target_prefix, endpoint_prefix, service_id) =
        (protocol?, target_prefix?, endpoint_prefix?, service_id?);
    if !ok {
        return None;
    }
    Some(Service {
        protocol,
        signing_name: a
            .signing_name
            .get()
            .cloned()
            .unwrap_or_else(|| endpoint_prefix.clone()),
        target_prefix,
        endpoint_prefix,
        service_id,
        endpoint_rules: a.endpoint_rules.get().cloned(),
    })
}

/// Reports a value that is not visible ASCII; `true` when it is.
fn visible_ascii(cx: &Ctxt, lit: &LitStr, key: &str, attribute: &str) -> bool {
    let value = lit.value();
    match value.chars().find(|c| !c.is_ascii_graphic()) {
        None => true,
        Some(c) => {
            cx.error_spanned_by(
                lit,
                format!(
                    "`{key}` in {attribute} cannot contain {c:?}: it goes into HTTP headers and host names, which take visible ASCII only (letters, digits, `.`, `_`, `-`)"
                ),
            );
            false
        }
    }
}

/// The operation's arguments (its fields are added by the caller).
fn operation<'a>(cx: &Ctxt, a: &MacroArgs) -> Option<Operation<'a>> {
    let which = Macro::Operation;
    let service = required(cx, a, which, &a.service, attr::SERVICE, "MyService");
    let target = required(cx, a, which, &a.target, attr::TARGET, "\"OperationName\"")
        .and_then(|lit| target(cx, lit));
    let output = required(cx, a, which, &a.output, attr::OUTPUT, "OperationResponse");
    let error = required(cx, a, which, &a.error, attr::ERROR, "OperationError");
    let auth = match a.auth.get() {
        None => Some(Auth::SigV4),
        Some(i) if i == "sigv4" => Some(Auth::SigV4),
        Some(i) if i == "none" => Some(Auth::None),
        Some(auth) => {
            cx.error_spanned_by(
                auth,
                format!("unknown `auth` `{auth}` in #[aws_operation]: expected `sigv4` or `none`"),
            );
            None
        }
    };
    Some(Operation {
        service: service?,
        target: target?,
        output: output?,
        error: error?,
        auth: auth?,
        fields: Vec::new(),
    })
}

fn target(cx: &Ctxt, lit: LitStr) -> Option<Target> {
    let value = lit.value();
    let (prefix, name) = match value.rsplit_once('.') {
        Some((prefix, name)) => (Some(prefix), name),
        None => (None, value.as_str()),
    };
    if name.is_empty() {
        cx.error_spanned_by(
            &lit,
            "`target` in #[aws_operation] needs the operation's name: write `target = \"Operation\"` or `target = \"Prefix.Operation\"`",
        );
        return None;
    }
    if prefix == Some("") {
        cx.error_spanned_by(
            &lit,
            "`target` in #[aws_operation] has an empty prefix: write `target = \"Operation\"` to use the service's `target_prefix`",
        );
        return None;
    }
    if !visible_ascii(cx, &lit, attr::TARGET, "#[aws_operation]") {
        return None;
    }
    Some(Target {
        has_prefix: prefix.is_some(),
        name: name.to_owned(),
        lit,
    })
}
