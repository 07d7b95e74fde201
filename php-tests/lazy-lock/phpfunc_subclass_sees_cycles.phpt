--TEST--
lazy_lock=1: the cycles call the session functions through the session's Phpfunc, so a subclass sees them: the first write is one start-write cycle
--INI--
aura_session.lazy_lock=1
--FILE--
<?php
include __DIR__ . '/store.inc';
class LoggingPhpfunc extends Aura\Session\Phpfunc
{
    public static array $calls = [];

    public function __call($name, $args)
    {
        if (str_starts_with($name, 'session_') && $name !== 'session_get_cookie_params') {
            self::$calls[] = $name;
        }
        return parent::__call($name, $args);
    }
}
Store::$data['abc'] = Store::encode(['s' => []]);
$session = new Aura\Session\Session(
    new Aura\Session\SegmentFactory,
    new Aura\Session\CsrfTokenFactory(new Aura\Session\Randval(new Aura\Session\Phpfunc)),
    new LoggingPhpfunc,
    [session_name() => 'abc']
);
$session->getSegment('s')->set('k', 1);
echo implode("\n", LoggingPhpfunc::$calls), "\n";
?>
--EXPECT--
session_start
session_status
session_write_close
