<?php if (get_included_files()[0] === __FILE__) { http_response_code(404); exit; } ?>
<h1>Overview</h1>
<?php if ($signedOut): ?>
<p class="flash success" id="signed-out">You have signed out. Your session and its cookie were deleted.</p>
<?php endif; ?>
<section>
<?php if ($user !== null): ?>
  <h2 id="status" data-state="signed-in">Signed in as <?= $e($user) ?></h2>
  <dl>
    <dt>Note</dt><dd id="note"><?= $note === '' ? '<span class="muted">(none)</span>' : $e($note) ?></dd>
    <dt>Counter</dt><dd id="counter"><?= $e($counter) ?></dd>
  </dl>
  <p><a href="/account">Change them on your account page.</a></p>
<?php else: ?>
  <h2 id="status" data-state="signed-out">You are not signed in</h2>
  <p><a href="/login">Sign in</a> with the demo account to keep a note and a counter in your session.</p>
<?php endif; ?>
</section>
<section>
  <h2>About this page</h2>
  <p class="muted" id="session-info">This page only reads the session.
<?php if ($hadCookie): ?>
    Your browser sent a session cookie, so the session was resumed to read it<?= $started ? '' : ', but it could not be resumed' ?>.
<?php else: ?>
    Your browser sent no session cookie, so no session was started and no cookie was set.
<?php endif; ?>
  </p>
</section>
