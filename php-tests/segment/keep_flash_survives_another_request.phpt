--TEST--
keepFlash() makes the current flashes readable for one more request
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
request(function ($seg) { $seg->setFlash('msg', 'saved'); });
request(function ($seg) { var_dump($seg->getFlash('msg', 'none')); $seg->keepFlash(); });
request(function ($seg) { var_dump($seg->getFlash('msg', 'none')); });
request(function ($seg) { var_dump($seg->getFlash('msg', 'none')); });
?>
--EXPECT--
string(5) "saved"
string(5) "saved"
string(4) "none"
