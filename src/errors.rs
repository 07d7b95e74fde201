//! Errors raised by the extension and how they become PHP exceptions.

use ext_php_rs::{exception::PhpException, zend::ce};

use crate::{engine::method::ClassSlot, rules::token::RandomUnavailable};

/// `Aura\Session\Exception` and `Exception\SessionAlreadyStarted`, filled in
/// when the classes register; errors raised before that fall back to
/// `Exception`.
pub static SESSION_EXCEPTION: ClassSlot = ClassSlot::new();
pub static ALREADY_STARTED: ClassSlot = ClassSlot::new();
/// `Exception\ConcurrentModification` (`aura_session.lazy_lock`).
pub static CONCURRENT_MODIFICATION: ClassSlot = ClassSlot::new();
/// `Exception\SessionRetired`: a write against an id another request ended
/// (`aura_session.lazy_lock`).
pub static SESSION_RETIRED: ClassSlot = ClassSlot::new();

/// Everything a method can fail with. `Thrown` means PHP code we called
/// already raised an exception, which must travel on untouched.
#[derive(Debug, thiserror::Error)]
pub enum AuraError {
    #[error("an exception is already in flight")]
    Thrown,
    /// PHP code we ran hit a fatal error; the handler re-raises it once our
    /// frames are gone (see `engine::guard`).
    #[error("the engine bailed out")]
    Bailout,
    /// `Aura\Session\Exception`
    #[error("{0}")]
    Session(String),
    /// `Aura\Session\Exception\SessionAlreadyStarted`
    #[error("{0}")]
    AlreadyStarted(String),
    /// `Aura\Session\Exception\ConcurrentModification`
    #[error("{0}")]
    ConcurrentModification(String),
    /// `Aura\Session\Exception\SessionRetired`
    #[error("{0}")]
    SessionRetired(String),
    #[error("{0}")]
    Type(String),
    #[error("{0}")]
    Error(String),
}

impl From<RandomUnavailable> for AuraError {
    fn from(error: RandomUnavailable) -> AuraError {
        AuraError::Session(error.to_string())
    }
}

pub type AuraResult<T> = Result<T, AuraError>;

impl AuraError {
    /// Raises the error in PHP at once and answers `Thrown`: exceptions that
    /// destructors throw in the drops still to come then chain onto it, as
    /// they chain onto an exception PHP code threw at the same point.
    pub fn raise_now(self) -> AuraError {
        if matches!(self, AuraError::Bailout) {
            return self;
        }
        self.throw();
        AuraError::Thrown
    }

    /// Raises the error in PHP; `Thrown` is already raised.
    pub fn throw(self) {
        let class = match &self {
            AuraError::Thrown | AuraError::Bailout => return,
            AuraError::Session(_) => SESSION_EXCEPTION.get(),
            AuraError::AlreadyStarted(_) => ALREADY_STARTED.get(),
            AuraError::ConcurrentModification(_) => CONCURRENT_MODIFICATION.get(),
            AuraError::SessionRetired(_) => SESSION_RETIRED.get(),
            AuraError::Type(_) => Some(ce::type_error()),
            AuraError::Error(_) => Some(ce::error()),
        };
        let class = class.unwrap_or_else(ce::exception);
        // PHP messages may hold NUL bytes (anonymous class names, binary
        // keys), which cannot cross into a C string: show them escaped.
        PhpException::new(self.to_string().replace('\0', "\\0"), 0, class).throw();
    }
}
