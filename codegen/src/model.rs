//! The botocore model as the generator needs it: read by `awsop-model`,
//! then checked here: the protocol is awsJson, the metadata a service
//! needs is there, and every reference resolves.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

pub use awsop_model::paginators::Paginator;
pub use awsop_model::{Auth, Kind, Member, Operation, Shape, Structure, TIMESTAMP_FORMATS};

use crate::error::Error;

/// The awsJson version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    /// AWS JSON 1.0 (DynamoDB, ...).
    AwsJson1_0,
    /// AWS JSON 1.1 (Cognito, KMS, ...).
    AwsJson1_1,
}

/// A whole service model, checked for generation.
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
    /// The structures only responses hold
    /// ([`awsop_model::Model::output_only`]): generated
    /// `#[aws_shape(output)]`.
    pub output_only: BTreeSet<String>,
}

/// The `metadata` block, with everything an awsJson service needs.
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

/// An `awsop-model` error, in `file`.
fn in_file(file: &Path) -> impl Fn(awsop_model::Error) -> Error + '_ {
    move |e| Error::new(file, e.context, e.reason)
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

    /// Checks the model text `text`, read from `file`: the metadata first,
    /// then the shapes and operations, then the references between them.
    ///
    /// # Errors
    ///
    /// As [`Model::load`].
    pub fn parse(file: &Path, text: &str) -> Result<Model, Error> {
        let doc = awsop_model::Document::parse(text).map_err(in_file(file))?;
        let meta = doc.metadata().ok_or_else(|| {
            Error::new(
                file,
                "",
                "no `metadata` object: this is not a botocore service-2.json",
            )
        })?;
        let meta = Metadata::check(file, &meta)?;
        let model = awsop_model::Model::from_document(&doc).map_err(in_file(file))?;
        model.check_references().map_err(in_file(file))?;
        let output_only = model.output_only().into_iter().map(str::to_owned).collect();
        Ok(Model {
            file: file.to_owned(),
            meta,
            docs: model.docs,
            operations: model.operations,
            shapes: model.shapes,
            output_only,
        })
    }

    /// The shape `name`; the model is checked, so every reference resolves.
    pub fn shape(&self, name: &str) -> Option<&Shape> {
        self.shapes.get(name)
    }
}

impl Metadata {
    fn check(file: &Path, m: &awsop_model::Metadata) -> Result<Metadata, Error> {
        let err = |ctx: &str, reason: String| Error::new(file, ctx, reason);
        if !m.protocols.iter().any(|p| p == "json") {
            let named = if m.protocols.is_empty() {
                "none given".to_owned()
            } else {
                m.protocols
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
        let protocol = match m.json_version.as_deref() {
            Some("1.0") => Protocol::AwsJson1_0,
            Some("1.1") => Protocol::AwsJson1_1,
            other => {
                return Err(err(
                    "metadata.jsonVersion",
                    format!("expected \"1.0\" or \"1.1\", found {other:?}"),
                ));
            }
        };
        let need = |key: &str, value: &Option<String>| -> Result<String, Error> {
            value.clone().filter(|s| !s.is_empty()).ok_or_else(|| {
                err(
                    &format!("metadata.{key}"),
                    "missing or not a string; an awsJson model needs it".into(),
                )
            })
        };
        let endpoint_prefix = need("endpointPrefix", &m.endpoint_prefix)?;
        Ok(Metadata {
            protocol,
            target_prefix: need("targetPrefix", &m.target_prefix)?,
            signing_name: m
                .signing_name
                .clone()
                .unwrap_or_else(|| endpoint_prefix.clone()),
            endpoint_prefix,
            service_id: need("serviceId", &m.service_id)?,
            full_name: m.full_name.clone().unwrap_or_default(),
            api_version: need("apiVersion", &m.api_version)?,
            uid: m.uid.clone(),
        })
    }
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
    awsop_model::paginators::parse(text).map_err(in_file(file))
}
