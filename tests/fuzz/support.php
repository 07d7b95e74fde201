<?php
/*
 * Shared by the aliasing fuzzer's worker (worker.php) and by the reproducers
 * in found/, loaded after the implementation under test: the objects a fuzz case stores in $_SESSION, the event log, the
 * garbage-collector filler and the canonical dumper.
 *
 * - Holder has one typed property of each kind a reference can bind to
 *   (int, ?array, string); a slot of $_SESSION referencing one of them makes
 *   every write through that slot a typed-reference assignment.
 * - Hook runs PHP code when it is destroyed or converted to a string, so
 *   overwriting or removing it in the middle of a call rewrites $_SESSION
 *   under the caller. With $cycle it references itself, so only the cycle
 *   collector frees it: at whatever point inside a call the collector runs.
 * - Fz::fillGc() fills the collector's root buffer up to its threshold, so
 *   one of the next decrements of an array or object runs a collection.
 * - Fz::dump() prints a value canonically: key types and order, which slots
 *   are PHP references shared with another dumped slot (&1, &2, ... by first
 *   appearance, as &1:value, found with ReflectionReference), objects by class and first
 *   appearance, CSRF tokens (128 hex digits) as TOK1, TOK2, ... by first
 *   appearance in the process. It never calls user code.
 */
declare(strict_types=0);

/**
 * Token randomness the two implementations share, so every CSRF value (and
 * whatever reads it through a reference) is the same in both traces.
 */
final class FzRandval implements Aura\Session\RandvalInterface
{
    private static int $n = 0;

    public function generate()
    {
        return 'random' . ++self::$n;
    }
}

final class Holder
{
    public int $n = 0;
    public ?array $a = null;
    public string $s = '';
}

final class Hook
{
    public $self;

    public function __construct(
        public int $id,
        public string $onDestruct = '',
        public string $onString = '',
        bool $cycle = false,
    ) {
        if ($cycle) {
            $this->self = $this;
        }
    }

    public function __destruct()
    {
        Fz::event("~$this->id");
        if ($this->onDestruct !== '' && !Fz::$quiet) {
            Fz::run($this->onDestruct);
        }
    }

    public function __toString(): string
    {
        Fz::event("str$this->id");
        if ($this->onString !== '' && !Fz::$quiet) {
            Fz::run($this->onString);
        }
        return "hook$this->id";
    }
}

final class Fz
{
    public static array $events = [];
    public static bool $quiet = false;
    public static array $warnings = [];
    private static array $tokens = [];
    private static array $refCount = [];
    private static array $refTag = [];
    private static array $open = [];
    private static array $objTag = [];

    public static function event(string $e): void
    {
        self::$events[] = $e;
    }

    /**
     * Runs a hook's code. A collection it runs is logged
     * ("gc"): the order in which it destroys cycles follows the root buffer,
     * which each implementation fills differently.
     */
    public static function run(string $code): void
    {
        if (str_contains($code, 'gc_collect_cycles')) {
            self::event('gc');
        }
        eval($code);
    }

    /**
     * Session::keepFlash() as the extension documents it, for implementations
     * without it: per segment named in NOW, what Segment::keepFlash() does.
     */
    public static function keepAllFlash($session): void
    {
        $now = 'Aura\Session\Flash\Now';
        $next = 'Aura\Session\Flash\Next';
        if ($session->isStarted() || $session->resume()) {
            foreach (isset($_SESSION[$now]) ? array_keys($_SESSION[$now]) : [] as $name) {
                if (!isset($_SESSION[$next][$name])) {
                    $_SESSION[$next][$name] = [];
                }
                $_SESSION[$next][$name] = array_merge($_SESSION[$next][$name], $_SESSION[$now][$name]);
            }
        }
    }

    /** Session::clearFlash() likewise: Segment::clearFlash() per segment named in NEXT. */
    public static function clearAllFlash($session): void
    {
        $next = 'Aura\Session\Flash\Next';
        if ($session->isStarted() || $session->resume()) {
            foreach (isset($_SESSION[$next]) ? array_keys($_SESSION[$next]) : [] as $name) {
                $_SESSION[$next][$name] = [];
            }
        }
    }

    /**
     * The running reproducer's own session directory, emptied first: run
     * twice (with the extension, then with the oracle), it must not resume
     * the session file the first run saved.
     */
    public static function privateDir(): string
    {
        $dir = sys_get_temp_dir() . '/fz-' . md5($_SERVER['SCRIPT_FILENAME'] ?? '');
        if (!is_dir($dir)) {
            mkdir($dir, 0700);
        }
        array_map('unlink', glob("$dir/sess_*") ?: []);
        return $dir;
    }

    /**
     * Session settings of every case: files handler in $dir, no cookies or
     * headers (CLI). Warnings are recorded, and printed too with $print.
     */
    public static function setupSession(string $dir, string $serializer, bool $print = false): void
    {
        ini_set('session.save_handler', 'files');
        ini_set('session.save_path', $dir);
        ini_set('session.serialize_handler', $serializer);
        ini_set('session.use_cookies', '0');
        ini_set('session.use_only_cookies', '0');
        ini_set('session.use_strict_mode', '0');
        ini_set('session.cache_limiter', '');
        ini_set('session.gc_probability', '0');
        set_error_handler(function (int $level, string $msg) use ($print): bool {
            self::$warnings[] = $level . ':' . $msg;
            if ($print) {
                echo "warning $level: $msg\n";
            }
            return true;
        });
    }

    /**
     * Runs $call with hooks that only log. PHP's own session_unset() reads
     * freed memory when a destructor it triggers writes to $_SESSION, in
     * plain PHP as well, so Session::clear() runs this way.
     */
    public static function quietly(callable $call)
    {
        self::$quiet = true;
        try {
            return $call();
        } finally {
            self::$quiet = false;
        }
    }

    /**
     * After a commit: drops the closed session's array in plain PHP code.
     * Otherwise the next session_start() would free it, and PHP's own
     * session_start() crashes when a destructor it triggers writes to
     * $_SESSION (plain PHP does too).
     */
    public static function afterCommit($result)
    {
        unset($_SESSION);
        return $result;
    }

    /**
     * A Session as every case builds one (tokens from FzRandval), its
     * segments named $names and its CSRF token; $resumable gives it the
     * session cookie.
     */
    public static function newSession(bool $resumable, array $names): array
    {
        $session = new Aura\Session\Session(
            new Aura\Session\SegmentFactory(),
            new Aura\Session\CsrfTokenFactory(new FzRandval()),
            new Aura\Session\Phpfunc(),
            $resumable ? [session_name() => session_id()] : [],
        );
        $segments = array_map(fn ($name) => $session->getSegment($name), $names);
        return [$session, $segments, $session->getCsrfToken()];
    }

    /** Leaves the root buffer $slack + 1 entries short of a collection. */
    public static function fillGc(int $slack): void
    {
        $s = gc_status();
        $n = $s['threshold'] - $s['roots'] - 1 - $slack;
        for ($i = 0; $i < $n; $i++) {
            $o = new stdClass();
            $o->o = $o;
        }
        unset($o);
    }

    /** Class and message, and those of the exceptions it replaced (a destructor throwing during a throw). */
    public static function throwable(Throwable $e): string
    {
        $out = get_class($e) . ': ' . $e->getMessage();
        $previous = $e->getPrevious();
        return $previous === null ? $out : "$out (previous " . self::throwable($previous) . ')';
    }

    /** The superglobal, the alias array $A and the holder $H, as one line. */
    public static function state(): string
    {
        $names = array_values(array_filter(['_SESSION', 'A', 'H'], fn ($n) => array_key_exists($n, $GLOBALS)));
        return self::dumpElements($GLOBALS, $names);
    }

    public static function dump($v): string
    {
        return self::dumpElements([$v], [0]);
    }

    /** Dumps the elements $keys of $arr, with their reference state, in two passes. */
    private static function dumpElements(array $arr, array $keys): string
    {
        self::$refCount = self::$refTag = self::$open = self::$objTag = [];
        foreach ($keys as $key) {
            self::walk($arr, $key, false, 0);
        }
        self::$open = self::$objTag = [];
        $parts = [];
        foreach ($keys as $key) {
            $parts[] = (is_int($key) ? '' : "$key:") . self::walk($arr, $key, true, 0);
        }
        return implode(' ', $parts);
    }

    private static function walk(array $arr, $key, bool $print, int $depth): string
    {
        $rr = ReflectionReference::fromArrayElement($arr, $key);
        $id = $rr ? $rr->getId() : null;
        $tag = '';
        if ($id !== null) {
            if (!$print) {
                self::$refCount[$id] = (self::$refCount[$id] ?? 0) + 1;
            } elseif (self::$refCount[$id] > 1) {
                if (!isset(self::$refTag[$id])) {
                    self::$refTag[$id] = '&' . (count(self::$refTag) + 1) . ':';
                }
                $tag = self::$refTag[$id];
            }
            if (isset(self::$open[$id])) {
                return $tag . '*RECURSION*';
            }
            self::$open[$id] = true;
        }
        $out = $tag . self::value($arr[$key], $print, $depth);
        if ($id !== null) {
            unset(self::$open[$id]);
        }
        return $out;
    }

    private static function value($v, bool $print, int $depth): string
    {
        if ($depth > 24) {
            return '*DEEP*';
        }
        if (is_array($v)) {
            $parts = [];
            foreach (array_keys($v) as $k) {
                $parts[] = (is_int($k) ? $k : self::str($k)) . '=>' . self::walk($v, $k, $print, $depth + 1);
            }
            return '[' . implode(',', $parts) . ']';
        }
        if (is_object($v)) {
            $oid = spl_object_id($v);
            $first = !isset(self::$objTag[$oid]);
            if ($first) {
                self::$objTag[$oid] = count(self::$objTag) + 1;
            }
            $name = get_class($v) . '#' . self::$objTag[$oid];
            if ($v instanceof Hook) {
                return $name . "(id $v->id)";
            }
            if (!$first) {
                return $name;
            }
            return $name . self::value((array) $v, $print, $depth + 1);
        }
        if (is_string($v)) {
            return self::str($v);
        }
        return var_export($v, true);
    }

    private static function str(string $s): string
    {
        if (strlen($s) === 128 && preg_match('/^[0-9a-f]+$/', $s)) {
            if (!isset(self::$tokens[$s])) {
                self::$tokens[$s] = 'TOK' . (count(self::$tokens) + 1);
            }
            return self::$tokens[$s];
        }
        return json_encode($s, JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE);
    }
}
