//! `Aura\Session\Exception` and `Exception\SessionAlreadyStarted`, built
//! by hand so PHP code can construct, throw and extend them like any
//! exception.

use ext_php_rs::{
    builders::ClassBuilder,
    error::Result,
    zend::{ClassEntry, ce},
};

use crate::method::ClassSlot;

static BASE: ClassSlot = ClassSlot::new();
static ALREADY_STARTED: ClassSlot = ClassSlot::new();

pub fn base_ce() -> Option<&'static ClassEntry> {
    BASE.get()
}

pub fn already_started_ce() -> Option<&'static ClassEntry> {
    ALREADY_STARTED.get()
}

fn base_or_exception() -> &'static ClassEntry {
    BASE.get().unwrap_or_else(ce::exception)
}

pub fn register() -> Result<()> {
    ClassBuilder::new("Aura\\Session\\Exception")
        .extends((ce::exception, "Exception"))
        .registration(|ce, info| BASE.store(ce, info))
        .register()?;
    ClassBuilder::new("Aura\\Session\\Exception\\SessionAlreadyStarted")
        .extends((base_or_exception, "Aura\\Session\\Exception"))
        .registration(|ce, info| ALREADY_STARTED.store(ce, info))
        .register()
}
