--TEST--
CsrfToken::isSameOrigin() compares bracketed IPv6 hosts as addresses, with ports
--FILE--
<?php
$token = (new Aura\Session\SessionFactory)->newInstance([])->getCsrfToken();
$cases = [
    'loopback with port' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => '[::1]:8080', 'HTTP_ORIGIN' => 'http://[::1]:8080'],
    'expanded form' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => '[::1]', 'HTTP_ORIGIN' => 'http://[0:0:0:0:0:0:0:1]'],
    'upper-case hex, default port' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => '[2001:db8::1]:80', 'HTTP_ORIGIN' => 'http://[2001:DB8::1]'],
    'other address' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => '[::2]', 'HTTP_ORIGIN' => 'http://[::1]'],
    'other port' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => '[::1]', 'HTTP_ORIGIN' => 'http://[::1]:8080'],
    'unbracketed' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => '::1', 'HTTP_ORIGIN' => 'http://::1'],
    'unclosed' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => '[::1', 'HTTP_ORIGIN' => 'http://[::1'],
    'zone id' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => '[fe80::1%25eth0]', 'HTTP_ORIGIN' => 'http://[fe80::1%25eth0]'],
    'junk after bracket' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => '[::1]x', 'HTTP_ORIGIN' => 'http://[::1]x'],
];
foreach ($cases as $label => $server) {
    echo $label, ': ', var_export($token->isSameOrigin($server), true), "\n";
}
?>
--EXPECT--
loopback with port: true
expanded form: true
upper-case hex, default port: true
other address: false
other port: false
unbracketed: false
unclosed: false
zone id: false
junk after bracket: false
