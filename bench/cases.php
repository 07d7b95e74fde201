<?php

/**
 * The benchmark cases, shared by bench.php (wall clock) and callgrind.php
 * (instruction counts).
 *
 * Every case has two bodies doing the same work:
 *   - "aura":  through the Aura\Session API. Whether that API is the native
 *              extension or the pure-PHP library depends only on which one
 *              the process has loaded; the code is the same.
 *   - "floor": the same work written by hand on $_SESSION, i.e. the least
 *              any implementation could cost.
 *
 * A body is a closure `function (int $n): mixed` that repeats the work $n
 * times in a plain for loop and returns the last result, so that nothing can
 * be optimised away. empty_loop() returns the same loop with nothing inside,
 * which callgrind.php subtracts.
 */

declare(strict_types=1);

namespace AuraSessionBench;

use Aura\Session\SessionFactory;

const SEGMENT = 'Bench';
const APP_SEGMENT = 'App';
const FLASH_NOW = 'Aura\Session\Flash\Now';
const FLASH_NEXT = 'Aura\Session\Flash\Next';
const CSRF_SEGMENT = 'Aura\Session\CsrfToken';

/**
 * Session settings that let the CLI start file-backed sessions after output
 * has been printed: no cookie and no cache headers are sent, no GC run.
 */
function configure_session(string $save_path): void
{
    $settings = [
        'session.save_handler' => 'files',
        'session.save_path' => $save_path,
        'session.serialize_handler' => 'php',
        'session.use_cookies' => '0',
        'session.use_only_cookies' => '1',
        'session.use_trans_sid' => '0',
        'session.use_strict_mode' => '0',
        'session.cache_limiter' => '',
        'session.gc_probability' => '0',
        'session.lazy_write' => '1',
    ];
    foreach ($settings as $name => $value) {
        if (ini_set($name, $value) === false) {
            throw new \RuntimeException("cannot set $name");
        }
    }
}

/**
 * Where session files go: BENCH_SAVE_DIR if set, else a tmpfs (/dev/shm) when
 * there is one, else the system temp dir. On a disk-backed ext4 the files
 * handler's truncate-and-rewrite makes every close() flush to disk, which
 * would make the request cases measure the disk instead of PHP.
 */
function save_dir_base(): string
{
    $base = getenv('BENCH_SAVE_DIR');
    if ($base !== false && $base !== '') {
        return rtrim($base, '/');
    }
    if (is_dir('/dev/shm') && is_writable('/dev/shm')) {
        return '/dev/shm';
    }
    return rtrim(sys_get_temp_dir(), '/');
}

/** A fresh private directory for session files; remove_dir() deletes it. */
function make_temp_dir(string $tag): string
{
    $dir = save_dir_base() . '/aura-session-' . $tag . '-' . bin2hex(random_bytes(6));
    if (!mkdir($dir, 0700)) {
        throw new \RuntimeException("cannot create $dir");
    }
    return $dir;
}

function remove_dir(string $dir): void
{
    foreach (glob($dir . '/*') ?: [] as $file) {
        unlink($file);
    }
    @rmdir($dir);
}

/** Loads Aura\Session\X from $src/X.php (the pure-PHP library). */
function autoload_reference(string $src): void
{
    $src = rtrim($src, '/');
    if (!is_file($src . '/SessionFactory.php')) {
        throw new \RuntimeException("AURA_REFERENCE_SRC=$src holds no SessionFactory.php");
    }
    spl_autoload_register(static function (string $class) use ($src): void {
        $prefix = 'Aura\\Session\\';
        if (strncmp($class, $prefix, strlen($prefix)) !== 0) {
            return;
        }
        $file = $src . '/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
        if (is_file($file)) {
            require $file;
        }
    });
}

/**
 * The state every case starts from: one file-backed session holding the
 * segment 'Bench' (with 'k'), the segment 'App' (what a request reads) and a
 * CSRF token, written through the Aura\Session API and left active.
 */
final class Fixture
{
    public string $sid;
    public string $token;
    public object $session;
    public object $segment;

    public static function open(): self
    {
        if (session_status() !== PHP_SESSION_NONE) {
            throw new \LogicException('a session is already active');
        }
        $f = new self();
        $f->sid = bin2hex(random_bytes(16));
        session_id($f->sid);
        $f->session = (new SessionFactory())->newInstance([session_name() => $f->sid]);
        $f->segment = $f->session->getSegment(SEGMENT);
        $f->segment->set('k', 'value');
        $app = $f->session->getSegment(APP_SEGMENT);
        foreach (['user' => 'alice', 'role' => 'admin', 'theme' => 'dark', 'locale' => 'en_GB'] as $k => $v) {
            $app->set($k, $v);
        }
        $app->set('visits', 0);
        $f->token = $f->session->getCsrfToken()->getValue();
        // With aura_session.lazy_lock=1 the API closes the session after each
        // write; reads are then served from the data it last read.
        $lazy = ini_get('aura_session.lazy_lock') === '1';
        $status = $lazy ? PHP_SESSION_NONE : PHP_SESSION_ACTIVE;
        if (strlen($f->token) !== 128 || session_status() !== $status) {
            throw new \LogicException('fixture: no session with a CSRF token');
        }
        return $f;
    }

    /** Writes the session out, so that request cases start with none active. */
    public function close(): void
    {
        // Through the API: with aura_session.lazy_lock=1 the session is not
        // active between writes, and only commit() ends its open state.
        $this->session->commit();
        if (session_status() !== PHP_SESSION_NONE) {
            throw new \LogicException('session still active');
        }
    }
}

/** The loop of every body, with nothing inside. */
function empty_loop(): \Closure
{
    return static function (int $n) {
        $v = null;
        for ($i = 0; $i < $n; ++$i) {
        }
        return $v;
    };
}

/**
 * id => [label, needs, aura body factory, floor body factory].
 * needs: 'active' cases run with the fixture's session active, 'closed' ones
 * with it written out (each iteration is a whole request).
 *
 * @return array<string, array{label: string, needs: string, aura: callable(Fixture): \Closure, floor: callable(Fixture): \Closure}>
 */
function cases(): array
{
    return [
        'a' => [
            'label' => "get('k') hit",
            'needs' => 'active',
            'aura' => static function (Fixture $f): \Closure {
                $segment = $f->segment;
                return static function (int $n) use ($segment) {
                    $v = null;
                    for ($i = 0; $i < $n; ++$i) {
                        $v = $segment->get('k');
                    }
                    return $v;
                };
            },
            'floor' => static function (Fixture $f): \Closure {
                return static function (int $n) {
                    $v = null;
                    for ($i = 0; $i < $n; ++$i) {
                        $v = isset($_SESSION['Bench']['k']) ? $_SESSION['Bench']['k'] : null;
                    }
                    return $v;
                };
            },
        ],
        'b' => [
            'label' => "get('missing', 'alt') miss",
            'needs' => 'active',
            'aura' => static function (Fixture $f): \Closure {
                $segment = $f->segment;
                return static function (int $n) use ($segment) {
                    $v = null;
                    for ($i = 0; $i < $n; ++$i) {
                        $v = $segment->get('missing', 'alt');
                    }
                    return $v;
                };
            },
            'floor' => static function (Fixture $f): \Closure {
                return static function (int $n) {
                    $v = null;
                    for ($i = 0; $i < $n; ++$i) {
                        $v = isset($_SESSION['Bench']['missing']) ? $_SESSION['Bench']['missing'] : 'alt';
                    }
                    return $v;
                };
            },
        ],
        'c' => [
            'label' => "set('k', \$i)",
            'needs' => 'active',
            'aura' => static function (Fixture $f): \Closure {
                $segment = $f->segment;
                return static function (int $n) use ($segment) {
                    $v = null;
                    for ($i = 0; $i < $n; ++$i) {
                        $segment->set('k', $i);
                    }
                    return $v;
                };
            },
            'floor' => static function (Fixture $f): \Closure {
                return static function (int $n) {
                    $v = null;
                    for ($i = 0; $i < $n; ++$i) {
                        $_SESSION['Bench']['k'] = $i;
                    }
                    return $v;
                };
            },
        ],
        'd' => [
            'label' => "setFlash('f', \$i) + getFlashNext('f')",
            'needs' => 'active',
            'aura' => static function (Fixture $f): \Closure {
                $segment = $f->segment;
                return static function (int $n) use ($segment) {
                    $v = null;
                    for ($i = 0; $i < $n; ++$i) {
                        $segment->setFlash('f', $i);
                        $v = $segment->getFlashNext('f');
                    }
                    return $v;
                };
            },
            'floor' => static function (Fixture $f): \Closure {
                return static function (int $n) {
                    $v = null;
                    for ($i = 0; $i < $n; ++$i) {
                        $_SESSION['Aura\Session\Flash\Next']['Bench']['f'] = $i;
                        $v = isset($_SESSION['Aura\Session\Flash\Next']['Bench']['f'])
                            ? $_SESSION['Aura\Session\Flash\Next']['Bench']['f'] : null;
                    }
                    return $v;
                };
            },
        ],
        'e' => [
            'label' => 'getCsrfToken()->getValue()',
            'needs' => 'active',
            'aura' => static function (Fixture $f): \Closure {
                $session = $f->session;
                return static function (int $n) use ($session) {
                    $v = null;
                    for ($i = 0; $i < $n; ++$i) {
                        $v = $session->getCsrfToken()->getValue();
                    }
                    return $v;
                };
            },
            'floor' => static function (Fixture $f): \Closure {
                return static function (int $n) {
                    $v = null;
                    for ($i = 0; $i < $n; ++$i) {
                        if (empty($_SESSION['Aura\Session\CsrfToken']['value'])) {
                            $_SESSION['Aura\Session\CsrfToken']['value'] = hash('sha512', random_bytes(32));
                        }
                        $v = $_SESSION['Aura\Session\CsrfToken']['value'];
                    }
                    return $v;
                };
            },
        ],
        'f' => [
            'label' => 'isValid($token), right token',
            'needs' => 'active',
            'aura' => static function (Fixture $f): \Closure {
                $csrf = $f->session->getCsrfToken();
                $token = $f->token;
                return static function (int $n) use ($csrf, $token) {
                    $v = null;
                    for ($i = 0; $i < $n; ++$i) {
                        $v = $csrf->isValid($token);
                    }
                    if ($v !== true) {
                        throw new \LogicException('isValid() rejected the right token');
                    }
                    return $v;
                };
            },
            'floor' => static function (Fixture $f): \Closure {
                $token = $f->token;
                return static function (int $n) use ($token) {
                    $v = null;
                    for ($i = 0; $i < $n; ++$i) {
                        $v = isset($_SESSION['Aura\Session\CsrfToken']['value'])
                            && hash_equals($_SESSION['Aura\Session\CsrfToken']['value'], $token);
                    }
                    if ($v !== true) {
                        throw new \LogicException('floor rejected the right token');
                    }
                    return $v;
                };
            },
        ],
        'g' => [
            'label' => 'request with cookie (file session)',
            'needs' => 'closed',
            'aura' => static function (Fixture $f): \Closure {
                $sid = $f->sid;
                $token = $f->token;
                return static function (int $n) use ($sid, $token) {
                    $cookies = [session_name() => $sid];
                    $v = null;
                    for ($i = 0; $i < $n; ++$i) {
                        session_id($sid); // what PHP does with the cookie
                        $session = (new SessionFactory())->newInstance($cookies);
                        $segment = $session->getSegment('App');
                        $v = [
                            $segment->get('user'),
                            $segment->get('role'),
                            $segment->get('theme'),
                            $segment->get('locale', 'en'),
                            $segment->get('missing', 'default'),
                        ];
                        $segment->set('visits', $i);
                        $segment->set('last', $i);
                        $segment->setFlash('notice', 'saved');
                        if (!$session->getCsrfToken()->isValid($token)) {
                            throw new \LogicException('request: CSRF token rejected');
                        }
                        $session->commit();
                    }
                    if ($v[0] !== 'alice' || session_status() !== PHP_SESSION_NONE) {
                        throw new \LogicException('request: session not resumed or not committed');
                    }
                    return $v;
                };
            },
            'floor' => static function (Fixture $f): \Closure {
                $sid = $f->sid;
                $token = $f->token;
                return static function (int $n) use ($sid, $token) {
                    $v = null;
                    for ($i = 0; $i < $n; ++$i) {
                        session_id($sid);
                        session_start();
                        // the flash hand-over Aura does once per request
                        $_SESSION['Aura\Session\Flash\Now'] = $_SESSION['Aura\Session\Flash\Next'] ?? [];
                        $_SESSION['Aura\Session\Flash\Next'] = [];
                        $v = [
                            $_SESSION['App']['user'] ?? null,
                            $_SESSION['App']['role'] ?? null,
                            $_SESSION['App']['theme'] ?? null,
                            $_SESSION['App']['locale'] ?? 'en',
                            $_SESSION['App']['missing'] ?? 'default',
                        ];
                        $_SESSION['App']['visits'] = $i;
                        $_SESSION['App']['last'] = $i;
                        $_SESSION['Aura\Session\Flash\Next']['App']['notice'] = 'saved';
                        if (!isset($_SESSION['Aura\Session\CsrfToken']['value'])
                            || !hash_equals($_SESSION['Aura\Session\CsrfToken']['value'], $token)) {
                            throw new \LogicException('floor request: CSRF token rejected');
                        }
                        session_write_close();
                    }
                    if ($v[0] !== 'alice' || session_status() !== PHP_SESSION_NONE) {
                        throw new \LogicException('floor request: session not resumed or not closed');
                    }
                    return $v;
                };
            },
        ],
        'h' => [
            'label' => 'request without cookie (read-only)',
            'needs' => 'closed',
            'aura' => static function (Fixture $f): \Closure {
                return static function (int $n) {
                    $v = null;
                    for ($i = 0; $i < $n; ++$i) {
                        $session = (new SessionFactory())->newInstance($_COOKIE);
                        $segment = $session->getSegment('App');
                        $v = [
                            $segment->get('user'),
                            $segment->get('role'),
                            $segment->get('theme'),
                            $segment->get('locale', 'en'),
                            $segment->get('missing', 'default'),
                        ];
                    }
                    if (session_status() !== PHP_SESSION_NONE) {
                        throw new \LogicException('visitor request started a session');
                    }
                    return $v;
                };
            },
            'floor' => static function (Fixture $f): \Closure {
                return static function (int $n) {
                    $v = null;
                    for ($i = 0; $i < $n; ++$i) {
                        if (isset($_COOKIE[session_name()])) {
                            session_start();
                            $v = $_SESSION['App']['user'] ?? null;
                        }
                    }
                    if (session_status() !== PHP_SESSION_NONE) {
                        throw new \LogicException('floor visitor request started a session');
                    }
                    return $v;
                };
            },
        ],
        'z' => [
            'label' => 'call floor: getCookieParams()',
            'needs' => 'active',
            'aura' => static function (Fixture $f): \Closure {
                $session = $f->session;
                return static function (int $n) use ($session) {
                    $v = null;
                    for ($i = 0; $i < $n; ++$i) {
                        $v = $session->getCookieParams();
                    }
                    return $v;
                };
            },
            'floor' => static function (Fixture $f): \Closure {
                $params = session_get_cookie_params();
                return static function (int $n) use ($params) {
                    $v = null;
                    for ($i = 0; $i < $n; ++$i) {
                        $v = $params;
                    }
                    return $v;
                };
            },
        ],
    ];
}
