<?php
// Prepended on the "user" site: sessions as files (user_<id>) behind a user
// SessionHandlerInterface class, which notes every write() and
// updateTimestamp() in calls.log beside them ("write ID" / "touch ID"), so
// that a test sees which one the session module chose.
require __DIR__ . '/../../common/unlocked_file_handler.php';

session_set_save_handler(new class ('user_') extends UnlockedFileHandler {
    protected function noted(string $call, string $id): void
    {
        file_put_contents($this->dir . '/calls.log', "$call $id\n", FILE_APPEND | LOCK_EX);
    }
}, true);
