--TEST--
Phpfunc can call a user-defined global function, passing arguments in order
--FILE--
<?php
function my_helper($a, $b = 'default') { return "$a|$b"; }
$php = new Aura\Session\Phpfunc;
var_dump($php->my_helper('x'));
var_dump($php->my_helper('x', 'y'));
?>
--EXPECT--
string(9) "x|default"
string(3) "x|y"
