//! Procedural macros for awsop (work in progress, see issue 3).
