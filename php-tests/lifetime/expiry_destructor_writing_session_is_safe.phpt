--TEST--
aura_session.idle_timeout: when an expired session is emptied, a destructor of its old data that writes to $_SESSION writes into the new, empty session (never into the table being emptied)
--INI--
session.use_cookies=0
session.cache_limiter=
session.use_strict_mode=1
aura_session.idle_timeout=3600
--FILE--
<?php
require __DIR__ . '/requests.inc';

class Hook
{
    public static bool $armed = false;

    public function __destruct()
    {
        if (!self::$armed) {
            return;
        }
        for ($i = 0; $i < 40; $i++) {
            $_SESSION["d$i"] = str_repeat('x', 32);
        }
        echo "destructor ran with ", count($_SESSION), " keys in \$_SESSION\n";
    }
}

$session = next_request(null);
$session->getSegment('app')->set('hook', new Hook);
$session->getSegment('app')->set('user', 'ada');
$old = $session->getId();
// the last activity an hour and more ago
$_SESSION['Aura\Session\Lifetime']['active'] = 0;
session_write_close();
$_SESSION = [];
// only the hook unserialized from the store by the next request acts
Hook::$armed = true;
$session = next_request($old);
$segment = $session->getSegment('app');
var_dump($segment->get('user', 'alt'), $session->getExpiredReason(), $session->getId() !== $old);
$written = array_filter(array_keys($_SESSION), fn ($k) => str_starts_with($k, 'd'));
var_dump(count($written), isset($_SESSION['Aura\Session\Lifetime']['created']));
?>
--EXPECT--
destructor ran with 41 keys in $_SESSION
string(3) "alt"
string(4) "idle"
bool(true)
int(40)
bool(true)
