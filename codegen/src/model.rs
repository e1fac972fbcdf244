//! The botocore model, read and checked: every reference resolves, every
//! shape has a type the generator knows, and the protocol is awsJson.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::json::Json;

/// The awsJson version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    /// AWS JSON 1.0 (DynamoDB, ...).
    AwsJson1_0,
    /// AWS JSON 1.1 (Cognito, KMS, ...).
    AwsJson1_1,
}

/// A whole service model.
#[derive(Debug)]
pub struct Model {
    /// The file it was read from.
    pub file: PathBuf,
    /// `metadata`.
    pub meta: Metadata,
    /// The service's HTML documentation.
    pub docs: String,
    /// Operations by name (sorted).
    pub operations: BTreeMap<String, Operation>,
    /// Shapes by name (sorted).
    pub shapes: BTreeMap<String, Shape>,
}

/// The `metadata` block.
#[derive(Debug)]
pub struct Metadata {
    /// The wire protocol.
    pub protocol: Protocol,
    /// `targetPrefix`.
    pub target_prefix: String,
    /// `endpointPrefix`.
    pub endpoint_prefix: String,
    /// `signingName`, else `endpointPrefix`.
    pub signing_name: String,
    /// `serviceId`.
    pub service_id: String,
    /// `serviceFullName`.
    pub full_name: String,
    /// `apiVersion`.
    pub api_version: String,
    /// `uid`, when given.
    pub uid: Option<String>,
}

/// One operation.
#[derive(Debug)]
pub struct Operation {
    /// The name (the `X-Amz-Target` suffix).
    pub name: String,
    /// The input shape.
    pub input: Option<String>,
    /// The output shape.
    pub output: Option<String>,
    /// The error shapes, in model order, without duplicates.
    pub errors: Vec<String>,
    /// HTML documentation.
    pub docs: String,
    /// `authtype: "none"` or `auth: ["smithy.api#noAuth"]`.
    pub no_auth: bool,
    /// `deprecatedMessage` (or empty) when deprecated.
    pub deprecated: Option<String>,
}

/// One shape.
#[derive(Debug)]
pub struct Shape {
    /// The name.
    pub name: String,
    /// What it is.
    pub kind: Kind,
    /// `sensitive: true`.
    pub sensitive: bool,
    /// HTML documentation.
    pub docs: String,
    /// `deprecatedMessage` (or empty) when deprecated.
    pub deprecated: Option<String>,
}

/// A shape's type.
#[derive(Debug)]
pub enum Kind {
    /// A structure (also unions and exceptions).
    Structure(Structure),
    /// `list`.
    List(String),
    /// `map`: the value shape (keys are strings).
    Map(String),
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
#[derive(Debug)]
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

/// One member of a structure.
#[derive(Debug)]
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
    /// `idempotencyToken: true`.
    pub idempotency_token: bool,
}

/// The timestamp formats botocore names.
pub const TIMESTAMP_FORMATS: &[&str] = &["iso8601", "rfc822", "unixTimestamp"];

fn str_of<'a>(v: &'a Json, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Json::as_str)
}

fn deprecation(v: &Json) -> Option<String> {
    (v.get("deprecated").and_then(Json::as_bool) == Some(true))
        .then(|| str_of(v, "deprecatedMessage").unwrap_or("").to_owned())
}

/// How botocore spells the protocols awsop does not speak, and their Smithy names.
fn protocol_name(p: &str) -> &str {
    match p {
        "rest-json" => "restJson1",
        "rest-xml" => "restXml",
        "query" => "awsQuery",
        "ec2" => "ec2Query",
        "smithy-rpc-v2-cbor" => "rpcv2Cbor",
        other => other,
    }
}

impl Model {
    /// Reads and checks a `service-2.json`.
    ///
    /// # Errors
    ///
    /// The file cannot be read, is not JSON, is not an awsJson model, or
    /// refers to a shape it does not define; the error names the file, the
    /// shape or operation and the reason.
    pub fn load(file: &Path) -> Result<Model, Error> {
        let text = std::fs::read_to_string(file)
            .map_err(|e| Error::new(file, "", format!("cannot read the model: {e}")))?;
        Model::parse(file, &text)
    }

    /// Checks the model text `text`, read from `file`.
    ///
    /// # Errors
    ///
    /// As [`Model::load`].
    pub fn parse(file: &Path, text: &str) -> Result<Model, Error> {
        let err = |ctx: &str, reason: String| Error::new(file, ctx, reason);
        let root = Json::parse(text).map_err(|e| err("", format!("malformed JSON: {e}")))?;
        let meta_v = root.get("metadata").ok_or_else(|| {
            err(
                "",
                "no `metadata` object: this is not a botocore service-2.json".into(),
            )
        })?;
        let protocols: Vec<String> = match meta_v.get("protocols").and_then(Json::as_array) {
            Some(list) => list
                .iter()
                .filter_map(Json::as_str)
                .map(str::to_owned)
                .collect(),
            None => str_of(meta_v, "protocol")
                .map(str::to_owned)
                .into_iter()
                .collect(),
        };
        if !protocols.iter().any(|p| p == "json") {
            let named = if protocols.is_empty() {
                "none given".to_owned()
            } else {
                protocols
                    .iter()
                    .map(|p| format!("`{}`", protocol_name(p)))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            return Err(err(
                "metadata.protocol",
                format!(
                    "unsupported protocol ({named}): awsop generates only awsJson 1.0 and 1.1 services (`protocol: \"json\"`)"
                ),
            ));
        }
        let protocol = match str_of(meta_v, "jsonVersion") {
            Some("1.0") => Protocol::AwsJson1_0,
            Some("1.1") => Protocol::AwsJson1_1,
            other => {
                return Err(err(
                    "metadata.jsonVersion",
                    format!("expected \"1.0\" or \"1.1\", found {other:?}"),
                ));
            }
        };
        let need = |key: &str| -> Result<String, Error> {
            str_of(meta_v, key)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .ok_or_else(|| {
                    err(
                        &format!("metadata.{key}"),
                        "missing or not a string; an awsJson model needs it".into(),
                    )
                })
        };
        let endpoint_prefix = need("endpointPrefix")?;
        let meta = Metadata {
            protocol,
            target_prefix: need("targetPrefix")?,
            signing_name: str_of(meta_v, "signingName")
                .map_or_else(|| endpoint_prefix.clone(), str::to_owned),
            endpoint_prefix,
            service_id: need("serviceId")?,
            full_name: str_of(meta_v, "serviceFullName").unwrap_or("").to_owned(),
            api_version: need("apiVersion")?,
            uid: str_of(meta_v, "uid").map(str::to_owned),
        };

        let shapes_v = root
            .get("shapes")
            .and_then(Json::as_object)
            .ok_or_else(|| err("", "no `shapes` object".into()))?;
        let mut shapes = BTreeMap::new();
        for (name, v) in shapes_v {
            let shape = parse_shape(name, v).map_err(|r| err(&format!("shape `{name}`"), r))?;
            if shapes.insert(name.clone(), shape).is_some() {
                return Err(err(&format!("shape `{name}`"), "defined twice".into()));
            }
        }
        let ops_v = root
            .get("operations")
            .and_then(Json::as_object)
            .ok_or_else(|| err("", "no `operations` object".into()))?;
        let mut operations = BTreeMap::new();
        for (name, v) in ops_v {
            let op =
                parse_operation(name, v).map_err(|r| err(&format!("operation `{name}`"), r))?;
            operations.insert(name.clone(), op);
        }
        let model = Model {
            file: file.to_owned(),
            meta,
            docs: str_of(&root, "documentation").unwrap_or("").to_owned(),
            operations,
            shapes,
        };
        model.check_references()?;
        Ok(model)
    }

    fn check_references(&self) -> Result<(), Error> {
        let missing = |ctx: String, target: &str| {
            Error::new(
                &self.file,
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
                Kind::List(t) | Kind::Map(t) if !self.shapes.contains_key(t) => {
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
                                &self.file,
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
                            &self.file,
                            ctx("errors"),
                            format!("error shape `{e}` is not a structure"),
                        ));
                    }
                }
            }
        }
        Ok(())
    }

    /// The shape `name`; the model is checked, so every reference resolves.
    pub fn shape(&self, name: &str) -> Option<&Shape> {
        self.shapes.get(name)
    }
}

fn target(v: &Json, key: &str) -> Result<String, String> {
    v.get(key)
        .and_then(|t| str_of(t, "shape"))
        .map(str::to_owned)
        .ok_or_else(|| format!("`{key}` is missing or has no `shape`"))
}

fn parse_shape(name: &str, v: &Json) -> Result<Shape, String> {
    if v.as_object().is_none() {
        return Err(format!("expected an object, found {}", v.kind()));
    }
    let ty = str_of(v, "type").ok_or("no `type`")?;
    let kind = match ty {
        "structure" if v.get("document").and_then(Json::as_bool) == Some(true) => Kind::Document,
        "structure" => {
            let union = v.get("union").and_then(Json::as_bool) == Some(true);
            let required: Vec<&str> = match v.get("required") {
                None => Vec::new(),
                Some(r) => r
                    .as_array()
                    .ok_or("`required` is not an array")?
                    .iter()
                    .map(|x| x.as_str().ok_or("`required` holds a non-string"))
                    .collect::<Result<_, _>>()?,
            };
            let members_v = match v.get("members") {
                None => &[][..],
                Some(m) => m.as_object().ok_or("`members` is not an object")?,
            };
            for r in &required {
                if !members_v.iter().any(|(k, _)| k == r) {
                    return Err(format!("`required` lists `{r}`, which is not a member"));
                }
            }
            let mut members = Vec::new();
            for (mname, mv) in members_v {
                let shape = str_of(mv, "shape")
                    .ok_or_else(|| format!("member `{mname}` has no `shape`"))?
                    .to_owned();
                let timestamp_format = str_of(mv, "timestampFormat").map(str::to_owned);
                if let Some(f) = &timestamp_format
                    && !TIMESTAMP_FORMATS.contains(&f.as_str())
                {
                    return Err(format!(
                        "member `{mname}` has an unknown timestampFormat {f:?}"
                    ));
                }
                members.push(Member {
                    name: mname.clone(),
                    shape,
                    required: !union && required.contains(&mname.as_str()),
                    docs: str_of(mv, "documentation").unwrap_or("").to_owned(),
                    timestamp_format,
                    deprecated: deprecation(mv),
                    idempotency_token: mv.get("idempotencyToken").and_then(Json::as_bool)
                        == Some(true),
                });
            }
            let retryable = v
                .get("retryable")
                .map(|r| r.get("throttling").and_then(Json::as_bool) == Some(true));
            Kind::Structure(Structure {
                members,
                exception: v.get("exception").and_then(Json::as_bool) == Some(true),
                retryable,
                union,
            })
        }
        "list" => Kind::List(target(v, "member")?),
        "map" => {
            let key = target(v, "key")?;
            let _ = key;
            Kind::Map(target(v, "value")?)
        }
        "string" => Kind::String(match v.get("enum") {
            None => None,
            Some(e) => Some(
                e.as_array()
                    .ok_or("`enum` is not an array")?
                    .iter()
                    .map(|x| {
                        x.as_str()
                            .map(str::to_owned)
                            .ok_or("`enum` holds a non-string")
                    })
                    .collect::<Result<_, _>>()?,
            ),
        }),
        "boolean" => Kind::Boolean,
        "byte" => Kind::Byte,
        "short" => Kind::Short,
        "integer" => Kind::Integer,
        "long" => Kind::Long,
        "float" => Kind::Float,
        "double" => Kind::Double,
        "bigInteger" | "bigDecimal" => Kind::BigNumber,
        "timestamp" => {
            let f = str_of(v, "timestampFormat").map(str::to_owned);
            if let Some(f) = &f
                && !TIMESTAMP_FORMATS.contains(&f.as_str())
            {
                return Err(format!("unknown timestampFormat {f:?}"));
            }
            Kind::Timestamp(f)
        }
        "blob" => Kind::Blob,
        other => return Err(format!("unknown shape type `{other}`")),
    };
    Ok(Shape {
        name: name.to_owned(),
        kind,
        sensitive: v.get("sensitive").and_then(Json::as_bool) == Some(true),
        docs: str_of(v, "documentation").unwrap_or("").to_owned(),
        deprecated: deprecation(v),
    })
}

fn parse_operation(name: &str, v: &Json) -> Result<Operation, String> {
    if v.as_object().is_none() {
        return Err(format!("expected an object, found {}", v.kind()));
    }
    let opt_target = |key: &str| -> Result<Option<String>, String> {
        match v.get(key) {
            None => Ok(None),
            Some(t) => str_of(t, "shape")
                .map(|s| Some(s.to_owned()))
                .ok_or_else(|| format!("`{key}` has no `shape`")),
        }
    };
    let mut errors: Vec<String> = Vec::new();
    if let Some(list) = v.get("errors") {
        for e in list.as_array().ok_or("`errors` is not an array")? {
            let s = str_of(e, "shape").ok_or("an entry of `errors` has no `shape`")?;
            if !errors.iter().any(|x| x == s) {
                errors.push(s.to_owned());
            }
        }
    }
    let no_auth = str_of(v, "authtype") == Some("none")
        || v.get("auth")
            .and_then(Json::as_array)
            .is_some_and(|a| a.iter().any(|x| x.as_str() == Some("smithy.api#noAuth")));
    Ok(Operation {
        name: name.to_owned(),
        input: opt_target("input")?,
        output: opt_target("output")?,
        errors,
        docs: str_of(v, "documentation").unwrap_or("").to_owned(),
        no_auth,
        deprecated: deprecation(v),
    })
}

/// One entry of `paginators-1.json`.
#[derive(Debug, Clone)]
pub struct Paginator {
    /// The operation.
    pub operation: String,
    /// `input_token`: one member name, or several (a path or list).
    pub input_token: Vec<String>,
    /// `output_token`.
    pub output_token: Vec<String>,
    /// `more_results`.
    pub more_results: Option<String>,
    /// `result_key`: the first key.
    pub result_key: Option<String>,
    /// `limit_key`.
    pub limit_key: Option<String>,
}

/// Reads a `paginators-1.json`.
///
/// # Errors
///
/// The file cannot be read or is not a paginators file.
pub fn load_paginators(file: &Path) -> Result<Vec<Paginator>, Error> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| Error::new(file, "", format!("cannot read the paginators: {e}")))?;
    parse_paginators(file, &text)
}

/// Reads paginators from `text`, read from `file`.
///
/// # Errors
///
/// As [`load_paginators`].
pub fn parse_paginators(file: &Path, text: &str) -> Result<Vec<Paginator>, Error> {
    let root =
        Json::parse(text).map_err(|e| Error::new(file, "", format!("malformed JSON: {e}")))?;
    let list = root
        .get("pagination")
        .and_then(Json::as_object)
        .ok_or_else(|| {
            Error::new(
                file,
                "",
                "no `pagination` object: this is not a paginators-1.json",
            )
        })?;
    let strings = |v: Option<&Json>, ctx: &str, key: &str| -> Result<Vec<String>, Error> {
        match v {
            None => Ok(Vec::new()),
            Some(Json::String(s)) => Ok(vec![s.clone()]),
            Some(Json::Array(a)) => a
                .iter()
                .map(|x| {
                    x.as_str()
                        .map(str::to_owned)
                        .ok_or_else(|| Error::new(file, ctx, format!("`{key}` holds a non-string")))
                })
                .collect(),
            Some(other) => Err(Error::new(
                file,
                ctx,
                format!(
                    "`{key}` should be a string or a list of strings, not {}",
                    other.kind()
                ),
            )),
        }
    };
    let mut out = Vec::new();
    for (op, v) in list {
        let ctx = format!("paginator `{op}`");
        let one = |key: &str| -> Result<Option<String>, Error> {
            Ok(strings(v.get(key), &ctx, key)?.into_iter().next())
        };
        out.push(Paginator {
            operation: op.clone(),
            input_token: strings(v.get("input_token"), &ctx, "input_token")?,
            output_token: strings(v.get("output_token"), &ctx, "output_token")?,
            more_results: one("more_results")?,
            result_key: one("result_key")?,
            limit_key: one("limit_key")?,
        });
    }
    Ok(out)
}
