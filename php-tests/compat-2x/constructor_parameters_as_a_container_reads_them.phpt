--TEST--
Constructor parameters read through Reflection (names, optionality, defaults) are the 4.x library's, which 2.x configurations name
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
foreach (['Phpfunc', 'Randval', 'SegmentFactory', 'Segment', 'CsrfTokenFactory', 'CsrfToken', 'Session', 'SessionFactory'] as $name) {
    $constructor = (new ReflectionClass("Aura\\Session\\$name"))->getConstructor();
    echo $name, $constructor ? '' : ': no constructor', "\n";
    foreach ($constructor?->getParameters() ?? [] as $param) {
        echo '  $', $param->getName(), ' ', $param->getType() ?? 'untyped',
            $param->isOptional() ? ' optional' : ' required',
            $param->isDefaultValueAvailable() ? ' = ' . var_export($param->getDefaultValue(), true) : '',
            "\n";
    }
}
$method = new ReflectionMethod('Aura\Session\SessionFactory', 'newInstance');
foreach ($method->getParameters() as $param) {
    echo 'SessionFactory::newInstance $', $param->getName(), $param->isDefaultValueAvailable() ? ' = ' . var_export($param->getDefaultValue(), true) : '', "\n";
}
?>
--EXPECT--
Phpfunc: no constructor
Randval: no constructor
SegmentFactory: no constructor
Segment
  $session Aura\Session\Session required
  $name untyped required
CsrfTokenFactory
  $randval Aura\Session\RandvalInterface required
CsrfToken
  $segment Aura\Session\SegmentInterface required
  $randval Aura\Session\RandvalInterface required
Session
  $segment_factory Aura\Session\SegmentFactory required
  $csrf_token_factory Aura\Session\CsrfTokenFactory required
  $phpfunc Aura\Session\Phpfunc required
  $cookies array optional = array (
)
  $delete_cookie untyped optional = NULL
SessionFactory: no constructor
SessionFactory::newInstance $cookies
SessionFactory::newInstance $delete_cookie = NULL
