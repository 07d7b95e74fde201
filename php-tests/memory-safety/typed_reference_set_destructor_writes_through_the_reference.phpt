--TEST--
A value bound by reference to a typed property is replaced by set(): the displaced value's destructor, writing through the same reference, finds the new value in place, never a freed array
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class Holder { public array $a = []; }
class Hook {
    public function __destruct() {
        global $o;
        echo "destructor sees: ", json_encode($o->a), "\n";
        $o->a['by_destructor'] = 1;
    }
}
session_start();
$seg = (new Aura\Session\SessionFactory)->newInstance([])->getSegment('s');
$o = new Holder;
$o->a = ['hook' => new Hook, 'pad' => str_repeat('p', 64)];
$_SESSION['s']['k'] = &$o->a;
$seg->set('k', ['new' => 1]);
echo json_encode($o->a), "\n";
echo json_encode($_SESSION['s']['k']), "\n";
?>
--EXPECT--
destructor sees: {"new":1}
{"new":1,"by_destructor":1}
{"new":1,"by_destructor":1}
