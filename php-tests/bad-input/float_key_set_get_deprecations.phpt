--TEST--
Segment::set() with a float key raises one precision-loss deprecation, get() two when the key is set (isset and read) and one when it is not
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
$segment = (new Aura\Session\SessionFactory)->newInstance([])->getSegment('seg');
printing();
echo "set:\n";
$segment->set(1.5, 'a');
echo "get set key:\n";
var_dump($segment->get(1.5));
echo "get missing key:\n";
var_dump($segment->get(2.5, 'alt'));
var_dump($_SESSION['seg']);
?>
--EXPECT--
set:
Deprecated: Implicit conversion from float 1.5 to int loses precision
get set key:
Deprecated: Implicit conversion from float 1.5 to int loses precision
Deprecated: Implicit conversion from float 1.5 to int loses precision
string(1) "a"
get missing key:
Deprecated: Implicit conversion from float 2.5 to int loses precision
string(3) "alt"
array(1) {
  [1]=>
  string(1) "a"
}
