--TEST--
An exception from the delete-cookie callable propagates from destroy() after the session data was cleared and destroyed
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
session_start();
$_SESSION['data'] = 'secret';
session_write_close();
$id = session_id();
unset($_SESSION);
$session = (new Aura\Session\SessionFactory)->newInstance([], function ($name, $params) {
    throw new DomainException("cannot delete cookie $name");
});
$session->start();
var_dump($_SESSION['data']);
try {
    $session->destroy();
} catch (DomainException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump(session_status() === PHP_SESSION_ACTIVE, $_SESSION);
session_id($id);
session_start();
var_dump($_SESSION);
echo "still running\n";
?>
--EXPECT--
string(6) "secret"
DomainException: cannot delete cookie PHPSESSID
bool(false)
array(0) {
}
array(0) {
}
still running
