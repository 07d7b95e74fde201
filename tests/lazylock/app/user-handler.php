<?php
// Prepended on the "user" sites: sessions as files behind a user save
// handler that takes no lock. A request with ?refuse=1 has its writes
// refused (write() and updateTimestamp() return false), standing for a
// store that failed.
require __DIR__ . '/../../common/unlocked_file_handler.php';

session_set_save_handler(new class extends UnlockedFileHandler {
    protected function refused(): bool
    {
        return isset($_GET['refuse']);
    }
}, true);
