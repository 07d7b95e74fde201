//! `Aura\Session\Phpfunc`: every call to it runs the global PHP function of
//! the same name. Tests replace it with a subclass to fake PHP functions.

use ext_php_rs::{builders::ClassBuilder, error::Result, types::Zval};

use crate::{
    engine::guard::{Owned, release_all},
    engine::method::{Call, ClassSlot, param, public, with_methods},
    engine::object::{Slot, hold, prop_object},
    engine::php_call::{Callable, call_function, call_method},
    errors::{AuraError, AuraResult},
};

pub static CLASS: ClassSlot = ClassSlot::new();

crate::handlers! {
    call_handler => magic_call;
}

/// `__call($func, $args)`: `call_user_func_array($func, $args)`.
fn magic_call(call: &Call) -> AuraResult<Owned> {
    let func = call.arg_or_null(0);
    let args = call.array_arg(1, "args")?;
    let mut values = crate::engine::array::values(&args);
    let Some(callable) = Callable::resolve(&func) else {
        release_all(&mut values)?;
        return Err(AuraError::Type(format!(
            "call_user_func_array(): Argument #1 ($callback) must be a valid callback, {}",
            match func.zend_str() {
                Some(name) => format!(
                    "function \"{}\" not found or invalid function name",
                    String::from_utf8_lossy(name.as_bytes())
                ),
                None => "no array or string given".to_owned(),
            }
        )));
    };
    callable.call(&mut values)
}

/// `$owner->{phpfunc property}->name(...$args)`: the PHP function itself
/// when the object is exactly `Phpfunc`, the user's method otherwise.
pub fn call_through(
    owner: *mut ext_php_rs::ffi::zend_object,
    slot: Slot,
    lc_name: &str,
    args: &mut [Zval],
) -> AuraResult<Owned> {
    let phpfunc = hold(owner, slot, lc_name)?;
    if CLASS.is_exactly(phpfunc.ptr) {
        call_function(lc_name, args)
    } else {
        call_method(phpfunc.ptr, lc_name, args)
    }
}

/// Whether the object in the property is exactly the native `Phpfunc`.
pub fn is_native(owner: *mut ext_php_rs::ffi::zend_object, slot: Slot) -> bool {
    prop_object(owner, slot).is_some_and(|o| CLASS.is_exactly(o))
}

pub fn register() -> Result<()> {
    with_methods(
        ClassBuilder::new("Aura\\Session\\Phpfunc"),
        &[public(
            "__call",
            &[param("func"), param("args")],
            call_handler,
        )],
    )
    .registration(|ce, info| CLASS.store(ce, info))
    .register()
}
