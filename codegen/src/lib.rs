//! awsop-codegen: generates an awsop service crate from AWS's own model.
//!
//! It reads a botocore `service-2.json` (and, if given, `paginators-1.json`)
//! for an awsJson 1.0 or 1.1 service and writes a crate of annotated structs:
//! the service, every operation with its response and error enum, every
//! structure, enum and exception, with rustdoc converted from the model's
//! HTML. The output is formatted by `rustfmt` and is the same bytes for the
//! same input.
//!
//! ```text
//! cargo run -p awsop-codegen -- --model path/service-2.json \
//!     --paginators path/paginators-1.json --out services/<name> --crate-name awsop-<name>
//! ```
//!
//! # Naming
//!
//! One rule for every name: [`awsop_model::names::rust`] (the `awsop-names`
//! crate). A field gets `#[aws(rename)]` when the macros' wire-name rule
//! ([`awsop_model::names::wire`], the one the macros expand with) would not
//! give the model's member name.
//!
//! # Types
//!
//! | model | Rust |
//! | --- | --- |
//! | `string` | `String` (`Sensitive<String>` when sensitive); an enum when it has `enum` values |
//! | `boolean`, `byte`, `short`, `integer`, `long` | `bool`, `i8`, `i16`, `i32`, `i64` |
//! | `float`, `double` | `f32`, `f64` |
//! | `timestamp` | `awsop::time::DateTime`, with `timestamp_format` unless epoch seconds |
//! | `blob` | `awsop::wire::Blob` (`Sensitive<Blob>` when sensitive) |
//! | `list`, `map` | `Vec<T>`, `HashMap<String, T>` |
//! | `structure` | a struct; `Box`ed where it contains itself directly |
//! | union `structure` | a struct whose members are all optional |
//! | document, `bigInteger`, `bigDecimal` | `awsop::wire::Document` |
//!
//! # Errors
//!
//! A model awsop cannot serve is refused with an [`Error`] that names the
//! file, the shape or operation and the reason: another protocol
//! (restJson1, restXml, awsQuery, ec2Query), a reference to a shape the model
//! does not define, a malformed file. Nothing is written then: the crate is
//! written to a temporary directory and renamed into place at the end.

mod docs;
mod error;
pub mod model;
mod render;

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub use error::Error;
pub use render::Summary;

/// What to generate.
#[derive(Debug, Clone)]
pub struct Options {
    /// The package name, e.g. `awsop-kms`.
    pub crate_name: String,
    /// Where the model came from, for the crate's header (one sentence
    /// ending in a full stop).
    pub origin: String,
    /// Inherit version, edition and the `awsop` dependency from the
    /// workspace (`true` inside awsop's own repository); otherwise the
    /// manifest names them itself.
    pub workspace: bool,
}

/// A generated crate: its files (relative paths, contents) and a summary.
#[derive(Debug, Clone)]
pub struct Crate {
    /// `Cargo.toml` and `src/*.rs`, formatted.
    pub files: Vec<(PathBuf, String)>,
    /// What was generated and what was skipped.
    pub summary: Summary,
}

/// Reads the model (and paginators) and generates the crate in memory.
///
/// # Errors
///
/// The model or paginators are unreadable, malformed or not awsJson, or
/// `rustfmt` fails.
pub fn generate(
    model: &Path,
    paginators: Option<&Path>,
    options: &Options,
) -> Result<Crate, Error> {
    let text = std::fs::read_to_string(model)
        .map_err(|e| Error::new(model, "", format!("cannot read the model: {e}")))?;
    let pag_text = match paginators {
        Some(p) => Some(
            std::fs::read_to_string(p)
                .map_err(|e| Error::new(p, "", format!("cannot read the paginators: {e}")))?,
        ),
        None => None,
    };
    generate_from_text(model, &text, paginators.zip(pag_text.as_deref()), options)
}

/// [`generate`] from texts already read; the paths are for messages.
///
/// # Errors
///
/// As [`generate`].
pub fn generate_from_text(
    model_file: &Path,
    model_text: &str,
    paginators: Option<(&Path, &str)>,
    options: &Options,
) -> Result<Crate, Error> {
    let model = model::Model::parse(model_file, model_text)?;
    let (pag_file, pags) = match paginators {
        Some((file, text)) => (file.to_owned(), model::parse_paginators(file, text)?),
        None => (PathBuf::from("paginators-1.json"), Vec::new()),
    };
    let sources = render::render(&model, &pags, &pag_file, &options.origin)?;
    let mut files = vec![(PathBuf::from("Cargo.toml"), manifest(&model, options))];
    for (name, text) in sources.files {
        let formatted = rustfmt(&text).map_err(|e| {
            Error::new(
                Path::new("src").join(name),
                "",
                format!("rustfmt failed on the generated code: {e}"),
            )
        })?;
        files.push((Path::new("src").join(name), formatted));
    }
    Ok(Crate {
        files,
        summary: sources.summary,
    })
}

fn manifest(model: &model::Model, options: &Options) -> String {
    let title = if model.meta.full_name.is_empty() {
        &model.meta.service_id
    } else {
        &model.meta.full_name
    };
    let description = format!("{title} for awsop, generated from AWS's model.");
    if options.workspace {
        format!(
            "# Generated by awsop-codegen; do not edit.\n\
             [package]\nname = {:?}\ndescription = {description:?}\n\
             version.workspace = true\nedition.workspace = true\nrust-version.workspace = true\n\
             license.workspace = true\nrepository.workspace = true\n\n\
             [dependencies]\nawsop.workspace = true\n\n[lints]\nworkspace = true\n",
            options.crate_name
        )
    } else {
        format!(
            "# Generated by awsop-codegen; do not edit.\n\
             [package]\nname = {:?}\ndescription = {description:?}\n\
             version = \"0.1.0\"\nedition = \"2024\"\n\n\
             [dependencies]\nawsop = {{ version = \"0.1\", default-features = false }}\n",
            options.crate_name
        )
    }
}

/// Formats Rust source with the `rustfmt` binary (`$RUSTFMT`, else
/// `rustfmt` on the `PATH`), edition 2024, until it is stable: the result is
/// what `cargo fmt` leaves as it is.
///
/// # Errors
///
/// rustfmt cannot be run, rejects the code, or does not settle.
pub fn rustfmt(source: &str) -> Result<String, String> {
    let mut text = source.to_owned();
    for _ in 0..3 {
        let next = rustfmt_once(&text)?;
        if next == text {
            return Ok(next);
        }
        text = next;
    }
    Err("rustfmt gives a different result each time it runs".into())
}

fn rustfmt_once(source: &str) -> Result<String, String> {
    let program = std::env::var("RUSTFMT").unwrap_or_else(|_| "rustfmt".into());
    let mut child = Command::new(&program)
        .args(["--edition", "2024", "--emit", "stdout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            format!("cannot run `{program}` ({e}): install it with `rustup component add rustfmt`")
        })?;
    let mut stdin = child.stdin.take().ok_or("rustfmt has no standard input")?;
    let input = source.to_owned();
    // Write from another thread: rustfmt writes while it reads.
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child
        .wait_with_output()
        .map_err(|e| format!("rustfmt did not finish: {e}"))?;
    writer
        .join()
        .map_err(|_| "the thread feeding rustfmt failed".to_owned())?
        .map_err(|e| format!("cannot write to rustfmt: {e}"))?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).into_owned());
    }
    String::from_utf8(out.stdout).map_err(|_| "rustfmt wrote non-UTF-8 output".into())
}

/// Writes `krate` to `out`, replacing what is there: the files are written
/// to a temporary directory next to `out`, which is then renamed into place,
/// so `out` is never a partial crate.
///
/// # Errors
///
/// A file cannot be written or a directory renamed; the error names it.
pub fn write_crate(krate: &Crate, out: &Path) -> Result<(), Error> {
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let name = out
        .file_name()
        .ok_or_else(|| Error::new(out, "", "the output directory has no name"))?
        .to_string_lossy()
        .into_owned();
    std::fs::create_dir_all(&parent)
        .map_err(|e| Error::new(&parent, "", format!("cannot create the directory: {e}")))?;
    let tmp = parent.join(format!(".{name}.awsop-codegen-{}", std::process::id()));
    let old = parent.join(format!(".{name}.awsop-codegen-old-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    let result = (|| {
        for (rel, text) in &krate.files {
            let path = tmp.join(rel);
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).map_err(|e| {
                    Error::new(dir, "", format!("cannot create the directory: {e}"))
                })?;
            }
            std::fs::write(&path, text)
                .map_err(|e| Error::new(&path, "", format!("cannot write: {e}")))?;
        }
        if out.exists() {
            std::fs::rename(out, &old).map_err(|e| {
                Error::new(out, "", format!("cannot move the old crate aside: {e}"))
            })?;
        }
        std::fs::rename(&tmp, out).map_err(|e| {
            let _ = std::fs::rename(&old, out);
            Error::new(
                out,
                "",
                format!("cannot move the new crate into place: {e}"),
            )
        })?;
        let _ = std::fs::remove_dir_all(&old);
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_dir_all(&tmp);
    }
    result
}
