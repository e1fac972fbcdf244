//! The annotated items of Rust source files, read with syn.
//!
//! Only what the drift check compares is kept: names, wire names, which
//! fields are `Option`s or sensitive, and the macro arguments. The rules are
//! the macros' own (`macros/src/attr.rs` and `model.rs`): a field's wire name
//! is `#[aws(rename)]` or its PascalCase ([`awsop_model::names::wire`]); a
//! variant's is `#[aws(value)]` / `#[aws(code)]` or its name. The macro names
//! and attribute keys are the ones the macros parse
//! ([`awsop_model::names::keys`]); keys this check does not compare are
//! skipped, and what the macros would refuse is left to them.

use proc_macro2::TokenTree;
use syn::meta::ParseNestedMeta;
use syn::parse::ParseStream;
use syn::{Attribute, Ident, LitStr, Token, Type};

use awsop_model::names::keys;
use awsop_model::names::wire::{field_wire_name, unraw as unraw_str};

use crate::Error;

/// Which awsop macro an item carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MacroKind {
    /// `#[aws_service]`.
    Service,
    /// `#[aws_operation]`.
    Operation,
    /// `#[aws_shape]`.
    Shape,
    /// `#[aws_exception]`.
    Exception,
    /// `#[aws_enum]`.
    Enum,
    /// `#[aws_error]`.
    Error,
}

impl MacroKind {
    fn from_attr(attr: &Attribute) -> Option<MacroKind> {
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

    /// The attribute as written, e.g. `#[aws_shape]`.
    pub fn name(self) -> &'static str {
        match self {
            MacroKind::Service => "#[aws_service]",
            MacroKind::Operation => "#[aws_operation]",
            MacroKind::Shape => "#[aws_shape]",
            MacroKind::Exception => "#[aws_exception]",
            MacroKind::Enum => "#[aws_enum]",
            MacroKind::Error => "#[aws_error]",
        }
    }
}

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
                        let args = macro_args(attr).map_err(|e| at(&name, kind, e))?;
                        let fields = match &s.fields {
                            syn::Fields::Named(named) => named
                                .named
                                .iter()
                                .map(field)
                                .collect::<Result<_, _>>()
                                .map_err(|e| at(&name, kind, e))?,
                            _ => Vec::new(),
                        };
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
                        let args = macro_args(attr).map_err(|err| at(&name, kind, err))?;
                        let variants = e
                            .variants
                            .iter()
                            .map(variant)
                            .collect::<Result<_, _>>()
                            .map_err(|err| at(&name, kind, err))?;
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

fn at(name: &str, kind: MacroKind, e: syn::Error) -> Error {
    Error::new(format!("{name}: cannot read its {}: {e}", kind.name()))
}

fn macro_attr(attrs: &[Attribute]) -> Option<(MacroKind, &Attribute)> {
    attrs
        .iter()
        .find_map(|a| MacroKind::from_attr(a).map(|k| (k, a)))
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

fn field(f: &syn::Field) -> syn::Result<Field> {
    let Some(ident) = &f.ident else {
        return Err(syn::Error::new_spanned(f, "a field without a name"));
    };
    let h = helper_attrs(&f.attrs)?;
    let name = unraw(ident);
    let meta = h.http_status || h.request_id;
    let mut names = Vec::new();
    type_names(&f.ty, &mut names);
    Ok(Field {
        wire: h.rename.clone().unwrap_or_else(|| field_wire_name(&name)),
        renamed: h.rename.is_some(),
        required: !is_option(&f.ty) && !meta,
        meta,
        sensitive_attr: h.sensitive,
        idempotency_token: h.idempotency_token,
        sensitive_type: names.iter().any(|n| n == "Sensitive"),
        type_names: names,
        name,
    })
}

fn variant(v: &syn::Variant) -> syn::Result<Variant> {
    let h = helper_attrs(&v.attrs)?;
    let name = unraw(&v.ident);
    Ok(Variant {
        wire: h.value.or(h.code).unwrap_or_else(|| name.clone()),
        other: h.other,
        name,
    })
}

#[derive(Default)]
struct Helpers {
    rename: Option<String>,
    value: Option<String>,
    code: Option<String>,
    sensitive: bool,
    idempotency_token: bool,
    http_status: bool,
    request_id: bool,
    other: bool,
}

/// Every `#[aws(...)]` of a field or variant, merged.
fn helper_attrs(attrs: &[Attribute]) -> syn::Result<Helpers> {
    let mut h = Helpers::default();
    for attr in attrs.iter().filter(|a| a.path().is_ident(keys::AWS)) {
        attr.parse_nested_meta(|meta| {
            let key = meta.path.get_ident().map(Ident::to_string);
            match key.as_deref() {
                Some(keys::RENAME) => h.rename = Some(str_value(&meta)?),
                Some(keys::VALUE) => h.value = Some(str_value(&meta)?),
                Some(keys::CODE) => h.code = Some(str_value(&meta)?),
                Some(keys::SENSITIVE) => h.sensitive = true,
                Some(keys::IDEMPOTENCY_TOKEN) => h.idempotency_token = true,
                Some(keys::HTTP_STATUS) => h.http_status = true,
                Some(keys::REQUEST_ID) => h.request_id = true,
                Some(keys::OTHER) => h.other = true,
                _ => skip_value(meta.input)?,
            }
            Ok(())
        })?;
    }
    Ok(h)
}

fn macro_args(attr: &Attribute) -> syn::Result<MacroArgs> {
    let mut a = MacroArgs::default();
    if matches!(attr.meta, syn::Meta::Path(_)) {
        return Ok(a);
    }
    attr.parse_nested_meta(|meta| {
        let key = meta.path.get_ident().map(Ident::to_string);
        match key.as_deref() {
            Some(keys::TARGET) => a.target = Some(str_value(&meta)?),
            Some(keys::TARGET_PREFIX) => a.target_prefix = Some(str_value(&meta)?),
            Some(keys::ENDPOINT_PREFIX) => a.endpoint_prefix = Some(str_value(&meta)?),
            Some(keys::SIGNING_NAME) => a.signing_name = Some(str_value(&meta)?),
            Some(keys::SERVICE_ID) => a.service_id = Some(str_value(&meta)?),
            // `#[aws_shape(output)]` is a flag; `#[aws_operation]`'s names a type.
            Some(keys::OUTPUT) if !meta.input.peek(Token![=]) => a.output_only = true,
            Some(keys::OUTPUT) => a.output = type_value(&meta)?,
            Some(keys::ERROR) => a.error = type_value(&meta)?,
            Some(keys::AUTH) => a.auth = Some(meta.value()?.parse::<Ident>()?.to_string()),
            Some(keys::PROTOCOL) => a.protocol = Some(meta.value()?.parse::<Ident>()?.to_string()),
            Some(keys::SENSITIVE) => a.sensitive = true,
            Some(keys::RETRYABLE) => a.retryable = true,
            Some(keys::THROTTLING) => a.throttling = true,
            _ => skip_value(meta.input)?,
        }
        Ok(())
    })?;
    Ok(a)
}

fn str_value(meta: &ParseNestedMeta<'_>) -> syn::Result<String> {
    Ok(meta.value()?.parse::<LitStr>()?.value())
}

fn type_value(meta: &ParseNestedMeta<'_>) -> syn::Result<Option<String>> {
    let ty = meta.value()?.parse::<Type>()?;
    Ok(last_ident_of_type(&ty))
}

/// Skips `= value` or `(...)` after a key this check does not read.
fn skip_value(input: ParseStream<'_>) -> syn::Result<()> {
    if !input.peek(Token![=]) && !input.peek(syn::token::Paren) {
        return Ok(());
    }
    input.step(|cursor| {
        let mut rest = *cursor;
        while let Some((tt, next)) = rest.token_tree() {
            if let TokenTree::Punct(p) = &tt
                && p.as_char() == ','
            {
                break;
            }
            rest = next;
        }
        Ok(((), rest))
    })
}
