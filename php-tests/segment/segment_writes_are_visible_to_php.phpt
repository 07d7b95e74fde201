--TEST--
Values written by the segment are visible to plain PHP through $_SESSION at once
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Vendor\Package');
$segment->set('user', ['id' => 7]);
var_dump($_SESSION['Vendor\Package']['user']['id']);
$segment->setFlash('msg', 'later');
var_dump($_SESSION[Aura\Session\Session::FLASH_NEXT]['Vendor\Package']['msg']);
$segment->clear();
var_dump(isset($_SESSION['Vendor\Package']['user']));
?>
--EXPECT--
int(7)
string(5) "later"
bool(false)
