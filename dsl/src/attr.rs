//! Phase 1: attribute syntax. Parses the arguments of each macro and the
//! `#[aws(...)]` helper attributes into spanned raw values; what they mean is
//! the macros' business (their `model`), and `awsop-drift` reads the same
//! values back from source files.
//!
//! One named constant per key; above each parse branch, the syntax it
//! accepts. Unknown and duplicate keys are errors spanned at the key, and
//! parsing goes on after them so every mistake is reported.

use proc_macro2::{Span, TokenStream, TokenTree};
use syn::meta::ParseNestedMeta;
use syn::parse::{ParseStream, Parser as _};
use syn::{Attribute, Ident, LitStr, Path, Token, Type};

use crate::ctxt::Ctxt;

// The macro argument keys and `#[aws(...)]` keys (`sensitive` is both), named
// once in `awsop-names`.
pub use awsop_names::keys::{
    AUTH, AWS, CODE, CRATE, ENDPOINT_PREFIX, ENDPOINT_RULES, EQ, ERROR, HTTP_STATUS,
    IDEMPOTENCY_TOKEN, NO_EQ, OTHER, OUTPUT, PROTOCOL, RENAME, REQUEST_ID, RETRYABLE, SENSITIVE,
    SERVICE, SERVICE_ID, SIGNING_NAME, TARGET, TARGET_PREFIX, THROTTLING, TIMESTAMP_FORMAT, VALUE,
};

/// Which macro is being expanded.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Macro {
    /// `#[aws_service]`.
    Service,
    /// `#[aws_operation]`.
    Operation,
    /// `#[aws_shape]`.
    Shape,
    /// `#[aws_enum]`.
    Enum,
    /// `#[aws_exception]`.
    Exception,
    /// `#[aws_error]`.
    Error,
}

impl Macro {
    /// The attribute as the user writes it.
    pub fn name(self) -> &'static str {
        match self {
            Macro::Service => "#[aws_service]",
            Macro::Operation => "#[aws_operation]",
            Macro::Shape => "#[aws_shape]",
            Macro::Enum => "#[aws_enum]",
            Macro::Exception => "#[aws_exception]",
            Macro::Error => "#[aws_error]",
        }
    }

    fn keys(self) -> &'static [&'static str] {
        match self {
            Macro::Service => &[
                PROTOCOL,
                TARGET_PREFIX,
                ENDPOINT_PREFIX,
                SIGNING_NAME,
                SERVICE_ID,
                ENDPOINT_RULES,
                CRATE,
            ],
            Macro::Operation => &[SERVICE, TARGET, OUTPUT, ERROR, AUTH, CRATE],
            Macro::Shape => &[SENSITIVE, EQ, NO_EQ, OUTPUT, CRATE],
            Macro::Enum => &[SENSITIVE, CRATE],
            Macro::Exception => &[RETRYABLE, THROTTLING, CRATE],
            Macro::Error => &[CRATE],
        }
    }
}

/// One key's value, with the span of the key for later messages.
pub struct Slot<T> {
    /// The value and the key's span; `None` when the key was not given.
    pub value: Option<(T, Span)>,
}

impl<T> Default for Slot<T> {
    fn default() -> Self {
        Slot { value: None }
    }
}

impl<T> Slot<T> {
    fn set(&mut self, cx: &Ctxt, key: &Path, what: &str, value: T) {
        if self.value.is_some() {
            cx.error_spanned_by(
                key,
                format!("duplicate key `{}` in {what}: give it once", key_name(key)),
            );
        } else {
            self.value = Some((value, span_of(key)));
        }
    }

    /// The value, when the key was given.
    pub fn get(&self) -> Option<&T> {
        self.value.as_ref().map(|(v, _)| v)
    }

    /// The key's span, when it was given.
    pub fn span(&self) -> Option<Span> {
        self.value.as_ref().map(|(_, s)| *s)
    }

    /// Whether the key was given.
    pub fn is_set(&self) -> bool {
        self.value.is_some()
    }
}

fn span_of(path: &Path) -> Span {
    path.segments
        .first()
        .map_or_else(Span::call_site, |s| s.ident.span())
}

fn key_name(path: &Path) -> String {
    path.segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect::<Vec<_>>()
        .join("::")
}

/// The arguments of any of the macros; each macro accepts a subset of the
/// keys, and [`macro_args`] reports any other as unknown.
#[derive(Default)]
pub struct MacroArgs {
    /// `protocol = awsJson1_0 | awsJson1_1` (service).
    pub protocol: Slot<Ident>,
    /// `target_prefix = "..."` (service).
    pub target_prefix: Slot<LitStr>,
    /// `endpoint_prefix = "..."` (service).
    pub endpoint_prefix: Slot<LitStr>,
    /// `signing_name = "..."` (service).
    pub signing_name: Slot<LitStr>,
    /// `service_id = "..."` (service).
    pub service_id: Slot<LitStr>,
    /// `endpoint_rules = path::TO_RULES` (service).
    pub endpoint_rules: Slot<Path>,
    /// `service = path::ToService` (operation).
    pub service: Slot<Path>,
    /// `target = "Name"` or `"Prefix.Name"` (operation).
    pub target: Slot<LitStr>,
    /// `output = Type` (operation).
    pub output: Slot<Type>,
    /// `#[aws_shape(output)]`: the flag, where `#[aws_operation]`'s
    /// `output` names a type.
    pub output_only: Slot<()>,
    /// `error = Type` (operation).
    pub error: Slot<Type>,
    /// `auth = sigv4 | none` (operation).
    pub auth: Slot<Ident>,
    /// `crate = path::to::awsop` (every macro).
    pub krate: Slot<Path>,
    /// `sensitive` (shape, enum).
    pub sensitive: Slot<()>,
    /// `retryable` (exception).
    pub retryable: Slot<()>,
    /// `throttling` (exception).
    pub throttling: Slot<()>,
    /// `eq` (shape).
    pub eq: Slot<()>,
    /// `no_eq` (shape).
    pub no_eq: Slot<()>,
    /// Whether an unknown key or a bad value was reported: then a "missing
    /// key" error would only repeat it (a misspelt `targt` is the missing
    /// `target`).
    pub had_unknown: bool,
}

/// Parses the arguments of `which`, reporting every mistake to `cx`.
pub fn macro_args(cx: &Ctxt, which: Macro, args: TokenStream) -> MacroArgs {
    let mut out = MacroArgs::default();
    let what = which.name();
    let parser = syn::meta::parser(|meta| {
        let key = meta.path.clone();
        let name = key_name(&key);
        if !which.keys().contains(&name.as_str()) {
            out.had_unknown = true;
            if name == OUTPUT {
                // Only `#[aws_operation]` and `#[aws_shape]` take it.
                cx.error_spanned_by(
                    &key,
                    format!(
                        "`output` marks a structure that only responses hold: it goes in #[aws_shape(output)], not in {what}; remove it"
                    ),
                );
                skip_value(meta.input)?;
                return Ok(());
            }
            unknown_key(cx, &meta, what, which.keys())?;
            return Ok(());
        }
        match name.as_str() {
            // protocol = awsJson1_1
            PROTOCOL => {
                if let Some(v) = ident_value(cx, &meta, what, "`awsJson1_0` or `awsJson1_1`")? {
                    out.protocol.set(cx, &key, what, v);
                } else {
                    out.had_unknown = true;
                }
            }
            // target_prefix = "AWSCognitoIdentityProviderService"
            TARGET_PREFIX => {
                if let Some(v) = str_value(cx, &meta, what)? {
                    out.target_prefix.set(cx, &key, what, v);
                } else {
                    out.had_unknown = true;
                }
            }
            // endpoint_prefix = "cognito-idp"
            ENDPOINT_PREFIX => {
                if let Some(v) = str_value(cx, &meta, what)? {
                    out.endpoint_prefix.set(cx, &key, what, v);
                } else {
                    out.had_unknown = true;
                }
            }
            // signing_name = "cognito-idp"
            SIGNING_NAME => {
                if let Some(v) = str_value(cx, &meta, what)? {
                    out.signing_name.set(cx, &key, what, v);
                } else {
                    out.had_unknown = true;
                }
            }
            // service_id = "Cognito Identity Provider"
            SERVICE_ID => {
                if let Some(v) = str_value(cx, &meta, what)? {
                    out.service_id.set(cx, &key, what, v);
                } else {
                    out.had_unknown = true;
                }
            }
            // endpoint_rules = path::TO_RULES
            ENDPOINT_RULES => {
                let v = meta.value()?.parse::<Path>()?;
                out.endpoint_rules.set(cx, &key, what, v);
            }
            // service = path::ToService
            SERVICE => {
                let v = meta.value()?.parse::<Path>()?;
                out.service.set(cx, &key, what, v);
            }
            // target = "Operation" | target = "Prefix.Operation"
            TARGET => {
                if let Some(v) = str_value(cx, &meta, what)? {
                    out.target.set(cx, &key, what, v);
                } else {
                    out.had_unknown = true;
                }
            }
            // #[aws_shape(output)]
            OUTPUT if which == Macro::Shape => {
                flag(cx, &meta, what)?;
                out.output_only.set(cx, &key, what, ());
            }
            // output = path::ToOutput
            OUTPUT => {
                let v = meta.value()?.parse::<Type>()?;
                out.output.set(cx, &key, what, v);
            }
            // error = path::ToError
            ERROR => {
                let v = meta.value()?.parse::<Type>()?;
                out.error.set(cx, &key, what, v);
            }
            // auth = sigv4 | auth = none
            AUTH => {
                if let Some(v) = ident_value(cx, &meta, what, "`sigv4` or `none`")? {
                    out.auth.set(cx, &key, what, v);
                } else {
                    out.had_unknown = true;
                }
            }
            // crate = path::to::awsop
            CRATE => {
                let v = meta.value()?.parse::<Path>()?;
                out.krate.set(cx, &key, what, v);
            }
            // sensitive
            SENSITIVE => {
                flag(cx, &meta, what)?;
                out.sensitive.set(cx, &key, what, ());
            }
            // retryable
            RETRYABLE => {
                flag(cx, &meta, what)?;
                out.retryable.set(cx, &key, what, ());
            }
            // throttling
            THROTTLING => {
                flag(cx, &meta, what)?;
                out.throttling.set(cx, &key, what, ());
            }
            // eq
            EQ => {
                flag(cx, &meta, what)?;
                out.eq.set(cx, &key, what, ());
            }
            // no_eq
            NO_EQ => {
                flag(cx, &meta, what)?;
                out.no_eq.set(cx, &key, what, ());
            }
            _ => unreachable!("every key in Macro::keys has a branch"),
        }
        Ok(())
    });
    if let Err(e) = parser.parse2(args) {
        cx.syn_error(e);
    }
    out
}

/// Where an `#[aws(...)]` attribute sits, which decides the keys it takes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Site {
    /// A field of an operation or exception.
    InputField,
    /// A field of a shape: also `http_status` and `request_id`.
    ShapeField,
    /// A variant of an `#[aws_enum]`.
    EnumVariant,
    /// A variant of an `#[aws_error]`.
    ErrorVariant,
}

impl Site {
    fn keys(self) -> &'static [&'static str] {
        match self {
            Site::InputField => &[RENAME, SENSITIVE, TIMESTAMP_FORMAT, IDEMPOTENCY_TOKEN],
            // `idempotency_token` is refused by `model::field` with a message that
            // says where it goes.
            Site::ShapeField => &[
                RENAME,
                SENSITIVE,
                TIMESTAMP_FORMAT,
                HTTP_STATUS,
                REQUEST_ID,
                IDEMPOTENCY_TOKEN,
            ],
            Site::EnumVariant => &[VALUE, OTHER],
            Site::ErrorVariant => &[CODE, OTHER],
        }
    }
}

/// The `#[aws(...)]` keys of one field or variant, merged over all its
/// `#[aws]` attributes.
#[derive(Default)]
pub struct HelperAttrs {
    /// `#[aws(rename = "WireName")]` (fields).
    pub rename: Slot<LitStr>,
    /// `#[aws(sensitive)]` (fields).
    pub sensitive: Slot<()>,
    /// `#[aws(timestamp_format = "...")]` (fields).
    pub timestamp_format: Slot<LitStr>,
    /// `#[aws(http_status)]` (shape fields).
    pub http_status: Slot<()>,
    /// `#[aws(request_id)]` (shape fields).
    pub request_id: Slot<()>,
    /// `#[aws(value = "WIRE_VALUE")]` (`#[aws_enum]` variants).
    pub value: Slot<LitStr>,
    /// `#[aws(code = "ErrorCode")]` (`#[aws_error]` variants).
    pub code: Slot<LitStr>,
    /// `#[aws(other)]`: the catch-all variant.
    pub other: Slot<()>,
    /// `#[aws(idempotency_token)]` (fields).
    pub idempotency_token: Slot<()>,
}

/// Whether `attr` is one of ours (`#[aws(...)]`).
pub fn is_helper(attr: &Attribute) -> bool {
    attr.path().is_ident(AWS)
}

/// Parses every `#[aws(...)]` in `attrs` for a `site`.
pub fn helper_attrs(cx: &Ctxt, site: Site, attrs: &[Attribute]) -> HelperAttrs {
    let mut out = HelperAttrs::default();
    let what = "#[aws(...)]";
    for attr in attrs.iter().filter(|a| is_helper(a)) {
        let list = match &attr.meta {
            syn::Meta::List(list) => list,
            other => {
                cx.error_spanned_by(
                    other,
                    "expected #[aws(key, ...)], e.g. #[aws(sensitive)] or #[aws(rename = \"Name\")]",
                );
                continue;
            }
        };
        let result = list.parse_nested_meta(|meta| {
            let key = meta.path.clone();
            let name = key_name(&key);
            if !site.keys().contains(&name.as_str()) {
                unknown_key(cx, &meta, what, site.keys())?;
                return Ok(());
            }
            match name.as_str() {
                // #[aws(rename = "WireName")]
                RENAME => {
                    if let Some(v) = str_value(cx, &meta, what)? {
                        out.rename.set(cx, &key, what, v);
                    }
                }
                // #[aws(sensitive)]
                SENSITIVE => {
                    flag(cx, &meta, what)?;
                    out.sensitive.set(cx, &key, what, ());
                }
                // #[aws(timestamp_format = "epoch-seconds" | "date-time" | "http-date")]
                TIMESTAMP_FORMAT => {
                    if let Some(v) = str_value(cx, &meta, what)? {
                        out.timestamp_format.set(cx, &key, what, v);
                    }
                }
                // #[aws(http_status)]
                HTTP_STATUS => {
                    flag(cx, &meta, what)?;
                    out.http_status.set(cx, &key, what, ());
                }
                // #[aws(request_id)]
                REQUEST_ID => {
                    flag(cx, &meta, what)?;
                    out.request_id.set(cx, &key, what, ());
                }
                // #[aws(value = "WIRE_VALUE")]
                VALUE => {
                    if let Some(v) = str_value(cx, &meta, what)? {
                        out.value.set(cx, &key, what, v);
                    }
                }
                // #[aws(code = "ErrorCode")]
                CODE => {
                    if let Some(v) = str_value(cx, &meta, what)? {
                        out.code.set(cx, &key, what, v);
                    }
                }
                // #[aws(other)]
                OTHER => {
                    flag(cx, &meta, what)?;
                    out.other.set(cx, &key, what, ());
                }
                // #[aws(idempotency_token)]
                IDEMPOTENCY_TOKEN => {
                    flag(cx, &meta, what)?;
                    out.idempotency_token.set(cx, &key, what, ());
                }
                _ => unreachable!("every key in Site::keys has a branch"),
            }
            Ok(())
        });
        if let Err(e) = result {
            cx.syn_error(e);
        }
    }
    out
}

fn expected_list(keys: &[&str]) -> String {
    keys.iter()
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Reports an unknown key and skips its value, so parsing can go on.
fn unknown_key(
    cx: &Ctxt,
    meta: &ParseNestedMeta<'_>,
    what: &str,
    keys: &[&str],
) -> syn::Result<()> {
    let name = key_name(&meta.path);
    let message = if keys.is_empty() {
        format!("unknown key `{name}` in {what}: this item takes no #[aws(...)] keys; remove it")
    } else {
        format!(
            "unknown key `{name}` in {what}: expected one of {}",
            expected_list(keys)
        )
    };
    cx.error_spanned_by(&meta.path, message);
    skip_value(meta.input)?;
    Ok(())
}

/// Consumes `= value` or `(...)` after a key, up to the next top-level comma,
/// and returns the value's tokens.
fn skip_value(input: ParseStream<'_>) -> syn::Result<TokenStream> {
    input.step(|cursor| {
        let mut rest = *cursor;
        let mut tokens = TokenStream::new();
        while let Some((tt, next)) = rest.token_tree() {
            if let TokenTree::Punct(p) = &tt
                && p.as_char() == ','
            {
                break;
            }
            tokens.extend([tt]);
            rest = next;
        }
        Ok((tokens, rest))
    })
}

/// `key = "string"`; anything else is reported and skipped.
fn str_value(cx: &Ctxt, meta: &ParseNestedMeta<'_>, what: &str) -> syn::Result<Option<LitStr>> {
    let name = key_name(&meta.path);
    if !meta.input.peek(Token![=]) {
        cx.error_spanned_by(
            &meta.path,
            format!("`{name}` in {what} needs a value: write `{name} = \"...\"`"),
        );
        skip_value(meta.input)?;
        return Ok(None);
    }
    let value = meta.value()?;
    if value.peek(LitStr) {
        return Ok(Some(value.parse()?));
    }
    let tokens = skip_value(value)?;
    cx.error_spanned_by(
        tokens,
        format!("`{name}` in {what} must be a string literal: write `{name} = \"...\"`"),
    );
    Ok(None)
}

/// `key = ident`; anything else is reported and skipped.
fn ident_value(
    cx: &Ctxt,
    meta: &ParseNestedMeta<'_>,
    what: &str,
    expected: &str,
) -> syn::Result<Option<Ident>> {
    let name = key_name(&meta.path);
    if !meta.input.peek(Token![=]) {
        cx.error_spanned_by(
            &meta.path,
            format!("`{name}` in {what} needs a value: write `{name} = ...` with {expected}"),
        );
        skip_value(meta.input)?;
        return Ok(None);
    }
    let value = meta.value()?;
    if value.peek(Ident) && (value.peek2(Token![,]) || peek_end(value)) {
        return Ok(Some(value.parse()?));
    }
    let tokens = skip_value(value)?;
    cx.error_spanned_by(
        tokens,
        format!("unknown `{name}` in {what}: expected {expected}"),
    );
    Ok(None)
}

fn peek_end(input: ParseStream<'_>) -> bool {
    let fork = input.fork();
    fork.parse::<Ident>().is_ok() && fork.is_empty()
}

/// A bare key: a value after it is reported and skipped.
fn flag(cx: &Ctxt, meta: &ParseNestedMeta<'_>, what: &str) -> syn::Result<()> {
    if !meta.input.is_empty() && !meta.input.peek(Token![,]) {
        let name = key_name(&meta.path);
        let tokens = skip_value(meta.input)?;
        cx.error_spanned_by(
            tokens,
            format!("`{name}` in {what} takes no value: write just `{name}`"),
        );
    }
    Ok(())
}
