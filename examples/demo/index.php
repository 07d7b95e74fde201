<?php
/**
 * A one-page walkthrough of Aura\Session as provided by the aura_session
 * extension: segments, flash messages and CSRF tokens.
 * Run it with `make demo` and open http://127.0.0.1:8081/ (WALKTHROUGH_ADDR
 * moves it; the example app is on http://127.0.0.1:8080/).
 */
declare(strict_types=1);

use Aura\Session\SessionFactory;

if (!class_exists(SessionFactory::class)) {
    http_response_code(500);
    header('Content-Type: text/plain; charset=utf-8');
    exit("The aura_session extension is not loaded.\n");
}

$session = (new SessionFactory())->newInstance($_COOKIE);
$session->setName('AURA_DEMO');
$session->setCookieParams(['httponly' => true, 'samesite' => 'Lax']);
$segment = $session->getSegment('Demo');
$csrf = $session->getCsrfToken();

$self = strtok($_SERVER['REQUEST_URI'] ?? '/', '?') ?: '/';
$h = static fn (mixed $v): string => htmlspecialchars((string) $v, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');

// ---- POST: check the token, change the session, then redirect (post/redirect/get).
if (($_SERVER['REQUEST_METHOD'] ?? 'GET') === 'POST') {
    if (!$csrf->isValid($_POST['__csrf_value'] ?? null)) {
        http_response_code(403);
        header('Content-Type: text/html; charset=utf-8');
        echo '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>403 Forbidden</title></head>',
            '<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem">',
            '<h1>403 Forbidden</h1><p>The form carried no valid CSRF token for this session, so the request was ',
            'rejected and nothing was changed.</p><p><a href="', $h($self), '">Back to the demo</a></p></body></html>';
        exit;
    }
    switch ($_POST['action'] ?? '') {
        case 'name':
            $name = trim(is_string($_POST['name'] ?? null) ? $_POST['name'] : '');
            $segment->set('name', mb_substr($name, 0, 60));
            $segment->setFlash('notice', 'Saved your name in the segment.');
            break;
        case 'flash':
            $segment->setFlash('notice', 'Hello from the previous request! Set at ' . date('H:i:s') . '. Reload and it is gone.');
            break;
        case 'csrf':
            $segment->setFlash('notice', 'Token accepted: the form came from this page.');
            break;
        case 'destroy':
            $session->destroy();
            break;
    }
    header('Location: ' . $self, true, 303);
    exit;
}

// ---- GET: read everything first (reading may resume the session), then print.
$segment->set('views', (int) $segment->get('views', 0) + 1);
$views = $segment->get('views');
$name = $segment->get('name');
$notice = $segment->getFlash('notice');
$token = $csrf->getValue();
$dump = json_encode($_SESSION, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
header('Content-Type: text/html; charset=utf-8');
?>
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Aura.Session demo</title>
<style>
  body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #18181b; background: #fafafa; max-width: 44rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
  h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
  h2 { font-size: 1.15rem; margin: 0 0 .5rem; }
  section { background: #fff; border: 1px solid #d4d4d8; border-radius: 8px; padding: 1rem 1.25rem; margin: 1rem 0; }
  .flash { background: #ecfdf5; border: 1px solid #6ee7b7; color: #065f46; border-radius: 8px; padding: .75rem 1rem; }
  .muted { color: #52525b; font-size: .925rem; }
  form { display: inline-block; margin: .25rem .5rem .25rem 0; }
  input[type=text] { padding: .4rem .6rem; border: 1px solid #d4d4d8; border-radius: 6px; font: inherit; }
  button { padding: .4rem .9rem; border: 0; border-radius: 6px; background: #1d4ed8; color: #fff; font: inherit; cursor: pointer; }
  button.danger { background: #b91c1c; }
  button.secondary { background: #e4e4e7; color: #18181b; }
  pre { background: #f4f4f5; padding: .75rem; border-radius: 6px; white-space: pre-wrap; overflow-wrap: anywhere; font-size: .85rem; }
  code { background: #f4f4f5; padding: 0 .25rem; border-radius: 4px; }
</style>
</head>
<body>
<h1>Aura.Session demo</h1>
<p class="muted">Served by PHP with the native <code>aura_session</code> extension.</p>

<?php if ($notice !== null): ?>
<p class="flash" id="flash" role="status"><?= $h($notice) ?></p>
<?php endif; ?>

<section>
  <h2>1. Segments</h2>
  <p>A segment is a named part of <code>$_SESSION</code>. This page keeps two values in the segment
    <code>Demo</code>: a view counter it raises on every visit, and a name you can set.</p>
  <p>You have viewed this page <strong id="views"><?= $h($views) ?></strong> time(s).
    Your name: <strong id="name"><?= $name === null || $name === '' ? '(not set)' : $h($name) ?></strong>.</p>
  <form method="post">
    <input type="hidden" name="__csrf_value" value="<?= $h($token) ?>">
    <input type="hidden" name="action" value="name">
    <input type="text" name="name" placeholder="Your name" maxlength="60" aria-label="Your name">
    <button type="submit">Save name</button>
  </form>
</section>

<section>
  <h2>2. Flash messages</h2>
  <p>A flash set now is readable on the <em>next</em> request only. The button posts, the server sets a
    flash and redirects, the page after the redirect shows it, and a reload shows it no more.</p>
  <form method="post">
    <input type="hidden" name="__csrf_value" value="<?= $h($token) ?>">
    <input type="hidden" name="action" value="flash">
    <button type="submit">Set a flash and redirect</button>
  </form>
</section>

<section>
  <h2>3. CSRF protection</h2>
  <p>Every form on this page carries the session's CSRF token in a hidden field. A form with the right
    token is accepted; one with a forged token gets <strong>403 Forbidden</strong>.</p>
  <form method="post">
    <input type="hidden" name="__csrf_value" value="<?= $h($token) ?>">
    <input type="hidden" name="action" value="csrf">
    <button type="submit">Send with the right token</button>
  </form>
  <form method="post">
    <input type="hidden" name="__csrf_value" value="<?= $h(str_repeat('0', 128)) ?>">
    <input type="hidden" name="action" value="csrf">
    <button type="submit" class="danger">Send with a forged token</button>
  </form>
</section>

<section>
  <h2>What is in <code>$_SESSION</code></h2>
  <pre><?= $h($dump) ?></pre>
  <form method="post">
    <input type="hidden" name="__csrf_value" value="<?= $h($token) ?>">
    <input type="hidden" name="action" value="destroy">
    <button type="submit" class="secondary">Destroy the session and start over</button>
  </form>
</section>
</body>
</html>
