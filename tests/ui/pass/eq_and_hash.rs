//! `Eq` and `Hash` are decided from the field types (see
//! `macros/src/expand/values.rs`).

use std::collections::HashMap;
use std::hash::Hash;

use awsop::aws_shape;

// A map inside a self-recursive shape: `Eq`, and no `Hash` (a `HashMap`
// has none).
#[aws_shape]
pub struct Tree {
    pub name: String,
    pub children: Option<HashMap<String, Tree>>,
}

// Two shapes that contain each other: `eq` says the shapes they hold allow
// both.
#[aws_shape(eq)]
pub struct Left {
    pub right: Option<Box<Right>>,
}

#[aws_shape(eq)]
pub struct Right {
    pub left: Option<Box<Left>>,
}

// The same two without an option: no `Eq` or `Hash` (the macro cannot see
// the other shape), and no overflow either.
#[aws_shape]
pub struct Up {
    pub down: Option<Box<Down>>,
}

#[aws_shape]
pub struct Down {
    pub up: Option<Box<Up>>,
    pub name: Option<String>,
}

// `eq` with a map member: `Eq`, and still no `Hash`.
#[aws_shape(eq)]
pub struct Tagged {
    pub left: Option<Left>,
    pub tags: Option<HashMap<String, String>>,
}

// Neither, whatever the fields allow.
#[aws_shape(no_eq)]
pub struct Plain {
    pub left: Option<Left>,
}

// A float: `PartialEq` only.
#[aws_shape]
pub struct Measure {
    pub value: Option<f64>,
}

fn eq<T: Eq>() {}
fn hash<T: Hash>() {}

fn main() {
    eq::<Tree>();
    eq::<Left>();
    hash::<Left>();
    eq::<Right>();
    hash::<Right>();
    eq::<Tagged>();
    let _ = Up::default() == Up::default();
    let _ = Down::default() == Down::default();
    let _ = Plain::default() == Plain::default();
    let _ = Measure::default() == Measure::default();
}
