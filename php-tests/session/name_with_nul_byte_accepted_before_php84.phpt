--TEST--
Session::setName() with a NUL byte does what session_name() does before PHP 8.4: no exception, the name cut at the NUL byte
--SKIPIF--
<?php if (PHP_VERSION_ID >= 80400) die('skip PHP 8.4 rejects a NUL byte in session_name()'); ?>
--INI--
session.name=PHPSESSID
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
var_dump($session->setName("a\0b"));
var_dump(bin2hex($session->getName()), bin2hex(session_name()));
?>
--EXPECT--
string(9) "PHPSESSID"
string(2) "61"
string(2) "61"
