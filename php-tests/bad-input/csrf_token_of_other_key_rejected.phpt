--TEST--
A CSRF token issued for one key is rejected when checked against another key
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$csrf = $session->getCsrfToken();
$form = $csrf->getValue('form');
$admin = $csrf->getValue('admin');
var_dump($form !== $admin);
var_dump($csrf->isValid($form, 'admin'), $csrf->isValid($admin, 'form'), $csrf->isValid($form), $csrf->isValid($form, 'form'));
echo "still running\n";
?>
--EXPECT--
bool(true)
bool(false)
bool(false)
bool(false)
bool(true)
still running
