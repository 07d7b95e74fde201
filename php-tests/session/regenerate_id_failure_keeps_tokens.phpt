--TEST--
Session::regenerateId() returns false and keeps the CSRF tokens when session_regenerate_id() fails
--INI--
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
use Aura\Session\{Session, SegmentFactory, CsrfTokenFactory, Randval, Phpfunc};

class NoRegeneratePhpfunc extends Phpfunc
{
    public function __call($func, $args)
    {
        return $func === 'session_regenerate_id' ? false : parent::__call($func, $args);
    }
}

$session = new Session(new SegmentFactory, new CsrfTokenFactory(new Randval), new NoRegeneratePhpfunc);
$value = $session->getCsrfToken()->getValue();
$id = $session->getId();
var_dump($session->regenerateId());
var_dump($session->getId() === $id, $session->getCsrfToken()->getValue() === $value);
?>
--EXPECT--
bool(false)
bool(true)
bool(true)
