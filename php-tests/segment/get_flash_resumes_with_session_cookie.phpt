--TEST--
Segment::getFlash() resumes the session when the session cookie was sent and reads the moved flash
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
// First request stores a flash for the next one.
$first = (new Aura\Session\SessionFactory)->newInstance([]);
$first->getSegment('Vendor\Package')->setFlash('msg', 'hi');
$id = session_id();
$first->commit();
var_dump(session_status() === PHP_SESSION_NONE);

$second = (new Aura\Session\SessionFactory)->newInstance([session_name() => $id]);
var_dump($second->getSegment('Vendor\Package')->getFlash('msg'));
var_dump(session_status() === PHP_SESSION_ACTIVE, session_id() === $id);
?>
--EXPECT--
bool(true)
string(2) "hi"
bool(true)
bool(true)
