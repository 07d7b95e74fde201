--TEST--
CsrfToken::getValue() on an existing token resumes through a user Phpfunc for both of its segment reads
--INI--
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
use Aura\Session\{Session, SegmentFactory, CsrfTokenFactory, Randval, Phpfunc};
class CountingPhpfunc extends Phpfunc {
    public $status = 0;
    function __call($func, $args) {
        if ($func === 'session_status') {
            $this->status++;
        }
        return parent::__call($func, $args);
    }
}
$phpfunc = new CountingPhpfunc;
$session = new Session(new SegmentFactory, new CsrfTokenFactory(new Randval), $phpfunc, []);
$token = $session->getCsrfToken();
$token->getValue();
$phpfunc->status = 0;
$token->getValue();
var_dump($phpfunc->status);
?>
--EXPECT--
int(2)
