--TEST--
Segment::keepFlash(): when the cycle collector runs during the call and a destructor it runs unsets the current flash bucket, the merge still completes with both buckets, as the library's array_merge() does
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
use Aura\Session\Session;

class Hook
{
    public $self;

    public function __destruct()
    {
        echo "destructor unsets the current flash bucket\n";
        unset($_SESSION[Session::FLASH_NOW]['seg']);
    }
}

/** Leaves the collector's root buffer two entries short of a collection. */
function fill_root_buffer(): void
{
    $status = gc_status();
    for ($i = $status['threshold'] - $status['roots'] - 2; $i > 0; $i--) {
        $o = new stdClass();
        $o->o = $o;
    }
}

session_start();
$segment = (new Aura\Session\SessionFactory)->newInstance([])->getSegment('seg');
$segment->get('started');
$_SESSION[Session::FLASH_NOW]['seg'] = ['k' => ['now'], 'a' => 1];
$_SESSION[Session::FLASH_NEXT]['seg'] = ['k' => ['next'], 'b' => 2];
$hook = new Hook;
$hook->self = $hook;
unset($hook);
fill_root_buffer();
$segment->keepFlash();
echo json_encode($_SESSION[Session::FLASH_NEXT]['seg']), "\n";
var_dump(isset($_SESSION[Session::FLASH_NOW]['seg']));
?>
--EXPECT--
destructor unsets the current flash bucket
{"k":["now"],"b":2,"a":1}
bool(false)
