--TEST--
An error handler that replaces $_SESSION or the segment during a float-key write's deprecation gets the write lost, as PHP writes into the array it already held
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
session_start();
$segment = (new Aura\Session\SessionFactory)->newInstance([])->getSegment('seg');
$segment->set('kept', 1);
foreach ([
    'replace $_SESSION' => function () { $_SESSION = ['other' => 2]; },
    'replace the segment' => function () { $_SESSION['seg'] = ['fresh' => 3]; },
] as $what => $change) {
    set_error_handler(function (int $no, string $message) use ($change): bool {
        echo "Deprecated: $message\n";
        $change();
        return true;
    });
    $segment->set(1.5, 'lost');
    echo "$what: ", json_encode($_SESSION), "\n";
}
?>
--EXPECT--
Deprecated: Implicit conversion from float 1.5 to int loses precision
replace $_SESSION: {"other":2}
Deprecated: Implicit conversion from float 1.5 to int loses precision
replace the segment: {"other":2,"seg":{"fresh":3},"Aura\\Session\\Flash\\Now":{"seg":[]},"Aura\\Session\\Flash\\Next":{"seg":[]}}
