--TEST--
A Segment subclass overriding load() has its override run when the segment resumes or starts the session
--INI--
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
class SeededSegment extends Aura\Session\Segment
{
    public $loads = 0;
    protected function load()
    {
        $this->loads++;
        parent::load();
        if (! isset($_SESSION['S']['seed'])) {
            $_SESSION['S']['seed'] = 'planted';
        }
    }
}
$session = (new Aura\Session\SessionFactory)->newInstance([]);
$segment = new SeededSegment($session, 'S');
$segment->set('k', 'v');
var_dump($segment->loads > 0);
var_dump($_SESSION['S']);
var_dump($segment->get('seed'));
?>
--EXPECT--
bool(true)
array(2) {
  ["seed"]=>
  string(7) "planted"
  ["k"]=>
  string(1) "v"
}
string(7) "planted"
