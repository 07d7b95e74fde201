/* Direct reads of the session module's state, so the hot path never calls
 * back into PHP to ask whether a session is active. The globals symbol is weak:
 * tools that load the library outside a PHP binary still link. */
#include "php.h"
#include "ext/session/php_session.h"

#ifdef ZTS
#pragma weak ps_globals_id
#define AURA_PS_AVAILABLE (&ps_globals_id != NULL)
#else
#pragma weak ps_globals
#define AURA_PS_AVAILABLE (&ps_globals != NULL)
#endif

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
    *len = strlen(PS(session_name));
    return PS(session_name);
}
