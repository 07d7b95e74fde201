--TEST--
A memory_limit error inside the copy that separates a shared segment leaves the shared array's count right (the copy comes before the decrement)
--SKIPIF--
<?php
// Some PHP builds let an allocation over memory_limit finish and raise the
// error at the next interrupt; there no copy can fail inside the extension.
$probe = '$a = range(1, 1000000); gc_mem_caches(); ini_set("memory_limit", memory_get_usage(true) + 8 * 1024 * 1024); $b = $a; $b[] = 1; echo "continued";';
if (str_contains((string) shell_exec(escapeshellarg(PHP_BINARY) . ' -n -r ' . escapeshellarg($probe) . ' 2>&1'), 'continued')) {
    die('skip this PHP raises the memory_limit error after the allocation');
}
?>
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path=/tmp
--FILE--
<?php
class Holder { public static $copy; }
session_start();
$segment = (new Aura\Session\SessionFactory)->newInstance([])->getSegment('seg');
$segment->get('started');
$_SESSION['seg'] = range(1, 1000000);
Holder::$copy = $_SESSION['seg'];
register_shutdown_function(function () {
    // With one count too few, dropping the other holder frees the array the
    // session still points at, and new arrays take its place.
    Holder::$copy = null;
    $other = [array_fill(0, 5, 'x'), array_fill(0, 6, 'y'), array_fill(0, 7, 'z')];
    echo "the session still holds ", count($_SESSION['seg']), "\n";
    session_abort();
});
gc_mem_caches();
// Room for less than one copy of the 16 MiB array.
ini_set('memory_limit', memory_get_usage(true) + 8 * 1024 * 1024);
$segment->set('k', 1);
echo "not reached\n";
?>
--EXPECTF--
Fatal error: Allowed memory size of %d bytes exhausted (tried to allocate %d bytes) in %s on line %d
%Athe session still holds 1000000
