--TEST--
A flash set in one request is readable with getFlash() in the next and gone in the one after
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
function request(callable $body) {
    $session = (new Aura\Session\SessionFactory)->newInstance([session_name() => session_id()]);
    $body($session->getSegment('Vendor\Package'));
    $session->commit();
}
request(function ($seg) { $seg->setFlash('msg', 'saved'); var_dump($seg->getFlash('msg', 'not yet')); });
request(function ($seg) { var_dump($seg->getFlash('msg', 'none')); });
request(function ($seg) { var_dump($seg->getFlash('msg', 'none')); });
?>
--EXPECT--
string(7) "not yet"
string(5) "saved"
string(4) "none"
