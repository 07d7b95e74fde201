--TEST--
Every public method and constructor called with hostile arguments (wrong types, wrong objects, NUL bytes, a 1 MB string, too few and too many arguments) answers with a PHP exception or a result, never a crash
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
use Aura\Session as A;
ob_start();
// Warnings and deprecations raised by the session_* functions are not what this test pins.
set_error_handler(fn() => true);
class Text { public function __toString(): string { return 'text'; } }
// Sessions live in memory, so the many starts leave no files behind.
require_once __DIR__ . '/../save_handler_ids.inc';
class MemoryHandler implements SessionHandlerInterface {
    use SessionIdMethods;
    private array $data = [];
    public function open(string $path, string $name): bool { return true; }
    public function close(): bool { return true; }
    public function read(string $id): string|false { return $this->data[$id] ?? ''; }
    public function write(string $id, string $data): bool { $this->data[$id] = $data; return true; }
    public function destroy(string $id): bool { unset($this->data[$id]); return true; }
    public function gc(int $max): int|false { return 0; }
}
session_set_save_handler(new MemoryHandler, false);
$savePath = session_save_path();
$values = [
    'null' => null, 'true' => true, 'false' => false, 'int' => -1, 'intmax' => PHP_INT_MAX,
    'float' => 1.5, 'nan' => NAN, 'empty' => '', 'nul' => "a\0b", 'huge' => str_repeat('x', 1 << 20),
    'array' => [1, [2]], 'stdClass' => new stdClass, 'Stringable' => new Text, 'Closure' => fn() => 1,
    'resource' => fopen('php://memory', 'r'), 'Randval' => new A\Randval,
];
function fresh(bool $start = false): A\Session {
    if (session_status() === PHP_SESSION_ACTIVE) {
        session_abort();
    }
    session_name('PHPSESSID');
    session_save_path($GLOBALS['savePath']);
    session_cache_limiter('');
    session_cache_expire(180);
    $_SESSION = [];
    $session = (new A\SessionFactory)->newInstance([]);
    if ($start) {
        $session->start();
    }
    return $session;
}
// [label, receiver maker, method, valid arguments]
$targets = [];
foreach (['setDeleteCookie' => [null], 'getSegment' => ['seg'], 'isResumable' => [], 'isStarted' => [], 'start' => [],
          'resume' => [], 'clear' => [], 'commit' => [], 'destroy' => [], 'getCsrfToken' => [], 'setCacheExpire' => [180],
          'getCacheExpire' => [], 'setCacheLimiter' => [''], 'getCacheLimiter' => [], 'setCookieParams' => [[]],
          'getCookieParams' => [], 'getId' => [], 'regenerateId' => [], 'setName' => ['PHPSESSID'], 'getName' => [],
          'setSavePath' => [$savePath], 'getSavePath' => [], 'keepFlash' => [], 'clearFlash' => []] as $method => $valid) {
    $targets[] = ['Session', fn() => fresh(), $method, $valid];
}
foreach (['get' => ['k', null], 'getSegment' => [], 'set' => ['k', 'v'], 'clear' => [], 'remove' => ['k'],
          'setFlash' => ['k', 'v'], 'getFlash' => ['k', null], 'clearFlash' => [], 'getFlashNext' => ['k', null],
          'setFlashNow' => ['k', 'v'], 'clearFlashNow' => [], 'keepFlash' => []] as $method => $valid) {
    $targets[] = ['Segment', fn() => fresh(true)->getSegment('seg'), $method, $valid];
}
foreach (['isValid' => ['x', 'value'], 'getValue' => ['value'], 'regenerateValue' => ['value'], 'regenerateAllKeyValues' => []] as $method => $valid) {
    $targets[] = ['CsrfToken', fn() => fresh(true)->getCsrfToken(), $method, $valid];
}
$targets[] = ['SegmentFactory', fn() => new A\SegmentFactory, 'newInstance', [fresh(), 'seg']];
$targets[] = ['CsrfTokenFactory', fn() => new A\CsrfTokenFactory(new A\Randval), 'newInstance', [fresh()]];
$targets[] = ['Randval', fn() => new A\Randval, 'generate', []];
$targets[] = ['Phpfunc', fn() => new A\Phpfunc, '__call', ['strlen', ['abc']]];
$targets[] = ['Phpfunc', fn() => new A\Phpfunc, 'strlen', ['abc']];
$targets[] = ['SessionFactory', fn() => new A\SessionFactory, 'newInstance', [[], null]];
$constructors = [
    'Session' => [fn(...$a) => new A\Session(...$a), fn() => [new A\SegmentFactory, new A\CsrfTokenFactory(new A\Randval), new A\Phpfunc, [], null]],
    'Segment' => [fn(...$a) => new A\Segment(...$a), fn() => [fresh(), 'seg']],
    'CsrfToken' => [fn(...$a) => new A\CsrfToken(...$a), fn() => [fresh()->getSegment('seg'), new A\Randval]],
    'CsrfTokenFactory' => [fn(...$a) => new A\CsrfTokenFactory(...$a), fn() => [new A\Randval]],
    'Exception' => [fn(...$a) => new A\Exception(...$a), fn() => ['message', 0]],
];
// Known separately: a NUL byte in Phpfunc's function name (see phpfunc_call_nul_function_name),
// and in the session name, where PHP 8.4's session_name() differs (see session/name_with_nul_byte_*).
$skip = ['Phpfunc::__call#0(nul)' => true, 'Session::setName#0(nul)' => true];
$calls = 0;
function attempt(string $label, Closure $call): void {
    global $calls, $skip;
    if (isset($skip[$label])) {
        return;
    }
    $calls++;
    try {
        $call();
    } catch (Throwable $e) {
        echo $label, ': ', get_class($e), "\n";
    }
}
foreach ($targets as [$class, $make, $method, $valid]) {
    if ($valid) {
        attempt("$class::$method()", fn() => $make()->$method());
    }
    $more = array_merge($valid, ['extra', 'extra']);
    attempt("$class::$method(+2)", fn() => $make()->$method(...$more));
    foreach ($values as $name => $value) {
        for ($i = 0; $i < max(count($valid), 1); $i++) {
            $args = $valid;
            $args[$i] = $value;
            attempt("$class::$method#$i($name)", fn() => $make()->$method(...$args));
        }
    }
}
foreach ($constructors as $class => [$construct, $validArgs]) {
    attempt("new $class()", fn() => $construct());
    attempt("new $class(+2)", fn() => $construct(...array_merge($validArgs(), ['extra', 'extra'])));
    foreach ($values as $name => $value) {
        for ($i = 0; $i < count($validArgs()); $i++) {
            $args = $validArgs();
            $args[$i] = $value;
            attempt("new $class#$i($name)", fn() => $construct(...$args));
        }
    }
}
if (session_status() === PHP_SESSION_ACTIVE) {
    session_abort();
}
echo "$calls calls\n";
echo "still running\n";
?>
--EXPECT--
Session::setDeleteCookie(): ArgumentCountError
Session::getSegment(): ArgumentCountError
Session::setCacheExpire(): ArgumentCountError
Session::setCacheExpire#0(nan): TypeError
Session::setCacheExpire#0(empty): TypeError
Session::setCacheExpire#0(nul): TypeError
Session::setCacheExpire#0(huge): TypeError
Session::setCacheExpire#0(array): TypeError
Session::setCacheExpire#0(stdClass): TypeError
Session::setCacheExpire#0(Stringable): TypeError
Session::setCacheExpire#0(Closure): TypeError
Session::setCacheExpire#0(resource): TypeError
Session::setCacheExpire#0(Randval): TypeError
Session::setCacheLimiter(): ArgumentCountError
Session::setCacheLimiter#0(array): TypeError
Session::setCacheLimiter#0(stdClass): TypeError
Session::setCacheLimiter#0(Closure): TypeError
Session::setCacheLimiter#0(resource): TypeError
Session::setCacheLimiter#0(Randval): TypeError
Session::setCookieParams(): ArgumentCountError
Session::setCookieParams#0(null): TypeError
Session::setCookieParams#0(true): TypeError
Session::setCookieParams#0(false): TypeError
Session::setCookieParams#0(int): TypeError
Session::setCookieParams#0(intmax): TypeError
Session::setCookieParams#0(float): TypeError
Session::setCookieParams#0(nan): TypeError
Session::setCookieParams#0(empty): TypeError
Session::setCookieParams#0(nul): TypeError
Session::setCookieParams#0(huge): TypeError
Session::setCookieParams#0(stdClass): TypeError
Session::setCookieParams#0(Stringable): TypeError
Session::setCookieParams#0(Closure): TypeError
Session::setCookieParams#0(resource): TypeError
Session::setCookieParams#0(Randval): TypeError
Session::setName(): ArgumentCountError
Session::setName#0(array): TypeError
Session::setName#0(stdClass): TypeError
Session::setName#0(Closure): TypeError
Session::setName#0(resource): TypeError
Session::setName#0(Randval): TypeError
Session::setSavePath(): ArgumentCountError
Session::setSavePath#0(nul): ValueError
Session::setSavePath#0(array): TypeError
Session::setSavePath#0(stdClass): TypeError
Session::setSavePath#0(Closure): TypeError
Session::setSavePath#0(resource): TypeError
Session::setSavePath#0(Randval): TypeError
Segment::get(): ArgumentCountError
Segment::get#0(array): TypeError
Segment::get#0(stdClass): TypeError
Segment::get#0(Stringable): TypeError
Segment::get#0(Closure): TypeError
Segment::get#0(resource): TypeError
Segment::get#0(Randval): TypeError
Segment::set(): ArgumentCountError
Segment::set#0(array): TypeError
Segment::set#0(stdClass): TypeError
Segment::set#0(Stringable): TypeError
Segment::set#0(Closure): TypeError
Segment::set#0(resource): TypeError
Segment::set#0(Randval): TypeError
Segment::remove#0(array): TypeError
Segment::remove#0(stdClass): TypeError
Segment::remove#0(Stringable): TypeError
Segment::remove#0(Closure): TypeError
Segment::remove#0(resource): TypeError
Segment::remove#0(Randval): TypeError
Segment::setFlash(): ArgumentCountError
Segment::setFlash#0(array): TypeError
Segment::setFlash#0(stdClass): TypeError
Segment::setFlash#0(Stringable): TypeError
Segment::setFlash#0(Closure): TypeError
Segment::setFlash#0(resource): TypeError
Segment::setFlash#0(Randval): TypeError
Segment::getFlash(): ArgumentCountError
Segment::getFlash#0(array): TypeError
Segment::getFlash#0(stdClass): TypeError
Segment::getFlash#0(Stringable): TypeError
Segment::getFlash#0(Closure): TypeError
Segment::getFlash#0(resource): TypeError
Segment::getFlash#0(Randval): TypeError
Segment::getFlashNext(): ArgumentCountError
Segment::getFlashNext#0(array): TypeError
Segment::getFlashNext#0(stdClass): TypeError
Segment::getFlashNext#0(Stringable): TypeError
Segment::getFlashNext#0(Closure): TypeError
Segment::getFlashNext#0(resource): TypeError
Segment::getFlashNext#0(Randval): TypeError
Segment::setFlashNow(): ArgumentCountError
Segment::setFlashNow#0(array): TypeError
Segment::setFlashNow#0(stdClass): TypeError
Segment::setFlashNow#0(Stringable): TypeError
Segment::setFlashNow#0(Closure): TypeError
Segment::setFlashNow#0(resource): TypeError
Segment::setFlashNow#0(Randval): TypeError
CsrfToken::isValid(): ArgumentCountError
CsrfToken::isValid#1(array): TypeError
CsrfToken::isValid#1(stdClass): TypeError
CsrfToken::isValid#1(Stringable): TypeError
CsrfToken::isValid#1(Closure): TypeError
CsrfToken::isValid#1(resource): TypeError
CsrfToken::isValid#1(Randval): TypeError
CsrfToken::getValue#0(array): TypeError
CsrfToken::getValue#0(stdClass): TypeError
CsrfToken::getValue#0(Stringable): TypeError
CsrfToken::getValue#0(Closure): TypeError
CsrfToken::getValue#0(resource): TypeError
CsrfToken::getValue#0(Randval): TypeError
CsrfToken::regenerateValue#0(array): TypeError
CsrfToken::regenerateValue#0(stdClass): TypeError
CsrfToken::regenerateValue#0(Stringable): TypeError
CsrfToken::regenerateValue#0(Closure): TypeError
CsrfToken::regenerateValue#0(resource): TypeError
CsrfToken::regenerateValue#0(Randval): TypeError
SegmentFactory::newInstance(): ArgumentCountError
SegmentFactory::newInstance#0(null): TypeError
SegmentFactory::newInstance#0(true): TypeError
SegmentFactory::newInstance#0(false): TypeError
SegmentFactory::newInstance#0(int): TypeError
SegmentFactory::newInstance#0(intmax): TypeError
SegmentFactory::newInstance#0(float): TypeError
SegmentFactory::newInstance#0(nan): TypeError
SegmentFactory::newInstance#0(empty): TypeError
SegmentFactory::newInstance#0(nul): TypeError
SegmentFactory::newInstance#0(huge): TypeError
SegmentFactory::newInstance#0(array): TypeError
SegmentFactory::newInstance#0(stdClass): TypeError
SegmentFactory::newInstance#0(Stringable): TypeError
SegmentFactory::newInstance#0(Closure): TypeError
SegmentFactory::newInstance#0(resource): TypeError
SegmentFactory::newInstance#0(Randval): TypeError
CsrfTokenFactory::newInstance(): ArgumentCountError
CsrfTokenFactory::newInstance#0(null): TypeError
CsrfTokenFactory::newInstance#0(true): TypeError
CsrfTokenFactory::newInstance#0(false): TypeError
CsrfTokenFactory::newInstance#0(int): TypeError
CsrfTokenFactory::newInstance#0(intmax): TypeError
CsrfTokenFactory::newInstance#0(float): TypeError
CsrfTokenFactory::newInstance#0(nan): TypeError
CsrfTokenFactory::newInstance#0(empty): TypeError
CsrfTokenFactory::newInstance#0(nul): TypeError
CsrfTokenFactory::newInstance#0(huge): TypeError
CsrfTokenFactory::newInstance#0(array): TypeError
CsrfTokenFactory::newInstance#0(stdClass): TypeError
CsrfTokenFactory::newInstance#0(Stringable): TypeError
CsrfTokenFactory::newInstance#0(Closure): TypeError
CsrfTokenFactory::newInstance#0(resource): TypeError
CsrfTokenFactory::newInstance#0(Randval): TypeError
Phpfunc::__call(): ArgumentCountError
Phpfunc::__call#0(null): TypeError
Phpfunc::__call#1(null): TypeError
Phpfunc::__call#0(true): TypeError
Phpfunc::__call#1(true): TypeError
Phpfunc::__call#0(false): TypeError
Phpfunc::__call#1(false): TypeError
Phpfunc::__call#0(int): TypeError
Phpfunc::__call#1(int): TypeError
Phpfunc::__call#0(intmax): TypeError
Phpfunc::__call#1(intmax): TypeError
Phpfunc::__call#0(float): TypeError
Phpfunc::__call#1(float): TypeError
Phpfunc::__call#0(nan): TypeError
Phpfunc::__call#1(nan): TypeError
Phpfunc::__call#0(empty): TypeError
Phpfunc::__call#1(empty): TypeError
Phpfunc::__call#1(nul): TypeError
Phpfunc::__call#0(huge): TypeError
Phpfunc::__call#1(huge): TypeError
Phpfunc::__call#0(array): TypeError
Phpfunc::__call#1(array): ArgumentCountError
Phpfunc::__call#0(stdClass): TypeError
Phpfunc::__call#1(stdClass): TypeError
Phpfunc::__call#0(Stringable): TypeError
Phpfunc::__call#1(Stringable): TypeError
Phpfunc::__call#1(Closure): TypeError
Phpfunc::__call#0(resource): TypeError
Phpfunc::__call#1(resource): TypeError
Phpfunc::__call#0(Randval): TypeError
Phpfunc::__call#1(Randval): TypeError
Phpfunc::strlen(): ArgumentCountError
Phpfunc::strlen(+2): ArgumentCountError
Phpfunc::strlen#0(array): TypeError
Phpfunc::strlen#0(stdClass): TypeError
Phpfunc::strlen#0(Closure): TypeError
Phpfunc::strlen#0(resource): TypeError
Phpfunc::strlen#0(Randval): TypeError
SessionFactory::newInstance(): ArgumentCountError
SessionFactory::newInstance#0(null): TypeError
SessionFactory::newInstance#0(true): TypeError
SessionFactory::newInstance#0(false): TypeError
SessionFactory::newInstance#0(int): TypeError
SessionFactory::newInstance#0(intmax): TypeError
SessionFactory::newInstance#0(float): TypeError
SessionFactory::newInstance#0(nan): TypeError
SessionFactory::newInstance#0(empty): TypeError
SessionFactory::newInstance#0(nul): TypeError
SessionFactory::newInstance#0(huge): TypeError
SessionFactory::newInstance#0(stdClass): TypeError
SessionFactory::newInstance#0(Stringable): TypeError
SessionFactory::newInstance#0(Closure): TypeError
SessionFactory::newInstance#0(resource): TypeError
SessionFactory::newInstance#0(Randval): TypeError
new Session(): ArgumentCountError
new Session#0(null): TypeError
new Session#1(null): TypeError
new Session#2(null): TypeError
new Session#3(null): TypeError
new Session#0(true): TypeError
new Session#1(true): TypeError
new Session#2(true): TypeError
new Session#3(true): TypeError
new Session#0(false): TypeError
new Session#1(false): TypeError
new Session#2(false): TypeError
new Session#3(false): TypeError
new Session#0(int): TypeError
new Session#1(int): TypeError
new Session#2(int): TypeError
new Session#3(int): TypeError
new Session#0(intmax): TypeError
new Session#1(intmax): TypeError
new Session#2(intmax): TypeError
new Session#3(intmax): TypeError
new Session#0(float): TypeError
new Session#1(float): TypeError
new Session#2(float): TypeError
new Session#3(float): TypeError
new Session#0(nan): TypeError
new Session#1(nan): TypeError
new Session#2(nan): TypeError
new Session#3(nan): TypeError
new Session#0(empty): TypeError
new Session#1(empty): TypeError
new Session#2(empty): TypeError
new Session#3(empty): TypeError
new Session#0(nul): TypeError
new Session#1(nul): TypeError
new Session#2(nul): TypeError
new Session#3(nul): TypeError
new Session#0(huge): TypeError
new Session#1(huge): TypeError
new Session#2(huge): TypeError
new Session#3(huge): TypeError
new Session#0(array): TypeError
new Session#1(array): TypeError
new Session#2(array): TypeError
new Session#0(stdClass): TypeError
new Session#1(stdClass): TypeError
new Session#2(stdClass): TypeError
new Session#3(stdClass): TypeError
new Session#0(Stringable): TypeError
new Session#1(Stringable): TypeError
new Session#2(Stringable): TypeError
new Session#3(Stringable): TypeError
new Session#0(Closure): TypeError
new Session#1(Closure): TypeError
new Session#2(Closure): TypeError
new Session#3(Closure): TypeError
new Session#0(resource): TypeError
new Session#1(resource): TypeError
new Session#2(resource): TypeError
new Session#3(resource): TypeError
new Session#0(Randval): TypeError
new Session#1(Randval): TypeError
new Session#2(Randval): TypeError
new Session#3(Randval): TypeError
new Segment(): ArgumentCountError
new Segment#0(null): TypeError
new Segment#0(true): TypeError
new Segment#0(false): TypeError
new Segment#0(int): TypeError
new Segment#0(intmax): TypeError
new Segment#0(float): TypeError
new Segment#0(nan): TypeError
new Segment#0(empty): TypeError
new Segment#0(nul): TypeError
new Segment#0(huge): TypeError
new Segment#0(array): TypeError
new Segment#0(stdClass): TypeError
new Segment#0(Stringable): TypeError
new Segment#0(Closure): TypeError
new Segment#0(resource): TypeError
new Segment#0(Randval): TypeError
new CsrfToken(): ArgumentCountError
new CsrfToken#0(null): TypeError
new CsrfToken#1(null): TypeError
new CsrfToken#0(true): TypeError
new CsrfToken#1(true): TypeError
new CsrfToken#0(false): TypeError
new CsrfToken#1(false): TypeError
new CsrfToken#0(int): TypeError
new CsrfToken#1(int): TypeError
new CsrfToken#0(intmax): TypeError
new CsrfToken#1(intmax): TypeError
new CsrfToken#0(float): TypeError
new CsrfToken#1(float): TypeError
new CsrfToken#0(nan): TypeError
new CsrfToken#1(nan): TypeError
new CsrfToken#0(empty): TypeError
new CsrfToken#1(empty): TypeError
new CsrfToken#0(nul): TypeError
new CsrfToken#1(nul): TypeError
new CsrfToken#0(huge): TypeError
new CsrfToken#1(huge): TypeError
new CsrfToken#0(array): TypeError
new CsrfToken#1(array): TypeError
new CsrfToken#0(stdClass): TypeError
new CsrfToken#1(stdClass): TypeError
new CsrfToken#0(Stringable): TypeError
new CsrfToken#1(Stringable): TypeError
new CsrfToken#0(Closure): TypeError
new CsrfToken#1(Closure): TypeError
new CsrfToken#0(resource): TypeError
new CsrfToken#1(resource): TypeError
new CsrfToken#0(Randval): TypeError
new CsrfTokenFactory(): ArgumentCountError
new CsrfTokenFactory#0(null): TypeError
new CsrfTokenFactory#0(true): TypeError
new CsrfTokenFactory#0(false): TypeError
new CsrfTokenFactory#0(int): TypeError
new CsrfTokenFactory#0(intmax): TypeError
new CsrfTokenFactory#0(float): TypeError
new CsrfTokenFactory#0(nan): TypeError
new CsrfTokenFactory#0(empty): TypeError
new CsrfTokenFactory#0(nul): TypeError
new CsrfTokenFactory#0(huge): TypeError
new CsrfTokenFactory#0(array): TypeError
new CsrfTokenFactory#0(stdClass): TypeError
new CsrfTokenFactory#0(Stringable): TypeError
new CsrfTokenFactory#0(Closure): TypeError
new CsrfTokenFactory#0(resource): TypeError
new Exception(+2): ArgumentCountError
new Exception#1(nan): TypeError
new Exception#1(empty): TypeError
new Exception#1(nul): TypeError
new Exception#1(huge): TypeError
new Exception#0(array): TypeError
new Exception#1(array): TypeError
new Exception#0(stdClass): TypeError
new Exception#1(stdClass): TypeError
new Exception#1(Stringable): TypeError
new Exception#0(Closure): TypeError
new Exception#1(Closure): TypeError
new Exception#0(resource): TypeError
new Exception#1(resource): TypeError
new Exception#0(Randval): TypeError
new Exception#1(Randval): TypeError
1164 calls
still running
