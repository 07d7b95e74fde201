--TEST--
Session::destroy() with no delete-cookie callable expires the cookie through Phpfunc setcookie()
--INI--
session.use_cookies=0
session.cache_limiter=
session.cookie_path=/shop
session.cookie_domain=example.com
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

foreach ([null, false, '', 0] as $falsy) {
    $phpfunc = new CookiePhpfunc;
    $session = new Session(new SegmentFactory, new CsrfTokenFactory(new Randval), $phpfunc, [], $falsy);
    $before = time();
    var_dump($session->destroy());
    [$name, $value, $expires, $path, $domain] = $phpfunc->cookies[0];
    var_dump(count($phpfunc->cookies), count($phpfunc->cookies[0]), $name, $value, $path, $domain);
    var_dump($expires >= $before - 42000 && $expires <= time() - 42000);
}
?>
--EXPECT--
bool(true)
int(1)
int(5)
string(9) "PHPSESSID"
string(0) ""
string(5) "/shop"
string(11) "example.com"
bool(true)
bool(true)
int(1)
int(5)
string(9) "PHPSESSID"
string(0) ""
string(5) "/shop"
string(11) "example.com"
bool(true)
bool(true)
int(1)
int(5)
string(9) "PHPSESSID"
string(0) ""
string(5) "/shop"
string(11) "example.com"
bool(true)
bool(true)
int(1)
int(5)
string(9) "PHPSESSID"
string(0) ""
string(5) "/shop"
string(11) "example.com"
bool(true)
