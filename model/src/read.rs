//! Reading: JSON text → [`Document`] → [`Model`].

use std::collections::BTreeMap;

use crate::json::Json;
use crate::{
    Auth, Error, Kind, Member, Metadata, Model, Operation, Shape, Structure, TIMESTAMP_FORMATS,
};

/// A parsed `service-2.json`, before its operations and shapes are read:
/// a tool that requires something of the metadata can check it first
/// ([`Document::metadata`]), then read the rest ([`Model::from_document`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    root: Json,
}

impl Document {
    /// Parses the JSON text of a model.
    ///
    /// # Errors
    ///
    /// The text is not JSON (`malformed JSON: ...`, with the line and column).
    pub fn parse(text: &str) -> Result<Document, Error> {
        let root = Json::parse(text).map_err(|e| Error::new("", format!("malformed JSON: {e}")))?;
        Ok(Document { root })
    }

    /// The `metadata` block, or `None` when there is none.
    pub fn metadata(&self) -> Option<Metadata> {
        let m = self.root.get("metadata")?;
        let s = |key: &str| str_of(m, key).map(str::to_owned);
        let protocols = match m.get("protocols").and_then(Json::as_array) {
            Some(list) => list
                .iter()
                .filter_map(Json::as_str)
                .map(str::to_owned)
                .collect(),
            None => s("protocol").into_iter().collect(),
        };
        let endpoint_prefix = s("endpointPrefix");
        Some(Metadata {
            protocols,
            json_version: s("jsonVersion"),
            target_prefix: s("targetPrefix"),
            signing_name: s("signingName").or_else(|| endpoint_prefix.clone()),
            endpoint_prefix,
            service_id: s("serviceId"),
            full_name: s("serviceFullName"),
            api_version: s("apiVersion"),
            uid: s("uid"),
        })
    }
}

impl Model {
    /// Reads the operations and shapes of a parsed model. References between
    /// them are not checked here: see [`Model::check_references`].
    ///
    /// # Errors
    ///
    /// The model lacks `operations` or `shapes`, defines a shape twice, or a
    /// shape or operation is malformed; the error names it.
    pub fn from_document(doc: &Document) -> Result<Model, Error> {
        let root = &doc.root;
        let ops_v = root
            .get("operations")
            .and_then(Json::as_object)
            .ok_or_else(|| Error::new("", "the model has no \"operations\" object"))?;
        let shapes_v = root
            .get("shapes")
            .and_then(Json::as_object)
            .ok_or_else(|| Error::new("", "the model has no \"shapes\" object"))?;
        let mut shapes = BTreeMap::new();
        for (name, v) in shapes_v {
            let shape = shape(name, v).map_err(|r| Error::new(format!("shape `{name}`"), r))?;
            if shapes.insert(name.clone(), shape).is_some() {
                return Err(Error::new(format!("shape `{name}`"), "defined twice"));
            }
        }
        let mut operations = BTreeMap::new();
        for (name, v) in ops_v {
            let op =
                operation(name, v).map_err(|r| Error::new(format!("operation `{name}`"), r))?;
            operations.insert(name.clone(), op);
        }
        Ok(Model {
            metadata: doc.metadata().unwrap_or_default(),
            docs: str_of(root, "documentation").unwrap_or("").to_owned(),
            operations,
            shapes,
        })
    }
}

pub(crate) fn str_of<'a>(v: &'a Json, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Json::as_str)
}

fn flag(v: &Json, key: &str) -> bool {
    v.get(key).and_then(Json::as_bool) == Some(true)
}

fn deprecation(v: &Json) -> Option<String> {
    flag(v, "deprecated").then(|| str_of(v, "deprecatedMessage").unwrap_or("").to_owned())
}

fn target(v: &Json, key: &str) -> Result<String, String> {
    v.get(key)
        .and_then(|t| str_of(t, "shape"))
        .map(str::to_owned)
        .ok_or_else(|| format!("`{key}` is missing or has no `shape`"))
}

fn shape(name: &str, v: &Json) -> Result<Shape, String> {
    if v.as_object().is_none() {
        return Err(format!("expected an object, found {}", v.kind()));
    }
    let ty = str_of(v, "type").ok_or("no `type`")?;
    let kind = match ty {
        "structure" if flag(v, "document") => Kind::Document,
        "structure" => Kind::Structure(structure(v)?),
        "list" => Kind::List(target(v, "member")?),
        "map" => Kind::Map(target(v, "key")?, target(v, "value")?),
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
        type_name: ty.to_owned(),
        kind,
        sensitive: flag(v, "sensitive"),
        docs: str_of(v, "documentation").unwrap_or("").to_owned(),
        deprecated: deprecation(v),
    })
}

fn structure(v: &Json) -> Result<Structure, String> {
    let union = flag(v, "union");
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
            idempotency_token: flag(mv, "idempotencyToken"),
        });
    }
    let retryable = v
        .get("retryable")
        .map(|r| r.get("throttling").and_then(Json::as_bool) == Some(true));
    Ok(Structure {
        members,
        exception: flag(v, "exception"),
        retryable,
        union,
    })
}

/// The auth schemes botocore knows (`botocore/auth.py`,
/// `AUTH_TYPE_TO_SIGNATURE_VERSION`).
const KNOWN_AUTH: &[&str] = &[
    "aws.auth#sigv4",
    "aws.auth#sigv4a",
    "smithy.api#httpBearerAuth",
    "smithy.api#noAuth",
];

/// botocore's `OperationModel.resolved_auth_type`: a non-empty `auth` list
/// decides by its first scheme botocore knows (`resolve_auth_type`), and only
/// without one does `authtype` count.
fn auth(v: &Json) -> Auth {
    let listed = v.get("auth").and_then(Json::as_array).unwrap_or(&[]);
    let unsigned = if listed.is_empty() {
        str_of(v, "authtype") == Some("none")
    } else {
        listed
            .iter()
            .filter_map(Json::as_str)
            .find(|s| KNOWN_AUTH.contains(s))
            == Some("smithy.api#noAuth")
    };
    if unsigned { Auth::None } else { Auth::SigV4 }
}

fn operation(name: &str, v: &Json) -> Result<Operation, String> {
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
    Ok(Operation {
        name: name.to_owned(),
        input: opt_target("input")?,
        output: opt_target("output")?,
        errors,
        docs: str_of(v, "documentation").unwrap_or("").to_owned(),
        auth: auth(v),
        deprecated: deprecation(v),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn auth_of(op: &str) -> Auth {
        let text = format!(r#"{{"operations": {{"Op": {op}}}, "shapes": {{}}}}"#);
        Model::from_json(&text).expect("a model").operations["Op"].auth
    }

    #[test]
    fn auth_follows_botocores_resolved_auth_type() {
        assert_eq!(auth_of("{}"), Auth::SigV4);
        assert_eq!(auth_of(r#"{"authtype": "none"}"#), Auth::None);
        assert_eq!(auth_of(r#"{"auth": ["smithy.api#noAuth"]}"#), Auth::None);
        assert_eq!(
            auth_of(r#"{"authtype": "none", "auth": ["smithy.api#noAuth"]}"#),
            Auth::None
        );
        // The first scheme decides: a signed operation that also allows
        // anonymous calls is signed.
        assert_eq!(
            auth_of(r#"{"auth": ["aws.auth#sigv4", "smithy.api#noAuth"]}"#),
            Auth::SigV4
        );
        assert_eq!(
            auth_of(r#"{"auth": ["smithy.api#noAuth", "aws.auth#sigv4"]}"#),
            Auth::None
        );
        // A non-empty `auth` wins over `authtype`, as in botocore.
        assert_eq!(
            auth_of(r#"{"authtype": "none", "auth": ["aws.auth#sigv4"]}"#),
            Auth::SigV4
        );
        assert_eq!(auth_of(r#"{"authtype": "none", "auth": []}"#), Auth::None);
        // Unknown schemes are passed over.
        assert_eq!(
            auth_of(r#"{"auth": ["example#custom", "smithy.api#noAuth"]}"#),
            Auth::None
        );
    }

    #[test]
    fn members_keep_the_models_order() {
        let model = Model::from_json(
            r#"{"operations": {}, "shapes": {"S": {"type": "structure", "required": ["B"],
                "members": {"B": {"shape": "T"}, "A": {"shape": "T"}}}, "T": {"type": "string"}}}"#,
        )
        .expect("a model");
        let st = model.shapes["S"].structure().expect("a structure");
        let names: Vec<&str> = st.members.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["B", "A"]);
        assert!(st.members[0].required && !st.members[1].required);
    }

    #[test]
    fn metadata_is_optional_and_references_are_checked_apart() {
        let model = Model::from_json(
            r#"{"operations": {"Op": {"name": "Op", "input": {"shape": "Nope"}}}, "shapes": {}}"#,
        )
        .expect("read without metadata or checking references");
        assert_eq!(model.metadata, Metadata::default());
        assert_eq!(
            model.check_references().map_err(|e| e.to_string()),
            Err(
                "operation `Op` input: refers to shape `Nope`, which the model does not define"
                    .into()
            )
        );
        assert_eq!(
            Model::from_json("[]").map_err(|e| e.to_string()),
            Err("the model has no \"operations\" object".into())
        );
    }
}
