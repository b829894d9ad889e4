// The x86 CPUID and XGETBV words that decide which NeuralNet kernels may run
// (decoded in Swift: NeuralNet/Dispatch/X86Features.swift). Swift has neither inline
// assembly nor an intrinsic for these two instructions.
#ifndef COURANT_CPUID_REGISTERS_H
#define COURANT_CPUID_REGISTERS_H

#include <stdint.h>

/// The words read, all zero on a CPU that is not x86-64 or lacks the leaf.
struct courant_cpuid_registers {
    uint32_t leaf1_ecx;      ///< CPUID.01H:ECX (SSE3 … AVX, FMA, OSXSAVE)
    uint32_t leaf7_ebx;      ///< CPUID.(EAX=07H, ECX=0):EBX (AVX2, BMI1/2, AVX-512 F/DQ/CD/BW/VL)
    uint32_t extended1_ecx;  ///< CPUID.80000001H:ECX (LAHF-SAHF, LZCNT)
    uint64_t xcr0;           ///< XCR0 (register state the OS saves), 0 unless CPUID says OSXSAVE
};

/// Fills `registers` from this CPU (as the OS and any emulator present it).
void courant_read_cpuid_registers(struct courant_cpuid_registers *registers);

#endif
