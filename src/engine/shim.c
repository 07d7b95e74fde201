/* Direct reads of the session module's state, so the hot path never calls
 * back into PHP to ask whether a session is active. The globals symbol is weak:
 * tools that load the library outside a PHP binary still link. */
#include "php.h"
#include "ext/session/php_session.h"
#include "SAPI.h"

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
 * switches them off and returns 1 (0 when headers are not sent yet), saving
 * the values for aura_shim_headers_restore(). */
int aura_shim_headers_off(int *use_cookies, void **cache_limiter)
{
    if (!AURA_PS_AVAILABLE || !SG(headers_sent)) {
        return 0;
    }
    *use_cookies = PS(use_cookies);
    *cache_limiter = PS(cache_limiter);
    PS(use_cookies) = 0;
    PS(cache_limiter) = AURA_PS_STR_EMPTY;
    return 1;
}

void aura_shim_headers_restore(int use_cookies, void *cache_limiter)
{
    PS(use_cookies) = use_cookies;
    PS(cache_limiter) = cache_limiter;
}
