//! Phase 2: the typed model of the annotated item, built once from the syn
//! tree and the parsed attributes (after serde_derive's `internals/ast.rs`
//! and clap_derive's `item.rs`).
//!
//! Every closed set is a Rust enum ([`Protocol`], [`Auth`],
//! [`TimestampFormat`], [`RetryKind`], [`FieldKind`]), every required value
//! is there (not an `Option`), and what later checks report on keeps its
//! tokens or span (identifiers, types, wire names). A value that does not
//! convert is reported here; the item is then not built
//! ([`Item::from_syn`] gives `None`), so nothing downstream ever sees it.
//!
//! `item` types the item and its macro arguments, `field` a struct's
//! fields, `variant` an enum's variants.

mod field;
mod item;
mod variant;

use proc_macro2::Span;
use syn::{Attribute, DeriveInput, Ident, LitStr, Path, Type, Visibility};

use crate::attr::{HelperAttrs, Macro};

/// The item, as a macro sees it: what every kind shares, and the kind.
pub(crate) struct Item<'a> {
    /// The item as written (re-emitted without its helper attributes).
    pub(crate) input: &'a DeriveInput,
    pub(crate) ident: &'a Ident,
    pub(crate) vis: &'a Visibility,
    /// The path generated code reaches the runtime through.
    pub(crate) krate: Path,
    pub(crate) kind: Kind<'a>,
}

/// One variant per macro.
#[allow(clippy::large_enum_variant)] // built once per macro call
pub(crate) enum Kind<'a> {
    Service(Service),
    Operation(Operation<'a>),
    Shape(Shape<'a>),
    Enum(WireEnum<'a>),
    Exception(Exception<'a>),
    Error(ErrorEnum<'a>),
}

impl Kind<'_> {
    pub(crate) fn which(&self) -> Macro {
        match self {
            Kind::Service(_) => Macro::Service,
            Kind::Operation(_) => Macro::Operation,
            Kind::Shape(_) => Macro::Shape,
            Kind::Enum(_) => Macro::Enum,
            Kind::Exception(_) => Macro::Exception,
            Kind::Error(_) => Macro::Error,
        }
    }
}

/// `#[aws_service]`'s wire protocol.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Protocol {
    AwsJson1_0,
    AwsJson1_1,
}

/// `#[aws_operation]`'s `auth`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Auth {
    SigV4,
    None,
}

/// A member's `timestamp_format`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum TimestampFormat {
    EpochSeconds,
    DateTime,
    HttpDate,
}

/// How `#[aws_exception]` is retried.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum RetryKind {
    Throttling,
    Transient,
}

/// `#[aws_service(...)]`.
pub(crate) struct Service {
    pub(crate) protocol: Protocol,
    pub(crate) target_prefix: LitStr,
    pub(crate) endpoint_prefix: LitStr,
    /// Defaults to `endpoint_prefix`.
    pub(crate) signing_name: LitStr,
    pub(crate) service_id: LitStr,
    pub(crate) endpoint_rules: Option<Path>,
}

/// `#[aws_operation(...)]` and its input's members.
pub(crate) struct Operation<'a> {
    pub(crate) service: Path,
    pub(crate) target: Target,
    pub(crate) output: Type,
    pub(crate) error: Type,
    pub(crate) auth: Auth,
    pub(crate) fields: Vec<Field<'a>>,
}

/// An operation's `target`, split once.
pub(crate) struct Target {
    pub(crate) lit: LitStr,
    /// Written as `Prefix.Operation`: the whole target is the literal.
    pub(crate) has_prefix: bool,
    /// The operation's name (after the last `.`).
    pub(crate) name: String,
}

/// `#[aws_shape(eq)]` / `#[aws_shape(no_eq)]`: what the struct says of
/// `Eq` and `Hash` for the field types the macro cannot see.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum EqChoice {
    /// The field types the macro cannot see allow `Eq` and `Hash` (rustc
    /// checks it); a known-no type still rules its trait out.
    Eq,
    /// No `Eq` or `Hash`.
    NoEq,
}

/// `#[aws_shape(...)]`.
pub(crate) struct Shape<'a> {
    pub(crate) sensitive: bool,
    pub(crate) eq: Option<EqChoice>,
    /// `#[aws_shape(output)]`: only responses hold it, so users read it and
    /// never build it: no `new`, no setters.
    pub(crate) output: bool,
    pub(crate) fields: Vec<Field<'a>>,
}

/// `#[aws_exception(...)]`.
pub(crate) struct Exception<'a> {
    pub(crate) retry: Option<RetryKind>,
    pub(crate) fields: Vec<Field<'a>>,
}

/// `#[aws_enum]`: the named values and the catch-all.
pub(crate) struct WireEnum<'a> {
    pub(crate) sensitive: bool,
    pub(crate) known: Vec<Variant<'a>>,
    pub(crate) other: &'a Ident,
}

/// `#[aws_error]`: one variant per exception and the catch-all.
pub(crate) struct ErrorEnum<'a> {
    pub(crate) known: Vec<ErrorVariant<'a>>,
    pub(crate) other: ErrorVariant<'a>,
    /// Where the catch-all is declared among the variants.
    pub(crate) other_at: usize,
}

/// A named value of an `#[aws_enum]`.
pub(crate) struct Variant<'a> {
    pub(crate) ident: &'a Ident,
    /// The wire value, and the tokens it comes from.
    pub(crate) wire: String,
    pub(crate) wire_span: Span,
}

/// A variant of an `#[aws_error]`: `Name(Exception)`.
pub(crate) struct ErrorVariant<'a> {
    pub(crate) ident: &'a Ident,
    pub(crate) ty: &'a Type,
    /// The error code (empty for the catch-all).
    pub(crate) wire: String,
    pub(crate) wire_span: Span,
}

/// One named field.
pub(crate) struct Field<'a> {
    pub(crate) ident: &'a Ident,
    pub(crate) ty: &'a Type,
    /// `T` when the type is written `Option<T>`.
    pub(crate) option_inner: Option<&'a Type>,
    pub(crate) sensitive: bool,
    /// The field's doc comments, for its setter.
    pub(crate) docs: Vec<&'a Attribute>,
    pub(crate) kind: FieldKind,
}

/// What a field holds.
pub(crate) enum FieldKind {
    /// A member on the wire.
    Member(Member),
    /// `#[aws(http_status)]`: filled from the response.
    HttpStatus,
    /// `#[aws(request_id)]`: filled from the response.
    RequestId,
}

/// A wire member's settings.
pub(crate) struct Member {
    /// The member name on the wire, and the tokens it comes from.
    pub(crate) wire: String,
    pub(crate) wire_span: Span,
    /// Written with `#[aws(rename = "...")]`.
    pub(crate) renamed: bool,
    pub(crate) timestamp_format: TimestampFormat,
    /// `#[aws(idempotency_token)]` (an `Option<String>` of an operation).
    pub(crate) idempotency_token: bool,
}

impl<'a> Field<'a> {
    /// The name as Rust code writes it, without `r#`.
    pub(crate) fn name(&self) -> String {
        unraw(self.ident)
    }

    /// The wire member, unless the field is filled from the response.
    pub(crate) fn member(&self) -> Option<&Member> {
        match &self.kind {
            FieldKind::Member(m) => Some(m),
            FieldKind::HttpStatus | FieldKind::RequestId => None,
        }
    }

    /// Required: a wire member whose type is not written `Option<...>`.
    pub(crate) fn is_required(&self) -> bool {
        self.option_inner.is_none() && self.member().is_some()
    }
}

pub(crate) fn unraw(ident: &Ident) -> String {
    let s = ident.to_string();
    s.strip_prefix("r#").map(str::to_owned).unwrap_or(s)
}

/// `T` when `ty` is written `Option<T>` (or `::core::option::Option<T>`).
pub(crate) fn option_inner(ty: &Type) -> Option<&Type> {
    let Type::Path(p) = ty else { return None };
    if p.qself.is_some() {
        return None;
    }
    let last = p.path.segments.last()?;
    if last.ident != "Option" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    if args.args.len() != 1 {
        return None;
    }
    match args.args.first()? {
        syn::GenericArgument::Type(t) => Some(t),
        _ => None,
    }
}

/// The last segment's name when `ty` is a plain path without arguments.
fn plain_name(ty: &Type) -> Option<String> {
    let Type::Path(p) = ty else { return None };
    if p.qself.is_some() {
        return None;
    }
    let last = p.path.segments.last()?;
    last.arguments.is_none().then(|| last.ident.to_string())
}

/// The item's raw pieces, before they are typed.
enum RawBody<'a> {
    Unit,
    Struct(Vec<RawField<'a>>),
    Enum(Vec<RawVariant<'a>>),
}

/// A named field with its helper attributes parsed.
struct RawField<'a> {
    field: &'a syn::Field,
    ident: &'a Ident,
    attrs: HelperAttrs,
}

/// A variant with its helper attributes parsed.
struct RawVariant<'a> {
    variant: &'a syn::Variant,
    attrs: HelperAttrs,
}
