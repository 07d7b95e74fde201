--TEST--
remove() with a float key: one deprecation when the key is absent, two more when present; unset() still removes when the handler throws on its deprecation
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
function printing(): void
{
    set_error_handler(function (int $no, string $message): bool {
        echo $no === E_DEPRECATED ? "Deprecated" : "Error $no", ": $message\n";
        return true;
    });
}
function throwing_at(int $nth): void
{
    $count = 0;
    set_error_handler(function (int $no, string $message) use (&$count, $nth): bool {
        echo "Deprecated: $message\n";
        if (++$count === $nth) {
            throw new ErrorException($message, 0, $no);
        }
        return true;
    });
}
function attempt(callable $call): void
{
    try {
        var_dump($call());
    } catch (ErrorException $e) {
        echo "stopped\n";
    }
}
session_start();
$segment = (new Aura\Session\SessionFactory)->newInstance([])->getSegment('seg');
$segment->set(1, 'one');
$segment->set(2, 'two');
printing();
echo "absent:\n";
$segment->remove(7.5);
echo "present:\n";
$segment->remove(1.5);
echo "throwing at array_key_exists():\n";
throwing_at(1);
attempt(fn() => $segment->remove(2.5));
echo "throwing at unset():\n";
throwing_at(2);
attempt(fn() => $segment->remove(2.5));
var_dump($_SESSION['seg']);
?>
--EXPECT--
absent:
Deprecated: Implicit conversion from float 7.5 to int loses precision
present:
Deprecated: Implicit conversion from float 1.5 to int loses precision
Deprecated: Implicit conversion from float 1.5 to int loses precision
throwing at array_key_exists():
Deprecated: Implicit conversion from float 2.5 to int loses precision
stopped
throwing at unset():
Deprecated: Implicit conversion from float 2.5 to int loses precision
Deprecated: Implicit conversion from float 2.5 to int loses precision
stopped
array(0) {
}
