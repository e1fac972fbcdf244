//! What an annotated operation is: the traits the macros implement.
//!
//! A service is a [`ServiceMeta`] constant. An operation is a struct that
//! implements [`Operation`]: it names its service, its `X-Amz-Target`, its
//! [`Auth`], and its output and error types. Everything else — building the
//! request, signing, sending, retrying, decoding — is the runtime's, driven by
//! these constants.
//!
//! ```
//! use awsop::operation::{Auth, Operation, Protocol, ServiceMeta};
//! use awsop::wire::{Format, WireSer};
//! # use awsop::error::{ErrorMeta, UnhandledError};
//!
//! const COGNITO: ServiceMeta = ServiceMeta::new(
//!     Protocol::AwsJson1_1,
//!     "AWSCognitoIdentityProviderService",
//!     "cognito-idp",
//!     "cognito-idp",
//!     "Cognito Identity Provider",
//! );
//!
//! struct ListUserPools { max_results: i32 }
//! impl WireSer for ListUserPools {
//!     fn ser<S: serde::Serializer>(&self, s: S, f: Format) -> Result<S::Ok, S::Error> {
//!         use serde::ser::SerializeMap;
//!         let mut m = s.serialize_map(None)?;
//!         m.serialize_entry("MaxResults", &awsop::wire::Ser(&self.max_results, f))?;
//!         m.end()
//!     }
//! }
//! # #[derive(Debug)] struct Out;
//! # impl awsop::wire::WireDe for Out {
//! #     fn de<'de, D: serde::Deserializer<'de>>(d: D, _: Format) -> Result<Self, D::Error> {
//! #         <serde::de::IgnoredAny as serde::Deserialize>::deserialize(d).map(|_| Out)
//! #     }
//! # }
//! # impl awsop::operation::OperationOutput for Out {}
//! impl awsop::sensitive::VisitSecrets for ListUserPools {
//!     fn all_strings(&self, _: &mut dyn FnMut(&str)) {}
//! }
//! impl Operation for ListUserPools {
//!     type Output = Out;
//!     type Error = UnhandledError;
//!     const SERVICE: &'static ServiceMeta = &COGNITO;
//!     const NAME: &'static str = "ListUserPools";
//!     const TARGET: &'static str = "AWSCognitoIdentityProviderService.ListUserPools";
//!     const AUTH: Auth = Auth::SigV4;
//! }
//! ```

use crate::endpoint::ServiceEndpointInfo;
use crate::error::OperationError;
use crate::sensitive::VisitSecrets;
use crate::wire::{WireDe, WireSer};

/// The wire protocol of a service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Protocol {
    /// `awsJson1_0` (DynamoDB, ...): `application/x-amz-json-1.0`.
    AwsJson1_0,
    /// `awsJson1_1` (Cognito, KMS, ...): `application/x-amz-json-1.1`.
    AwsJson1_1,
}

impl Protocol {
    /// The request's `Content-Type`.
    pub const fn content_type(self) -> &'static str {
        match self {
            Protocol::AwsJson1_0 => "application/x-amz-json-1.0",
            Protocol::AwsJson1_1 => "application/x-amz-json-1.1",
        }
    }
}

/// How an operation is authorised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Auth {
    /// SigV4-signed with the service's signing name; needs credentials.
    SigV4,
    /// Not signed: the operation carries its own authorisation (a Cognito
    /// access token, say). Credentials are never looked up for it.
    None,
}

/// A service's constants, declared once and shared by its operations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServiceMeta {
    /// The wire protocol.
    pub protocol: Protocol,
    /// The `X-Amz-Target` prefix, e.g. `AWSCognitoIdentityProviderService`.
    pub target_prefix: &'static str,
    /// The SigV4 signing name, e.g. `cognito-idp`.
    pub signing_name: &'static str,
    /// How to find the service's endpoint: its endpoint prefix, service id
    /// (for `AWS_ENDPOINT_URL_<SERVICE_ID>`) and any special cases.
    pub endpoint: ServiceEndpointInfo,
}

impl ServiceMeta {
    /// A service whose endpoints follow the partition's default pattern.
    pub const fn new(
        protocol: Protocol,
        target_prefix: &'static str,
        endpoint_prefix: &'static str,
        signing_name: &'static str,
        service_id: &'static str,
    ) -> Self {
        ServiceMeta {
            protocol,
            target_prefix,
            signing_name,
            endpoint: ServiceEndpointInfo::new(service_id, endpoint_prefix),
        }
    }

    /// This service with its endpoint information replaced (for special cases).
    pub const fn with_endpoint(self, endpoint: ServiceEndpointInfo) -> Self {
        ServiceMeta { endpoint, ..self }
    }
}

/// A type that stands for a service: the unit struct `#[aws_service]` is put on.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an awsop service",
    label = "not a service",
    note = "add `#[aws_service(...)]` to `{Self}`"
)]
pub trait Service {
    /// The service's constants.
    const META: ServiceMeta;
}

/// An operation's input: the annotated request struct.
pub trait Operation: WireSer + VisitSecrets + Send + Sync {
    /// The decoded response.
    type Output: OperationOutput;
    /// The operation's error enum.
    type Error: OperationError;
    /// The service the operation belongs to.
    const SERVICE: &'static ServiceMeta;
    /// The operation's name, e.g. `AssociateSoftwareToken`.
    const NAME: &'static str;
    /// The full `X-Amz-Target` value.
    const TARGET: &'static str;
    /// How the operation is authorised.
    const AUTH: Auth;
}

/// A decoded response: an output shape that can also receive the HTTP status
/// and the request id.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an awsop shape",
    label = "not an operation output",
    note = "add `#[aws_shape]` to `{Self}`"
)]
pub trait OperationOutput: WireDe + Send {
    /// Called once after decoding with the response's status and request id.
    fn set_response_meta(&mut self, status: u16, request_id: Option<&str>) {
        let _ = (status, request_id);
    }

    /// Whether the output has a member whose wire name is `name`. The
    /// protocol asks it for `__type`: a 2xx body with a top-level `__type`
    /// is read as an error unless the output models that member. The
    /// default, `false`, is right for every AWS output.
    fn has_wire_member(name: &str) -> bool
    where
        Self: Sized,
    {
        let _ = name;
        false
    }
}
