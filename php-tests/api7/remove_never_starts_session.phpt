--TEST--
remove() with a key, with null or with no argument starts no session when none is active
--INI--
aura_session.api=7
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Seg');
foreach (['key', '0', '', null] as $key) {
    var_dump($segment->remove($key));
}
var_dump($segment->remove());
var_dump(session_status() === PHP_SESSION_NONE, isset($_SESSION), $session->isStarted());
?>
--EXPECT--
NULL
NULL
NULL
NULL
NULL
bool(true)
bool(false)
bool(false)
