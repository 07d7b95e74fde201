//! The PHP classes, one module each, named after the class.

pub mod csrf_token;
pub mod csrf_token_factory;
pub mod exception;
pub mod lazy_lock;
pub mod lifetime;
pub mod phpfunc;
pub mod randval;
pub mod segment;
pub mod segment_factory;
pub mod session;
pub mod session_factory;
pub mod session_interface;
