//! The glue between PHP's calling convention and the Rust methods: each
//! class is declared from a table of methods and parameters, and every
//! handler reads `$this` and its arguments straight from the call frame.
//!
//! Handlers accept extra arguments (PHP-written methods ignore them too),
//! check the required count themselves, and never declare a return type, so
//! untyped user subclasses stay compatible.

use std::{
    panic::{AssertUnwindSafe, catch_unwind},
    sync::atomic::{AtomicPtr, Ordering},
};

use ext_php_rs::{
    args::{Arg, ArgInfoTables},
    builders::{ClassBuilder, FunctionBuilder},
    ffi::{zend_function, zend_object, zend_wrong_parameters_count_error},
    flags::{DataType, MethodFlags},
    types::Zval,
    zend::{ClassEntry, ExecuteData, bailout},
};

use crate::{
    engine::guard::{Owned, guarded, release_all},
    engine::value::{deref_value, type_name},
    errors::{AuraError, AuraResult},
};

/// A method's handler as PHP calls it. Raw pointers, not the `&mut` that
/// ext-php-rs declares: PHP code the method calls reads the same frame
/// (backtraces, `func_get_args()`), which a unique borrow held for the
/// whole call would forbid.
pub type Handler = extern "C" fn(*mut ExecuteData, *mut Zval);

/// The handler in the type ext-php-rs registers.
fn as_registered(handler: Handler) -> extern "C" fn(&mut ExecuteData, &mut Zval) {
    // SAFETY: the same C function type (two pointers, no result); the
    // engine passes live, non-null pointers, which the handler only uses
    // as raw pointers.
    unsafe { std::mem::transmute::<Handler, extern "C" fn(&mut ExecuteData, &mut Zval)>(handler) }
}

/// A parameter as Reflection and IDEs see it. `ty: None` is untyped;
/// `Some(DataType::Mixed)` is a declared `mixed`.
pub struct Param {
    pub name: &'static str,
    pub ty: Option<DataType>,
    pub nullable: bool,
    pub default: Option<&'static str>,
}

/// `$name` (untyped, required).
pub const fn param(name: &'static str) -> Param {
    Param {
        name,
        ty: None,
        nullable: false,
        default: None,
    }
}

/// `$name = default` (untyped).
pub const fn optional(name: &'static str, default: &'static str) -> Param {
    Param {
        name,
        ty: None,
        nullable: false,
        default: Some(default),
    }
}

/// `Class $name`, `array $name`, `string $name`, `mixed $name`.
pub const fn typed(name: &'static str, ty: DataType) -> Param {
    Param {
        name,
        ty: Some(ty),
        nullable: false,
        default: None,
    }
}

impl Param {
    /// The same parameter with a default value.
    pub const fn or(self, default: &'static str) -> Param {
        Param {
            default: Some(default),
            ..self
        }
    }

    /// The same parameter, nullable (`?string`).
    pub const fn or_null(self) -> Param {
        Param {
            nullable: true,
            ..self
        }
    }
}

#[derive(Clone, Copy)]
pub struct Method<'a> {
    pub name: &'static str,
    pub params: &'a [Param],
    /// `None` declares an abstract (interface) method.
    pub handler: Option<Handler>,
    pub protected: bool,
    /// The declared return type; `None` declares none.
    pub returns: Option<DataType>,
}

impl<'a> Method<'a> {
    /// The same method declaring a return type (`: bool`, `: void`, ...).
    pub const fn returning(self, ty: DataType) -> Method<'a> {
        Method {
            returns: Some(ty),
            ..self
        }
    }

    /// The same method, abstract (for an interface).
    pub const fn as_abstract(self) -> Method<'a> {
        Method {
            handler: None,
            ..self
        }
    }
}

pub const fn public<'a>(name: &'static str, params: &'a [Param], handler: Handler) -> Method<'a> {
    Method {
        name,
        params,
        handler: Some(handler),
        protected: false,
        returns: None,
    }
}

pub const fn protected(name: &'static str, handler: Handler) -> Method<'static> {
    Method {
        name,
        params: &[],
        handler: Some(handler),
        protected: true,
        returns: None,
    }
}

pub const fn abstract_method<'a>(name: &'static str, params: &'a [Param]) -> Method<'a> {
    Method {
        name,
        params,
        handler: None,
        protected: false,
        returns: None,
    }
}

/// Adds the methods of a table to a class builder.
pub fn with_methods(mut class: ClassBuilder, methods: &[Method]) -> ClassBuilder {
    for method in methods {
        let mut function = match method.handler {
            Some(handler) => FunctionBuilder::new(method.name, as_registered(handler)),
            None => FunctionBuilder::new_abstract(method.name),
        };
        let required = method
            .params
            .iter()
            .take_while(|p| p.default.is_none())
            .count();
        for p in method.params {
            let mut arg = Arg::new(p.name, p.ty.unwrap_or(DataType::Mixed));
            if let Some(default) = p.default {
                arg = arg.default(default);
            }
            // A declared `mixed` includes null already (`?mixed` is an error).
            let mixed = matches!(p.ty, Some(DataType::Mixed));
            if p.ty.is_none() || p.nullable || (p.default == Some("null") && !mixed) {
                arg = arg.allow_null();
            }
            function = function.arg(arg);
        }
        function = function.required_args(required);
        if let Some(ty) = method.returns {
            function = function.returns(ty, false, false);
        }
        let mut flags = if method.protected {
            MethodFlags::Protected
        } else {
            MethodFlags::Public
        };
        if method.handler.is_none() {
            flags |= MethodFlags::Abstract;
        }
        class = class.method(function, flags);
    }
    class
}

unsafe extern "C" {
    fn aura_shim_untype_mixed(ce: *mut ClassEntry);
    fn aura_shim_type_mixed(ce: *mut ClassEntry, lc_name: *const u8, len: usize, index: u32);
    fn aura_shim_string_param(arg: *const Zval, num: u32, out: *mut Zval) -> std::ffi::c_int;
}

/// Keeps a registered class entry and its argument info (which the engine
/// borrows for the life of the process).
pub struct ClassSlot {
    ce: AtomicPtr<ClassEntry>,
    arg_info: AtomicPtr<ArgInfoTables>,
}

impl ClassSlot {
    pub const fn new() -> Self {
        ClassSlot {
            ce: AtomicPtr::new(std::ptr::null_mut()),
            arg_info: AtomicPtr::new(std::ptr::null_mut()),
        }
    }

    pub fn store(&self, ce: &'static mut ClassEntry, arg_info: ArgInfoTables) {
        // SAFETY: the class was just registered; its methods' argument info
        // is only read by the engine from now on.
        unsafe { aura_shim_untype_mixed(&raw mut *ce) };
        // A module restart registers the class again; the old tables stay
        // alive since the engine of that run may still hold them.
        self.arg_info
            .store(Box::into_raw(Box::new(arg_info)), Ordering::Release);
        self.ce.store(ce, Ordering::Release);
    }

    /// Types the parameters `methods` declare `mixed` again, which
    /// `store()` made untyped with the rest (ext-php-rs cannot declare an
    /// untyped parameter). Module startup only, after registering.
    pub fn declare_mixed(&self, methods: &[Method]) {
        let ce = self.ce.load(Ordering::Acquire);
        if ce.is_null() {
            return;
        }
        for method in methods {
            let lc_name = method.name.to_ascii_lowercase();
            for (index, p) in (0u32..).zip(method.params) {
                if matches!(p.ty, Some(DataType::Mixed)) {
                    // SAFETY: the class is registered and nothing runs yet;
                    // the shim finds the method by its lowercase name.
                    unsafe { aura_shim_type_mixed(ce, lc_name.as_ptr(), lc_name.len(), index) };
                }
            }
        }
    }

    /// The class entry, once registered.
    pub fn get(&self) -> Option<&'static ClassEntry> {
        // SAFETY: registered class entries live for the whole process.
        unsafe { self.ce.load(Ordering::Acquire).as_ref() }
    }

    /// A new instance with the given properties set, as the PHP library's
    /// constructors would leave it (null if the class is not registered,
    /// which cannot happen once the module has started).
    pub fn create<const N: usize>(
        &self,
        properties: [(crate::engine::object::Slot, Zval); N],
    ) -> Zval {
        let Some(ce) = self.get() else {
            return Zval::new();
        };
        let (zv, object) = crate::engine::object::instantiate(ce);
        for (slot, value) in properties {
            crate::engine::object::init(object, slot, value);
        }
        zv
    }

    /// Whether the object's class is exactly this class (not a subclass),
    /// the condition for taking native shortcuts.
    pub fn is_exactly(&self, object: *mut zend_object) -> bool {
        std::ptr::eq(
            crate::engine::object::class_of(object),
            self.ce.load(Ordering::Relaxed),
        )
    }
}

/// One call: `$this` and the passed arguments.
pub struct Call<'a> {
    pub this: *mut zend_object,
    args: &'a [Zval],
    func: *const zend_function,
}

impl Call<'_> {
    /// The argument at `index`, if passed.
    pub fn arg(&self, index: usize) -> Option<&Zval> {
        self.args.get(index).map(deref_value)
    }

    /// The argument at `index`, or a shared null when not passed.
    pub fn arg_ref(&self, index: usize) -> &Zval {
        match self.arg(index) {
            Some(value) => value,
            None => crate::engine::value::null(),
        }
    }

    /// A counted copy of the argument at `index`, or null when not passed.
    pub fn arg_or_null(&self, index: usize) -> Owned {
        Owned::new(self.arg(index).map(Zval::shallow_clone).unwrap_or_default())
    }

    /// An object argument that must be an instance of `ce`.
    pub fn object_arg(
        &self,
        index: usize,
        name: &str,
        ce: Option<&'static ClassEntry>,
    ) -> AuraResult<*mut zend_object> {
        let value = self.arg_ref(index);
        if let (Some(object), Some(ce)) = (crate::engine::object::object_of(value), ce)
            && crate::engine::object::instance_of(object, ce)
        {
            return Ok(object);
        }
        let expected = ce.and_then(|c| c.name()).unwrap_or("object");
        Err(self.type_error(index, name, expected, value))
    }

    /// An argument declared `array`.
    pub fn array_arg(&self, index: usize, name: &str) -> AuraResult<Owned> {
        let value = self.arg_ref(index);
        if value.is_array() {
            Ok(Owned::new(value.shallow_clone()))
        } else {
            Err(self.type_error(index, name, "array", value))
        }
    }

    /// The argument at `index` of a method declaring it `string` (or
    /// `?string`), converted as a PHP-written method converts it: scalars
    /// and `Stringable` objects become strings unless the caller declared
    /// `strict_types`; anything else is PHP's own `TypeError` for a
    /// PHP-written method ("..., called in FILE on line N").
    pub fn string_arg(&self, index: usize) -> AuraResult<Owned> {
        let value = self.arg_ref(index);
        if value.is_string() {
            return Ok(Owned::new(value.shallow_clone()));
        }
        self.converted_string_arg(value, index)
    }

    #[cold]
    fn converted_string_arg(&self, value: &Zval, index: usize) -> AuraResult<Owned> {
        let mut out = Zval::new();
        let num = u32::try_from(index + 1).unwrap_or(u32::MAX);
        // SAFETY: called from the method's own handler, so the engine's
        // current frame is this call's (whose argument info declares the
        // type); `__toString()` may run, hence the guard.
        let failed = guarded(|| unsafe { aura_shim_string_param(value, num, &raw mut out) })?;
        if failed != 0 {
            return Err(AuraError::Thrown);
        }
        Ok(Owned::new(out))
    }

    /// PHP's `TypeError` for a method declaring `: expected` that would
    /// return `given`.
    pub fn return_type_error(&self, expected: &str, given: &Zval) -> AuraError {
        return_type_error(&method_name(self.func), expected, given)
    }

    /// What this method, declaring `: bool`, returns for `value` (see
    /// `bool_return`).
    pub fn bool_return(&self, value: Owned) -> AuraResult<Zval> {
        bool_return(&method_name(self.func), value)
    }

    fn type_error(&self, index: usize, name: &str, expected: &str, given: &Zval) -> AuraError {
        AuraError::Type(format!(
            "{}(): Argument #{} (${}) must be of type {}, {} given",
            method_name(self.func),
            index + 1,
            name,
            expected,
            type_name(given)
        ))
    }
}

/// Runs a method body for a PHP call: checks the argument count, catches
/// panics, re-raises a fatal error caught below, and turns errors into PHP
/// exceptions.
///
/// The frame is used through raw pointers only: PHP code the body calls
/// reads the same frame (backtraces, `func_get_args()`).
#[inline(always)]
pub fn run<T: Into<Zval>, B: FnOnce(&Call) -> AuraResult<T>>(
    ex: *mut ExecuteData,
    ret: *mut Zval,
    body: B,
) {
    // SAFETY: PHP passes a live frame whose function is this method.
    let (func, passed, required) = unsafe {
        let func = (*ex).func.cast_const();
        (
            func,
            (*ex).This.u2.num_args,
            (*func).common.required_num_args,
        )
    };
    if passed < required {
        return too_few_arguments(func);
    }
    // Every method reads its object's property slots; the engine never calls
    // an instance method without one, but nothing here relies on that.
    // SAFETY: `This` is part of the live frame.
    let Some(this) = crate::engine::object::object_of(unsafe { &(*ex).This }) else {
        return called_statically(func);
    };
    // SAFETY: the first `passed` argument slots of the frame are contiguous,
    // live zvals that outlive this call; they are only read. They start
    // right after the frame itself (`ZEND_CALL_ARG(call, 1)`).
    let args: &[Zval] = unsafe {
        let first = ex.cast::<Zval>().add(FRAME_SLOTS);
        std::slice::from_raw_parts(first, passed as usize)
    };
    let call = Call { this, args, func };
    // Fatal errors are caught where PHP code can run (`engine::guard`) and
    // come back as `AuraError::Bailout`; one raised by an engine allocation
    // over `memory_limit` inside our own code skips our frames as it skips
    // any C extension's, and a `zend_try` here could not run their drops.
    let outcome = catch_unwind(AssertUnwindSafe(|| body(&call).map(Into::into)));
    if crate::engine::guard::take_bailout() {
        // The fatal error wins over whatever the body made of it. Dropping
        // that runs no PHP code: the engine marked every object destructed.
        drop(outcome);
        // SAFETY: every Rust value of this call is gone.
        unsafe { bailout() }
    }
    match outcome {
        // The engine hands over a null return slot, so there is nothing to drop.
        // SAFETY: `ret` is the frame's live return slot.
        Ok(Ok(value)) => unsafe { std::ptr::write(ret, value) },
        Ok(Err(error)) => failed(error),
        Err(_panic) => failed(AuraError::Error(format!(
            "{}(): internal error in aura_session",
            method_name(func)
        ))),
    }
}

/// `ZEND_CALL_FRAME_SLOT`: the frame's size in zvals, rounded up.
const FRAME_SLOTS: usize = std::mem::size_of::<ExecuteData>().div_ceil(std::mem::size_of::<Zval>());

#[cold]
fn too_few_arguments(func: *const zend_function) {
    // SAFETY: reports on the current frame, as the engine's own checks do.
    unsafe {
        zend_wrong_parameters_count_error(
            (*func).common.required_num_args,
            (*func).common.num_args,
        );
    }
}

#[cold]
fn called_statically(func: *const zend_function) {
    AuraError::Error(format!(
        "Non-static method {}() cannot be called statically",
        method_name(func)
    ))
    .throw();
}

#[cold]
fn failed(error: AuraError) {
    match error {
        // SAFETY: every Rust value of this call is gone; the fatal error
        // continues to the engine's own handler.
        AuraError::Bailout => unsafe { bailout() },
        error => error.throw(),
    }
}

fn return_type_error(method: &str, expected: &str, given: &Zval) -> AuraError {
    AuraError::Type(format!(
        "{method}(): Return value must be of type {expected}, {} returned",
        type_name(deref_value(given))
    ))
}

/// What `method` (`Class::name`), declaring `: bool`, returns for `value`,
/// converted as PHP converts a PHP-written method's return value in
/// coercive mode (the library declares no `strict_types`): scalars become
/// booleans, anything else is a `TypeError`.
pub fn bool_return(method: &str, value: Owned) -> AuraResult<Zval> {
    let plain = deref_value(&value);
    if plain.is_bool() {
        return Ok(plain.shallow_clone());
    }
    if plain.is_long() || plain.is_double() || plain.is_string() {
        return Ok(crate::engine::value::bool_zval(crate::engine::value::truthy(plain)));
    }
    Err(return_type_error(method, "bool", plain))
}

/// `Class::method` of a function, for messages.
fn method_name(func: *const zend_function) -> String {
    // SAFETY: a method's scope and name live as long as the function.
    unsafe {
        let scope = (*func).common.scope;
        let name = (*func).common.function_name;
        format!(
            "{}::{}",
            if scope.is_null() {
                String::new()
            } else {
                crate::engine::php_call::class_name(scope)
            },
            String::from_utf8_lossy((*name).as_bytes())
        )
    }
}

/// Declares `extern "C"` handlers that run Rust method bodies.
#[macro_export]
macro_rules! handlers {
    ($($handler:ident => $body:path;)*) => {
        $(
            extern "C" fn $handler(ex: *mut ::ext_php_rs::zend::ExecuteData, ret: *mut ::ext_php_rs::types::Zval) {
                $crate::engine::method::run(ex, ret, $body)
            }
        )*
    };
}

/// `$object->name(...$args)` as PHP would dispatch it: the native body when
/// the object is exactly `class`, otherwise a real method call so user
/// overrides take effect.
pub fn dispatch<T: Into<Owned>>(
    class: &ClassSlot,
    object: *mut zend_object,
    lc_name: &str,
    args: &mut [Zval],
    native: impl FnOnce(&mut [Zval]) -> AuraResult<T>,
) -> AuraResult<Owned> {
    if class.is_exactly(object) {
        let result = native(args).map(Into::into);
        // What the native body left of the arguments is released as a
        // call's arguments are; the body's own error comes first.
        let released = release_all(args);
        result.and_then(|value| released.map(|()| value))
    } else {
        crate::engine::php_call::call_method(object, lc_name, args)
    }
}

/// A protected, untyped property with an optional default.
pub fn property(
    name: &'static str,
    default: Option<fn() -> Zval>,
) -> ext_php_rs::builders::ClassProperty {
    ext_php_rs::builders::ClassProperty {
        name: name.into(),
        flags: ext_php_rs::flags::PropertyFlags::Protected,
        default: default.map(|f| {
            Box::new(move || Ok(f())) as Box<dyn FnOnce() -> ext_php_rs::error::Result<Zval>>
        }),
        docs: &[],
        ty: None,
        nullable: true,
        readonly: false,
        default_stub: None,
    }
}
