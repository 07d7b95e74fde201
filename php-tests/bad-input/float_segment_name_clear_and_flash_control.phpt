--TEST--
clear(), clearFlash(), clearFlashNow(), keepFlash() and remove() on a float-named segment raise one deprecation per array access
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
$segment = (new Aura\Session\SessionFactory)->newInstance([])->getSegment(3.5);
@$segment->set('k', 'v');
@$segment->setFlashNow('f', 1);
printing();
foreach (['keepFlash', 'clear', 'clearFlash', 'clearFlashNow'] as $method) {
    echo "$method:\n";
    $segment->$method();
}
echo "remove('k'):\n";
$segment->remove('k');
echo "remove():\n";
$segment->remove();
echo json_encode($_SESSION), "\n";
// integer top-level keys cannot be saved by the default serializer
session_abort();
?>
--EXPECT--
keepFlash:
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
clear:
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
clearFlash:
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
clearFlashNow:
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
remove('k'):
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
remove():
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
{"Aura\\Session\\Flash\\Next":{"3":[]},"Aura\\Session\\Flash\\Now":{"3":[]}}
