//! The comparison: every annotated item against the model.

use std::collections::BTreeSet;

use awsop_model::names::keys;
use awsop_model::{Auth, Kind, Member, Model, Retry};

use crate::Drift;
use crate::source::{Field, Item, MacroKind, Source};

/// Every difference between `source`'s annotated items and `model`, in the
/// order of the source: within an item, its fields in order, then the
/// members it lacks.
pub fn check(model: &Model, source: &Source) -> Vec<Drift> {
    let sensitive_types = source
        .items
        .iter()
        .filter(|i| matches!(i.kind, MacroKind::Shape | MacroKind::Enum) && i.args.sensitive)
        .map(|i| i.name.clone())
        .collect();
    let mut c = Checker {
        model,
        source,
        sensitive_types,
        output_only: model.output_only(),
        out: Vec::new(),
    };
    for item in &source.items {
        match item.kind {
            MacroKind::Service => c.service(item),
            MacroKind::Operation => c.operation(item),
            MacroKind::Shape => c.shape(item),
            MacroKind::Exception => c.exception(item),
            MacroKind::Enum => c.enumeration(item),
            // Checked through the operations that name them.
            MacroKind::Error => {}
        }
    }
    c.out
}

struct Checker<'a> {
    model: &'a Model,
    source: &'a Source,
    /// Source types that are sensitive as a whole (`#[aws_shape(sensitive)]`).
    sensitive_types: BTreeSet<String>,
    /// The model's structures only responses hold.
    output_only: BTreeSet<&'a str>,
    out: Vec<Drift>,
}

impl Checker<'_> {
    fn report(&mut self, item: &Item, message: String) {
        self.out.push(Drift {
            item: item.name.clone(),
            message,
        });
    }

    fn service(&mut self, item: &Item) {
        let m = &self.model.metadata;
        let protocol = m.json_version.as_deref().map(|v| match v {
            "1.0" => keys::AWS_JSON_1_0.to_owned(),
            "1.1" => keys::AWS_JSON_1_1.to_owned(),
            other => format!("jsonVersion {other}"),
        });
        let pairs = [
            (
                keys::PROTOCOL,
                &item.args.protocol,
                "jsonVersion",
                &protocol,
            ),
            (
                keys::TARGET_PREFIX,
                &item.args.target_prefix,
                "targetPrefix",
                &m.target_prefix,
            ),
            (
                keys::ENDPOINT_PREFIX,
                &item.args.endpoint_prefix,
                "endpointPrefix",
                &m.endpoint_prefix,
            ),
            (
                keys::SIGNING_NAME,
                &item.args.signing_name,
                "signingName",
                &m.signing_name,
            ),
            (
                keys::SERVICE_ID,
                &item.args.service_id,
                "serviceId",
                &m.service_id,
            ),
        ];
        for (key, ours, model_key, theirs) in pairs {
            if let (Some(ours), Some(theirs)) = (ours, theirs)
                && ours != theirs
            {
                self.report(
                    item,
                    format!("{key} is {ours:?}, but the model says {theirs:?} ({model_key})"),
                );
            }
        }
    }

    fn operation(&mut self, item: &Item) {
        let Some(target) = item.args.target.as_deref() else {
            self.report(item, "#[aws_operation] has no target".into());
            return;
        };
        let (prefix, name) = match target.rsplit_once('.') {
            Some((p, n)) => (Some(p), n),
            None => (None, target),
        };
        if let (Some(p), Some(mp)) = (prefix, self.model.metadata.target_prefix.as_deref())
            && p != mp
        {
            self.report(
                item,
                format!(
                    "target {target:?} has the prefix {p:?}, but the model's targetPrefix is {mp:?}"
                ),
            );
        }
        let Some(op) = self.model.operations.get(name) else {
            self.report(item, format!("no operation {name} in the model"));
            return;
        };

        match op.input.as_deref() {
            Some(input) => match self.model.shapes.get(input) {
                Some(shape) => {
                    let members = members_of(shape);
                    self.members(item, input, members, false);
                    self.idempotency_tokens(item, input, members);
                }
                None => self.report(
                    item,
                    format!("the model's {name} names the input {input}, which it does not define"),
                ),
            },
            None => {
                for f in item.fields.iter().filter(|f| !f.meta) {
                    self.report(
                        item,
                        format!(
                            "field {} (wire name {}): the model's {name} takes no input",
                            f.name, f.wire
                        ),
                    );
                }
            }
        }

        match (item.args.output.as_deref(), op.output.as_deref()) {
            (Some(ours), Some(theirs)) if ours != theirs => self.report(
                item,
                format!("output is {ours}, but the model's output of {name} is {theirs}"),
            ),
            (None, Some(theirs)) => self.report(
                item,
                format!("no output, but the model's output of {name} is {theirs}"),
            ),
            _ => {}
        }

        let ours_none = item.args.auth.as_deref() == Some(keys::AUTH_NONE);
        match (op.auth, ours_none) {
            (Auth::None, false) => self.report(
                item,
                format!(
                    "the model's {name} takes no auth (smithy.api#noAuth), but this operation is SigV4-signed: add auth = none"
                ),
            ),
            (Auth::SigV4, true) => self.report(
                item,
                format!("the model's {name} is SigV4-signed, but this operation has auth = none"),
            ),
            _ => {}
        }

        let Some(error) = item.args.error.as_deref() else {
            return;
        };
        let Some(enum_item) = self.source.find(MacroKind::Error, error) else {
            if error != "UnhandledError" {
                self.report(
                    item,
                    format!("its error enum {error} is not in the source, so its errors were not checked"),
                );
            }
            return;
        };
        let ours: Vec<&str> = enum_item
            .variants
            .iter()
            .filter(|v| !v.other)
            .map(|v| v.wire.as_str())
            .collect();
        for code in &ours {
            if !op.errors.iter().any(|e| e == code) {
                self.report(
                    item,
                    format!(
                        "{error} has the error {code}, which the model does not list for {name}"
                    ),
                );
            }
        }
        for code in &op.errors {
            if !ours.contains(&code.as_str()) {
                self.report(
                    item,
                    format!("the model's {name} lists the error {code}, which {error} lacks"),
                );
            }
        }
    }

    fn shape(&mut self, item: &Item) {
        let name = item.name.as_str();
        let Some(shape) = self.model.shapes.get(name) else {
            // The output of an operation that has none in the model: fine
            // while it has no members on the wire.
            if let Some(op) = self.operation_without_output(name) {
                let label = format!("{op} output, which is empty");
                self.members(item, &label, &[], false);
            } else {
                self.report(item, format!("no shape {name} in the model"));
            }
            return;
        };
        if is_exception(shape) {
            self.report(
                item,
                format!("the model's {name} is an exception: use #[aws_exception]"),
            );
            return;
        }
        if shape.type_name != "structure" {
            self.report(
                item,
                format!(
                    "the model's {name} is a {}, not a structure",
                    shape.type_name
                ),
            );
            return;
        }
        self.members(item, name, members_of(shape), false);
        if item.args.output_only && !self.output_only.contains(name) {
            self.report(
                item,
                format!(
                    "the model's {name} is reachable from an operation's input, so users build it, but #[aws_shape(output)] gives it no setters: remove `output`"
                ),
            );
        }
        if shape.sensitive && !item.args.sensitive {
            self.report(
                item,
                format!("the model's {name} is sensitive, but it is not #[aws_shape(sensitive)]"),
            );
        }
    }

    /// The model operation whose output `name` is, when the model gives that
    /// operation no output shape.
    fn operation_without_output(&self, name: &str) -> Option<&str> {
        self.source.items.iter().find_map(|i| {
            if i.kind != MacroKind::Operation || i.args.output.as_deref() != Some(name) {
                return None;
            }
            let target = i.args.target.as_deref()?;
            let op = target.rsplit_once('.').map_or(target, |(_, n)| n);
            self.model
                .operations
                .get(op)
                .filter(|o| o.output.is_none())
                .map(|_| op)
        })
    }

    fn exception(&mut self, item: &Item) {
        let name = item.name.as_str();
        let Some(shape) = self.model.shapes.get(name) else {
            self.report(item, format!("no shape {name} in the model"));
            return;
        };
        let Some(st) = shape.structure().filter(|st| st.exception) else {
            self.report(item, format!("the model's {name} is not an exception"));
            return;
        };
        self.members(item, name, &st.members, true);
        let ours = if item.args.throttling {
            Retry::Throttling
        } else if item.args.retryable {
            Retry::Retryable
        } else {
            Retry::No
        };
        if ours != st.retry() {
            self.report(
                item,
                format!(
                    "the model says {name} is {}, but #[aws_exception] says {}",
                    describe(st.retry()),
                    describe(ours)
                ),
            );
        }
    }

    fn enumeration(&mut self, item: &Item) {
        let name = item.name.as_str();
        let Some(shape) = self.model.shapes.get(name) else {
            self.report(item, format!("no shape {name} in the model"));
            return;
        };
        let values = shape.enum_values();
        if values.is_empty() {
            self.report(
                item,
                format!(
                    "the model's {name} is a {} with no enum values",
                    shape.type_name
                ),
            );
            return;
        }
        let ours: Vec<&str> = item
            .variants
            .iter()
            .filter(|v| !v.other)
            .map(|v| v.wire.as_str())
            .collect();
        for v in item.variants.iter().filter(|v| !v.other) {
            if !values.contains(&v.wire) {
                self.report(
                    item,
                    format!(
                        "variant {} (value {:?}) is not a value of the model's {name}",
                        v.name, v.wire
                    ),
                );
            }
        }
        for v in values {
            if !ours.contains(&v.as_str()) {
                self.report(
                    item,
                    format!("the model's {name} has the value {v:?}, which this enum lacks"),
                );
            }
        }
        if shape.sensitive && !item.args.sensitive {
            self.report(
                item,
                format!("the model's {name} is sensitive, but it is not #[aws_enum(sensitive)]"),
            );
        }
    }

    /// Whether a field keeps its value out of `Debug` and logs.
    fn marked_sensitive(&self, item: &Item, f: &Field) -> bool {
        f.sensitive_attr
            || f.sensitive_type
            || item.args.sensitive
            || f.type_names
                .iter()
                .any(|n| self.sensitive_types.contains(n))
    }

    /// An operation's input marks exactly the model's idempotency tokens
    /// with `#[aws(idempotency_token)]`, so the client fills them.
    fn idempotency_tokens(&mut self, item: &Item, shape: &str, members: &[Member]) {
        for f in item.fields.iter().filter(|f| !f.meta) {
            let Some(m) = members.iter().find(|m| m.name == f.wire) else {
                continue;
            };
            if m.idempotency_token && !f.idempotency_token {
                self.report(
                    item,
                    format!(
                        "member {} is an idempotency token in the model's {shape}, but field {} is not #[aws(idempotency_token)]: without it a retried write may be applied twice",
                        m.name, f.name
                    ),
                );
            } else if f.idempotency_token && !m.idempotency_token {
                self.report(
                    item,
                    format!(
                        "field {} is #[aws(idempotency_token)], but the model's {shape} member {} is not an idempotency token",
                        f.name, m.name
                    ),
                );
            }
        }
    }

    /// The fields of `item` against the members of the model's `shape`;
    /// the members it lacks are reported in alphabetical order.
    fn members(&mut self, item: &Item, shape: &str, members: &[Member], exception: bool) {
        // `#[aws_exception]` reads a field `message` as `message` or `Message`.
        let matches = |f: &Field, member: &str| {
            f.wire == member
                || (exception
                    && f.name == "message"
                    && !f.renamed
                    && (member == "message" || member == "Message"))
        };
        let fields: Vec<&Field> = item.fields.iter().filter(|f| !f.meta).collect();
        // By name, as the check has always read them (the model's order is
        // the reader's).
        let mut members: Vec<&Member> = members.iter().collect();
        members.sort_by(|a, b| a.name.cmp(&b.name));
        let mut missing: Vec<&Member> = members
            .iter()
            .copied()
            .filter(|m| !fields.iter().any(|f| matches(f, &m.name)))
            .collect();
        for f in &fields {
            let Some(m) = members.iter().find(|m| matches(f, &m.name)) else {
                if let Some(i) = missing
                    .iter()
                    .position(|m| m.name.eq_ignore_ascii_case(&f.wire))
                {
                    let m = missing.remove(i);
                    self.report(
                        item,
                        format!(
                            "field {} is on the wire as {}, but the model's {shape} calls it {}: use #[aws(rename = {:?})]",
                            f.name, f.wire, m.name, m.name
                        ),
                    );
                } else {
                    self.report(
                        item,
                        format!(
                            "field {} (wire name {}) is not a member of the model's {shape}",
                            f.name, f.wire
                        ),
                    );
                }
                continue;
            };
            let model_required = m.required;
            if model_required && !f.required {
                self.report(
                    item,
                    format!(
                        "member {} is required in the model's {shape}, but field {} is an Option",
                        m.name, f.name
                    ),
                );
            } else if !model_required && f.required {
                self.report(
                    item,
                    format!(
                        "member {} is optional in the model's {shape}, but field {} is not an Option",
                        m.name, f.name
                    ),
                );
            }
            if self.model.is_sensitive(&m.shape) && !self.marked_sensitive(item, f) {
                self.report(
                    item,
                    format!(
                        "member {} is sensitive in the model ({}), but field {} is not: use Sensitive<...> or #[aws(sensitive)]",
                        m.name, m.shape, f.name
                    ),
                );
            }
        }
        for m in missing {
            self.report(
                item,
                format!(
                    "the model's {shape} has the member {}, which this struct lacks",
                    m.name
                ),
            );
        }
    }
}

/// A structure's members (none for another kind of shape).
fn members_of(shape: &awsop_model::Shape) -> &[Member] {
    match &shape.kind {
        Kind::Structure(st) => &st.members,
        _ => &[],
    }
}

fn is_exception(shape: &awsop_model::Shape) -> bool {
    shape.structure().is_some_and(|st| st.exception)
}

/// A retry classification as a sentence fragment.
fn describe(retry: Retry) -> &'static str {
    match retry {
        Retry::No => "not retryable",
        Retry::Retryable => "retryable",
        Retry::Throttling => "throttling",
    }
}
