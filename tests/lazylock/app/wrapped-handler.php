<?php
// Prepended on the "wrapped" sites: PHP's files handler, its flock included,
// behind a SessionHandler subclass. op=stall arms $stallIn, and the next
// read() (after the files handler locked and read) or write() (before it
// writes) stalls there, so that the test can kill the worker inside the
// save handler.
final class StallingFilesHandler extends SessionHandler
{
    public static ?string $stallIn = null;

    public function read($id): string|false
    {
        $data = parent::read($id);
        if (self::$stallIn === 'read') {
            self::$stallIn = null;
            stall_here();
        }
        return $data;
    }

    public function write($id, $data): bool
    {
        if (self::$stallIn === 'write') {
            self::$stallIn = null;
            stall_here();
        }
        return parent::write($id, $data);
    }
}

session_set_save_handler(new StallingFilesHandler, true);
