<?php if (get_included_files()[0] === __FILE__) { http_response_code(404); exit; } ?>
<h1 id="error"><?= $e($heading) ?></h1>
<section>
  <p><?= $e($text) ?></p>
  <p><a href="/">Back to the overview</a></p>
</section>
