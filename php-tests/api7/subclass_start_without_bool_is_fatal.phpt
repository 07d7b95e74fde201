--TEST--
A Session subclass overriding start() without the bool return type is a fatal error
--INI--
aura_session.api=7
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class OldSession extends Aura\Session\Session
{
    public function start()
    {
        return parent::start();
    }
}
echo "not reached\n";
?>
--EXPECTF--
Fatal error: Declaration of OldSession::start() must be compatible with Aura\Session\Session::start(): bool in %s on line 4
