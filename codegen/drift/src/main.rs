//! `awsop-drift --model service-2.json --source file.rs [--source ...]`: prints
//! one line per difference between the annotated structs and the model.
//!
//! Exit status: 0 when there is none, 1 when there are differences, 2 when the
//! arguments, the model or a source cannot be used.

use std::process::ExitCode;

use awsop_drift::{Model, Source, check};

const USAGE: &str =
    "usage: awsop-drift --model <service-2.json> --source <file.rs> [--source <file.rs> ...]";

fn run() -> Result<bool, String> {
    let mut model = None;
    let mut sources = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--model" => model = Some(args.next().ok_or("--model needs a path")?),
            "--source" => sources.push(args.next().ok_or("--source needs a path")?),
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(true);
            }
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    let model_path = model.ok_or("--model is required")?;
    if sources.is_empty() {
        return Err("give at least one --source".into());
    }
    let read =
        |path: &str| std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"));
    let model = Model::from_json(&read(&model_path)?).map_err(|e| format!("{model_path}: {e}"))?;
    let mut source = Source::default();
    for path in &sources {
        source.extend(Source::parse(&read(path)?).map_err(|e| format!("{path}: {e}"))?);
    }
    let drift = check(&model, &source);
    for d in &drift {
        println!("{d}");
    }
    let items = source.items.len();
    match drift.len() {
        0 => eprintln!("awsop-drift: {items} annotated items match {model_path}"),
        n => eprintln!(
            "awsop-drift: {n} differences between the {items} annotated items and {model_path}"
        ),
    }
    Ok(drift.is_empty())
}

fn main() -> ExitCode {
    match run() {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("awsop-drift: {e}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}
