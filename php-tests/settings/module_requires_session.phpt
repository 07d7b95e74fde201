--TEST--
The module declares that it requires the session module, as ZEND_MOD_REQUIRED does: ReflectionExtension::getDependencies() lists it
--FILE--
<?php
var_dump((new ReflectionExtension('aura_session'))->getDependencies());
?>
--EXPECT--
array(1) {
  ["session"]=>
  string(8) "Required"
}
