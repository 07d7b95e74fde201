//! aura_session: the `Aura\Session` library as a native PHP extension.
//!
//! This file only wires the module together: `classes/` holds one module per
//! PHP class, `engine/` the glue to the Zend engine, `rules/` the plain-Rust
//! rules both apply. Classes use the engine and the rules; the engine knows
//! no class; the rules know nothing of PHP.

#![cfg_attr(windows, feature(abi_vectorcall))]

mod classes;
mod config;
mod crypto;
mod engine;
mod errors;
pub mod rules;
mod store;

use ext_php_rs::prelude::*;

/// Registers every class of the library's line `aura_session.api` names;
/// parents and interfaces come first.
fn register_classes() -> ext_php_rs::error::Result<()> {
    engine::keys::init();
    use classes::*;
    let line = config::api();
    exception::register()?;
    randval::register()?;
    phpfunc::register()?;
    if let rules::settings::Api::V7 = line {
        session_interface::register()?;
    }
    segment::register(line)?;
    segment_factory::register()?;
    csrf_token::register()?;
    csrf_token_factory::register()?;
    session::register(line)?;
    session_factory::register()
}

/// Module startup: 0 is SUCCESS for the engine, -1 FAILURE.
fn startup(_ty: i32, module_number: i32) -> i32 {
    if !config::register(module_number) {
        eprintln!("aura_session: cannot register the php.ini settings");
        return -1;
    }
    match register_classes() {
        Ok(()) => {
            crypto::start();
            if !engine::save_handler::register() {
                eprintln!("aura_session: the session module refused the aura_redis save handler");
            }
            0
        }
        Err(error) => {
            eprintln!("aura_session: cannot register classes: {error}");
            -1
        }
    }
}

extern "C" fn shutdown(_ty: i32, module_number: i32) -> i32 {
    config::unregister(module_number);
    0
}

extern "C" fn request_startup(_ty: i32, _module_number: i32) -> i32 {
    engine::request::begin();
    store::redis::request_start();
    0
}

extern "C" fn request_shutdown(_ty: i32, _module_number: i32) -> i32 {
    classes::lazy_lock::request_shutdown();
    0
}

extern "C" fn info(module: *mut ext_php_rs::zend::ModuleEntry) {
    config::print_info(module);
    let encryption = crypto::info_rows();
    if !encryption.is_empty() {
        engine::info::print_table((c"Sessions at rest", c"Value"), &encryption);
    }
    classes::lifetime::print_warnings();
}

#[php_module]
#[php(startup = startup)]
pub fn get_module(module: ModuleBuilder) -> ModuleBuilder {
    module
        .shutdown_function(shutdown)
        .info_function(info)
        .globals(&engine::request::STATE)
        .request_startup_function(request_startup)
        .request_shutdown_function(request_shutdown)
}
