--TEST--
Calling the classes' methods with more arguments than declared ignores the extra ones
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([], null, 'extra');
$token = $session->getCsrfToken('csrf1');
var_dump($token === $session->getCsrfToken());
$segment = $session->getSegment('S', 'extra');
$segment->set('k', 'v', 'extra');
var_dump($segment->get('k', 'alt', 'extra'));
$segment->setFlash('f', 1, 2, 3);
var_dump($segment->getFlashNext('f', null, 'extra'));
$segment->remove('k', 'extra');
$segment->clear('extra');
var_dump($segment->getSegment('extra'));
var_dump(strlen($token->getValue('value', 'extra')));
var_dump($token->isValid($token->getValue(), 'value', 'extra'));
var_dump(strlen((new Aura\Session\Randval)->generate('extra')));
var_dump(get_class((new Aura\Session\SegmentFactory)->newInstance($session, 'S', 'extra')));
?>
--EXPECT--
bool(true)
string(1) "v"
int(1)
array(0) {
}
int(128)
bool(true)
int(32)
string(20) "Aura\Session\Segment"
