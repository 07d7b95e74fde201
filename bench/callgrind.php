<?php

/**
 * Instructions per operation, counted by valgrind's callgrind.
 *
 *   php bench/callgrind.php --ext=target/release/libaura_session.so [--count=20000] [--jobs=2]
 *
 * For each case (a)-(f) of cases.php it runs, under callgrind, a small PHP
 * process that opens the usual fixture and then repeats the operation
 * COUNT times, once through the extension and once as plain PHP on
 * $_SESSION (the floor); plus one process that runs the same loop with
 * nothing inside. Every process does the same start-up, setup and shutdown
 * and compiles the same code, so
 *
 *     Ir/op = (total Ir(op) - total Ir(empty loop)) / COUNT
 *
 * is what one operation costs. The JIT is off in these processes (JIT'd code
 * confuses valgrind); opcache and its optimiser stay on.
 *
 * With AURA_REFERENCE_SRC set (the pure-PHP library's src/), the same loops
 * also run through the library, in processes without the extension, with
 * their own empty-loop baseline.
 *
 * Internal: `callgrind.php --run=CASE|empty --variant=aura|floor --count=N
 * [--reference]` is the process being measured.
 */

declare(strict_types=1);

namespace AuraSessionBench;

require __DIR__ . '/cases.php';

const CALLGRIND_CASES = ['a', 'b', 'c', 'd', 'e', 'f', 'z'];

/** @return array<string, string> --name=value options */
function parse_options(array $args): array
{
    $opts = [];
    foreach ($args as $arg) {
        if (!preg_match('/^--([a-z]+)(?:=(.*))?$/', $arg, $m)) {
            fwrite(STDERR, "callgrind: unexpected argument '$arg'\n");
            exit(2);
        }
        $opts[$m[1]] = $m[2] ?? '';
    }
    return $opts;
}

/** The process under valgrind: setup, one loop, teardown. */
function run_one(string $case, string $variant, int $count, bool $reference): void
{
    $save_path = make_temp_dir('callgrind');
    register_shutdown_function(static function () use ($save_path): void {
        if (session_status() === PHP_SESSION_ACTIVE) {
            session_write_close();
        }
        remove_dir($save_path);
    });
    configure_session($save_path);
    if ($reference) {
        autoload_reference((string) getenv('AURA_REFERENCE_SRC'));
    } elseif (!extension_loaded('aura_session')) {
        throw new \RuntimeException('the extension is not loaded');
    }
    $fixture = Fixture::open();
    if ($case === 'empty') {
        $body = empty_loop();
    } else {
        $def = cases()[$case];
        if ($def['needs'] !== 'active') {
            throw new \RuntimeException("case $case is not an in-session operation");
        }
        $body = ($def[$variant])($fixture);
    }
    $body($count);
    $fixture->close();
}

function valgrind_command(array $php, string $out, string $case, string $variant, int $count, bool $reference): array
{
    $cmd = ['valgrind', '--tool=callgrind', '--callgrind-out-file=' . $out, '--dump-line=no'];
    $cmd = array_merge($cmd, $php, [__FILE__, "--run=$case", "--variant=$variant", "--count=$count"]);
    if ($reference) {
        $cmd[] = '--reference';
    }
    return $cmd;
}

function total_ir(string $file): int
{
    $text = @file_get_contents($file);
    if ($text === false) {
        throw new \RuntimeException("no callgrind output $file");
    }
    if (preg_match('/^totals:\s*(\d+)/m', $text, $m) || preg_match('/^summary:\s*(\d+)/m', $text, $m)) {
        return (int) $m[1];
    }
    throw new \RuntimeException("no totals in $file");
}

/**
 * Runs the jobs, $jobs at a time.
 *
 * @param array<string, list<string>> $commands key => argv
 * @return array<string, int> key => exit status
 */
function run_parallel(array $commands, int $jobs, string $log_dir): array
{
    $pending = $commands;
    $running = [];
    $status = [];
    while ($pending || $running) {
        while ($pending && count($running) < $jobs) {
            $key = array_key_first($pending);
            $cmd = $pending[$key];
            unset($pending[$key]);
            $log = $log_dir . '/' . $key;
            $proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['file', "$log.stdout", 'w'], 2 => ['file', "$log.stderr", 'w']], $pipes);
            if (!is_resource($proc)) {
                $status[$key] = 127;
                continue;
            }
            $running[$key] = $proc;
        }
        foreach ($running as $key => $proc) {
            $s = proc_get_status($proc);
            if (!$s['running']) {
                $status[$key] = $s['exitcode'];
                proc_close($proc);
                unset($running[$key]);
            }
        }
        usleep(50000);
    }
    return $status;
}

function fmt_ir(float $ir): string
{
    return number_format($ir, $ir >= 100 ? 0 : 1);
}

function fmt_x(float $r): string
{
    return number_format($r, $r >= 100 ? 0 : ($r >= 10 ? 1 : 2)) . '×';
}

// ---------------------------------------------------------------------------

$opts = parse_options(array_slice($argv, 1));

if (isset($opts['run'])) {
    $case = $opts['run'];
    $variant = $opts['variant'] ?? 'aura';
    $count = (int) ($opts['count'] ?? 0);
    if (($case !== 'empty' && !in_array($case, CALLGRIND_CASES, true))
        || !in_array($variant, ['aura', 'floor'], true) || $count < 1) {
        fwrite(STDERR, "callgrind: bad --run/--variant/--count\n");
        exit(2);
    }
    run_one($case, $variant, $count, isset($opts['reference']));
    exit(0);
}

$ext = $opts['ext'] ?? '';
if ($ext === '' || !is_file($ext)) {
    fwrite(STDERR, "usage: php bench/callgrind.php --ext=path/to/libaura_session.so [--count=N] [--jobs=N]\n");
    exit(2);
}
$ext = realpath($ext);
$count = (int) ($opts['count'] ?? 20000);
$jobs = max(1, (int) ($opts['jobs'] ?? 2));
if ($count < 1) {
    fwrite(STDERR, "callgrind: --count must be positive\n");
    exit(2);
}
exec('valgrind --version 2>/dev/null', $vout, $vstatus);
if ($vstatus !== 0) {
    fwrite(STDERR, "callgrind: valgrind is not installed\n");
    exit(1);
}

// Same PHP as the wall-clock run, JIT off.
$php = [PHP_BINARY, '-n', '-d', 'extension_dir=' . ini_get('extension_dir')];
if (extension_loaded('Zend OPcache')) {
    array_push($php, '-d', 'zend_extension=opcache', '-d', 'opcache.enable_cli=1',
        '-d', 'opcache.jit=disable', '-d', 'opcache.jit_buffer_size=0');
}
$php_ext = array_merge($php, ['-d', 'extension=' . $ext]);
foreach (preg_split('/\s+/', (string) getenv('BENCH_EXT_INI'), -1, PREG_SPLIT_NO_EMPTY) as $setting) {
    array_push($php_ext, '-d', $setting);
}

$reference_src = getenv('AURA_REFERENCE_SRC');
$reference = $reference_src !== false && $reference_src !== ''
    && is_file(rtrim($reference_src, '/') . '/SessionFactory.php');

$work = make_temp_dir('callgrind-out');
$commands = [];
$commands['ext-empty'] = valgrind_command($php_ext, "$work/ext-empty.out", 'empty', 'aura', $count, false);
foreach (CALLGRIND_CASES as $id) {
    $commands["ext-$id"] = valgrind_command($php_ext, "$work/ext-$id.out", $id, 'aura', $count, false);
    $commands["floor-$id"] = valgrind_command($php_ext, "$work/floor-$id.out", $id, 'floor', $count, false);
}
if ($reference) {
    $commands['lib-empty'] = valgrind_command($php, "$work/lib-empty.out", 'empty', 'aura', $count, true);
    foreach (CALLGRIND_CASES as $id) {
        $commands["lib-$id"] = valgrind_command($php, "$work/lib-$id.out", $id, 'aura', $count, true);
    }
}

$t0 = hrtime(true);
$status = run_parallel($commands, $jobs, $work);
$seconds = (hrtime(true) - $t0) / 1e9;
$failed = array_keys(array_filter($status, static fn (int $s) => $s !== 0));
if ($failed) {
    foreach ($failed as $key) {
        fwrite(STDERR, "callgrind: run $key failed (exit {$status[$key]}):\n");
        fwrite(STDERR, (string) @file_get_contents("$work/$key.stdout"));
        fwrite(STDERR, (string) @file_get_contents("$work/$key.stderr"));
    }
    remove_dir($work);
    exit(1);
}

$ir = [];
foreach (array_keys($commands) as $key) {
    $ir[$key] = total_ir("$work/$key.out");
}
remove_dir($work);

$cases = cases();
$head = ['case', 'ext Ir/op', 'floor Ir/op', 'ext/floor'];
$sep = '| --- | ---: | ---: | ---: |';
if ($reference) {
    $head = array_merge($head, ['library Ir/op', 'library/ext']);
    $sep .= ' ---: | ---: |';
}
$per_op = static fn (string $key, string $base) => ($ir[$key] - $ir[$base]) / $count;

echo "### Instructions per operation (callgrind, JIT off)\n\n";
echo 'PHP ' . PHP_VERSION . ', valgrind ' . trim(str_replace('valgrind-', '', implode('', $vout)))
    . ', opcache on, JIT off (JIT-compiled code confuses valgrind), ' . number_format($count) . " iterations per run\n\n";
echo '| ' . implode(' | ', $head) . " |\n$sep\n";
foreach (CALLGRIND_CASES as $id) {
    $e = $per_op("ext-$id", 'ext-empty');
    $f = $per_op("floor-$id", 'ext-empty');
    $row = ["($id) " . $cases[$id]['label'], fmt_ir($e), fmt_ir($f), $f > 0 ? fmt_x($e / $f) : '–'];
    if ($reference) {
        $l = $per_op("lib-$id", 'lib-empty');
        array_push($row, fmt_ir($l), $e > 0 ? fmt_x($l / $e) : '–');
    }
    echo '| ' . implode(' | ', $row) . " |\n";
}
echo "\n- Ir/op = (instructions of a run doing the operation " . number_format($count)
    . " times - instructions of the same run with an empty loop) / " . number_format($count) . ".\n";
echo '- empty-loop run: ' . number_format($ir['ext-empty']) . ' Ir with the extension';
echo $reference ? ', ' . number_format($ir['lib-empty']) . " Ir with the library.\n" : ".\n";
if ($reference) {
    echo "- library = the pure-PHP Aura.Session from AURA_REFERENCE_SRC, in processes without the extension; library/ext = how many times more instructions it takes.\n";
}
printf("- %d valgrind runs, %d at a time, took %.0f s.\n", count($commands), $jobs, $seconds);
