--TEST--
The 2.x flash flow: a flash set in one request is read in the next, kept with keepFlash() for one more, then gone
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
function request(array $cookies): Aura\Session\Segment
{
    return (new Aura\Session\SessionFactory)->newInstance($cookies)->getSegment('Vendor\Package');
}
$segment = request([]);
$segment->setFlash('message', 'Saved');
var_dump($segment->getFlash('message'), $segment->getFlashNext('message'));
$id = session_id();
session_write_close();

session_id($id);
$segment = request([session_name() => $id]);
var_dump($segment->getFlash('message'), $segment->getFlashNext('message'));
$segment->keepFlash();
session_write_close();

session_id($id);
$segment = request([session_name() => $id]);
var_dump($segment->getFlash('message'));
session_write_close();

session_id($id);
$segment = request([session_name() => $id]);
var_dump($segment->getFlash('message', 'gone'));
$segment->setFlashNow('now', 'both');
var_dump($segment->getFlash('now'), $segment->getFlashNext('now'));
$segment->clearFlashNow();
var_dump($segment->getFlash('now'), $segment->getFlashNext('now'));
?>
--EXPECT--
NULL
string(5) "Saved"
string(5) "Saved"
NULL
string(5) "Saved"
string(4) "gone"
string(4) "both"
string(4) "both"
NULL
NULL
