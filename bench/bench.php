<?php

/**
 * Wall-clock benchmark of the aura_session extension.
 *
 *   php -n -d zend_extension=opcache -d opcache.enable_cli=1 \
 *       -d opcache.jit=tracing -d opcache.jit_buffer_size=64M \
 *       -d extension=target/release/libaura_session.so bench/bench.php
 *
 * (scripts/bench.sh runs it that way.) For each case of cases.php it times,
 * with hrtime(), the extension and the same work written as plain PHP on
 * $_SESSION (the floor), alternating the two: after a warm-up, RUNS runs of
 * N iterations each, N chosen so that one run lasts about TARGET_MS; the
 * figure is the median run. It prints a markdown table.
 *
 * When AURA_REFERENCE_SRC names the src/ directory of the pure-PHP
 * Aura.Session library, the same cases are also timed in a second PHP
 * process started without the extension (same binary, same opcache/JIT
 * settings), which loads the library from there; the table then gains the
 * library's figures and the extension's speed-up over it.
 *
 * Environment: BENCH_RUNS (default 7), BENCH_TARGET_MS (default 40),
 * BENCH_CASES (e.g. "a,b,g"; default all), BENCH_SAVE_DIR (where the
 * session files go; default a tmpfs if there is one, see cases.php).
 * Internal: `bench.php --worker=reference` is the second process; it prints
 * its results as JSON.
 */

declare(strict_types=1);

namespace AuraSessionBench;

require __DIR__ . '/cases.php';

const DEFAULT_RUNS = 7;
const DEFAULT_TARGET_MS = 40;

function env_int(string $name, int $default, int $min): int
{
    $v = getenv($name);
    if ($v === false || $v === '') {
        return $default;
    }
    if (!preg_match('/^[0-9]+$/', $v) || (int) $v < $min) {
        fwrite(STDERR, "bench: $name must be an integer >= $min\n");
        exit(2);
    }
    return (int) $v;
}

/** @return list<string> ids of the cases to run */
function selected_cases(): array
{
    $all = array_keys(cases());
    $want = getenv('BENCH_CASES');
    if ($want === false || trim($want) === '') {
        return $all;
    }
    $ids = array_map('trim', explode(',', strtolower($want)));
    foreach ($ids as $id) {
        if (!in_array($id, $all, true)) {
            fwrite(STDERR, "bench: unknown case '$id' in BENCH_CASES (known: " . implode(',', $all) . ")\n");
            exit(2);
        }
    }
    return array_values(array_intersect($all, $ids));
}

/** Wall time of one call of $body($n), in ns. */
function time_once(\Closure $body, int $n): int
{
    $t0 = hrtime(true);
    $body($n);
    return hrtime(true) - $t0;
}

/**
 * Warms $body up (so that the tracing JIT has compiled its loop) and finds
 * the iteration count that makes one run last about $target_ns.
 */
function calibrate(\Closure $body, int $target_ns): int
{
    $n = 8;
    while (true) {
        $ns = time_once($body, $n);
        if ($ns >= intdiv($target_ns, 10) || $n >= (1 << 28)) {
            break;
        }
        $n *= 4;
    }
    $n = max(1, (int) round($n * $target_ns / max(1, $ns)));
    time_once($body, $n); // warm-up at full size
    return $n;
}

function median(array $xs): float
{
    sort($xs);
    $c = count($xs);
    return $c % 2 ? (float) $xs[intdiv($c, 2)] : ($xs[$c / 2 - 1] + $xs[$c / 2]) / 2;
}

/**
 * Times the given bodies of one case, interleaved run by run.
 *
 * @param array<string, \Closure> $bodies variant => body
 * @return array<string, array{ns: float, n: int, min: float, max: float}>
 */
function measure(array $bodies, int $runs, int $target_ns): array
{
    $n = [];
    foreach ($bodies as $variant => $body) {
        $n[$variant] = calibrate($body, $target_ns);
    }
    $samples = array_fill_keys(array_keys($bodies), []);
    for ($r = 0; $r < $runs; ++$r) {
        foreach ($bodies as $variant => $body) {
            $samples[$variant][] = time_once($body, $n[$variant]) / $n[$variant];
        }
    }
    $out = [];
    foreach ($samples as $variant => $xs) {
        $out[$variant] = ['ns' => median($xs), 'n' => $n[$variant], 'min' => min($xs), 'max' => max($xs)];
    }
    return $out;
}

/**
 * Runs the selected cases against one fixture. $variants picks the bodies
 * ('aura', 'floor'). Cases needing an active session come first.
 *
 * @return array<string, array<string, array{ns: float, n: int, min: float, max: float}>>
 */
function run_cases(array $ids, array $variants, int $runs, int $target_ns): array
{
    $cases = cases();
    $fixture = Fixture::open();
    $results = [];
    foreach (['active', 'closed'] as $phase) {
        if ($phase === 'closed') {
            $fixture->close();
        }
        foreach ($ids as $id) {
            if ($cases[$id]['needs'] !== $phase) {
                continue;
            }
            $bodies = [];
            foreach ($variants as $variant) {
                $bodies[$variant] = ($cases[$id][$variant])($fixture);
            }
            $results[$id] = measure($bodies, $runs, $target_ns);
        }
    }
    $fixture->close();
    return $results;
}

/** The settings a second PHP process needs to match this one. */
function child_command(): array
{
    $cmd = [PHP_BINARY, '-n'];
    $ini = [
        'extension_dir' => ini_get('extension_dir'),
        'memory_limit' => ini_get('memory_limit'),
        'zend.assertions' => ini_get('zend.assertions'),
    ];
    if (extension_loaded('Zend OPcache')) {
        $cmd[] = '-d';
        $cmd[] = 'zend_extension=opcache';
        foreach (['opcache.enable', 'opcache.enable_cli', 'opcache.jit', 'opcache.jit_buffer_size',
                  'opcache.optimization_level', 'opcache.jit_hot_loop', 'opcache.jit_hot_func'] as $name) {
            $ini[$name] = ini_get($name);
        }
    }
    foreach ($ini as $name => $value) {
        if ($value !== false) {
            $cmd[] = '-d';
            $cmd[] = "$name=$value";
        }
    }
    return $cmd;
}

/**
 * Times the pure-PHP library in a separate process without the extension.
 *
 * @return array<string, array{ns: float, n: int, min: float, max: float}>|string results, or why there are none
 */
function run_reference(string $src, array $ids): array|string
{
    if (!is_file(rtrim($src, '/') . '/SessionFactory.php')) {
        return "AURA_REFERENCE_SRC=$src has no SessionFactory.php";
    }
    $cmd = array_merge(child_command(), [__FILE__, '--worker=reference']);
    $env = getenv();
    $env['AURA_REFERENCE_SRC'] = $src;
    $env['BENCH_CASES'] = implode(',', $ids);
    $proc = proc_open($cmd, [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => STDERR], $pipes, null, $env);
    if (!is_resource($proc)) {
        return 'could not start the reference process';
    }
    fclose($pipes[0]);
    $json = stream_get_contents($pipes[1]);
    fclose($pipes[1]);
    $status = proc_close($proc);
    $data = json_decode((string) $json, true);
    if ($status !== 0 || !is_array($data)) {
        return "reference process failed (exit $status)";
    }
    return $data;
}

function fmt_ns(float $ns): string
{
    if ($ns >= 100) {
        return number_format($ns, 0);
    }
    return number_format($ns, 1);
}

function fmt_ops(float $ns): string
{
    $ops = 1e9 / max($ns, 1e-9);
    foreach ([[1e9, 'G'], [1e6, 'M'], [1e3, 'k']] as [$unit, $suffix]) {
        if ($ops >= $unit) {
            $v = $ops / $unit;
            return number_format($v, $v >= 100 ? 0 : ($v >= 10 ? 1 : 2)) . " $suffix";
        }
    }
    return number_format($ops, 0);
}

function fmt_ratio(float $r): string
{
    return number_format($r, $r >= 100 ? 0 : ($r >= 10 ? 1 : 2)) . '×';
}

/** @param list<list<string>> $rows */
function markdown_table(array $head, array $rows, array $align): string
{
    $out = '| ' . implode(' | ', $head) . " |\n|";
    foreach ($align as $a) {
        $out .= $a === 'r' ? ' ---: |' : ' --- |';
    }
    $out .= "\n";
    foreach ($rows as $row) {
        $out .= '| ' . implode(' | ', $row) . " |\n";
    }
    return $out;
}

function jit_state(): string
{
    if (!function_exists('opcache_get_status')) {
        return 'opcache not loaded, JIT off';
    }
    $status = opcache_get_status(false);
    $on = is_array($status) && !empty($status['jit']['on']);
    return 'opcache ' . (ini_get('opcache.enable_cli') ? 'on' : 'off')
        . ', JIT ' . ($on ? 'on (opcache.jit=' . ini_get('opcache.jit') . ')' : 'off');
}

function cpu_model(): string
{
    $info = @file_get_contents('/proc/cpuinfo');
    if ($info !== false && preg_match('/^model name\s*:\s*(.+)$/m', $info, $m)) {
        return trim($m[1]);
    }
    return php_uname('m');
}

// ---------------------------------------------------------------------------

$runs = env_int('BENCH_RUNS', DEFAULT_RUNS, 1);
$target_ns = env_int('BENCH_TARGET_MS', DEFAULT_TARGET_MS, 1) * 1000000;
$ids = selected_cases();
$worker = null;
foreach (array_slice($argv, 1) as $arg) {
    if ($arg === '--worker=reference') {
        $worker = 'reference';
    } else {
        fwrite(STDERR, "usage: php [ini...] bench/bench.php\n");
        exit(2);
    }
}

$save_path = make_temp_dir('bench');
register_shutdown_function(static function () use ($save_path): void {
    if (session_status() === PHP_SESSION_ACTIVE) {
        session_write_close();
    }
    remove_dir($save_path);
});
configure_session($save_path);

if ($worker === 'reference') {
    if (extension_loaded('aura_session')) {
        fwrite(STDERR, "bench: the reference process has the extension loaded\n");
        exit(1);
    }
    autoload_reference((string) getenv('AURA_REFERENCE_SRC'));
    // The floor again, interleaved with the library's runs: the machine's
    // speed in this process, to compare against the extension's process.
    $out = run_cases($ids, ['aura', 'floor'], $runs, $target_ns);
    $out['_jit'] = jit_state();
    echo json_encode($out), "\n";
    exit(0);
}

if (!extension_loaded('aura_session')) {
    fwrite(STDERR, "bench: load the extension, e.g. php -d extension=target/release/libaura_session.so bench/bench.php\n");
    exit(1);
}
if ((new \ReflectionClass(\Aura\Session\SessionFactory::class))->isUserDefined()) {
    fwrite(STDERR, "bench: Aura\\Session\\SessionFactory is not the extension's class\n");
    exit(1);
}

$load_at_start = function_exists('sys_getloadavg') ? (sys_getloadavg()[0] ?? 0.0) : 0.0;
$results = run_cases($ids, ['aura', 'floor'], $runs, $target_ns);
$loop = measure(['loop' => empty_loop()], $runs, $target_ns)['loop']['ns'];

$reference = null;
$reference_note = null;
$src = getenv('AURA_REFERENCE_SRC');
if ($src !== false && $src !== '') {
    $reference = run_reference($src, $ids);
    if (is_string($reference)) {
        $reference_note = $reference;
        $reference = null;
    }
}

$cases = cases();
$head = ['case', 'ext ns/op', 'ext ops/s', 'floor ns/op', 'floor ops/s', 'ext/floor'];
$align = ['l', 'r', 'r', 'r', 'r', 'r'];
if ($reference !== null) {
    array_push($head, 'library ns/op', 'library ops/s', 'speed-up vs library', 'same, floor-paced');
    array_push($align, 'r', 'r', 'r', 'r');
}
$rows = [];
foreach ($results as $id => $r) {
    $ext = $r['aura']['ns'];
    $floor = $r['floor']['ns'];
    $row = ["($id) " . $cases[$id]['label'], fmt_ns($ext), fmt_ops($ext), fmt_ns($floor), fmt_ops($floor),
        fmt_ratio($ext / $floor)];
    if ($reference !== null) {
        $lib = $reference[$id]['aura']['ns'] ?? null;
        $lib_floor = $reference[$id]['floor']['ns'] ?? null;
        array_push($row, $lib === null ? '–' : fmt_ns($lib), $lib === null ? '–' : fmt_ops($lib),
            $lib === null ? '–' : fmt_ratio($lib / $ext),
            $lib === null || $lib_floor === null ? '–' : fmt_ratio(($lib / $lib_floor) / ($ext / $floor)));
    }
    $rows[] = $row;
}

$ext_version = phpversion('aura_session') ?: '?';
echo "### Wall clock (hrtime, median of $runs runs)\n\n";
$load = function_exists('sys_getloadavg') ? sys_getloadavg() : false;
echo 'PHP ' . PHP_VERSION . ', ' . jit_state() . ', aura_session ' . $ext_version . ', ' . cpu_model()
    . ($load ? sprintf(', load average %.2f at start', $load_at_start) : '') . "\n\n";
$cpus = max(1, preg_match_all('/^processor\s*:/m', (string) @file_get_contents('/proc/cpuinfo')));
if ($load && $load_at_start > $cpus - 0.5) {
    printf("**Warning:** load average %.2f on %d CPU(s) when the run started: other processes competed for the CPU, so these figures are noisy. Instruction counts from callgrind are not affected.\n\n", $load_at_start, $cpus);
}
echo markdown_table($head, $rows, $align), "\n";
echo "- ns/op is the median of $runs runs, each timing N iterations (N sized for ~"
    . ($target_ns / 1000000) . " ms per run) after a warm-up; ext and floor runs alternate.\n";
echo '- Every figure includes the loop itself: an empty iteration costs ' . fmt_ns($loop) . " ns here.\n";
echo "- floor = the same work written as plain PHP on \$_SESSION; ext/floor = how many times slower the extension is.\n";
echo "- (g) one whole request on a file-backed session: factory newInstance(\$cookies), segment, 5 get, 2 set, setFlash,\n"
    . "  CSRF isValid, commit(); floor: session_start(), the flash hand-over, the same reads/writes, hash_equals, session_write_close().\n";
echo "- Session files live in a fresh directory under " . save_dir_base() . " (set BENCH_SAVE_DIR to change it).\n";
echo "- (h) a visitor without cookie: factory, segment, 5 get; asserted to leave session_status() at PHP_SESSION_NONE.\n"
    . "  floor: isset(\$_COOKIE[session_name()]) and nothing else.\n";
echo "- (z) the cost of calling any native method at all (this one only returns a property) against reading a local\n"
    . "  variable: a lower bound for every ext row. The JIT can inline a PHP-written method, never a native one.\n";
if ($reference !== null) {
    echo "- library = the pure-PHP Aura.Session from AURA_REFERENCE_SRC, timed in a separate PHP process without the extension\n"
        . '  (same binary, ' . ($reference['_jit'] ?? '?') . "); speed-up = library ns/op ÷ ext ns/op.\n"
        . "- floor-paced: the library process times the floor too, interleaved with the library's runs, and each\n"
        . "  process's figures are taken relative to its own floor: (library ÷ its floor) ÷ (ext ÷ its floor). A machine\n"
        . "  whose speed drifts between the two processes (a shared VM) moves the plain speed-up, not this one.\n";
} elseif ($reference_note !== null) {
    echo "- library column skipped: $reference_note\n";
} else {
    echo "- set AURA_REFERENCE_SRC to the pure-PHP library's src/ directory to add a library column.\n";
}
