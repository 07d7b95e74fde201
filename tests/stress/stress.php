<?php
/**
 * Randomized stress run of the aura_session extension.
 *
 * Driver (what scripts/stress.sh runs): runs scenarios, each in its own PHP
 * child process, until the time is up, and reports crashes, hangs and broken
 * invariants.
 *
 *   php tests/stress/stress.php driver SECONDS SEED EXTENSION_PATH
 *
 * Worker (one scenario; the driver prints this command line for a failure):
 *
 *   php -n -d extension=target/release/libaura_session.so \
 *       tests/stress/stress.php worker SCENARIO_SEED [SAVE_PATH [OPS_LOG]]
 *
 * A scenario is a few simulated requests on one session (commit at the end
 * of each; the next one sets session_id() and builds new Session objects
 * from SessionFactory with the id in the cookie array). Each request runs
 * random API calls mixed with hostile changes to $_SESSION: segment roots
 * and flash buckets replaced by scalars, objects or references, $_SESSION
 * unset or replaced, odd names and keys, copies kept by user code, and
 * user collaborators (a Phpfunc subclass, a RandvalInterface, values with
 * destructors) that change $_SESSION while the extension is running. Checked:
 *   - the worker does not crash, hang or die with a fatal error;
 *   - a call throws nothing but Aura\Session\Exception, TypeError (and so
 *     ArgumentCountError), or an Error about an illegal offset or a member
 *     function call on a non-object;
 *   - a call leaves every segment it does not touch as it was: $_SESSION
 *     without the touched segment, its flash slots and the CSRF segment is
 *     the same after the call, once the flash move (the first time a Session
 *     object sees an active session) and a session (re)start are allowed for;
 *   - reads return what $_SESSION holds, writes land where they should and
 *     keep references inside $_SESSION references;
 *   - what a request commits is what the next one sees after session_start().
 * Calls during which user code changed $_SESSION are only checked for the
 * first two. With STRESS_VALGRIND=1 each worker runs under valgrind memcheck
 * and any memory error fails the scenario.
 */

const NOW = 'Aura\Session\Flash\Now';
const NEXT = 'Aura\Session\Flash\Next';
const CSRF = 'Aura\Session\CsrfToken';

if (PHP_SAPI !== 'cli') {
    exit(2);
}
// User collaborators for the worker (the driver runs without the extension).
if (class_exists(Aura\Session\Phpfunc::class)) {
    /** A Phpfunc whose calls may first change $_SESSION (re-entrancy). */
    final class EvilPhpfunc extends Aura\Session\Phpfunc
    {
        public function __call($func, $args)
        {
            Worker::$current?->evil("Phpfunc::$func()");
            return parent::__call($func, $args);
        }
    }

    /** A RandvalInterface whose generate() may first change $_SESSION. */
    final class EvilRandval implements Aura\Session\RandvalInterface
    {
        public function generate()
        {
            Worker::$current?->evil('Randval::generate()');
            return random_bytes(32);
        }
    }

    /** A session value whose destructor may change $_SESSION when it is overwritten. */
    final class Booby
    {
        public int $n = 0;

        public function __destruct()
        {
            Worker::$current?->evil('Booby::__destruct()');
        }
    }
}

$mode = $argv[1] ?? '';
if ($mode === 'driver') {
    exit(driver((int) ($argv[2] ?? 60), (int) ($argv[3] ?? 1), (string) ($argv[4] ?? '')));
}
if ($mode === 'worker') {
    exit((new Worker((int) ($argv[2] ?? 1), $argv[3] ?? null, $argv[4] ?? null))->run());
}
fwrite(STDERR, "usage: stress.php driver SECONDS SEED EXTENSION | worker SEED [SAVE_PATH [OPS_LOG]]\n");
exit(2);

// ---------------------------------------------------------------- driver

function driver(int $seconds, int $seed, string $ext): int
{
    echo "stress: seed $seed\n";
    if (!is_file($ext)) {
        echo "stress: extension $ext not found\n";
        return 2;
    }
    mt_srand($seed);
    $dir = sys_get_temp_dir() . '/aura-stress-' . getmypid() . '-' . bin2hex(random_bytes(4));
    mkdir($dir . '/sessions', 0700, true);
    $valgrind = getenv('STRESS_VALGRIND') === '1';
    $timeout = (float) (getenv('STRESS_SCENARIO_TIMEOUT') ?: ($valgrind ? 300 : 30));
    if ($valgrind) {
        echo "stress: workers run under valgrind memcheck\n";
    }
    $maxFailures = 5;
    $deadline = hrtime(true) + $seconds * 1_000_000_000;
    $passed = $failed = 0;
    $ops = 0;
    $scenario = 0;
    $relExt = relative_path($ext);
    do {
        $scenario++;
        $scenarioSeed = mt_rand(1, mt_getrandmax());
        $log = "$dir/ops.log";
        $out = "$dir/stdout";
        $err = "$dir/stderr";
        @unlink($log);
        $cmd = [PHP_BINARY, '-n', '-d', "extension=$ext", '-d', 'memory_limit=512M', '-d', 'display_errors=stderr',
            __FILE__, 'worker', (string) $scenarioSeed, "$dir/sessions", $log];
        $env = null;
        $vgLog = "$dir/valgrind.log";
        if ($valgrind) {
            @unlink($vgLog);
            $cmd = ['valgrind', '-q', '--error-exitcode=99', '--num-callers=40', "--log-file=$vgLog", ...$cmd];
            $env = ['USE_ZEND_ALLOC' => '0', 'ZEND_DONT_UNLOAD_MODULES' => '1'] + getenv();
        }
        $proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['file', $out, 'w'], 2 => ['file', $err, 'w']], $pipes, null, $env);
        if (!is_resource($proc)) {
            echo "stress: cannot start a worker\n";
            return 2;
        }
        $start = hrtime(true);
        $timedOut = false;
        while (true) {
            $status = proc_get_status($proc);
            if (!$status['running']) {
                break;
            }
            if ((hrtime(true) - $start) / 1e9 > $timeout) {
                $timedOut = true;
                proc_terminate($proc, 9);
                usleep(100_000);
                $status = proc_get_status($proc);
                break;
            }
            usleep(2_000);
        }
        proc_close($proc);
        $stdout = (string) @file_get_contents($out);
        $stderr = (string) @file_get_contents($err);
        $verdict = null;
        if ($timedOut) {
            $verdict = "hung: still running after {$timeout}s (killed)";
        } elseif ($valgrind && ($status['exitcode'] === 99 || filesize($vgLog) > 0)) {
            $verdict = "valgrind reported memory errors:\n" . truncate((string) file_get_contents($vgLog), 8000);
        } elseif ($status['signaled']) {
            $verdict = 'crashed: killed by signal ' . $status['termsig'] . signal_name($status['termsig']);
        } elseif ($status['exitcode'] !== 0) {
            $verdict = 'exited with status ' . $status['exitcode'];
        } elseif (!preg_match('/^OK (\d+)$/m', $stdout, $m)) {
            $verdict = 'no verdict from the worker';
        } else {
            $ops += (int) $m[1];
        }
        if ($verdict === null) {
            $passed++;
        } else {
            $failed++;
            if ($failed <= $maxFailures) {
                echo "\nstress: FAIL scenario $scenario (seed $seed, scenario seed $scenarioSeed): $verdict\n";
                $detail = trim($stdout . "\n" . $stderr);
                if ($detail !== '') {
                    echo "--- worker output\n", truncate($detail, 6000), "\n";
                }
                $lines = is_file($log) ? file($log, FILE_IGNORE_NEW_LINES) : [];
                echo "--- last operations (of ", count($lines), ")\n", implode("\n", array_slice($lines, -30)), "\n";
                $prefix = $valgrind ? 'USE_ZEND_ALLOC=0 ZEND_DONT_UNLOAD_MODULES=1 valgrind -q ' : '';
                echo "--- replay: {$prefix}php -n -d extension=$relExt tests/stress/stress.php worker $scenarioSeed\n";
            }
        }
        foreach (glob("$dir/sessions/*") ?: [] as $f) {
            @unlink($f);
        }
    } while (hrtime(true) < $deadline && $failed < $maxFailures);
    foreach (glob("$dir/sessions/*") ?: [] as $f) {
        @unlink($f);
    }
    @rmdir("$dir/sessions");
    array_map('unlink', glob("$dir/*") ?: []);
    @rmdir($dir);
    if ($failed >= $maxFailures) {
        echo "stress: stopped after $maxFailures failures\n";
    }
    echo "stress: $ops operations (API calls and hostile changes) in passed scenarios\n";
    echo "stress: $passed passed, $failed failed\n";
    return $failed === 0 && $passed > 0 ? 0 : 1;
}

function signal_name(int $sig): string
{
    $names = [4 => 'SIGILL', 6 => 'SIGABRT', 7 => 'SIGBUS', 8 => 'SIGFPE', 9 => 'SIGKILL', 11 => 'SIGSEGV', 15 => 'SIGTERM'];
    return isset($names[$sig]) ? " ($names[$sig])" : '';
}

function relative_path(string $path): string
{
    $cwd = getcwd() . '/';
    return str_starts_with($path, $cwd) ? substr($path, strlen($cwd)) : $path;
}

function truncate(string $s, int $max): string
{
    return strlen($s) > $max ? substr($s, 0, $max) . "\n[... " . (strlen($s) - $max) . ' more bytes]' : $s;
}

// ---------------------------------------------------------------- values

/** A deep copy with references and objects resolved, for comparing states. */
function plain(mixed $v, int $depth = 0): mixed
{
    if ($depth > 24) {
        return '*too deep*';
    }
    if (is_array($v)) {
        $out = [];
        foreach ($v as $k => $item) {
            $out[$k] = plain($item, $depth + 1);
        }
        return $out;
    }
    if (is_object($v)) {
        try {
            return ['*object*' => get_class($v), 'state' => serialize($v)];
        } catch (Throwable) {
            return ['*object*' => get_class($v), 'id' => spl_object_id($v)];
        }
    }
    return $v;
}

function same(mixed $a, mixed $b): bool
{
    return serialize($a) === serialize($b);
}

function show(mixed $v): string
{
    return truncate(str_replace("\n", "\n    ", var_export($v, true)), 3000);
}

/** The array key PHP makes of $k, or null when $k cannot be one. */
function php_key(mixed $k): int|string|null
{
    if (is_array($k) || is_object($k) || is_resource($k)) {
        return null;
    }
    $a = [];
    @$a[$k] = true;
    return array_key_first($a);
}

function describe(mixed $v): string
{
    return match (true) {
        is_object($v) => get_class($v) . ' object',
        is_array($v) => 'array(' . count($v) . ')' . (count($v) && count($v) < 4 ? json_encode($v, JSON_PARTIAL_OUTPUT_ON_ERROR) : ''),
        is_string($v) => var_export(strlen($v) > 40 ? substr($v, 0, 40) . '...' : $v, true),
        default => var_export($v, true),
    };
}

/**
 * Whether the array holds a PHP reference or an object anywhere (a copy of
 * it may then change legitimately, through the reference or the handle).
 */
function has_refs(array $a, int $depth = 0): bool
{
    if ($depth > 24) {
        return true;
    }
    foreach ($a as $k => $v) {
        if (is_object($v) || ReflectionReference::fromArrayElement($a, $k) !== null) {
            return true;
        }
        if (is_array($v) && has_refs($v, $depth + 1)) {
            return true;
        }
    }
    return false;
}

function ref_id(mixed $container, int|string $key): ?string
{
    if (!is_array($container) || !array_key_exists($key, $container)) {
        return null;
    }
    return ReflectionReference::fromArrayElement($container, $key)?->getId();
}

// ---------------------------------------------------------------- worker

final class InvariantFailure extends Exception
{
}

final class Worker
{
    private const KEEP = '*stored data unchanged*';
    /** Whether the last checked call started the session (so $_SESSION was replaced). */
    private bool $restarted = false;
    /** Session status when last looked at, to see (re)starts. */
    private int $lastStatus = PHP_SESSION_NONE;
    /** How many times a callback or destructor changed $_SESSION. */
    private int $evilFired = 0;
    private bool $inEvil = false;
    /** The API call running now ('' between calls). */
    private string $currentCall = '';
    /** Whether user code (callbacks, destructors) changed $_SESSION during the last checked call. */
    private bool $tainted = false;
    public static ?Worker $current = null;
    private $log;
    private int $ops = 0;
    private int $request = 0;
    private string $id = '';
    /** What the session store holds per id: a plain array, or null when unknown. */
    private array $stored = [];
    /**
     * A reference to the array the session module will write
     * (PS(http_session_vars)). Untyped on purpose: a typed property makes
     * it a typed reference, and PHP 8.2 destroys the old value of a typed
     * reference before storing the new one, so a destructor run by
     * `$_SESSION = ...` would see a half-freed array (an engine bug that
     * valgrind shows without the extension loaded).
     */
    private $link = null;
    private bool $linked = false;
    private array $sessions = [];
    /** @var list<array{0: object, 1: object, 2: mixed}> segment, its session, its name */
    private array $segments = [];
    /** Targets of references put into $_SESSION (untyped, as $link). */
    private $holders = [];
    /** Copies made by "user code", with their serialized state: they must never change. */
    private array $copies = [];
    private ReflectionProperty $flashMoved;
    private Aura\Session\SessionFactory $factory;

    /** A save path this worker made (a replay run) and removes at the end. */
    private ?string $ownSavePath = null;

    public function __construct(private int $seed, ?string $savePath, ?string $logPath)
    {
        if ($savePath === null) {
            $savePath = $this->ownSavePath = sys_get_temp_dir() . '/aura-stress-replay-' . getmypid();
            @mkdir($savePath, 0700, true);
        }
        ini_set('session.save_path', $savePath);
        ini_set('session.use_cookies', '0');
        ini_set('session.use_only_cookies', '0');
        ini_set('session.use_trans_sid', '0');
        ini_set('session.cache_limiter', '');
        ini_set('session.use_strict_mode', '0');
        ini_set('session.gc_probability', '0');
        // The default `php` handler drops integer top-level keys (a segment
        // named 5): PHP's loss, not the extension's.
        ini_set('session.serialize_handler', 'php_serialize');
        $this->log = $logPath === null ? null : fopen($logPath, 'w');
        $this->flashMoved = new ReflectionProperty(Aura\Session\Session::class, 'flash_moved');
        $this->factory = new Aura\Session\SessionFactory();
    }

    public function run(): int
    {
        mt_srand($this->seed);
        self::$current = $this;
        // No output may reach the (CLI) headers: session_regenerate_id()
        // refuses to run after it.
        ob_start();
        set_error_handler(static fn () => true);
        try {
            $requests = mt_rand(2, 6);
            for ($r = 1; $r <= $requests; $r++) {
                $this->request($r);
            }
            $result = "OK {$this->ops}\n";
            $code = 0;
        } catch (InvariantFailure $e) {
            $result = "FAIL request {$this->request}, operation {$this->ops}: " . $e->getMessage() . "\n";
            $code = 1;
        }
        self::$current = null;
        restore_error_handler();
        while (ob_get_level() > 0) {
            ob_end_clean();
        }
        if (session_status() === PHP_SESSION_ACTIVE) {
            @session_write_close();
        }
        if ($this->ownSavePath !== null) {
            array_map('unlink', glob($this->ownSavePath . '/*') ?: []);
            @rmdir($this->ownSavePath);
        }
        echo $result;
        return $code;
    }

    private function note(string $what): void
    {
        $this->ops++;
        if ($this->log) {
            fwrite($this->log, "req {$this->request} op {$this->ops}: $what\n");
        }
    }

    private function fail(string $message): never
    {
        throw new InvariantFailure($message);
    }

    // ---- requests

    private function request(int $r): void
    {
        $this->request = $r;
        $this->note('--- request start' . ($this->id === '' ? ' (no session cookie)' : " (cookie {$this->id})"));
        // A new request: the old Session objects mostly go, $_SESSION is not
        // there until a session starts.
        if (mt_rand(0, 4) > 0) {
            $this->sessions = [];
            $this->segments = [];
        }
        $this->copies = [];
        if (mt_rand(0, 3) > 0) {
            unset($_SESSION);
        }
        if ($this->id !== '') {
            session_id($this->id);
        }
        $session = $this->newSession();
        $expected = $this->id === '' || !array_key_exists($this->id, $this->stored) ? [] : $this->stored[$this->id];
        $fired = $this->evilFired;
        switch (mt_rand(0, 2)) {
            case 0:
                $this->note('session_start() by plain PHP');
                session_start();
                $this->observe();
                $this->checkReload($expected, 'session_start()', $fired);
                break;
            case 1:
                $this->note('Session::start()');
                if (!$session->start()) {
                    $this->fail('Session::start() returned false');
                }
                $this->observe();
                $this->checkReload($expected === null ? null : self::moveFlash($expected), 'Session::start() (flashes moved)', $fired);
                break;
            default:
                $this->note('(session left to start lazily)');
        }
        $n = mt_rand(5, 70);
        for ($i = 0; $i < $n; $i++) {
            $this->step();
        }
        $this->endRequest();
    }

    private function checkReload(?array $expected, string $how, int $fired): void
    {
        if ($expected === null || $this->evilFired !== $fired) {
            return;
        }
        $seen = plain($_SESSION ?? null);
        if (!same($seen, $expected)) {
            $this->fail("the committed session does not read back identical after $how:\n  committed: "
                . show($expected) . "\n  read back: " . show($seen));
        }
    }

    private function endRequest(): void
    {
        if (session_status() === PHP_SESSION_ACTIVE) {
            $data = $this->committedData();
            $how = $this->sessions && mt_rand(0, 1) ? 'Session::commit()' : 'session_write_close()';
            $this->note("--- request end: $how");
            $fired = $this->evilFired;
            $ok = $how === 'session_write_close()' ? session_write_close()
                : $this->sessions[array_rand($this->sessions)]->commit();
            // (A Phpfunc callback may have changed $_SESSION on the way: unknown then.)
            $this->recordCommit((string) session_id(), (bool) $ok, $this->evilFired === $fired ? $data : null);
        } else {
            $this->note('--- request end (no active session)');
        }
        $this->observe();
        $this->id = (string) session_id();
        $this->linked = false;
    }

    /**
     * What session_write_close() would store now: the array the session
     * module holds (which user code may have unset $_SESSION from), KEEP
     * when that is no array (PHP then writes nothing and the stored data
     * stays), null when unknown.
     */
    private function committedData(): array|string|null
    {
        if (!$this->linked) {
            return null;
        }
        return is_array($this->link) ? plain($this->link) : self::KEEP;
    }

    private function recordCommit(string $id, bool $ok, array|string|null $data): void
    {
        if ($ok && $data === self::KEEP) {
            return;
        }
        $this->stored[$id] = $ok ? $data : null;
    }

    /**
     * Looks at the session status; when the session (re)started since the
     * last look, takes a reference to the new $_SESSION, which is the array
     * the session module will write. Returns whether it (re)started.
     */
    private function observe(): bool
    {
        $status = session_status();
        $started = $status === PHP_SESSION_ACTIVE && $this->lastStatus !== PHP_SESSION_ACTIVE;
        if ($started) {
            $this->link = &$_SESSION;
            $this->linked = true;
        }
        $this->lastStatus = $status;
        return $started;
    }

    /** Stops tracking the module's array until the next (re)start seen. */
    private function forgetLink(): void
    {
        unset($this->link);
        $this->link = null;
        $this->linked = false;
        $this->lastStatus = session_status();
    }

    /** Whether the global $_SESSION is the session module's variable (the one we link to). */
    private function globalIsLink(): bool
    {
        if (!$this->linked || !array_key_exists('_SESSION', $GLOBALS)) {
            return false;
        }
        $mine = [&$this->link];
        $id = ReflectionReference::fromArrayElement($mine, 0)?->getId();
        return $id !== null && $id === ReflectionReference::fromArrayElement($GLOBALS, '_SESSION')?->getId();
    }

    /** Called by user-code callbacks and destructors: sometimes a hostile change. */
    public function evil(string $where): void
    {
        // Destructors change $_SESSION only while the extension runs, and not
        // in Session::destroy()/clear(): PHP's own session_unset() (like a
        // plain array destruction outside the extension) frees entries
        // before a destructor run in the middle can see them gone, a PHP 8.2
        // use-after-free that valgrind shows without the extension loaded:
        //   class D { function __destruct() { unset($_SESSION['a']); } }
        //   session_start(); $_SESSION['a'] = new stdClass;
        //   $_SESSION['b'] = new D; session_unset();
        if ($where === 'Booby::__destruct()'
            && ($this->currentCall === '' || preg_match('/^Session->(destroy|clear)\(/', $this->currentCall))) {
            return;
        }
        if ($this->inEvil || mt_rand(0, 99) >= 35) {
            return;
        }
        $this->inEvil = true;
        $status = session_status();
        try {
            // Not session_write_close() from a destructor: one run while
            // session_start() replaces $_SESSION crashes PHP 8.2 itself:
            //   class D { function __destruct() { session_write_close(); } }
            //   $_SESSION['x'] = new D; session_start();   // SIGSEGV
            $this->hostile("in $where: ", $where !== 'Booby::__destruct()');
            $this->evilFired++;
        } finally {
            $this->inEvil = false;
        }
        if (session_status() !== $status) {
            // Closed in the middle of something (maybe of session_start()
            // itself): which array the module writes is unknown until the
            // next start seen from outside.
            $this->forgetLink();
        }
    }

    private function newSession(): object
    {
        $cookies = $this->id !== '' && mt_rand(0, 5) > 0 ? [session_name() => $this->id] : [];
        if (mt_rand(0, 3) === 0) {
            // User collaborators that change $_SESSION from their callbacks.
            $session = new Aura\Session\Session(
                new Aura\Session\SegmentFactory(),
                new Aura\Session\CsrfTokenFactory(mt_rand(0, 1) ? new EvilRandval() : new Aura\Session\Randval()),
                mt_rand(0, 2) ? new EvilPhpfunc() : new Aura\Session\Phpfunc(),
                $cookies,
            );
        } else {
            $session = $this->factory->newInstance($cookies);
        }
        if (mt_rand(0, 3) === 0) {
            $session->setDeleteCookie(static function ($name, $params) {
            });
        }
        $this->sessions[] = $session;
        if (count($this->sessions) > 4) {
            array_shift($this->sessions);
        }
        return $session;
    }

    private function session(): object
    {
        if (!$this->sessions || mt_rand(0, 15) === 0) {
            return $this->newSession();
        }
        return $this->sessions[array_rand($this->sessions)];
    }

    private function segment(): array
    {
        if (!$this->segments || mt_rand(0, 5) === 0) {
            $session = $this->session();
            $name = $this->segmentName();
            $seg = mt_rand(0, 7) === 0 ? new Aura\Session\Segment($session, $name) : $session->getSegment($name);
            $this->segments[] = [$seg, $session, $name];
            if (count($this->segments) > 8) {
                array_shift($this->segments);
            }
        }
        return $this->segments[array_rand($this->segments)];
    }

    // ---- random inputs

    private function segmentName(): mixed
    {
        $names = ['App', 'App', 'Vendor\Package', 'Vendor\Package', 'Other', 7, '7', '', CSRF, '07', -3];
        if (mt_rand(0, 9) === 0) {
            $odd = [2.5, true, false, null, [], ['x'], new stdClass(), 'ünïcødé'];
            return $odd[array_rand($odd)];
        }
        return $names[array_rand($names)];
    }

    private function key(): mixed
    {
        $keys = ['a', 'b', 'c', 'value', 'form', 0, 1, 5, '5', '05', '', 'x y', -1];
        if (mt_rand(0, 7) === 0) {
            $odd = [1.5, true, false, null, [], ['k'], new stdClass(), PHP_INT_MAX, '0', 0.0];
            return $odd[array_rand($odd)];
        }
        return $keys[array_rand($keys)];
    }

    private function value(int $depth = 0): mixed
    {
        switch (mt_rand(0, 14)) {
            case 0: return null;
            case 1: return mt_rand();
            case 2: return 'str' . mt_rand(0, 99);
            case 3: return '';
            case 4: return '0';
            case 5: return 0;
            case 6: return false;
            case 7: return 1.25;
            case 8: return [];
            case 9:
                if ($depth > 2) {
                    return 'deep';
                }
                $a = [];
                for ($i = mt_rand(1, 4); $i > 0; $i--) {
                    $a[mt_rand(0, 1) ? $i : 'k' . $i] = $this->value($depth + 1);
                }
                return $a;
            case 10:
                $o = new stdClass();
                $o->v = mt_rand(0, 9);
                return $o;
            case 11: return new ArrayObject(['x' => mt_rand(0, 9)]);
            case 12: return str_repeat('z', mt_rand(100, 5000));
            case 13: return new Booby();
            default: return true;
        }
    }

    private function oddSessionValue(): mixed
    {
        $values = ['a string', 42, 0, '', null, false, true, 3.5, new stdClass(), new ArrayObject([1, 2])];
        return $values[array_rand($values)];
    }

    // ---- one step: an API call (checked) or a hostile change

    private function step(): void
    {
        $roll = mt_rand(0, 99);
        if ($roll < 22) {
            $this->hostile();
        } elseif ($roll < 60) {
            $this->segmentCall();
        } elseif ($roll < 75) {
            $this->csrfCall();
        } elseif ($roll < 97) {
            $this->sessionCall();
        } else {
            $this->copyCall();
        }
        $this->checkCopies();
    }

    private function hostile(string $prefix = '', bool $mayClose = true): void
    {
        $name = php_key($this->segmentName()) ?? 'App';
        $flash = mt_rand(0, 1) ? NOW : NEXT;
        $choice = mt_rand(0, 19);
        if ($choice === 19 && !$mayClose) {
            $choice = 12;
        }
        $what = '';
        try {
            switch ($choice) {
                case 0:
                    $v = $this->oddSessionValue();
                    $what = "\$_SESSION[" . var_export($name, true) . '] = ' . describe($v);
                    $_SESSION[$name] = $v;
                    break;
                case 1:
                    $i = count($this->holders);
                    $this->holders[$i] = mt_rand(0, 1) ? ['held' => $i] : $this->oddSessionValue();
                    $what = "\$_SESSION[" . var_export($name, true) . "] = &\$holder[$i] (" . describe($this->holders[$i]) . ')';
                    $_SESSION[$name] = &$this->holders[$i];
                    break;
                case 2:
                case 3:
                    $i = count($this->holders);
                    $this->holders[$i] = $this->value();
                    $k = php_key($this->key()) ?? 'a';
                    $what = "\$_SESSION[" . var_export($name, true) . '][' . var_export($k, true) . "] = &\$holder[$i]";
                    $_SESSION[$name][$k] = &$this->holders[$i];
                    break;
                case 4:
                    if ($this->holders) {
                        $i = array_rand($this->holders);
                        $v = $this->value();
                        $what = "\$holder[$i] = " . describe($v) . ' (through the reference)';
                        $this->holders[$i] = $v;
                    }
                    break;
                case 5:
                    $what = 'unset($_SESSION)';
                    unset($_SESSION);
                    break;
                case 6:
                    $v = $this->oddSessionValue();
                    $what = '$_SESSION = ' . describe($v);
                    $_SESSION = $v;
                    break;
                case 7:
                    $what = '$_SESSION = []';
                    $_SESSION = [];
                    break;
                case 8:
                    $v = $this->oddSessionValue();
                    $what = "\$_SESSION[$flash] = " . describe($v);
                    $_SESSION[$flash] = $v;
                    break;
                case 9:
                    $v = $this->oddSessionValue();
                    $what = "\$_SESSION[$flash][" . var_export($name, true) . '] = ' . describe($v);
                    $_SESSION[$flash][$name] = $v;
                    break;
                case 10:
                    $what = "unset(\$_SESSION[$flash])";
                    unset($_SESSION[$flash]);
                    break;
                case 11:
                    $v = [['value' => 5], ['value' => ''], ['value' => ['a']], 'csrf string', ['value' => str_repeat('a', 128), 'form' => null], null][mt_rand(0, 5)];
                    $what = "\$_SESSION[CSRF] = " . describe($v);
                    $_SESSION[CSRF] = $v;
                    break;
                case 12:
                    $what = "\$_SESSION[" . var_export($name, true) . '] = [] (repair)';
                    $_SESSION[$name] = [];
                    break;
                case 13:
                    $what = "\$_SESSION[$flash] = [] (repair)";
                    $_SESSION[$flash] = [];
                    break;
                case 14:
                    $what = "unset(\$_SESSION[" . var_export($name, true) . '])';
                    unset($_SESSION[$name]);
                    break;
                case 15:
                case 16:
                    $k = php_key($this->key()) ?? 'a';
                    $v = $this->value();
                    $what = "\$_SESSION[" . var_export($name, true) . '][' . var_export($k, true) . '] = ' . describe($v) . ' (plain PHP)';
                    if (isset($_SESSION[$name]) && is_string($_SESSION[$name])) {
                        // A string offset write: $s[PHP_INT_MAX] = .. makes PHP
                        // itself allocate 2^63 bytes.
                        $what .= ' (skipped: a string is there)';
                        break;
                    }
                    $_SESSION[$name][$k] = $v;
                    break;
                case 17:
                    $odd = [-1 => 'neg', 1.5 => 'float key', true => 'bool key', '' => 'empty', PHP_INT_MAX => 'max', '08' => 'str'];
                    $what = "\$_SESSION[$flash][" . var_export($name, true) . '] = array with odd keys';
                    $_SESSION[$flash][$name] = $odd;
                    break;
                case 18:
                    $i = count($this->holders);
                    $this->holders[$i] = ['held' => 'flash'];
                    $what = "\$_SESSION[$flash][" . var_export($name, true) . "] = &\$holder[$i]";
                    $_SESSION[$flash][$name] = &$this->holders[$i];
                    break;
                default:
                    $what = 'session_write_close() by plain PHP';
                    if (session_status() === PHP_SESSION_ACTIVE) {
                        // (From a callback, the extension may be half way
                        // through a write: what gets stored is unknown.)
                        $data = $this->inEvil ? null : $this->committedData();
                        $ok = session_write_close();
                        $this->recordCommit((string) session_id(), $ok, $data);
                        if (!$this->inEvil) {
                            $this->observe();
                        }
                    }
                    break;
            }
        } catch (Throwable $e) {
            $what .= ' (PHP refused: ' . get_class($e) . ')';
        }
        $this->note("{$prefix}hostile: $what");
    }

    private function segmentCall(): void
    {
        [$seg, $session, $name] = $this->segment();
        $k = $this->key();
        $v = $this->value();
        $alt = mt_rand(0, 1) ? 'ALT' : null;
        $method = ['get', 'get', 'set', 'set', 'set', 'getSegment', 'clear', 'remove', 'setFlash', 'setFlash', 'getFlash',
            'getFlashNext', 'setFlashNow', 'clearFlash', 'clearFlashNow', 'keepFlash', 'argcount'][mt_rand(0, 16)];
        $n = php_key($name);
        $ck = php_key($k);
        $label = 'Segment(' . describe($name) . ")->$method";
        $before = $this->refState($n, $ck);
        switch ($method) {
            case 'get':
            case 'getFlash':
            case 'getFlashNext':
                $label .= '(' . describe($k) . ', ' . describe($alt) . ')';
                $call = fn () => $seg->$method($k, $alt);
                break;
            case 'set':
            case 'setFlash':
            case 'setFlashNow':
                $label .= '(' . describe($k) . ', ' . describe($v) . ')';
                $call = fn () => $seg->$method($k, $v);
                break;
            case 'remove':
                $args = mt_rand(0, 3) === 0 ? [] : [$k];
                $label .= '(' . ($args ? describe($k) : '') . ')';
                $call = fn () => $seg->remove(...$args);
                break;
            case 'argcount':
                $label = 'Segment(' . describe($name) . ')->set() with one argument';
                $call = fn () => $seg->set($k);
                break;
            default:
                $label .= '()';
                $call = fn () => $seg->$method();
        }
        [$ok, $result] = $this->checked($label, $session, [$n, CSRF], false, $call);
        if ($ok && ($n === null || $ck === null) && in_array($method, ['set', 'setFlash', 'setFlashNow'], true)) {
            $this->fail("$label accepted a segment name or key that cannot be an array key");
        }
        if (!$ok || $n === null || $this->tainted) {
            return;
        }
        // What the call must have done to its own segment.
        $S = $_SESSION ?? null;
        $data = is_array($S) ? ($S[$n] ?? null) : null;
        $nowB = is_array($S) && is_array($S[NOW] ?? null) ? ($S[NOW][$n] ?? null) : null;
        $nextB = is_array($S) && is_array($S[NEXT] ?? null) ? ($S[NEXT][$n] ?? null) : null;
        switch ($method) {
            case 'get':
            case 'getFlash':
            case 'getFlashNext':
                $bucket = ['get' => $data, 'getFlash' => $nowB, 'getFlashNext' => $nextB][$method];
                if ($ck !== null && (is_array($bucket) || $bucket === null)) {
                    $want = isset($bucket[$ck]) ? $bucket[$ck] : $alt;
                    if (!same(plain($result), plain($want))) {
                        $this->fail("$label returned " . show(plain($result)) . ' but $_SESSION holds ' . show(plain($want)));
                    }
                }
                break;
            case 'getSegment':
                if (!same(plain($result), plain($data))) {
                    $this->fail("$label returned " . show(plain($result)) . ' but $_SESSION holds ' . show(plain($data)));
                }
                break;
            case 'set':
            case 'setFlash':
            case 'setFlashNow':
                $targets = ['set' => [[$data, 'segment']], 'setFlash' => [[$nextB, 'NEXT']], 'setFlashNow' => [[$nowB, 'NOW'], [$nextB, 'NEXT']]][$method];
                foreach ($targets as [$bucket, $where]) {
                    if (!is_array($bucket) || !array_key_exists($ck, $bucket) || !same(plain($bucket[$ck]), plain($v))) {
                        $this->fail("$label succeeded but the $where array does not hold the value: " . show(plain($bucket)));
                    }
                }
                // References inside $_SESSION stay references (the key's only
                // matters for set(), the others write elsewhere).
                // (Unless the call started the session: $_SESSION is new then.)
                $after = $this->refState($n, $ck);
                foreach ($this->restarted ? [] : $before as $what => $id) {
                    if ($id !== null && ($what !== 'key' || $method === 'set') && ($after[$what] ?? null) !== $id) {
                        $this->fail("$label broke the PHP reference at the segment's $what");
                    }
                }
                break;
            case 'clear':
                if (session_status() === PHP_SESSION_ACTIVE && $data !== []) {
                    $this->fail("$label left the segment as " . show(plain($data)));
                }
                break;
        }
    }

    /** Reference ids of the segment root and of the key inside it. */
    private function refState(int|string|null $n, int|string|null $ck): array
    {
        if ($n === null || !isset($_SESSION) || !is_array($_SESSION)) {
            return [];
        }
        $state = ['root' => ref_id($_SESSION, $n)];
        if ($ck !== null && is_array($_SESSION[$n] ?? null)) {
            $state['key'] = ref_id($_SESSION[$n], $ck);
        }
        return $state;
    }

    private function csrfCall(): void
    {
        $session = $this->session();
        $token = $session->getCsrfToken();
        $k = mt_rand(0, 2) ? ['value', 'form', 'other', 0][mt_rand(0, 3)] : $this->key();
        $ck = php_key($k);
        $useKey = mt_rand(0, 3) > 0;
        $keyArg = $useKey ? [$k] : [];
        $ck = $useKey ? $ck : 'value';
        $method = ['getValue', 'getValue', 'isValid', 'isValid', 'regenerateValue', 'regenerateAllKeyValues'][mt_rand(0, 5)];
        $given = null;
        if ($method === 'isValid') {
            $stored = $ck !== null && isset($_SESSION) && is_array($_SESSION) && is_array($_SESSION[CSRF] ?? null) ? ($_SESSION[CSRF][$ck] ?? null) : null;
            $given = [$stored, 'forged', ['array'], null, 123, ''][mt_rand(0, 5)];
            $label = 'CsrfToken->isValid(' . describe($given) . ($useKey ? ', ' . describe($k) : '') . ')';
            $call = fn () => $token->isValid($given, ...$keyArg);
        } elseif ($method === 'regenerateAllKeyValues') {
            $label = 'CsrfToken->regenerateAllKeyValues()';
            $call = fn () => $token->regenerateAllKeyValues();
        } else {
            $label = "CsrfToken->$method(" . ($useKey ? describe($k) : '') . ')';
            $call = fn () => $token->$method(...$keyArg);
        }
        [$ok, $result] = $this->checked($label, $session, [CSRF], false, $call);
        if (!$ok || $ck === null || $method === 'regenerateAllKeyValues' || $this->tainted) {
            return;
        }
        $S = $_SESSION ?? null;
        if (!is_array($S) || !is_array($S[CSRF] ?? null)) {
            return;
        }
        $stored = $S[CSRF][$ck] ?? null;
        if ($method === 'isValid') {
            $want = is_string($given) && is_string($stored) && $given === $stored;
            if ($result !== $want) {
                $this->fail("$label returned " . var_export($result, true) . ' for the stored token ' . describe($stored));
            }
            return;
        }
        if (!same(plain($result), plain($stored))) {
            $this->fail("$label returned " . show(plain($result)) . ' but the CSRF segment holds ' . show(plain($stored)));
        }
        if ($method === 'regenerateValue' && !preg_match('/\A[0-9a-f]{128}\z/', (string) $result)) {
            $this->fail("$label returned " . describe($result) . ', not 128 hex characters');
        }
    }

    private function sessionCall(): void
    {
        $session = $this->session();
        $method = ['isStarted', 'isStarted', 'resume', 'start', 'isResumable', 'keepFlash', 'clearFlash', 'commit',
            'regenerateId', 'getSegment', 'getCsrfToken', 'getId', 'getName', 'getCookieParams', 'setCookieParams',
            'newSession', 'destroy', 'clear'][mt_rand(0, 17)];
        if (in_array($method, ['destroy', 'clear'], true) && mt_rand(0, 3) > 0) {
            $method = 'isStarted';
        }
        $excl = [CSRF];
        $wholeFlash = false;
        $call = fn () => $session->$method();
        switch ($method) {
            case 'keepFlash':
            case 'clearFlash':
                $wholeFlash = true;
                break;
            case 'getSegment':
                $name = $this->segmentName();
                $call = function () use ($session, $name) {
                    $seg = $session->getSegment($name);
                    $this->segments[] = [$seg, $session, $name];
                    if (count($this->segments) > 8) {
                        array_shift($this->segments);
                    }
                    return $seg;
                };
                $method .= '(' . describe($name) . ')';
                break;
            case 'setCookieParams':
                $call = fn () => $session->setCookieParams(['path' => '/p' . mt_rand(0, 9)]);
                break;
            case 'newSession':
                $call = fn () => $this->newSession();
                break;
            case 'destroy':
            case 'clear':
                $excl = null;
                break;
        }
        $label = "Session->$method()";
        $idBefore = (string) session_id();
        $activeBefore = session_status() === PHP_SESSION_ACTIVE;
        $data = $activeBefore ? $this->committedData() : null;
        [$ok, $result] = $this->checked($label, $session, $excl, $wholeFlash, $call);
        if ($this->tainted && $idBefore !== '' && in_array($method, ['commit', 'destroy', 'regenerateId'], true)) {
            // User code changed $_SESSION during the call: what got stored is unknown.
            $this->stored[$idBefore] = null;
        }
        if (!$ok || $this->tainted) {
            return;
        }
        if ($method === 'commit' && $activeBefore) {
            $this->recordCommit($idBefore, (bool) $result, $data);
        }
        if ($method === 'destroy') {
            if ($result) {
                $this->stored[$idBefore !== '' ? $idBefore : '?'] = [];
            } elseif ($idBefore !== '') {
                $this->stored[$idBefore] = null;
            }
        }
        if ($method === 'regenerateId' && $result && $idBefore !== '') {
            $this->stored[$idBefore] = [];
        }
        if ($method === 'isStarted' && $result !== (session_status() === PHP_SESSION_ACTIVE)) {
            $this->fail("$label returned " . var_export($result, true) . ' but session_status() is ' . session_status());
        }
    }

    /** User code keeps copies of session arrays; no call may change them. */
    private function copyCall(): void
    {
        $name = php_key($this->segmentName()) ?? 'App';
        if (isset($_SESSION) && is_array($_SESSION)) {
            $copy = mt_rand(0, 1) ? $_SESSION : ($_SESSION[$name] ?? null);
            if (is_array($copy) && !has_refs($copy)) {
                $this->copies[] = [$copy, serialize(plain($copy))];
                $this->note('copy = $_SESSION' . (is_array($copy) && $copy !== $_SESSION ? '[' . var_export($name, true) . ']' : ''));
                return;
            }
        }
        $this->note('copy: nothing to copy');
    }

    private function checkCopies(): void
    {
        foreach ($this->copies as $i => [$copy, $state]) {
            if (serialize(plain($copy)) !== $state) {
                $this->fail("a PHP copy of session data (copy #$i) changed behind the user's back:\n  was: " . $state
                    . "\n  now: " . serialize(plain($copy)));
            }
        }
    }

    // ---- the checked call

    /**
     * Runs an API call and checks that nothing outside the segments it
     * may touch changed, and that it threw only a documented exception.
     * $excl: top-level keys it may touch (with their flash slots); null
     * means the call may change anything (destroy, clear).
     */
    private function checked(string $label, object $session, ?array $excl, bool $wholeFlash, callable $call): array
    {
        $this->note($label);
        $this->observe();
        $firedBefore = $this->evilFired;
        $movedBefore = $this->flashMoved->getValue($session);
        $before = plain($_SESSION ?? null);
        // With the session active and $_SESSION unset by user code, a write
        // links $_SESSION to the session module's array again (so the value
        // is saved; docs/guarantees.md): the module's array is the "before".
        $unsetBefore = !array_key_exists('_SESSION', $GLOBALS);
        $moduleBefore = $unsetBefore && $this->linked && session_status() === PHP_SESSION_ACTIVE ? plain($this->link) : null;
        $moduleUnknown = $unsetBefore && !$this->linked && session_status() === PHP_SESSION_ACTIVE;
        $result = null;
        $ok = false;
        $this->currentCall = $label;
        try {
            $result = $call();
            $ok = true;
        } catch (InvariantFailure $e) {
            throw $e;
        } catch (Throwable $e) {
            if (!self::documented($e)) {
                $this->fail("$label threw an undocumented " . get_class($e) . ': ' . $e->getMessage()
                    . "\n  at " . $e->getFile() . ':' . $e->getLine());
            }
            if ($this->log) {
                fwrite($this->log, '    threw ' . get_class($e) . ': ' . $e->getMessage() . "\n");
            }
        } finally {
            $this->currentCall = '';
        }
        $this->tainted = $this->evilFired !== $firedBefore;
        if ($this->tainted) {
            // User code changed $_SESSION in the middle of the call: only
            // "no crash, documented exceptions" can be checked, and which
            // array the session module will write is no longer known.
            $this->forgetLink();
            return [$ok, $result];
        }
        $this->restarted = $this->observe();
        if ($this->restarted) {
            // The call started the session: $_SESSION now holds the stored data.
            $base = $this->stored[(string) session_id()] ?? (array_key_exists((string) session_id(), $this->stored) ? null : []);
            if ($base === null) {
                return [$ok, $result];
            }
        } elseif ($moduleBefore !== null && $this->globalIsLink()) {
            $base = $moduleBefore;
        } elseif ($moduleUnknown && array_key_exists('_SESSION', $GLOBALS)) {
            return [$ok, $result];
        } else {
            $base = $before;
        }
        // The flash move: once per Session object, the first time it sees an
        // active session (SPEC.md: start() too moves only if not moved yet).
        if (!$movedBefore && $this->flashMoved->getValue($session)) {
            $base = self::moveFlash($base);
        }
        if ($excl === null) {
            return [$ok, $result];
        }
        $after = plain($_SESSION ?? null);
        $want = self::view($base, $excl, $wholeFlash);
        $got = self::view($after, $excl, $wholeFlash);
        $got = self::normalizeCreated($want, $got);
        if (!same($want, $got)) {
            $this->fail("$label changed \$_SESSION outside the segments it may touch ("
                . implode(', ', array_map(fn ($k) => var_export($k, true), array_filter($excl, fn ($k) => $k !== null)))
                . ($wholeFlash ? ', flash buckets' : '') . "):\n  expected: " . show($want) . "\n  found:    " . show($got));
        }
        return [$ok, $result];
    }

    private static function documented(Throwable $e): bool
    {
        if ($e instanceof Aura\Session\Exception || $e instanceof TypeError) {
            return true;
        }
        return $e instanceof Error
            && (str_contains($e->getMessage(), 'Illegal offset') || str_contains($e->getMessage(), 'Call to a member function'));
    }

    /** $_SESSION after the flash move: NOW = NEXT (or []), NEXT = []. */
    private static function moveFlash(mixed $s): mixed
    {
        if ($s === null) {
            $s = [];
        }
        if (!is_array($s) || isset($s['*object*'])) {
            return $s;
        }
        if (!isset($s[NEXT])) {
            $s[NEXT] = [];
        }
        $s[NOW] = $s[NEXT];
        $s[NEXT] = [];
        return $s;
    }

    /** The part of a (plain) session a call must leave alone. */
    private static function view(mixed $s, array $excl, bool $wholeFlash): mixed
    {
        if ($s === null) {
            $s = [];
        }
        if (!is_array($s)) {
            return $s;
        }
        foreach ($excl as $k) {
            if ($k !== null) {
                unset($s[$k]);
            }
        }
        foreach ([NOW, NEXT] as $b) {
            if (!array_key_exists($b, $s)) {
                continue;
            }
            if ($wholeFlash) {
                unset($s[$b]);
            } elseif (is_array($s[$b])) {
                foreach ($excl as $k) {
                    if ($k !== null) {
                        unset($s[$b][$k]);
                    }
                }
            }
        }
        return $s;
    }

    /**
     * Loading a segment creates NOW/NEXT buckets that were missing (or
     * null): such a bucket, empty once the touched slots are left out,
     * counts as unchanged.
     */
    private static function normalizeCreated(mixed $want, mixed $got): mixed
    {
        if (!is_array($want) || !is_array($got)) {
            return $got;
        }
        foreach ([NOW, NEXT] as $b) {
            if (!isset($want[$b]) && array_key_exists($b, $got) && $got[$b] === []) {
                if (array_key_exists($b, $want)) {
                    $got[$b] = $want[$b];
                } else {
                    unset($got[$b]);
                }
            }
        }
        return $got;
    }
}
