--TEST--
Session::getCsrfToken() asks the CsrfTokenFactory once, passing the session itself
--INI--
session.use_cookies=0
--FILE--
<?php
use Aura\Session\{Session, SegmentFactory, CsrfTokenFactory, Randval, Phpfunc};

class LogCsrfTokenFactory extends CsrfTokenFactory
{
    public array $sessions = [];
    public function newInstance(Session $session)
    {
        $this->sessions[] = $session;
        return parent::newInstance($session);
    }
}

$factory = new LogCsrfTokenFactory(new Randval);
$session = new Session(new SegmentFactory, $factory, new Phpfunc);
$session->getCsrfToken();
$session->getCsrfToken();
$session->getCsrfToken();
var_dump(count($factory->sessions), $factory->sessions[0] === $session);
?>
--EXPECT--
int(1)
bool(true)
