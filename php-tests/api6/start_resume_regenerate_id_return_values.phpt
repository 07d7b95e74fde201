--TEST--
start(), resume() and regenerateId() return what session_start() and session_regenerate_id() return, unconverted (no return type)
--INI--
aura_session.api=6
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$session = (new Aura\Session\SessionFactory)->newInstance([]);
var_dump($session->resume(), $session->start(), $session->resume(), $session->regenerateId());
$session->commit();
var_dump($session->resume());

class FakeStart extends Aura\Session\Phpfunc
{
    public function __construct(private mixed $result)
    {
    }

    public function __call($func, $args)
    {
        if ($func === 'session_start' || $func === 'session_regenerate_id') {
            return $this->result;
        }
        return parent::__call($func, $args);
    }
}

foreach (['int 1' => 1, 'int 0' => 0, 'string' => 'yes', 'float' => 1.5, 'null' => null] as $what => $result) {
    foreach (['start', 'regenerateId'] as $method) {
        $session = new Aura\Session\Session(
            new Aura\Session\SegmentFactory,
            new Aura\Session\CsrfTokenFactory(new Aura\Session\Randval),
            new FakeStart($result),
            []
        );
        try {
            echo "$method() with $what: ", var_export($session->$method(), true), "\n";
        } catch (TypeError $e) {
            echo $e->getMessage(), "\n";
        }
    }
}
?>
--EXPECT--
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
start() with int 1: 1
regenerateId() with int 1: 1
start() with int 0: 0
regenerateId() with int 0: 0
start() with string: 'yes'
regenerateId() with string: 'yes'
start() with float: 1.5
regenerateId() with float: 1.5
start() with null: NULL
regenerateId() with null: NULL
