--TEST--
Session::destroy() with no delete-cookie callable expires a Secure session cookie through Phpfunc setcookie() with the options array, repeating the attributes the cookie was set with (Partitioned from PHP 8.5 on)
--INI--
session.use_cookies=0
session.cache_limiter=
session.cookie_path=/
session.cookie_domain=
session.cookie_secure=1
session.cookie_httponly=1
session.cookie_samesite=Strict
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
$before = time();
var_dump($session->destroy());
[$name, $value, $options] = $phpfunc->cookies[0];
var_dump(count($phpfunc->cookies), count($phpfunc->cookies[0]), $name, $value);
var_dump($options['expires'] >= $before - 42000 && $options['expires'] <= time() - 42000);
var_dump(($options['partitioned'] ?? null) === (PHP_VERSION_ID >= 80500 ? false : null));
unset($options['expires'], $options['partitioned']);
var_dump($options);
?>
--EXPECT--
bool(true)
int(1)
int(3)
string(9) "PHPSESSID"
string(0) ""
bool(true)
bool(true)
array(5) {
  ["path"]=>
  string(1) "/"
  ["domain"]=>
  string(0) ""
  ["secure"]=>
  bool(true)
  ["httponly"]=>
  bool(true)
  ["samesite"]=>
  string(6) "Strict"
}
