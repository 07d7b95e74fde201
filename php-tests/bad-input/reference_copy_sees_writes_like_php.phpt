--TEST--
A copy of $_SESSION taken while a value is referenced shares that value with later segment writes, exactly as plain PHP arrays do
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
session_start();
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('seg');
$segment->set('k', 1);
$segment->set('plain', 1);
$r = &$_SESSION['seg']['k'];
$copy = $_SESSION;
$segment->set('k', 2);
$segment->set('plain', 2);
var_dump($copy['seg']['k'], $copy['seg']['plain']);
// the same steps in plain PHP
$a = ['seg' => ['k' => 1, 'plain' => 1]];
$ra = &$a['seg']['k'];
$copyA = $a;
$a['seg']['k'] = 2;
$a['seg']['plain'] = 2;
var_dump($copyA['seg']['k'], $copyA['seg']['plain']);
echo "still running\n";
?>
--EXPECT--
int(2)
int(1)
int(2)
int(1)
still running
