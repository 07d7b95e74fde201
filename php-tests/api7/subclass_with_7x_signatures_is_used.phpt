--TEST--
Subclasses of Segment and Session declaring the 7.x signatures, return types included, are accepted and their overrides are called
--INI--
aura_session.api=7
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class AppSegment extends Aura\Session\Segment
{
    public function get(string $key, mixed $alt = null): mixed
    {
        return 'app:' . parent::get($key, $alt);
    }

    public function set(string $key, mixed $val): void
    {
        parent::set($key, strtoupper($val));
    }

    public function remove(?string $key = null): void
    {
        $GLOBALS['calls'][] = "remove($key)";
        parent::remove($key);
    }

    public function getFlashAll(): array
    {
        return ['extra' => true] + parent::getFlashAll();
    }
}

class AppSegmentFactory extends Aura\Session\SegmentFactory
{
    public function newInstance(Aura\Session\Session $session, $name)
    {
        return new AppSegment($session, $name);
    }
}

class AppSession extends Aura\Session\Session
{
    public function start(): bool
    {
        $GLOBALS['calls'][] = 'start()';
        return parent::start();
    }

    public function resume(): bool
    {
        return parent::resume();
    }

    public function regenerateId(): bool
    {
        return parent::regenerateId();
    }
}

$calls = [];
$session = new AppSession(new AppSegmentFactory, new Aura\Session\CsrfTokenFactory(new Aura\Session\Randval), new Aura\Session\Phpfunc, []);
$segment = $session->getSegment('Seg');
$segment->set('k', 'v');
$read = [$segment->get('k'), $segment->getFlashAll()];
$segment->remove('k');
$regenerated = $session->regenerateId();
var_dump($read, $_SESSION['Seg'], $regenerated, $calls);
var_dump($segment instanceof Aura\Session_Interface\SegmentInterface, $session instanceof Aura\Session_Interface\SessionInterface);
?>
--EXPECT--
array(2) {
  [0]=>
  string(5) "app:V"
  [1]=>
  array(1) {
    ["extra"]=>
    bool(true)
  }
}
array(0) {
}
bool(true)
array(2) {
  [0]=>
  string(7) "start()"
  [1]=>
  string(9) "remove(k)"
}
bool(true)
bool(true)
