<?php if (get_included_files()[0] === __FILE__) { http_response_code(404); exit; } ?>
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><?= $e($title) ?> · Aura.Session example app</title>
<style>
  :root { color-scheme: light; --accent: #1d4ed8; --line: #d4d4d8; --muted: #52525b; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #18181b; background: #fafafa; }
  header { background: #fff; border-bottom: 1px solid var(--line); }
  header .bar, main { max-width: 42rem; margin: 0 auto; padding: 0 1rem; }
  header .bar { display: flex; align-items: center; gap: 1.25rem; height: 3.25rem; }
  header .brand { font-weight: 600; margin-right: auto; }
  header a { color: inherit; text-decoration: none; }
  header nav a { color: var(--accent); }
  header nav a[aria-current] { color: inherit; font-weight: 600; }
  main { padding-top: 1.5rem; padding-bottom: 3rem; }
  h1 { font-size: 1.5rem; margin: 0 0 1rem; }
  h2 { font-size: 1.1rem; margin: 0 0 .5rem; }
  section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.25rem; margin: 0 0 1rem; }
  .flash { border-radius: 8px; padding: .75rem 1rem; margin: 0 0 1rem; border: 1px solid; }
  .flash.success { background: #ecfdf5; border-color: #6ee7b7; color: #065f46; }
  .flash.error { background: #fef2f2; border-color: #fca5a5; color: #991b1b; }
  .muted { color: var(--muted); font-size: .925rem; }
  label { display: block; font-weight: 500; margin: .5rem 0 .25rem; }
  input[type=text], input[type=password] { width: 100%; max-width: 24rem; padding: .45rem .6rem; border: 1px solid var(--line); border-radius: 6px; font: inherit; }
  button { margin-top: .75rem; padding: .45rem 1rem; border: 0; border-radius: 6px; background: var(--accent); color: #fff; font: inherit; cursor: pointer; }
  button.secondary { background: #e4e4e7; color: #18181b; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0; }
  dt { color: var(--muted); }
  dd { margin: 0; }
  code { background: #f4f4f5; padding: 0 .25rem; border-radius: 4px; }
</style>
</head>
<body>
<header>
  <div class="bar">
    <a class="brand" href="/">Aura.Session example</a>
    <nav>
      <a href="/"<?= $title === 'Overview' ? ' aria-current="page"' : '' ?>>Overview</a>
    </nav>
    <nav>
<?php if ($user !== null): ?>
      <a href="/account"<?= $title === 'Your account' ? ' aria-current="page"' : '' ?>>Account (<span id="user"><?= $e($user) ?></span>)</a>
<?php else: ?>
      <a href="/login"<?= $title === 'Sign in' ? ' aria-current="page"' : '' ?>>Sign in</a>
<?php endif; ?>
    </nav>
  </div>
</header>
<main>
<?php if ($flash !== null): ?>
  <p class="flash <?= ($flash['type'] ?? '') === 'error' ? 'error' : 'success' ?>" id="flash" role="status"><?= $e($flash['text'] ?? '') ?></p>
<?php endif; ?>
<?= $body ?>
</main>
</body>
</html>
