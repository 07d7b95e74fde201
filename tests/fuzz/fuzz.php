<?php
/*
 * Aliasing fuzzer: the driver. Runs without the extension; scripts/fuzz.sh
 * documents the command line.
 *
 * Each case is generated from "seed:index": a live $_SESSION shape (segments,
 * the two flash areas, their per-segment buckets and the CSRF segment, with
 * table sizes at the edges where an insert grows the table, 0-2, 7-9 and
 * 15-17 entries, packed and hashed), PHP references between any two slots
 * on the extension's paths, to the root, to aliases outside $_SESSION and to
 * the typed properties of a Holder; Hook objects in the session whose
 * destructors and __toString rewrite or unset parts of $_SESSION (some of
 * them self-referencing, so only the cycle collector frees them); then
 * random calls through the Segment, Session and CsrfToken API mixed with
 * more raw aliasing, forced collections (in "gc" cases the root buffer is
 * filled to its threshold before every call, so a collection runs at one of
 * the call's first decrements) and new requests (commit, then a new Session
 * resuming the stored data, references and all).
 *
 * worker.php runs the case once with the extension and once with the oracle
 * (the PHP library when AURA_REFERENCE_SRC names its src/, else oracle.php),
 * each in its own process with a time limit, and the traces are compared
 * step by step (compare() below says what may differ). A failing case is
 * shrunk by deleting steps while it keeps failing the same way, and printed
 * as a PHP reproducer.
 *
 * Options (scripts/fuzz.sh passes the usual ones):
 *   --seed=S --seconds=T | --cases=N | --case=I   which cases (case I of seed S
 *                           is generated from "S:I", so it replays alone)
 *   --ext=PATH              the extension (default: the release build)
 *   --valgrind              the extension's processes under valgrind memcheck
 *   --preload=LIB           LD_PRELOAD for the extension's processes (ASan)
 *   --save=DIR              write each shrunk reproducer there
 *   --shrink-seconds=T --shrink-max=N   shrink the first N distinct failures,
 *                           T seconds each (defaults 20 and 3)
 *   --timeout=T             seconds before a worker counts as hung
 *   --check-oracle          check oracle.php itself: run the library (from
 *                           AURA_REFERENCE_SRC) in place of the extension
 *   --opt-in=lazy_lock|lifetimes|both   the extension runs with the opt-in
 *                           mode(s) on (OPT_IN_INI below); see optInFailure()
 * FUZZ_KEEP=1 keeps the scratch directory (cases, traces, outputs).
 */
declare(strict_types=0);

const NOW = 'Aura\\Session\\Flash\\Now';
const NEXT = 'Aura\\Session\\Flash\\Next';
const NAMES = ['a', 'b', 'Aura\\Session\\CsrfToken'];
const KEYS = ['k', 'k', 'value', 0, 1, 'x', 8, 16];
const SIZES = [0, 1, 2, 7, 8, 9, 15, 16, 17];
const LIFETIME = 'Aura\\Session\\Lifetime';
// The opt-in modes as --opt-in names them. The lifetimes are long enough
// never to end a case by themselves: steps age the reserved key instead.
const OPT_IN_INI = [
    'lazy_lock' => ['aura_session.lazy_lock=1'],
    'lifetimes' => ['aura_session.idle_timeout=3600', 'aura_session.absolute_timeout=86400',
        'aura_session.rotate_interval=600', 'aura_session.rotate_grace=10'],
];

final class Gen
{
    public function __construct(private bool $lifetimes = false)
    {
    }

    private int $hooks = 0;
    private bool $gc;
    private string $focusName;
    private $focusKey;

    private static function pick(array $a)
    {
        return $a[mt_rand(0, count($a) - 1)];
    }

    private static function chance(int $percent): bool
    {
        return mt_rand(1, 100) <= $percent;
    }

    private static function ex($v): string
    {
        return var_export($v, true);
    }

    private static function seg(string $name): string
    {
        return '$_SESSION[' . self::ex($name) . ']';
    }

    private static function bucket(string $area, string $name): string
    {
        return '$_SESSION[' . self::ex($area) . '][' . self::ex($name) . ']';
    }

    /** Slots holding arrays on the extension's paths; $name narrows them to one segment's. */
    private static function containers(?string $name = null): array
    {
        $c = $name === null ? ['$_SESSION[' . self::ex(NOW) . ']', '$_SESSION[' . self::ex(NEXT) . ']'] : [];
        foreach ($name === null ? NAMES : [$name] as $n) {
            $c[] = self::seg($n);
            $c[] = self::bucket(NOW, $n);
            $c[] = self::bucket(NEXT, $n);
        }
        return $c;
    }

    /**
     * Most paths go through the case's focus segment and key, so that links
     * and calls meet on the same slots often.
     */
    private function container(): string
    {
        return self::pick(self::containers(self::chance(65) ? $this->focusName : null));
    }

    private function keyValue()
    {
        return self::chance(55) ? $this->focusKey : self::pick(KEYS);
    }

    private function leaf(): string
    {
        return $this->container() . '[' . self::ex($this->keyValue()) . ']';
    }

    private function anySlot(): string
    {
        return self::chance(50) ? $this->container() : $this->leaf();
    }

    private function scalar()
    {
        return self::pick([0, 5, -1, 12345, 'str', '', 'x y', null, true, 1.5, '7']);
    }

    private function valueCode(int $depth = 0): string
    {
        $r = mt_rand(1, 100);
        if ($r <= 55 || $depth > 1) {
            return self::ex($this->scalar());
        }
        if ($r <= 75) {
            return $this->hookCode();
        }
        if ($r <= 90) {
            return '[' . self::ex(self::pick(KEYS)) . ' => ' . $this->valueCode($depth + 1) . ', 2 => 3]';
        }
        return self::pick(['[]', '$H', 'new stdClass()']);
    }

    /** Code that a Hook runs when destroyed or converted to a string. */
    private function hookAction(): string
    {
        $r = mt_rand(1, 100);
        if ($r <= 30) {
            return 'unset(' . $this->anySlot() . ');';
        }
        if ($r <= 55) {
            return $this->anySlot() . ' = ' . self::ex($this->scalar()) . ';';
        }
        if ($r <= 70) {
            $t = $this->container();
            return "if (is_array($t)) { for (\$fzj = 0; \$fzj < 9; \$fzj++) { {$t}[] = \$fzj; } }";
        }
        if ($r <= 78) {
            return $this->container() . ' = [];';
        }
        if ($r <= 85) {
            return 'gc_collect_cycles();';
        }
        if ($r <= 90) {
            return '$_SESSION = ["fresh" => 1];';
        }
        if ($r <= 95) {
            return $this->anySlot() . ' = &' . $this->anySlot() . ';';
        }
        return 'throw new RuntimeException("from a hook");';
    }

    private function hookCode(): string
    {
        $id = ++$this->hooks;
        $d = self::chance(80) ? $this->hookAction() : '';
        $s = self::chance(30) ? $this->hookAction() : '';
        $cycle = $this->gc && self::chance(60);
        return 'new Hook(' . $id . ', ' . self::ex($d) . ', ' . self::ex($s) . ($cycle ? ', cycle: true' : '') . ')';
    }

    private function arrayLiteral(): string
    {
        $size = self::pick(SIZES);
        $packed = self::chance(50);
        $items = [];
        for ($i = 0; $i < $size; $i++) {
            $v = self::chance(85) ? self::ex($i) : $this->valueCode(1);
            $items[] = $packed ? $v : self::ex($i < 3 ? self::pick(KEYS) . "$i" : "h$i") . ' => ' . $v;
        }
        if (!$packed && self::chance(50)) {
            $items[] = self::ex($this->keyValue()) . ' => ' . $this->valueCode();
        }
        return '[' . implode(', ', $items) . ']';
    }

    private function linkCode(): string
    {
        $r = mt_rand(1, 100);
        if ($r <= 12) {
            $target = '$_SESSION';
        } elseif ($r <= 32) {
            $target = '$H->' . self::pick(['n', 'a', 'a', 's']);
        } else {
            $target = $this->anySlot();
        }
        $from = self::chance(15) ? '$A[' . mt_rand(0, 3) . ']' : $this->anySlot();
        return "$from = &$target;";
    }

    private function key(): string
    {
        $r = mt_rand(1, 100);
        if ($r <= 3) {
            return $this->hookCode();
        }
        return self::ex($this->keyValue());
    }

    private function apiCall(): array
    {
        $s = '$S[' . (self::chance(60) ? array_search($this->focusName, NAMES, true) : mt_rand(0, 2)) . ']';
        $r = mt_rand(1, 100);
        if ($r <= 70) {
            $m = self::pick([
                'set', 'set', 'set', 'get', 'get', 'getSegment', 'remove', 'remove', 'clear',
                'setFlash', 'setFlash', 'setFlashNow', 'setFlashNow', 'setFlashNow', 'getFlash', 'getFlashNext',
                'keepFlash', 'keepFlash', 'clearFlash', 'clearFlashNow',
            ]);
            $args = match ($m) {
                'set', 'setFlash', 'setFlashNow' => $this->key() . ', ' . $this->valueCode(),
                'get', 'getFlash', 'getFlashNext' => $this->key(),
                'remove' => self::chance(70) ? $this->key() : '',
                default => '',
            };
            return ["seg.$m", "return $s->$m($args);"];
        }
        if ($r <= 85) {
            $m = self::pick(['keepFlash', 'keepFlash', 'clearFlash', 'clear', 'regenerateId', 'commit', 'start', 'getSegment']);
            $code = match ($m) {
                'keepFlash' => 'return method_exists($session, "keepFlash") ? $session->keepFlash() : Fz::keepAllFlash($session);',
                'clearFlash' => 'return method_exists($session, "clearFlash") ? $session->clearFlash() : Fz::clearAllFlash($session);',
                'getSegment' => "$s = \$session->getSegment(" . self::ex(self::pick(NAMES)) . '); return null;',
                'clear' => 'return Fz::quietly(fn () => $session->clear());',
                'commit' => 'return Fz::afterCommit($session->commit());',
                default => "return \$session->$m();",
            };
            return ["session.$m", $code];
        }
        $k = self::chance(60) ? '' : self::ex($this->keyValue());
        $m = self::pick(['getValue', 'getValue', 'isValid', 'isValid', 'regenerateValue', 'isValidNonString']);
        $code = match ($m) {
            'isValid' => self::chance(50)
                ? "return \$C->isValid(\$C->getValue($k)" . ($k === '' ? '' : ", $k") . ');'
                : "return \$C->isValid('nope'" . ($k === '' ? '' : ", $k") . ');',
            'isValidNonString' => "return \$C->isValid(null" . ($k === '' ? '' : ", $k") . ');',
            default => "return \$C->$m($k);",
        };
        return ["csrf.$m", $code];
    }

    private static function newSession(bool $cookie): string
    {
        $names = implode(', ', array_map(fn ($n) => self::ex($n), NAMES));
        return '[$session, $S, $C] = Fz::newSession(' . self::ex($cookie) . ", [$names]);";
    }

    /**
     * Moves one of the reserved key's times into the past (a rotation or an
     * expiry is then due at the next start), or aliases or replaces the key.
     */
    private function ageCode(): string
    {
        $key = '$_SESSION[' . self::ex(LIFETIME) . ']';
        return match (mt_rand(1, 5)) {
            1 => $key . '["issued"] = 0;',
            2 => $key . '["active"] = 0;',
            3 => $key . '["created"] = 0;',
            4 => $key . ' = &' . $this->anySlot() . ';',
            default => $key . ' = ' . $this->valueCode() . ';',
        };
    }

    /** @return array{serializer: string, gc: bool, steps: list<array{label: string, code: string}>} */
    public function generate(int $seed, int $index): array
    {
        mt_srand(crc32("$seed:$index"));
        $this->hooks = 0;
        $this->gc = self::chance(35);
        $this->focusName = self::pick(NAMES);
        $this->focusKey = self::pick(KEYS);
        $steps = [];
        $add = function (string $label, string $code) use (&$steps): void {
            $steps[] = ['label' => $label, 'code' => $code];
        };
        $add('prelude', '$A = []; $H = new Holder(); session_id("fz' . $index . 'x"); session_start(); '
            . self::newSession(self::chance(85)) . (self::chance(50) ? ' $session->isStarted();' : ''));
        if (self::chance(30)) {
            $add('shape.pad', 'for ($fzj = 0; $fzj < ' . self::pick(SIZES) . '; $fzj++) { $_SESSION["p$fzj"] = $fzj; }');
        }
        foreach (self::containers() as $c) {
            if (self::chance(55)) {
                $add('shape.fill', "$c = " . $this->arrayLiteral() . ';');
            }
        }
        $add('shape.holder', '$H->n = ' . mt_rand(0, 9) . '; $H->a = ' . (self::chance(50) ? 'null' : '["h" => 1]')
            . '; $H->s = "s";' . (self::chance(40) ? ' $_SESSION["holder"] = $H;' : ''));
        for ($i = mt_rand(0, 4); $i > 0; $i--) {
            $add('shape.link', $this->linkCode());
        }
        for ($i = mt_rand(8, 40); $i > 0; $i--) {
            $r = mt_rand(1, 100);
            if ($r <= 70) {
                [$label, $code] = $this->apiCall();
                if ($this->gc) {
                    $code = 'Fz::fillGc(' . mt_rand(0, 4) . '); ' . $code;
                }
                $add($label, $code);
            } elseif ($r <= 80) {
                $add('raw.link', $this->linkCode());
            } elseif ($r <= 86) {
                $add('raw.write', $this->anySlot() . ' = ' . $this->valueCode() . ';');
            } elseif ($r <= 89) {
                $add('raw.unset', 'unset(' . $this->anySlot() . ');');
            } elseif ($r <= 92) {
                $add('raw.gc', 'gc_collect_cycles();');
            } elseif ($this->lifetimes && $r <= 96) {
                $add('raw.age', $this->ageCode());
            } else {
                $code = 'Fz::afterCommit($session->commit()); ' . self::newSession(self::chance(90));
                if (self::chance(50)) {
                    $code .= ' $session->resume(); $H = $_SESSION["holder"] ?? $H;';
                }
                $add('request', $code);
            }
        }
        return ['serializer' => self::chance(80) ? 'php' : 'php_serialize', 'gc' => $this->gc, 'steps' => $steps];
    }
}

final class Runner
{
    public function __construct(
        private string $root,
        private string $ext,
        private string $work,
        private ?string $ref,
        private int $timeout,
        private bool $valgrind,
        private bool $checkOracle = false,
        private ?string $preload = null,
        private array $optInIni = [],
    ) {
    }

    /** @return array{rc: int, lines: list<array>} */
    public function run(array $case, string $impl): array
    {
        $caseFile = "$this->work/case";
        file_put_contents($caseFile, serialize($case));
        $save = "$this->work/save-$impl";
        @mkdir($save);
        array_map('unlink', glob("$save/*") ?: []);
        $out = "$this->work/trace-$impl";
        @unlink($out);
        $php = [PHP_BINARY, '-n', '-d', 'zend.exception_ignore_args=1', '-d', 'memory_limit=512M'];
        $env = getenv();
        if ($impl === 'ext' && $this->checkOracle) {
            $mode = 'ref';
        } elseif ($impl === 'ext') {
            $mode = 'ext';
            $php = array_merge($php, ['-d', "extension=$this->ext"]);
            foreach ($this->optInIni as $setting) {
                $php = array_merge($php, ['-d', $setting]);
            }
            if ($this->preload !== null) {
                $env['LD_PRELOAD'] = $this->preload;
                $env['USE_ZEND_ALLOC'] = '0';
            }
            if ($this->valgrind) {
                @unlink("$this->work/valgrind.log");
                $env['USE_ZEND_ALLOC'] = '0';
                $env['ZEND_DONT_UNLOAD_MODULES'] = '1';
                $php = array_merge(['valgrind', '-q', '--error-exitcode=99', '--leak-check=no',
                    "--log-file=$this->work/valgrind.log"], $php);
            }
        } else {
            $mode = $this->ref !== null && !$this->checkOracle ? 'ref' : 'oracle';
        }
        if ($mode === 'ref') {
            $env['AURA_REFERENCE_SRC'] = $this->ref;
        }
        $cmd = array_merge(['timeout', '-k', '5', (string) $this->timeout], $php,
            ["$this->root/tests/fuzz/worker.php", $mode, $caseFile, $out, $save]);
        $p = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['file', "$this->work/stdout-$impl", 'w'],
            2 => ['file', "$this->work/stderr-$impl", 'w']], $pipes, null, $env);
        // proc_close() cannot tell an exit code from a signal; the status can
        do {
            usleep(2000);
            $st = proc_get_status($p);
        } while ($st['running']);
        proc_close($p);
        $rc = $st['signaled'] ? -$st['termsig'] : $st['exitcode'];
        $lines = [];
        foreach (is_file($out) ? file($out, FILE_IGNORE_NEW_LINES) : [] as $l) {
            $lines[] = json_decode($l, true) ?? ['bad' => $l];
        }
        return ['rc' => $rc, 'lines' => $lines];
    }

    public function optIn(): bool
    {
        return $this->optInIni !== [];
    }

    /** The -d options of the extension's process beyond loading it. */
    public function optInOptions(): string
    {
        return implode('', array_map(fn ($setting) => " -d $setting", $this->optInIni));
    }

    public function valgrindLog(): string
    {
        return (string) @file_get_contents("$this->work/valgrind.log");
    }

    public function stdout(string $impl): string
    {
        return (string) @file_get_contents("$this->work/stdout-$impl");
    }

    public function stderr(string $impl): string
    {
        return (string) @file_get_contents("$this->work/stderr-$impl");
    }
}

/**
 * An outcome with the differences README.md documents mapped onto one form:
 * isValid() answers false where hash_equals() throws for a non-string; an
 * illegal key's TypeError reads the same whichever check reported it.
 */
function normalise(string $out, string $label): string
{
    if (str_starts_with($label, 'csrf.isValid') && ($out === 'ret false' || str_starts_with($out, 'throw TypeError: hash_equals()'))) {
        return 'NONSTRING_REJECTED';
    }
    return preg_replace('/TypeError: (array_key_exists\(\): )?[^()]*?(Illegal offset type( in (isset or empty|unset))?'
        . '|Argument #\d \(\$key\) must be a valid array offset type)/', 'TypeError: <illegal offset>', $out);
}

/**
 * Compares the two traces. Returns null when they agree, else
 * [signature, explanation]. What may differ:
 * - a step where the extension throws Aura\Session\Exception (a slot that is
 *   not an array, README.md "Differences from the PHP library"; maybe as the
 *   previous exception of one a destructor threw meanwhile) and the oracle
 *   does something else: the states part there, so nothing later is compared;
 *   likewise where the extension throws its TypeError for an object key
 *   (docs/guarantees.md) and the oracle does something else;
 * - in "gc" cases, a step in which any destructor ran: the collector runs at
 *   a different decrement in each implementation, so the destructor's writes
 *   land at a different point of the call. Nothing later is compared either;
 *   these cases are there for crashes, hangs and memory errors. The same
 *   for a step with a gc_collect_cycles() in it or in a hook it ran: the
 *   order in which it destroys cycles follows the root buffer, which each
 *   implementation fills differently;
 * - the documented isValid() and illegal-offset differences (normalise()).
 * The extension must never crash, hang, or exit differently (but for an
 * uncaught exception from a hook destroyed at shutdown in a gc case).
 */
function compare(array $case, array $ext, array $orc): ?array
{
    $steps = $case['steps'];
    foreach ($steps as $i => $step) {
        $label = $step['label'];
        $e = $ext['lines'][$i] ?? null;
        $o = $orc['lines'][$i] ?? null;
        if ($o === null) {
            // Plain PHP crashing says nothing about the extension.
            return ['oracle-died', "the oracle stopped at step $i ($label) with exit {$orc['rc']}"];
        }
        if ($e === null) {
            return died($ext, $i, $label);
        }
        $eo = normalise($e['out'], $label);
        $oo = normalise($o['out'], $label);
        if ($eo !== $oo && str_starts_with($eo, 'throw ') && str_contains($eo, 'Aura\\Session\\Exception: ')) {
            return null;
        }
        // An object key: the extension's TypeError, nothing written, where the
        // library may first fail on a non-array slot or read a string offset;
        // maybe as the first of a chain, when the key's destructor then threw.
        // The innermost exception of a chain is printed last.
        if ($eo !== $oo && str_ends_with(rtrim($eo, ')'), 'TypeError: <illegal offset>')) {
            return null;
        }
        $collected = $label === 'raw.gc' || in_array('gc', $e['e'], true) || in_array('gc', $o['e'], true);
        if (($case['gc'] || $collected) && ($e['e'] !== [] || $o['e'] !== [])) {
            return null;
        }
        foreach (['out' => [$eo, $oo], 'warnings' => [$e['w'], $o['w']], 'events' => [$e['e'], $o['e']],
            'state' => [$e['s'], $o['s']]] as $what => [$a, $b]) {
            if ($a !== $b) {
                return ["mismatch:$label:$what", "step $i ($label) differs in $what:\n  oracle:    "
                    . json_encode($b, JSON_UNESCAPED_SLASHES) . "\n  extension: " . json_encode($a, JSON_UNESCAPED_SLASHES)];
            }
        }
    }
    $endE = end($ext['lines'])['end'] ?? false;
    // In a gc case the cyclic hooks left at the end are destroyed at
    // shutdown in the order of each implementation's root buffer, so one
    // may end with a hook's uncaught exception (exit 255) and the other not.
    $uncaught = [0, 255];
    if ($case['gc'] && $endE && in_array($ext['rc'], $uncaught, true) && in_array($orc['rc'], $uncaught, true)) {
        return null;
    }
    if ($ext['rc'] !== $orc['rc'] || !$endE) {
        return ['crash:' . endKind($ext['rc']) . ':shutdown', "the extension exited with {$ext['rc']} after the last step, the oracle with {$orc['rc']}"];
    }
    return null;
}

/** How a worker process ended, for a failure's signature. */
function endKind(int $rc): string
{
    return match (true) {
        $rc === 124 || $rc === 137 => 'timeout',
        $rc === 99 => 'valgrind',
        $rc === 86 => 'asan',
        $rc < 0 => 'signal' . -$rc,
        default => 'exit' . $rc,
    };
}

function died(array $ext, int $i, string $label): array
{
    return ['crash:' . endKind($ext['rc']) . ":$label", "the extension's process ended in step $i ($label) with exit {$ext['rc']}"];
}

/**
 * The check of the opt-in modes, which have no oracle: a lazy-lock cycle
 * reloads $_SESSION from the store (references to outside slots end there)
 * and the lifetimes keep a reserved key, so the states part from the
 * library's by design. What must still hold: every step ends (no crash,
 * hang or memory error), none reports an internal error (a Rust panic
 * caught at the boundary), and the process ends normally or with a hook's
 * uncaught exception.
 */
function optInFailure(array $case, array $ext, string $output): ?array
{
    foreach ($case['steps'] as $i => $step) {
        $e = $ext['lines'][$i] ?? null;
        if ($e === null) {
            return died($ext, $i, $step['label']);
        }
        if (str_contains($e['out'] . implode("\n", $e['w']), 'internal error')) {
            return ["internal:{$step['label']}", "step $i ({$step['label']}) reported an internal error: {$e['out']}"];
        }
    }
    $uncaught = $ext['rc'] === 255 && str_contains($output, 'Uncaught');
    if ($ext['rc'] !== 0 && !$uncaught) {
        return ['crash:' . endKind($ext['rc']) . ':shutdown', "the extension exited with {$ext['rc']} after the last step"];
    }
    return null;
}

function check(Runner $runner, array $case): ?array
{
    $ext = $runner->run($case, 'ext');
    if ($runner->optIn()) {
        $bad = optInFailure($case, $ext, $runner->stdout('ext') . $runner->stderr('ext'));
    } else {
        $bad = compare($case, $ext, $runner->run($case, 'oracle'));
    }
    if ($bad !== null && $bad[0] === 'oracle-died') {
        $bad[1] .= "\n" . substr($runner->stderr('oracle') . $runner->stdout('oracle'), 0, 2000);
    } elseif ($bad !== null && str_starts_with($bad[0], 'crash:')) {
        $bad[1] .= "\n" . substr($runner->valgrindLog() . $runner->stderr('ext') . $runner->stdout('ext'), 0, 6000);
    }
    return $bad;
}

/** Deletes steps (never the prelude) while the case fails with the same signature. */
function shrink(Runner $runner, array $case, string $signature, int $seconds): array
{
    $deadline = time() + $seconds;
    $chunk = intdiv(count($case['steps']), 2);
    while ($chunk >= 1 && time() < $deadline) {
        $removed = false;
        for ($at = 1; $at < count($case['steps']) && time() < $deadline;) {
            $try = $case;
            array_splice($try['steps'], $at, $chunk);
            $bad = check($runner, $try);
            if ($bad !== null && $bad[0] === $signature) {
                $case = $try;
                $removed = true;
            } else {
                $at += $chunk;
            }
        }
        if (!$removed) {
            $chunk = intdiv($chunk, 2);
        }
    }
    return $case;
}

/** A standalone PHP script doing what the case does; placed in tests/fuzz/found/ it runs as it is. */
function reproducer(array $case, string $title, array $orc, string $options): string
{
    $php = "<?php\n// $title\n// Run: php -n -d extension=target/release/libaura_session.so$options tests/fuzz/found/<this file>\n"
        . "// Comments give the oracle's outcome of each step; to run the oracle itself:\n"
        . "//   php -n -d auto_prepend_file=tests/fuzz/oracle.php tests/fuzz/found/<this file>\n"
        . "require __DIR__ . '/../support.php';\n"
        . 'Fz::setupSession(Fz::privateDir(), ' . var_export($case['serializer'], true) . ", print: true);\n";
    foreach ($case['steps'] as $i => $step) {
        // the generator writes at most one return, as the step's last statement
        $code = $step['code'];
        $at = strpos($code, 'return ');
        if ($at !== false) {
            $code = substr($code, 0, $at) . 'echo Fz::dump(' . substr($code, $at + 7, -1) . '), "\n";';
        }
        $php .= "try {\n    $code\n} catch (Throwable \$e) {\n    echo Fz::throwable(\$e), \"\\n\";\n}\n";
        if (isset($orc['lines'][$i])) {
            $php .= '// oracle: ' . $orc['lines'][$i]['out'] . "\n";
        }
    }
    return $php . 'echo Fz::state(), "\n";' . "\n";
}

$opts = getopt('', ['opt-in:', 'preload:', 'check-oracle', 'seconds:', 'cases:', 'seed:', 'case:', 'ext:', 'valgrind', 'save:', 'shrink-seconds:', 'shrink-max:', 'timeout:']);
$root = dirname(__DIR__, 2);
$seed = (int) ($opts['seed'] ?? 1);
$ext = $opts['ext'] ?? "$root/target/release/libaura_session.so";
$valgrind = isset($opts['valgrind']);
$ref = getenv('AURA_REFERENCE_SRC') ?: null;
$work = sys_get_temp_dir() . '/fuzz.' . getmypid();
@mkdir($work);
$checkOracle = isset($opts['check-oracle']);
if ($checkOracle && $ref === null) {
    fwrite(STDERR, "fuzz: --check-oracle compares oracle.php with the library: set AURA_REFERENCE_SRC\n");
    exit(2);
}
$optIn = match ($opts['opt-in'] ?? '') {
    '' => [],
    'both' => array_keys(OPT_IN_INI),
    default => [$opts['opt-in']],
};
if (array_diff($optIn, array_keys(OPT_IN_INI)) !== []) {
    fwrite(STDERR, "fuzz: --opt-in takes lazy_lock, lifetimes or both\n");
    exit(2);
}
$optInIni = array_merge([], ...array_map(fn ($mode) => OPT_IN_INI[$mode], $optIn));
$runner = new Runner($root, $ext, $work, $ref, (int) ($opts['timeout'] ?? ($valgrind ? 300 : 20)), $valgrind,
    $checkOracle, $opts['preload'] ?? null, $optInIni);
$gen = new Gen(in_array('lifetimes', $optIn, true));

$first = (int) ($opts['case'] ?? 0);
$maxCases = isset($opts['case']) ? 1 : (int) ($opts['cases'] ?? PHP_INT_MAX);
$deadline = microtime(true) + (float) ($opts['seconds'] ?? (isset($opts['cases']) || isset($opts['case']) ? 1e9 : 60));
$shrinkBudget = (int) ($opts['shrink-seconds'] ?? 20);
// later distinct failures are listed with their replay command only
$shrinkMax = (int) ($opts['shrink-max'] ?? 3);
$save = $opts['save'] ?? null;

echo "fuzz: seed $seed, " . ($optIn !== [] ? 'opt-in: ' . implode(', ', $optIn) . ' (no oracle)'
    : 'oracle: ' . ($ref !== null ? "the PHP library ($ref)" : 'tests/fuzz/oracle.php'))
    . ($valgrind ? ', extension under valgrind' : '') . "\n";
$passed = $failed = $skipped = 0;
$signatures = [];
for ($n = 0; $n < $maxCases && microtime(true) < $deadline; $n++) {
    $index = $first + $n;
    $case = $gen->generate($seed, $index);
    $bad = check($runner, $case);
    if ($bad === null) {
        $passed++;
        continue;
    }
    if ($bad[0] === 'oracle-died') {
        $skipped++;
        echo "skip case $index: " . strtok($bad[1], "\n") . "\n";
        continue;
    }
    $failed++;
    [$sig, $why] = $bad;
    $replay = "SEED=$seed FUZZ_CASE=$index scripts/fuzz.sh";
    if (isset($signatures[$sig])) {
        $signatures[$sig][] = $index;
        echo "FAIL case $index: $sig (seen before in case {$signatures[$sig][0]}); replay: $replay\n";
        continue;
    }
    $signatures[$sig] = [$index];
    echo "FAIL case $index: $sig; replay: $replay\n$why\n";
    if ($shrinkBudget > 0 && count($signatures) <= $shrinkMax) {
        $small = shrink($runner, $case, $sig, $shrinkBudget);
        $orc = $runner->optIn() ? ['lines' => []] : $runner->run($small, 'oracle');
        echo "--- shrunk to " . count($small['steps']) . " steps (reproducer; the oracle's outcome after each step):\n";
        $php = reproducer($small, "fuzz seed $seed case $index: $sig", $orc, $runner->optInOptions());
        echo $php, "---\n";
        if ($save !== null) {
            @mkdir($save, 0777, true);
            $name = preg_replace('/[^a-zA-Z0-9]+/', '_', $sig);
            file_put_contents("$save/$name.php", $php);
        }
    }
}
if (getenv('FUZZ_KEEP')) {
    echo "fuzz: kept the scratch directory $work\n";
} else {
    array_map('unlink', glob("$work/save-*/*") ?: []);
    array_map('rmdir', glob("$work/save-*") ?: []);
    array_map('unlink', glob("$work/*") ?: []);
    @rmdir($work);
}

echo "fuzz: $n cases (seed $seed, cases $first.." . ($first + $n - 1) . ", $skipped skipped: the oracle process died)"
    . ($signatures ? ', distinct failures: ' . implode(', ', array_map(
        fn ($s, $idx) => "$s (" . count($idx) . ')', array_keys($signatures), $signatures)) : '') . "\n";
echo "fuzz: $passed passed, $failed failed\n";
exit($failed > 0 ? 1 : 0);
