//! `Aura\Session\Exception`, `Exception\SessionAlreadyStarted`,
//! `Exception\ConcurrentModification` and `Exception\SessionRetired`, built
//! by hand so PHP code can construct, throw and extend them like any
//! exception.

use ext_php_rs::{
    builders::ClassBuilder,
    error::Result,
    zend::{ClassEntry, ce},
};

use crate::errors::{ALREADY_STARTED, CONCURRENT_MODIFICATION, SESSION_EXCEPTION, SESSION_RETIRED};

fn base_or_exception() -> &'static ClassEntry {
    SESSION_EXCEPTION.get().unwrap_or_else(ce::exception)
}

pub fn register() -> Result<()> {
    ClassBuilder::new("Aura\\Session\\Exception")
        .extends((ce::exception, "Exception"))
        .registration(|ce, info| SESSION_EXCEPTION.store(ce, info))
        .register()?;
    ClassBuilder::new("Aura\\Session\\Exception\\SessionAlreadyStarted")
        .extends((base_or_exception, "Aura\\Session\\Exception"))
        .registration(|ce, info| ALREADY_STARTED.store(ce, info))
        .register()?;
    ClassBuilder::new("Aura\\Session\\Exception\\ConcurrentModification")
        .extends((base_or_exception, "Aura\\Session\\Exception"))
        .registration(|ce, info| CONCURRENT_MODIFICATION.store(ce, info))
        .register()?;
    ClassBuilder::new("Aura\\Session\\Exception\\SessionRetired")
        .extends((base_or_exception, "Aura\\Session\\Exception"))
        .registration(|ce, info| SESSION_RETIRED.store(ce, info))
        .register()
}
