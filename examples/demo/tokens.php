<?php
/**
 * Masked CSRF tokens and the origin check. The page renders the session's
 * token three times, each under a fresh one-time pad, and posts any of them
 * back; a form here also posts to the example app, which runs on another
 * port and so is another origin, where isSameOrigin() refuses it.
 */
declare(strict_types=1);

require __DIR__ . '/lib/demo.php';

$session = demo_session();
$segment = $session->getSegment('Tokens');
$csrf = $session->getCsrfToken();
$app = demo_app_url();

if (($_SERVER['REQUEST_METHOD'] ?? 'GET') === 'POST') {
    $posted = is_string($_POST['__csrf_value'] ?? null) ? $_POST['__csrf_value'] : '';
    $sameOrigin = $csrf->isSameOrigin();
    $validToken = $csrf->isValid($posted);
    if (!$sameOrigin || !$validToken) {
        http_response_code(403);
        page_start('403 Forbidden');
        echo '<p class="bad" id="refused">', $sameOrigin ? '' : 'isSameOrigin() said no: the browser says another site sent this form. ',
            $validToken ? '' : 'isValid() said no to <code>' . h($posted) . '</code>: not a masked form of this session\'s token. ',
            'Nothing was changed.</p><p class="muted">', h(origin_headers()), '</p>',
            '<p><a href="tokens.php">Back</a></p>';
        page_end();
        exit;
    }
    $segment->setFlash('accepted', [
        'value'  => $posted,
        'origin' => origin_headers(),
    ]);
    header('Location: ' . (strtok($_SERVER['REQUEST_URI'] ?? '', '?') ?: '/tokens.php'), true, 303);
    exit;
}

$accepted = $segment->getFlash('accepted');
$renders = [$csrf->getMaskedValue(), $csrf->getMaskedValue(), $csrf->getMaskedValue()];
// One character changed: isValid() must refuse it.
$tampered = $renders[0];
$tampered[5] = $tampered[5] === 'A' ? 'B' : 'A';
page_start('Masked tokens and origins', 'Two checks a POST has to pass: <code>isSameOrigin()</code> (did the browser send it from this site?) and <code>isValid()</code> (does it carry this session\'s token?).');
?>
<?php if (is_array($accepted)): ?>
<p class="flash" id="accepted" role="status">Accepted <code><?= h($accepted['value']) ?></code>:
  <code>isValid()</code> took this masked token, and <code>isSameOrigin()</code> the browser's word
  (<?= h($accepted['origin']) ?>).</p>
<?php endif; ?>
<section>
  <h2>A different token on every render, every one valid</h2>
  <p>The session holds one secret token. <code>getMaskedValue()</code> puts it under a fresh random pad
    each time, so these three renders differ, and so do the next three after a reload, while
    <code>isValid()</code> accepts each of them. A compressed HTTPS page that repeated the secret would
    leak it byte by byte to an attacker who can inject text into it (BREACH); a masked one never repeats.</p>
  <ol id="renders">
<?php foreach ($renders as $i => $value): ?>
    <li><code class="masked"><?= h(substr($value, 0, 40)) ?>…</code> (<?= strlen($value) ?> characters)
      <form method="post"><input type="hidden" name="__csrf_value" value="<?= h($value) ?>">
        <button type="submit">Send render <?= $i + 1 ?></button></form></li>
<?php endforeach; ?>
  </ol>
  <form method="post"><input type="hidden" name="__csrf_value" value="<?= h($tampered) ?>">
    <button type="submit" class="danger">Send render 1 with one character changed</button></form>
  <form method="get"><button type="submit" class="secondary">Render again</button></form>
</section>
<section>
  <h2>A form from another origin</h2>
  <p>The example app runs on <code><?= h($app) ?></code>: another port, so another origin (the same
    site, though, so the browser sends the app's <code>SameSite=Lax</code> cookie along). This form posts
    to the app's <code>/note</code> from here. The app calls <code>isSameOrigin()</code>, which reads the
    browser's <code>Sec-Fetch-Site</code> and <code>Origin</code> headers (scripts cannot forge them), and
    answers <strong>403</strong> whatever token the form carries.</p>
  <form method="post" action="<?= h($app) ?>/note" id="cross-origin">
    <input type="hidden" name="__csrf_value" value="<?= h($renders[0]) ?>">
    <input type="hidden" name="note" value="posted from the walkthrough">
    <button type="submit" class="danger">Post to the example app from this origin</button>
  </form>
  <p class="muted">To accept such posts from an origin of your own (a separate front end), list it in
    <code>aura_session.trusted_origins</code>.</p>
</section>
<?php page_end();
