<?php
/*
 * Randomised differential harness: the extension against the PHP library.
 *
 * From a seed it generates multi-request scenarios (random calls on Session,
 * Segment and CsrfToken, commits between requests, the next request rebuilding
 * the Session with or without the session cookie), runs them all in this one
 * process and prints a canonical trace, one line per call: the call, its
 * return value (or exception), session_status(), $_SESSION after the call,
 * every call the implementation made through the recording doubles of
 * support.php (a Phpfunc subclass, and in some scenarios Session, Segment,
 * factory and Randval doubles), and the warnings raised. Values are printed
 * by Export::value(): var_export() for scalars, a one-line form for arrays
 * that keeps key types and order.
 *
 * Sessions use the files handler in a private temporary directory, with
 * cookies enabled as in a web request; the harness sets the id from the
 * simulated cookie with session_id() and never sends output through PHP's
 * output layer, so headers are never sent and session_start() works in CLI.
 *
 * Run it twice with the same arguments and compare the traces:
 *   php -n -d extension=.../libaura_session.so harness.php --mode=ext ...
 *   AURA_REFERENCE_SRC=/path/to/aura-session/src php -n harness.php --mode=ref ...
 * scripts/differential.sh does exactly that.
 *
 * Options:
 *   --mode=ext|ref        which implementation (checked: ext needs the extension
 *                         loaded, ref needs it absent and AURA_REFERENCE_SRC set)
 *   --count=N --seed=S    generate N scenarios from seed S (scenario i is
 *                         generated from "S:i", so each one is reproducible alone)
 *   --first=I             start at scenario index I (default 0)
 *   --only=I              generate scenario I alone
 *   --scenarios-in=FILE   run the serialize()d list of scenarios in FILE instead
 *   --scenarios-out=FILE  also write the generated scenarios there
 *   --describe            print the scenarios' calls instead of running them
 *   --out=FILE            write the trace to FILE (default: standard output)
 *
 * Normalisation (the only places the two traces may legitimately differ):
 * - session ids are random: each id is replaced by SID#n, numbered by first
 *   appearance within the scenario;
 * - CSRF token values from the native Randval are random: every 128-hex-digit
 *   string is replaced by TOK#n, numbered by first appearance within the
 *   scenario (scenarios that use the deterministic CountingRandval keep the
 *   real values, so the sha512 step is compared exactly);
 * - the default delete-cookie callable passes time() - 42000 to setcookie: the
 *   recording Phpfunc shows it as "time()-42000";
 * - each run has its own session directories, shown as <DIR-A> and <DIR-B>;
 * - warnings are shown by level and message, without file and line.
 *
 * Deliberate differences in SPEC.md, excluded or normalised here:
 * - CsrfToken::isValid() with a value that is not a string returns false in
 *   the extension where the library throws a TypeError from hash_equals()
 *   (argument #1). Both outcomes are shown as NONSTRING_REJECTED; any other
 *   outcome (true, another exception) is shown as it is.
 * - A delete-cookie callable declaring three or more parameters is called as
 *   ($name, $path, $domain) by the extension. No such callable is generated;
 *   the generated ones declare one, two or a variadic parameter list.
 * - Session::keepFlash() and Session::clearFlash() exist only in the
 *   extension; they are never called.
 * - The default deleter deletes a Secure or Partitioned session cookie with
 *   setcookie()'s options array, carrying those attributes, where the
 *   library passes ($name, '', time() - 42000, $path, $domain), which a
 *   browser ignores for such a cookie (README, "Differences from the PHP
 *   library"). The recording Phpfunc shows that call in the library's form
 *   when the options array carries exactly the cookie parameters.
 * - SessionAlreadyStarted has a message in the extension, none in the
 *   library: it is shown by class and code.
 * - The "bad input and broken state" cases (non-array segments or flash
 *   areas, $_SESSION replaced by a non-array, names or keys that are neither
 *   string nor int, session_start() failing) are defined as exceptions by
 *   SPEC.md. The generator avoids them: names and keys are strings or ints,
 *   raw writes never put a scalar where an array is expected, the save path
 *   always exists, and nothing is printed before a session starts.
 */

declare(strict_types=0);

namespace DiffHarness;

error_reporting(E_ALL);
ini_set('display_errors', 'stderr');

$opts = getopt('', [
    'mode:', 'count:', 'seed:', 'first:', 'only:', 'scenarios-in:', 'scenarios-out:', 'describe', 'out:',
]);
$mode = $opts['mode'] ?? '';
if ($mode !== 'ext' && $mode !== 'ref') {
    fwrite(STDERR, "harness: --mode=ext or --mode=ref is required\n");
    exit(2);
}
if ($mode === 'ext') {
    if (!extension_loaded('aura_session')) {
        fwrite(STDERR, "harness: --mode=ext needs the aura_session extension loaded\n");
        exit(2);
    }
} else {
    if (extension_loaded('aura_session')) {
        fwrite(STDERR, "harness: --mode=ref must run without the aura_session extension (use php -n)\n");
        exit(2);
    }
    $ref = getenv('AURA_REFERENCE_SRC');
    if (!$ref || !is_file(rtrim($ref, '/') . '/Session.php')) {
        fwrite(STDERR, "harness: AURA_REFERENCE_SRC must name the library's src/ directory\n");
        exit(2);
    }
    $ref = rtrim($ref, '/');
    spl_autoload_register(function ($class) use ($ref) {
        $prefix = 'Aura\\Session\\';
        if (strncmp($class, $prefix, strlen($prefix)) === 0) {
            $file = $ref . '/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
            if (is_file($file)) {
                require $file;
            }
        }
    });
}
require __DIR__ . '/support.php';

// ---------------------------------------------------------------------------
// Generation
// ---------------------------------------------------------------------------

final class Gen
{
    const SEGMENTS = ['a', 'a', 'b', 'b', 'Vendor\\Pkg', 'Aura\\Session\\CsrfToken', '0', 7, ''];
    const KEYS = ['foo', 'foo', 'bar', 'value', '0', 0, 1, '1', -1, '', 'x y', '01', '__csrf', 2, '1.5'];
    const CSRF_KEYS = [null, null, null, 'value', '__csrf', 'k2', 0, '0', 1];

    public static function pick(array $a)
    {
        return $a[mt_rand(0, count($a) - 1)];
    }

    public static function chance(int $percent): bool
    {
        return mt_rand(1, 100) <= $percent;
    }

    public static function value(int $depth = 0)
    {
        switch (mt_rand(0, 21)) {
            case 0: return null;
            case 1: return true;
            case 2: return false;
            case 3: return 0;
            case 4: return 1;
            case 5: return -7;
            case 6: return '0';
            case 7: return '';
            case 8: return '1';
            case 9: return '12';
            case 10: return '1e3';
            case 11: return 'str';
            case 12: return 1.5;
            case 13: return 0.0;
            case 14: return [];
            case 15: return [1, 2];
            case 16: return ['a' => 1, 0 => null];
            case 17: return $depth < 2 ? ['x' => self::value($depth + 1), 3 => self::value($depth + 1)] : 'deep';
            case 18: return ' spaced  out ';
            case 19: return 'bar';
            case 20: return PHP_INT_MAX;
            default: return 'v' . mt_rand(0, 99);
        }
    }

    public static function scenario(int $seed, int $index): array
    {
        mt_srand(crc32("aura-diff:$seed:$index"));
        $phpfunc = self::pick(['plain', 'plain', 'recording', 'recording', 'recording', 'nostatus']);
        $scn = [
            'index' => $index,
            'seed' => $seed,
            'phpfunc' => $phpfunc,
            'randval' => self::chance(30) ? 'counting' : 'native',
            'session_class' => self::chance(25) ? 'recording' : 'native',
            'segment_factory' => self::chance(25) ? 'recording' : 'native',
            'csrf_factory' => self::chance(20) ? 'recording' : 'native',
            'deleter' => self::pick(['none', 'none', 'none', 'closure2', 'closure1', 'variadic', 'invokable', 'falsy']),
            'via_factory' => false,
            'requests' => [],
        ];
        if ($phpfunc === 'plain' && $scn['randval'] === 'native' && $scn['session_class'] === 'native'
            && $scn['segment_factory'] === 'native' && $scn['csrf_factory'] === 'native' && self::chance(40)) {
            $scn['via_factory'] = true;
        }
        $requests = mt_rand(1, 5);
        for ($r = 0; $r < $requests; $r++) {
            $cookie = $r === 0
                ? self::pick(['none', 'none', 'none', 'bogus'])
                : self::pick(['last', 'last', 'last', 'last', 'last', 'none', 'bogus', 'nullcookie', 'othername']);
            $ops = [];
            $n = mt_rand(1, 10);
            for ($i = 0; $i < $n; $i++) {
                $ops[] = self::op();
            }
            $scn['requests'][] = ['cookie' => $cookie, 'ops' => $ops];
        }
        return $scn;
    }

    private static function keyArgs(): array
    {
        return ['key' => self::pick(self::KEYS)];
    }

    public static function op(): array
    {
        $seg = ['seg' => self::pick(self::SEGMENTS), 'cached' => self::chance(40)];
        $w = mt_rand(0, 99);
        // segment calls: about half of all calls
        if ($w < 50) {
            $m = self::pick([
                'get', 'get', 'get', 'getSegment', 'set', 'set', 'set', 'set', 'clear', 'remove', 'remove',
                'setFlash', 'setFlash', 'setFlash', 'getFlash', 'getFlash', 'getFlashNext', 'setFlashNow',
                'setFlashNow', 'clearFlash', 'clearFlashNow', 'keepFlash', 'keepFlash',
            ]);
            $op = ['op' => 'segment', 'method' => $m] + $seg;
            switch ($m) {
                case 'get':
                case 'getFlash':
                case 'getFlashNext':
                    $op += self::keyArgs();
                    if (self::chance(30)) {
                        $op['alt'] = self::value();
                    }
                    break;
                case 'set':
                case 'setFlash':
                case 'setFlashNow':
                    $op += self::keyArgs();
                    $op['val'] = self::value();
                    break;
                case 'remove':
                    $op['remove'] = self::pick(['key', 'key', 'key', 'none', 'null', 'zero', 'zerostr', 'empty']);
                    $op['key'] = self::pick(self::KEYS);
                    break;
            }
            return $op;
        }
        // CSRF calls
        if ($w < 68) {
            $m = self::pick(['getValue', 'getValue', 'getValue', 'isValid', 'isValid', 'isValid',
                'regenerateValue', 'regenerateAllKeyValues', 'direct', 'arraysegment']);
            $op = ['op' => 'csrf', 'method' => $m, 'key' => self::pick(self::CSRF_KEYS),
                'extra_arg' => self::chance(15)];
            if ($m === 'isValid') {
                $op['value'] = self::pick(['current', 'current', 'current', 'stale', 'garbage', 'empty',
                    'nonstring:null', 'nonstring:int', 'nonstring:array']);
            }
            if ($m === 'direct') {
                $op['seg'] = self::pick(self::SEGMENTS);
                $op['then'] = self::pick(['getValue', 'isValid', 'regenerateAllKeyValues']);
            }
            if ($m === 'arraysegment') {
                $op['then'] = self::pick(['getValue', 'isValid', 'regenerateValue', 'regenerateAllKeyValues']);
                $op['preset'] = self::chance(40) ? self::value() : null;
            }
            return $op;
        }
        // direct manipulation of $_SESSION and of the PHP session by "other code"
        if ($w < 78) {
            $m = self::pick(['raw_set', 'raw_set', 'raw_now', 'raw_unset', 'ref_make', 'ref_make', 'ref_write', 'ref_write',
                'php_session_start', 'php_session_write_close']);
            $op = ['op' => 'raw', 'method' => $m, 'seg' => self::pick(self::SEGMENTS)] + self::keyArgs();
            $op['val'] = self::value();
            return $op;
        }
        // session calls
        $m = self::pick([
            'start', 'start', 'resume', 'resume', 'isStarted', 'isStarted', 'isResumable', 'commit', 'commit',
            'commit', 'clear', 'destroy', 'destroy', 'regenerateId', 'regenerateId', 'getId', 'getName',
            'setName', 'getCookieParams', 'setCookieParams', 'setCookieParams', 'getCacheLimiter',
            'setCacheLimiter', 'getCacheExpire', 'setCacheExpire', 'getSavePath', 'setSavePath',
            'setDeleteCookie', 'rebuild', 'rebuild', 'getSegmentClass', 'getCsrfToken',
        ]);
        $op = ['op' => 'session', 'method' => $m];
        switch ($m) {
            case 'setName':
                $op['arg'] = self::pick(['PHPSESSID', 'OTHERSESS', 'OTHERSESS']);
                break;
            case 'setCookieParams':
                $params = [];
                foreach (['lifetime' => [0, 60, '999', '0'], 'path' => ['/', '/sub', ''],
                    'domain' => ['', 'example.test'], 'secure' => [true, false],
                    'httponly' => [true, false], 'samesite' => ['Lax', 'Strict', '']] as $k => $choices) {
                    if (self::chance(40)) {
                        $params[$k] = self::pick($choices);
                    }
                }
                $op['arg'] = $params;
                break;
            case 'setCacheLimiter':
                $op['arg'] = self::pick(['nocache', 'private', 'public', 'private_no_expire']);
                break;
            case 'setCacheExpire':
                $op['arg'] = self::pick([0, 30, 180, '45']);
                break;
            case 'setSavePath':
                $op['arg'] = self::pick(['A', 'B']);
                break;
            case 'setDeleteCookie':
                $op['arg'] = self::pick(['none', 'closure2', 'closure1', 'variadic', 'invokable', 'falsy']);
                break;
            case 'getCsrfToken':
                $op['extra_arg'] = self::chance(30);
                break;
        }
        return $op;
    }

    public static function describe(array $op): string
    {
        $o = $op;
        $head = $o['op'] . '.' . $o['method'];
        unset($o['op'], $o['method']);
        $parts = [];
        foreach ($o as $k => $v) {
            $parts[] = $k . '=' . Export::value($v);
        }
        return $head . '(' . implode(', ', $parts) . ')';
    }
}

// ---------------------------------------------------------------------------
// Execution
// ---------------------------------------------------------------------------

final class Runner
{
    private $out;
    private array $dirs;
    private array $scn;
    private $session = null;
    private array $segCache = [];
    private array $cookies = [];
    private string $lastId = '';
    private array $refs = [];
    private array $stale = [];
    private array $sidMap = [];
    private array $tokMap = [];
    private ?ArraySegment $arraySegment = null;
    private $randval = null;
    private array $warnings = [];

    public function __construct($out, array $dirs)
    {
        $this->out = $out;
        $this->dirs = $dirs;
        set_error_handler(function ($no, $msg) {
            if (!(error_reporting() & $no)) {
                return false;
            }
            $this->warnings[] = "E$no:" . $msg;
            return true;
        });
        Log::$onIdSeen = function () {
            $this->seeId(session_id());
        };
    }

    private function seeId($id): void
    {
        if (is_string($id) && $id !== '' && !isset($this->sidMap[$id])) {
            $this->sidMap[$id] = 'SID#' . (count($this->sidMap) + 1);
        }
    }

    private function normalise(string $line): string
    {
        // the two runs use different private session directories
        $line = str_replace([$this->dirs['A'], $this->dirs['B']], ['<DIR-A>', '<DIR-B>'], $line);
        if ($this->sidMap) {
            // longest first, so an id that contains another is replaced whole
            $ids = array_keys($this->sidMap);
            usort($ids, fn ($a, $b) => strlen($b) <=> strlen($a));
            foreach ($ids as $id) {
                $line = str_replace((string) $id, $this->sidMap[$id], $line);
            }
        }
        if ($this->scn['randval'] === 'native') {
            $line = preg_replace_callback('/[0-9a-f]{128}/', function ($m) {
                if (!isset($this->tokMap[$m[0]])) {
                    $this->tokMap[$m[0]] = 'TOK#' . (count($this->tokMap) + 1);
                }
                return $this->tokMap[$m[0]];
            }, $line);
        }
        return $line;
    }

    private function emit(string $line): void
    {
        fwrite($this->out, $this->normalise($line) . "\n");
    }

    /** Reset what PHP would reset at the start of a new request. */
    private function resetRequestState(): void
    {
        if (session_status() === PHP_SESSION_ACTIVE) {
            session_write_close();
        }
        $this->seeId(session_id());
        session_id('');
        session_name('PHPSESSID');
        session_save_path($this->dirs['A']);
        session_set_cookie_params(['lifetime' => 0, 'path' => '/', 'domain' => '', 'secure' => false,
            'httponly' => false, 'samesite' => '']);
        session_cache_limiter('nocache');
        session_cache_expire(180);
        $this->refs = [];
        $_SESSION = [];
        Log::take();
        $this->warnings = [];
    }

    private function deleter(string $kind)
    {
        switch ($kind) {
            case 'closure2':
                return function ($name, $params) {
                    Log::add('deleter2(' . Export::value($name) . ', ' . Export::value($params) . ')');
                };
            case 'closure1':
                return function ($name) {
                    Log::add('deleter1(' . Export::value($name) . ') argc=' . func_num_args());
                };
            case 'variadic':
                return function (...$args) {
                    Log::add('deleterVariadic' . Export::args($args));
                };
            case 'invokable':
                return new InvokableDeleter();
            case 'falsy':
                return '';
            default:
                return null;
        }
    }

    private function buildSession()
    {
        $s = $this->scn;
        $deleter = $this->deleter($s['deleter']);
        if ($s['via_factory']) {
            $this->session = (new \Aura\Session\SessionFactory())->newInstance($this->cookies, $deleter);
            return;
        }
        if ($s['phpfunc'] === 'plain') {
            $phpfunc = new \Aura\Session\Phpfunc();
        } else {
            $phpfunc = new RecordingPhpfunc();
            $phpfunc->hasSessionStatus = $s['phpfunc'] !== 'nostatus';
        }
        if ($this->randval === null) {
            $this->randval = $s['randval'] === 'counting'
                ? new CountingRandval('scenario-' . $s['seed'] . '-' . $s['index'])
                : new \Aura\Session\Randval();
        }
        $segFactory = $s['segment_factory'] === 'recording'
            ? new RecordingSegmentFactory() : new \Aura\Session\SegmentFactory();
        $csrfFactory = $s['csrf_factory'] === 'recording'
            ? new RecordingCsrfTokenFactory($this->randval) : new \Aura\Session\CsrfTokenFactory($this->randval);
        $class = $s['session_class'] === 'recording' ? RecordingSession::class : \Aura\Session\Session::class;
        $this->session = new $class($segFactory, $csrfFactory, $phpfunc, $this->cookies, $deleter);
    }

    private function segment($name, bool $cached)
    {
        $k = is_int($name) ? "i$name" : "s$name";
        if ($cached && isset($this->segCache[$k])) {
            return $this->segCache[$k];
        }
        return $this->segCache[$k] = $this->session->getSegment($name);
    }

    public function run(array $scn): void
    {
        $this->scn = $scn;
        $this->sidMap = [];
        $this->tokMap = [];
        $this->segCache = [];
        $this->stale = [];
        $this->lastId = '';
        $this->arraySegment = null;
        $this->randval = null;
        fwrite($this->out, '=== scenario ' . $scn['index'] . ' (' . implode(' ', array_map(
            fn ($k) => $k . '=' . (is_bool($scn[$k]) ? var_export($scn[$k], true) : $scn[$k]),
            ['phpfunc', 'randval', 'session_class', 'segment_factory', 'csrf_factory', 'deleter', 'via_factory']
        )) . ")\n");
        foreach ($scn['requests'] as $r => $req) {
            $this->resetRequestState();
            $this->segCache = [];
            switch ($req['cookie']) {
                case 'last':
                    if ($this->lastId !== '') {
                        session_id($this->lastId);
                        $this->cookies = [session_name() => $this->lastId];
                    } else {
                        $this->cookies = [];
                    }
                    break;
                case 'bogus':
                    $bogus = 'bogus' . $scn['index'] . 'x' . $r;
                    session_id($bogus);
                    $this->cookies = [session_name() => $bogus];
                    break;
                case 'nullcookie':
                    // the cookie name is there, its value is null: isset() says no
                    $this->cookies = ['other' => 'x', session_name() => null];
                    break;
                case 'othername':
                    // the id travels under another cookie name than the session's
                    if ($this->lastId !== '') {
                        session_id($this->lastId);
                    }
                    $this->cookies = ['OTHERSESS' => $this->lastId];
                    break;
                default:
                    $this->cookies = [];
            }
            $this->seeId(session_id());
            $label = "R$r";
            try {
                $this->buildSession();
                $built = 'ok';
            } catch (\Throwable $e) {
                $built = Export::throwable($e);
            }
            $this->emit("$label new Session cookie={$req['cookie']} " . Export::value($this->cookies)
                . " => $built" . $this->tail());
            if ($this->session === null) {
                continue;
            }
            foreach ($req['ops'] as $i => $op) {
                $desc = Gen::describe($op);
                try {
                    $res = $this->exec($op);
                } catch (\Throwable $e) {
                    $res = Export::throwable($e);
                    if (($op['method'] ?? '') === 'isValid' && !empty($op['nonstring'])) {
                        $res = self::nonStringOutcome($e, null);
                    }
                }
                $this->emit("$label.$i $desc => $res" . $this->tail());
            }
            if (session_status() === PHP_SESSION_ACTIVE) {
                $this->seeId(session_id());
                session_write_close();
            }
            $this->seeId(session_id());
            if (session_id() !== '') {
                $this->lastId = session_id();
            }
            $this->session = null;
        }
        $this->resetRequestState();
    }

    private function tail(): string
    {
        $this->seeId(session_id());
        $calls = Log::take();
        $w = $this->warnings;
        $this->warnings = [];
        $s = ' | st=' . session_status();
        $s .= ' | S=' . (isset($_SESSION) ? Export::value($_SESSION) : 'UNSET');
        if ($calls) {
            $s .= ' | C=' . implode('; ', $calls);
        }
        if ($w) {
            $s .= ' | W=' . implode('; ', $w);
        }
        return $s;
    }

    private static function nonStringOutcome(?\Throwable $e, $result): string
    {
        // SPEC.md deliberate difference: a non-string value is rejected with
        // false by the extension and with hash_equals()'s TypeError by the library.
        if ($e === null && $result === false) {
            return 'NONSTRING_REJECTED';
        }
        if ($e instanceof \TypeError && strpos($e->getMessage(), 'hash_equals(): Argument #1') === 0) {
            return 'NONSTRING_REJECTED';
        }
        return $e ? Export::throwable($e) : Export::value($result);
    }

    private function keyArgs(array $op): array
    {
        return $op['key'] === null ? [] : [$op['key']];
    }

    private function tokenValue(array &$op, $key)
    {
        $k = $key ?? 'value';
        $cur = $_SESSION['Aura\\Session\\CsrfToken'][$k] ?? null;
        switch ($op['value']) {
            case 'current':
                return $cur ?? '';
            case 'stale':
                return $this->stale[$k] ?? str_repeat('ab', 64);
            case 'garbage':
                return str_repeat('ab', 64);
            case 'empty':
                return '';
            case 'nonstring:null':
                return null;
            case 'nonstring:int':
                return 123;
            default:
                return ['x'];
        }
    }

    private function noteToken($key, $value): void
    {
        if (is_string($value)) {
            $this->stale[$key ?? 'value'] = $value;
        }
    }

    private function exec(array &$op): string
    {
        switch ($op['op']) {
            case 'segment':
                return $this->execSegment($op);
            case 'csrf':
                return $this->execCsrf($op);
            case 'raw':
                return $this->execRaw($op);
            default:
                return $this->execSession($op);
        }
    }

    private function execSegment(array $op): string
    {
        $seg = $this->segment($op['seg'], $op['cached']);
        $m = $op['method'];
        switch ($m) {
            case 'get':
            case 'getFlash':
            case 'getFlashNext':
                $r = array_key_exists('alt', $op) ? $seg->$m($op['key'], $op['alt']) : $seg->$m($op['key']);
                break;
            case 'set':
            case 'setFlash':
            case 'setFlashNow':
                $r = $seg->$m($op['key'], $op['val']);
                break;
            case 'remove':
                switch ($op['remove']) {
                    case 'none': $r = $seg->remove(); break;
                    case 'null': $r = $seg->remove(null); break;
                    case 'zero': $r = $seg->remove(0); break;
                    case 'zerostr': $r = $seg->remove('0'); break;
                    case 'empty': $r = $seg->remove(''); break;
                    default: $r = $seg->remove($op['key']);
                }
                break;
            default:
                $r = $seg->$m();
        }
        return Export::value($r);
    }

    private function execCsrf(array &$op): string
    {
        $m = $op['method'];
        $keyArgs = $this->keyArgs($op);
        if ($m === 'direct' || $m === 'arraysegment') {
            if ($m === 'direct') {
                $segment = $this->segment($op['seg'], false);
            } else {
                $this->arraySegment = $this->arraySegment ?? new ArraySegment();
                if ($op['preset'] !== null) {
                    $this->arraySegment->data[$op['key'] ?? 'value'] = $op['preset'];
                }
                $segment = $this->arraySegment;
            }
            $randval = $this->randval ?? new \Aura\Session\Randval();
            $token = new \Aura\Session\CsrfToken($segment, $randval);
            $then = $op['then'];
            if ($then === 'isValid') {
                $cur = $segment->get($op['key'] ?? 'value');
                Log::add('(harness read of the current value)');
                $v = is_string($cur) ? $cur : 'not-the-token';
                $r = $token->isValid($v, ...$keyArgs);
            } else {
                $r = $token->$then(...$keyArgs);
            }
            $res = Export::value($r);
            if ($m === 'arraysegment') {
                $res .= ' | A=' . Export::value($this->arraySegment->data);
            }
            return $res;
        }
        $token = $op['extra_arg'] ? $this->session->getCsrfToken('extra') : $this->session->getCsrfToken();
        switch ($m) {
            case 'isValid':
                $value = $this->tokenValue($op, $op['key']);
                if (!is_string($value)) {
                    $op['nonstring'] = true;
                    $r = $token->isValid($value, ...$keyArgs);
                    return self::nonStringOutcome(null, $r);
                }
                $r = $token->isValid($value, ...$keyArgs);
                return Export::value($r);
            case 'getValue':
            case 'regenerateValue':
                $r = $token->$m(...$keyArgs);
                $this->noteToken($op['key'], $r);
                return Export::value($r);
            default:
                return Export::value($token->regenerateAllKeyValues());
        }
    }

    private function execRaw(array $op): string
    {
        $seg = $op['seg'];
        $key = $op['key'];
        switch ($op['method']) {
            case 'raw_set':
                if (!isset($_SESSION[$seg]) || is_array($_SESSION[$seg])) {
                    $_SESSION[$seg][$key] = $op['val'];
                    return 'written';
                }
                return 'skipped';
            case 'raw_now':
                $now = 'Aura\\Session\\Flash\\Now';
                if ((!isset($_SESSION[$now]) || is_array($_SESSION[$now]))
                    && (!isset($_SESSION[$now][$seg]) || is_array($_SESSION[$now][$seg]))) {
                    $_SESSION[$now][$seg][$key] = $op['val'];
                    return 'written';
                }
                return 'skipped';
            case 'raw_unset':
                unset($_SESSION[$seg]);
                return 'unset';
            case 'ref_make':
                if (!isset($_SESSION[$seg]) || is_array($_SESSION[$seg])) {
                    $this->refs[] = &$_SESSION[$seg][$key];
                    return 'ref#' . count($this->refs);
                }
                return 'skipped';
            case 'ref_write':
                if (!$this->refs) {
                    return 'no-ref';
                }
                $n = count($this->refs) - 1;
                $this->refs[$n] = $op['val'];
                return 'wrote ref#' . ($n + 1);
            case 'php_session_start':
                return Export::value(@session_start());
            default:
                return Export::value(session_write_close());
        }
    }

    private function execSession(array $op): string
    {
        $s = $this->session;
        $m = $op['method'];
        switch ($m) {
            case 'setName':
            case 'setCookieParams':
            case 'setCacheLimiter':
            case 'setCacheExpire':
                return Export::value($s->$m($op['arg']));
            case 'setSavePath':
                return Export::value($s->setSavePath($this->dirs[$op['arg']]));
            case 'setDeleteCookie':
                return Export::value($s->setDeleteCookie($this->deleter($op['arg'])));
            case 'rebuild':
                $this->buildSession();
                return 'rebuilt';
            case 'getSegmentClass':
                return get_class($s->getSegment('a'));
            case 'getCsrfToken':
                $t = $op['extra_arg'] ? $s->getCsrfToken('extra') : $s->getCsrfToken();
                return get_class($t);
            case 'regenerateId':
                $r = $s->regenerateId();
                $this->seeId(session_id());
                return Export::value($r);
            default:
                return Export::value($s->$m());
        }
    }
}

// ---------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------

if (isset($opts['scenarios-in'])) {
    $scenarios = unserialize(file_get_contents($opts['scenarios-in']));
} else {
    $seed = (int) ($opts['seed'] ?? 1);
    if (isset($opts['only'])) {
        $indexes = [(int) $opts['only']];
    } else {
        $first = (int) ($opts['first'] ?? 0);
        $indexes = range($first, $first + max(1, (int) ($opts['count'] ?? 100)) - 1);
    }
    $scenarios = [];
    foreach ($indexes as $i) {
        $scenarios[] = Gen::scenario($seed, $i);
    }
}
if (isset($opts['scenarios-out'])) {
    file_put_contents($opts['scenarios-out'], serialize($scenarios));
}
if (isset($opts['describe'])) {
    foreach ($scenarios as $scn) {
        $cfg = $scn;
        unset($cfg['requests']);
        echo '=== scenario ' . Export::value($cfg) . "\n";
        foreach ($scn['requests'] as $r => $req) {
            echo "  request R$r cookie={$req['cookie']}\n";
            foreach ($req['ops'] as $i => $op) {
                echo "    R$r.$i " . Gen::describe($op) . "\n";
            }
        }
    }
    exit(0);
}

// A private session directory pair; removed at the end.
$base = sys_get_temp_dir() . '/aura-diff-' . getmypid() . '-' . bin2hex(random_bytes(4));
$dirs = ['A' => "$base/a", 'B' => "$base/b"];
foreach ($dirs as $d) {
    mkdir($d, 0700, true);
}
// Cookies are on, as in a web request, so setCookieParams() and
// regenerateId() take effect; the id still comes from session_id(), set by
// the harness from the simulated cookie, and headers are never sent.
ini_set('session.use_cookies', '1');
ini_set('session.use_only_cookies', '0');
ini_set('session.use_trans_sid', '0');
ini_set('session.use_strict_mode', '0');
ini_set('session.gc_probability', '0');
ini_set('session.save_handler', 'files');
ini_set('session.serialize_handler', 'php');
ini_set('session.lazy_write', '1');
// Anything printed through the output layer would mark headers as sent and
// make session_start() fail; the trace goes straight to a stream instead.
ob_start();

$out = isset($opts['out']) ? fopen($opts['out'], 'wb') : fopen('php://stdout', 'wb');
$runner = new Runner($out, $dirs);
foreach ($scenarios as $scn) {
    $runner->run($scn);
}
fwrite($out, '=== end ' . count($scenarios) . " scenarios\n");
fclose($out);
ob_end_clean();

foreach ($dirs as $d) {
    foreach (glob("$d/*") ?: [] as $f) {
        @unlink($f);
    }
    @rmdir($d);
}
@rmdir($base);
