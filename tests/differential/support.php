<?php
/*
 * Recording doubles for the differential harness (see harness.php).
 *
 * Loaded only after the implementation under test is available (the extension,
 * or the reference library through its autoloader), because these classes
 * extend or implement the Aura\Session classes.
 *
 * Every double writes what it is asked into Log::$calls, so the trace shows
 * which overridable methods the implementation called, in which order, with
 * which arguments and results. An implementation that shortcuts a user
 * override shows up as a missing line.
 */
namespace DiffHarness;

use Aura\Session\CsrfToken;
use Aura\Session\CsrfTokenFactory;
use Aura\Session\Phpfunc;
use Aura\Session\RandvalInterface;
use Aura\Session\Segment;
use Aura\Session\SegmentFactory;
use Aura\Session\SegmentInterface;
use Aura\Session\Session;

final class Log
{
    /** @var string[] */
    public static array $calls = [];

    /** Called after anything that may create a session id, so ids can be normalised. */
    public static $onIdSeen = null;

    public static function add(string $line): void
    {
        self::$calls[] = $line;
    }

    public static function take(): array
    {
        $c = self::$calls;
        self::$calls = [];
        return $c;
    }

    public static function sawId(): void
    {
        if (self::$onIdSeen) {
            (self::$onIdSeen)();
        }
    }
}

/** Records every PHP function the implementation calls through Phpfunc. */
class RecordingPhpfunc extends Phpfunc
{
    /** When false, function_exists('session_status') answers false (the ini probe path). */
    public bool $hasSessionStatus = true;

    public function __call($func, $args)
    {
        $shown = $args;
        if ($func === 'setcookie' && isset($args[2]) && is_array($args[2]) && self::isSecureDeletion($args)) {
            $shown = [$args[0], $args[1], $args[2]['expires'], $args[2]['path'], $args[2]['domain']];
        }
        if ($func === 'setcookie' && isset($shown[2]) && is_int($shown[2])) {
            // the default deleter passes time() - 42000: keep it comparable
            $delta = $shown[2] - (time() - 42000);
            $shown[2] = abs($delta) <= 5 ? 'time()-42000' : $shown[2];
        }
        try {
            $result = parent::__call($func, $args);
        } catch (\Throwable $e) {
            Log::sawId();
            Log::add($func . Export::args($shown) . ' !! ' . Export::throwable($e));
            throw $e;
        }
        Log::sawId();
        Log::add($func . Export::args($shown) . '=' . Export::value($result));
        return $result;
    }

    /**
     * The extension's deletion of a Secure or Partitioned session cookie:
     * setcookie($name, '', $options) with the cookie parameters as they are.
     */
    private static function isSecureDeletion(array $args): bool
    {
        $options = $args[2];
        if ($args[1] !== '' || empty($options['secure']) && empty($options['partitioned'])) {
            return false;
        }
        $params = session_get_cookie_params();
        foreach (['path', 'domain', 'secure', 'httponly', 'samesite'] as $name) {
            if (($options[$name] ?? null) !== $params[$name]) {
                return false;
            }
        }
        return true;
    }

    public function function_exists($name)
    {
        if ($name === 'session_status' && !$this->hasSessionStatus) {
            Log::add('function_exists(' . Export::value($name) . ')=false [forced]');
            return false;
        }
        return $this->__call('function_exists', [$name]);
    }
}

/** Deterministic RandvalInterface: the same scenario yields the same tokens in both runs. */
class CountingRandval implements RandvalInterface
{
    private int $n = 0;

    public function __construct(private string $salt)
    {
    }

    public function generate()
    {
        $this->n++;
        Log::add("Randval::generate#{$this->n}");
        return hash('sha256', $this->salt . ':' . $this->n, true);
    }
}

/** A Session subclass whose overridable methods record that they were called. */
class RecordingSession extends Session
{
    public function isStarted()
    {
        Log::add('Session::isStarted');
        return parent::isStarted();
    }

    public function resume()
    {
        Log::add('Session::resume');
        return parent::resume();
    }

    public function start()
    {
        Log::add('Session::start');
        return parent::start();
    }

    public function isResumable()
    {
        Log::add('Session::isResumable');
        return parent::isResumable();
    }

    public function getName()
    {
        Log::add('Session::getName');
        return parent::getName();
    }

    public function getCookieParams()
    {
        Log::add('Session::getCookieParams');
        return parent::getCookieParams();
    }

    public function clear()
    {
        Log::add('Session::clear');
        return parent::clear();
    }

    public function getSegment($name)
    {
        Log::add('Session::getSegment(' . Export::value($name) . ')');
        return parent::getSegment($name);
    }

    public function getCsrfToken()
    {
        Log::add('Session::getCsrfToken');
        return parent::getCsrfToken();
    }

    protected function moveFlash()
    {
        Log::add('Session::moveFlash');
        return parent::moveFlash();
    }

    protected function sessionStatus()
    {
        Log::add('Session::sessionStatus');
        return parent::sessionStatus();
    }
}

/** A Segment subclass whose overridable methods record that they were called. */
class RecordingSegment extends Segment
{
    public function get($key, $alt = null)
    {
        Log::add('Segment::get(' . Export::value($key) . ')');
        return parent::get($key, $alt);
    }

    public function set($key, $val)
    {
        Log::add('Segment::set(' . Export::value($key) . ')');
        return parent::set($key, $val);
    }

    public function getSegment()
    {
        Log::add('Segment::getSegment');
        return parent::getSegment();
    }

    protected function resumeSession()
    {
        Log::add('Segment::resumeSession');
        return parent::resumeSession();
    }

    protected function load()
    {
        Log::add('Segment::load');
        return parent::load();
    }

    protected function resumeOrStartSession()
    {
        Log::add('Segment::resumeOrStartSession');
        return parent::resumeOrStartSession();
    }
}

class RecordingSegmentFactory extends SegmentFactory
{
    public function newInstance(Session $session, $name)
    {
        Log::add('SegmentFactory::newInstance(' . Export::value($name) . ')');
        return new RecordingSegment($session, $name);
    }
}

class RecordingCsrfTokenFactory extends CsrfTokenFactory
{
    public function newInstance(Session $session)
    {
        Log::add('CsrfTokenFactory::newInstance');
        return parent::newInstance($session);
    }
}

/** A user implementation of SegmentInterface that keeps its values in memory, not in $_SESSION. */
class ArraySegment implements SegmentInterface
{
    public array $data = [];

    public function get($key, $alt = null)
    {
        Log::add('ArraySegment::get(' . Export::value($key) . ')');
        return isset($this->data[$key]) ? $this->data[$key] : $alt;
    }

    public function getSegment()
    {
        Log::add('ArraySegment::getSegment');
        return $this->data;
    }

    public function set($key, $val)
    {
        Log::add('ArraySegment::set(' . Export::value($key) . ')');
        $this->data[$key] = $val;
    }

    public function clear()
    {
        $this->data = [];
    }

    public function setFlash($key, $val)
    {
    }

    public function getFlash($key, $alt = null)
    {
        return $alt;
    }

    public function clearFlash()
    {
    }

    public function getFlashNext($key, $alt = null)
    {
        return $alt;
    }

    public function setFlashNow($key, $val)
    {
    }

    public function clearFlashNow()
    {
    }

    public function keepFlash()
    {
    }

    public function remove($key = null)
    {
        if ($key) {
            unset($this->data[$key]);
        } else {
            $this->data = [];
        }
    }
}

/** An invokable delete-cookie callable with two parameters. */
class InvokableDeleter
{
    public function __invoke($name, $params)
    {
        Log::add('InvokableDeleter(' . Export::value($name) . ', ' . Export::value($params) . ')');
    }
}

/** Canonical one-line rendering of PHP values (var_export for scalars, compact arrays). */
final class Export
{
    public static function value($v): string
    {
        if (is_array($v)) {
            $parts = [];
            foreach ($v as $k => $item) {
                $parts[] = var_export($k, true) . '=>' . self::value($item);
            }
            return '[' . implode(', ', $parts) . ']';
        }
        if (is_object($v)) {
            return 'object(' . get_class($v) . ')';
        }
        if (is_resource($v)) {
            return 'resource';
        }
        return var_export($v, true);
    }

    public static function args(array $args): string
    {
        return '(' . implode(', ', array_map(function ($a) {
            return is_string($a) && $a === 'time()-42000' ? $a : self::value($a);
        }, $args)) . ')';
    }

    public static function throwable(\Throwable $e): string
    {
        // README, "Differences from the PHP library": the extension's
        // SessionAlreadyStarted says what to do where the library's says
        // nothing; class and code are compared.
        if ($e instanceof \Aura\Session\Exception\SessionAlreadyStarted) {
            return get_class($e) . '(code ' . $e->getCode() . ')';
        }
        return get_class($e) . '(' . var_export($e->getMessage(), true) . ')';
    }
}
