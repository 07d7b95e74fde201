//! Extra tables in the module's `phpinfo()` / `php --ri` section.

use std::ffi::{CStr, CString};

use ext_php_rs::ffi::{
    php_info_print_table_end, php_info_print_table_header, php_info_print_table_row,
    php_info_print_table_start,
};

/// A two-column table under a header row; NUL bytes in a cell are dropped.
pub fn print_table(header: (&CStr, &CStr), rows: &[(String, String)]) {
    let cell = |text: &str| CString::new(text.replace('\0', "")).unwrap_or_default();
    // SAFETY: called from the module's info handler; every string is
    // NUL-terminated and outlives the call that prints it.
    unsafe {
        php_info_print_table_start();
        php_info_print_table_header(2, header.0.as_ptr(), header.1.as_ptr());
        for (name, value) in rows {
            let (name, value) = (cell(name), cell(value));
            php_info_print_table_row(2, name.as_ptr(), value.as_ptr());
        }
        php_info_print_table_end();
    }
}
