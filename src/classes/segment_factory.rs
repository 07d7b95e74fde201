//! `Aura\Session\SegmentFactory`: a new `Segment` object on every call.

use ext_php_rs::{builders::ClassBuilder, error::Result, flags::DataType, types::Zval};

use crate::{
    classes::segment,
    classes::session,
    engine::method::{Call, ClassSlot, Method, param, public, typed, with_methods},
    errors::AuraResult,
};

pub static CLASS: ClassSlot = ClassSlot::new();

fn new_instance(call: &Call) -> AuraResult<Zval> {
    call.object_arg(0, "session", session::CLASS.get())?;
    Ok(segment::create(
        call.arg_or_null(0).into_zval(),
        call.arg_or_null(1).into_zval(),
    ))
}

crate::handlers! {
    new_instance_handler => new_instance;
}

pub fn register() -> Result<()> {
    const METHODS: &[Method<'static>] = &[public(
        "newInstance",
        &[
            typed("session", DataType::object("Aura\\Session\\Session")),
            param("name"),
        ],
        new_instance_handler,
    )];
    with_methods(ClassBuilder::new("Aura\\Session\\SegmentFactory"), METHODS)
        .registration(|ce, info| CLASS.store(ce, info))
        .register()
}
