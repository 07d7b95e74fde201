<?php
/*
 * Shrinks one differential scenario to a small one that still shows the same
 * kind of difference between the extension and the PHP library.
 *
 *   AURA_REFERENCE_SRC=/path/to/aura-session/src \
 *   php shrink.php --ext=/path/to/libaura_session.so --seed=S --only=I [--save=FILE]
 *
 * "The same kind" means: the first line where the two traces differ is for
 * the same call (op and method) and differs in the same fields (return value,
 * session status, $_SESSION, recorded calls, warnings). The shrinker drops
 * whole requests, then single calls, then simplifies the configuration and
 * the arguments, until nothing more can go. It prints the small scenario and
 * the lines that differ, and can save the scenario for
 * `harness.php --scenarios-in=FILE`.
 */

declare(strict_types=1);

$opts = getopt('', ['ext:', 'seed:', 'only:', 'save:', 'scenarios-in:']);
$ext = $opts['ext'] ?? '';
$ref = getenv('AURA_REFERENCE_SRC');
if ($ext === '' || !is_file($ext) || !$ref) {
    fwrite(STDERR, "shrink: needs --ext=path/to/libaura_session.so and AURA_REFERENCE_SRC\n");
    exit(2);
}
$harness = __DIR__ . '/harness.php';
$tmp = sys_get_temp_dir() . '/aura-shrink-' . getmypid();
@mkdir($tmp, 0700, true);

function run_mode(string $mode, array $scn): string
{
    global $ext, $ref, $harness, $tmp;
    $in = "$tmp/scn.ser";
    file_put_contents($in, serialize([$scn]));
    $php = escapeshellarg(PHP_BINARY);
    $cmd = $mode === 'ext'
        ? "timeout 30 $php -n -d extension=" . escapeshellarg($ext)
        : 'AURA_REFERENCE_SRC=' . escapeshellarg($ref) . " timeout 30 $php -n";
    $cmd .= ' ' . escapeshellarg($harness) . " --mode=$mode --scenarios-in=" . escapeshellarg($in) . ' 2>&1';
    $out = [];
    exec($cmd, $out, $rc);
    return implode("\n", $out) . "\n[exit $rc]";
}

/** Signature of the first difference, or null when the traces agree. */
function signature(array $scn): ?string
{
    $a = explode("\n", run_mode('ref', $scn));
    $b = explode("\n", run_mode('ext', $scn));
    $n = max(count($a), count($b));
    for ($i = 0; $i < $n; $i++) {
        $x = $a[$i] ?? '<missing>';
        $y = $b[$i] ?? '<missing>';
        if ($x === $y) {
            continue;
        }
        $fields = function ($line) {
            $parts = explode(' | ', $line);
            $head = array_shift($parts);
            $f = ['R' => preg_replace('/^.* => /', '', $head)];
            foreach ($parts as $p) {
                $k = strstr($p, '=', true);
                $f[$k] = $p;
            }
            return [$head, $f];
        };
        [$hx, $fx] = $fields($x);
        [$hy, $fy] = $fields($y);
        preg_match('/^R\d+(?:\.\d+)? (\S+?)\(/', $hx, $m);
        $op = $m[1] ?? (strpos($hx, '[exit') === 0 ? 'exit' : 'other');
        $diff = [];
        foreach (array_unique(array_merge(array_keys($fx), array_keys($fy))) as $k) {
            if (($fx[$k] ?? null) !== ($fy[$k] ?? null)) {
                $diff[] = $k;
            }
        }
        sort($diff);
        return $op . ':' . implode(',', $diff);
    }
    return null;
}

function candidates(array $scn): Generator
{
    $n = count($scn['requests']);
    for ($r = $n - 1; $r >= 0 && $n > 1; $r--) {
        $c = $scn;
        array_splice($c['requests'], $r, 1);
        yield $c;
    }
    foreach ($scn['requests'] as $r => $req) {
        for ($i = count($req['ops']) - 1; $i >= 0; $i--) {
            $c = $scn;
            array_splice($c['requests'][$r]['ops'], $i, 1);
            yield $c;
        }
    }
    $simpler = ['via_factory' => false, 'phpfunc' => 'plain', 'session_class' => 'native',
        'segment_factory' => 'native', 'csrf_factory' => 'native', 'deleter' => 'none', 'randval' => 'counting'];
    foreach ($simpler as $k => $v) {
        if ($scn[$k] !== $v) {
            $c = $scn;
            $c[$k] = $v;
            yield $c;
        }
    }
    foreach ($scn['requests'] as $r => $req) {
        if ($r > 0 && $req['cookie'] !== 'last') {
            $c = $scn;
            $c['requests'][$r]['cookie'] = 'last';
            yield $c;
        }
        foreach ($req['ops'] as $i => $op) {
            foreach (['cached' => false, 'val' => 'v', 'alt' => null, 'extra_arg' => false, 'key' => 'foo',
                'seg' => 'a'] as $k => $v) {
                if (array_key_exists($k, $op) && $op[$k] !== $v) {
                    $c = $scn;
                    $c['requests'][$r]['ops'][$i][$k] = $v;
                    yield $c;
                }
            }
        }
    }
}

// the scenario to shrink
if (isset($opts['scenarios-in'])) {
    $list = unserialize(file_get_contents($opts['scenarios-in']));
    $scn = $list[0];
} else {
    $file = "$tmp/gen.ser";
    exec('AURA_REFERENCE_SRC=' . escapeshellarg($ref) . ' ' . escapeshellarg(PHP_BINARY) . ' -n '
        . escapeshellarg($harness) . ' --mode=ref --describe --seed=' . (int) ($opts['seed'] ?? 1)
        . ' --only=' . (int) ($opts['only'] ?? 0) . ' --scenarios-out=' . escapeshellarg($file));
    $scn = unserialize(file_get_contents($file))[0];
}

$sig = signature($scn);
if ($sig === null) {
    echo "shrink: the scenario shows no difference\n";
    exit(0);
}
fwrite(STDERR, "shrink: signature $sig\n");
$changed = true;
while ($changed) {
    $changed = false;
    foreach (candidates($scn) as $c) {
        if (signature($c) === $sig) {
            $scn = $c;
            $changed = true;
            break;
        }
    }
}

if (isset($opts['save'])) {
    file_put_contents($opts['save'], serialize([$scn]));
}
echo "--- smallest scenario with difference $sig\n";
$file = "$tmp/min.ser";
file_put_contents($file, serialize([$scn]));
exec('AURA_REFERENCE_SRC=' . escapeshellarg($ref) . ' ' . escapeshellarg(PHP_BINARY) . ' -n '
    . escapeshellarg($harness) . ' --mode=ref --describe --scenarios-in=' . escapeshellarg($file), $d);
echo implode("\n", $d), "\n";
$a = explode("\n", run_mode('ref', $scn));
$b = explode("\n", run_mode('ext', $scn));
echo "--- trace, library (<) vs extension (>)\n";
$n = max(count($a), count($b));
for ($i = 0; $i < $n; $i++) {
    $x = $a[$i] ?? '';
    $y = $b[$i] ?? '';
    if ($x === $y) {
        echo "  $x\n";
    } else {
        echo "< $x\n> $y\n";
    }
}
@unlink("$tmp/scn.ser");
@unlink("$tmp/gen.ser");
@unlink($file);
@rmdir($tmp);
