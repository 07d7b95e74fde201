--TEST--
A container resolving constructor parameters by name through Reflection, as Aura.Di does, builds the session from the 2.x configuration
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
// The way Aura.Di resolves `lazyNew()`: each constructor parameter from the
// configured params by position or else by name, else its default value,
// else an error; the constructor is then called with named arguments.
final class LazyNew { public function __construct(public string $class) {} }
final class LazyGet { public function __construct(public string $service) {} }
final class Container
{
    public array $params = [];
    private array $services = [];
    private array $instances = [];
    public function set(string $name, object $lazy): void { $this->services[$name] = $lazy; }
    public function lazyNew(string $class): LazyNew { return new LazyNew($class); }
    public function lazyGet(string $service): LazyGet { return new LazyGet($service); }
    public function get(string $name): object
    {
        return $this->instances[$name] ??= $this->resolve($this->services[$name]);
    }
    public function newInstance(string $class, array $merge = []): object
    {
        $rclass = new ReflectionClass($class);
        $configured = $merge + ($this->params[$class] ?? []);
        $args = [];
        foreach ($rclass->getConstructor()?->getParameters() ?? [] as $param) {
            $name = $param->getName();
            if (array_key_exists($param->getPosition(), $configured)) {
                $args[$name] = $this->resolve($configured[$param->getPosition()]);
            } elseif (array_key_exists($name, $configured)) {
                $args[$name] = $this->resolve($configured[$name]);
            } elseif ($param->isDefaultValueAvailable()) {
                $args[$name] = $param->getDefaultValue();
            } else {
                throw new LogicException("$class::\$$name has no value");
            }
        }
        return $rclass->newInstanceArgs($args);
    }
    private function resolve(mixed $value): mixed
    {
        return match (true) {
            $value instanceof LazyNew => $this->newInstance($value->class),
            $value instanceof LazyGet => $this->get($value->service),
            default => $value,
        };
    }
}

// the library's 2.x config/Common.php
$di = new Container;
$di->set('aura/session:session', $di->lazyNew('Aura\Session\Session'));
$di->params['Aura\Session\CsrfTokenFactory']['randval'] = $di->lazyNew('Aura\Session\Randval');
$di->params['Aura\Session\Session'] = array(
    'segment_factory' => $di->lazyNew('Aura\Session\SegmentFactory'),
    'csrf_token_factory' => $di->lazyNew('Aura\Session\CsrfTokenFactory'),
    'cookies' => $_COOKIE,
    'phpfunc' => $di->lazyNew('Aura\Session\Phpfunc'),
);
$di->params['Aura\Session\Randval']['phpfunc'] = $di->lazyNew('Aura\Session\Phpfunc');
$di->params['Aura\Session\Segment'] = array(
    'session' => $di->lazyGet('aura/session:session'),
);

$session = $di->get('aura/session:session');
var_dump(get_class($session), $session === $di->get('aura/session:session'));
$segment = $di->newInstance('Aura\Session\Segment', ['name' => 'Vendor\Package']);
var_dump($di->newInstance('Aura\Session\Segment', [1 => 'Vendor\Package'])->getSegment() === null);
$segment->set('user', 'alice');
var_dump($session->getSegment('Vendor\Package')->get('user'));
var_dump(strlen($session->getCsrfToken()->getValue()));
var_dump(strlen($di->newInstance('Aura\Session\Randval')->generate()));
?>
--EXPECT--
string(20) "Aura\Session\Session"
bool(true)
bool(true)
string(5) "alice"
int(128)
int(32)
