//! Plain Rust, unit-tested without PHP: the rules the classes apply.

pub mod offset;
pub mod token;
