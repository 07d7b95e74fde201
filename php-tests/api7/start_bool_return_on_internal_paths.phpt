--TEST--
api=7: Session::start() declares bool wherever it is reached from (a segment read or write, regenerateId()); a Phpfunc answering null or an array gets PHP's return TypeError from start(), as in the 7.x library
--INI--
aura_session.api=7
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class F extends Aura\Session\Phpfunc {
    public $ret;
    public function __call($func, $args) {
        if ($func === 'session_start') { echo "[$func]"; return $this->ret; }
        if ($func === 'session_regenerate_id') { echo "[$func]"; return true; }
        return parent::__call($func, $args);
    }
}
foreach (['null' => null, 'array' => [1], 'string' => 'x'] as $label => $ret) {
    foreach (['set', 'get', 'regen'] as $what) {
        unset($_SESSION);
        $f = new F; $f->ret = $ret;
        $s = new Aura\Session\Session(new Aura\Session\SegmentFactory, new Aura\Session\CsrfTokenFactory(new Aura\Session\Randval), $f, ['PHPSESSID' => 'abc']);
        try {
            echo "$what $label: ";
            if ($what === 'set') var_dump($s->getSegment('S')->set('k', 1));
            if ($what === 'get') var_dump($s->getSegment('S')->get('k'));
            if ($what === 'regen') { $s->getCsrfToken(); var_dump($s->regenerateId()); }
        } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
        echo json_encode($_SESSION ?? 'unset'), "\n";
    }
}
?>
--EXPECT--
set null: [session_start]TypeError: Aura\Session\Session::start(): Return value must be of type bool, null returned
"unset"
get null: [session_start]TypeError: Aura\Session\Session::start(): Return value must be of type bool, null returned
"unset"
regen null: [session_regenerate_id][session_start]TypeError: Aura\Session\Session::start(): Return value must be of type bool, null returned
"unset"
set array: [session_start]TypeError: Aura\Session\Session::start(): Return value must be of type bool, array returned
{"Aura\\Session\\Flash\\Next":[],"Aura\\Session\\Flash\\Now":[]}
get array: [session_start]TypeError: Aura\Session\Session::start(): Return value must be of type bool, array returned
{"Aura\\Session\\Flash\\Next":[],"Aura\\Session\\Flash\\Now":[]}
regen array: [session_regenerate_id][session_start]TypeError: Aura\Session\Session::start(): Return value must be of type bool, array returned
{"Aura\\Session\\Flash\\Next":[],"Aura\\Session\\Flash\\Now":[]}
set string: [session_start]NULL
{"Aura\\Session\\Flash\\Next":{"S":[]},"Aura\\Session\\Flash\\Now":{"S":[]},"S":{"k":1}}
get string: [session_start]NULL
{"Aura\\Session\\Flash\\Next":{"S":[]},"Aura\\Session\\Flash\\Now":{"S":[]},"S":[]}
regen string: [session_regenerate_id][session_start]bool(true)
{"Aura\\Session\\Flash\\Next":{"Aura\\Session\\CsrfToken":[]},"Aura\\Session\\Flash\\Now":{"Aura\\Session\\CsrfToken":[]},"Aura\\Session\\CsrfToken":[]}
