--TEST--
An out-of-range float key lands on the same integer key PHP 8.2 arrays use, each access raising PHP's precision-loss deprecation
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
$plain = [];
foreach ([1e30, -1e19, 1.8e19] as $f) {
    $segment->set($f, 'v');
    $plain[$f] = 'v';
}
var_dump(array_keys($_SESSION['seg']) === array_keys($plain));
var_dump(array_keys($plain));
echo "still running\n";
?>
--EXPECT--
Deprecated: Implicit conversion from float 1.0E+30 to int loses precision
Deprecated: Implicit conversion from float 1.0E+30 to int loses precision
Deprecated: Implicit conversion from float -1.0E+19 to int loses precision
Deprecated: Implicit conversion from float -1.0E+19 to int loses precision
Deprecated: Implicit conversion from float 1.8E+19 to int loses precision
Deprecated: Implicit conversion from float 1.8E+19 to int loses precision
bool(true)
array(3) {
  [0]=>
  int(5076964154930102272)
  [1]=>
  int(8446744073709551616)
  [2]=>
  int(-446744073709551616)
}
still running
