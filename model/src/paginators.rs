//! `paginators-1.json`: which operations page, and by which members.

use crate::Error;
use crate::json::Json;

/// One entry of `paginators-1.json`.
#[derive(Debug, Clone, PartialEq, Eq)]
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

/// Reads the paginators of a `paginators-1.json` text, in file order.
///
/// # Errors
///
/// The text is not JSON, has no `pagination` object, or a paginator's key is
/// neither a string nor a list of strings; the error names the paginator.
pub fn parse(text: &str) -> Result<Vec<Paginator>, Error> {
    let root = Json::parse(text).map_err(|e| Error::new("", format!("malformed JSON: {e}")))?;
    let list = root
        .get("pagination")
        .and_then(Json::as_object)
        .ok_or_else(|| {
            Error::new(
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
                        .ok_or_else(|| Error::new(ctx, format!("`{key}` holds a non-string")))
                })
                .collect(),
            Some(other) => Err(Error::new(
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
