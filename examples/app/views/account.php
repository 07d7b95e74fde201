<?php if (get_included_files()[0] === __FILE__) { http_response_code(404); exit; } ?>
<h1>Your account</h1>
<section>
  <h2>Note</h2>
  <p class="muted">Kept in your session until you sign out.</p>
  <p>Current note: <strong id="note"><?= $note === '' ? '(none)' : $e($note) ?></strong></p>
  <form method="post" action="/note" id="note-form">
    <input type="hidden" name="<?= $e(App::CSRF_FIELD) ?>" value="<?= $e($token) ?>">
    <label for="note-input">New note</label>
    <input type="text" id="note-input" name="note" maxlength="200" value="<?= $e($note) ?>">
    <div><button type="submit">Save note</button></div>
  </form>
</section>
<section>
  <h2>Counter</h2>
  <p>The counter stands at <strong id="counter"><?= $e($counter) ?></strong>.</p>
  <form method="post" action="/counter" id="counter-form">
    <input type="hidden" name="<?= $e(App::CSRF_FIELD) ?>" value="<?= $e($token) ?>">
    <button type="submit">Add one</button>
  </form>
</section>
<section>
  <h2>Entries</h2>
  <p>The list holds <strong id="entry-count"><?= $e(count($entries)) ?></strong> <?= count($entries) === 1 ? 'entry' : 'entries' ?>.</p>
<?php if ($entries !== []): ?>
  <ol id="entries">
<?php foreach ($entries as $entry): ?>
    <li><?= $e($entry) ?></li>
<?php endforeach; ?>
  </ol>
<?php endif; ?>
  <form method="post" action="/entries" id="entry-form">
    <input type="hidden" name="<?= $e(App::CSRF_FIELD) ?>" value="<?= $e($token) ?>">
    <label for="entry-input">New entry</label>
    <input type="text" id="entry-input" name="entry" maxlength="100">
    <div><button type="submit">Add entry</button></div>
  </form>
</section>
<section>
  <h2>Sign out</h2>
  <p class="muted">Destroys the session on the server and deletes its cookie.</p>
  <form method="post" action="/logout" id="logout-form">
    <input type="hidden" name="<?= $e(App::CSRF_FIELD) ?>" value="<?= $e($token) ?>">
    <button type="submit" class="secondary">Sign out</button>
  </form>
</section>
