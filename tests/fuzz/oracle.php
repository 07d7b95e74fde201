<?php
/*
 * The fuzzer's oracle when the PHP library is not available: plain PHP
 * classes under the library's names that perform, in the same order, the
 * $_SESSION array operations that the library's 4.x methods perform (lazy
 * resume, load, flash move, the segment and CSRF methods). Loaded only
 * in a process without the extension. It covers what the fuzzer calls, not
 * the whole API: no destroy(), cookie params or cache settings.
 *
 * Session::keepFlash()/clearFlash() exist only in the extension; Fz::
 * keepAllFlash()/clearAllFlash() (support.php) do what it documents.
 */
declare(strict_types=0);

namespace Aura\Session;

class Exception extends \Exception
{
}

interface RandvalInterface
{
    public function generate();
}

class Phpfunc
{
    public function __call($func, $args)
    {
        return $func(...$args);
    }
}

interface SegmentInterface
{
}

class SegmentFactory
{
    public function newInstance(Session $session, $name)
    {
        return new Segment($session, $name);
    }
}

class CsrfTokenFactory
{
    public function __construct(protected RandvalInterface $randval)
    {
    }

    public function newInstance(Session $session)
    {
        return new CsrfToken($session->getSegment('Aura\Session\CsrfToken'), $this->randval);
    }
}

class Session
{
    const FLASH_NEXT = 'Aura\Session\Flash\Next';
    const FLASH_NOW = 'Aura\Session\Flash\Now';

    // The library's declaration order, in which PHP destroys an object's
    // properties: that order decides which object handles are free for
    // reuse, and so the order of the destructors that run at shutdown.
    private SegmentFactory $segments;
    private $token = null;
    private CsrfTokenFactory $tokens;
    private array $cookies;
    private Phpfunc $php;
    private bool $moved = false;

    public function __construct(SegmentFactory $segments, CsrfTokenFactory $tokens, Phpfunc $php, array $cookies = [])
    {
        $this->segments = $segments;
        $this->tokens = $tokens;
        $this->php = $php;
        $this->cookies = $cookies;
        $this->php->session_get_cookie_params();
    }

    public function getSegment($name)
    {
        return $this->segments->newInstance($this, $name);
    }

    public function isResumable()
    {
        return isset($this->cookies[$this->php->session_name()]);
    }

    public function isStarted()
    {
        $active = $this->php->function_exists('session_status')
            && $this->php->session_status() === PHP_SESSION_ACTIVE;
        if ($active && !$this->moved) {
            $this->flashMove();
        }
        return $active;
    }

    public function start()
    {
        $started = $this->php->session_start();
        if ($started && !$this->moved) {
            $this->flashMove();
        }
        return $started;
    }

    private function flashMove(): void
    {
        if (!isset($_SESSION[self::FLASH_NEXT])) {
            $_SESSION[self::FLASH_NEXT] = [];
        }
        $_SESSION[self::FLASH_NOW] = $_SESSION[self::FLASH_NEXT];
        $_SESSION[self::FLASH_NEXT] = [];
        // only a move that finished counts: a destructor throwing half-way leaves it to be redone
        $this->moved = true;
    }

    public function resume()
    {
        return $this->isStarted() || ($this->isResumable() && $this->start());
    }

    public function clear()
    {
        return $this->php->session_unset();
    }

    public function commit()
    {
        return $this->php->session_write_close();
    }

    public function getCsrfToken()
    {
        return $this->token ??= $this->tokens->newInstance($this);
    }

    public function getId()
    {
        return $this->php->session_id();
    }

    public function regenerateId()
    {
        $done = $this->php->session_regenerate_id(true);
        if ($done && $this->token) {
            $this->token->regenerateAllKeyValues();
        }
        return $done;
    }

    public function keepFlash()
    {
        \Fz::keepAllFlash($this);
    }

    public function clearFlash()
    {
        \Fz::clearAllFlash($this);
    }
}

class Segment implements SegmentInterface
{
    public function __construct(protected Session $session, protected $name)
    {
    }

    public function get($key, $alt = null)
    {
        $this->resumeSession();
        return isset($_SESSION[$this->name][$key]) ? $_SESSION[$this->name][$key] : $alt;
    }

    public function getSegment()
    {
        $this->resumeSession();
        return isset($_SESSION[$this->name]) ? $_SESSION[$this->name] : null;
    }

    public function set($key, $val)
    {
        $this->resumeOrStartSession();
        $_SESSION[$this->name][$key] = $val;
    }

    public function clear()
    {
        if ($this->resumeSession()) {
            $_SESSION[$this->name] = [];
        }
    }

    public function remove($key = null)
    {
        if (!$this->resumeSession()) {
            return;
        }
        if (!$key) {
            unset($_SESSION[$this->name]);
        } elseif (isset($_SESSION[$this->name]) && array_key_exists($key, $_SESSION[$this->name])) {
            unset($_SESSION[$this->name][$key]);
        }
    }

    public function setFlash($key, $val)
    {
        $this->resumeOrStartSession();
        $_SESSION[Session::FLASH_NEXT][$this->name][$key] = $val;
    }

    public function getFlash($key, $alt = null)
    {
        $this->resumeSession();
        return isset($_SESSION[Session::FLASH_NOW][$this->name][$key])
            ? $_SESSION[Session::FLASH_NOW][$this->name][$key] : $alt;
    }

    public function getFlashNext($key, $alt = null)
    {
        $this->resumeSession();
        return isset($_SESSION[Session::FLASH_NEXT][$this->name][$key])
            ? $_SESSION[Session::FLASH_NEXT][$this->name][$key] : $alt;
    }

    public function setFlashNow($key, $val)
    {
        $this->resumeOrStartSession();
        $_SESSION[Session::FLASH_NOW][$this->name][$key] = $val;
        $_SESSION[Session::FLASH_NEXT][$this->name][$key] = $val;
    }

    public function clearFlash()
    {
        if ($this->resumeSession()) {
            $_SESSION[Session::FLASH_NEXT][$this->name] = [];
        }
    }

    public function clearFlashNow()
    {
        if ($this->resumeSession()) {
            $_SESSION[Session::FLASH_NOW][$this->name] = [];
            $_SESSION[Session::FLASH_NEXT][$this->name] = [];
        }
    }

    public function keepFlash()
    {
        if ($this->resumeSession()) {
            $_SESSION[Session::FLASH_NEXT][$this->name] = array_merge(
                $_SESSION[Session::FLASH_NEXT][$this->name],
                $_SESSION[Session::FLASH_NOW][$this->name],
            );
        }
    }

    protected function resumeSession()
    {
        if (!$this->session->isStarted() && !$this->session->resume()) {
            return false;
        }
        $this->load();
        return true;
    }

    protected function load()
    {
        if (!isset($_SESSION[$this->name])) {
            $_SESSION[$this->name] = [];
        }
        if (!isset($_SESSION[Session::FLASH_NOW][$this->name])) {
            $_SESSION[Session::FLASH_NOW][$this->name] = [];
        }
        if (!isset($_SESSION[Session::FLASH_NEXT][$this->name])) {
            $_SESSION[Session::FLASH_NEXT][$this->name] = [];
        }
    }

    protected function resumeOrStartSession()
    {
        if (!$this->resumeSession()) {
            $this->session->start();
            $this->load();
        }
    }
}

class CsrfToken
{
    protected $randval;
    protected $segment;

    public function __construct(SegmentInterface $segment, RandvalInterface $randval)
    {
        $this->segment = $segment;
        $this->randval = $randval;
    }

    public function isValid($value, $key = 'value')
    {
        return hash_equals($value, $this->getValue($key));
    }

    public function getValue($key = 'value')
    {
        if ($this->segment->get($key) == null) {
            $this->regenerateValue($key);
        }
        return $this->segment->get($key);
    }

    public function regenerateValue($key = 'value')
    {
        $this->segment->set($key, hash('sha512', $this->randval->generate()));
        return $this->segment->get($key);
    }

    public function regenerateAllKeyValues()
    {
        $all = $this->segment->getSegment();
        if ($all) {
            // foreach, not array_keys(): a string segment only warns
            foreach ($all as $key => $unused) {
                $this->regenerateValue($key);
            }
        }
    }
}
