//! aura_session: the `Aura\Session` library as a native PHP extension.
//!
//! This file only wires the module together; each PHP class lives in the
//! module named after it.

#![cfg_attr(windows, feature(abi_vectorcall))]

mod array;
mod csrf_token;
mod csrf_token_factory;
mod errors;
mod exception;
mod keys;
mod method;
mod object;
mod php_call;
mod phpfunc;
mod randval;
mod segment;
mod segment_factory;
mod session;
mod session_factory;
mod session_state;
mod superglobal;
pub mod token;
mod value;

use ext_php_rs::prelude::*;

/// Registers every class; parents and interfaces come first.
fn register_classes() -> ext_php_rs::error::Result<()> {
    keys::init();
    exception::register()?;
    randval::register()?;
    phpfunc::register()?;
    segment::register()?;
    segment_factory::register()?;
    csrf_token::register()?;
    csrf_token_factory::register()?;
    session::register()?;
    session_factory::register()
}

/// Module startup: 0 is SUCCESS for the engine, -1 FAILURE.
fn startup(_ty: i32, _module_number: i32) -> i32 {
    match register_classes() {
        Ok(()) => 0,
        Err(error) => {
            eprintln!("aura_session: cannot register classes: {error}");
            -1
        }
    }
}

#[php_module]
#[php(startup = startup)]
pub fn get_module(module: ModuleBuilder) -> ModuleBuilder {
    module
}
