--TEST--
A fatal error inside the delete-cookie callable run by destroy() ends the request with PHP's own fatal error
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
require __DIR__ . '/user_fatal.inc';
register_shutdown_function(function () { echo "shutdown ran\n"; });
$session = (new Aura\Session\SessionFactory)->newInstance([], function ($name, $params) {
    user_fatal('cookie deleter failed hard');
});
$session->start();
$session->destroy();
echo "not reached\n";
?>
--EXPECTF--
Fatal error: cookie deleter failed hard in %s on line %d
shutdown ran
