<?php
/*
 * Groups the differing scenarios of two harness traces by the kind of their
 * first difference: the call (op.method) and the fields that differ there
 * (R return value, st session status, S $_SESSION, C recorded calls,
 * W warnings, A the user segment's contents).
 *
 *   php summarise.php library.trace extension.trace
 */

declare(strict_types=1);

if ($argc !== 3) {
    fwrite(STDERR, "usage: php summarise.php library.trace extension.trace\n");
    exit(2);
}

/** Yields [scenario id, its lines], one scenario at a time (traces can be large). */
function scenarios(string $file): Generator
{
    $h = fopen($file, 'rb');
    $cur = null;
    $lines = [];
    while (($line = fgets($h)) !== false) {
        $line = rtrim($line, "\n");
        $isEnd = strncmp($line, '=== end', 7) === 0;
        if ($isEnd || strncmp($line, '=== scenario ', 13) === 0) {
            if ($cur !== null) {
                yield [$cur, $lines];
            }
            $cur = $isEnd ? null : explode(' ', $line)[2];
            $lines = [];
        } elseif ($cur !== null) {
            $lines[] = $line;
        }
    }
    if ($cur !== null) {
        yield [$cur, $lines];
    }
    fclose($h);
}

function fields(string $line): array
{
    $parts = explode(' | ', $line);
    $head = array_shift($parts);
    $f = ['R' => preg_replace('/^.* => /', '', $head)];
    foreach ($parts as $p) {
        $f[(string) strstr($p, '=', true)] = $p;
    }
    preg_match('/^R\d+(?:\.\d+)? (\S+?)\(/', $head, $m);
    return [$m[1] ?? substr($head, 0, 30), $f];
}

$library = scenarios($argv[1]);
$extension = scenarios($argv[2]);
$groups = [];
for (; $library->valid(); $library->next(), $extension->next()) {
    [$id, $lines] = $library->current();
    $other = $extension->valid() ? $extension->current()[1] : [];
    $n = max(count($lines), count($other));
    for ($i = 0; $i < $n; $i++) {
        $x = $lines[$i] ?? '<missing>';
        $y = $other[$i] ?? '<missing>';
        if ($x === $y) {
            continue;
        }
        [$op, $fx] = fields($x);
        [, $fy] = fields($y);
        $diff = [];
        foreach (array_unique(array_merge(array_keys($fx), array_keys($fy))) as $k) {
            if (($fx[$k] ?? null) !== ($fy[$k] ?? null)) {
                $diff[] = $k;
            }
        }
        sort($diff);
        $groups[$op . ':' . implode(',', $diff)][] = $id;
        break;
    }
}
uasort($groups, fn ($p, $q) => count($q) <=> count($p));
foreach ($groups as $sig => $ids) {
    printf("%5d  %-40s e.g. scenarios %s\n", count($ids), $sig, implode(' ', array_slice($ids, 0, 6)));
}
