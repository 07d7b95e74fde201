--TEST--
CsrfToken::isValid() returns false, without an error, for an array (as from __csrf_value[]=x), null, int, float, bool, object and Stringable object, even one that converts to the token
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$csrf = $session->getCsrfToken();
$value = $csrf->getValue();
$before = $_SESSION;
$stringable = new class($value) {
    public function __construct(private string $v) {}
    public function __toString(): string { return $this->v; }
};
foreach (['array' => [$value], 'null' => null, 'int' => 0, 'float' => 0.0, 'true' => true, 'false' => false, 'stdClass' => new stdClass, 'Stringable' => $stringable] as $label => $given) {
    echo $label, ': ';
    var_dump($csrf->isValid($given));
}
var_dump($csrf->isValid($value), $_SESSION === $before);
echo "still running\n";
?>
--EXPECT--
array: bool(false)
null: bool(false)
int: bool(false)
float: bool(false)
true: bool(false)
false: bool(false)
stdClass: bool(false)
Stringable: bool(false)
bool(true)
bool(true)
still running
