--TEST--
Session::destroy() picks the deleter call form from the declared parameter count, for method callables too
--INI--
session.use_cookies=0
session.cache_limiter=
session.cookie_path=/p
session.cookie_domain=d.example
--FILE--
<?php
class Deleter
{
    public array $seen = [];
    public function wide($name, $path, $domain, $extra = 'unset')
    {
        $this->seen[] = ['wide', $name, $path, $domain, $extra];
    }
    public function narrow($name)
    {
        $this->seen[] = ['narrow', func_get_args()];
    }
}

$d = new Deleter;
foreach (['wide', 'narrow'] as $method) {
    $session = (new Aura\Session\SessionFactory)->newInstance([], [$d, $method]);
    $session->start();
    $session->destroy();
}
echo json_encode($d->seen), "\n";
?>
--EXPECT--
[["wide","PHPSESSID","\/p","d.example","unset"],["narrow",["PHPSESSID",{"lifetime":0,"path":"\/p","domain":"d.example","secure":false,"httponly":false,"samesite":""}]]]
