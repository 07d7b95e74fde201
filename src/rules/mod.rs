//! Plain Rust, unit-tested without PHP: the rules the classes apply.

pub mod lazy_lock;
pub mod lifetime;
pub mod masking;
pub mod offset;
pub mod origin;
pub mod redis_store;
pub mod settings;
pub mod settings_check;
pub mod token;
