//! Procedural macros for awsop. Use them through the `awsop` crate, which
//! re-exports them and documents the surface.
//!
//! Each macro runs the same phases: `attr` (from `awsop-dsl`, which
//! awsop-drift shares) parses the arguments and `#[aws(...)]` helpers into
//! spanned raw values; `model` types them once (closed sets become enums,
//! required keys are there) into an `Item`; `valid` checks what spans several
//! values and hands out a `Checked` item; `expand` (one file per item kind and
//! per shared concern) writes the code from a `Checked` item only. With
//! errors, `fallback` emits them with a stand-in of the item instead. Errors
//! are accumulated in a `ctxt::Ctxt` (also from `awsop-dsl`), so one build
//! reports every mistake.

// The attribute syntax and the error accumulator live in `awsop-dsl`, so
// awsop-drift parses source files with the same code.
use awsop_dsl::{attr, ctxt};

mod expand;
mod fallback;
mod model;
mod valid;

use proc_macro::TokenStream;

use crate::attr::Macro;

/// Runs the phases on one item; token streams in and out, for unit tests.
fn run(
    which: Macro,
    args: proc_macro2::TokenStream,
    input: proc_macro2::TokenStream,
) -> proc_macro2::TokenStream {
    let input = match syn::parse2::<syn::DeriveInput>(input.clone()) {
        Ok(input) => input,
        // Not a struct, enum or union: report it and give the item back as written.
        Err(e) => {
            let e = syn::Error::new(
                e.span(),
                format!("{} goes on a struct or an enum", which.name()),
            )
            .to_compile_error();
            return quote::quote!(#e #input);
        }
    };
    let cx = ctxt::Ctxt::new();
    let item = model::Item::from_syn(&cx, which, args.clone(), &input);
    match valid::check(cx, item) {
        Ok(item) => expand::item(&item),
        Err(errors) => fallback::stand_in(which, args, &input, &errors),
    }
}

/// Declares a service: `#[aws_service(protocol = awsJson1_1, target_prefix = "...",
/// endpoint_prefix = "...", service_id = "...")]` on a unit struct. See the
/// `awsop` crate docs.
#[proc_macro_attribute]
pub fn aws_service(args: TokenStream, input: TokenStream) -> TokenStream {
    run(Macro::Service, args.into(), input.into()).into()
}

/// Declares an operation's input: `#[aws_operation(service = S, target = "Name",
/// output = O, error = E)]` on a struct with named fields. See the `awsop`
/// crate docs.
#[proc_macro_attribute]
pub fn aws_operation(args: TokenStream, input: TokenStream) -> TokenStream {
    run(Macro::Operation, args.into(), input.into()).into()
}

/// Declares a structure (nested shape or operation output). See the `awsop`
/// crate docs.
///
/// A plain (non-`Option`) field is a required member. Decoding follows
/// Smithy's client error correction (`awsop::wire`, "Client error
/// correction"): a required member that is missing or `null` gets its type's
/// zero value (`""`, `0`, `false`, empty list, map or blob, the epoch,
/// `null` for a document, `""` for an enum, a structure of zero members); a
/// required `Box<T>` has none and is still an error when missing. `null`
/// entries of dense lists and maps (`Vec<T>`, `HashMap<String, T>`) are
/// skipped; `Vec<Option<T>>` keeps them.
///
/// `Clone` and `PartialEq` are always derived. `Eq` and `Hash` are derived
/// where every field is known to allow them: an `f32`/`f64` member rules out
/// both, a `HashMap` rules out `Hash`. A member of another shape or enum
/// type, which the macro cannot see, rules out the trait it would need,
/// unless `#[aws_shape(eq)]` says such types allow both (the compiler checks
/// it, at the field; an `f32`/`f64` or `HashMap` member still rules out its
/// trait). `#[aws_shape(no_eq)]` leaves both out whatever the fields allow.
/// Shapes that contain each other are fine either way.
///
/// `new(required...)` and one setter per member build a shape. With
/// `#[aws_shape(output)]` (a structure only responses hold: an operation's
/// output, or a shape reachable only from outputs and errors) there are
/// neither, since users read it and never build it; the rest stays (`Default`
/// when every member is optional, `Clone`, `PartialEq`, `Debug`, the wire and
/// secrets impls, `OperationOutput`). A test that needs one writes a struct
/// literal, or `Default` and field assignments: the fields are `pub`.
#[proc_macro_attribute]
pub fn aws_shape(args: TokenStream, input: TokenStream) -> TokenStream {
    run(Macro::Shape, args.into(), input.into()).into()
}

/// Declares an enum of wire string values with an `#[aws(other)]` catch-all.
/// See the `awsop` crate docs.
#[proc_macro_attribute]
pub fn aws_enum(args: TokenStream, input: TokenStream) -> TokenStream {
    run(Macro::Enum, args.into(), input.into()).into()
}

/// Declares a modeled exception. See the `awsop` crate docs.
///
/// Members decode as in [`aws_shape`]; a `message` field also reads
/// `Message` (the first non-`null` of the two wins). The exception is
/// decoded from the body as sent and its strings are scrubbed of the
/// request's secrets afterwards; a body that does not fit still gives the
/// exception, with the members that fit (the others empty) and the reason
/// in its metadata.
#[proc_macro_attribute]
pub fn aws_exception(args: TokenStream, input: TokenStream) -> TokenStream {
    run(Macro::Exception, args.into(), input.into()).into()
}

/// Declares an operation's error enum: one variant per exception plus an
/// `#[aws(other)]` catch-all. See the `awsop` crate docs.
#[proc_macro_attribute]
pub fn aws_error(args: TokenStream, input: TokenStream) -> TokenStream {
    run(Macro::Error, args.into(), input.into()).into()
}

#[cfg(test)]
mod tests {
    //! Snapshots of the pretty-printed expansion of the main forms
    //! (`src/snapshots/`; with `CI=true` insta fails on a mismatch).

    use quote::quote;

    use super::{Macro, run};

    fn pretty(
        which: Macro,
        args: proc_macro2::TokenStream,
        input: proc_macro2::TokenStream,
    ) -> String {
        let tokens = run(which, args, input);
        let file = syn2::parse2::<syn2::File>(tokens.clone())
            .unwrap_or_else(|e| panic!("the expansion parses as a file ({e}): {tokens}"));
        prettyplease::unparse(&file)
    }

    #[test]
    fn plain_operation() {
        insta::assert_snapshot!(pretty(
            Macro::Operation,
            quote!(
                service = Kms,
                target = "TrentService.Encrypt",
                output = EncryptResponse,
                error = EncryptError
            ),
            quote! {
                /// Encrypts.
                pub struct Encrypt {
                    /// The key.
                    pub key_id: String,
                    pub plaintext: Option<Blob>,
                }
            },
        ));
    }

    #[test]
    fn no_auth_operation_with_sensitive_fields() {
        insta::assert_snapshot!(pretty(
            Macro::Operation,
            quote!(
                service = CognitoIdentityProvider,
                target = "AssociateSoftwareToken",
                output = AssociateSoftwareTokenResponse,
                error = AssociateSoftwareTokenError,
                auth = none
            ),
            quote! {
                pub struct AssociateSoftwareToken {
                    pub access_token: Option<Sensitive<String>>,
                    #[aws(sensitive)]
                    pub session: Option<String>,
                }
            },
        ));
    }

    #[test]
    fn operation_with_an_idempotency_token() {
        insta::assert_snapshot!(pretty(
            Macro::Operation,
            quote!(
                service = DynamoDb,
                target = "TransactWriteItems",
                output = TransactWriteItemsOutput,
                error = TransactWriteItemsError
            ),
            quote! {
                pub struct TransactWriteItems {
                    pub transact_items: Vec<TransactWriteItem>,
                    #[aws(idempotency_token)]
                    pub client_request_token: Option<String>,
                }
            },
        ));
    }

    #[test]
    fn output_with_status_and_request_id() {
        insta::assert_snapshot!(pretty(
            Macro::Shape,
            quote!(),
            quote! {
                pub struct AssociateSoftwareTokenResponse {
                    pub secret_code: Option<Sensitive<String>>,
                    #[aws(timestamp_format = "date-time")]
                    pub created: Option<DateTime>,
                    #[aws(http_status)]
                    pub http_status: u16,
                    #[aws(request_id)]
                    pub request_id: Option<String>,
                }
            },
        ));
    }

    #[test]
    fn output_shape_has_no_setters() {
        insta::assert_snapshot!(pretty(
            Macro::Shape,
            quote!(output),
            quote! {
                pub struct GetUserResponse {
                    pub username: String,
                    pub user_attributes: Option<Vec<AttributeType>>,
                    #[aws(http_status)]
                    pub http_status: u16,
                    #[aws(request_id)]
                    pub request_id: Option<String>,
                }
            },
        ));
    }

    #[test]
    fn wire_enum() {
        insta::assert_snapshot!(pretty(
            Macro::Enum,
            quote!(),
            quote! {
                pub enum ChallengeNameType {
                    #[aws(value = "SMS_MFA")]
                    SmsMfa,
                    #[aws(other)]
                    Unknown(String),
                }
            },
        ));
    }

    #[test]
    fn error_enum_and_exception() {
        let exception = pretty(
            Macro::Exception,
            quote!(throttling),
            quote! {
                pub struct TooManyRequestsException {
                    pub message: Option<String>,
                }
            },
        );
        let error = pretty(
            Macro::Error,
            quote!(),
            quote! {
                pub enum InitiateAuthError {
                    #[aws(code = "TooManyRequestsException")]
                    TooMany(TooManyRequestsException),
                    #[aws(other)]
                    Unhandled(awsop::error::UnhandledError),
                }
            },
        );
        insta::assert_snapshot!(format!("{exception}\n{error}"));
    }

    #[test]
    fn crate_path_override() {
        insta::assert_snapshot!(pretty(
            Macro::Shape,
            quote!(crate = my_sdk::awsop, sensitive),
            quote! {
                pub struct UserContextDataType {
                    pub ip_address: Option<String>,
                }
            },
        ));
    }

    #[test]
    fn errors_come_with_a_stand_in() {
        let out = pretty(
            Macro::Operation,
            quote!(targt = "X"),
            quote! {
                pub struct Op {
                    #[aws(sensitive)]
                    pub a: Option<String>,
                }
            },
        );
        assert!(out.contains("compile_error!"), "{out}");
        assert!(out.contains("pub struct Op"), "{out}");
        assert!(!out.contains("#[aws("), "helpers stripped: {out}");
        // The stand-ins of what the expansion would have given, so the
        // mistake is the only error: `new`, the traits an operation needs,
        // and no `send` (`output` and `error` are missing here).
        for stand_in in [
            "pub fn new(",
            "impl ::awsop::__private::WireSer for Op",
            "impl ::awsop::__private::VisitSecrets for Op",
            "impl ::core::fmt::Debug for Op",
            "impl ::core::default::Default for Op",
        ] {
            assert!(out.contains(stand_in), "stand-in `{stand_in}`: {out}");
        }
        assert!(
            !out.contains("fn send"),
            "no `send` without output and error: {out}"
        );
        assert!(out.contains("unreachable!()"), "{out}");
    }

    /// The `#[derive(...)]` attribute in an expansion.
    fn derive(out: &str) -> &str {
        let start = out
            .find("#[derive(")
            .unwrap_or_else(|| panic!("a derive: {out}"));
        let len = out[start..].find(")]").unwrap_or(0);
        &out[start..start + len]
    }

    /// The `#[derive(...)]` a struct gets: which of `Eq` and `Hash`.
    fn eq_and_hash(args: proc_macro2::TokenStream, fields: proc_macro2::TokenStream) -> String {
        let out = pretty(Macro::Shape, args, quote!(pub struct S { #fields }));
        let derive = derive(&out);
        let eq = derive.contains("::core::cmp::Eq");
        let hash = derive.contains("::core::hash::Hash");
        assert!(
            !out.contains("impl ::core::cmp::Eq"),
            "no hand-written impl: {out}"
        );
        assert!(
            !out.contains("impl ::core::hash::Hash"),
            "no hand-written impl: {out}"
        );
        match (eq, hash) {
            (true, true) => "Eq Hash",
            (true, false) => "Eq",
            (false, true) => "Hash",
            (false, false) => "",
        }
        .to_owned()
    }

    #[test]
    fn eq_and_hash_come_from_the_field_types() {
        let known = quote!(pub a: Option<String>, pub b: Vec<Blob>, pub c: Option<Box<S>>,);
        assert_eq!(eq_and_hash(quote!(), known.clone()), "Eq Hash");
        assert_eq!(eq_and_hash(quote!(no_eq), known), "");
        let float = quote!(pub a: Option<f64>, pub b: Option<Other>,);
        assert_eq!(eq_and_hash(quote!(), float.clone()), "");
        assert_eq!(eq_and_hash(quote!(eq), float), "");
        let map = quote!(pub a: Option<HashMap<String, String>>,);
        assert_eq!(eq_and_hash(quote!(), map.clone()), "Eq");
        assert_eq!(eq_and_hash(quote!(eq), map), "Eq");
        // A type the macro cannot see: neither, unless `eq` says it allows
        // both (a map beside it still rules out `Hash`).
        let other = quote!(pub a: Option<Vec<Other>>, pub b: Option<i32>,);
        assert_eq!(eq_and_hash(quote!(), other.clone()), "");
        assert_eq!(eq_and_hash(quote!(eq), other), "Eq Hash");
        let other_and_map = quote!(pub a: Option<Other>, pub b: HashMap<String, Other>,);
        assert_eq!(eq_and_hash(quote!(), other_and_map.clone()), "");
        assert_eq!(eq_and_hash(quote!(eq), other_and_map), "Eq");
        // A secret: `Hash` always, `Eq` where it compares in constant time.
        let secret = quote!(pub a: Option<Sensitive<String>>,);
        assert_eq!(eq_and_hash(quote!(), secret), "Eq Hash");
        let secret_other = quote!(pub a: Option<Sensitive<Other>>,);
        assert_eq!(eq_and_hash(quote!(), secret_other), "Hash");
    }

    #[test]
    fn enums_are_always_eq_and_hash() {
        let out = pretty(
            Macro::Enum,
            quote!(),
            quote! {
                pub enum E {
                    #[aws(value = "A")]
                    A,
                    #[aws(other)]
                    Unknown(String),
                }
            },
        );
        let derive = derive(&out);
        assert!(derive.contains("::core::cmp::Eq"), "{out}");
        assert!(derive.contains("::core::hash::Hash"), "{out}");
    }
}
