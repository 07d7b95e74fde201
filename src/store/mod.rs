//! Session stores of our own, registered as PHP save handlers
//! (`session.save_handler`). Plain Rust: `engine::save_handler` is the
//! glue between the session module and a store.

pub mod redis;
