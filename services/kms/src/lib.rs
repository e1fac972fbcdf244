//! AWS Key Management Service (API version 2014-11-01), for awsop.
//!
//! Key Management Service (KMS) is an encryption and key management web service. This guide describes the KMS operations that you can call programmatically. For general information about KMS, see the [*Key Management Service Developer Guide*](https://docs.aws.amazon.com/kms/latest/developerguide/).
//!
//! **Note:** KMS has replaced the term *customer master key (CMK)* with *Key Management Service key* and *KMS key*. The concept has not changed. To prevent breaking changes, KMS is keeping some variations of this term.
//!
//! Amazon Web Services provides SDKs that consist of libraries and sample code for various programming languages and platforms (Java, Rust, Python, Ruby, .Net, macOS, Android, etc.). The SDKs provide a convenient way to create programmatic access to KMS and other Amazon Web Services services. For example, the SDKs take care of tasks such as signing requests (see below), managing errors, and retrying requests automatically. For more information about the Amazon Web Services SDKs, including how to download and install them, see [Tools for Amazon Web Services](http://aws.amazon.com/tools/).
//!
//! We recommend that you use the Amazon Web Services SDKs to make programmatic API calls to KMS.
//!
//! If you need to use FIPS 140-2 validated cryptographic modules when communicating with Amazon Web Services, use one of the FIPS endpoints in your preferred Amazon Web Services Region. If you need communicate over IPv6, use the dual-stack endpoint in your preferred Amazon Web Services Region. For more information see [Service endpoints](https://docs.aws.amazon.com/general/latest/gr/kms.html#kms_region) in the Key Management Service topic of the *Amazon Web Services General Reference* and [Dual-stack endpoint support](https://docs.aws.amazon.com/kms/latest/developerguide/ipv6-kms.html) in the KMS Developer Guide.
//!
//! All KMS API calls must be signed and be transmitted using Transport Layer Security (TLS). KMS recommends you always use the latest supported TLS version. Clients must also support cipher suites with Perfect Forward Secrecy (PFS) such as Ephemeral Diffie-Hellman (DHE) or Elliptic Curve Ephemeral Diffie-Hellman (ECDHE). Most modern systems such as Java 7 and later support these modes.
//!
//! **Note:** With current technology, brute force attacks on KMS TLS cipher suite key exchange mechanisms are not feasible. However, cipher suites that use Rivest–Shamir–Adleman (RSA) or Diffie-Hellman (DH) key exchange will be susceptible if large-scale quantum computing becomes practical. [NIST IR 8547](https://nvlpubs.nist.gov/nistpubs/ir/2024/NIST.IR.8547.ipd.pdf) on the NIST website establishes a timeline to phase out quantum-vulnerable algorithms by 2030 and disallow them entirely by 2035. If your applications rely on the long-term confidentiality of KMS API traffic, we recommend that you [use post-quantum TLS with KMS](https://docs.aws.amazon.com/kms/latest/developerguide/pqtls.html). For more information about post-quantum cybersecurity, see [Post-Quantum Cybersecurity Resources](https://www.nsa.gov/Cybersecurity/Post-Quantum-Cybersecurity-Resources/) on the National Security Agency (NSA) website.
//!
//! **Signing Requests**
//!
//! Requests must be signed using an access key ID and a secret access key. We strongly recommend that you do not use your Amazon Web Services account root access key ID and secret access key for everyday work. You can use the access key ID and secret access key for an IAM user or you can use the Security Token Service (STS) to generate temporary security credentials and use those to sign requests.
//!
//! All KMS requests must be signed with [Signature Version 4](https://docs.aws.amazon.com/general/latest/gr/signature-version-4.html).
//!
//! **Logging API Requests**
//!
//! KMS supports CloudTrail, a service that logs Amazon Web Services API calls and related events for your Amazon Web Services account and delivers them to an Amazon S3 bucket that you specify. By using the information collected by CloudTrail, you can determine what requests were made to KMS, who made the request, when it was made, and so on. To learn more about CloudTrail, including how to turn it on and find your log files, see the [CloudTrail User Guide](https://docs.aws.amazon.com/awscloudtrail/latest/userguide/).
//!
//! **Additional Resources**
//!
//! For more information about credentials and request signing, see the following:
//!
//! - [Amazon Web Services Security Credentials](https://docs.aws.amazon.com/general/latest/gr/aws-security-credentials.html) - This topic provides general information about the types of credentials used to access Amazon Web Services.
//! - [Temporary Security Credentials](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp.html) - This section of the *IAM User Guide* describes how to create and use temporary security credentials.
//! - [Signature Version 4 Signing Process](https://docs.aws.amazon.com/general/latest/gr/signature-version-4.html) - This set of topics walks you through the process of signing a request using an access key ID and a secret access key.
//!
//! **Commonly Used API Operations**
//!
//! Of the API operations discussed in this guide, the following will prove the most useful for most applications. You will likely perform operations other than these, such as creating keys and assigning policies, by using the console.
//!
//! - `Encrypt`
//! - `Decrypt`
//! - `GenerateDataKey`
//! - `GenerateDataKeyWithoutPlaintext`
//!
//! # This crate
//!
//! Generated by `awsop-codegen` from botocore 1.44.8's `botocore/data/kms/2014-11-01/service-2.json.gz`. Do not edit it by hand: regenerate it.
//!
//! It has 56 operations, 70 structures, 32 enums and 48 exceptions, over AWS JSON 1.1. Each operation is a request struct named after it, with its response and an `<Operation>Error` enum; `send` it with an [`awsop::Client`].
//!
//! - Names: types and variants are the UpperCamelCase of the model's names, fields their snake_case, cut into words the same way everywhere (`MFAOptions` → `mfa_options`, `MFAMethodNotFoundException` → `MfaMethodNotFoundException`); a keyword is a raw identifier. Where a field's PascalCase is not the wire name, `#[aws(rename)]` gives it, and an error variant whose type is renamed carries its code.
//! - A member the model lists as required is a plain field; the others are `Option`s.
//! - Sensitive strings and blobs are `Sensitive<..>`; other sensitive members carry `#[aws(sensitive)]`, sensitive structures and enums are marked on the type. None reaches `Debug` or an error.
//! - Every response carries its HTTP status and request id; every error enum ends with `Unhandled`, for codes the model does not list.
//! - Requests and the structures they hold have `new` (the required members) and a setter per member; responses and the structures only they hold (`#[aws_shape(output)]`) have neither: read their fields.
//! - Maps are `HashMap`s with `String` keys, whatever the model's key shape.
//! - 8 operations have `paginate` (a stream of responses) and, where the model names the result list, `paginate_items`.

mod enums;
mod errors;
mod operations;
mod shapes;

pub use enums::*;
pub use errors::*;
pub use operations::*;
pub use shapes::*;

/// AWS Key Management Service: the service the operations belong to (target prefix `TrentService`, signing name `kms`).
#[awsop::aws_service(protocol = awsJson1_1, target_prefix = "TrentService", endpoint_prefix = "kms", signing_name = "kms", service_id = "KMS")]
pub struct Kms;
