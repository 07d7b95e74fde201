--TEST--
With error_reporting=E_ALL and startup errors shown, loading the extension and reflecting every class, method, parameter and constant reports no deprecation, notice or warning
--INI--
error_reporting=-1
display_errors=1
display_startup_errors=1
--FILE--
<?php
$names = array_merge(get_declared_classes(), get_declared_interfaces());
$names = array_filter($names, fn($n) => str_starts_with($n, 'Aura\\Session\\'));
sort($names);
$methods = $parameters = 0;
foreach ($names as $name) {
    $class = new ReflectionClass($name);
    $class->getConstants();
    $class->getDefaultProperties();
    foreach ($class->getMethods() as $method) {
        $methods++;
        if ($method->isDeprecated()) {
            echo "$name::{$method->name} is deprecated\n";
        }
        $method->getReturnType();
        foreach ($method->getParameters() as $parameter) {
            $parameters++;
            $parameter->getType();
            if ($parameter->isDefaultValueAvailable()) {
                $parameter->getDefaultValue();
            }
        }
    }
}
$extension = new ReflectionExtension('aura_session');
$extension->getINIEntries();
$extension->getFunctions();
printf("%d classes and interfaces, %d methods, %d parameters\n", count($names), $methods, $parameters);
?>
--EXPECT--
14 classes and interfaces, 114 methods, 68 parameters
