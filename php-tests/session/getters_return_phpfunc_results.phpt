--TEST--
Session's setters and getters return exactly what the matching session_* call through Phpfunc returns
--FILE--
<?php
use Aura\Session\{Session, SegmentFactory, CsrfTokenFactory, Randval, Phpfunc};

class FakePhpfunc extends Phpfunc
{
    public array $log = [];
    public function __call($func, $args)
    {
        if ($func === 'session_get_cookie_params') {
            return ['path' => '/'];
        }
        $this->log[] = $func . '(' . implode(',', $args) . ')';
        return "ret:$func";
    }
}

$phpfunc = new FakePhpfunc;
$session = new Session(new SegmentFactory, new CsrfTokenFactory(new Randval), $phpfunc);
var_dump($session->setCacheExpire(5), $session->getCacheExpire());
var_dump($session->setCacheLimiter('public'), $session->getCacheLimiter());
var_dump($session->setName('N'), $session->getName());
var_dump($session->setSavePath('/p'), $session->getSavePath());
var_dump($session->getId(), $session->clear(), $session->commit());
echo implode("\n", $phpfunc->log), "\n";
?>
--EXPECT--
string(24) "ret:session_cache_expire"
string(24) "ret:session_cache_expire"
string(25) "ret:session_cache_limiter"
string(25) "ret:session_cache_limiter"
string(16) "ret:session_name"
string(16) "ret:session_name"
string(21) "ret:session_save_path"
string(21) "ret:session_save_path"
string(14) "ret:session_id"
string(17) "ret:session_unset"
string(23) "ret:session_write_close"
session_cache_expire(5)
session_cache_expire()
session_cache_limiter(public)
session_cache_limiter()
session_name(N)
session_name()
session_save_path(/p)
session_save_path()
session_id()
session_unset()
session_write_close()
