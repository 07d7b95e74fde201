--TEST--
An out-of-range float key lands on the same integer key PHP 8.2 arrays use
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
session_start();
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('seg');
$plain = [];
foreach ([1e30, -1e19, 1.8e19] as $f) {
    @$segment->set($f, 'v');
    @$plain[$f] = 'v';
}
var_dump(array_keys($_SESSION['seg']) === array_keys($plain));
var_dump(array_keys($plain));
echo "still running\n";
?>
--EXPECT--
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
