//! The shared contracts of `aura/session-interface` (the 7.x line):
//! `Aura\Session_Interface\SessionInterface`, `SegmentInterface`,
//! `ManageableSegmentInterface` and `FlashSegmentInterface`, declared with
//! their package's exact signatures, so that its PHP files never load and
//! packages written against them (Aura.Auth 7) accept the native classes.

use ext_php_rs::{
    builders::ClassBuilder,
    class::ClassEntryInfo,
    error::Result,
    flags::{ClassFlags, DataType},
    zend::ClassEntry,
};

use crate::engine::method::{ClassSlot, Method, Param, abstract_method, typed, with_methods};

pub static SESSION: ClassSlot = ClassSlot::new();
static SEGMENT: ClassSlot = ClassSlot::new();
static MANAGEABLE: ClassSlot = ClassSlot::new();
static FLASH: ClassSlot = ClassSlot::new();

const KEY: Param = typed("key", DataType::String);
const KEY_ALT: &[Param] = &[KEY, typed("alt", DataType::Mixed).or("null")];
const KEY_VAL: &[Param] = &[KEY, typed("val", DataType::Mixed)];

fn entry(slot: &'static ClassSlot) -> &'static ClassEntry {
    slot.get().unwrap_or_else(ext_php_rs::zend::ce::stdclass)
}

fn session_ce() -> &'static ClassEntry {
    entry(&SESSION)
}

fn segment_ce() -> &'static ClassEntry {
    entry(&SEGMENT)
}

fn manageable_ce() -> &'static ClassEntry {
    entry(&MANAGEABLE)
}

fn flash_ce() -> &'static ClassEntry {
    entry(&FLASH)
}

/// What `Session` implements in 7.x.
pub const SESSION_INFO: ClassEntryInfo = (
    session_ce,
    "Aura\\Session_Interface\\SessionInterface",
);

/// What 7.x's `Aura\Session\SegmentInterface` is made of.
pub const SEGMENT_PARTS: [ClassEntryInfo; 3] = [
    (segment_ce, "Aura\\Session_Interface\\SegmentInterface"),
    (
        manageable_ce,
        "Aura\\Session_Interface\\ManageableSegmentInterface",
    ),
    (flash_ce, "Aura\\Session_Interface\\FlashSegmentInterface"),
];

fn declare(
    name: &str,
    methods: &[Method],
    slot: &'static ClassSlot,
    store: fn(&'static mut ClassEntry, ext_php_rs::args::ArgInfoTables),
) -> Result<()> {
    with_methods(ClassBuilder::new(name).flags(ClassFlags::Interface), methods)
        .registration(store)
        .register()?;
    slot.declare_mixed(methods);
    Ok(())
}

/// Registers the four interfaces (module startup, `aura_session.api=7`).
pub fn register() -> Result<()> {
    use DataType::{Array, Bool, Mixed, Void};
    declare(
        SESSION_INFO.1,
        &[
            abstract_method("start", &[]).returning(Bool),
            abstract_method("resume", &[]).returning(Bool),
            abstract_method("regenerateId", &[]).returning(Bool),
        ],
        &SESSION,
        |ce, info| SESSION.store(ce, info),
    )?;
    declare(
        SEGMENT_PARTS[0].1,
        &[
            abstract_method("get", KEY_ALT).returning(Mixed),
            abstract_method("set", KEY_VAL).returning(Void),
        ],
        &SEGMENT,
        |ce, info| SEGMENT.store(ce, info),
    )?;
    declare(
        SEGMENT_PARTS[1].1,
        &[
            abstract_method("getSegment", &[]).returning(Mixed),
            abstract_method("clear", &[]).returning(Void),
            abstract_method("remove", &[KEY.or_null().or("null")]).returning(Void),
        ],
        &MANAGEABLE,
        |ce, info| MANAGEABLE.store(ce, info),
    )?;
    declare(
        SEGMENT_PARTS[2].1,
        &[
            abstract_method("setFlash", KEY_VAL).returning(Void),
            abstract_method("getFlash", KEY_ALT).returning(Mixed),
            abstract_method("getFlashAll", &[]).returning(Array),
            abstract_method("clearFlash", &[]).returning(Void),
            abstract_method("getFlashNext", KEY_ALT).returning(Mixed),
            abstract_method("getFlashNextAll", &[]).returning(Array),
            abstract_method("setFlashNow", KEY_VAL).returning(Void),
            abstract_method("clearFlashNow", &[]).returning(Void),
            abstract_method("keepFlash", &[]).returning(Void),
        ],
        &FLASH,
        |ce, info| FLASH.store(ce, info),
    )
}
