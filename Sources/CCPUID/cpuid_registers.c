#include "cpuid_registers.h"

#if defined(__x86_64__)
#include <cpuid.h>

void courant_read_cpuid_registers(struct courant_cpuid_registers *registers) {
    unsigned int eax = 0, ebx = 0, ecx = 0, edx = 0;
    *registers = (struct courant_cpuid_registers){0, 0, 0, 0};
    unsigned int highest = __get_cpuid_max(0, 0);
    if (highest >= 1) {
        __cpuid(1, eax, ebx, ecx, edx);
        registers->leaf1_ecx = ecx;
    }
    if (highest >= 7) {
        __cpuid_count(7, 0, eax, ebx, ecx, edx);
        registers->leaf7_ebx = ebx;
    }
    if (__get_cpuid_max(0x80000000u, 0) >= 0x80000001u) {
        __cpuid(0x80000001u, eax, ebx, ecx, edx);
        registers->extended1_ecx = ecx;
    }
    // XGETBV faults unless the OS has enabled it (OSXSAVE, CPUID.01H:ECX bit 27).
    if (registers->leaf1_ecx & (1u << 27)) {
        unsigned int low = 0, high = 0;
        __asm__ volatile("xgetbv" : "=a"(low), "=d"(high) : "c"(0));
        registers->xcr0 = ((uint64_t)high << 32) | low;
    }
}
#else
void courant_read_cpuid_registers(struct courant_cpuid_registers *registers) {
    *registers = (struct courant_cpuid_registers){0, 0, 0, 0};
}
#endif
