--TEST--
Without strict_types, int, float, bool and Stringable keys are converted to strings, which become array keys as in PHP ("5" is 5)
--INI--
aura_session.api=7
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class Label
{
    public function __toString(): string
    {
        return 'label';
    }
}

$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Seg');
$keys = ['int' => 5, 'float' => 1.5, 'whole float' => 2.0, 'true' => true, 'false' => false, 'Stringable' => new Label];
foreach ($keys as $what => $key) {
    $segment->set($key, $what);
    $segment->setFlash($key, "next $what");
    $segment->setFlashNow($key, "now $what");
}
var_dump($_SESSION['Seg']);
foreach ($keys as $what => $key) {
    echo "$what: ", $segment->get($key), ' | ', $segment->getFlash($key), ' | ', $segment->getFlashNext($key), "\n";
}
$segment->remove(5);
$segment->remove(false);
var_dump(array_keys($_SESSION['Seg']));
?>
--EXPECT--
array(6) {
  [5]=>
  string(3) "int"
  ["1.5"]=>
  string(5) "float"
  [2]=>
  string(11) "whole float"
  [1]=>
  string(4) "true"
  [""]=>
  string(5) "false"
  ["label"]=>
  string(10) "Stringable"
}
int: int | now int | now int
float: float | now float | now float
whole float: whole float | now whole float | now whole float
true: true | now true | now true
false: false | now false | now false
Stringable: Stringable | now Stringable | now Stringable
array(4) {
  [0]=>
  string(3) "1.5"
  [1]=>
  int(2)
  [2]=>
  int(1)
  [3]=>
  string(5) "label"
}
