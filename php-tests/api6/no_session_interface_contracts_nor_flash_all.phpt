--TEST--
The 6.x line declares no Aura\Session_Interface interface, and Segment has no getFlashAll() or getFlashNextAll()
--INI--
aura_session.api=6
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
foreach (['SessionInterface', 'SegmentInterface', 'ManageableSegmentInterface', 'FlashSegmentInterface'] as $name) {
    var_dump(interface_exists("Aura\\Session_Interface\\$name"));
}
$segment = (new Aura\Session\SessionFactory)->newInstance([])->getSegment('Seg');
foreach (['getFlashAll', 'getFlashNextAll'] as $method) {
    try {
        $segment->$method();
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
bool(false)
bool(false)
bool(false)
bool(false)
Error: Call to undefined method Aura\Session\Segment::getFlashAll()
Error: Call to undefined method Aura\Session\Segment::getFlashNextAll()
