--TEST--
Segment::keepFlash() with nothing in NEXT takes NOW's array itself, as array_merge() returns it, so a reference only that array holds no longer ties NOW to NEXT
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
use Aura\Session\Session;
session_start();
$_SESSION['Vendor\Package']['k'] = 'kept';
$_SESSION[Session::FLASH_NEXT]['Vendor\Package']['x'] = &$_SESSION['Vendor\Package']['k'];
$segment = (new Aura\Session\SessionFactory)->newInstance([])->getSegment('Vendor\Package');
// The flash move puts the referencing array into NOW, then NEXT gets it back.
$segment->keepFlash();
$segment->remove();
$_SESSION[Session::FLASH_NOW]['Vendor\Package']['x'] = 'changed in NOW only';
var_dump($_SESSION[Session::FLASH_NEXT]['Vendor\Package']['x']);
?>
--EXPECT--
string(4) "kept"
