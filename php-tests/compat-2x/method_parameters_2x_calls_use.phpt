--TEST--
The methods 2.x code calls keep their parameter names and defaults: the CSRF key is optional, alt values default to null
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$methods = [
    'Aura\Session\CsrfToken' => ['getValue', 'isValid', 'regenerateValue'],
    'Aura\Session\Segment' => ['get', 'set', 'getFlash', 'setFlash', 'getFlashNext', 'setFlashNow', 'clear', 'clearFlash', 'clearFlashNow', 'keepFlash'],
    'Aura\Session\Session' => ['getSegment', 'setDeleteCookie', 'setCookieParams', 'setName', 'setSavePath', 'setCacheExpire', 'setCacheLimiter'],
];
foreach ($methods as $class => $names) {
    foreach ($names as $name) {
        $method = new ReflectionMethod($class, $name);
        $params = array_map(
            fn($p) => '$' . $p->getName() . ($p->isDefaultValueAvailable() ? ' = ' . var_export($p->getDefaultValue(), true) : ''),
            $method->getParameters()
        );
        echo substr($class, 13), "::$name(", implode(', ', $params), ") requires {$method->getNumberOfRequiredParameters()}\n";
    }
}
?>
--EXPECT--
CsrfToken::getValue($key = 'value') requires 0
CsrfToken::isValid($value, $key = 'value') requires 1
CsrfToken::regenerateValue($key = 'value') requires 0
Segment::get($key, $alt = NULL) requires 1
Segment::set($key, $val) requires 2
Segment::getFlash($key, $alt = NULL) requires 1
Segment::setFlash($key, $val) requires 2
Segment::getFlashNext($key, $alt = NULL) requires 1
Segment::setFlashNow($key, $val) requires 2
Segment::clear() requires 0
Segment::clearFlash() requires 0
Segment::clearFlashNow() requires 0
Segment::keepFlash() requires 0
Session::getSegment($name) requires 1
Session::setDeleteCookie($delete_cookie) requires 1
Session::setCookieParams($params) requires 1
Session::setName($name) requires 1
Session::setSavePath($path) requires 1
Session::setCacheExpire($expire) requires 1
Session::setCacheLimiter($limiter) requires 1
