--TEST--
Session::regenerateId() calls session_regenerate_id(true), so the old id no longer holds the data
--INI--
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
use Aura\Session\{Session, SessionFactory, SegmentFactory, CsrfTokenFactory, Randval, Phpfunc};

class LogPhpfunc extends Phpfunc
{
    public array $log = [];
    public function __call($func, $args)
    {
        if ($func === 'session_regenerate_id') {
            $this->log[] = $args;
        }
        return parent::__call($func, $args);
    }
}

$phpfunc = new LogPhpfunc;
$session = new Session(new SegmentFactory, new CsrfTokenFactory(new Randval), $phpfunc);
$session->getSegment('seg')->set('k', 'v');
$old = $session->getId();
$session->regenerateId();
$new = $session->getId();
$session->commit();
var_dump($phpfunc->log);

$_SESSION = [];
session_id($old);
$session = (new SessionFactory)->newInstance([session_name() => $old]);
var_dump($session->getSegment('seg')->get('k', 'gone'));
$session->commit();

$_SESSION = [];
session_id($new);
$session = (new SessionFactory)->newInstance([session_name() => $new]);
var_dump($session->getSegment('seg')->get('k', 'gone'));
?>
--EXPECT--
array(1) {
  [0]=>
  array(1) {
    [0]=>
    bool(true)
  }
}
string(4) "gone"
string(1) "v"
