--TEST--
setFlashNow() with a float key writes now then next; a handler throwing on the second deprecation leaves the now value written, on the first nothing
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
foreach ([1, 2] as $nth) {
    throwing_at($nth);
    attempt(fn() => $segment->setFlashNow(0.5 + $nth, 'v'));
}
var_dump($_SESSION['Aura\Session\Flash\Now']['seg'], $_SESSION['Aura\Session\Flash\Next']['seg']);
?>
--EXPECT--
Deprecated: Implicit conversion from float 1.5 to int loses precision
stopped
Deprecated: Implicit conversion from float 2.5 to int loses precision
Deprecated: Implicit conversion from float 2.5 to int loses precision
stopped
array(1) {
  [2]=>
  string(1) "v"
}
array(0) {
}
