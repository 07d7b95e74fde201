--TEST--
A flash set in one request is read in the next request only, and is gone in the one after
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
$seg = $session->getSegment('app');
$seg->setFlash('notice', 'saved');
var_dump($seg->getFlash('notice', 'not yet'), $seg->getFlashNext('notice'));
$id = $session->getId();
$session->commit();

$session = next_request($id);
$seg = $session->getSegment('app');
var_dump($seg->getFlash('notice'), $seg->getFlashNext('notice', 'none'));
$session->commit();

$session = next_request($id);
var_dump($session->getSegment('app')->getFlash('notice', 'gone'));
?>
--EXPECT--
string(7) "not yet"
string(5) "saved"
string(5) "saved"
string(4) "none"
string(4) "gone"
