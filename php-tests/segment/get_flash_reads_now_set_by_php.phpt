--TEST--
Segment::getFlash() reads NOW[$name] written by plain PHP, returning $alt for a missing or null entry
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
session_start();
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Vendor\Package');
var_dump($session->isStarted());
$_SESSION[Aura\Session\Session::FLASH_NOW]['Vendor\Package'] = ['a' => 'A', 'n' => null, 'z' => 0];
var_dump($segment->getFlash('a'));
var_dump($segment->getFlash('n', 'alt'));
var_dump($segment->getFlash('z', 'alt'));
var_dump($segment->getFlash('missing', 'alt'));
var_dump($segment->getFlashNext('a', 'next-alt'));
?>
--EXPECT--
bool(true)
string(1) "A"
string(3) "alt"
int(0)
string(3) "alt"
string(8) "next-alt"
