//! The Cognito service annotated with awsop (see issue 4).
