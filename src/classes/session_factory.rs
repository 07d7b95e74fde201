//! `Aura\Session\SessionFactory`: a `Session` wired with the native
//! collaborators, built without any call back into PHP code.

use ext_php_rs::{builders::ClassBuilder, error::Result, flags::DataType, types::Zval};

use crate::{
    classes::csrf_token_factory,
    classes::phpfunc,
    classes::randval,
    classes::segment_factory,
    classes::session,
    engine::method::{Call, ClassSlot, Method, optional, public, typed, with_methods},
    errors::AuraResult,
};

// Only the engine reads this class back; `#[used]` keeps the optimiser from
// dropping the slot and with it the registration data it owns.
#[used]
pub static CLASS: ClassSlot = ClassSlot::new();

fn new_instance(call: &Call) -> AuraResult<Zval> {
    let cookies = call.array_arg(0, "cookies")?;
    session::create(
        segment_factory::CLASS.create([]),
        csrf_token_factory::create(randval::CLASS.create([])),
        phpfunc::CLASS.create([]),
        cookies.into_zval(),
        call.arg_or_null(1).into_zval(),
    )
}

crate::handlers! {
    new_instance_handler => new_instance;
}

pub fn register() -> Result<()> {
    const METHODS: &[Method<'static>] = &[public(
        "newInstance",
        &[
            typed("cookies", DataType::Array),
            optional("delete_cookie", "null"),
        ],
        new_instance_handler,
    )];
    with_methods(ClassBuilder::new("Aura\\Session\\SessionFactory"), METHODS)
        .registration(|ce, info| CLASS.store(ce, info))
        .register()
}
