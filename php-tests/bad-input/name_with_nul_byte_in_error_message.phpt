--TEST--
The exception for a broken segment whose name contains a NUL byte is still an Aura\Session\Exception naming the problem
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
session_start();
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$session->isStarted();
$_SESSION = ["a\0b" => 'text', Aura\Session\Session::FLASH_NOW => ["a\0b" => []], Aura\Session\Session::FLASH_NEXT => ["a\0b" => []]];
$before = $_SESSION;
try {
    $session->getSegment("a\0b")->get('k');
} catch (Throwable $e) {
    echo get_class($e), ': ', str_replace("\0", '\0', $e->getMessage()), "\n";
}
var_dump($_SESSION === $before);
echo "still running\n";
?>
--EXPECTF--
Aura\Session\Exception: $_SESSION[%s] holds a string instead of an array; the session was left unchanged
bool(true)
still running
