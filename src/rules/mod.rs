//! Plain Rust, unit-tested without PHP: the rules the classes apply.

pub mod masking;
pub mod offset;
pub mod origin;
pub mod token;
