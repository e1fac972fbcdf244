//! awsop-model: AWS's botocore service models, read once for every awsop
//! tool.
//!
//! [`Model::from_json`] reads a `service-2.json` into typed operations and
//! shapes, members in the model's order; [`paginators::parse`] reads a
//! `paginators-1.json`. `awsop-codegen` generates service crates from the
//! result and `awsop-drift` checks hand annotations against it, so the two
//! cannot read a model differently.
//!
//! The reader accepts any protocol and does not require the metadata a
//! generator needs: [`Metadata`]'s fields are as the model gives them, and
//! [`Model::check_references`] is a separate step. What each tool requires
//! of a model is its own business.
//!
//! The naming rules (model name → Rust name, field → wire name) and the
//! macros' attribute keys live in the dependency-free `awsop-names` crate,
//! re-exported here as [`names`], so the proc-macro crate can use them
//! without this crate's JSON dependencies.
//!
//! ```
//! let model = awsop_model::Model::from_json(
//!     r#"{"operations": {"Ping": {"name": "Ping", "auth": ["smithy.api#noAuth"]}}, "shapes": {}}"#,
//! )?;
//! assert_eq!(model.operations["Ping"].auth, awsop_model::Auth::None);
//! # Ok::<(), awsop_model::Error>(())
//! ```

mod error;
mod json;
pub mod paginators;
mod read;

use std::collections::{BTreeMap, BTreeSet};

pub use awsop_names as names;
pub use error::Error;
pub use read::Document;

/// A whole service model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Model {
    /// `metadata` (all `None` when the model has none).
    pub metadata: Metadata,
    /// The service's HTML documentation.
    pub docs: String,
    /// Operations by name (sorted).
    pub operations: BTreeMap<String, Operation>,
    /// Shapes by name (sorted).
    pub shapes: BTreeMap<String, Shape>,
}

/// The `metadata` block, as the model gives it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metadata {
    /// `protocols`, else `protocol` (botocore spelling: `json`, `rest-json`, ...).
    pub protocols: Vec<String>,
    /// `jsonVersion` (`1.0`, `1.1`).
    pub json_version: Option<String>,
    /// `targetPrefix`.
    pub target_prefix: Option<String>,
    /// `endpointPrefix`.
    pub endpoint_prefix: Option<String>,
    /// `signingName`, else `endpointPrefix`.
    pub signing_name: Option<String>,
    /// `serviceId`.
    pub service_id: Option<String>,
    /// `serviceFullName`.
    pub full_name: Option<String>,
    /// `apiVersion`.
    pub api_version: Option<String>,
    /// `uid`.
    pub uid: Option<String>,
}

/// How an operation is authorised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Auth {
    /// SigV4-signed.
    SigV4,
    /// Unsigned, by botocore's rule: a non-empty `auth` list whose first
    /// scheme botocore knows is `smithy.api#noAuth`; without `auth`,
    /// `"authtype": "none"`.
    None,
}

/// One operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Operation {
    /// The name (the `X-Amz-Target` suffix).
    pub name: String,
    /// The input shape.
    pub input: Option<String>,
    /// The output shape.
    pub output: Option<String>,
    /// The error shapes, in model order, each once (the model may list one
    /// twice).
    pub errors: Vec<String>,
    /// HTML documentation.
    pub docs: String,
    /// How it is authorised.
    pub auth: Auth,
    /// `deprecatedMessage` (or empty) when deprecated.
    pub deprecated: Option<String>,
}

/// One shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shape {
    /// The name.
    pub name: String,
    /// The botocore `type` as written (`structure`, `string`, `list`, ...).
    pub type_name: String,
    /// What it is.
    pub kind: Kind,
    /// `sensitive: true`.
    pub sensitive: bool,
    /// HTML documentation.
    pub docs: String,
    /// `deprecatedMessage` (or empty) when deprecated.
    pub deprecated: Option<String>,
}

impl Shape {
    /// The structure's details, when this is a structure (an exception or a
    /// union included, a document not).
    pub fn structure(&self) -> Option<&Structure> {
        match &self.kind {
            Kind::Structure(st) => Some(st),
            _ => None,
        }
    }

    /// A string enum's values; empty for anything else.
    pub fn enum_values(&self) -> &[String] {
        match &self.kind {
            Kind::String(Some(values)) => values,
            _ => &[],
        }
    }
}

/// A shape's type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// A structure (also unions and exceptions).
    Structure(Structure),
    /// `list`: the member shape.
    List(String),
    /// `map`: the key and value shapes.
    Map(String, String),
    /// `string`, with its `enum` values if it has them.
    String(Option<Vec<String>>),
    /// `boolean`.
    Boolean,
    /// `byte`.
    Byte,
    /// `short`.
    Short,
    /// `integer`.
    Integer,
    /// `long`.
    Long,
    /// `float`.
    Float,
    /// `double`.
    Double,
    /// `bigInteger` / `bigDecimal`: arbitrary precision, read as a JSON document.
    BigNumber,
    /// `timestamp`, with its `timestampFormat`.
    Timestamp(Option<String>),
    /// `blob`.
    Blob,
    /// A `document` structure: any JSON.
    Document,
}

/// A structure's details.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Structure {
    /// Members, in model order.
    pub members: Vec<Member>,
    /// `exception: true`.
    pub exception: bool,
    /// `retryable`: `Some(throttling)`.
    pub retryable: Option<bool>,
    /// `union: true`.
    pub union: bool,
}

/// How the model classifies an exception for retries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retry {
    /// Not marked.
    No,
    /// `"retryable": {}` or `{"throttling": false}`.
    Retryable,
    /// `"retryable": {"throttling": true}`.
    Throttling,
}

impl Structure {
    /// The retry classification of `retryable`.
    pub fn retry(&self) -> Retry {
        match self.retryable {
            None => Retry::No,
            Some(false) => Retry::Retryable,
            Some(true) => Retry::Throttling,
        }
    }
}

/// One member of a structure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// The wire name.
    pub name: String,
    /// The target shape.
    pub shape: String,
    /// Listed in `required` (never for a union).
    pub required: bool,
    /// HTML documentation.
    pub docs: String,
    /// `timestampFormat` on the member.
    pub timestamp_format: Option<String>,
    /// `deprecatedMessage` (or empty) when deprecated.
    pub deprecated: Option<String>,
    /// `idempotencyToken: true`: SDKs fill it when it is unset.
    pub idempotency_token: bool,
}

/// The timestamp formats botocore names.
pub const TIMESTAMP_FORMATS: &[&str] = &["iso8601", "rfc822", "unixTimestamp"];

impl Model {
    /// Reads a botocore `service-2.json`: [`Document::parse`] then
    /// [`Model::from_document`].
    ///
    /// # Errors
    ///
    /// The text is not JSON, lacks `operations` or `shapes`, or a shape or
    /// operation is malformed; the error names it.
    pub fn from_json(text: &str) -> Result<Model, Error> {
        Model::from_document(&Document::parse(text)?)
    }

    /// The shape `name`.
    pub fn shape(&self, name: &str) -> Option<&Shape> {
        self.shapes.get(name)
    }

    /// Whether a member targeting `shape` holds a secret: the shape is
    /// sensitive, or is a list or map of something sensitive.
    pub fn is_sensitive(&self, shape: &str) -> bool {
        self.sensitive_within(shape, 0)
    }

    fn sensitive_within(&self, name: &str, depth: usize) -> bool {
        let Some(shape) = self.shapes.get(name) else {
            return false;
        };
        if shape.sensitive {
            return true;
        }
        if depth > 16 {
            return false;
        }
        match &shape.kind {
            Kind::List(m) => self.sensitive_within(m, depth + 1),
            Kind::Map(k, v) => {
                self.sensitive_within(k, depth + 1) || self.sensitive_within(v, depth + 1)
            }
            _ => false,
        }
    }

    /// The structures only responses hold: reachable (through members,
    /// list members and map values) from an operation's output or errors,
    /// and from no operation's input. Users read them and never build them,
    /// so they are written `#[aws_shape(output)]` (no `new`, no setters).
    /// The outputs and exceptions themselves are in the set when no input
    /// reaches them.
    ///
    /// ```
    /// let model = awsop_model::Model::from_json(r#"{
    ///     "operations": {"Get": {"name": "Get", "input": {"shape": "In"}, "output": {"shape": "Out"}}},
    ///     "shapes": {
    ///         "In": {"type": "structure", "members": {"Tag": {"shape": "Tag"}}},
    ///         "Out": {"type": "structure", "members": {"Tag": {"shape": "Tag"}, "Item": {"shape": "Item"}}},
    ///         "Tag": {"type": "structure", "members": {}},
    ///         "Item": {"type": "structure", "members": {}}
    ///     }
    /// }"#)?;
    /// let only = model.output_only();
    /// assert!(only.contains("Out") && only.contains("Item"));
    /// assert!(!only.contains("Tag") && !only.contains("In"));
    /// # Ok::<(), awsop_model::Error>(())
    /// ```
    pub fn output_only(&self) -> BTreeSet<&str> {
        let ops = self.operations.values();
        let from_inputs = self.structures_from(ops.clone().filter_map(|o| o.input.as_deref()));
        let from_outputs = self.structures_from(ops.flat_map(|o| {
            o.output
                .as_deref()
                .into_iter()
                .chain(o.errors.iter().map(String::as_str))
        }));
        from_outputs.difference(&from_inputs).copied().collect()
    }

    /// The structures reachable from `roots` (themselves included).
    fn structures_from<'a>(&'a self, roots: impl Iterator<Item = &'a str>) -> BTreeSet<&'a str> {
        let mut seen = BTreeSet::new();
        let mut structures = BTreeSet::new();
        let mut stack: Vec<&str> = roots.collect();
        while let Some(name) = stack.pop() {
            let Some((name, shape)) = self.shapes.get_key_value(name) else {
                continue;
            };
            if !seen.insert(name.as_str()) {
                continue;
            }
            match &shape.kind {
                Kind::Structure(st) => {
                    structures.insert(name.as_str());
                    stack.extend(st.members.iter().map(|m| m.shape.as_str()));
                }
                Kind::List(t) | Kind::Map(_, t) => stack.push(t),
                _ => {}
            }
        }
        structures
    }

    /// Checks that every reference resolves: members, list members and map
    /// values name defined shapes; operations' inputs, outputs and errors
    /// name defined structures.
    ///
    /// # Errors
    ///
    /// The first reference that does not, naming where it is.
    pub fn check_references(&self) -> Result<(), Error> {
        let missing = |ctx: String, target: &str| {
            Error::new(
                ctx,
                format!("refers to shape `{target}`, which the model does not define"),
            )
        };
        for s in self.shapes.values() {
            match &s.kind {
                Kind::Structure(st) => {
                    for m in &st.members {
                        if !self.shapes.contains_key(&m.shape) {
                            return Err(missing(
                                format!("shape `{}` member `{}`", s.name, m.name),
                                &m.shape,
                            ));
                        }
                    }
                }
                Kind::List(t) | Kind::Map(_, t) if !self.shapes.contains_key(t) => {
                    return Err(missing(format!("shape `{}`", s.name), t));
                }
                _ => {}
            }
        }
        for op in self.operations.values() {
            let ctx = |what: &str| format!("operation `{}` {what}", op.name);
            for (what, shape) in [("input", &op.input), ("output", &op.output)] {
                if let Some(name) = shape {
                    match self.shapes.get(name).map(|s| &s.kind) {
                        None => return Err(missing(ctx(what), name)),
                        Some(Kind::Structure(_)) => {}
                        Some(_) => {
                            return Err(Error::new(
                                ctx(what),
                                format!("shape `{name}` is not a structure"),
                            ));
                        }
                    }
                }
            }
            for e in &op.errors {
                match self.shapes.get(e).map(|s| &s.kind) {
                    None => return Err(missing(ctx("errors"), e)),
                    Some(Kind::Structure(_)) => {}
                    Some(_) => {
                        return Err(Error::new(
                            ctx("errors"),
                            format!("error shape `{e}` is not a structure"),
                        ));
                    }
                }
            }
        }
        Ok(())
    }
}
