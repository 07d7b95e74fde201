<?php
/**
 * What the walkthrough's pages share: the session, the page frame and the
 * navigation. Included only; asked for directly it is a 404.
 */
declare(strict_types=1);

if (get_included_files()[0] === __FILE__) {
    http_response_code(404);
    exit;
}

use Aura\Session\Session;
use Aura\Session\SessionFactory;

if (!class_exists(SessionFactory::class)) {
    http_response_code(500);
    header('Content-Type: text/plain; charset=utf-8');
    exit("The aura_session extension is not loaded.\n");
}

/** The pages, in the order of the navigation: file => title. */
const DEMO_PAGES = [
    'index.php'    => 'Walkthrough',
    'parallel.php' => 'Parallel requests',
    'conflict.php' => 'A conflicting write',
    'tokens.php'   => 'Masked tokens & origins',
    'lifetime.php' => 'Timeouts & rotation',
    'warnings.php' => 'Settings check',
];

function h(mixed $value): string
{
    return htmlspecialchars((string) $value, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
}

/**
 * The walkthrough's session. Every page shares the cookie AURA_DEMO except
 * the lifetime page, whose tiny timeouts would otherwise end the session the
 * other pages show.
 */
function demo_session(string $name = 'AURA_DEMO'): Session
{
    $session = (new SessionFactory())->newInstance($_COOKIE);
    $session->setName($name);
    $session->setCookieParams(['httponly' => true, 'samesite' => 'Lax']);
    return $session;
}

/**
 * The example app's base URL: another port, so another origin. scripts/demo.sh
 * passes it; by hand the app is assumed on port 8080 of the host this page
 * was asked for.
 */
function demo_app_url(): string
{
    $url = getenv('AURA_DEMO_APP_URL');
    if (is_string($url) && $url !== '') {
        return rtrim($url, '/');
    }
    $host = parse_url('http://' . ($_SERVER['HTTP_HOST'] ?? '127.0.0.1'), PHP_URL_HOST) ?: '127.0.0.1';
    return 'http://' . $host . ':8080';
}

/**
 * $_SESSION as JSON for the page, with every CSRF token value replaced: the
 * raw token never goes into a response (a compressed page that repeats a
 * secret leaks it to BREACH; the forms carry masked values instead).
 */
function session_dump(): string
{
    $data = $_SESSION ?? [];
    if (isset($data['Aura\Session\CsrfToken']) && is_array($data['Aura\Session\CsrfToken'])) {
        foreach ($data['Aura\Session\CsrfToken'] as $key => $value) {
            $data['Aura\Session\CsrfToken'][$key] = '(' . strlen((string) $value) . ' characters, not shown)';
        }
    }
    return (string) json_encode($data, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
}

/** What the browser said about where a request came from, as isSameOrigin() reads it. */
function origin_headers(): string
{
    $parts = [];
    foreach (['HTTP_SEC_FETCH_SITE' => 'Sec-Fetch-Site', 'HTTP_ORIGIN' => 'Origin', 'HTTP_HOST' => 'Host'] as $var => $name) {
        $parts[] = $name . ': ' . (isset($_SERVER[$var]) ? (string) $_SERVER[$var] : '(none)');
    }
    return implode(', ', $parts);
}

function page_start(string $title, string $lead = '', string $head = ''): void
{
    header('Content-Type: text/html; charset=utf-8');
    $self = basename((string) ($_SERVER['SCRIPT_NAME'] ?? 'index.php'));
    ?>
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><?= h($title) ?> · Aura.Session demo</title>
<?= $head ?>
<style>
  body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #18181b; background: #fafafa; max-width: 46rem; margin: 0 auto; padding: 1rem 1rem 3rem; }
  nav { display: flex; flex-wrap: wrap; gap: .25rem 1rem; font-size: .925rem; padding-bottom: .5rem; border-bottom: 1px solid #d4d4d8; margin-bottom: 1rem; }
  nav a { color: #1d4ed8; text-decoration: none; }
  nav a[aria-current] { color: #18181b; font-weight: 600; }
  h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
  h2 { font-size: 1.1rem; margin: 0 0 .5rem; }
  section { background: #fff; border: 1px solid #d4d4d8; border-radius: 8px; padding: 1rem 1.25rem; margin: 1rem 0; }
  .flash { background: #ecfdf5; border: 1px solid #6ee7b7; color: #065f46; border-radius: 8px; padding: .75rem 1rem; }
  .bad { background: #fef2f2; border: 1px solid #fca5a5; color: #991b1b; border-radius: 8px; padding: .75rem 1rem; }
  .muted { color: #52525b; font-size: .925rem; }
  form { display: inline-block; margin: .25rem .5rem .25rem 0; }
  input[type=text] { padding: .4rem .6rem; border: 1px solid #d4d4d8; border-radius: 6px; font: inherit; }
  button { padding: .4rem .9rem; border: 0; border-radius: 6px; background: #1d4ed8; color: #fff; font: inherit; cursor: pointer; }
  button.danger { background: #b91c1c; }
  button.secondary { background: #e4e4e7; color: #18181b; }
  pre { background: #f4f4f5; padding: .75rem; border-radius: 6px; white-space: pre-wrap; overflow-wrap: anywhere; font-size: .85rem; }
  code { background: #f4f4f5; padding: 0 .25rem; border-radius: 4px; overflow-wrap: anywhere; }
  table { border-collapse: collapse; width: 100%; font-size: .925rem; }
  th, td { text-align: left; padding: .2rem .5rem; border-bottom: 1px solid #e4e4e7; vertical-align: top; }
</style>
</head>
<body>
<nav aria-label="Demo pages">
<?php foreach (DEMO_PAGES as $file => $name): ?>
  <a href="<?= h($file) ?>"<?= $file === $self ? ' aria-current="page"' : '' ?>><?= h($name) ?></a>
<?php endforeach; ?>
</nav>
<h1><?= h($title) ?></h1>
<?php if ($lead !== ''): ?>
<p class="muted"><?= $lead ?></p>
<?php endif;
}

function page_end(): void
{
    echo "</body>\n</html>\n";
}
