//! Everything that touches the Zend engine: values, arrays, objects, method
//! tables, calls into PHP, `$_SESSION` and the session module's state. It
//! knows no PHP class of ours.

pub mod array;
pub mod guard;
pub mod info;
pub mod ini;
pub mod keys;
pub mod method;
pub mod notice;
pub mod object;
pub mod php_call;
pub mod request;
pub mod server_vars;
pub mod session_state;
pub mod superglobal;
pub mod value;
