--TEST--
Session::keepFlash() carries the current flashes of every segment one more request
--INI--
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
use Aura\Session\SessionFactory;

function next_request(string $id)
{
    $_SESSION = [];
    session_id($id);
    return (new SessionFactory)->newInstance([session_name() => $id]);
}

$session = (new SessionFactory)->newInstance([]);
$session->getSegment('a')->setFlash('x', 1);
$session->getSegment('b')->setFlash('y', 2);
$id = $session->getId();
$session->commit();

// request 2: read, and keep
$session = next_request($id);
var_dump($session->getSegment('a')->getFlash('x'), $session->getSegment('b')->getFlash('y'));
var_dump($session->keepFlash());
$session->commit();

// request 3: still there
$session = next_request($id);
var_dump($session->getSegment('a')->getFlash('x'), $session->getSegment('b')->getFlash('y'));
$session->commit();

// request 4: gone
$session = next_request($id);
var_dump($session->getSegment('a')->getFlash('x', 'gone'), $session->getSegment('b')->getFlash('y', 'gone'));
?>
--EXPECT--
int(1)
int(2)
NULL
int(1)
int(2)
string(4) "gone"
string(4) "gone"
