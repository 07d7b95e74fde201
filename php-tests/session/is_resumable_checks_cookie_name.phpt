--TEST--
Session::isResumable() is true only when the cookies hold a key named like the current session name
--INI--
session.use_cookies=0
session.name=PHPSESSID
--FILE--
<?php
$f = new Aura\Session\SessionFactory;
$r = [];
$r[] = $f->newInstance([])->isResumable();
$r[] = $f->newInstance(['other' => 'abc'])->isResumable();
$r[] = $f->newInstance(['PHPSESSID' => 'abc'])->isResumable();
$r[] = $f->newInstance(['PHPSESSID' => ''])->isResumable();
$r[] = $f->newInstance(['PHPSESSID' => null])->isResumable();

$session = $f->newInstance(['custom' => 'abc']);
$r[] = $session->isResumable();
$session->setName('custom');
$r[] = $session->isResumable();
$r[] = session_status() === PHP_SESSION_NONE;
echo json_encode($r), "\n";
?>
--EXPECT--
[false,false,true,true,false,false,true,true]
