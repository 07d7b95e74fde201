--TEST--
Phpfunc forwards any method call to the global PHP function of that name and returns its result
--FILE--
<?php
$php = new Aura\Session\Phpfunc;
var_dump($php->strtoupper('abc'));
var_dump($php->str_replace('a', 'b', 'banana'));
var_dump($php->array_merge([1], [2]));
var_dump($php->function_exists('session_status'));
var_dump($php->session_status() === session_status());
var_dump($php->__call('max', [3, 9, 4]));
?>
--EXPECT--
string(3) "ABC"
string(6) "bbnbnb"
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
bool(true)
bool(true)
int(9)
