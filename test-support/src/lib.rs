//! awsop-test-support: infrastructure shared by awsop's tests, as a
//! `publish = false` library that test crates take as a dev-dependency.
//!
//! - [`botocore`]: files from the pinned botocore wheel, for tests that check
//!   the repository against AWS's own data (the partitions table, the drift
//!   check on the hand-annotated Cognito service, the generated services).

pub mod botocore;
