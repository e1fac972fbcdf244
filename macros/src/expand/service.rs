//! `#[aws_service]`: the service's constants.

use proc_macro2::TokenStream;
use quote::quote;

use super::{private, wrap};
use crate::fallback;
use crate::model::{Protocol, Service};
use crate::valid::Checked;

pub(super) fn expand(item: &Checked<'_>, s: &Service) -> TokenStream {
    let p = private(item);
    let ident = item.ident;
    let protocol = match s.protocol {
        Protocol::AwsJson1_0 => quote!(AwsJson1_0),
        Protocol::AwsJson1_1 => quote!(AwsJson1_1),
    };
    let Service {
        target_prefix,
        endpoint_prefix,
        signing_name,
        service_id,
        ..
    } = s;
    let meta = quote! {
        #p::ServiceMeta::new(
            #p::Protocol::#protocol,
            #target_prefix,
            #endpoint_prefix,
            #signing_name,
            #service_id,
        )
    };
    let meta = match &s.endpoint_rules {
        None => meta,
        Some(rules) => quote! {{
            let __meta = #meta;
            __meta.with_endpoint(__meta.endpoint.with_rules(#rules))
        }},
    };
    let stripped = fallback::strip(item.input);
    wrap(
        quote!(#stripped),
        quote! {
            #[automatically_derived]
            impl #p::Service for #ident {
                const META: #p::ServiceMeta = #meta;
            }
        },
    )
}
