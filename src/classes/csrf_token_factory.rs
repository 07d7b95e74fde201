//! `Aura\Session\CsrfTokenFactory`: builds the session's `CsrfToken`.

use ext_php_rs::{
    builders::ClassBuilder, error::Result, ffi::zend_object, flags::DataType, types::Zval,
};

use crate::{
    classes::randval,
    classes::session,
    engine::keys,
    engine::method::{Call, ClassSlot, Method, property, public, typed, with_methods},
    engine::object::{Slot, object_zval, prop_copy, write},
    errors::AuraResult,
};

pub static CLASS: ClassSlot = ClassSlot::new();

const RANDVAL: Slot = Slot(0);

/// A token on the session's `Aura\Session\CsrfToken` segment.
pub fn new_token(factory: *mut zend_object, session: *mut zend_object) -> AuraResult<Zval> {
    let segment = session::get_segment(session, keys::csrf_segment().to_zval())?;
    Ok(crate::classes::csrf_token::create(
        segment.into_zval(),
        prop_copy(factory, RANDVAL).into_zval(),
    ))
}

/// A native factory around a `RandvalInterface`.
pub fn create(randval: Zval) -> Zval {
    CLASS.create([(RANDVAL, randval)])
}

fn construct(call: &Call) -> AuraResult<Zval> {
    call.object_arg(0, "randval", randval::INTERFACE.get())?;
    write(call.this, RANDVAL, call.arg_or_null(0))?;
    Ok(Zval::new())
}

fn new_instance(call: &Call) -> AuraResult<Zval> {
    let session = call.object_arg(0, "session", session::CLASS.get())?;
    let _keep = object_zval(session);
    new_token(call.this, session)
}

crate::handlers! {
    construct_handler => construct;
    new_instance_handler => new_instance;
}

pub fn register() -> Result<()> {
    const METHODS: &[Method<'static>] = &[
        public(
            "__construct",
            &[typed(
                "randval",
                DataType::object("Aura\\Session\\RandvalInterface"),
            )],
            construct_handler,
        ),
        public(
            "newInstance",
            &[typed("session", DataType::object("Aura\\Session\\Session"))],
            new_instance_handler,
        ),
    ];
    with_methods(
        ClassBuilder::new("Aura\\Session\\CsrfTokenFactory"),
        METHODS,
    )
    .property(property("randval", None))
    .registration(|ce, info| CLASS.store(ce, info))
    .register()
}
