<?php if (get_included_files()[0] === __FILE__) { http_response_code(404); exit; } ?>
<h1>Sign in</h1>
<section>
  <p class="muted">Demo account: user name <code><?= $e(App::DEMO_USER) ?></code>, password <code><?= $e(App::DEMO_PASSWORD) ?></code>.</p>
  <form method="post" action="/login" id="login-form">
    <input type="hidden" name="<?= $e(App::CSRF_FIELD) ?>" value="<?= $e($token) ?>">
    <label for="username">User name</label>
    <input type="text" id="username" name="username" autocomplete="username" required autofocus>
    <label for="password">Password</label>
    <input type="password" id="password" name="password" autocomplete="current-password" required>
    <div><button type="submit">Sign in</button></div>
  </form>
</section>
