--TEST--
Segment keepFlash(): a destructor run by the merged assignment unsets $_SESSION's flash buckets; the call completes and the session stays usable
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
use Aura\Session\Session;
class Wiper { function __destruct() { echo "destructor\n"; unset($_SESSION[Session::FLASH_NOW], $_SESSION[Session::FLASH_NEXT]); } }
session_start();
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$a = $session->getSegment('a');
$b = $session->getSegment('b');
$a->setFlash('k', new Wiper);
$_SESSION[Session::FLASH_NOW]['a']['k'] = 'now';
$_SESSION[Session::FLASH_NOW]['b']['k'] = 'now';
$a->keepFlash();
var_dump($_SESSION[Session::FLASH_NEXT] ?? 'gone', $_SESSION[Session::FLASH_NOW] ?? 'gone');
$b->setFlash('z', 1);
var_dump($b->getFlashNext('z'));
?>
--EXPECT--
destructor
string(4) "gone"
string(4) "gone"
int(1)
