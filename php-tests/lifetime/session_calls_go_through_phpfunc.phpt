--TEST--
With a timeout on, the session functions an expiry needs are called through the Session's Phpfunc, so a subclass sees them
--INI--
session.use_cookies=0
session.cache_limiter=
session.serialize_handler=php_serialize
aura_session.idle_timeout=60
--FILE--
<?php
require __DIR__ . '/requests.inc';

class RecordingPhpfunc extends Aura\Session\Phpfunc
{
    public array $calls = [];
    public function __call($func, $args)
    {
        if (str_starts_with($func, 'session_')) {
            $this->calls[] = $func;
        }
        return parent::__call($func, $args);
    }
}

$id = 'idleid0123456789abcdefghij';
MemoryStore::$data[$id] = serialize([
    'Aura\Session\Lifetime' => ['created' => time() - 100, 'active' => time() - 100, 'issued' => time() - 100],
]);
session_id($id);
$phpfunc = new RecordingPhpfunc;
$session = new Aura\Session\Session(
    new Aura\Session\SegmentFactory,
    new Aura\Session\CsrfTokenFactory(new Aura\Session\Randval($phpfunc)),
    $phpfunc,
    [session_name() => $id],
);
$phpfunc->calls = [];
$session->start();
var_dump($phpfunc->calls, $session->getExpiredReason());
?>
--EXPECT--
array(3) {
  [0]=>
  string(13) "session_start"
  [1]=>
  string(13) "session_unset"
  [2]=>
  string(21) "session_regenerate_id"
}
string(4) "idle"
