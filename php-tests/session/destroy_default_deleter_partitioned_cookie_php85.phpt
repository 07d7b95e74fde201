--TEST--
Session::destroy() with no delete-cookie callable expires a Partitioned session cookie with Partitioned, so the deletion reaches the cookie's own partition (PHP 8.5 on)
--SKIPIF--
<?php if (PHP_VERSION_ID < 80500) die("skip before PHP 8.5"); ?>
--INI--
session.use_cookies=0
session.cache_limiter=
session.cookie_path=/app
session.cookie_secure=1
session.cookie_partitioned=1
session.cookie_httponly=0
session.cookie_samesite=Lax
--FILE--
<?php
use Aura\Session\{Session, SegmentFactory, CsrfTokenFactory, Randval, Phpfunc};

class CookiePhpfunc extends Phpfunc
{
    public array $cookies = [];
    public function setcookie(...$args)
    {
        $this->cookies[] = $args;
        return true;
    }
}

$phpfunc = new CookiePhpfunc;
$session = new Session(new SegmentFactory, new CsrfTokenFactory(new Randval), $phpfunc, []);
var_dump($session->destroy());
$options = $phpfunc->cookies[0][2];
unset($options['expires']);
var_dump($options);
?>
--EXPECT--
bool(true)
array(6) {
  ["path"]=>
  string(4) "/app"
  ["domain"]=>
  string(0) ""
  ["secure"]=>
  bool(true)
  ["httponly"]=>
  bool(false)
  ["samesite"]=>
  string(3) "Lax"
  ["partitioned"]=>
  bool(true)
}
