--TEST--
Session::setName() returns the previous name and getName() the current one, as session_name()
--INI--
session.name=PHPSESSID
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$before = $session->getName();
$old = $session->setName('APPSESS');
var_dump($before, $old, $session->getName(), session_name());
?>
--EXPECT--
string(9) "PHPSESSID"
string(9) "PHPSESSID"
string(7) "APPSESS"
string(7) "APPSESS"
