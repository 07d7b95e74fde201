--TEST--
Loading, calling and reflecting every class raises no deprecation or notice
--INI--
aura_session.api=6
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
error_reporting=-1
--FILE--
<?php
$raised = [];
set_error_handler(function (int $level, string $message) use (&$raised) {
    $raised[] = "$level: $message";
    return true;
});
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment('Seg');
$segment->set('a', 1);
$segment->set(5, 2);
$segment->set(1.5, 3);
$segment->set(true, 4);
$segment->get('a');
$segment->get(2.0);
$segment->setFlash('f', 1);
$segment->setFlashNow('g', 2);
$segment->getFlash('g');
$segment->getFlashNext('f');
$segment->keepFlash();
$segment->clearFlash();
$segment->clearFlashNow();
$segment->remove('a');
$segment->remove('');
$segment->remove('0');
$segment->remove();
$segment->clear();
$segment->getSegment();
$session->getCsrfToken()->getValue();
$session->regenerateId();
$session->resume();
$reflected = 0;
foreach (array_merge(get_declared_classes(), get_declared_interfaces()) as $name) {
    if (stripos($name, 'Aura\\') === 0) {
        foreach ((new ReflectionClass($name))->getMethods() as $method) {
            $reflected += strlen((string) $method) > 0;
            foreach ($method->getParameters() as $parameter) {
                $parameter->isDefaultValueAvailable() && $parameter->getDefaultValue();
            }
        }
    }
}
restore_error_handler();
var_dump($raised, $reflected > 40);
?>
--EXPECT--
array(0) {
}
bool(true)
