//! `Aura\Session\RandvalInterface` and `Randval`: random bytes from the
//! operating system's CSPRNG.

use ext_php_rs::{builders::ClassBuilder, error::Result, flags::ClassFlags, types::Zval};

use crate::{
    engine::method::{Call, ClassSlot, abstract_method, public, with_methods},
    engine::value::bytes_zval,
    errors::AuraResult,
    rules::token,
};

pub static INTERFACE: ClassSlot = ClassSlot::new();
pub static CLASS: ClassSlot = ClassSlot::new();

crate::handlers! {
    generate_handler => generate;
}

fn generate(_: &Call) -> AuraResult<Zval> {
    Ok(bytes_zval(
        &token::random_bytes::<{ token::RANDVAL_BYTES }>()?,
    ))
}

fn interface_ce() -> &'static ext_php_rs::zend::ClassEntry {
    INTERFACE
        .get()
        .unwrap_or_else(ext_php_rs::zend::ce::stdclass)
}

pub fn register() -> Result<()> {
    with_methods(
        ClassBuilder::new("Aura\\Session\\RandvalInterface").flags(ClassFlags::Interface),
        &[abstract_method("generate", &[])],
    )
    .registration(|ce, info| INTERFACE.store(ce, info))
    .register()?;
    with_methods(
        ClassBuilder::new("Aura\\Session\\Randval"),
        &[public("generate", &[], generate_handler)],
    )
    .implements((interface_ce, "Aura\\Session\\RandvalInterface"))
    .registration(|ce, info| CLASS.store(ce, info))
    .register()
}
