//! `Aura\Session\SessionFactory`: a `Session` wired with the native
//! collaborators, built without any call back into PHP code.

use ext_php_rs::{builders::ClassBuilder, error::Result, flags::DataType, types::Zval, zend::ClassEntry};

use crate::{
    errors::{AuraError, AuraResult},
    method::{Method, optional, public, typed, with_methods, Call, ClassSlot},
    object::instantiate,
    csrf_token_factory, phpfunc, randval, segment_factory, session,
};

pub static CLASS: ClassSlot = ClassSlot::new();

fn new_object(class: &ClassSlot) -> AuraResult<Zval> {
    let ce: &ClassEntry = class
        .get()
        .ok_or_else(|| AuraError::Error("aura_session classes are not registered".into()))?;
    Ok(instantiate(ce).0)
}

fn new_instance(call: &Call) -> AuraResult<Zval> {
    let cookies = call.array_arg(0, "cookies")?;
    session::create(
        new_object(&segment_factory::CLASS)?,
        csrf_token_factory::create(new_object(&randval::CLASS)?),
        new_object(&phpfunc::CLASS)?,
        cookies,
        call.arg_or_null(1),
    )
}

crate::handlers! {
    new_instance_handler => new_instance;
}

pub fn register() -> Result<()> {
    const METHODS: &[Method<'static>] = &[public(
        "newInstance",
        &[typed("cookies", DataType::Array), optional("delete_cookie", "null")],
        new_instance_handler,
    )];
    with_methods(ClassBuilder::new("Aura\\Session\\SessionFactory"), METHODS)
        .registration(|ce, info| CLASS.store(ce, info))
        .register()
}
