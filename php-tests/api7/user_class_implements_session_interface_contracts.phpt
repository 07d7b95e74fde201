--TEST--
User classes implementing the Aura\Session_Interface contracts work, and a function typed with SegmentInterface takes them and the native Segment alike
--INI--
aura_session.api=7
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class ArraySegment implements Aura\Session_Interface\SegmentInterface
{
    private array $data = [];

    public function get(string $key, mixed $alt = null): mixed
    {
        return $this->data[$key] ?? $alt;
    }

    public function set(string $key, mixed $val): void
    {
        $this->data[$key] = $val;
    }
}

class NoSession implements Aura\Session_Interface\SessionInterface
{
    public function start(): bool
    {
        return false;
    }

    public function resume(): bool
    {
        return false;
    }

    public function regenerateId(): bool
    {
        return false;
    }
}

function remember(Aura\Session_Interface\SegmentInterface $segment): mixed
{
    $segment->set('user', 'ada');
    return $segment->get('user');
}

$session = (new Aura\Session\SessionFactory)->newInstance([]);
var_dump(remember(new ArraySegment), remember($session->getSegment('Seg')));
var_dump((new NoSession)->resume());
var_dump($session->getSegment('Seg') instanceof Aura\Session_Interface\FlashSegmentInterface);
var_dump(new ArraySegment instanceof Aura\Session\SegmentInterface);
?>
--EXPECT--
string(3) "ada"
string(3) "ada"
bool(false)
bool(true)
bool(false)
