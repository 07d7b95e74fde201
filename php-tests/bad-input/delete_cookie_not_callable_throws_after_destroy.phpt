--TEST--
A truthy delete-cookie value that is not callable makes destroy() throw Aura\Session\Exception after the session was destroyed
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
foreach (['nope', [1, 2], true, 42, new stdClass, 'NoSuchClass::method'] as $deleter) {
    session_start();
    $_SESSION['data'] = 'secret';
    session_write_close();
    unset($_SESSION);
    $session = (new Aura\Session\SessionFactory)->newInstance([], $deleter);
    $session->start();
    try {
        var_dump($session->destroy());
    } catch (Aura\Session\Exception $e) {
        echo json_encode($deleter), ': ', get_class($e), ': ', $e->getMessage(), "\n";
    }
    var_dump(session_status() === PHP_SESSION_ACTIVE, $_SESSION);
}
echo "still running\n";
?>
--EXPECT--
"nope": Aura\Session\Exception: The delete-cookie callable is not callable: the session was destroyed but its cookie was not deleted
bool(false)
array(0) {
}
[1,2]: Aura\Session\Exception: The delete-cookie callable is not callable: the session was destroyed but its cookie was not deleted
bool(false)
array(0) {
}
true: Aura\Session\Exception: The delete-cookie callable is not callable: the session was destroyed but its cookie was not deleted
bool(false)
array(0) {
}
42: Aura\Session\Exception: The delete-cookie callable is not callable: the session was destroyed but its cookie was not deleted
bool(false)
array(0) {
}
{}: Aura\Session\Exception: The delete-cookie callable is not callable: the session was destroyed but its cookie was not deleted
bool(false)
array(0) {
}
"NoSuchClass::method": Aura\Session\Exception: The delete-cookie callable is not callable: the session was destroyed but its cookie was not deleted
bool(false)
array(0) {
}
still running
