--TEST--
Randval::generate() returns different bytes on every call
--FILE--
<?php
$randval = new Aura\Session\Randval;
$seen = [];
for ($i = 0; $i < 50; $i++) {
    $seen[$randval->generate()] = true;
}
var_dump(count($seen));
var_dump((new Aura\Session\Randval)->generate() !== (new Aura\Session\Randval)->generate());
?>
--EXPECT--
int(50)
bool(true)
