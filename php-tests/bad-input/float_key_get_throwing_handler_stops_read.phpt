--TEST--
When the error handler throws on either of Segment::get()'s two float-key deprecations, get() returns nothing and the session is unchanged
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
foreach ([1, 2] as $nth) {
    throwing_at($nth);
    attempt(fn() => $segment->get(1.5));
}
var_dump($_SESSION['seg']);
?>
--EXPECT--
Deprecated: Implicit conversion from float 1.5 to int loses precision
stopped
Deprecated: Implicit conversion from float 1.5 to int loses precision
Deprecated: Implicit conversion from float 1.5 to int loses precision
stopped
array(1) {
  [1]=>
  string(3) "one"
}
