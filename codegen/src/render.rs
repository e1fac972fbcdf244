//! Rust source for a checked model: the service, operations, shapes, enums
//! and exceptions, as annotated awsop structs (not yet formatted).

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;

use crate::docs;
use crate::error::Error;
use awsop_model::names::rust::{field_name, type_name};
use awsop_model::names::wire::field_wire_name;

use crate::model::{Auth, Kind, Member, Model, Operation, Paginator, Protocol, Shape, Structure};

/// Names the generated code itself uses: a shape whose Rust name is one of
/// them gets `Shape` appended.
const RESERVED_TYPES: &[&str] = &[
    "Option", "Result", "String", "Vec", "Box", "Some", "None", "Ok", "Err",
];

/// What the generator made, for its report.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Summary {
    /// Operations.
    pub operations: usize,
    /// Structures (inputs are the operations; outputs, nested shapes).
    pub structures: usize,
    /// Enums of wire values.
    pub enums: usize,
    /// Exceptions.
    pub exceptions: usize,
    /// Paginators generated.
    pub paginators: usize,
    /// Paginators (or their `paginate_items`) not generated, and why.
    pub skipped: Vec<String>,
}

/// The source files of the crate's `src/`, by file name, unformatted.
pub(crate) struct Sources {
    /// `lib.rs`, `operations.rs`, ...
    pub(crate) files: Vec<(&'static str, String)>,
    /// Counts and skips.
    pub(crate) summary: Summary,
}

/// Which generated file a type lives in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Module {
    Lib,
    Operations,
    Shapes,
    Enums,
    Errors,
}

/// How a structure is used, which decides its extra fields and names.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Use {
    Input,
    Output,
    Shape,
    Exception,
}

struct Gen<'a> {
    model: &'a Model,
    /// Rust type name of each generated shape.
    type_names: HashMap<&'a str, String>,
    module_of: HashMap<String, Module>,
    /// Shapes some member, list or map refers to.
    referenced: HashSet<&'a str>,
    /// Direct structure-to-structure edges, for boxing.
    direct: HashMap<&'a str, Vec<&'a str>>,
    service: String,
    /// The generated types the module being rendered names.
    refs: RefCell<HashSet<String>>,
}

/// Renders `model` with its paginators.
///
/// # Errors
///
/// Two model names that become the same Rust name, or a paginator for an
/// operation the model does not have.
pub(crate) fn render(
    model: &Model,
    paginators: &[Paginator],
    paginators_file: &Path,
    origin: &str,
) -> Result<Sources, Error> {
    let mut g = Gen {
        model,
        type_names: HashMap::new(),
        module_of: HashMap::new(),
        referenced: HashSet::new(),
        direct: HashMap::new(),
        service: type_name(&model.meta.service_id),
        refs: RefCell::new(HashSet::new()),
    };
    g.index()?;
    let mut summary = Summary::default();
    let by_op: HashMap<&str, &Paginator> = paginators
        .iter()
        .map(|p| (p.operation.as_str(), p))
        .collect();
    for p in paginators {
        if !model.operations.contains_key(&p.operation) {
            return Err(Error::new(
                paginators_file,
                format!("paginator `{}`", p.operation),
                "names an operation the model does not have",
            ));
        }
    }
    let operations = g.operations(&by_op, &mut summary);
    let operations = g.with_imports(Module::Operations, operations);
    let shapes = g.shapes(&mut summary);
    let shapes = g.with_imports(Module::Shapes, shapes);
    let enums = g.enums(&mut summary);
    let enums = g.with_imports(Module::Enums, enums);
    let errors = g.exceptions(&mut summary);
    let errors = g.with_imports(Module::Errors, errors);
    let lib = g.lib(origin, &summary);
    Ok(Sources {
        files: vec![
            ("lib.rs", lib),
            ("operations.rs", operations),
            ("shapes.rs", shapes),
            ("enums.rs", enums),
            ("errors.rs", errors),
        ],
        summary,
    })
}

fn doc_lines(out: &mut String, markdown: &str) {
    for line in markdown.lines() {
        if line.is_empty() {
            out.push_str("///\n");
        } else {
            let _ = writeln!(out, "/// {line}");
        }
    }
}

fn inner_doc_lines(out: &mut String, markdown: &str) {
    for line in markdown.lines() {
        if line.is_empty() {
            out.push_str("//!\n");
        } else {
            let _ = writeln!(out, "//! {line}");
        }
    }
}

fn quote(s: &str) -> String {
    format!("{s:?}")
}

fn deprecation_note(d: &Option<String>) -> Option<String> {
    d.as_ref().map(|m| {
        let m = docs::to_markdown(m);
        if m.is_empty() {
            "**Deprecated.**".to_owned()
        } else {
            format!("**Deprecated:** {m}")
        }
    })
}

fn join_docs(parts: &[Option<String>]) -> String {
    parts
        .iter()
        .flatten()
        .filter(|p| !p.is_empty())
        .cloned()
        .collect::<Vec<_>>()
        .join("\n\n")
}

impl<'a> Gen<'a> {
    /// `text` with `use crate::*;` after its module doc when it names a type
    /// of another module; clears the references for the next module.
    fn with_imports(&self, module: Module, text: String) -> String {
        let refs = std::mem::take(&mut *self.refs.borrow_mut());
        let foreign = refs
            .iter()
            .any(|r| self.module_of.get(r).is_some_and(|m| *m != module));
        if !foreign {
            return text;
        }
        match text.find("\n\n") {
            Some(at) => format!("{}\n\nuse crate::*;{}", &text[..at], &text[at..]),
            None => format!("use crate::*;\n{text}"),
        }
    }

    fn index(&mut self) -> Result<(), Error> {
        let m = self.model;
        for s in m.shapes.values() {
            match &s.kind {
                Kind::Structure(st) => {
                    for mem in &st.members {
                        self.referenced.insert(mem.shape.as_str());
                        if matches!(
                            m.shape(&mem.shape).map(|t| &t.kind),
                            Some(Kind::Structure(_))
                        ) {
                            self.direct.entry(&s.name).or_default().push(&mem.shape);
                        }
                    }
                }
                Kind::List(t) | Kind::Map(_, t) => {
                    self.referenced.insert(t.as_str());
                }
                _ => {}
            }
        }
        let inputs: HashSet<&str> = m
            .operations
            .values()
            .filter_map(|o| o.input.as_deref())
            .collect();
        let outputs: HashSet<&str> = m
            .operations
            .values()
            .filter_map(|o| o.output.as_deref())
            .collect();
        // Rust name → what it stands for, to report a clash.
        let mut taken: BTreeMap<String, String> = BTreeMap::new();
        let mut claim = |rust: String, what: String, module: Module, g: &mut Gen<'a>| {
            if let Some(first) = taken.get(&rust) {
                return Err(Error::new(
                    &m.file,
                    what.clone(),
                    format!(
                        "becomes the Rust type `{rust}`, as {first} does; the naming rule cannot tell them apart"
                    ),
                ));
            }
            taken.insert(rust.clone(), what);
            g.module_of.insert(rust, module);
            Ok(())
        };
        claim(
            self.service.clone(),
            format!("service `{}`", m.meta.service_id),
            Module::Lib,
            self,
        )?;
        for op in m.operations.values() {
            let name = type_name(&op.name);
            claim(
                name.clone(),
                format!("operation `{}`", op.name),
                Module::Operations,
                self,
            )?;
            claim(
                format!("{name}Error"),
                format!("the errors of operation `{}`", op.name),
                Module::Operations,
                self,
            )?;
            if op.output.is_none() {
                claim(
                    format!("{name}Response"),
                    format!("the empty response of operation `{}`", op.name),
                    Module::Operations,
                    self,
                )?;
            }
        }
        for s in m.shapes.values() {
            let module = match &s.kind {
                Kind::Structure(st) if st.exception => Module::Errors,
                Kind::Structure(_) if outputs.contains(s.name.as_str()) => Module::Operations,
                Kind::Structure(_)
                    if inputs.contains(s.name.as_str())
                        && !self.referenced.contains(s.name.as_str()) =>
                {
                    continue;
                }
                Kind::Structure(_) => Module::Shapes,
                Kind::String(Some(_)) => Module::Enums,
                _ => continue,
            };
            let mut rust = type_name(&s.name);
            if RESERVED_TYPES.contains(&rust.as_str()) {
                rust.push_str("Shape");
            }
            claim(rust.clone(), format!("shape `{}`", s.name), module, self)?;
            self.type_names.insert(&s.name, rust);
        }
        Ok(())
    }

    fn shape(&self, name: &str) -> &'a Shape {
        // The model is checked: every reference resolves.
        self.model.shapes.get(name).unwrap_or(&MISSING_SHAPE)
    }

    fn rust_type(&self, name: &str) -> String {
        let s = self.shape(name);
        match &s.kind {
            Kind::Structure(_) | Kind::String(Some(_)) => {
                let rust = self
                    .type_names
                    .get(name)
                    .cloned()
                    .unwrap_or_else(|| type_name(name));
                self.refs.borrow_mut().insert(rust.clone());
                rust
            }
            Kind::Document | Kind::BigNumber => "awsop::wire::Document".into(),
            Kind::List(t) => format!("Vec<{}>", self.rust_type(t)),
            Kind::Map(_, t) => format!("std::collections::HashMap<String, {}>", self.rust_type(t)),
            Kind::String(None) if s.sensitive => "awsop::Sensitive<String>".into(),
            Kind::String(None) => "String".into(),
            Kind::Blob if s.sensitive => "awsop::Sensitive<awsop::wire::Blob>".into(),
            Kind::Blob => "awsop::wire::Blob".into(),
            Kind::Boolean => "bool".into(),
            Kind::Byte => "i8".into(),
            Kind::Short => "i16".into(),
            Kind::Integer => "i32".into(),
            Kind::Long => "i64".into(),
            Kind::Float => "f32".into(),
            Kind::Double => "f64".into(),
            Kind::Timestamp(_) => "awsop::time::DateTime".into(),
        }
    }

    /// Whether a member of this shape needs `#[aws(sensitive)]`: a sensitive
    /// shape that `Sensitive<T>` or the shape's own macro does not cover.
    fn sensitive_attr(&self, name: &str) -> bool {
        let s = self.shape(name);
        match &s.kind {
            Kind::Structure(_) | Kind::String(_) | Kind::Blob => false,
            Kind::List(t) | Kind::Map(_, t) => s.sensitive || self.sensitive_attr(t),
            _ => s.sensitive,
        }
    }

    fn timestamp_format(&self, member: &Member) -> Option<&'static str> {
        let mut format = member.timestamp_format.as_deref();
        let mut name = member.shape.as_str();
        while format.is_none() {
            match &self.shape(name).kind {
                Kind::Timestamp(f) => {
                    format = f.as_deref();
                    break;
                }
                Kind::List(t) | Kind::Map(_, t) => name = t,
                _ => break,
            }
        }
        match format? {
            "iso8601" => Some("date-time"),
            "rfc822" => Some("http-date"),
            _ => None,
        }
    }

    /// Whether `owner` containing `target` directly needs a `Box`: `target`
    /// leads back to `owner` through members that are structures.
    fn boxed(&self, owner: &str, target: &str) -> bool {
        if !matches!(self.shape(target).kind, Kind::Structure(_)) {
            return false;
        }
        let mut seen = HashSet::new();
        let mut stack = vec![target];
        while let Some(n) = stack.pop() {
            if n == owner {
                return true;
            }
            if seen.insert(n) {
                stack.extend(self.direct.get(n).into_iter().flatten().copied());
            }
        }
        false
    }

    /// Whether a shape of `kind` is reachable from `name` (itself
    /// included) through structure members, list members and map values.
    fn reaches(&self, name: &str, kind: fn(&Kind) -> bool) -> bool {
        let mut seen = HashSet::new();
        let mut stack = vec![name];
        while let Some(n) = stack.pop() {
            if !seen.insert(n) {
                continue;
            }
            let k = &self.shape(n).kind;
            if kind(k) {
                return true;
            }
            match k {
                Kind::Structure(st) => stack.extend(st.members.iter().map(|m| m.shape.as_str())),
                Kind::List(t) | Kind::Map(_, t) => stack.push(t),
                _ => {}
            }
        }
        false
    }

    /// Whether `#[aws_shape(eq)]` on the structure `name` compiles: no
    /// float or double is reachable from it, and every structure a member
    /// holds (in an `Option`, `Vec`, `Box` or map value), other than itself
    /// (the macro sees that one), reaches no float, double or map, so it
    /// has `Hash` as well as `Eq`. Enums always have both; a map directly
    /// in the structure only takes away its own `Hash` (the macro sees it).
    fn eq_sound(&self, name: &str) -> bool {
        let float = |k: &Kind| matches!(k, Kind::Float | Kind::Double);
        let float_or_map = |k: &Kind| matches!(k, Kind::Float | Kind::Double | Kind::Map(..));
        if self.reaches(name, float) {
            return false;
        }
        let st = self.struct_of(name);
        st.members.iter().all(|m| {
            // The structure the member's type holds, through lists and maps.
            let mut t = m.shape.as_str();
            loop {
                match &self.shape(t).kind {
                    Kind::List(inner) | Kind::Map(_, inner) => t = inner,
                    Kind::Structure(_) => break t == name || !self.reaches(t, float_or_map),
                    _ => break true,
                }
            }
        })
    }

    /// A member's docs; `filled` says whether the client fills it (an
    /// `#[aws(idempotency_token)]` member).
    fn member_docs(&self, m: &Member, filled: bool) -> String {
        let own = docs::to_markdown(&m.docs);
        let text = if own.is_empty() {
            let target = self.shape(&m.shape);
            let theirs = docs::to_markdown(&target.docs);
            if theirs.is_empty() {
                format!("The `{}` member.", m.name)
            } else {
                theirs
            }
        } else {
            own
        };
        join_docs(&[
            Some(text),
            deprecation_note(&m.deprecated),
            filled.then(|| {
                "An idempotency token: left unset, the client fills it with a random UUID, once per call and the same on every retry.".to_owned()
            }),
        ])
    }

    /// The fields of a structure, as source.
    fn fields(&self, owner: &Shape, st: &Structure, usage: Use) -> String {
        let reserved: &[&str] = match usage {
            Use::Input => &["new", "send", "paginate", "paginate_items"],
            Use::Output => &["http_status", "request_id", "new"],
            Use::Shape => &["new"],
            Use::Exception => &["meta"],
        };
        let mut out = String::new();
        for m in &st.members {
            let mut name = field_name(&m.name);
            let exception_message =
                usage == Use::Exception && m.name.eq_ignore_ascii_case("message");
            if exception_message {
                name = "message".into();
            } else if reserved.contains(&name.as_str()) {
                name.push_str("_value");
            }
            // The macros fill an unset `Option<String>` token of an input.
            let filled = usage == Use::Input
                && m.idempotency_token
                && !m.required
                && self.rust_type(&m.shape) == "String";
            doc_lines(&mut out, &self.member_docs(m, filled));
            let mut attrs = Vec::new();
            if !exception_message && field_wire_name(&name) != m.name {
                attrs.push(format!("rename = {}", quote(&m.name)));
            }
            if self.sensitive_attr(&m.shape) {
                attrs.push("sensitive".into());
            }
            if let Some(f) = self.timestamp_format(m) {
                attrs.push(format!("timestamp_format = {}", quote(f)));
            }
            if filled {
                attrs.push("idempotency_token".into());
            }
            if !attrs.is_empty() {
                let _ = writeln!(out, "#[aws({})]", attrs.join(", "));
            }
            let mut ty = self.rust_type(&m.shape);
            if self.boxed(&owner.name, &m.shape) {
                ty = format!("Box<{ty}>");
            }
            if !m.required {
                ty = format!("Option<{ty}>");
            }
            let _ = writeln!(out, "pub {name}: {ty},");
        }
        if usage == Use::Output {
            out.push_str("/// The HTTP status of the response.\n#[aws(http_status)]\npub http_status: u16,\n");
            out.push_str("/// The request id of the response (`x-amzn-RequestId`), if the service sent one.\n#[aws(request_id)]\npub request_id: Option<String>,\n");
        }
        out
    }

    fn struct_of(&self, name: &str) -> &'a Structure {
        match &self.shape(name).kind {
            Kind::Structure(st) => st,
            _ => &EMPTY_STRUCTURE,
        }
    }

    fn operations(&self, paginators: &HashMap<&str, &Paginator>, summary: &mut Summary) -> String {
        let mut out = String::from(
            "//! The operations: each request struct, its response and its errors.\n\n",
        );
        let mut outputs_done: HashSet<&str> = HashSet::new();
        let empty = Structure {
            members: Vec::new(),
            exception: false,
            retryable: None,
            union: false,
        };
        for op in self.model.operations.values() {
            summary.operations += 1;
            let rust = type_name(&op.name);
            let _ = writeln!(
                out,
                "// ---- {} {}\n",
                op.name,
                "-".repeat(70usize.saturating_sub(op.name.len()))
            );
            let op_docs = join_docs(&[
                Some(docs::to_markdown(&op.docs)),
                deprecation_note(&op.deprecated),
                (op.auth == Auth::None)
                    .then(|| "Not signed: this operation needs no AWS credentials.".to_owned()),
            ]);
            doc_lines(
                &mut out,
                if op_docs.is_empty() {
                    "The operation."
                } else {
                    &op_docs
                },
            );
            let output = match &op.output {
                Some(o) => self
                    .type_names
                    .get(o.as_str())
                    .cloned()
                    .unwrap_or_else(|| type_name(o)),
                None => format!("{rust}Response"),
            };
            let _ = writeln!(
                out,
                "#[awsop::aws_operation(service = crate::{}, target = {}, output = {output}, error = {rust}Error{})]",
                self.service,
                quote(&op.name),
                if op.auth == Auth::None {
                    ", auth = none"
                } else {
                    ""
                }
            );
            let (input_shape, input) = match &op.input {
                Some(i) => (Some(self.shape(i)), self.struct_of(i)),
                None => (None, &empty),
            };
            let owner_name = input_shape.map_or("", |s| s.name.as_str());
            let placeholder = Shape {
                name: owner_name.to_owned(),
                type_name: String::new(),
                kind: Kind::Boolean,
                sensitive: false,
                docs: String::new(),
                deprecated: None,
            };
            let _ = writeln!(
                out,
                "pub struct {rust} {{\n{}}}\n",
                self.fields(input_shape.unwrap_or(&placeholder), input, Use::Input)
            );
            if let Some(p) = paginators.get(op.name.as_str()) {
                match self.paginator(op, &rust, &output, p) {
                    Ok((code, skipped_items)) => {
                        summary.paginators += 1;
                        if let Some(why) = skipped_items {
                            summary
                                .skipped
                                .push(format!("{}: paginate_items: {why}", op.name));
                        }
                        out.push_str(&code);
                    }
                    Err(why) => {
                        let _ = writeln!(out, "// No paginator: {why}.\n");
                        summary.skipped.push(format!("{}: {why}", op.name));
                    }
                }
            }
            match &op.output {
                Some(o) if outputs_done.insert(o.as_str()) => {
                    let shape = self.shape(o);
                    let users: Vec<String> = self
                        .model
                        .operations
                        .values()
                        .filter(|x| x.output.as_deref() == Some(o.as_str()))
                        .map(|x| format!("[`{}`]", type_name(&x.name)))
                        .collect();
                    let head = format!("The response to {}.", users.join(" and "));
                    let own = docs::to_markdown(&shape.docs);
                    doc_lines(
                        &mut out,
                        &join_docs(&[Some(head), Some(own), deprecation_note(&shape.deprecated)]),
                    );
                    summary.structures += 1;
                    let st = self.struct_of(o);
                    let _ = writeln!(
                        out,
                        "#[awsop::aws_shape{}]\npub struct {output} {{\n{}}}\n",
                        shape_args(
                            shape.sensitive,
                            self.model.output_only.contains(o),
                            self.eq_sound(o)
                        ),
                        self.fields(shape, st, Use::Output)
                    );
                }
                Some(_) => {}
                None => {
                    summary.structures += 1;
                    let _ = writeln!(
                        out,
                        "/// The response to [`{rust}`]: the model gives it no members."
                    );
                    let placeholder = Shape {
                        name: String::new(),
                        type_name: String::new(),
                        kind: Kind::Boolean,
                        sensitive: false,
                        docs: String::new(),
                        deprecated: None,
                    };
                    let _ = writeln!(
                        out,
                        "#[awsop::aws_shape{}]\npub struct {output} {{\n{}}}\n",
                        shape_args(false, true, false),
                        self.fields(&placeholder, &empty, Use::Output)
                    );
                }
            }
            let _ = writeln!(
                out,
                "/// The errors of [`{rust}`].\n#[awsop::aws_error]\npub enum {rust}Error {{"
            );
            for e in &op.errors {
                let ty = self
                    .type_names
                    .get(e.as_str())
                    .cloned()
                    .unwrap_or_else(|| type_name(e));
                self.refs.borrow_mut().insert(ty.clone());
                let _ = writeln!(out, "/// [`{ty}`]: the service returned `{e}`.");
                if ty != *e {
                    let _ = writeln!(out, "#[aws(code = {})]", quote(e));
                }
                let _ = writeln!(out, "{ty}({ty}),");
            }
            out.push_str("/// An error this operation's model does not list, or one added after it.\n#[aws(other)]\nUnhandled(awsop::error::UnhandledError),\n}\n\n");
        }
        out
    }

    /// The paginator impl, and why `paginate_items` is missing if it is;
    /// `Err` says why there is no paginator at all.
    fn paginator(
        &self,
        op: &Operation,
        rust: &str,
        output: &str,
        p: &Paginator,
    ) -> Result<(String, Option<String>), String> {
        let (input, output_shape) = match (&op.input, &op.output) {
            (Some(i), Some(o)) => (self.struct_of(i), self.struct_of(o)),
            _ => return Err("the operation has no input or no output".into()),
        };
        let simple = |v: &[String], what: &str| -> Result<String, String> {
            match v {
                [one] if !one.contains('.') && !one.contains('[') => Ok(one.clone()),
                [] => Err(format!("no {what}")),
                _ => Err(format!(
                    "the {what} `{}` is a path or a list of members, which `Pages` cannot set or read",
                    v.join(", ")
                )),
            }
        };
        let in_tok = simple(&p.input_token, "input_token")?;
        let out_tok = simple(&p.output_token, "output_token")?;
        let find = |st: &'a Structure, name: &str, side: &str| {
            st.members
                .iter()
                .find(|m| m.name == name)
                .ok_or_else(|| format!("the {side} has no member `{name}`"))
        };
        let in_m = find(input, &in_tok, "input")?;
        let out_m = find(output_shape, &out_tok, "output")?;
        let token_ty = self.rust_type(&in_m.shape);
        if self.rust_type(&out_m.shape) != token_ty {
            return Err(format!("`{in_tok}` and `{out_tok}` have different types"));
        }
        let in_f = field_name(&in_m.name);
        let out_f = field_name(&out_m.name);
        let set = if in_m.required {
            format!("|op, token| op.{in_f} = token")
        } else {
            format!("|op, token| op.{in_f} = Some(token)")
        };
        let read = match (out_m.required, token_ty.as_str()) {
            (false, "String") => format!("awsop::paginate::string_token(&out.{out_f})"),
            (true, "String") => format!("Some(out.{out_f}.clone()).filter(|t| !t.is_empty())"),
            (false, t) if t.starts_with("Vec<") || t.starts_with("std::collections::HashMap<") => {
                format!("out.{out_f}.clone().filter(|t| !t.is_empty())")
            }
            (false, _) => format!("out.{out_f}.clone()"),
            (true, _) => format!("Some(out.{out_f}.clone())"),
        };
        let mut stop_doc = String::new();
        let next = match &p.more_results {
            None => format!("|out| {read}"),
            Some(more) => {
                let mm = find(output_shape, more, "output")?;
                if !matches!(self.shape(&mm.shape).kind, Kind::Boolean) {
                    return Err(format!("`more_results` `{more}` is not a boolean"));
                }
                let mf = field_name(&mm.name);
                let _ = write!(stop_doc, ", or one whose `{more}` is false");
                if mm.required {
                    format!("|out| if out.{mf} {{ {read} }} else {{ None }}")
                } else {
                    format!("|out| if out.{mf} == Some(false) {{ None }} else {{ {read} }}")
                }
            }
        };
        let limit = p
            .limit_key
            .as_deref()
            .and_then(|k| input.members.iter().find(|m| m.name == k))
            .map(|m| {
                format!(
                    " The page size is the request's `{}` (field `{}`).",
                    m.name,
                    field_name(&m.name)
                )
            })
            .unwrap_or_default();
        let mut code = format!(
            "impl {rust} {{\n\
             /// Pages through the results: sends this request, then sends it again with `{in_tok}` set from each response's `{out_tok}`, until a response has none{stop_doc}.{limit}\n\
             pub fn paginate(self, client: &awsop::Client) -> awsop::paginate::Pages<Self, {token_ty}> {{\n\
             awsop::paginate::Pages::new(client, self, {set}, {next})\n}}\n"
        );
        let mut skipped = None;
        if let Some(key) = &p.result_key {
            let item = if key.contains('.') || key.contains('[') {
                Err(format!("the result key `{key}` is a path"))
            } else {
                find(output_shape, key, "output").and_then(|m| match &self.shape(&m.shape).kind {
                    Kind::List(t) => Ok((m, self.rust_type(t))),
                    _ => Err(format!("the result key `{key}` is not a list")),
                })
            };
            match item {
                Ok((m, item_ty)) => {
                    let f = field_name(&m.name);
                    let take = if m.required {
                        format!("|out| out.{f}")
                    } else {
                        format!("|out| out.{f}.unwrap_or_default()")
                    };
                    let _ = write!(
                        code,
                        "/// Every item of `{key}`, over all the pages of [`paginate`](Self::paginate).\n\
                         pub fn paginate_items(self, client: &awsop::Client) -> awsop::paginate::Items<Self, {token_ty}, {item_ty}> {{\n\
                         self.paginate(client).items({take})\n}}\n"
                    );
                }
                Err(why) => {
                    let _ = writeln!(code, "// No paginate_items: {why}.");
                    skipped = Some(why);
                }
            }
        }
        let _ = output;
        code.push_str("}\n\n");
        Ok((code, skipped))
    }

    fn shapes(&self, summary: &mut Summary) -> String {
        let mut out = String::from("//! The structures the operations share.\n\n");
        for s in self.model.shapes.values() {
            let Kind::Structure(st) = &s.kind else {
                continue;
            };
            let Some(rust) = self.type_names.get(s.name.as_str()) else {
                continue;
            };
            if self.module_of.get(rust) != Some(&Module::Shapes) {
                continue;
            }
            summary.structures += 1;
            let own = docs::to_markdown(&s.docs);
            let union = st.union.then(|| {
                "A union: set exactly one member. awsop writes it as a structure whose members are all optional, so the type does not stop you from setting none or several; the service rejects that.".to_owned()
            });
            let text = join_docs(&[
                Some(if own.is_empty() {
                    format!("The `{}` structure.", s.name)
                } else {
                    own
                }),
                union,
                deprecation_note(&s.deprecated),
            ]);
            doc_lines(&mut out, &text);
            let _ = writeln!(
                out,
                "#[awsop::aws_shape{}]\npub struct {rust} {{\n{}}}\n",
                shape_args(
                    s.sensitive,
                    self.model.output_only.contains(&s.name),
                    self.eq_sound(&s.name)
                ),
                self.fields(s, st, Use::Shape)
            );
        }
        out
    }

    fn enums(&self, summary: &mut Summary) -> String {
        let mut out = String::from("//! The enums of wire values.\n\n");
        for s in self.model.shapes.values() {
            let Kind::String(Some(values)) = &s.kind else {
                continue;
            };
            let Some(rust) = self.type_names.get(s.name.as_str()) else {
                continue;
            };
            summary.enums += 1;
            let own = docs::to_markdown(&s.docs);
            doc_lines(
                &mut out,
                &join_docs(&[
                    Some(if own.is_empty() {
                        format!("The values of `{}`.", s.name)
                    } else {
                        own
                    }),
                    deprecation_note(&s.deprecated),
                ]),
            );
            let _ = writeln!(
                out,
                "#[awsop::aws_enum{}]\npub enum {rust} {{",
                if s.sensitive { "(sensitive)" } else { "" }
            );
            let mut seen: HashSet<String> = HashSet::new();
            let mut values_seen: HashSet<&str> = HashSet::new();
            for v in values {
                if !values_seen.insert(v) {
                    continue;
                }
                let mut variant = type_name(v);
                if variant == "Unknown" {
                    variant = "UnknownValue".into();
                }
                let base = variant.clone();
                let mut n = 2;
                while !seen.insert(variant.clone()) {
                    variant = format!("{base}{n}");
                    n += 1;
                }
                let _ = writeln!(
                    out,
                    "/// `{}`\n#[aws(value = {})]\n{variant},",
                    v.replace('`', "'"),
                    quote(v)
                );
            }
            out.push_str("/// A value this model does not list (one added after it), as sent.\n#[aws(other)]\nUnknown(String),\n}\n\n");
        }
        out
    }

    fn exceptions(&self, summary: &mut Summary) -> String {
        let mut out = String::from(
            "//! The exceptions: each error a service can return, as its own type.\n\n",
        );
        for s in self.model.shapes.values() {
            let Kind::Structure(st) = &s.kind else {
                continue;
            };
            if !st.exception {
                continue;
            }
            let Some(rust) = self.type_names.get(s.name.as_str()) else {
                continue;
            };
            summary.exceptions += 1;
            let own = docs::to_markdown(&s.docs);
            doc_lines(
                &mut out,
                &join_docs(&[
                    Some(if own.is_empty() {
                        format!("The `{}` error.", s.name)
                    } else {
                        own
                    }),
                    deprecation_note(&s.deprecated),
                ]),
            );
            let args = match st.retryable {
                Some(true) => "(throttling)",
                Some(false) => "(retryable)",
                None => "",
            };
            let _ = writeln!(
                out,
                "#[awsop::aws_exception{args}]\npub struct {rust} {{\n{}}}\n",
                self.fields(s, st, Use::Exception)
            );
        }
        out
    }

    fn lib(&self, origin: &str, summary: &Summary) -> String {
        let m = self.model;
        let title = if m.meta.full_name.is_empty() {
            &m.meta.service_id
        } else {
            &m.meta.full_name
        };
        let mut out = String::new();
        let _ = writeln!(
            out,
            "//! {title} (API version {}), for awsop.\n//!",
            m.meta.api_version
        );
        inner_doc_lines(&mut out, &docs::to_markdown(&m.docs));
        let protocol = match m.meta.protocol {
            Protocol::AwsJson1_0 => ("awsJson1_0", "1.0"),
            Protocol::AwsJson1_1 => ("awsJson1_1", "1.1"),
        };
        let mut notes = format!(
            "\n# This crate\n\n\
             Generated by `awsop-codegen` from {origin} Do not edit it by hand: regenerate it.\n\n\
             It has {} operations, {} structures, {} enums and {} exceptions, over AWS JSON {}. \
             Each operation is a request struct named after it, with its response and an \
             `<Operation>Error` enum; `send` it with an [`awsop::Client`].\n\n\
             - Names: types and variants are the UpperCamelCase of the model's names, fields their \
             snake_case, cut into words the same way everywhere (`MFAOptions` → `mfa_options`, \
             `MFAMethodNotFoundException` → `MfaMethodNotFoundException`); a keyword is a raw identifier. \
             Where a field's PascalCase is not the wire name, `#[aws(rename)]` gives it, and an error \
             variant whose type is renamed carries its code.\n\
             - A member the model lists as required is a plain field; the others are `Option`s.\n\
             - Sensitive strings and blobs are `Sensitive<..>`; other sensitive members carry \
             `#[aws(sensitive)]`, sensitive structures and enums are marked on the type. None reaches \
             `Debug` or an error.\n\
             - Every response carries its HTTP status and request id; every error enum ends with \
             `Unhandled`, for codes the model does not list.\n\
             - Requests and the structures they hold have `new` (the required members) and a setter \
             per member; responses and the structures only they hold (`#[aws_shape(output)]`) have \
             neither: read their fields.\n\
             - Maps are `HashMap`s with `String` keys, whatever the model's key shape.\n",
            summary.operations, summary.structures, summary.enums, summary.exceptions, protocol.1
        );
        if summary.paginators > 0 {
            let _ = writeln!(
                notes,
                "- {} operations have `paginate` (a stream of responses) and, where the model names the result list, `paginate_items`.",
                summary.paginators
            );
        }
        if !summary.skipped.is_empty() {
            notes.push_str("\nPaginators not generated:\n\n");
            for s in &summary.skipped {
                let _ = writeln!(notes, "- {}", s.replace('`', "'"));
            }
        }
        inner_doc_lines(&mut out, &notes);
        out.push_str("\nmod enums;\nmod errors;\nmod operations;\nmod shapes;\n\n");
        out.push_str(
            "pub use enums::*;\npub use errors::*;\npub use operations::*;\npub use shapes::*;\n\n",
        );
        let service_docs = format!(
            "{title}: the service the operations belong to (target prefix `{}`, signing name `{}`).",
            m.meta.target_prefix, m.meta.signing_name
        );
        doc_lines(&mut out, &service_docs);
        let _ = writeln!(
            out,
            "#[awsop::aws_service(protocol = {}, target_prefix = {}, endpoint_prefix = {}, signing_name = {}, service_id = {})]\npub struct {};",
            protocol.0,
            quote(&m.meta.target_prefix),
            quote(&m.meta.endpoint_prefix),
            quote(&m.meta.signing_name),
            quote(&m.meta.service_id),
            self.service
        );
        out
    }
}

/// `#[aws_shape]`'s arguments: `sensitive` for a sensitive structure,
/// `output` for one only responses hold (no `new`, no setters), `eq` for one
/// whose members all allow `Eq` and `Hash` as far as the macro must assume
/// ([`Renderer::eq_sound`]).
fn shape_args(sensitive: bool, output: bool, eq: bool) -> String {
    let flags: Vec<&str> = [(sensitive, "sensitive"), (output, "output"), (eq, "eq")]
        .into_iter()
        .filter_map(|(on, flag)| on.then_some(flag))
        .collect();
    if flags.is_empty() {
        String::new()
    } else {
        format!("({})", flags.join(", "))
    }
}

/// What a reference the checked model cannot have would resolve to: a
/// document, so that rendering never fails halfway.
static MISSING_SHAPE: Shape = Shape {
    name: String::new(),
    type_name: String::new(),
    kind: Kind::Document,
    sensitive: false,
    docs: String::new(),
    deprecated: None,
};

static EMPTY_STRUCTURE: Structure = Structure {
    members: Vec::new(),
    exception: false,
    retryable: None,
    union: false,
};
