import ArgumentParser
import Courant
import Foundation

HeapReuse.keepFreedMemoryForReuse()
CourantCommand.main()
