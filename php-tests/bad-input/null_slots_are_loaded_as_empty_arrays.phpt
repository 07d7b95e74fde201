--TEST--
null in the segment root, NOW, NEXT, NOW[$name] or NEXT[$name] counts as missing (isset) and becomes an empty array when the segment loads
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
use Aura\Session\Session;
session_start();
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$session->isStarted();
$layouts = [
    'root' => ['seg' => null, Session::FLASH_NEXT => ['seg' => []], Session::FLASH_NOW => ['seg' => []]],
    'NOW' => ['seg' => ['a' => 1], Session::FLASH_NEXT => ['seg' => []], Session::FLASH_NOW => null],
    'NEXT' => ['seg' => ['a' => 1], Session::FLASH_NEXT => null, Session::FLASH_NOW => ['seg' => []]],
    'NOW[seg]' => ['seg' => ['a' => 1], Session::FLASH_NEXT => ['seg' => []], Session::FLASH_NOW => ['seg' => null]],
    'NEXT[seg]' => ['seg' => ['a' => 1], Session::FLASH_NEXT => ['seg' => null], Session::FLASH_NOW => ['seg' => []]],
];
foreach ($layouts as $label => $layout) {
    $_SESSION = $layout;
    var_dump($session->getSegment('seg')->get('a', 'alt'));
    echo $label, ': ', json_encode($_SESSION), "\n";
}
echo "still running\n";
?>
--EXPECT--
string(3) "alt"
root: {"seg":[],"Aura\\Session\\Flash\\Next":{"seg":[]},"Aura\\Session\\Flash\\Now":{"seg":[]}}
int(1)
NOW: {"seg":{"a":1},"Aura\\Session\\Flash\\Next":{"seg":[]},"Aura\\Session\\Flash\\Now":{"seg":[]}}
int(1)
NEXT: {"seg":{"a":1},"Aura\\Session\\Flash\\Next":{"seg":[]},"Aura\\Session\\Flash\\Now":{"seg":[]}}
int(1)
NOW[seg]: {"seg":{"a":1},"Aura\\Session\\Flash\\Next":{"seg":[]},"Aura\\Session\\Flash\\Now":{"seg":[]}}
int(1)
NEXT[seg]: {"seg":{"a":1},"Aura\\Session\\Flash\\Next":{"seg":[]},"Aura\\Session\\Flash\\Now":{"seg":[]}}
still running
