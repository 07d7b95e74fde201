<?php
/**
 * The walkthrough's first page: segments, flash messages and CSRF tokens of
 * Aura\Session as provided by the aura_session extension. The pages beside
 * it show what the extension adds (lib/demo.php lists them).
 * Run it with `make demo` and open http://127.0.0.1:8081/ (WALKTHROUGH_ADDR
 * moves it; the example app is on http://127.0.0.1:8080/).
 */
declare(strict_types=1);

require __DIR__ . '/lib/demo.php';

$session = demo_session();
$segment = $session->getSegment('Demo');
$csrf = $session->getCsrfToken();

$self = strtok($_SERVER['REQUEST_URI'] ?? '/', '?') ?: '/';

// ---- POST: check where it came from and its token, change the session, then
// redirect (post/redirect/get).
if (($_SERVER['REQUEST_METHOD'] ?? 'GET') === 'POST') {
    // Both checks run, so a refusal says everything that was wrong.
    $sameOrigin = $csrf->isSameOrigin();
    $validToken = $csrf->isValid($_POST['__csrf_value'] ?? null);
    if (!$sameOrigin || !$validToken) {
        http_response_code(403);
        page_start('403 Forbidden');
        echo '<p class="bad" id="refused">', $sameOrigin ? '' : 'isSameOrigin() said no: the browser says another site sent this form. ',
            $validToken ? '' : 'isValid() said no: the form carried no valid CSRF token for this session. ',
            'Nothing was changed.</p><p class="muted">', h(origin_headers()), '</p>',
            '<p><a href="', h($self), '">Back to the walkthrough</a></p>';
        page_end();
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
            $segment->setFlash('notice', 'Token accepted: isValid() took the masked token, and isSameOrigin() the browser\'s word ('
                . origin_headers() . ').');
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
// A fresh mask per form: the same secret never appears twice in the page.
$masked = static fn (): string => $csrf->getMaskedValue();
$dump = session_dump();
page_start('Aura.Session walkthrough', 'Served by PHP with the native <code>aura_session</code> extension. '
    . 'The links above show what the extension adds to the library.');
?>
<?php if ($notice !== null): ?>
<p class="flash" id="flash" role="status"><?= h($notice) ?></p>
<?php endif; ?>

<section>
  <h2>1. Segments</h2>
  <p>A segment is a named part of <code>$_SESSION</code>. This page keeps two values in the segment
    <code>Demo</code>: a view counter it raises on every visit, and a name you can set.</p>
  <p>You have viewed this page <strong id="views"><?= h($views) ?></strong> time(s).
    Your name: <strong id="name"><?= $name === null || $name === '' ? '(not set)' : h($name) ?></strong>.</p>
  <form method="post">
    <input type="hidden" name="__csrf_value" value="<?= h($masked()) ?>">
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
    <input type="hidden" name="__csrf_value" value="<?= h($masked()) ?>">
    <input type="hidden" name="action" value="flash">
    <button type="submit">Set a flash and redirect</button>
  </form>
</section>

<section>
  <h2>3. CSRF protection</h2>
  <p>Every form on this page carries the session's CSRF token in a hidden field, masked afresh for each
    form by <code>getMaskedValue()</code>: the raw token never appears in a page, so a compressed
    response cannot leak it (BREACH). A POST passes when <code>isSameOrigin()</code> finds the browser
    sent it from this site and <code>isValid()</code> accepts its token; a forged token gets
    <strong>403 Forbidden</strong>. <a href="tokens.php">Masked tokens &amp; origins</a> shows both at work,
    with a form on this origin posting to the example app on another.</p>
  <form method="post">
    <input type="hidden" name="__csrf_value" value="<?= h($masked()) ?>">
    <input type="hidden" name="action" value="csrf">
    <button type="submit">Send with the right token</button>
  </form>
  <form method="post">
    <input type="hidden" name="__csrf_value" value="<?= h(str_repeat('0', 128)) ?>">
    <input type="hidden" name="action" value="csrf">
    <button type="submit" class="danger">Send with a forged token</button>
  </form>
</section>

<section>
  <h2>What is in <code>$_SESSION</code></h2>
  <pre><?= h($dump) ?></pre>
  <form method="post">
    <input type="hidden" name="__csrf_value" value="<?= h($masked()) ?>">
    <input type="hidden" name="action" value="destroy">
    <button type="submit" class="secondary">Destroy the session and start over</button>
  </form>
</section>
<?php page_end();
