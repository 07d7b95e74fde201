--TEST--
SessionFactory::newInstance() hands $delete_cookie to the Session, which calls it on destroy()
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([], function ($name, $params) {
    echo "delete $name ", is_array($params) ? 'with params' : 'without params', "\n";
});
$session->getSegment('S')->set('k', 'v');
var_dump($session->destroy());
?>
--EXPECT--
delete PHPSESSID with params
bool(true)
