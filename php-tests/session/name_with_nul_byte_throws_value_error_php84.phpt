--TEST--
Session::setName() with a NUL byte throws session_name()'s ValueError from PHP 8.4 on, and keeps the name
--SKIPIF--
<?php if (PHP_VERSION_ID < 80400) die('skip session_name() accepts a NUL byte before PHP 8.4'); ?>
--INI--
session.name=PHPSESSID
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
try {
    $session->setName("a\0b");
} catch (ValueError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($session->getName(), session_name());
?>
--EXPECT--
ValueError: session_name(): Argument #1 ($name) must not contain any null bytes
string(9) "PHPSESSID"
string(9) "PHPSESSID"
