//! Per-call CPU: awsop against the hand-written baseline (see
//! `awsop_bench::cases`). `cargo bench -p awsop-bench --bench percall`.

use awsop_bench::cases::{self, Ctx};
use divan::Bencher;

fn main() {
    cases::check(&Ctx::default());
    divan::main();
}

macro_rules! pair {
    ($name:ident, $awsop:path, $baseline:path) => {
        mod $name {
            use super::*;

            #[divan::bench]
            fn awsop(b: Bencher<'_, '_>) {
                let ctx = Ctx::default();
                b.bench(|| $awsop(&ctx));
            }

            #[divan::bench]
            fn baseline(b: Bencher<'_, '_>) {
                let ctx = Ctx::default();
                b.bench(|| $baseline(&ctx));
            }
        }
    };
}

pair!(ast_build, cases::awsop_ast_build, cases::baseline_ast_build);
pair!(
    ast_build_sign,
    cases::awsop_ast_build_sign,
    cases::baseline_ast_build_sign
);
pair!(
    agu_build_sign,
    cases::awsop_agu_build_sign,
    cases::baseline_agu_build_sign
);
pair!(
    ast_decode,
    cases::awsop_ast_decode,
    cases::baseline_ast_decode
);
pair!(
    agu_decode,
    cases::awsop_agu_decode,
    cases::baseline_agu_decode
);
