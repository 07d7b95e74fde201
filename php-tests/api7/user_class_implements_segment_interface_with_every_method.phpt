--TEST--
A user class implementing Aura\Session\SegmentInterface with all fourteen 7.x methods is accepted and is every Session_Interface segment contract
--INI--
aura_session.api=7
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class NullSegment implements Aura\Session\SegmentInterface
{
    public function get(string $key, mixed $alt = null): mixed { return $alt; }
    public function set(string $key, mixed $val): void {}
    public function getSegment(): mixed { return null; }
    public function clear(): void {}
    public function remove(?string $key = null): void {}
    public function setFlash(string $key, mixed $val): void {}
    public function getFlash(string $key, mixed $alt = null): mixed { return $alt; }
    public function getFlashAll(): array { return []; }
    public function clearFlash(): void {}
    public function getFlashNext(string $key, mixed $alt = null): mixed { return $alt; }
    public function getFlashNextAll(): array { return []; }
    public function setFlashNow(string $key, mixed $val): void {}
    public function clearFlashNow(): void {}
    public function keepFlash(): void {}
}

$segment = new NullSegment;
var_dump(
    $segment instanceof Aura\Session_Interface\SegmentInterface,
    $segment instanceof Aura\Session_Interface\ManageableSegmentInterface,
    $segment instanceof Aura\Session_Interface\FlashSegmentInterface,
    $segment->get('k', 'alt')
);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
string(3) "alt"
