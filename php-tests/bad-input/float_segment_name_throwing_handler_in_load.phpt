--TEST--
A handler throwing at any of load()'s deprecations for a float segment name stops the write where the PHP library stops it
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
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$session->isStarted(); // moves the flashes: both buckets exist
$fresh = $_SESSION;
foreach ([1, 2, 3, 4, 5, 6, 7, 8] as $nth) {
    $_SESSION = $fresh;
    throwing_at($nth);
    attempt(fn() => $session->getSegment(3.5)->set('k', 'v'));
    echo json_encode($_SESSION), "\n";
}
// integer top-level keys cannot be saved by the default serializer
session_abort();
?>
--EXPECT--
Deprecated: Implicit conversion from float 3.5 to int loses precision
stopped
{"Aura\\Session\\Flash\\Next":[],"Aura\\Session\\Flash\\Now":[]}
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
stopped
{"Aura\\Session\\Flash\\Next":[],"Aura\\Session\\Flash\\Now":[]}
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
stopped
{"Aura\\Session\\Flash\\Next":[],"Aura\\Session\\Flash\\Now":[],"3":[]}
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
stopped
{"Aura\\Session\\Flash\\Next":[],"Aura\\Session\\Flash\\Now":[],"3":[]}
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
stopped
{"Aura\\Session\\Flash\\Next":[],"Aura\\Session\\Flash\\Now":{"3":[]},"3":[]}
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
stopped
{"Aura\\Session\\Flash\\Next":[],"Aura\\Session\\Flash\\Now":{"3":[]},"3":[]}
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
stopped
{"Aura\\Session\\Flash\\Next":{"3":[]},"Aura\\Session\\Flash\\Now":{"3":[]},"3":[]}
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
Deprecated: Implicit conversion from float 3.5 to int loses precision
NULL
{"Aura\\Session\\Flash\\Next":{"3":[]},"Aura\\Session\\Flash\\Now":{"3":[]},"3":{"k":"v"}}
