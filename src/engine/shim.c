/* Direct reads of the session module's state, so the hot path never calls
 * back into PHP to ask whether a session is active. The globals symbol is weak:
 * tools that load the library outside a PHP binary still link. */
#include "php.h"
#include "ext/session/php_session.h"
#include "SAPI.h"
#include "zend_exceptions.h"

/* PHP 8.5 keeps the session module's string settings as zend_string; older
 * versions as NUL-terminated char arrays. */
#if PHP_VERSION_ID >= 80500
typedef zend_string *aura_ps_str;
#define AURA_PS_STR_VAL(s) ZSTR_VAL(s)
#define AURA_PS_STR_LEN(s) ZSTR_LEN(s)
#define AURA_PS_STR_EMPTY ZSTR_EMPTY_ALLOC()
#else
typedef char *aura_ps_str;
#define AURA_PS_STR_VAL(s) (s)
#define AURA_PS_STR_LEN(s) strlen(s)
#define AURA_PS_STR_EMPTY ((char *) "")
#endif

#ifdef ZTS
#pragma weak ps_globals_id
#define AURA_PS_AVAILABLE (&ps_globals_id != NULL)
#else
#pragma weak ps_globals
#define AURA_PS_AVAILABLE (&ps_globals != NULL)
#endif

/* Whatever the compiler and its warning flags, a build whose headers give a
 * setting another type than the one the shim reads stops here. */
#define AURA_PS_STR_CHECK(field) _Static_assert( \
    _Generic(PS(field), aura_ps_str: 1, default: 0), "PS(" #field ") is not an aura_ps_str")
AURA_PS_STR_CHECK(session_name);
AURA_PS_STR_CHECK(cache_limiter);

/* php_session_status value, or -1 when the session module is unreachable. */
int aura_shim_session_status(void)
{
    if (!AURA_PS_AVAILABLE) {
        return -1;
    }
    return (int) PS(session_status);
}

/* The session name (`session_name()`), or NULL when unreachable. */
const char *aura_shim_session_name(size_t *len)
{
    if (!AURA_PS_AVAILABLE || PS(session_name) == NULL) {
        return NULL;
    }
    *len = AURA_PS_STR_LEN(PS(session_name));
    return AURA_PS_STR_VAL(PS(session_name));
}

/* Converts d as the engine converts a float array offset, raising what that
 * PHP raises: 8.1-8.4 deprecate any float that loses precision, 8.5 warns
 * instead for infinite and out-of-range ones (and deprecates NAN too). */
void aura_shim_float_offset(double d)
{
    (void) zend_dval_to_lval_safe(d);
}

/* The PHP_VERSION_ID of the headers this library was built against, which
 * is the PHP that loads it (the module API number must match). */
int aura_shim_php_version_id(void)
{
    return PHP_VERSION_ID;
}

/* Untyped parameters: ext-php-rs declares every parameter with a type, and
 * `mixed` is the closest it offers. The PHP library's parameters have no
 * type at all, which Reflection shows; drop the implicit `mixed` from the
 * class's own methods, keeping the by-reference and variadic bits. */
void aura_shim_untype_mixed(zend_class_entry *ce)
{
    zend_function *fn;
    ZEND_HASH_FOREACH_PTR(&ce->function_table, fn) {
        if (fn->type != ZEND_INTERNAL_FUNCTION || fn->common.scope != ce || !fn->common.arg_info) {
            continue;
        }
        for (uint32_t i = 0; i < fn->common.num_args; i++) {
            zend_arg_info *info = (zend_arg_info *) &fn->internal_function.arg_info[i];
            if (!ZEND_TYPE_HAS_NAME(info->type)
                && (ZEND_TYPE_PURE_MASK(info->type) & MAY_BE_ANY) == MAY_BE_ANY) {
                uint32_t keep = ZEND_TYPE_FULL_MASK(info->type)
                    & ((3u << _ZEND_SEND_MODE_SHIFT) | _ZEND_IS_VARIADIC_BIT);
                info->type = (zend_type) ZEND_TYPE_INIT_NONE(keep);
            }
        }
    } ZEND_HASH_FOREACH_END();
}

/* Gives back the `mixed` type aura_shim_untype_mixed() took from a
 * parameter that declares it. */
void aura_shim_type_mixed(zend_class_entry *ce, const char *lc_name, size_t len, uint32_t index)
{
    zend_function *fn = zend_hash_str_find_ptr(&ce->function_table, lc_name, len);
    if (fn == NULL || fn->type != ZEND_INTERNAL_FUNCTION || index >= fn->common.num_args) {
        return;
    }
    zend_arg_info *info = (zend_arg_info *) &fn->internal_function.arg_info[index];
    uint32_t keep = ZEND_TYPE_FULL_MASK(info->type)
        & ((3u << _ZEND_SEND_MODE_SHIFT) | _ZEND_IS_VARIADIC_BIT);
    info->type = (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY | keep);
}

/* Converts *arg in place as a `string` parameter takes it, caller's
 * strict_types included; PHP 8.6 changed the signature. */
static bool aura_parse_str(zval *arg, uint32_t num)
{
#if PHP_VERSION_ID >= 80600
    return zend_parse_arg_str_slow(arg, num) != NULL;
#else
    zend_string *str;
    return zend_parse_arg_str_slow(arg, &str, num);
#endif
}

/* Argument `num` of the running method, which declares it `string` or
 * `?string`, taken as a PHP-written method takes it: the caller's
 * strict_types decides whether scalars and Stringable objects convert.
 * 0 with the string in *out (a new reference); 1 after throwing the
 * engine's own TypeError (or with the exception __toString() threw). */
int aura_shim_string_param(zval *arg, uint32_t num, zval *out)
{
    zend_function *fn = EG(current_execute_data)->func;
    zend_arg_info *info = (zend_arg_info *) &fn->internal_function.arg_info[num - 1];
    zval copy;
    ZVAL_COPY_DEREF(&copy, arg);
    if (Z_TYPE(copy) == IS_NULL && ZEND_TYPE_ALLOW_NULL(info->type)) {
        ZVAL_COPY_VALUE(out, &copy);
        return 0;
    }
    if (Z_TYPE(copy) != IS_NULL && aura_parse_str(&copy, num)) {
        ZVAL_COPY_VALUE(out, &copy);
        return 0;
    }
    zval_ptr_dtor(&copy);
    if (!EG(exception)) {
        zend_verify_arg_error(fn, info, num, arg);
    }
    return 1;
}

/* The session module's own `$_SESSION` variable (a reference), or NULL. */
zval *aura_shim_session_vars(void)
{
    if (!AURA_PS_AVAILABLE) {
        return NULL;
    }
    return &PS(http_session_vars);
}

/* Runs body(ctx) inside zend_try. Returns 1 when the engine bailed out
 * (a fatal error), after restoring the outer bailout point; 0 otherwise. */
int aura_shim_try(void (*body)(void *), void *ctx)
{
    /* volatile: written after the longjmp back into zend_try's setjmp */
    volatile int bailed = 0;
    zend_try {
        body(ctx);
    } zend_catch {
        bailed = 1;
    } zend_end_try();
    return bailed;
}

/* Once headers are sent, session_start() refuses to run while cookies are
 * on, and the cache limiter aborts a started session. A session whose cookie
 * and cache headers already went out can start again without both: this
 * switches them off and returns 1 (with `always`, also before headers are
 * sent; 0 when nothing was switched), saving the cookie flag for
 * aura_shim_headers_restore(). */
int aura_shim_headers_off(int always, int *use_cookies)
{
    if (!AURA_PS_AVAILABLE || (!always && !SG(headers_sent))) {
        return 0;
    }
    *use_cookies = PS(use_cookies);
    PS(use_cookies) = 0;
    PS(cache_limiter) = AURA_PS_STR_EMPTY;
    return 1;
}

/* The limiter comes back from its ini entry, which the module's global
 * mirrors: a pointer saved before PHP code ran could have been freed by an
 * ini_set() in between. */
void aura_shim_headers_restore(int use_cookies)
{
    zend_ini_entry *entry = zend_hash_str_find_ptr(EG(ini_directives), ZEND_STRL("session.cache_limiter"));
    zend_string *value = entry ? entry->value : NULL;
    PS(use_cookies) = use_cookies;
    if (value == NULL) {
        PS(cache_limiter) = AURA_PS_STR_EMPTY;
        return;
    }
#if PHP_VERSION_ID >= 80500
    PS(cache_limiter) = value;
#else
    PS(cache_limiter) = ZSTR_VAL(value);
#endif
}

/* The current session id (`session_id()`), or NULL when there is none. */
const char *aura_shim_session_id(size_t *len)
{
    if (!AURA_PS_AVAILABLE || PS(id) == NULL) {
        return NULL;
    }
    *len = ZSTR_LEN(PS(id));
    return ZSTR_VAL(PS(id));
}

/* What session_abort() does, without calling PHP's function: after a fatal
 * error no PHP function may be called, yet an open session must not be
 * written at the end of the request with the half-done work of the cycle
 * the error stopped, nor stay locked. The handler's close may run user
 * code, so it runs inside zend_try like every such call. */
void aura_shim_session_abort(void)
{
    if (!AURA_PS_AVAILABLE || PS(session_status) != php_session_active) {
        return;
    }
    /* A fatal error inside a handler call skipped the module's own reset,
     * and a user handler refuses to be called again while this is set. */
    PS(in_save_handler) = 0;
    zend_try {
        if (PS(mod_data) || PS(mod_user_implemented)) {
            PS(mod)->s_close(&PS(mod_data));
        }
    } zend_end_try();
    PS(session_status) = php_session_none;
}

/* While a cycle of the extension runs, the module's handler table is a
 * copy of the configured one with three entries wrapped:
 * - write and timestamp updates record a refusal: session_write_close()
 *   answers true even when the handler refused the write (PHP only warns);
 * - close runs with a pending exception set aside, as the engine sets it
 *   aside for a destructor: PHP closes the handler after a write or destroy
 *   that threw, but a user handler's close() is a PHP call, which the engine
 *   refuses while an exception is pending, and the lock would stay held.
 * Per thread, like the session module's own state; nested watches share
 * one copy. */
ZEND_TLS const ps_module *aura_watched;
ZEND_TLS ps_module aura_watching;
ZEND_TLS int aura_watch_depth;
ZEND_TLS int aura_refused;

static zend_result aura_watch_write(PS_WRITE_ARGS)
{
    zend_result result = aura_watched->s_write(mod_data, key, val, maxlifetime);
    if (result != SUCCESS) {
        aura_refused = 1;
    }
    return result;
}

static zend_result aura_watch_touch(PS_UPDATE_TIMESTAMP_ARGS)
{
    zend_result result = aura_watched->s_update_timestamp(mod_data, key, val, maxlifetime);
    if (result != SUCCESS) {
        aura_refused = 1;
    }
    return result;
}

/* The engine refuses calls while an exception is in flight. It is set aside
 * as zend_objects_destroy_object() sets it aside around a destructor:
 * zend_exception_save() would do, but PHP 8.6 removed it. */
zend_object *aura_shim_set_exception_aside(const zend_op **opline)
{
    zend_object *exception = EG(exception);
    *opline = EG(opline_before_exception);
    EG(exception) = NULL;
    return exception;
}

/* An exception raised meanwhile gets the set-aside one as its previous. */
void aura_shim_put_exception_back(zend_object *exception, const zend_op *opline)
{
    if (exception == NULL) {
        return;
    }
    EG(opline_before_exception) = opline;
    if (EG(exception) == exception) {
        /* Rethrown meanwhile: in flight already, and our reference is spare. */
        OBJ_RELEASE(exception);
    } else if (EG(exception)) {
        zend_exception_set_previous(EG(exception), exception);
    } else {
        EG(exception) = exception;
    }
}

static zend_result aura_watch_close(PS_CLOSE_ARGS)
{
    const zend_op *opline;
    zend_object *exception = aura_shim_set_exception_aside(&opline);
    zend_result result = aura_watched->s_close(mod_data);
    aura_shim_put_exception_back(exception, opline);
    return result;
}

void aura_shim_watch_saves(void)
{
    if (!AURA_PS_AVAILABLE) {
        return;
    }
    if (aura_watch_depth++ > 0 || PS(mod) == NULL || PS(mod) == &aura_watching) {
        return;
    }
    aura_watched = PS(mod);
    aura_watching = *PS(mod);
    aura_watching.s_write = aura_watch_write;
    aura_watching.s_close = aura_watch_close;
    if (aura_watching.s_update_timestamp) {
        aura_watching.s_update_timestamp = aura_watch_touch;
    }
    PS(mod) = &aura_watching;
}

/* Ends one watch; the outermost puts the handler table back. */
void aura_shim_unwatch_saves(void)
{
    if (!AURA_PS_AVAILABLE || aura_watch_depth == 0 || --aura_watch_depth > 0) {
        return;
    }
    if (PS(mod) == &aura_watching) {
        PS(mod) = aura_watched;
    }
}

/* Whether the handler refused a save since the last call (which forgets it). */
int aura_shim_take_refusal(void)
{
    int refused = aura_refused;
    aura_refused = 0;
    return refused;
}

/* Raises an E_WARNING as PHP's own settings and functions do: prefixed with
 * the running function ("ini_set(): ..."), or at startup "... in Unknown on
 * line 0". A variadic C call, hence here. */
void aura_shim_warning(const char *message)
{
    php_error_docref(NULL, E_WARNING, "%s", message);
}

/* Where output started, when headers are sent and session cookies are on,
 * which makes session_start() refuse to run; NULL otherwise. */
const char *aura_shim_output_start(int *line)
{
    if (!SG(headers_sent) || !AURA_PS_AVAILABLE || !PS(use_cookies)) {
        return NULL;
    }
    *line = php_output_get_start_lineno();
    return php_output_get_start_filename();
}

/* The last error PHP raised (error_get_last()'s message), or NULL. `serial`
 * identifies it: the engine allocates a new message string per error. */
const char *aura_shim_last_error(size_t *len, const void **serial)
{
    if (PG(last_error_message) == NULL) {
        *serial = NULL;
        return NULL;
    }
    *serial = PG(last_error_message);
    *len = ZSTR_LEN(PG(last_error_message));
    return ZSTR_VAL(PG(last_error_message));
}
