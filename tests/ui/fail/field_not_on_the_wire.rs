use awsop::aws_shape;

// Not a shape: the first error is at the field that holds it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Point {
    pub x: i32,
}

#[aws_shape]
pub struct Out {
    pub name: Option<String>,
    pub point: Option<Point>,
}

fn main() {}
