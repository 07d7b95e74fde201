--TEST--
200 fresh sessions in a row each get a different CSRF token (and a different session id)
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$factory = new Aura\Session\SessionFactory;
$tokens = [];
$ids = [];
for ($i = 0; $i < 200; $i++) {
    unset($_SESSION);
    session_id('');
    $session = $factory->newInstance([]);
    $tokens[] = $session->getCsrfToken()->getValue();
    $ids[] = $session->getId();
    $session->destroy();
}
var_dump(count(array_unique($tokens)), count(array_unique($ids)));
echo "still running\n";
?>
--EXPECT--
int(200)
int(200)
still running
