--TEST--
A float segment key is truncated to an integer key as PHP arrays do (1.7 -> 1, -2.5 -> -2), each access raising PHP's precision-loss deprecation
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
set_error_handler(function (int $no, string $message): bool {
    echo $no === E_DEPRECATED ? "Deprecated" : "Error $no", ": $message\n";
    return true;
});
session_start();
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('seg');
$segment->set(1.7, 'one');
$segment->set(-2.5, 'minus two');
var_dump($_SESSION['seg']);
var_dump($segment->get(1.2), $segment->get(-2));
echo "still running\n";
?>
--EXPECT--
Deprecated: Implicit conversion from float 1.7 to int loses precision
Deprecated: Implicit conversion from float -2.5 to int loses precision
array(2) {
  [1]=>
  string(3) "one"
  [-2]=>
  string(9) "minus two"
}
Deprecated: Implicit conversion from float 1.2 to int loses precision
Deprecated: Implicit conversion from float 1.2 to int loses precision
string(3) "one"
string(9) "minus two"
still running
