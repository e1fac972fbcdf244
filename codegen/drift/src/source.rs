//! The annotated items of Rust source files, read with syn.
//!
//! The attributes are parsed by the macros' own parser ([`awsop_dsl::attr`]):
//! the same keys are accepted, and what the macros would refuse as syntax (an
//! unknown or duplicate key, a value of the wrong form) is an error here too.
//! Only what the drift check compares is kept: names, wire names, which
//! fields are `Option`s or sensitive, and the macro arguments. The rules are
//! the macros' own: a field's wire name is `#[aws(rename)]` or its PascalCase
//! ([`awsop_model::names::wire`]); a variant's is `#[aws(value)]` /
//! `#[aws(code)]` or its name.

use proc_macro2::TokenStream;
use syn::{Attribute, Ident, Type};

use awsop_dsl::attr::{self, HelperAttrs, Site};
use awsop_dsl::ctxt::Ctxt;
use awsop_model::names::keys;
use awsop_model::names::wire::{field_wire_name, unraw as unraw_str};

use crate::Error;

/// Which awsop macro an item carries: the macros' own [`attr::Macro`].
pub use awsop_dsl::attr::Macro as MacroKind;

/// The macro's arguments that the check compares. String values are kept as
/// written; types and paths as the name of their last segment.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MacroArgs {
    /// `target = "..."` (operation).
    pub target: Option<String>,
    /// `output = Type` (operation).
    pub output: Option<String>,
    /// `output`, the flag (shape): a structure only responses hold.
    pub output_only: bool,
    /// `error = Type` (operation).
    pub error: Option<String>,
    /// `auth = none | sigv4` (operation).
    pub auth: Option<String>,
    /// `sensitive` (shape, enum).
    pub sensitive: bool,
    /// `retryable` (exception).
    pub retryable: bool,
    /// `throttling` (exception).
    pub throttling: bool,
    /// `protocol = awsJson1_0 | awsJson1_1` (service).
    pub protocol: Option<String>,
    /// `target_prefix = "..."` (service).
    pub target_prefix: Option<String>,
    /// `endpoint_prefix = "..."` (service).
    pub endpoint_prefix: Option<String>,
    /// `signing_name = "..."` (service).
    pub signing_name: Option<String>,
    /// `service_id = "..."` (service).
    pub service_id: Option<String>,
}

/// One named field of an annotated struct.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// The field's name, without `r#`.
    pub name: String,
    /// The member name on the wire.
    pub wire: String,
    /// Whether `#[aws(rename)]` gave the wire name.
    pub renamed: bool,
    /// Not written `Option<...>`.
    pub required: bool,
    /// `#[aws(http_status)]` or `#[aws(request_id)]`: not on the wire.
    pub meta: bool,
    /// `#[aws(sensitive)]`.
    pub sensitive_attr: bool,
    /// `#[aws(idempotency_token)]`.
    pub idempotency_token: bool,
    /// The type mentions `Sensitive<...>`.
    pub sensitive_type: bool,
    /// Every type name the field's type mentions (`Option<Vec<Foo>>` gives
    /// `Option`, `Vec`, `Foo`), to find sensitive shapes.
    pub type_names: Vec<String>,
}

/// One variant of an annotated enum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    /// The variant's name.
    pub name: String,
    /// The enum value (`#[aws_enum]`) or error code (`#[aws_error]`).
    pub wire: String,
    /// `#[aws(other)]`: the catch-all, not a model value.
    pub other: bool,
}

/// One annotated struct or enum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// The macro.
    pub kind: MacroKind,
    /// The type's name.
    pub name: String,
    /// The macro's arguments.
    pub args: MacroArgs,
    /// The named fields of a struct.
    pub fields: Vec<Field>,
    /// The variants of an enum.
    pub variants: Vec<Variant>,
}

/// The annotated items of one or more Rust files, in the order written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Source {
    /// Every item with an awsop macro, inline modules included.
    pub items: Vec<Item>,
}

impl Source {
    /// Parses one Rust file.
    ///
    /// # Errors
    ///
    /// When the text is not Rust, or an awsop attribute does not parse.
    pub fn parse(text: &str) -> Result<Source, Error> {
        let file =
            syn::parse_file(text).map_err(|e| Error::new(format!("not a Rust file: {e}")))?;
        let mut source = Source::default();
        source.walk(&file.items)?;
        Ok(source)
    }

    /// Adds the items of another file.
    pub fn extend(&mut self, other: Source) {
        self.items.extend(other.items);
    }

    /// The first item called `name` with macro `kind`.
    pub fn find(&self, kind: MacroKind, name: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.kind == kind && i.name == name)
    }

    fn walk(&mut self, items: &[syn::Item]) -> Result<(), Error> {
        for item in items {
            match item {
                syn::Item::Struct(s) => {
                    if let Some((kind, attr)) = macro_attr(&s.attrs) {
                        let name = unraw(&s.ident);
                        // One accumulator per item, as one macro call has.
                        let cx = Ctxt::new();
                        let args = macro_args(&cx, kind, attr);
                        let fields = match &s.fields {
                            syn::Fields::Named(named) => {
                                // The macros' sites: a shape's fields also take
                                // `http_status` and `request_id`.
                                let site = match kind {
                                    MacroKind::Shape => Site::ShapeField,
                                    _ => Site::InputField,
                                };
                                named
                                    .named
                                    .iter()
                                    .filter_map(|f| field(&cx, site, f))
                                    .collect()
                            }
                            _ => Vec::new(),
                        };
                        cx.check().map_err(|e| at(&name, kind, e))?;
                        self.items.push(Item {
                            kind,
                            name,
                            args,
                            fields,
                            variants: Vec::new(),
                        });
                    }
                }
                syn::Item::Enum(e) => {
                    if let Some((kind, attr)) = macro_attr(&e.attrs) {
                        let name = unraw(&e.ident);
                        let cx = Ctxt::new();
                        let args = macro_args(&cx, kind, attr);
                        let site = match kind {
                            MacroKind::Enum => Site::EnumVariant,
                            _ => Site::ErrorVariant,
                        };
                        let variants = e.variants.iter().map(|v| variant(&cx, site, v)).collect();
                        cx.check().map_err(|err| at(&name, kind, err))?;
                        self.items.push(Item {
                            kind,
                            name,
                            args,
                            fields: Vec::new(),
                            variants,
                        });
                    }
                }
                syn::Item::Mod(m) => {
                    if let Some((_, items)) = &m.content {
                        self.walk(items)?;
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }
}

/// The first of the item's errors, as the compiler would show it.
fn at(name: &str, kind: MacroKind, e: syn::Error) -> Error {
    Error::new(format!("{name}: cannot read its {}: {e}", kind.name()))
}

fn macro_attr(attrs: &[Attribute]) -> Option<(MacroKind, &Attribute)> {
    attrs.iter().find_map(|a| macro_kind(a).map(|k| (k, a)))
}

/// The macro an attribute names, by the last segment of its path (so
/// `#[awsop::aws_shape]` counts).
fn macro_kind(attr: &Attribute) -> Option<MacroKind> {
    let last = attr.path().segments.last()?;
    Some(match last.ident.to_string().as_str() {
        keys::AWS_SERVICE => MacroKind::Service,
        keys::AWS_OPERATION => MacroKind::Operation,
        keys::AWS_SHAPE => MacroKind::Shape,
        keys::AWS_EXCEPTION => MacroKind::Exception,
        keys::AWS_ENUM => MacroKind::Enum,
        keys::AWS_ERROR => MacroKind::Error,
        _ => return None,
    })
}

/// The name as Rust code writes it, without `r#` (as the macros' `unraw`).
fn unraw(ident: &Ident) -> String {
    unraw_str(&ident.to_string()).to_owned()
}

/// `T` when `ty` is written `Option<T>`, as the macros decide it.
fn is_option(ty: &Type) -> bool {
    let Type::Path(p) = ty else { return false };
    if p.qself.is_some() {
        return false;
    }
    let Some(last) = p.path.segments.last() else {
        return false;
    };
    if last.ident != "Option" {
        return false;
    }
    match &last.arguments {
        syn::PathArguments::AngleBracketed(args) => {
            args.args.len() == 1 && matches!(args.args.first(), Some(syn::GenericArgument::Type(_)))
        }
        _ => false,
    }
}

/// Every path segment name in `ty`, generic arguments included.
fn type_names(ty: &Type, out: &mut Vec<String>) {
    match ty {
        Type::Path(p) => {
            if let Some(q) = &p.qself {
                type_names(&q.ty, out);
            }
            for seg in &p.path.segments {
                out.push(seg.ident.to_string());
                if let syn::PathArguments::AngleBracketed(args) = &seg.arguments {
                    for arg in &args.args {
                        if let syn::GenericArgument::Type(t) = arg {
                            type_names(t, out);
                        }
                    }
                }
            }
        }
        Type::Reference(r) => type_names(&r.elem, out),
        Type::Array(a) => type_names(&a.elem, out),
        Type::Slice(s) => type_names(&s.elem, out),
        Type::Paren(p) => type_names(&p.elem, out),
        Type::Group(g) => type_names(&g.elem, out),
        Type::Tuple(t) => t.elems.iter().for_each(|e| type_names(e, out)),
        _ => {}
    }
}

fn last_ident_of_type(ty: &Type) -> Option<String> {
    match ty {
        Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        Type::Group(g) => last_ident_of_type(&g.elem),
        Type::Paren(p) => last_ident_of_type(&p.elem),
        _ => None,
    }
}

fn field(cx: &Ctxt, site: Site, f: &syn::Field) -> Option<Field> {
    let Some(ident) = &f.ident else {
        cx.error_spanned_by(f, "a field without a name");
        return None;
    };
    let h = attr::helper_attrs(cx, site, &f.attrs);
    let name = unraw(ident);
    let meta = h.http_status.is_set() || h.request_id.is_set();
    let rename = string(&h.rename);
    let mut names = Vec::new();
    type_names(&f.ty, &mut names);
    Some(Field {
        wire: rename.clone().unwrap_or_else(|| field_wire_name(&name)),
        renamed: rename.is_some(),
        required: !is_option(&f.ty) && !meta,
        meta,
        sensitive_attr: h.sensitive.is_set(),
        idempotency_token: h.idempotency_token.is_set(),
        sensitive_type: names.iter().any(|n| n == "Sensitive"),
        type_names: names,
        name,
    })
}

fn variant(cx: &Ctxt, site: Site, v: &syn::Variant) -> Variant {
    let h: HelperAttrs = attr::helper_attrs(cx, site, &v.attrs);
    let name = unraw(&v.ident);
    Variant {
        wire: string(&h.value)
            .or_else(|| string(&h.code))
            .unwrap_or_else(|| name.clone()),
        other: h.other.is_set(),
        name,
    }
}

/// The arguments of the macro attribute `attr`, parsed by the macros' parser
/// and kept as the check compares them.
fn macro_args(cx: &Ctxt, kind: MacroKind, attr: &Attribute) -> MacroArgs {
    let tokens = match &attr.meta {
        syn::Meta::Path(_) => TokenStream::new(),
        syn::Meta::List(list) => list.tokens.clone(),
        syn::Meta::NameValue(nv) => {
            cx.error_spanned_by(
                nv,
                format!(
                    "expected attribute arguments in parentheses: {}(...)",
                    kind.name()
                ),
            );
            TokenStream::new()
        }
    };
    let a = attr::macro_args(cx, kind, tokens);
    let type_name = |slot: &attr::Slot<Type>| slot.get().and_then(last_ident_of_type);
    let ident = |slot: &attr::Slot<Ident>| slot.get().map(Ident::to_string);
    MacroArgs {
        target: string(&a.target),
        output: type_name(&a.output),
        output_only: a.output_only.is_set(),
        error: type_name(&a.error),
        auth: ident(&a.auth),
        sensitive: a.sensitive.is_set(),
        retryable: a.retryable.is_set(),
        throttling: a.throttling.is_set(),
        protocol: ident(&a.protocol),
        target_prefix: string(&a.target_prefix),
        endpoint_prefix: string(&a.endpoint_prefix),
        signing_name: string(&a.signing_name),
        service_id: string(&a.service_id),
    }
}

/// A string key's value, as written.
fn string(slot: &attr::Slot<syn::LitStr>) -> Option<String> {
    slot.get().map(syn::LitStr::value)
}
