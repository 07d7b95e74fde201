<?php

/**
 * Declarations of the classes the aura_session extension registers with
 * aura_session.api=7 (the Aura.Session 7.x API line).
 *
 * This file is never executed. It exists so that IDEs and static analysers
 * (PHPStan, Psalm, ...) know the native classes, which have no PHP source.
 * Names, parameters, defaults, visibility and return types mirror what the
 * loaded extension reports through Reflection; php-tests/stub/ checks that.
 *
 * Beside aura_session.stub.php (the 4.x line) it declares the four
 * Aura\Session_Interface contracts (first, as the Aura\Session types extend
 * them); Session implements SessionInterface with start(), resume() and
 * regenerateId() returning bool; SegmentInterface is made of the three
 * segment contracts; Segment takes string keys, declares return types and
 * has getFlashAll() and getFlashNextAll().
 */

namespace Aura\Session_Interface;

/**
 * What a session manager offers to packages that only need to start,
 * resume and renew a session.
 */
interface SessionInterface
{
    /**
     * Starts a session.
     */
    public function start(): bool;

    /**
     * Continues an active session or one the request names.
     */
    public function resume(): bool;

    /**
     * Gives the session a new id.
     */
    public function regenerateId(): bool;
}

/**
 * Reading and writing single values of a segment.
 */
interface SegmentInterface
{
    /**
     * @param mixed $alt returned when the key is missing or holds null
     */
    public function get(string $key, mixed $alt = null): mixed;

    public function set(string $key, mixed $val): void;
}

/**
 * Handling a segment as a whole.
 */
interface ManageableSegmentInterface
{
    /**
     * @return array<int|string, mixed>|null null when nothing is stored
     */
    public function getSegment(): mixed;

    /**
     * Empties the segment.
     */
    public function clear(): void;

    /**
     * Deletes one key, or the whole segment when $key is null.
     */
    public function remove(?string $key = null): void;
}

/**
 * Flash values: readable in the current request, the next one, or both.
 */
interface FlashSegmentInterface
{
    /**
     * Stores a flash value for the next request.
     */
    public function setFlash(string $key, mixed $val): void;

    /**
     * Reads a flash value meant for the current request.
     */
    public function getFlash(string $key, mixed $alt = null): mixed;

    /**
     * @return array<int|string, mixed> every current flash value; empty when none
     */
    public function getFlashAll(): array;

    /**
     * Drops the flash values waiting for the next request.
     */
    public function clearFlash(): void;

    /**
     * Reads a flash value waiting for the next request.
     */
    public function getFlashNext(string $key, mixed $alt = null): mixed;

    /**
     * @return array<int|string, mixed> every flash value for the next request; empty when none
     */
    public function getFlashNextAll(): array;

    /**
     * Stores a flash value for the current and the next request.
     */
    public function setFlashNow(string $key, mixed $val): void;

    /**
     * Drops the flash values of the current and of the next request.
     */
    public function clearFlashNow(): void;

    /**
     * Copies the current flash values into the next request's flashes.
     */
    public function keepFlash(): void;
}

namespace Aura\Session;

/**
 * Base class of every exception thrown by the extension.
 */
class Exception extends \Exception
{
}

/**
 * Produces the random bytes from which CSRF token values are derived.
 */
interface RandvalInterface
{
    /**
     * Returns a fresh string of random bytes.
     *
     * @return string
     */
    public function generate();
}

/**
 * Default random source, backed by the operating system's CSPRNG.
 */
class Randval implements RandvalInterface
{
    /**
     * Returns 32 bytes taken from the system CSPRNG.
     *
     * @return string
     */
    public function generate() {}
}

/**
 * Indirection over global PHP functions, so that session calls can be
 * intercepted by overriding this class (useful in tests).
 */
class Phpfunc
{
    /**
     * Invokes the global function named $func with the values in $args and
     * hands back whatever it returned.
     *
     * @param string $func name of a global PHP function
     * @param array<int|string, mixed> $args arguments for that function
     * @return mixed
     */
    public function __call($func, $args) {}
}

/**
 * A named area of $_SESSION holding ordinary values plus flash values:
 * the three Aura\Session_Interface segment contracts together.
 */
interface SegmentInterface extends
    \Aura\Session_Interface\SegmentInterface,
    \Aura\Session_Interface\ManageableSegmentInterface,
    \Aura\Session_Interface\FlashSegmentInterface
{
}

/**
 * The standard segment implementation, working directly on $_SESSION.
 */
class Segment implements SegmentInterface
{
    /**
     * The session manager this segment belongs to.
     *
     * @var Session
     */
    protected $session;

    /**
     * The key of this segment inside $_SESSION.
     *
     * @var string
     */
    protected $name;

    /**
     * @param Session $session the owning session manager
     * @param string $name key of the segment inside $_SESSION
     */
    public function __construct(Session $session, $name) {}

    /**
     * Reads one value of the segment; resumes a session but never starts one.
     *
     * @param string $key
     * @param mixed $alt returned when the key is missing or holds null
     * @return mixed
     */
    public function get(string $key, mixed $alt = null): mixed {}

    /**
     * Returns every value of the segment.
     *
     * @return array<int|string, mixed>|null null when nothing is stored
     */
    public function getSegment(): mixed {}

    /**
     * Stores one value, starting a session when none can be resumed.
     *
     * @param string $key
     * @param mixed $val
     * @return void
     */
    public function set(string $key, mixed $val): void {}

    /**
     * Empties the segment when a session is available.
     *
     * @return void
     */
    public function clear(): void {}

    /**
     * Deletes one key if present (any string, '0' and '' included), or
     * the whole segment and its current and next flash values when $key
     * is null; never starts a session.
     *
     * @param string|null $key
     * @return void
     */
    public function remove(?string $key = null): void {}

    /**
     * Stores a flash value for the next request.
     *
     * @param string $key
     * @param mixed $val
     * @return void
     */
    public function setFlash(string $key, mixed $val): void {}

    /**
     * Reads a flash value meant for the current request.
     *
     * @param string $key
     * @param mixed $alt returned when no such flash exists
     * @return mixed
     */
    public function getFlash(string $key, mixed $alt = null): mixed {}

    /**
     * Returns every flash value meant for the current request; resumes a
     * session but never starts one.
     *
     * @return array<int|string, mixed> empty when there are none
     */
    public function getFlashAll(): array {}

    /**
     * Drops the flash values waiting for the next request.
     *
     * @return void
     */
    public function clearFlash(): void {}

    /**
     * Reads a flash value waiting for the next request.
     *
     * @param string $key
     * @param mixed $alt returned when no such flash exists
     * @return mixed
     */
    public function getFlashNext(string $key, mixed $alt = null): mixed {}

    /**
     * Returns every flash value waiting for the next request; resumes a
     * session but never starts one.
     *
     * @return array<int|string, mixed> empty when there are none
     */
    public function getFlashNextAll(): array {}

    /**
     * Stores a flash value for the current and the next request.
     *
     * @param string $key
     * @param mixed $val
     * @return void
     */
    public function setFlashNow(string $key, mixed $val): void {}

    /**
     * Drops the flash values of the current and of the next request.
     *
     * @return void
     */
    public function clearFlashNow(): void {}

    /**
     * Copies the current flash values into the next request's flashes.
     *
     * @return void
     */
    public function keepFlash(): void {}

    /**
     * Makes the session available if it is active or can be resumed, and
     * prepares the segment's storage.
     *
     * @return bool whether a session is now available
     */
    protected function resumeSession() {}

    /**
     * Creates the empty arrays the segment and its flashes live in.
     *
     * @return void
     */
    protected function load() {}

    /**
     * Makes the session available, starting a new one as a last resort.
     *
     * @return void
     */
    protected function resumeOrStartSession() {}
}

/**
 * Builds Segment objects.
 */
class SegmentFactory
{
    /**
     * Returns a new segment object on every call.
     *
     * @param Session $session
     * @param string $name key of the segment inside $_SESSION
     * @return Segment
     */
    public function newInstance(Session $session, $name) {}
}

/**
 * Per-session token against cross-site request forgery, stored in the
 * segment named 'Aura\Session\CsrfToken'.
 */
class CsrfToken
{
    /**
     * Source of the randomness behind token values.
     *
     * @var RandvalInterface
     */
    protected $randval;

    /**
     * Segment holding the token values.
     *
     * @var SegmentInterface
     */
    protected $segment;

    /**
     * @param SegmentInterface $segment where the token values are kept
     * @param RandvalInterface $randval where new token values come from
     */
    public function __construct(SegmentInterface $segment, RandvalInterface $randval) {}

    /**
     * Tells whether $value is the stored token or one of its masked forms
     * (see getMaskedValue()), using a comparison whose timing does not
     * depend on the contents. Creates the token if missing.
     *
     * @param mixed $value the submitted token; anything but a string fails
     * @param string $key which token to compare against
     * @return bool
     */
    public function isValid($value, $key = 'value') {}

    /**
     * Returns the token stored under $key, creating it first if needed.
     *
     * @param string $key
     * @return string
     */
    public function getValue($key = 'value') {}

    /**
     * Returns the token stored under $key (created first if needed, as
     * getValue() does) masked with a fresh random pad: a different URL- and
     * HTML-safe string on every call, each accepted by isValid(). Rendering
     * this instead of getValue() keeps the token out of reach of
     * compression side channels such as BREACH.
     *
     * @param string $key
     * @return string
     */
    public function getMaskedValue($key = 'value') {}

    /**
     * Tells whether the request was sent by the site itself, from the
     * Sec-Fetch-Site and Origin headers browsers add on their own: true for
     * GET, HEAD and OPTIONS; with Sec-Fetch-Site, true for same-origin and
     * none; otherwise true when Origin names the request's Host; true when
     * neither header is present. Origins listed in the php.ini setting
     * aura_session.trusted_origins are accepted from other sites too.
     * Malformed headers give false, never an error.
     *
     * @param array<string, mixed>|null $server request variables shaped
     *        like $_SERVER; null reads $_SERVER
     * @return bool
     */
    public function isSameOrigin($server = null) {}

    /**
     * Replaces the token stored under $key with a new random one.
     *
     * @param string $key
     * @return string the new token (128 lowercase hex characters)
     */
    public function regenerateValue($key = 'value') {}

    /**
     * Replaces every token kept in the segment with a new random one.
     *
     * @return void
     */
    public function regenerateAllKeyValues() {}
}

/**
 * Builds the CsrfToken of a session.
 */
class CsrfTokenFactory
{
    /**
     * Random source handed to every token built here.
     *
     * @var RandvalInterface
     */
    protected $randval;

    /**
     * @param RandvalInterface $randval
     */
    public function __construct(RandvalInterface $randval) {}

    /**
     * Returns a token object working on the session's CSRF segment.
     *
     * @param Session $session
     * @return CsrfToken
     */
    public function newInstance(Session $session) {}
}

/**
 * Manages the PHP session: starting, resuming, committing and destroying
 * it, handing out segments, moving flash values between requests and
 * giving access to the CSRF token.
 */
class Session implements \Aura\Session_Interface\SessionInterface
{
    /**
     * $_SESSION key under which flash values for the next request live.
     */
    const FLASH_NEXT = 'Aura\Session\Flash\Next';

    /**
     * $_SESSION key under which flash values for this request live.
     */
    const FLASH_NOW = 'Aura\Session\Flash\Now';

    /**
     * @var SegmentFactory
     */
    protected $segment_factory;

    /**
     * Created on the first call to getCsrfToken().
     *
     * @var CsrfToken|null
     */
    protected $csrf_token;

    /**
     * @var CsrfTokenFactory
     */
    protected $csrf_token_factory;

    /**
     * Cookies of the request, usually $_COOKIE.
     *
     * @var array<string, mixed>
     */
    protected $cookies;

    /**
     * Session cookie parameters, read once at construction.
     *
     * @var array<string, mixed>
     */
    protected $cookie_params = [];

    /**
     * @var Phpfunc
     */
    protected $phpfunc;

    /**
     * Callable that removes the session cookie when destroying.
     *
     * @var callable
     */
    protected $delete_cookie;

    /**
     * Whether this object has already rotated the flash values.
     *
     * @var bool
     */
    protected $flash_moved = false;

    /**
     * Creating the manager never starts a session.
     *
     * @param SegmentFactory $segment_factory
     * @param CsrfTokenFactory $csrf_token_factory
     * @param Phpfunc $phpfunc
     * @param array<string, mixed> $cookies the request cookies, usually $_COOKIE
     * @param callable|null $delete_cookie cookie remover; null installs the default one
     */
    public function __construct(SegmentFactory $segment_factory, CsrfTokenFactory $csrf_token_factory, Phpfunc $phpfunc, array $cookies = [], $delete_cookie = null) {}

    /**
     * Sets the callable used by destroy() to remove the session cookie.
     * A falsy value restores the default, which expires the cookie.
     *
     * @param callable|null $delete_cookie
     * @return void
     */
    public function setDeleteCookie($delete_cookie) {}

    /**
     * Returns a segment of the session (without starting anything).
     *
     * @param string $name
     * @return SegmentInterface
     */
    public function getSegment($name) {}

    /**
     * Tells whether the request carries a session cookie.
     *
     * @return bool
     */
    public function isResumable() {}

    /**
     * Tells whether a session is active; rotates flash values the first
     * time an active session is seen.
     *
     * @return bool
     */
    public function isStarted() {}

    /**
     * Detects an active session without session_status(), for old runtimes.
     *
     * @return bool
     */
    protected function sessionStatus() {}

    /**
     * Starts a session and rotates flash values once.
     *
     * @return bool what session_start() returned
     */
    public function start(): bool {}

    /**
     * Makes last request's "next" flash values the current ones.
     *
     * @return void
     */
    protected function moveFlash() {}

    /**
     * Continues an active session or one named by the request cookies.
     *
     * @return bool whether a session is active afterwards
     */
    public function resume(): bool {}

    /**
     * Removes every variable of the current session.
     *
     * @return bool
     */
    public function clear() {}

    /**
     * Writes the session data and closes the session.
     *
     * @return bool
     */
    public function commit() {}

    /**
     * Destroys the session (starting it first if needed) and removes its
     * cookie.
     *
     * @return bool
     */
    public function destroy() {}

    /**
     * Returns the CSRF token object, the same one on every call.
     *
     * @return CsrfToken
     */
    public function getCsrfToken() {}

    /**
     * @param int $expire cache lifetime in minutes
     * @return int|false the previous value
     */
    public function setCacheExpire($expire) {}

    /**
     * @return int|false cache lifetime in minutes
     */
    public function getCacheExpire() {}

    /**
     * @param string $limiter e.g. 'nocache', 'private', 'public'
     * @return string|false the previous value
     */
    public function setCacheLimiter($limiter) {}

    /**
     * @return string|false
     */
    public function getCacheLimiter() {}

    /**
     * Merges $params into the stored cookie parameters and applies them.
     *
     * @param array<string, mixed> $params
     * @return void
     * @throws Exception\SessionAlreadyStarted when a session is active
     */
    public function setCookieParams(array $params) {}

    /**
     * @return array<string, mixed>
     */
    public function getCookieParams() {}

    /**
     * @return string|false the current session id
     */
    public function getId() {}

    /**
     * Gives the session a new id (dropping the old data file) and renews
     * any CSRF token values.
     *
     * @return bool
     */
    public function regenerateId(): bool {}

    /**
     * @param string $name
     * @return string|false the previous name
     */
    public function setName($name) {}

    /**
     * @return string|false
     */
    public function getName() {}

    /**
     * @param string $path
     * @return string|false the previous path
     */
    public function setSavePath($path) {}

    /**
     * @return string|false
     */
    public function getSavePath() {}

    /**
     * Carries the current flash values of every segment over to the next
     * request.
     *
     * @return void
     */
    public function keepFlash() {}

    /**
     * Drops the next-request flash values of every segment.
     *
     * @return void
     */
    public function clearFlash() {}

    /**
     * Why the server ended the session this request resumed, when an
     * aura_session.* lifetime setting ended it; resumes a session whose
     * cookie came with the request. The session in use is then a new,
     * empty one.
     *
     * @return 'idle'|'absolute'|'rotated'|null
     */
    public function getExpiredReason() {}

    /**
     * Whether getExpiredReason() is not null.
     *
     * @return bool
     */
    public function isExpired() {}

    /**
     * When the session was created (Unix time), while
     * aura_session.idle_timeout or aura_session.absolute_timeout is on;
     * resumes a session whose cookie came with the request.
     *
     * @return int|null null when no timeout is on or there is no session
     */
    public function getCreatedTime() {}

    /**
     * The session's last activity as stored (Unix time), while a timeout is
     * on. The stored time is rewritten only once it is older than a quarter
     * of the idle timeout or a minute, whichever is shorter.
     *
     * @return int|null null when no timeout is on or there is no session
     */
    public function getLastActiveTime() {}

    /**
     * One line per risky session setting in force, naming the setting and
     * why it matters; the same lines `php --ri aura_session` shows.
     *
     * @return list<string>
     */
    public function getSecurityWarnings() {}
}

/**
 * Shortcut for building a Session with its default collaborators.
 */
class SessionFactory
{
    /**
     * @param array<string, mixed> $cookies the request cookies, usually $_COOKIE
     * @param callable|null $delete_cookie cookie remover; null for the default
     * @return Session
     */
    public function newInstance(array $cookies, $delete_cookie = null) {}
}

namespace Aura\Session\Exception;

/**
 * Thrown when a setting that only applies before the session starts is
 * changed while a session is active.
 */
class SessionAlreadyStarted extends \Aura\Session\Exception
{
}

/**
 * With aura_session.lazy_lock=1: a write through the API found that a value
 * this request read through the API changed in the session store since.
 * Nothing was written; the session now holds the stored data.
 */
class ConcurrentModification extends \Aura\Session\Exception
{
}

/**
 * With aura_session.lazy_lock=1: a write through the API found that the
 * session this request read was ended by another request since
 * (`regenerateId()`, `destroy()`, a rotation whose grace window passed).
 * Nothing was written and no new session was issued.
 */
class SessionRetired extends \Aura\Session\Exception
{
}
