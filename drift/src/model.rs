//! AWS's model of a service: botocore's `service-2.json`, read into what the
//! drift check compares.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::Error;

/// How an operation is authorised, by the model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Auth {
    /// SigV4.
    SigV4,
    /// None: `"authtype": "none"`, or `smithy.api#noAuth` first in `"auth"`.
    None,
}

/// One operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Operation {
    /// Its input shape, if it has one.
    pub input: Option<String>,
    /// Its output shape, if it has one.
    pub output: Option<String>,
    /// Its errors' shape names, each once, in the model's order (the model
    /// may list one twice).
    pub errors: Vec<String>,
    /// Its auth.
    pub auth: Auth,
}

/// One structure member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// The member name.
    pub name: String,
    /// The shape it targets.
    pub target: String,
    /// `idempotencyToken: true`: SDKs fill it when it is unset.
    pub idempotency_token: bool,
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

impl Retry {
    /// As a sentence fragment.
    pub fn describe(self) -> &'static str {
        match self {
            Retry::No => "not retryable",
            Retry::Retryable => "retryable",
            Retry::Throttling => "throttling",
        }
    }
}

/// One shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shape {
    /// `structure`, `string`, `list`, ...
    pub kind: String,
    /// A structure's members, by name (serde_json keeps objects sorted).
    pub members: Vec<Member>,
    /// A structure's required members.
    pub required: Vec<String>,
    /// `"sensitive": true`.
    pub sensitive: bool,
    /// `"exception": true`.
    pub exception: bool,
    /// An exception's retry classification.
    pub retry: Retry,
    /// A string enum's values.
    pub enum_values: Vec<String>,
    /// A list's member shape.
    pub list_member: Option<String>,
    /// A map's key and value shapes.
    pub map_key_value: Option<(String, String)>,
}

/// A service model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Model {
    /// `metadata.targetPrefix`.
    pub target_prefix: Option<String>,
    /// `metadata.jsonVersion` (`1.0`, `1.1`).
    pub json_version: Option<String>,
    /// `metadata.endpointPrefix`.
    pub endpoint_prefix: Option<String>,
    /// `metadata.signingName`, else the endpoint prefix.
    pub signing_name: Option<String>,
    /// `metadata.serviceId`.
    pub service_id: Option<String>,
    /// The operations by name.
    pub operations: BTreeMap<String, Operation>,
    /// The shapes by name.
    pub shapes: BTreeMap<String, Shape>,
}

fn s(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_owned)
}

fn shape_ref(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(|r| s(r, "shape"))
}

impl Model {
    /// Reads a botocore `service-2.json`.
    ///
    /// # Errors
    ///
    /// When the text is not JSON or lacks `operations` or `shapes`.
    pub fn from_json(text: &str) -> Result<Model, Error> {
        let root: Value = serde_json::from_str(text)
            .map_err(|e| Error::new(format!("the model is not JSON: {e}")))?;
        let meta = root.get("metadata").cloned().unwrap_or(Value::Null);
        let ops = root
            .get("operations")
            .and_then(Value::as_object)
            .ok_or_else(|| Error::new("the model has no \"operations\" object"))?;
        let shapes = root
            .get("shapes")
            .and_then(Value::as_object)
            .ok_or_else(|| Error::new("the model has no \"shapes\" object"))?;
        let operations = ops
            .iter()
            .map(|(name, op)| (name.clone(), operation(op)))
            .collect();
        let shapes = shapes
            .iter()
            .map(|(name, sh)| (name.clone(), shape(sh)))
            .collect();
        let endpoint_prefix = s(&meta, "endpointPrefix");
        Ok(Model {
            target_prefix: s(&meta, "targetPrefix"),
            json_version: s(&meta, "jsonVersion"),
            signing_name: s(&meta, "signingName").or_else(|| endpoint_prefix.clone()),
            endpoint_prefix,
            service_id: s(&meta, "serviceId"),
            operations,
            shapes,
        })
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
        match (&shape.list_member, &shape.map_key_value) {
            (Some(m), _) => self.sensitive_within(m, depth + 1),
            (_, Some((k, v))) => {
                self.sensitive_within(k, depth + 1) || self.sensitive_within(v, depth + 1)
            }
            _ => false,
        }
    }
}

fn operation(op: &Value) -> Operation {
    let mut errors: Vec<String> = Vec::new();
    for e in op
        .get("errors")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let Some(name) = s(e, "shape")
            && !errors.contains(&name)
        {
            errors.push(name);
        }
    }
    let no_auth = s(op, "authtype").as_deref() == Some("none")
        || op
            .get("auth")
            .and_then(Value::as_array)
            .and_then(|a| a.first())
            .and_then(Value::as_str)
            == Some("smithy.api#noAuth");
    Operation {
        input: shape_ref(op, "input"),
        output: shape_ref(op, "output"),
        errors,
        auth: if no_auth { Auth::None } else { Auth::SigV4 },
    }
}

fn shape(sh: &Value) -> Shape {
    let members = sh
        .get("members")
        .and_then(Value::as_object)
        .map(|m| {
            m.iter()
                .map(|(name, v)| Member {
                    name: name.clone(),
                    target: s(v, "shape").unwrap_or_default(),
                    idempotency_token: v.get("idempotencyToken").and_then(Value::as_bool)
                        == Some(true),
                })
                .collect()
        })
        .unwrap_or_default();
    let strings = |key: &str| -> Vec<String> {
        sh.get(key)
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default()
    };
    let retry = match sh.get("retryable") {
        None => Retry::No,
        Some(r) if r.get("throttling").and_then(Value::as_bool) == Some(true) => Retry::Throttling,
        Some(_) => Retry::Retryable,
    };
    let map_key_value = match (shape_ref(sh, "key"), shape_ref(sh, "value")) {
        (Some(k), Some(v)) => Some((k, v)),
        _ => None,
    };
    Shape {
        kind: s(sh, "type").unwrap_or_default(),
        members,
        required: strings("required"),
        sensitive: sh.get("sensitive").and_then(Value::as_bool) == Some(true),
        exception: sh.get("exception").and_then(Value::as_bool) == Some(true),
        retry,
        enum_values: strings("enum"),
        list_member: shape_ref(sh, "member"),
        map_key_value,
    }
}
