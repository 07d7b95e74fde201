--TEST--
Every class constructed with the arguments 2.x code passes, including Randval's Phpfunc, works together
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
use Aura\Session\{CsrfToken, CsrfTokenFactory, Phpfunc, Randval, Segment, SegmentFactory, Session, SessionFactory};

$phpfunc = new Phpfunc;
$randval = new Randval($phpfunc);
var_dump(strlen($randval->generate()));
$session = new Session(new SegmentFactory, new CsrfTokenFactory($randval), $phpfunc, $_COOKIE, null);
$segment = new Segment($session, 'Vendor\Package\ClassName');
$segment->set('foo', 'bar');
var_dump($segment->get('foo'), $session->isStarted());
$token = new CsrfToken($segment, $randval);
var_dump(strlen($token->getValue()), $token->isValid($token->getValue()));
$factory_session = (new SessionFactory)->newInstance($_COOKIE);
var_dump($factory_session->getSegment('Vendor\Package\ClassName')->get('foo'));
var_dump(get_class((new SegmentFactory)->newInstance($session, 'other')));
?>
--EXPECT--
int(32)
string(3) "bar"
bool(true)
int(128)
bool(true)
string(3) "bar"
string(20) "Aura\Session\Segment"
