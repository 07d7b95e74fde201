--TEST--
clear(), remove(), clearFlash(), clearFlashNow() and keepFlash() start no session when there is nothing to resume
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Vendor\Package');
$segment->clear();
$segment->remove('a');
$segment->remove();
$segment->clearFlash();
$segment->clearFlashNow();
$segment->keepFlash();
var_dump(session_status() === PHP_SESSION_NONE);
var_dump(isset($_SESSION));
?>
--EXPECT--
bool(true)
bool(false)
