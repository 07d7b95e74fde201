--TEST--
A float segment name raises a deprecation at each access of load() and of the method itself: six on first use, three once loaded, and none when the segment is made
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
function printing(): void
{
    set_error_handler(function (int $no, string $message): bool {
        echo $no === E_DEPRECATED ? "Deprecated" : "Error $no", ": $message\n";
        return true;
    });
}
function throwing_at(int $nth): void
{
    $count = 0;
    set_error_handler(function (int $no, string $message) use (&$count, $nth): bool {
        echo "Deprecated: $message\n";
        if (++$count === $nth) {
            throw new ErrorException($message, 0, $no);
        }
        return true;
    });
}
function attempt(callable $call): void
{
    try {
        var_dump($call());
    } catch (ErrorException $e) {
        echo "stopped\n";
    }
}
session_start();
printing();
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = $session->getSegment(3.5);
$other = (new Aura\Session\SegmentFactory)->newInstance($session, 4.5);
$third = new Aura\Session\Segment($session, 5.5);
echo "made\nset:\n";
$segment->set('k', 'v');
echo "get:\n";
var_dump($segment->get('k'));
echo "getSegment:\n";
var_dump($segment->getSegment());
// integer top-level keys cannot be saved by the default serializer
session_abort();
?>
--EXPECT--
made
set:
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
get:
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
string(1) "v"
getSegment:
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
array(1) {
  ["k"]=>
  string(1) "v"
}
