--TEST--
setFlash(), getFlashNext() and getFlash() with a float key raise the deprecations of each array access the PHP library makes
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
printing();
echo "setFlash:\n";
$segment->setFlash(2.5, 'x');
echo "getFlashNext:\n";
var_dump($segment->getFlashNext(2.5));
echo "getFlash (not set for this request):\n";
var_dump($segment->getFlash(2.5));
var_dump($_SESSION['Aura\Session\Flash\Next']['seg']);
?>
--EXPECT--
setFlash:
Deprecated: Implicit conversion from float 2.5 to int loses precision
getFlashNext:
Deprecated: Implicit conversion from float 2.5 to int loses precision
Deprecated: Implicit conversion from float 2.5 to int loses precision
string(1) "x"
getFlash (not set for this request):
Deprecated: Implicit conversion from float 2.5 to int loses precision
NULL
array(1) {
  [2]=>
  string(1) "x"
}
