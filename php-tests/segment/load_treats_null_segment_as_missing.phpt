--TEST--
Loading a segment replaces a null $_SESSION[$name] with an empty array (isset test)
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
session_start();
$_SESSION['Vendor\Package'] = null;
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Vendor\Package');
var_dump($segment->getSegment());
?>
--EXPECT--
array(0) {
}
