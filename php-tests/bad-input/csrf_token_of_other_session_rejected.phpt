--TEST--
A CSRF token from one session is rejected by a different session
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$factory = new Aura\Session\SessionFactory;
$first = $factory->newInstance([]);
$stolen = $first->getCsrfToken()->getValue();
$firstId = $first->getId();
$first->commit();
// the next request, without the first session's cookie
unset($_SESSION);
session_id('');
$second = $factory->newInstance([]);
$second->start();
var_dump($second->getId() !== $firstId);
var_dump($second->getCsrfToken()->isValid($stolen));
var_dump($second->getCsrfToken()->isValid($second->getCsrfToken()->getValue()));
echo "still running\n";
?>
--EXPECT--
bool(true)
bool(false)
bool(true)
still running
