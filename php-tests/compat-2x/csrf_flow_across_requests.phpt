--TEST--
The 2.x CSRF flow: getCsrfToken()->getValue() goes in the form, isValid() checks it in the next request, regenerateId() replaces it
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
ob_start(); // regenerateId() needs headers not yet sent
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$csrf = $session->getCsrfToken();
$form_value = $csrf->getValue();
var_dump(strlen($form_value), $session->isStarted());
$id = session_id();
$session->commit();

session_id($id);
$session = (new Aura\Session\SessionFactory)->newInstance([session_name() => $id]);
$csrf = $session->getCsrfToken();
var_dump($csrf->isValid($form_value), $csrf->isValid('forged'), $csrf->getValue() === $form_value);
$session->regenerateId();
var_dump($csrf->isValid($form_value), strlen($csrf->getValue()));
$csrf->regenerateValue();
var_dump($csrf->getValue() === $form_value);
?>
--EXPECT--
int(128)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
int(128)
bool(false)
