/* The session module's handler table of session.save_handler=aura_redis.
 * Each entry hands its arguments, as plain bytes, to the Rust side
 * (save_handler.rs). It is C so that the table follows the php_session.h
 * of the PHP being built against: PHP 8.6 passes the save path as a
 * zend_string, earlier versions as a C string. */
#include "php.h"
#include "ext/session/php_session.h"

int aura_store_open(const char *path, size_t len);
int aura_store_close(void);
zend_string *aura_store_read(const char *id, size_t len, zend_long maxlifetime);
int aura_store_write(const char *id, size_t len, const char *value, size_t value_len,
                     zend_long maxlifetime);
int aura_store_touch(const char *id, size_t len, zend_long maxlifetime);
int aura_store_destroy(const char *id, size_t len);
int aura_store_validate(const char *id, size_t len);
int aura_store_taken(const char *id, size_t len);
int aura_shim_register_redis_handler(void);

/* The session module treats a null module pointer as "not opened". */
static int opened;

PS_FUNCS_UPDATE_TIMESTAMP(aura_redis);

static const ps_module ps_mod_aura_redis = {
    PS_MOD_UPDATE_TIMESTAMP(aura_redis)
};

int aura_shim_register_redis_handler(void)
{
    return php_session_register_module(&ps_mod_aura_redis) == SUCCESS ? 0 : -1;
}

PS_OPEN_FUNC(aura_redis)
{
    (void)session_name;
#if PHP_VERSION_ID >= 80600
    int rc = aura_store_open(ZSTR_VAL(save_path), ZSTR_LEN(save_path));
#else
    int rc = aura_store_open(save_path, strlen(save_path));
#endif
    if (rc != 0) {
        return FAILURE;
    }
    PS_SET_MOD_DATA(&opened);
    return SUCCESS;
}

PS_CLOSE_FUNC(aura_redis)
{
    PS_SET_MOD_DATA(NULL);
    return aura_store_close() == 0 ? SUCCESS : FAILURE;
}

PS_READ_FUNC(aura_redis)
{
    (void)mod_data;
    zend_string *data = aura_store_read(ZSTR_VAL(key), ZSTR_LEN(key), maxlifetime);
    if (data == NULL) {
        return FAILURE;
    }
    *val = data;
    return SUCCESS;
}

PS_WRITE_FUNC(aura_redis)
{
    (void)mod_data;
    return aura_store_write(ZSTR_VAL(key), ZSTR_LEN(key), ZSTR_VAL(val), ZSTR_LEN(val),
                            maxlifetime) == 0 ? SUCCESS : FAILURE;
}

PS_UPDATE_TIMESTAMP_FUNC(aura_redis)
{
    (void)mod_data;
    (void)val;
    return aura_store_touch(ZSTR_VAL(key), ZSTR_LEN(key), maxlifetime) == 0 ? SUCCESS : FAILURE;
}

PS_DESTROY_FUNC(aura_redis)
{
    (void)mod_data;
    return aura_store_destroy(ZSTR_VAL(key), ZSTR_LEN(key)) == 0 ? SUCCESS : FAILURE;
}

/* Redis expires sessions itself (each key has the session's lifetime). */
PS_GC_FUNC(aura_redis)
{
    (void)mod_data;
    (void)maxlifetime;
    *nrdels = 0;
    return 0;
}

PS_VALIDATE_SID_FUNC(aura_redis)
{
    (void)mod_data;
    return aura_store_validate(ZSTR_VAL(key), ZSTR_LEN(key)) == 0 ? SUCCESS : FAILURE;
}

/* PHP's own ids, never one in use (a tombstone included): a new session
 * must not inherit another's data or its destruction. */
PS_CREATE_SID_FUNC(aura_redis)
{
    for (int attempt = 0; attempt < 3; attempt++) {
        zend_string *id = php_session_create_id(mod_data);
        if (id == NULL) {
            return NULL;
        }
        int taken = aura_store_taken(ZSTR_VAL(id), ZSTR_LEN(id));
        if (taken == 0) {
            return id;
        }
        zend_string_release_ex(id, 0);
        if (taken < 0) {
            return NULL;
        }
    }
    php_error_docref(NULL, E_WARNING, "aura_redis: three new session ids in a row were in use");
    return NULL;
}
