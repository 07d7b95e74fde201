--TEST--
Session::destroy() calls a delete-cookie callable declaring three parameters as ($name, $path, $domain)
--INI--
session.use_cookies=0
session.cache_limiter=
session.cookie_path=/shop
session.cookie_domain=example.com
--FILE--
<?php
$calls = [];
$deleter = function ($name, $path, $domain) use (&$calls) {
    $calls[] = func_get_args();
};
$session = (new Aura\Session\SessionFactory)->newInstance([], $deleter);
$session->start();
var_dump($session->destroy());
var_dump($calls);
?>
--EXPECT--
bool(true)
array(1) {
  [0]=>
  array(3) {
    [0]=>
    string(9) "PHPSESSID"
    [1]=>
    string(5) "/shop"
    [2]=>
    string(11) "example.com"
  }
}
