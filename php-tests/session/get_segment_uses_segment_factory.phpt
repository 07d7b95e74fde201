--TEST--
Session::getSegment() asks the SegmentFactory (a user subclass here) with the session itself and the name
--INI--
session.use_cookies=0
--FILE--
<?php
use Aura\Session\{Session, SegmentFactory, CsrfTokenFactory, Randval, Phpfunc};

class LogSegmentFactory extends SegmentFactory
{
    public array $calls = [];
    public function newInstance(Session $session, $name)
    {
        $this->calls[] = [$session, $name];
        return parent::newInstance($session, $name);
    }
}

$factory = new LogSegmentFactory;
$session = new Session($factory, new CsrfTokenFactory(new Randval), new Phpfunc);
$segment = $session->getSegment('cart');
var_dump(count($factory->calls), $factory->calls[0][0] === $session, $factory->calls[0][1]);
var_dump($segment instanceof Aura\Session\Segment);
?>
--EXPECT--
int(1)
bool(true)
string(4) "cart"
bool(true)
