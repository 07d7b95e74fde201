--TEST--
Segment names of scalar types are used as PHP array keys: 5 and "5" are one segment, "05" another, 1.9 -> 1 (with a deprecation at each access), true -> 1, false -> 0, null -> ""
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
set_error_handler(function (int $no, string $message): bool {
    echo $no === E_DEPRECATED ? "Deprecated" : "Error $no", ": $message\n";
    return true;
});
session_start();
$session = (new Aura\Session\SessionFactory)->newInstance([]);
foreach ([5, '5', '-3', '05', 1.9, true, false, null] as $i => $name) {
    $session->getSegment($name)->set('n' . $i, $i);
}
foreach ($_SESSION as $key => $value) {
    if (!str_starts_with((string) $key, 'Aura')) {
        echo var_export($key, true), ' => ', json_encode($value), "\n";
    }
}
var_dump($session->getSegment('5')->get('n0'), $session->getSegment(-3)->get('n2'));
// integer top-level keys cannot be saved by the default serializer; see name_integer_key_is_saved_or_refused
session_abort();
echo "still running\n";
?>
--EXPECT--
Deprecated: Implicit conversion from float 1.9 to int loses precision
Deprecated: Implicit conversion from float 1.9 to int loses precision
Deprecated: Implicit conversion from float 1.9 to int loses precision
Deprecated: Implicit conversion from float 1.9 to int loses precision
Deprecated: Implicit conversion from float 1.9 to int loses precision
Deprecated: Implicit conversion from float 1.9 to int loses precision
Deprecated: Implicit conversion from float 1.9 to int loses precision
5 => {"n0":0,"n1":1}
-3 => {"n2":2}
'05' => {"n3":3}
1 => {"n4":4,"n5":5}
0 => {"n6":6}
'' => {"n7":7}
int(0)
int(2)
still running
