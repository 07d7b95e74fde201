--TEST--
INF, -INF, NAN and out-of-range float keys raise the deprecation with PHP's spelling of the float; integral floats (2.0, -0.0) raise none
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
foreach ([INF, -INF, NAN, 1e30, -1.0E+19, 9.2233720368547758E+18, 0.1, 0.30000000000000004, 1e-300, 2.0, -0.0] as $i => $key) {
    $segment->set($key, $i);
}
var_dump($_SESSION['seg']);
?>
--EXPECT--
Deprecated: Implicit conversion from float INF to int loses precision
Deprecated: Implicit conversion from float -INF to int loses precision
Deprecated: Implicit conversion from float NAN to int loses precision
Deprecated: Implicit conversion from float 1.0E+30 to int loses precision
Deprecated: Implicit conversion from float -1.0E+19 to int loses precision
Deprecated: Implicit conversion from float 9.223372036854776E+18 to int loses precision
Deprecated: Implicit conversion from float 0.1 to int loses precision
Deprecated: Implicit conversion from float 0.30000000000000004 to int loses precision
Deprecated: Implicit conversion from float 1.0E-300 to int loses precision
array(5) {
  [0]=>
  int(10)
  [5076964154930102272]=>
  int(3)
  [8446744073709551616]=>
  int(4)
  [-9223372036854775808]=>
  int(5)
  [2]=>
  int(9)
}
