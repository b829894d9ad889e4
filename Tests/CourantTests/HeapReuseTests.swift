import Courant
import Testing

@Suite struct HeapReuseTests {
    /// The settings reach glibc and it accepts both (`mallopt` returns 1).
    @Test(.enabled(if: isLinux)) func theAllocatorAcceptsBothSettings() {
        #expect(HeapReuse.keepFreedMemoryForReuse())
    }
}

#if os(Linux)
    let isLinux = true
#else
    let isLinux = false
#endif
