<?php
declare(strict_types=1);

use Aura\Session\Segment;
use Aura\Session\Session;

if (get_included_files()[0] === __FILE__) {
    http_response_code(404);
    exit;
}

/**
 * The example app's request handlers. Everything it remembers lives in one
 * session segment; reads never start a session, writes always do.
 */
final class App
{
    /** The one account this demo knows. */
    public const DEMO_USER = 'demo';
    public const DEMO_PASSWORD = 'demo';

    /** Name of the hidden form field that carries the CSRF token. */
    public const CSRF_FIELD = '__csrf_value';

    private const NOTE_MAX = 200;

    /** POST /entries keeps at most this many entries (the oldest go first) and this many characters of each. */
    private const ENTRIES_MAX = 1000;
    private const ENTRY_MAX = 100;

    private Segment $segment;

    public function __construct(private Session $session)
    {
        $this->segment = $session->getSegment('AuraApp');
    }

    /**
     * Deletes the session cookie when the session is destroyed. Aura.Session calls
     * it as ($name, $params), $params being the session cookie parameters.
     */
    public static function deleteSessionCookie(string $name, array $params): void
    {
        setcookie($name, '', [
            'expires'  => 1,   // long past: the browser drops the cookie at once
            'path'     => $params['path'] ?? '/',
            'domain'   => $params['domain'] ?? '',
            'secure'   => (bool) ($params['secure'] ?? false),
            'httponly' => (bool) ($params['httponly'] ?? true),
            'samesite' => $params['samesite'] ?? 'Lax',
        ]);
    }

    /**
     * A request that carries a session cookie is about that session: resume it
     * before anything else, and when the session store cannot give it back
     * (session_start() failed), answer 503 instead of serving the page as if
     * the visitor were signed out. Requests without the cookie start nothing.
     */
    public function resumeSession(): void
    {
        if ($this->session->isResumable() && !$this->session->resume()) {
            $this->unavailable('the session could not be resumed');
        }
    }

    // ---- pages -------------------------------------------------------------

    /** GET / : reads the session and never starts one. */
    public function overview(): void
    {
        $user = $this->segment->get('user');
        $this->render('overview', [
            'title'       => 'Overview',
            'signedOut'   => isset($_GET['signed-out']),
            'hadCookie'   => $this->session->isResumable(),
            'started'     => $this->session->isStarted(),
            'note'        => $user !== null ? (string) $this->segment->get('note', '') : '',
            'counter'     => $user !== null ? (int) $this->segment->get('counter', 0) : 0,
        ]);
    }

    /** GET /login : the sign-in form (creating its CSRF token starts the session). */
    public function loginForm(): void
    {
        if ($this->segment->get('user') !== null) {
            $this->redirect('/account');
        }
        $this->render('login', [
            'title' => 'Sign in',
            'token' => $this->session->getCsrfToken()->getMaskedValue(),
        ]);
    }

    /** POST /login */
    public function login(): void
    {
        $this->requireCsrfToken();
        $username = $this->postedString('username');
        $password = $this->postedString('password');
        $userOk = hash_equals(self::DEMO_USER, $username);
        $passwordOk = hash_equals(self::DEMO_PASSWORD, $password);
        if (!($userOk && $passwordOk)) {
            $this->segment->setFlash('message', ['type' => 'error', 'text' => 'Unknown user name or wrong password.']);
            $this->redirect('/login');
        }
        // A new session id (and new CSRF token) for the signed-in session, so an
        // id that was known before signing in is worth nothing afterwards.
        if (!$this->session->regenerateId()) {
            $this->error(500, 'Could not sign in', 'The session id could not be renewed. Please try again.');
        }
        $this->segment->set('user', self::DEMO_USER);
        $this->segment->setFlash('message', ['type' => 'success', 'text' => 'Welcome, ' . self::DEMO_USER . '. You are signed in.']);
        $this->redirect('/account');
    }

    /** GET /account */
    public function account(): void
    {
        $this->requireUser();
        $this->render('account', [
            'title'   => 'Your account',
            'token'   => $this->session->getCsrfToken()->getMaskedValue(),
            'note'    => (string) $this->segment->get('note', ''),
            'counter' => (int) $this->segment->get('counter', 0),
            'entries' => $this->entries(),
        ]);
    }

    /** POST /note */
    public function saveNote(): void
    {
        $this->requireCsrfToken();
        $this->requireUser();
        $note = trim($this->postedString('note'));
        if (mb_strlen($note) > self::NOTE_MAX) {
            $note = mb_substr($note, 0, self::NOTE_MAX);
        }
        $this->segment->set('note', $note);
        $this->segment->setFlash('message', [
            'type' => 'success',
            'text' => $note === '' ? 'Note cleared.' : 'Note saved.',
        ]);
        $this->redirect('/account');
    }

    /** POST /counter */
    public function incrementCounter(): void
    {
        $this->requireCsrfToken();
        $this->requireUser();
        $counter = (int) $this->segment->get('counter', 0) + 1;
        $this->segment->set('counter', $counter);
        $this->segment->setFlash('message', ['type' => 'success', 'text' => "Counter is now $counter."]);
        $this->redirect('/account');
    }

    /** POST /entries : appends one entry to the list kept in the session. */
    public function addEntry(): void
    {
        $this->requireCsrfToken();
        $this->requireUser();
        $entry = trim($this->postedString('entry'));
        if (mb_strlen($entry) > self::ENTRY_MAX) {
            $entry = mb_substr($entry, 0, self::ENTRY_MAX);
        }
        $entries = $this->entries();
        $entries[] = $entry;
        if (count($entries) > self::ENTRIES_MAX) {
            $entries = array_slice($entries, -self::ENTRIES_MAX);
        }
        $this->segment->set('entries', $entries);
        $this->segment->setFlash('message', ['type' => 'success', 'text' => 'Entry added (' . count($entries) . ' in total).']);
        $this->redirect('/account');
    }

    /** POST /logout : destroys the session and deletes its cookie. */
    public function logout(): void
    {
        $this->requireCsrfToken();
        if (!$this->session->destroy()) {
            $this->unavailable('the session could not be destroyed');
        }
        // The session is gone, so the notice travels in the URL instead of a flash.
        $this->redirect('/?signed-out=1');
    }

    public function notFound(): void
    {
        $this->error(404, 'Not found', 'There is no page at this address.');
    }

    public function error(int $status, string $heading, string $text): never
    {
        $this->render('message', ['title' => $heading, 'heading' => $heading, 'text' => $text], $status);
        exit;
    }

    /**
     * 503 when the session store (Redis, files, ...) cannot start, load or save
     * the session. Touches the session no more: nothing is read, written or
     * started, so the page comes back at once even while the store is down.
     */
    public function unavailable(string|\Throwable $reason): never
    {
        $why = $reason instanceof \Throwable ? get_class($reason) . ': ' . $reason->getMessage() : $reason;
        error_log('aura-app: 503, session store unavailable (' . $why . ')');
        if (session_status() === PHP_SESSION_ACTIVE) {
            try {
                session_abort();   // nothing of this request is saved at shutdown either
            } catch (\Throwable) {
                // the handler's close failed too; the session is not active any more
            }
        }
        if (!headers_sent()) {
            header_remove('Set-Cookie');   // no session id for a session that was not stored
            header('Retry-After: 5');
            header('Cache-Control: no-store');
        }
        $heading = 'Service unavailable';
        $this->output('message', [
            'title'   => $heading,
            'heading' => $heading,
            'text'    => 'Your session could not be loaded or saved because the session store is not reachable, '
                . 'so this request changed nothing. Please try again in a moment.',
            'flash'   => null,
            'user'    => null,
        ], 503);
        exit;
    }

    // ---- helpers -----------------------------------------------------------

    /**
     * Rejects the request with 403 unless the browser says it comes from this
     * site (Sec-Fetch-Site / Origin) and it carries this session's CSRF token
     * (forms carry a masked form of it, different on every page load).
     */
    private function requireCsrfToken(): void
    {
        $csrf = $this->session->getCsrfToken();
        // Both checks run, so a refused request leaves the session as either refusal would.
        $sameOrigin = $csrf->isSameOrigin();
        $validToken = $csrf->isValid($_POST[self::CSRF_FIELD] ?? null);
        if (!$sameOrigin) {
            $this->error(
                403,
                'Request rejected',
                'This request was sent by another site, so nothing was changed. The browser said: '
                . self::originHeaders() . '.'
            );
        }
        if (!$validToken) {
            $this->error(
                403,
                'Request rejected',
                'The form did not carry this session\'s security token, so nothing was changed. '
                . 'Go back, reload the page and send the form again.'
            );
        }
    }

    /**
     * What isSameOrigin() went by, for the rejection page: a visitor (or the
     * walkthrough's cross-origin form) sees why, not only that, it was refused.
     */
    private static function originHeaders(): string
    {
        $said = [];
        foreach (['HTTP_SEC_FETCH_SITE' => 'Sec-Fetch-Site', 'HTTP_ORIGIN' => 'Origin'] as $var => $name) {
            if (isset($_SERVER[$var]) && is_string($_SERVER[$var])) {
                $said[] = $name . ': ' . mb_substr($_SERVER[$var], 0, 100);
            }
        }
        return $said === [] ? 'nothing about where it came from' : implode(', ', $said);
    }

    private function requireUser(): void
    {
        if ($this->segment->get('user') === null) {
            $this->redirect('/login');
        }
    }

    /** @return list<string> */
    private function entries(): array
    {
        $entries = $this->segment->get('entries', []);
        return is_array($entries) ? array_values(array_map('strval', $entries)) : [];
    }

    private function postedString(string $field): string
    {
        $value = $_POST[$field] ?? '';
        return is_string($value) ? $value : '';
    }

    private function redirect(string $path): never
    {
        $this->commitSession();
        header('Location: ' . $path, true, 303);
        exit;
    }

    /**
     * Writes the session now, before the response says that anything was
     * saved. session_write_close() answers true even when the save handler
     * failed, and only a warning tells; such a failure becomes a 503 here.
     * (A handler that throws instead, as phpredis does on a timeout, is
     * caught by the front controller and answered the same way.)
     */
    private function commitSession(): void
    {
        if (!$this->session->isStarted()) {
            return;
        }
        $failed = null;
        set_error_handler(static function (int $type, string $message) use (&$failed): bool {
            if (str_contains($message, 'Failed to write session data')) {
                $failed = $message;
            }
            return false;   // PHP still logs it as usual
        });
        try {
            $this->session->commit();
        } finally {
            restore_error_handler();
        }
        if ($failed !== null) {
            $this->unavailable('the session could not be saved');
        }
    }

    /**
     * Renders views/$view.php inside views/layout.php. All session reads happen
     * before output, and the session is saved before the first byte is sent.
     */
    private function render(string $view, array $vars = [], int $status = 200): void
    {
        $flash = $this->segment->getFlash('message');
        if ($flash !== null && !is_array($flash)) {
            $flash = ['type' => 'success', 'text' => (string) $flash];
        }
        $vars['flash'] = $flash;
        $vars['user'] = $this->segment->get('user');
        $this->commitSession();
        $this->output($view, $vars, $status);
    }

    private function output(string $view, array $vars, int $status): void
    {
        http_response_code($status);
        header('Content-Type: text/html; charset=utf-8');
        $body = self::template($view, $vars);
        echo self::template('layout', $vars + ['body' => $body]);
    }

    private static function template(string $name, array $vars): string
    {
        $e = static fn (mixed $s): string => htmlspecialchars((string) $s, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
        extract($vars, EXTR_SKIP);
        ob_start();
        require dirname(__DIR__) . '/views/' . $name . '.php';
        return (string) ob_get_clean();
    }
}
