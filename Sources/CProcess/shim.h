// Process control that Swift cannot call directly: prctl(2) is variadic. Part of the C
// library, nothing to install.
#include <signal.h>
#if defined(__linux__)
#include <sys/prctl.h>
#endif

/// Asks the kernel to send `signal` to this process when the thread that created it ends
/// (Linux's PR_SET_PDEATHSIG); returns 0 on success, -1 where it is not available.
static inline int courant_set_parent_death_signal(int signal) {
#if defined(__linux__)
    return prctl(PR_SET_PDEATHSIG, (unsigned long)signal, 0UL, 0UL, 0UL);
#else
    (void)signal;
    return -1;
#endif
}
