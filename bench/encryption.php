<?php

/**
 * What session.serialize_handler=aura_encrypted costs a request, beside
 * PHP's php_serialize (docs/security.md, "Cost").
 *
 *   scripts/bench.sh --encryption      (or make bench-encryption)
 *
 * runs it as php -n with the extension and a key file it makes:
 *   -d extension=... -d aura_session.encryption_keys=KEYFILE
 *
 * One "request" is the session module's own cycle on the files handler, in
 * a tmpfs when there is one: session_id(), session_start(), read a value
 * (and, for a writing request, change one), session_write_close(). Each
 * serializer is timed on its own session of the same data, alternating the
 * two: after a warm-up, RUNS runs of N requests, N chosen so that a run
 * lasts about TARGET_MS; each time is the median run, and what encryption
 * adds is the median of the differences between the two runs of a round.
 * The session data comes in four sizes, one of them the 4 KB the cost
 * target is set for (docs/security.md, "Cost"). It prints a markdown
 * table with the stored sizes. A read-only request opens the stored value
 * and, lazy_write keeping it, stores nothing; a writing one opens and
 * seals.
 *
 * Environment: BENCH_RUNS (7), BENCH_TARGET_MS (40), BENCH_SAVE_DIR (where
 * the session files go; default /dev/shm when it is a directory).
 */

declare(strict_types=1);

const HANDLERS = ['php_serialize', 'aura_encrypted'];

function env_int(string $name, int $default): int
{
    $v = getenv($name);
    return $v === false || $v === '' ? $default : max(1, (int) $v);
}

/** The session data of each size: what an application keeps there. */
function data_of(string $size): array
{
    $small = [
        'Aura\Session\Flash\Now' => ['App' => []],
        'Aura\Session\Flash\Next' => ['App' => []],
        'Aura\Session\CsrfToken' => ['value' => bin2hex(random_bytes(32))],
        'App' => ['user' => 'ada', 'user_id' => 4211, 'roles' => ['editor'], 'n' => 0],
    ];
    $entries = ['4 KB' => 22, 'medium' => 40, 'large' => 600][$size] ?? 0;
    for ($i = 0; $i < $entries; $i++) {
        $small['App']['cart'][] = ['sku' => sprintf('SKU-%06d', $i), 'qty' => $i % 5 + 1,
            'title' => str_repeat('item ', 15), 'price' => 19.99 + $i];
    }
    return $small;
}

function request(string $id, bool $write): void
{
    session_id($id);
    session_start();
    $user = $_SESSION['App']['user'];
    if ($write) {
        $_SESSION['App']['n']++;
    }
    session_write_close();
    if ($user !== 'ada') {
        throw new RuntimeException('the session did not read back');
    }
}

function run(string $id, bool $write, int $n): float
{
    $began = hrtime(true);
    for ($i = 0; $i < $n; $i++) {
        request($id, $write);
    }
    return (hrtime(true) - $began) / $n / 1000;
}

function median(array $values): float
{
    sort($values);
    return $values[intdiv(count($values), 2)];
}

if ((string) ini_get('aura_session.encryption_keys') === '') {
    fwrite(STDERR, "bench/encryption.php: run it through scripts/bench.sh --encryption (it needs a key file)\n");
    exit(2);
}
$base = getenv('BENCH_SAVE_DIR') ?: (is_dir('/dev/shm') ? '/dev/shm' : sys_get_temp_dir());
$dir = $base . '/aura-bench-encryption-' . getmypid();
mkdir($dir);
foreach ([
    'session.save_handler' => 'files', 'session.save_path' => $dir, 'session.use_cookies' => '0',
    'session.use_strict_mode' => '0', 'session.cache_limiter' => '', 'session.gc_probability' => '0',
    'session.lazy_write' => '1',
] as $name => $value) {
    ini_set($name, $value);
}

$runs = env_int('BENCH_RUNS', 7);
$target = env_int('BENCH_TARGET_MS', 40) * 1e3;
$rows = [];
$sizes = [];
try {
    foreach (['small', '4 KB', 'medium', 'large'] as $size) {
        $ids = [];
        foreach (HANDLERS as $handler) {
            ini_set('session.serialize_handler', $handler);
            $ids[$handler] = $id = 'bench' . $handler[0] . preg_replace('/\W/', '', $size) . bin2hex(random_bytes(6));
            session_id($id);
            session_start();
            $_SESSION = data_of($size);
            session_write_close();
            $sizes[$size][$handler] = filesize("$dir/sess_$id");
        }
        foreach (['read-only' => false, 'writing' => true] as $kind => $write) {
            $times = [];
            foreach (HANDLERS as $handler) {  // warm-up, and N for TARGET_MS
                ini_set('session.serialize_handler', $handler);
                $each = run($ids[$handler], $write, 50);
                $n[$handler] = max(20, (int) ($target / $each));
            }
            for ($r = 0; $r < $runs; $r++) {
                foreach (HANDLERS as $handler) {
                    ini_set('session.serialize_handler', $handler);
                    $times[$handler][] = run($ids[$handler], $write, $n[$handler]);
                }
            }
            // The two runs of a round ran back to back, so their difference
            // is free of the machine's drift between rounds.
            $added = array_map(fn ($plain, $sealed) => $sealed - $plain, $times['php_serialize'],
                $times['aura_encrypted']);
            $rows[] = [$size, $kind, median($times['php_serialize']), median($times['aura_encrypted']), median($added)];
        }
    }
} finally {
    array_map('unlink', glob("$dir/sess_*"));
    rmdir($dir);
}

printf("PHP %s, files handler in %s, median of %d runs of about %d ms each\n\n", PHP_VERSION, $base, $runs,
    $target / 1e3);
echo "| session data | request | php_serialize µs | aura_encrypted µs | added µs | added |\n";
echo "| --- | --- | ---: | ---: | ---: | ---: |\n";
foreach ($rows as [$size, $kind, $plain, $sealed, $added]) {
    printf("| %s (%s → %s bytes) | %s | %.1f | %.1f | %+.1f | %+.0f%% |\n", $size,
        number_format($sizes[$size]['php_serialize']), number_format($sizes[$size]['aura_encrypted']),
        $kind, $plain, $sealed, $added, $added / $plain * 100);
}
