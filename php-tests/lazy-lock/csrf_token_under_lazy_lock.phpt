--TEST--
lazy_lock=1: a CSRF token created in one request is stored and accepted by the next
--INI--
aura_session.lazy_lock=1
--FILE--
<?php
include __DIR__ . '/store.inc';
Store::$data['abc'] = '';
$session = (new Aura\Session\SessionFactory)->newInstance([session_name() => 'abc']);
$value = $session->getCsrfToken()->getValue();
$stored = Store::decode(Store::$data['abc'])['Aura\Session\CsrfToken']['value'];
var_dump($stored === $value, $session->getCsrfToken()->isValid($value));
?>
--EXPECT--
bool(true)
bool(true)
