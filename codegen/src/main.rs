//! `awsop-codegen`: writes an awsop service crate for a botocore model.
//!
//! ```text
//! awsop-codegen --model service-2.json [--paginators paginators-1.json]
//!               --out services/<name> --crate-name awsop-<name>
//!               [--origin "sentence."] [--standalone]
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: awsop-codegen --model service-2.json [--paginators paginators-1.json] \
--out DIR --crate-name NAME [--origin \"Where the model came from.\"] [--standalone]";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("awsop-codegen: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Vec<String>) -> Result<(), String> {
    let mut model = None;
    let mut paginators = None;
    let mut out = None;
    let mut crate_name = None;
    let mut origin = None;
    let mut workspace = true;
    let mut it = args.into_iter();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .ok_or_else(|| format!("{name} needs a value\n{USAGE}"))
        };
        match arg.as_str() {
            "--model" => model = Some(PathBuf::from(value("--model")?)),
            "--paginators" => paginators = Some(PathBuf::from(value("--paginators")?)),
            "--out" => out = Some(PathBuf::from(value("--out")?)),
            "--crate-name" => crate_name = Some(value("--crate-name")?),
            "--origin" => origin = Some(value("--origin")?),
            "--standalone" => workspace = false,
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            other => return Err(format!("unknown argument `{other}`\n{USAGE}")),
        }
    }
    let model = model.ok_or(format!("--model is required\n{USAGE}"))?;
    let out = out.ok_or(format!("--out is required\n{USAGE}"))?;
    let crate_name = crate_name.ok_or(format!("--crate-name is required\n{USAGE}"))?;
    let origin = origin.unwrap_or_else(|| {
        format!(
            "`{}`.",
            model.file_name().map_or_else(
                || model.display().to_string(),
                |n| n.to_string_lossy().into_owned()
            )
        )
    });
    let options = awsop_codegen::Options {
        crate_name,
        origin,
        workspace,
    };
    let krate = awsop_codegen::generate(&model, paginators.as_deref(), &options)
        .map_err(|e| e.to_string())?;
    awsop_codegen::write_crate(&krate, &out).map_err(|e| e.to_string())?;
    let s = &krate.summary;
    println!(
        "wrote {}: {} operations, {} structures, {} enums, {} exceptions, {} paginators",
        out.display(),
        s.operations,
        s.structures,
        s.enums,
        s.exceptions,
        s.paginators
    );
    for skip in &s.skipped {
        println!("skipped paginator {skip}");
    }
    Ok(())
}
