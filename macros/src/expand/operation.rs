//! `#[aws_operation]`: an operation's input, its `Operation` impl and
//! `send`.

use proc_macro2::TokenStream;
use quote::quote;

use super::{Struct, builders, secrets, values, wire, wrap};
use crate::fallback;
use crate::model::{Auth, Operation};
use crate::valid::Checked;

pub(super) fn expand(item: &Checked<'_>, op: &Operation<'_>) -> TokenStream {
    let s = Struct::new(item, &op.fields, false, false);
    let p = &s.p;
    let ident = item.ident;
    let vis = item.vis;
    let Operation {
        service,
        output,
        error,
        target,
        ..
    } = op;
    let name = &target.name;
    let target_const = if target.has_prefix {
        let lit = &target.lit;
        quote!(#lit)
    } else {
        quote! {{
            const __LEN: usize = #p::target_len(
                <#service as #p::Service>::META.target_prefix,
                #name,
            );
            const __BYTES: [u8; __LEN] = #p::concat_target::<__LEN>(
                <#service as #p::Service>::META.target_prefix,
                #name,
            );
            #p::utf8(&__BYTES)
        }}
    };
    let (auth, signs) = match op.auth {
        Auth::SigV4 => (quote!(SigV4), ""),
        Auth::None => (
            quote!(None),
            " (never: this operation needs no credentials)",
        ),
    };
    let mut stripped = fallback::strip(item.input);
    stripped.attrs.push(values::derives(&s, None));
    let ser = wire::ser(&s);
    let secrets = secrets::visit_secrets(&s);
    let debug = secrets::debug(&s);
    let default = builders::default(&s);
    let builders = builders::new_and_setters(&s);
    let send_doc = format!(
        "Sends `{ident}` with `client`: builds the request, signs it{signs}, sends, retries and decodes the response."
    );
    wrap(
        quote!(#stripped),
        quote! {
            #ser
            #secrets
            #debug
            #default
            #builders
            #[automatically_derived]
            impl #p::Operation for #ident {
                type Output = #output;
                type Error = #error;
                const SERVICE: &'static #p::ServiceMeta = &<#service as #p::Service>::META;
                const NAME: &'static str = #name;
                const TARGET: &'static str = #target_const;
                const AUTH: #p::Auth = #p::Auth::#auth;
            }
            #[automatically_derived]
            impl #ident {
                #[doc = #send_doc]
                ///
                /// # Errors
                ///
                /// Whatever went wrong, as one `awsop::Error` that says what
                /// happened and whether the request may have been sent.
                #vis async fn send(
                    &self,
                    client: &#p::Client,
                ) -> ::core::result::Result<#output, #p::Error<#error>> {
                    client.send(self).await
                }
            }
        },
    )
}
