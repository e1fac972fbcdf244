//! Phase 2: a typed model of the annotated item, built from the syn tree and
//! the parsed attributes. Every value keeps the tokens it came from, so later
//! phases can report errors at the user's code.

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote};
use syn::{Attribute, DeriveInput, Ident, LitStr, Path, Type};

use crate::attr::{self, HelperAttrs, Macro, MacroArgs, Site};
use crate::ctxt::Ctxt;
use awsop_names::wire::pascal_case;

/// The item, as a macro sees it.
pub(crate) struct Item<'a> {
    pub(crate) which: Macro,
    pub(crate) input: &'a DeriveInput,
    pub(crate) ident: &'a Ident,
    /// The path generated code reaches the runtime through.
    pub(crate) krate: Path,
    pub(crate) args: MacroArgs,
    pub(crate) body: Body<'a>,
}

/// The fields or variants of the item.
pub(crate) enum Body<'a> {
    /// A unit struct (`#[aws_service]`).
    Unit,
    /// A struct with named fields.
    Struct(Vec<Field<'a>>),
    /// An enum.
    Enum(Vec<Variant<'a>>),
    /// Not what this macro takes; already reported.
    Invalid,
}

/// One named field.
pub(crate) struct Field<'a> {
    pub(crate) ident: &'a Ident,
    pub(crate) ty: &'a Type,
    /// `T` when the type is written `Option<T>`.
    pub(crate) option_inner: Option<&'a Type>,
    /// The member name on the wire, and the tokens it comes from.
    pub(crate) wire: String,
    pub(crate) wire_span: Span,
    pub(crate) attrs: HelperAttrs,
    /// The field's doc comments, for its setter.
    pub(crate) docs: Vec<&'a Attribute>,
}

impl Field<'_> {
    /// The name as Rust code writes it, without `r#`.
    pub(crate) fn name(&self) -> String {
        unraw(self.ident)
    }

    /// Not on the wire: filled from the response.
    pub(crate) fn is_meta(&self) -> bool {
        self.attrs.http_status.is_set() || self.attrs.request_id.is_set()
    }

    /// Required: a wire member whose type is not written `Option<...>`.
    pub(crate) fn is_required(&self) -> bool {
        self.option_inner.is_none() && !self.is_meta()
    }

    pub(crate) fn is_sensitive(&self) -> bool {
        self.attrs.sensitive.is_set()
    }
}

/// One enum variant.
pub(crate) struct Variant<'a> {
    pub(crate) ident: &'a Ident,
    /// The type of the variant's one unnamed field, if it has exactly one.
    pub(crate) ty: Option<&'a Type>,
    pub(crate) fields: &'a syn::Fields,
    /// The wire value (`#[aws_enum]`) or error code (`#[aws_error]`).
    pub(crate) wire: String,
    pub(crate) wire_span: Span,
    pub(crate) attrs: HelperAttrs,
}

impl Variant<'_> {
    pub(crate) fn is_other(&self) -> bool {
        self.attrs.other.is_set()
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

impl<'a> Item<'a> {
    /// Builds the model, reporting to `cx` what does not fit the macro.
    pub(crate) fn from_syn(
        cx: &Ctxt,
        which: Macro,
        args: TokenStream,
        input: &'a DeriveInput,
    ) -> Item<'a> {
        let args = attr::macro_args(cx, which, args);
        let krate = args
            .krate
            .get()
            .cloned()
            .unwrap_or_else(|| syn::parse_quote!(::awsop));
        let name = which.name();
        if !input.generics.params.is_empty() || input.generics.where_clause.is_some() {
            cx.error_spanned_by(
                &input.generics,
                format!(
                    "{name} does not take generic parameters: AWS shapes are concrete; remove them"
                ),
            );
        }
        let wants_enum = matches!(which, Macro::Enum | Macro::Error);
        let body = match (&input.data, which) {
            (syn::Data::Struct(s), Macro::Service) => {
                if matches!(s.fields, syn::Fields::Unit) {
                    Body::Unit
                } else {
                    cx.error_spanned_by(
                        &s.fields,
                        format!("{name} goes on a unit struct: write `pub struct Name;`"),
                    );
                    Body::Invalid
                }
            }
            (syn::Data::Struct(s), _) if !wants_enum => match &s.fields {
                syn::Fields::Named(named) => {
                    let site = match which {
                        Macro::Shape => Site::ShapeField,
                        _ => Site::InputField,
                    };
                    Body::Struct(named.named.iter().map(|f| field(cx, site, f)).collect())
                }
                syn::Fields::Unnamed(_) => {
                    cx.error_spanned_by(
                        &s.fields,
                        format!(
                            "{name} needs a struct with named fields, not a tuple struct: write `struct {} {{ field: Type, ... }}`",
                            input.ident
                        ),
                    );
                    Body::Invalid
                }
                syn::Fields::Unit => {
                    cx.error_spanned_by(
                        &input.ident,
                        format!(
                            "{name} needs a struct with named fields, not a unit struct: write `struct {} {{}}` for a shape with no members",
                            input.ident
                        ),
                    );
                    Body::Invalid
                }
            },
            (syn::Data::Enum(e), _) if wants_enum => {
                let site = match which {
                    Macro::Enum => Site::EnumVariant,
                    _ => Site::ErrorVariant,
                };
                Body::Enum(e.variants.iter().map(|v| variant(cx, site, v)).collect())
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
                Body::Invalid
            }
        };
        // Helper attributes on the item itself take no keys.
        for a in input.attrs.iter().filter(|a| attr::is_helper(a)) {
            cx.error_spanned_by(
                a,
                format!(
                    "#[aws(...)] goes on fields and variants; put the item's options in {name}(...)"
                ),
            );
        }
        Item {
            which,
            input,
            ident: &input.ident,
            krate,
            args,
            body,
        }
    }

    /// The named fields (empty for anything else).
    pub(crate) fn fields(&self) -> &[Field<'a>] {
        match &self.body {
            Body::Struct(f) => f,
            _ => &[],
        }
    }

    /// The variants (empty for anything else).
    pub(crate) fn variants(&self) -> &[Variant<'a>] {
        match &self.body {
            Body::Enum(v) => v,
            _ => &[],
        }
    }

    /// Whether the whole item is marked `sensitive`.
    pub(crate) fn is_sensitive(&self) -> bool {
        self.args.sensitive.is_set()
    }
}

fn field<'a>(cx: &Ctxt, site: Site, f: &'a syn::Field) -> Field<'a> {
    let attrs = attr::helper_attrs(cx, site, &f.attrs);
    let ident = f.ident.as_ref().expect("named fields have identifiers");
    let (wire, wire_span) = match attrs.rename.get() {
        Some(lit) => (lit.value(), lit.span()),
        None => (pascal_case(&unraw(ident)), ident.span()),
    };
    Field {
        ident,
        ty: &f.ty,
        option_inner: option_inner(&f.ty),
        wire,
        wire_span,
        attrs,
        docs: f
            .attrs
            .iter()
            .filter(|a| a.path().is_ident("doc"))
            .collect(),
    }
}

fn variant<'a>(cx: &Ctxt, site: Site, v: &'a syn::Variant) -> Variant<'a> {
    let attrs = attr::helper_attrs(cx, site, &v.attrs);
    let lit: Option<&LitStr> = attrs.value.get().or(attrs.code.get());
    let (wire, wire_span) = match lit {
        Some(lit) => (lit.value(), lit.span()),
        None => (unraw(&v.ident), v.ident.span()),
    };
    let ty = match &v.fields {
        syn::Fields::Unnamed(u) if u.unnamed.len() == 1 => u.unnamed.first().map(|f| &f.ty),
        _ => None,
    };
    Variant {
        ident: &v.ident,
        ty,
        fields: &v.fields,
        wire,
        wire_span,
        attrs,
    }
}
